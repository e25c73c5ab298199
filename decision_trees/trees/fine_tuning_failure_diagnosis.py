"""From what a team sees when its fine-tuned model disappoints to the cause and the fix."""

from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

TREE = Tree(
    slug="fine-tuning-failure-diagnosis",
    title="A fine-tuned model disappoints: what went wrong?",
    summary=(
        "Start from the symptom: wrong facts, lost general skills, or weak results on the very "
        "task the model was tuned for. A few checks against the training data and a held-out "
        "set separate the causes, and each leaf gives the fix."
    ),
    start="symptom",
    questions=[
        Question(
            id="symptom",
            text="What goes wrong with the fine-tuned model?",
            why=(
                "Fine-tuned models are hard to debug, so begin from the visible failure. Wrong "
                "facts, lost general ability and a weak target task point to different causes."
            ),
            sources=["amanai-lab"],
            options={
                "wrong-facts": Option("States wrong facts with confidence", "was-true-at-training"),
                "lost-general-skills": Option(
                    "Worse at things the base model did", "catastrophic-forgetting"
                ),
                "weak-on-target-task": Option("Weak on the task it was tuned for", "held-out-gap"),
            },
        ),
        Question(
            id="was-true-at-training",
            text="Was the wrong answer correct when the training data was built?",
            why=(
                "Knowledge trained into the weights is frozen at training time. An answer that "
                "was right then and is wrong now points to change in the world, not to a bug "
                "in the model."
            ),
            sources=["choose-for-your-ai-product", "amanai-lab"],
            options={
                "yes": Option("Yes, the facts changed since", "stale-knowledge"),
                "no": Option("No, it was never right", "error-in-training-data"),
            },
        ),
        Question(
            id="error-in-training-data",
            text="Does the same error appear in the training examples?",
            why=(
                "A model faithfully learns mistakes in its examples. If the error is not there, "
                "the model produced it on its own."
            ),
            sources=["choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, the examples contain it", "poor-training-data"),
                "no": Option("No, the model made it up", "confident-hallucination"),
            },
        ),
        Question(
            id="held-out-gap",
            text="Does it score much better on training examples than held-out ones?",
            why=(
                "Evaluating on examples kept out of training is the standard way to tell "
                "memorising from learning. A large gap means the model fitted its training "
                "set; weak scores on both mean the data did not teach the task."
            ),
            sources=["choose-for-your-ai-product", "amanai-lab"],
            options={
                "yes": Option("Yes, far better on training data", "overfitting"),
                "no": Option("No, weak on both", "poor-training-data"),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="catastrophic-forgetting",
            title="Catastrophic forgetting",
            because=(
                "Training on a narrow task pulled the weights away from what the base model "
                "knew, so general abilities degraded. AmanAI Lab lists this loss of general "
                "knowledge among fine-tuning failures."
            ),
            next_steps=[
                "Add general-purpose examples to the training mix (common practice)",
                "Train for fewer epochs or at a lower learning rate",
                "Consider parameter-efficient methods that leave base weights unchanged",
                "Evaluate general tasks as well as the target task before release",
            ],
            sources=["amanai-lab"],
        ),
        Verdict(
            id="overfitting",
            title="Overfitting to the training data",
            because=(
                "The model reproduces its training examples well but does not generalise to "
                "new inputs of the same kind. AmanAI Lab names overfitting to training data as "
                "a fine-tuning failure; a held-out set is what exposes it."
            ),
            next_steps=[
                "Train for fewer epochs and stop when held-out scores stop improving",
                "Add more varied examples and remove near duplicates",
                "Keep a held-out set that the training data never touches",
                "Compare against the base model with good prompting as a baseline",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="confident-hallucination",
            title="Confident hallucination",
            because=(
                "The model states facts that are in neither the world nor its training data, "
                "and says them with confidence. AmanAI Lab lists high-confidence hallucination "
                "as a fine-tuning failure, and research finds that fine-tuning on new facts "
                "can make a model more prone to it."
            ),
            next_steps=[
                "Move factual knowledge into RAG so answers rest on retrieved sources",
                "Have the model cite its sources so claims can be checked",
                "Add training examples where the right answer is to decline",
                "Test on questions the training data does not cover",
            ],
            sources=["amanai-lab", "gekhman-2024", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="poor-training-data",
            title="Poor training data",
            because=(
                "A fine-tuned model can be no better than the examples it learns from. Examples that are "
                "wrong, inconsistent or unrepresentative teach exactly those flaws, and without "
                "high-quality data fine-tuning often does no better than prompting."
            ),
            next_steps=[
                "Audit a sample of the training examples by hand",
                "Fix or drop wrong and inconsistent examples",
                "Make the examples match real inputs and the desired outputs",
                "Retrain and compare on an unchanged held-out set",
            ],
            sources=["choose-for-your-ai-product", "amanai-lab"],
        ),
        Verdict(
            id="stale-knowledge",
            title="Knowledge out of date",
            because=(
                "Facts trained into the weights stay as they were at training time. Keeping "
                "them current means new data, retraining, evaluation and redeployment, which "
                "AmanAI Lab puts at days rather than minutes."
            ),
            next_steps=[
                "Serve changing facts through RAG instead of the weights",
                "Keep fine-tuning for behaviour such as format and tone",
                "If facts must stay in the weights, set up a retraining schedule",
                "Version each model and roll new ones out in stages",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product", "when-to-use-which"],
        ),
    ],
    scenarios=[
        Scenario(
            id="legal-model-forgets-plain-summaries",
            title="A legal model forgets how to write plain summaries",
            situation=(
                "After fine-tuning on legal formats, a model writes worse plain-language "
                "summaries and emails than the base model did; an instance of the forgetting "
                "AmanAI Lab warns about."
            ),
            answers={"symptom": "lost-general-skills"},
            expect="catastrophic-forgetting",
            source="amanai-lab",
        ),
        Scenario(
            id="code-model-only-knows-its-training-repos",
            title="A code model only handles code like its training set",
            situation=(
                "A code generation tool, AmanAI Lab's fine-tuning example, writes good code for "
                "prompts resembling its training examples but poor code for new modules, and "
                "scores far lower on held-out tasks."
            ),
            answers={"symptom": "weak-on-target-task", "held-out-gap": "yes"},
            expect="overfitting",
            source="amanai-lab",
        ),
        Scenario(
            id="mixed-agent-replies-teach-no-style",
            title="Replies from many agents teach no single style",
            situation=(
                "A support model was tuned on replies written by many agents in different "
                "styles, and its output is just as inconsistent on training and held-out "
                "prompts; the article on choosing for an AI product stresses data quality."
            ),
            answers={"symptom": "weak-on-target-task", "held-out-gap": "no"},
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
    ],
    sources=["amanai-lab", "choose-for-your-ai-product", "when-to-use-which", "gekhman-2024"],
)
