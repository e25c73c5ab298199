"""A team already runs RAG: when adding fine-tuning pays off, and when the fix lies elsewhere."""

from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

TREE = Tree(
    slug="add-fine-tuning-to-rag",
    title="Already on RAG: is fine-tuning worth adding?",
    summary=(
        "Fine-tuning is worth adding to a working RAG system only for problems that retrieval "
        "and prompting cannot fix: inconsistent answers, confusing domain terms, a format the "
        "model keeps breaking, or latency from a large context. This tree rules out the cheaper "
        "fixes first."
    ),
    start="retrieval-finds-the-answer",
    questions=[
        Question(
            id="retrieval-finds-the-answer",
            text="Does retrieval return the documents that hold the answer?",
            why=(
                "A model cannot answer from context it never receives, and fine-tuning does not "
                "change what the retriever returns. Retrieval that finds the wrong documents is "
                "a RAG failure in its own right, fixed in the pipeline, not in the weights."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product"],
            options={
                "no": Option("No, the wrong documents come back", "fix-retrieval"),
                "yes": Option("Yes, the right documents are there", "main-pain"),
            },
        ),
        Question(
            id="main-pain",
            text="Is the main pain the answers or the response time?",
            why=(
                "Quality problems and latency problems call for different kinds of fine-tuning. "
                "Latency caused by a large retrieved context is one of the reasons AmanAI Lab "
                "gives for adding fine-tuning; retrieval itself is put at 100 to 500 ms by "
                "another article."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product"],
            options={
                "quality": Option("Answer quality", "prompting-pushed-hard"),
                "latency": Option("Too slow: the context is large", "knowledge-is-stable"),
            },
        ),
        Question(
            id="prompting-pushed-hard",
            text="Has prompting been pushed hard before blaming the model?",
            why=(
                "Clear instructions, worked examples and an explicit schema fix many quality "
                "problems at no training cost. The articles reserve fine-tuning for changes "
                "that prompting demonstrably cannot make."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product"],
            options={
                "no": Option("No, only light prompting so far", "improve-prompting"),
                "yes": Option("Yes, and it still falls short", "good-examples-available"),
            },
        ),
        Question(
            id="good-examples-available",
            text="Do you have high-quality examples of the answers you want?",
            why=(
                "A fine-tuned model learns from its training examples and is no better than "
                "them. Without good input-output pairs, fine-tuning often fails to beat a well "
                "written prompt."
            ),
            sources=["choose-for-your-ai-product", "amanai-lab"],
            options={
                "no": Option("No, or only a handful", "collect-data-first"),
                "yes": Option("Yes, a solid labelled set", "quality-problem"),
            },
        ),
        Question(
            id="quality-problem",
            text="What still goes wrong in the answers?",
            why=(
                "Each of these is a behaviour problem rather than a knowledge problem, which is "
                "what fine-tuning is for; which one it is decides what the training examples "
                "must teach."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product", "high-country-codes"],
            options={
                "inconsistent": Option(
                    "Answers vary in tone or quality", "fine-tune-for-consistency"
                ),
                "terminology": Option(
                    "Domain terms confuse the model", "fine-tune-for-terminology"
                ),
                "format": Option("Output format keeps breaking", "fine-tune-for-format"),
            },
        ),
        Question(
            id="knowledge-is-stable",
            text="Is the knowledge that fills the long prompts stable?",
            why=(
                "Dropping retrieval is faster only if the knowledge can be trained in once and "
                "stay true. Knowledge that changes often would force retraining, so the "
                "retrieved context has to be made smaller instead."
            ),
            sources=["choose-for-your-ai-product", "when-to-use-which", "amanai-lab"],
            options={
                "yes": Option("Yes, it rarely changes", "fine-tune-smaller-model"),
                "no": Option("No, it changes often", "shrink-retrieved-context"),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="fix-retrieval",
            title="Fix retrieval, not the model",
            because=(
                "The model is answering from the wrong documents, so no amount of training will "
                "make its answers right. Retrieval quality is the main thing to maintain in a "
                "RAG system, and it is far cheaper to repair than a model is to retrain."
            ),
            next_steps=[
                "Build a small test set of questions with the documents that answer them",
                "Measure how often the right document is retrieved",
                "Tune chunking, embeddings, filters and the number of chunks kept",
                "Use the RAG failure diagnosis tree to find the exact cause",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="improve-prompting",
            title="Improve the prompt first",
            because=(
                "Prompting has not yet been given a fair chance, and it costs nothing to try. "
                "AmanAI Lab's bar for fine-tuning is a problem that persists despite prompting, "
                "and its author found good RAG and prompt engineering enough for most projects."
            ),
            next_steps=[
                "State the task, tone and format as explicit instructions",
                "Add a few worked examples of ideal answers",
                "Give the exact output schema, and use structured output if the API has it",
                "Score the new prompt on a fixed test set before reconsidering fine-tuning",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="collect-data-first",
            title="Collect training data first",
            because=(
                "Fine-tuning needs high-quality examples of the behaviour you want, and there "
                "are not enough yet. Training on a thin or noisy set usually does no better than "
                "prompting while adding training and serving costs."
            ),
            next_steps=[
                "Log real questions with the RAG context the model was given",
                "Have experts write or correct the ideal answers",
                "Keep part of the set aside for held-out evaluation",
                "Come back to this tree once the set is large and clean",
            ],
            sources=["choose-for-your-ai-product", "amanai-lab"],
        ),
        Verdict(
            id="fine-tune-for-consistency",
            title="Fine-tune for consistent answers",
            because=(
                "The right context arrives and prompting is exhausted, yet answers still vary "
                "in tone, structure or quality. Inconsistent RAG responses are a reason AmanAI "
                "Lab gives for adding fine-tuning; the hybrid keeps RAG for facts and uses the "
                "tuned model for behaviour."
            ),
            next_steps=[
                "Train on examples that include the retrieved context, as in production",
                "Keep RAG in place for the facts",
                "Compare the tuned and base models on a held-out set",
                "Roll the tuned model out in stages",
            ],
            sources=["amanai-lab", "high-country-codes", "when-to-use-which", "raft-2024"],
        ),
        Verdict(
            id="fine-tune-for-terminology",
            title="Fine-tune on the domain's language",
            because=(
                "Retrieval supplies the right passages but the model misreads the domain's "
                "jargon. Specialised vocabulary is learned best from examples, and confusing "
                "domain terms are on AmanAI Lab's list of reasons to add fine-tuning."
            ),
            next_steps=[
                "Gather examples where the key terms are used and answered correctly",
                "Fine-tune for the language and keep RAG for current facts",
                "Test on questions phrased with the domain's own terms",
                "Check that general answers have not got worse",
            ],
            sources=["amanai-lab", "high-country-codes", "when-to-use-which"],
        ),
        Verdict(
            id="fine-tune-for-format",
            title="Fine-tune for the output format",
            because=(
                "The format still breaks after serious prompting. At scale, fine-tuning holds a "
                "structure such as a fixed JSON schema more reliably than prompt engineering, "
                "and a format that stays wrong despite prompting is a reason AmanAI Lab gives "
                "for adding it."
            ),
            next_steps=[
                "Build examples whose outputs all match the target schema",
                "Validate every output against the schema, in training data and production",
                "Keep RAG supplying the content",
                "Track the share of outputs that fail validation before and after",
            ],
            sources=["choose-for-your-ai-product", "amanai-lab", "when-to-use-which"],
        ),
        Verdict(
            id="fine-tune-smaller-model",
            title="Fine-tune a smaller model with the knowledge built in",
            because=(
                "The delay comes from retrieving and reading a large context, and the knowledge "
                "in it is stable enough to train in. A tuned model that skips retrieval "
                "answers faster, and a smaller tuned model can match a larger one on a narrow "
                "task."
            ),
            next_steps=[
                "Use good answers from the current RAG system as training examples",
                "Fine-tune a smaller model and measure latency and quality together",
                "Plan when to retrain, since trained-in knowledge does not update itself",
                "Keep RAG for the parts of the knowledge that do change",
            ],
            sources=["choose-for-your-ai-product", "when-to-use-which", "amanai-lab"],
        ),
        Verdict(
            id="shrink-retrieved-context",
            title="Shrink the retrieved context instead",
            because=(
                "The context is slow to process, but the knowledge in it changes too often to "
                "train in; every update would mean retraining, which takes days. Cutting what "
                "is retrieved keeps RAG's easy updates while lowering latency."
            ),
            next_steps=[
                "Retrieve fewer, better-ranked chunks",
                "Add a reranker so only the most relevant chunks reach the prompt",
                "Trim boilerplate from chunks and from the prompt template",
                "Re-measure latency and answer quality on the same test set",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
    ],
    scenarios=[
        Scenario(
            id="support-bot-quotes-the-wrong-policy",
            title="Support bot quotes the wrong policy",
            situation=(
                "A customer support chatbot, AmanAI Lab's example of a RAG use case, answers "
                "refund questions from the shipping policy because that is what retrieval "
                "returns; the team wonders whether fine-tuning would help."
            ),
            answers={"retrieval-finds-the-answer": "no"},
            expect="fix-retrieval",
            source="amanai-lab",
        ),
        Scenario(
            id="json-asked-for-in-one-line",
            title="JSON asked for in a single line of the prompt",
            situation=(
                "A team's RAG answers come back in loose prose although the app needs JSON; the "
                "prompt only says 'reply in JSON', with no schema and no example."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompting-pushed-hard": "no",
            },
            expect="improve-prompting",
            source=OURS,
        ),
        Scenario(
            id="no-examples-of-good-answers",
            title="Tone problems but no examples of good answers",
            situation=(
                "Retrieval is sound and careful prompting has not steadied the tone, but the "
                "team has no curated set of ideal answers to train on."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompting-pushed-hard": "yes",
                "good-examples-available": "no",
            },
            expect="collect-data-first",
            source=OURS,
        ),
        Scenario(
            id="support-replies-drift-in-tone",
            title="Support replies drift in tone and structure",
            situation=(
                "A customer service assistant gets current product facts from RAG, yet its "
                "replies swing between styles; High Country Codes describes this hybrid, with "
                "fine-tuning for tone and structure and RAG for products and policies."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompting-pushed-hard": "yes",
                "good-examples-available": "yes",
                "quality-problem": "inconsistent",
            },
            expect="fine-tune-for-consistency",
            source="high-country-codes",
        ),
        Scenario(
            id="clinical-terms-confuse-the-assistant",
            title="Clinical terms confuse a medical assistant",
            situation=(
                "A medical assistant retrieves current literature but misreads clinical "
                "terminology; AmanAI Lab's medical example pairs fine-tuning for the domain "
                "with RAG for knowledge."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompting-pushed-hard": "yes",
                "good-examples-available": "yes",
                "quality-problem": "terminology",
            },
            expect="fine-tune-for-terminology",
            source="amanai-lab",
        ),
        Scenario(
            id="extraction-breaks-the-json-schema",
            title="Extracted fields keep breaking the JSON schema",
            situation=(
                "A product fills a fixed JSON schema from retrieved documents and some outputs "
                "still fail validation after schema-led prompting; the article on choosing for "
                "an AI product names schema-bound output as a fine-tuning case."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompting-pushed-hard": "yes",
                "good-examples-available": "yes",
                "quality-problem": "format",
            },
            expect="fine-tune-for-format",
            source="choose-for-your-ai-product",
        ),
        Scenario(
            id="internal-codes-bloat-every-prompt",
            title="Internal product codes bloat every prompt",
            situation=(
                "Every query retrieves long tables of product names and internal codes that "
                "seldom change, and responses are slow; the 'When to Use Which' article cites "
                "exactly this kind of knowledge and smaller tuned models for latency."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "knowledge-is-stable": "yes",
            },
            expect="fine-tune-smaller-model",
            source="when-to-use-which",
        ),
        Scenario(
            id="daily-catalogue-makes-answers-slow",
            title="A daily-changing catalogue makes answers slow",
            situation=(
                "A shopping assistant stuffs many catalogue chunks into each prompt and is "
                "slow, but prices and stock change every day, so training them in would be "
                "out of date at once."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "knowledge-is-stable": "no",
            },
            expect="shrink-retrieved-context",
            source=OURS,
        ),
    ],
    sources=[
        "amanai-lab",
        "choose-for-your-ai-product",
        "when-to-use-which",
        "high-country-codes",
        "raft-2024",
    ],
)
