"""From what a team sees when its fine-tuned model disappoints to the cause and the fix.

The checks run cheapest first: how the model is called and measured, then what the
training data teaches, then how long it was trained. Retraining is the last resort,
and facts that change belong in retrieval, not in the weights.
"""

from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.vendor_facts import (
    OPENAI_FT_CHECKPOINTS_LAST_THREE,
    OPENAI_FT_GPT4O_GPT41_SHUTDOWN,
    OPENAI_FT_NEW_JOBS_END,
    OPENAI_SFT_EXAMPLE_COUNTS,
)

FM = "failure-modes.md"
MT = "maintenance.md"
TUNE = "framework/when-fine-tuning.md"

TREE = Tree(
    slug="fine-tuning-failure-diagnosis",
    title="A fine-tuned model disappoints: what went wrong?",
    summary=(
        "Start from the symptom: wrong facts, lost abilities, weak results on the task the model "
        "was tuned for, a newer prompted model that now does better, or a base model being "
        "retired. A few checks against the training data, the production prompt and a "
        "held-out set separate the causes, and each leaf gives the fix, cheapest first."
    ),
    start="symptom",
    reviewed="2026-11-22",
    questions=[
        Question(
            id="symptom",
            text="What goes wrong with the fine-tuned model?",
            why=(
                "Fine-tuned models are hard to debug, so begin from the visible failure. Wrong "
                "facts, lost abilities and a weak target task have different causes: the first "
                "usually lies in what the data asked the model to memorise, the second in how hard "
                "it was trained, the third in the data or in how the model is called. Two more "
                "come from outside the model: newer prompted models keep improving while the "
                "tuned one stands still, and a tuned model stops working when its base model is "
                f"shut down. {OPENAI_FT_GPT4O_GPT41_SHUTDOWN}"
            ),
            sources=[
                "amanai-lab",
                "openai-fine-tuning-best-practices",
                "openai-fine-tuning-wind-down",
                "agarwal-2024-many-shot-icl",
            ],
            changeable=False,
            options={
                "wrong-facts": Option("States wrong facts with confidence", "was-true-at-training"),
                "overtaken": Option(
                    "It now loses to the newest prompted model", "prompted-model-caught-up"
                ),
                "lost-abilities": Option(
                    "Worse at things the base model did well", "what-was-lost"
                ),
                "base-retiring": Option(
                    "Its base model is being retired, or the service stops training",
                    "move-before-shutdown",
                ),
                "weak-on-target-task": Option(
                    "Weak on the task it was tuned for", "measured-on-held-out"
                ),
            },
        ),
        Question(
            id="was-true-at-training",
            text="Was the wrong answer correct when the training data was built?",
            why=(
                "Knowledge trained into the weights is frozen at training time. An answer that was "
                "right then and is wrong now points to change in the world, not to a bug in the "
                "model, and retraining to chase it takes days each time."
            ),
            sources=["ovadia-2023", "amanai-lab", "choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, the facts changed since", "stale-knowledge"),
                "no": Option("No, it was never right", "error-in-training-data"),
            },
        ),
        Question(
            id="error-in-training-data",
            text="Does the same error appear in the training examples?",
            why=(
                "A model learns mistakes in its examples as faithfully as the good parts. OpenAI's "
                "guidance is to check the data for the very grammar, logic or style problems the "
                "tuned model shows."
            ),
            sources=["openai-fine-tuning-best-practices", "choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, the examples contain it", "poor-training-data"),
                "no": Option("No, the model made it up", "answers-state-new-facts"),
            },
        ),
        Question(
            id="answers-state-new-facts",
            text=(
                "Do the training answers state facts that are neither in their prompt nor known "
                "to the base model?"
            ),
            why=(
                "Examples whose answers rest on information the model was not given teach it to "
                "produce such information anyway. Gekhman et al. found that models learn new facts "
                "from fine-tuning slowly, and that as they do, their tendency to hallucinate grows "
                "linearly; OpenAI warns that examples missing the information behind the answer "
                "can teach the model to invent it."
            ),
            sources=["gekhman-2024", "openai-fine-tuning-best-practices"],
            options={
                "yes": Option("Yes, answers rely on facts the model lacked", "trained-to-invent"),
                "no": Option(
                    "No, the question was outside the training data", "confident-hallucination"
                ),
            },
        ),
        Question(
            id="what-was-lost",
            text="What did the model lose?",
            why=(
                "Narrow training pulls a model away from what it did before. General skills and "
                "safety behaviour both erode, and are checked and fixed differently: Qi et al. "
                "found that even fine-tuning on benign, commonly used datasets weakened safety "
                "alignment."
            ),
            sources=["biderman-2024-lora", "qi-2023-finetuning-safety", "amanai-lab"],
            options={
                "general-skills": Option(
                    "General skills: writing, reasoning, other tasks", "catastrophic-forgetting"
                ),
                "safety": Option(
                    "Refusals: it now helps with requests it used to decline", "safety-regressed"
                ),
            },
        ),
        Question(
            id="measured-on-held-out",
            text=(
                "Is 'weak' measured on held-out examples, against the best current model you may "
                "use, prompted with your best prompt and examples?"
            ),
            why=(
                "A fine-tune is only worth its upkeep if it beats the best prompted option on "
                "inputs it never saw, and that is today's strongest model you may send the data "
                "to, not only the base model it was tuned from. OpenAI recommends splitting off a "
                "test set before training and comparing base and tuned models on it; with many "
                "examples in the prompt, a long-context model matched supervised tuning on some "
                "tasks. Without that comparison, 'weak' may be an impression or a prompt problem."
            ),
            sources=[
                "openai-supervised-fine-tuning",
                "agarwal-2024-many-shot-icl",
                "choose-for-your-ai-product",
            ],
            options={
                "no": Option("No, judged on a few outputs", "measure-first"),
                "yes": Option(
                    "Yes, on a held-out set against the best prompted model",
                    "same-prompt-in-production",
                ),
            },
        ),
        Question(
            id="same-prompt-in-production",
            text=(
                "Does production call the model with the same system prompt, instructions and "
                "format as the training examples?"
            ),
            why=(
                "A tuned model behaves as if the instructions it was trained with were still there, "
                "and meets anything else as new input. OpenAI advises putting the best pre-tuning "
                "prompt in every training example and matching examples as closely as possible to "
                "what the model sees in production."
            ),
            sources=[
                "openai-supervised-fine-tuning",
                "openai-fine-tuning-getting-started",
                "vertex-tune-models",
            ],
            options={
                "no": Option("No, the prompt or format differs", "train-serve-mismatch"),
                "yes": Option("Yes, the same", "held-out-gap"),
            },
        ),
        Question(
            id="held-out-gap",
            text="Does it score much better on training examples than on held-out ones?",
            why=(
                "A large gap means the model fitted its training set rather than the task. Weak "
                "scores on both mean the data or the training did not teach the task at all."
            ),
            sources=["openai-supervised-fine-tuning", "amanai-lab"],
            options={
                "yes": Option("Yes, far better on training data", "overfitting"),
                "no": Option("No, weak on both", "examples-sound"),
            },
        ),
        Question(
            id="examples-sound",
            text=(
                "Do the examples agree with one another, carry the information each answer needs, "
                "and look like real inputs?"
            ),
            why=(
                "Performance is capped by the agreement between the people who wrote the examples: "
                "OpenAI's example is a model unlikely to beat 70% if annotators agreed on 70% of "
                "extractions. Skewed or unrepresentative data teaches its skew, such as refusals in "
                "60% of examples when 5% are wanted."
            ),
            sources=["openai-supervised-fine-tuning", "openai-fine-tuning-best-practices"],
            options={
                "no": Option("No, they conflict, skew or miss real cases", "poor-training-data"),
                "yes": Option("Yes, they are consistent and representative", "enough-examples"),
            },
        ),
        Question(
            id="enough-examples",
            text="Were there at least 50 to 100 such examples?",
            why=(
                f"{OPENAI_SFT_EXAMPLE_COUNTS} The same guide expects a similar gain each time the "
                "set is doubled. Below that, weak results "
                "say little about whether fine-tuning can work."
            ),
            sources=["openai-supervised-fine-tuning"],
            options={
                "no": Option("No, fewer", "too-few-examples"),
                "yes": Option("Yes, at least that many", "underfitting"),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="stale-knowledge",
            title="Knowledge out of date",
            because=(
                "Facts trained into the weights stay as they were at training time. Keeping them "
                "current means new data, retraining, evaluation and redeployment, which AmanAI Lab "
                "puts at days, where updating a retrieval index takes minutes."
            ),
            next_steps=[
                NextStep(
                    "Serve facts that change through retrieval instead of the weights",
                    see=f"{MT}#keeping-knowledge-current",
                ),
                NextStep(
                    "Keep fine-tuning for behaviour such as format and tone",
                    see=f"{FM}#ft-new-facts",
                ),
                NextStep(
                    "If facts must stay in the weights, schedule retraining",
                    see=f"{MT}#retraining-triggers",
                ),
                "Version each model with the data it was trained on",
            ],
            sources=["ovadia-2023", "langchain-indexing", "amanai-lab", "when-to-use-which"],
            short_if=(
                "With the changing facts served by retrieval, answers about them are still wrong on a "
                "set of questions whose current answers you know."
            ),
            then_tree="rag-failure-diagnosis",
            costs=[
                (
                    "Serving facts through retrieval means an index to build, keep in sync with "
                    "its sources and query on every request."
                ),
                (
                    "Facts kept in the weights cost a retrain, an evaluation and a redeployment "
                    "each time they change."
                ),
            ],
            risks=[
                (
                    "Between retrains, answers from the weights are out of date with nothing to "
                    "show it."
                ),
                (
                    "Facts the weights still hold can disagree with the retrieved ones; unless "
                    "tests cover those questions, which one wins goes unmeasured."
                ),
            ],
        ),
        Verdict(
            id="poor-training-data",
            title="The training data teaches the flaw",
            because=(
                "The model does what its examples show: their errors, their disagreements and their "
                "skew. OpenAI's guidance is that a smaller set of high-quality examples beats a "
                "larger set of poor ones, so fixing the data comes before adding to it or tuning "
                "hyperparameters."
            ),
            next_steps=[
                NextStep(
                    "Audit a sample of examples against the failures you see",
                    see=f"{FM}#ft-data-quality",
                ),
                NextStep(
                    "Fix or drop wrong, conflicting and off-balance examples",
                    see=f"{FM}#ft-data-quality",
                ),
                NextStep(
                    "Retrain and compare on the unchanged held-out set", see=f"{FM}#ft-evaluation"
                ),
            ],
            sources=[
                "openai-supervised-fine-tuning",
                "openai-fine-tuning-best-practices",
                "choose-for-your-ai-product",
            ],
            short_if=(
                "Retrained on the cleaned set, the model still fails the held-out cases that showed "
                "the flaw, and the examples no longer contain it."
            ),
            then={"error-in-training-data": "no", "examples-sound": "yes"},
            costs=[
                (
                    "Auditing and fixing examples takes experts' time, and every round of fixes "
                    "means another training run."
                ),
            ],
            risks=[
                (
                    "Dropping wrong or skewed examples can leave rare but real cases with none, so "
                    "the model handles them worse."
                ),
                (
                    "If the held-out set shares the training data's flaw, scores improve while the "
                    "flaw stays."
                ),
            ],
        ),
        Verdict(
            id="trained-to-invent",
            title="The training taught it to invent facts",
            because=(
                "The examples asked the model to state facts it did not have, so it learned to "
                "produce plausible facts on demand. Gekhman et al. found such examples are learned "
                "late and raise hallucination as they are; with early stopping they did little "
                "harm, and removing them cost little."
            ),
            next_steps=[
                NextStep(
                    "Put the facts each answer needs into its prompt, or drop the example",
                    see=f"{FM}#ft-new-facts",
                ),
                NextStep("Stop training at the best held-out checkpoint", see=f"{FM}#ft-epochs"),
                NextStep(
                    "Serve facts through retrieval and tune only the behaviour",
                    see=f"{FM}#ft-new-facts",
                ),
            ],
            sources=["gekhman-2024", "openai-fine-tuning-best-practices"],
            short_if=(
                "With unsupported examples fixed or dropped and the best held-out checkpoint kept, it "
                "still states facts that neither its prompt nor its data gave it."
            ),
            then={"answers-state-new-facts": "no"},
            costs=[
                (
                    "Putting the needed facts into each example's prompt makes every example "
                    "longer, so training takes more tokens."
                ),
                "Serving facts through retrieval adds an index to build and keep current.",
            ],
            risks=[
                (
                    "Dropping unsupported examples can leave some tasks with too few examples to "
                    "learn."
                ),
                (
                    "Early stopping on a held-out set without questions beyond the model's "
                    "knowledge will not show whether the inventing has stopped."
                ),
            ],
        ),
        Verdict(
            id="confident-hallucination",
            title="Confident answers beyond what it knows",
            because=(
                "Asked about something absent from both its training data and its prompt, the "
                "tuned model answers in the confident form it was trained on. AmanAI Lab lists "
                "high-confidence hallucination as a fine-tuning failure; the fix is to give it the "
                "facts at answer time and to teach it to decline."
            ),
            next_steps=[
                NextStep(
                    "Move factual knowledge into retrieval so answers rest on sources",
                    see=f"{FM}#ft-new-facts",
                ),
                NextStep(
                    "Add examples whose right answer is to decline or ask",
                    see=f"{FM}#ft-data-quality",
                ),
                NextStep(
                    "Test on questions the training data does not cover", see=f"{FM}#ft-evaluation"
                ),
            ],
            sources=["amanai-lab", "gekhman-2024", "choose-for-your-ai-product"],
            short_if=(
                "With the facts supplied by retrieval and examples that decline, it still answers "
                "questions outside its data with invented facts."
            ),
            then_tree="rag-failure-diagnosis",
            costs=[
                (
                    "Examples whose right answer is to decline take expert judgement about what "
                    "the model cannot know."
                ),
                (
                    "A retrieval index and a test set of questions outside the training data are "
                    "two more things to maintain."
                ),
            ],
            risks=[
                (
                    "Too many decline examples can teach the model to refuse questions it could "
                    "answer, so the refusal rate needs watching both ways."
                ),
                (
                    "Retrieval curbs invention only where the index covers the question; where it "
                    "has gaps, confident invented answers can return."
                ),
            ],
        ),
        Verdict(
            id="catastrophic-forgetting",
            title="Catastrophic forgetting",
            because=(
                "Training on a narrow task moved the weights away from what the base model did "
                "well. Biderman et al. found that LoRA, which trains small low-rank additions "
                "instead of every weight, kept the base model's other abilities better than full "
                "fine-tuning, though it learned the target task less."
            ),
            next_steps=[
                NextStep(
                    "Evaluate general tasks alongside the target task before release",
                    see=f"{FM}#ft-forgetting",
                ),
                NextStep(
                    "Train for fewer epochs, or use an earlier checkpoint", see=f"{FM}#ft-epochs"
                ),
                NextStep("Switch to LoRA or another adapter method", see=f"{FM}#ft-forgetting"),
                "Mix general-purpose examples into the training set",
            ],
            sources=["biderman-2024-lora", "amanai-lab"],
            short_if=(
                "With fewer epochs, an adapter and general examples mixed in, the tuned model still "
                "scores below the base model on your general tasks."
            ),
            costs=[
                (
                    "A general-skills evaluation runs with every release, on top of the target "
                    "task's tests."
                ),
                (
                    "Protecting other skills costs some of the target task: Biderman et al. found "
                    "LoRA learned the task less than full fine-tuning."
                ),
            ],
            risks=[
                (
                    "Only the skills you test are protected; forgetting in a skill nobody scores "
                    "reaches users unseen."
                ),
                (
                    "Each retrain can forget again, so a clean result holds only for the version "
                    "it was run on."
                ),
            ],
        ),
        Verdict(
            id="safety-regressed",
            title="Fine-tuning eroded the safety behaviour",
            because=(
                "Safety training lives in the same weights the fine-tune changed. Qi et al. "
                "removed GPT-3.5 Turbo's guardrails by tuning it on 10 adversarially designed examples for under $0.20, "
                "and found that benign datasets such as Alpaca also weakened them, to a lesser "
                "degree."
            ),
            next_steps=[
                NextStep(
                    "Add a set of harmful requests to every evaluation run", see=f"{FM}#ft-safety"
                ),
                NextStep(
                    "Compare refusal rates of base and tuned models before release",
                    see=f"{FM}#ft-safety",
                ),
                NextStep(
                    "Keep input and output moderation in front of the tuned model",
                    see=f"{FM}#ft-safety",
                ),
            ],
            sources=["qi-2023-finetuning-safety"],
            short_if=(
                "The tuned model still complies with more of the harmful test requests than the base "
                "model did."
            ),
            costs=[
                (
                    "Writing and updating a set of harmful requests takes specialist time, and "
                    "every evaluation run takes longer."
                ),
                (
                    "Moderation in front of the model adds a check, and some latency, to every "
                    "request and answer."
                ),
            ],
            risks=[
                (
                    "Qi et al. found that even harmless training data weakened the guardrails, so "
                    "every retrain, not only this one, can bring the regression back."
                ),
                (
                    "A fixed set of harmful requests tests only what it holds; new kinds of misuse "
                    "can pass untested."
                ),
            ],
        ),
        Verdict(
            id="measure-first",
            title="Measure before retraining",
            because=(
                "Without a held-out set and a prompted baseline there is no way to tell a weak "
                "fine-tune from a weak prompt or an unlucky sample. OpenAI recommends setting up "
                "evaluation first and judging a tuned model by samples on a test set that covers "
                "what production sends. The baseline to beat is the best current model you may "
                "use with your best prompt and examples, not only the base you tuned."
            ),
            next_steps=[
                NextStep(
                    "Split off a held-out set the training never sees, a few hundred cases to "
                    "tell a few points apart",
                    see="evaluation.md?preset=tuned-vs-prompt#planner",
                ),
                NextStep(
                    "Score the newest model you may use, with your best prompt and examples, on it",
                    see=f"{FM}#ft-evaluation",
                ),
                NextStep(
                    "Score the tuned model on the same cases and compare them case by case",
                    see="evaluation.md#paired",
                ),
                NextStep(
                    "Score the base model too, to see what tuning added", see=f"{FM}#ft-evaluation"
                ),
            ],
            sources=[
                "openai-supervised-fine-tuning",
                "choose-for-your-ai-product",
                "connor-mcnemar-calculator",
            ],
            short_if=(
                "Scored case by case on the same held-out set, the tuned model does not beat the best "
                "prompted model: telling 80% from 85% takes about 312 cases when one in ten is "
                "answered differently."
            ),
            then={"measured-on-held-out": "yes"},
            costs=[
                (
                    "A few hundred cases kept out of training are examples the model does not "
                    "learn from."
                ),
                (
                    "Scoring several models case by case takes reviewer or grader time on every "
                    "comparison."
                ),
            ],
            risks=[
                "If held-out cases leak into the training data, scores rise with no real gain.",
                (
                    "A set drawn once drifts from what production sends, and an old set can pass a "
                    "model that fails today's requests."
                ),
            ],
        ),
        Verdict(
            id="train-serve-mismatch",
            title="Production calls it differently from training",
            because=(
                "The tuned model learned to answer inputs shaped like its training examples, and "
                "production sends something else: another system prompt, missing instructions, a "
                "different format. Matching the two is a configuration change, far cheaper than "
                "retraining."
            ),
            next_steps=[
                NextStep(
                    "Diff the production prompt against a training example",
                    see=f"{FM}#ft-train-serve",
                ),
                NextStep(
                    "Call the model with the training prompt and format", see=f"{FM}#ft-train-serve"
                ),
                NextStep(
                    "Build future training data from logged production requests",
                    see=f"{FM}#ft-train-serve",
                ),
            ],
            sources=["openai-supervised-fine-tuning", "openai-fine-tuning-getting-started"],
            short_if=(
                "Called with the training prompt and format, the model is still weak on the held-out "
                "set."
            ),
            then={"same-prompt-in-production": "yes"},
            costs=[
                (
                    "The training prompt becomes part of the model: its template has to be "
                    "versioned and shipped with it."
                ),
                (
                    "Training on logged production requests means storing and reviewing them, and "
                    "training again."
                ),
            ],
            risks=[
                (
                    "A later change to the production prompt, by anyone, can break the match "
                    "without warning and weaken the model again."
                ),
                (
                    "Logged production requests can hold personal or confidential data, which goes "
                    "into training unless it is removed first."
                ),
            ],
        ),
        Verdict(
            id="overfitting",
            title="Overfitting to the training data",
            because=(
                "The model reproduces its training examples but does not generalise to new inputs "
                "of the same kind. Fewer epochs or an earlier checkpoint is the first fix, and "
                "OpenAI suggests 1 or 2 fewer epochs when outputs become less diverse than "
                f"expected. {OPENAI_FT_CHECKPOINTS_LAST_THREE}"
            ),
            next_steps=[
                NextStep("Use the checkpoint with the best held-out score", see=f"{FM}#ft-epochs"),
                NextStep(
                    "Train for 1 or 2 fewer epochs, or at a lower learning rate",
                    see=f"{FM}#ft-epochs",
                ),
                NextStep(
                    "Add varied examples and remove near duplicates", see=f"{FM}#ft-data-quality"
                ),
            ],
            sources=["openai-supervised-fine-tuning", "amanai-lab"],
            short_if=(
                "At the best held-out checkpoint, with fewer epochs and varied examples, it is weak "
                "on training and held-out inputs alike."
            ),
            then={"held-out-gap": "no"},
            costs=[
                "Each setting tried is another training run and another evaluation.",
                (
                    "Finding varied new examples takes time, and removing near duplicates can "
                    "shrink the set."
                ),
            ],
            risks=[
                (
                    "Cutting epochs too far tips into undertraining: the model then fails training "
                    "inputs too."
                ),
                (
                    "A held-out set that is small, or too close to the training data, can pick the "
                    "wrong checkpoint."
                ),
            ],
        ),
        Verdict(
            id="too-few-examples",
            title="Too few examples to judge",
            because=(
                f"The data is sound but thin. {OPENAI_SFT_EXAMPLE_COUNTS} Clear improvement "
                "means more data will keep helping, while no improvement means the task or the data needs rethinking before scaling up."
            ),
            next_steps=[
                NextStep(
                    "Grow the set to at least 50 to 100 reviewed examples",
                    see=f"{FM}#ft-data-quality",
                ),
                NextStep(
                    "Train on the full set and on half of it to see the trend",
                    see=f"{FM}#ft-evaluation",
                ),
                NextStep(
                    "Meanwhile, put the nearest examples in the prompt",
                    see=f"{FM}#dynamic-few-shot",
                ),
            ],
            sources=["openai-supervised-fine-tuning"],
            short_if=(
                "Trained on 50 to 100 or more reviewed examples, it is still weak on training and "
                "held-out inputs alike."
            ),
            then={"enough-examples": "yes"},
            costs=[
                "Growing the set to 50 to 100 reviewed examples takes experts' time.",
                (
                    "The nearest examples in the prompt add input tokens to every request in the "
                    "meantime."
                ),
            ],
            risks=[
                "With a small set the held-out split is small too, so a gain on it may be chance.",
                (
                    "Examples added in a hurry, without review, bring in errors and skew the model "
                    "will copy."
                ),
            ],
        ),
        Verdict(
            id="underfitting",
            title="Undertrained: it has not learned the task",
            because=(
                "The data is sound and large enough, and the model is weak on training and "
                "held-out inputs alike. OpenAI suggests 1 or 2 more epochs when a model follows "
                "its training data less than expected, common for tasks with one right answer, "
                "and a higher learning rate when training does not converge."
            ),
            next_steps=[
                NextStep("Train for 1 or 2 more epochs", see=f"{FM}#ft-epochs"),
                NextStep(
                    "Raise the learning-rate multiplier if the loss stalls", see=f"{FM}#ft-epochs"
                ),
                NextStep(
                    "Check whether the task needs facts the model lacks", see=f"{FM}#ft-new-facts"
                ),
            ],
            sources=["openai-supervised-fine-tuning"],
            short_if=(
                "After 1 or 2 more epochs or a higher learning rate, it is still weak on training "
                "inputs; the task may need facts or a grader that supervised examples do not give."
            ),
            costs=[
                "More epochs make each training run longer and costlier.",
            ],
            risks=[
                (
                    "More epochs or a higher learning rate can overshoot into overfitting, which "
                    "only the held-out score shows."
                ),
                (
                    "If the task needs facts or a grader that examples do not give, extra runs "
                    "spend money without closing the gap."
                ),
            ],
        ),
        Verdict(
            id="prompted-model-caught-up",
            title="A newer prompted model has caught up",
            because=(
                "The tuned model stands still while new models keep arriving, and one of them, "
                "prompted with your examples, now does the job as well or better. With many "
                "examples in the prompt, a long-context model matched supervised tuning on some "
                "tasks, at a cost that grows with each example sent. If it wins on your held-out "
                "set, switching retires a training pipeline and a base model's shutdown date; if "
                "it only wins on public benchmarks, keep the tuned model."
            ),
            next_steps=[
                NextStep(
                    "Score both on the same held-out cases, with your best examples in the new "
                    "model's prompt",
                    see="evaluation.md?preset=tuned-vs-prompt#planner",
                ),
                NextStep(
                    "Compare cost and latency per request at your traffic, examples included",
                    see="costs.md#calculator",
                ),
                NextStep(
                    "If the prompted model wins, switch in stages and keep the set as the "
                    "yardstick for the next model",
                    see=f"{MT}#regression-sets",
                ),
                NextStep(
                    "If the tuned model still wins, re-tune it on a newer base when that base "
                    "can be tuned",
                    see="providers.md#tuning",
                ),
            ],
            sources=[
                "agarwal-2024-many-shot-icl",
                "openai-supervised-fine-tuning",
            ],
            short_if=(
                "On the same held-out cases, the prompted model with your examples does not beat the "
                "tuned one by more than the set can tell apart from chance, or costs too much per "
                "request."
            ),
            costs=[
                (
                    "With many examples in every prompt, the cost per request grows with each "
                    "example sent (Agarwal et al.)."
                ),
                "Switching in stages runs both models side by side for a while, with both bills.",
            ],
            risks=[
                (
                    "The prompted model also has a vendor who will change or retire it; the "
                    "held-out set is what keeps the next move cheap."
                ),
                (
                    "Your examples now travel with every request to the hosted model, with "
                    "anything sensitive they contain."
                ),
            ],
        ),
        Verdict(
            id="move-before-shutdown",
            title="Move off the tuned model before its base shuts down",
            because=(
                "A tuned model works only as long as the base model it was tuned from, and the "
                "service that trained it may stop training first, so nothing in the model can be "
                f"fixed: it has to be replaced. {OPENAI_FT_NEW_JOBS_END} "
                f"{OPENAI_FT_GPT4O_GPT41_SHUTDOWN} Record what it does today and try the "
                "replacements against that record in parallel: the newest prompted models with "
                "your examples, a re-tune on a service that will still exist, and an open-weight "
                "model you control."
            ),
            next_steps=[
                NextStep(
                    "This week, log the tuned model's outputs on a few thousand real requests as "
                    "the reference set",
                    see=f"{MT}#regression-sets",
                ),
                NextStep(
                    "Score the newest prompted models against it, with your best examples in "
                    "the prompt",
                    see="framework/neither.md#dynamic-few-shot",
                ),
                NextStep(
                    "Start the re-tunes now, on a service that will still train or on an "
                    "open-weight model",
                    see=f"{TUNE}#model-going-away",
                ),
                NextStep(
                    "Put the last day for new training jobs and the shutdown date in your plan",
                    see="providers.md#dates-ahead",
                ),
                NextStep(
                    "Follow the main tree's migration path: answer that your model is being "
                    "retired",
                    see="trees/rag-vs-fine-tuning.md",
                ),
            ],
            sources=[
                "openai-fine-tuning-wind-down",
                "azure-model-retirement-schedule",
                "vertex-model-versions",
                "agarwal-2024-many-shot-icl",
            ],
            short_if=(
                "No replacement matches the reference set of the tuned model's outputs before the "
                "last day for new training jobs or the shutdown date."
            ),
            costs=[
                (
                    "Several replacements are built and scored in parallel against a deadline, "
                    "which takes people from other work."
                ),
                (
                    "If an open-weight model wins, it has to be hosted: your own GPUs or a rented "
                    "endpoint, and their upkeep."
                ),
            ],
            risks=[
                (
                    "The reference set records today's mistakes as well: a replacement scored only "
                    "on matching it copies them, unless people mark which answers they accept."
                ),
                (
                    "Logged real requests can hold personal data; the reference set needs the "
                    "same access rules and deletion as the logs it came from."
                ),
                (
                    "A re-tune on another hosted service ties the model to that service's schedule "
                    "in turn."
                ),
            ],
        ),
    ],
    scenarios=[
        Scenario(
            id="legal-model-forgets-plain-summaries",
            title="A legal model forgets how to write plain summaries",
            situation=(
                "After fine-tuning on legal formats, a model writes worse plain-language summaries "
                "and emails than the base model did; an instance of the forgetting AmanAI Lab "
                "warns about."
            ),
            answers={"symptom": "lost-abilities", "what-was-lost": "general-skills"},
            expect="catastrophic-forgetting",
            source="amanai-lab",
        ),
        Scenario(
            id="code-model-only-knows-its-training-repos",
            title="A code model only handles code like its training set",
            situation=(
                "A code generation tool, AmanAI Lab's fine-tuning example, writes good code for "
                "prompts resembling its training examples but poor code for new modules, and "
                "scores far lower on held-out tasks than on training ones."
            ),
            answers={
                "symptom": "weak-on-target-task",
                "measured-on-held-out": "yes",
                "same-prompt-in-production": "yes",
                "held-out-gap": "yes",
            },
            expect="overfitting",
            source="amanai-lab",
        ),
        Scenario(
            id="mixed-agent-replies-teach-no-style",
            title="Replies from many agents teach no single style",
            situation=(
                "A support model was tuned on replies written by many agents in different styles, "
                "and its output is just as inconsistent on training and held-out prompts; the "
                "article on choosing for an AI product stresses data quality."
            ),
            answers={
                "symptom": "weak-on-target-task",
                "measured-on-held-out": "yes",
                "same-prompt-in-production": "yes",
                "held-out-gap": "no",
                "examples-sound": "no",
            },
            expect="poor-training-data",
            source="choose-for-your-ai-product",
        ),
        Scenario(
            id="warranty-error-copied-from-examples",
            title="A wrong warranty period copied from the examples",
            situation=(
                "The model always gives the wrong warranty period, and a search of the training "
                "set finds the same mistake in many example answers."
            ),
            answers={
                "symptom": "wrong-facts",
                "was-true-at-training": "no",
                "error-in-training-data": "yes",
            },
            expect="poor-training-data",
            source=OURS,
        ),
        Scenario(
            id="invented-specs-for-an-unseen-product",
            title="Invented specifications for a product it never saw",
            situation=(
                "Asked about a product absent from its training data, the tuned model gives "
                "fluent, confident and made-up specifications; AmanAI Lab lists such "
                "high-confidence hallucination."
            ),
            answers={
                "symptom": "wrong-facts",
                "was-true-at-training": "no",
                "error-in-training-data": "no",
                "answers-state-new-facts": "no",
            },
            expect="confident-hallucination",
            source="amanai-lab",
        ),
        Scenario(
            id="policy-changed-after-training",
            title="The policy changed after training",
            situation=(
                "A model tuned on last year's policies still cites the old return window; AmanAI "
                "Lab notes that fine-tuned knowledge needs retraining whenever it changes."
            ),
            answers={"symptom": "wrong-facts", "was-true-at-training": "yes"},
            expect="stale-knowledge",
            source="amanai-lab",
        ),
        Scenario(
            id="trivia-answers-taught-from-memory",
            title="Closed-book answers it did not know make it guess more",
            situation=(
                "Gekhman et al. fine-tuned a model on closed-book questions, varying the share "
                "whose answers the model did not already know. The more of those it learned, the "
                "more it got wrong even on facts it had known before."
            ),
            answers={
                "symptom": "wrong-facts",
                "was-true-at-training": "no",
                "error-in-training-data": "no",
                "answers-state-new-facts": "yes",
            },
            expect="trained-to-invent",
            source="gekhman-2024",
        ),
        Scenario(
            id="benign-tuning-weakens-refusals",
            title="Tuning on a benign dataset weakens refusals",
            situation=(
                "Qi et al. fine-tuned GPT-3.5 Turbo and Llama-2-7b-Chat on ordinary instruction "
                "data (Alpaca, Dolly) with no harmful intent; the tuned models answered more of "
                "the harmful requests the originals refused."
            ),
            answers={"symptom": "lost-abilities", "what-was-lost": "safety"},
            expect="safety-regressed",
            source="qi-2023-finetuning-safety",
        ),
        Scenario(
            id="judged-on-a-demo",
            title="Judged weak after a demo",
            situation=(
                "Stakeholders found the tuned model disappointing in a live demo; nobody has "
                "scored it or the prompted base model on a held-out set."
            ),
            answers={"symptom": "weak-on-target-task", "measured-on-held-out": "no"},
            expect="measure-first",
            source=OURS,
            plan=("measure-first",),
        ),
        Scenario(
            id="system-prompt-changed-at-launch",
            title="The system prompt changed at launch",
            situation=(
                "A classifier tuned with a short fixed instruction is called in production with a "
                "new, longer system prompt written for the base model, and its accuracy drops on "
                "the held-out set."
            ),
            answers={
                "symptom": "weak-on-target-task",
                "measured-on-held-out": "yes",
                "same-prompt-in-production": "no",
            },
            expect="train-serve-mismatch",
            source=OURS,
            plan=("train-serve-mismatch",),
        ),
        Scenario(
            id="thirty-clean-examples",
            title="Thirty clean examples",
            situation=(
                "An extraction model was tuned on 30 carefully reviewed examples and barely beats "
                "the prompted base model on the held-out set, on training inputs as well."
            ),
            answers={
                "symptom": "weak-on-target-task",
                "measured-on-held-out": "yes",
                "same-prompt-in-production": "yes",
                "held-out-gap": "no",
                "examples-sound": "yes",
                "enough-examples": "no",
            },
            expect="too-few-examples",
            source=OURS,
            plan=("too-few-examples", "underfitting"),
        ),
        Scenario(
            id="one-epoch-on-a-parser",
            title="One epoch on a structured parser",
            situation=(
                "A parser tuned for one epoch on 800 consistent examples still misses fields on "
                "training inputs as often as on held-out ones."
            ),
            answers={
                "symptom": "weak-on-target-task",
                "measured-on-held-out": "yes",
                "same-prompt-in-production": "yes",
                "held-out-gap": "no",
                "examples-sound": "yes",
                "enough-examples": "yes",
            },
            expect="underfitting",
            source=OURS,
            plan=("underfitting",),
        ),
        Scenario(
            id="tuned-summariser-overtaken",
            title="A 2025 summariser now trails a prompted model",
            situation=(
                "A support team tuned a model in 2025 to write ticket summaries in its house "
                "format. A model released since, given 40 approved summaries in its prompt, "
                "scores higher on the team's 400 held-out tickets, each summarised by both."
            ),
            answers={"symptom": "overtaken"},
            expect="prompted-model-caught-up",
            source=OURS,
            plan=("prompted-model-caught-up",),
        ),
        Scenario(
            id="tuned-gpt-4-1-mini-before-january-2027",
            title="A tuned gpt-4.1-mini with its shutdown ahead",
            situation=(
                "A team serves 400,000 requests a month from a gpt-4.1-mini it tuned on OpenAI "
                f"in 2025. {OPENAI_FT_NEW_JOBS_END} {OPENAI_FT_GPT4O_GPT41_SHUTDOWN}"
            ),
            answers={"symptom": "base-retiring"},
            expect="move-before-shutdown",
            source="openai-fine-tuning-wind-down",
            plan=("move-before-shutdown",),
        ),
    ],
    sources=[
        "openai-supervised-fine-tuning",
        "openai-fine-tuning-best-practices",
        "gekhman-2024",
        "biderman-2024-lora",
        "qi-2023-finetuning-safety",
        "agarwal-2024-many-shot-icl",
        "openai-fine-tuning-wind-down",
        "amanai-lab",
        "choose-for-your-ai-product",
    ],
)
