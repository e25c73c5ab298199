"""From what a team sees when its fine-tuned model disappoints to the cause and the fix.

The checks run cheapest first: how the model is called and measured, then what the
training data teaches, then how long it was trained. Retraining is the last resort,
and facts that change belong in retrieval, not in the weights.
"""

from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.vendor_facts import OPENAI_FT_CHECKPOINTS_LAST_THREE, OPENAI_SFT_EXAMPLE_COUNTS

FM = "failure-modes.md"
MT = "maintenance.md"

TREE = Tree(
    slug="fine-tuning-failure-diagnosis",
    title="A fine-tuned model disappoints: what went wrong?",
    summary=(
        "Start from the symptom: wrong facts, lost abilities, or weak results on the task the "
        "model was tuned for. A few checks against the training data, the production prompt and a "
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
                "it was trained, the third in the data or in how the model is called."
            ),
            sources=["amanai-lab", "openai-fine-tuning-best-practices"],
            changeable=False,
            options={
                "wrong-facts": Option("States wrong facts with confidence", "was-true-at-training"),
                "lost-abilities": Option(
                    "Worse at things the base model did well", "what-was-lost"
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
                "Is 'weak' measured on held-out examples, against the base model with your best "
                "prompt?"
            ),
            why=(
                "A fine-tune is only worth its upkeep if it beats the prompted base model on inputs "
                "it never saw. OpenAI recommends splitting off a test set before training and "
                "comparing base and tuned models on it; without that comparison, 'weak' may be an "
                "impression or a prompt problem."
            ),
            sources=["openai-supervised-fine-tuning", "choose-for-your-ai-product"],
            options={
                "no": Option("No, judged on a few outputs", "measure-first"),
                "yes": Option(
                    "Yes, on a held-out set with a prompted baseline", "same-prompt-in-production"
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
        ),
        Verdict(
            id="measure-first",
            title="Measure before retraining",
            because=(
                "Without a held-out set and a prompted baseline there is no way to tell a weak "
                "fine-tune from a weak prompt or an unlucky sample. OpenAI recommends setting up "
                "evaluation first and judging a tuned model by samples on a test set that covers "
                "what production sends."
            ),
            next_steps=[
                NextStep(
                    "Split off a held-out set the training never sees", see=f"{FM}#ft-evaluation"
                ),
                NextStep(
                    "Score the base model with your best prompt on it", see=f"{FM}#ft-evaluation"
                ),
                NextStep(
                    "Score the tuned model on the same set and compare", see=f"{FM}#ft-evaluation"
                ),
            ],
            sources=["openai-supervised-fine-tuning", "choose-for-your-ai-product"],
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
        ),
    ],
    sources=[
        "openai-supervised-fine-tuning",
        "openai-fine-tuning-best-practices",
        "gekhman-2024",
        "biderman-2024-lora",
        "qi-2023-finetuning-safety",
        "amanai-lab",
        "choose-for-your-ai-product",
    ],
)
