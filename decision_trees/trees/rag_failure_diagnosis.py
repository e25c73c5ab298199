"""From what a team sees when its RAG system answers badly to the cause and the fix."""

from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

TREE = Tree(
    slug="rag-failure-diagnosis",
    title="RAG answers are wrong: where is the fault?",
    summary=(
        "Start from one bad answer and check, in order, what was retrieved, whether it was "
        "current, and what actually reached the model. Each leaf names the cause and the fix."
    ),
    start="right-documents-retrieved",
    questions=[
        Question(
            id="right-documents-retrieved",
            text="Are the documents that hold the answer in the retrieved set?",
            why=(
                "This splits search problems from everything that happens after search. Read "
                "the retrieved chunks for the failing question before changing anything else."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product"],
            options={
                "no": Option("No, they are missing", "current-version-indexed"),
                "yes": Option("Yes, they were retrieved", "retrieved-text-conflicts"),
            },
        ),
        Question(
            id="current-version-indexed",
            text="Is the current version of the answering document in the index?",
            why=(
                "Retrieval can only return what was indexed. A RAG system stays current only "
                "if its corpus is kept up to date, and a missing or old document is a corpus "
                "problem, not a search problem."
            ),
            sources=["choose-for-your-ai-product", "amanai-lab"],
            options={
                "no": Option("No, it is missing or outdated", "stale-or-conflicting-corpus"),
                "yes": Option("Yes, it is indexed and current", "exact-wording-finds-it"),
            },
        ),
        Question(
            id="exact-wording-finds-it",
            text="Does a query in the document's own words retrieve it?",
            why=(
                "If copying the document's phrasing finds it but users' phrasing does not, the "
                "embeddings fail to link the two meanings. If even the exact words fail, the "
                "search setup itself is returning the wrong documents."
            ),
            sources=["amanai-lab"],
            options={
                "yes": Option("Yes, only paraphrases miss it", "embeddings-miss-meaning"),
                "no": Option("No, even exact words miss it", "wrong-documents-retrieved"),
            },
        ),
        Question(
            id="retrieved-text-conflicts",
            text="Do the retrieved chunks disagree or include outdated text?",
            why=(
                "Outdated and conflicting documents in the corpus degrade answers even when "
                "search works. The model cannot tell which of two versions is current."
            ),
            sources=["choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, versions disagree", "stale-or-conflicting-corpus"),
                "no": Option("No, they agree and are current", "chunks-dropped-for-space"),
            },
        ),
        Question(
            id="chunks-dropped-for-space",
            text="Are retrieved chunks cut or dropped to fit the prompt?",
            why=(
                "Retrieval can succeed and the answer still be lost on the way into the "
                "prompt. Compare the chunks retrieved with the prompt actually sent."
            ),
            sources=["amanai-lab"],
            options={
                "yes": Option("Yes, some never reach the model", "context-window-too-small"),
                "no": Option("No, all of them reach it", "fact-split-across-chunks"),
            },
        ),
        Question(
            id="fact-split-across-chunks",
            text="Is the needed fact split across chunks or cut off from its context?",
            why=(
                "A chunk that holds a number without its heading, or half of a procedure, can "
                "be retrieved and still not answer the question. Poor chunking is named as a "
                "cause of degraded retrieval."
            ),
            sources=["amanai-lab", "choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, the fact is cut apart", "chunking-loses-context"),
                "no": Option("No, the chunks are whole", "model-misreads-context"),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="wrong-documents-retrieved",
            title="Retrieval returns the wrong documents",
            because=(
                "The answering document is indexed and current, yet search does not bring it "
                "back even for its own wording. The fault is in the retrieval setup: filters, "
                "ranking, or how many results are kept. AmanAI Lab lists this as the first way "
                "RAG fails."
            ),
            next_steps=[
                "Check metadata filters and access rules on the failing query",
                "Raise the number of candidates retrieved, then rerank them",
                "Add keyword search alongside vector search",
                "Keep a test set of questions with known answering documents",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="embeddings-miss-meaning",
            title="The embeddings miss the meaning",
            because=(
                "The document is found when a query copies its wording but not when users ask "
                "the same thing in their own words. The embedding model is not placing the two "
                "phrasings near each other, a failure AmanAI Lab names."
            ),
            next_steps=[
                "Try an embedding model suited to the domain's language",
                "Add keyword or hybrid search to catch exact terms",
                "Rewrite or expand queries before searching",
                "Measure retrieval on paraphrased test questions",
            ],
            sources=["amanai-lab"],
        ),
        Verdict(
            id="stale-or-conflicting-corpus",
            title="The corpus is stale or contradicts itself",
            because=(
                "The retriever works, but the corpus holds an outdated version, lacks the new "
                "one, or holds both. Outdated and conflicting documents are the main upkeep "
                "burden of RAG, and fixing the corpus fixes the answers without retraining."
            ),
            next_steps=[
                "Re-index changed documents as part of publishing them",
                "Remove or archive superseded versions",
                "Store a date or version with each chunk and prefer the newest",
                "Schedule regular checks of retrieval quality",
            ],
            sources=["choose-for-your-ai-product", "amanai-lab"],
        ),
        Verdict(
            id="context-window-too-small",
            title="The context window is too small for the chunks",
            because=(
                "Retrieval found the answer, but the chunk holding it was cut or dropped when "
                "the prompt was assembled. AmanAI Lab counts a window that cannot hold every "
                "retrieved chunk among RAG failures."
            ),
            next_steps=[
                "Rerank and keep fewer, more relevant chunks",
                "Use smaller chunks or trim boilerplate from them",
                "Reserve prompt space for the context before instructions and history",
                "Move to a model with a larger context window if still short",
            ],
            sources=["amanai-lab"],
        ),
        Verdict(
            id="chunking-loses-context",
            title="Chunking loses the context",
            because=(
                "The pieces of the answer reach the model, but chunking has separated a fact "
                "from the heading, row or step that gives it meaning. Chunking that loses "
                "context appears in AmanAI Lab's failures and in the maintenance advice of "
                "the article on choosing for an AI product."
            ),
            next_steps=[
                "Split on the document's structure: sections, tables, list items",
                "Overlap neighbouring chunks",
                "Prefix each chunk with its document and section titles",
                "Re-run the failing questions after re-indexing",
            ],
            sources=["amanai-lab", "choose-for-your-ai-product"],
        ),
        Verdict(
            id="model-misreads-context",
            title="Retrieval is fine; the model misuses the context",
            because=(
                "Everything needed reached the model, whole and current, and the answer is "
                "still wrong. That is a behaviour problem, not a knowledge problem, and the "
                "fix lies in prompting or, failing that, fine-tuning the model to use context."
            ),
            next_steps=[
                "Tell the model to answer only from the given context and cite it",
                "Add worked examples of answers drawn from context",
                "If prompting fails, follow the tree on adding fine-tuning to RAG",
            ],
            sources=["choose-for-your-ai-product", "when-to-use-which", "raft-2024"],
        ),
    ],
    scenarios=[
        Scenario(
            id="filter-hides-the-refund-policy",
            title="A filter hides the refund policy",
            situation=(
                "A support bot answers refund questions from the shipping policy; the refund "
                "policy is indexed, but a product-docs filter keeps even its exact title from "
                "matching. Built on AmanAI Lab's first RAG failure."
            ),
            answers={
                "right-documents-retrieved": "no",
                "current-version-indexed": "yes",
                "exact-wording-finds-it": "no",
            },
            expect="wrong-documents-retrieved",
            source="amanai-lab",
        ),
        Scenario(
            id="lease-question-misses-the-clause",
            title="A plain-language lease question misses the clause",
            situation=(
                "In a legal document analyzer, AmanAI Lab's RAG example, users ask about "
                "ending a lease early while the clause speaks of termination before expiry; "
                "the clause's own wording finds it, the users' wording does not."
            ),
            answers={
                "right-documents-retrieved": "no",
                "current-version-indexed": "yes",
                "exact-wording-finds-it": "yes",
            },
            expect="embeddings-miss-meaning",
            source="amanai-lab",
        ),
        Scenario(
            id="new-price-list-never-indexed",
            title="The new price list was never indexed",
            situation=(
                "A catalogue assistant quotes last quarter's prices because the new price list "
                "was published but never re-indexed, the outdated-corpus problem named in the "
                "article on choosing for an AI product."
            ),
            answers={
                "right-documents-retrieved": "no",
                "current-version-indexed": "no",
            },
            expect="stale-or-conflicting-corpus",
            source="choose-for-your-ai-product",
        ),
        Scenario(
            id="two-refund-policies-retrieved",
            title="Two versions of the refund policy come back",
            situation=(
                "Retrieval returns chunks from both the old and the current refund policy, and "
                "the answer mixes their deadlines; conflicting information is one of the "
                "corpus problems in the article on choosing for an AI product."
            ),
            answers={
                "right-documents-retrieved": "yes",
                "retrieved-text-conflicts": "yes",
            },
            expect="stale-or-conflicting-corpus",
            source="choose-for-your-ai-product",
        ),
        Scenario(
            id="late-contract-clauses-cut-off",
            title="Clauses late in a contract are cut off",
            situation=(
                "Questions about the end of long contracts get incomplete answers: the right "
                "chunks are retrieved, but the prompt builder drops the last ones to fit the "
                "window. Built on AmanAI Lab's failure list."
            ),
            answers={
                "right-documents-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "yes",
            },
            expect="context-window-too-small",
            source="amanai-lab",
        ),
        Scenario(
            id="table-split-from-its-header",
            title="A spec table is split from its header",
            situation=(
                "The assistant reports the wrong voltage because the chunk with the numbers "
                "lost the table header naming each column. Built on the chunking failure in "
                "AmanAI Lab's list."
            ),
            answers={
                "right-documents-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "yes",
            },
            expect="chunking-loses-context",
            source="amanai-lab",
        ),
        Scenario(
            id="right-chunks-still-wrong-answer",
            title="The right chunks arrive and the answer is still wrong",
            situation=(
                "Logs show the correct, current, complete passage in the prompt, yet the model "
                "answers from general knowledge instead of from it."
            ),
            answers={
                "right-documents-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "no",
            },
            expect="model-misreads-context",
            source=OURS,
        ),
    ],
    sources=["amanai-lab", "choose-for-your-ai-product", "when-to-use-which", "raft-2024"],
)
