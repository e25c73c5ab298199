"""From what a team sees when its RAG system answers badly to the cause and the fix.

The order follows the pipeline and the cost of each fix: first make the failure
visible (what was retrieved against what should have been), then search the index,
the ranking, the chunks and the assembled prompt, and only then blame the model.
"""

from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict

FM = "failure-modes.md"
MT = "maintenance.md"

TREE = Tree(
    slug="rag-failure-diagnosis",
    title="RAG answers are wrong: where is the fault?",
    summary=(
        "Start from failing questions whose answering passage you know. Questions that chain "
        "facts across passages, or ask for figures held in tables, need another way to retrieve. "
        "For the rest, check in order whether that passage was indexed, retrieved, ranked high "
        "enough, whole, and actually placed in the prompt; only when all of that holds is the "
        "model at fault. Each leaf names the cause and the cheapest fix that is known to work."
    ),
    start="failures-traced",
    reviewed="2026-11-22",
    questions=[
        Question(
            id="failures-traced",
            text=(
                "For the failing questions, do you know which passage should have answered, and "
                "do you log what was retrieved and sent?"
            ),
            why=(
                "Retrieval and generation fail for different reasons and are fixed in different "
                "places, so they are measured apart: recall@k says whether the answering passage "
                "was among the k retrieved, while faithfulness says whether the answer stuck to the "
                "passages it was given. Without a labelled set and logged prompts every fix is a "
                "guess; vendor guides say to stop and set up evaluation before tuning retrieval."
            ),
            sources=[
                "es-2023-ragas",
                "databricks-retrieval-quality",
                "langchain-retrieval-quality",
            ],
            options={
                "no": Option("No, we only see the bad answers", "measure-first"),
                "yes": Option("Yes, labelled questions and logged prompts", "question-shape"),
            },
        ),
        Question(
            id="question-shape",
            text="What do the failing questions ask for?",
            changeable=False,
            why=(
                "One search with the question as its query suits a question one passage answers. "
                "When the second fact needed depends on the first, what to search for next is "
                "known only after reading the first results, and reranking only reorders what "
                "the single search found; retrieving again after each step raised retrieval by "
                "up to 21 points on four multi-step benchmarks. Counts, totals and filters over "
                "records are a database's job: a few top-ranked chunks of a table never hold "
                "every row the answer needs."
            ),
            sources=[
                "trivedi-2023-ircot",
                "qdrant-query-decomposition",
                "uber-querygpt",
                "linkedin-sql-bot",
            ],
            options={
                "single": Option("A fact or two that one passage states", "answer-retrieved"),
                "multi-step": Option(
                    "Facts chained across passages, or gathered from many documents",
                    "multi-step-questions",
                ),
                "tables": Option(
                    "Figures held in tables or a database: counts, sums, filters",
                    "structured-data-questions",
                ),
            },
        ),
        Question(
            id="answer-retrieved",
            text="Is the answering passage among the passages retrieved (say the top 10 to 20)?",
            why=(
                "This splits search problems from everything that happens after search. A miss "
                "here is fixed in the index or the retriever; a hit means the fault lies in the "
                "passages themselves, in how the prompt was assembled, or in the model."
            ),
            sources=["es-2023-ragas", "anthropic-contextual-retrieval"],
            options={
                "no": Option("No, it is missing from the retrieved set", "current-version-indexed"),
                "yes": Option("Yes, it was retrieved", "retrieved-text-conflicts"),
            },
        ),
        Question(
            id="current-version-indexed",
            text="Is the current version of the answering document in the index, with its text?",
            why=(
                "Retrieval can only return what was indexed. A document that was never ingested, "
                "was ingested before its last change, or whose text the parser failed to extract "
                "(a scanned PDF, a table flattened to noise) is a corpus problem, and no change "
                "to search settings will find it."
            ),
            sources=["choose-for-your-ai-product", "amanai-lab", "langchain-indexing"],
            options={
                "no": Option(
                    "No, it is missing, outdated or unreadable", "stale-or-conflicting-corpus"
                ),
                "yes": Option("Yes, the current text is indexed", "found-further-down"),
            },
        ),
        Question(
            id="found-further-down",
            text="Does the passage appear further down the ranking, say in the top 50 to 150?",
            why=(
                "A passage ranked 40th is found but not kept. Retrieving a wider candidate set and "
                "letting a reranker pick the few best is the usual first fix for this; in "
                "Anthropic's tests, adding a reranking step cut the top-20 retrieval failure rate "
                "from 2.9% to 1.9%."
            ),
            sources=["anthropic-contextual-retrieval", "langchain-retrieval-quality"],
            options={
                "yes": Option("Yes, it is ranked too low", "rerank-wider-candidates"),
                "no": Option("No, it is not in the candidates at all", "exact-wording-finds-it"),
            },
        ),
        Question(
            id="exact-wording-finds-it",
            text="Does a query written in the document's own words retrieve it?",
            why=(
                "If copying the document's phrasing finds it but users' phrasing does not, the "
                "retriever does not connect the two vocabularies: a job for keyword search, query "
                "rewriting or a tuned embedding model. If even the exact words fail, something in "
                "the search setup hides the document, such as a filter or an access scope."
            ),
            sources=["amanai-lab", "anthropic-contextual-retrieval", "langchain-retrieval-quality"],
            options={
                "yes": Option("Yes, only users' wording misses it", "embeddings-miss-meaning"),
                "no": Option("No, even its own words miss it", "wrong-documents-retrieved"),
            },
        ),
        Question(
            id="retrieved-text-conflicts",
            text="Do the retrieved passages disagree with each other or include superseded text?",
            why=(
                "Outdated and conflicting documents degrade answers even when search works: the "
                "model has no way to tell which of two versions is in force. The article on "
                "choosing for an AI product names both as the main upkeep burden of RAG."
            ),
            sources=["langchain-indexing", "choose-for-your-ai-product"],
            options={
                "yes": Option("Yes, versions disagree", "stale-or-conflicting-corpus"),
                "no": Option("No, they agree and are current", "chunks-dropped-for-space"),
            },
        ),
        Question(
            id="chunks-dropped-for-space",
            text="Was the answering passage cut or dropped when the prompt was assembled?",
            why=(
                "Retrieval can succeed and the answer still be lost on the way into the prompt, "
                "when a token budget truncates the context or conversation history crowds it out. "
                "Compare the passages retrieved with the prompt actually sent, and where each "
                "lands: models use the start and end of a long context best."
            ),
            sources=["liu-2024-lost-in-the-middle", "amanai-lab"],
            options={
                "yes": Option("Yes, it never reached the model", "context-window-too-small"),
                "no": Option("No, it reached the model", "fact-split-across-chunks"),
            },
        ),
        Question(
            id="fact-split-across-chunks",
            text="Is the needed fact split across chunks or cut off from what it refers to?",
            why=(
                "A chunk holding a number without its table header, or 'the company' without the "
                "company's name, can be retrieved and still not answer. Anthropic's example is a "
                "filing chunk saying revenue grew 3% without naming the company or the quarter; "
                "LinkedIn found that chunking support tickets separated problems from their fixes."
            ),
            sources=["anthropic-contextual-retrieval", "xu-2024-linkedin-kg-rag", "amanai-lab"],
            options={
                "yes": Option("Yes, the fact is cut apart", "chunking-loses-context"),
                "no": Option("No, the passage is whole", "answer-buried-in-context"),
            },
        ),
        Question(
            id="answer-buried-in-context",
            text=(
                "Is the answering passage one of many (more than about 10) or deep in a long "
                "prompt, rather than near its start or end?"
            ),
            why=(
                "Models use information at the start and end of their context best and miss it "
                "in the middle, even models built for long contexts. In Databricks' experiments most "
                "models got worse past a certain context length, Llama-3.1-405B after 32k tokens "
                "and GPT-4-0125-preview after 64k."
            ),
            sources=["liu-2024-lost-in-the-middle", "leng-2024-long-context-rag"],
            options={
                "yes": Option("Yes, it is buried among many passages", "answer-lost-in-the-middle"),
                "no": Option("No, it is among a few, near the top", "prompt-grounds-the-answer"),
            },
        ),
        Question(
            id="prompt-grounds-the-answer",
            text=(
                "Does the prompt tell the model to answer only from the passages, cite them, and "
                "say so when they do not contain the answer?"
            ),
            why=(
                "A model given good passages may still answer from its own memory unless told "
                "not to. Instructions are the cheapest fix and are tried before any training."
            ),
            sources=["anthropic-reduce-hallucinations", "choose-for-your-ai-product"],
            options={
                "no": Option("No, the prompt does not say so", "ground-the-prompt"),
                "yes": Option("Yes, and it still answers wrongly", "model-misreads-context"),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="measure-first",
            title="Make the failure visible first",
            because=(
                "Without knowing which passage should have answered, a wrong answer could come from "
                "the index, the ranking, the prompt or the model, and each has a different fix. A "
                "small labelled set and logged prompts turn guessing into measurement: retrieval "
                "scored on its own (recall@k) and the answer scored against the passages it got."
            ),
            next_steps=[
                NextStep(
                    "Label real questions, a few dozen to start, with the passage that answers each",
                    see=f"{FM}#measure-retrieval",
                ),
                NextStep(
                    "Log the retrieved passages and the exact prompt for every request",
                    see=f"{FM}#measure-retrieval",
                ),
                NextStep(
                    "Score retrieval (recall@k) and answers (faithfulness) separately",
                    see=f"{FM}#measure-retrieval",
                ),
                NextStep(
                    "Come back to this tree with the failing questions", see=f"{FM}#diagnose-rag"
                ),
            ],
            sources=[
                "es-2023-ragas",
                "databricks-retrieval-quality",
                "langchain-retrieval-quality",
                "owasp-llm02-2026",
            ],
            short_if=(
                "For a failing question, you still cannot say which passage should have answered it "
                "or what the prompt held, because the labelled set or the logs are missing."
            ),
            then={"failures-traced": "yes"},
            costs=[
                (
                    "People who know the content spend time labelling questions with the passages "
                    "that answer them."
                ),
                (
                    "Logging every prompt with its passages needs storage and a rule for how long "
                    "to keep it."
                ),
            ],
            risks=[
                (
                    "Logged prompts can hold users' personal data and restricted passages; OWASP "
                    "counts logs as a way such data leaks, so they need the sources' access rules."
                ),
                (
                    "A small starting set covers only some kinds of question; failures outside it "
                    "stay invisible."
                ),
            ],
        ),
        Verdict(
            id="multi-step-questions",
            title="One search cannot gather a multi-step answer",
            because=(
                "The question needs facts from several passages, and the later ones are found "
                "only once the earlier ones are read, or it gathers something from many "
                "documents at once. A single search on the question's words finds the first "
                "passage at best, and reranking cannot add what that search missed. Split the "
                "question into sub-questions and search for each, or let the model search, read "
                "and search again with a cap on rounds: IRCoT, which does the latter with no "
                "training, raised retrieval by up to 21 points and answers by up to 15 on four "
                "multi-step benchmarks."
            ),
            next_steps=[
                NextStep(
                    "Have the model split each question into sub-questions and search for each",
                    see=f"{FM}#multi-step",
                ),
                NextStep(
                    "Or give the model a search tool to call again after reading each result, "
                    "with a cap on the number of rounds",
                    see=f"{FM}#multi-step",
                ),
                NextStep(
                    "Label every passage each test question needs, and score retrieval for each "
                    "step as well as the final answer",
                    see=f"{FM}#measure-retrieval",
                ),
                NextStep(
                    "For counts or totals over many records, put the figures in a table and "
                    "query it instead",
                    see=f"{FM}#structured-data",
                ),
                "Watch latency and cost: each extra round is another search and model call",
            ],
            sources=[
                "trivedi-2023-ircot",
                "qdrant-query-decomposition",
                "anthropic-context-engineering",
                "langchain-retrieval-quality",
            ],
            short_if=(
                "On labelled multi-step questions, a passage a later step needs is still missing "
                "after splitting or repeated search, or every passage arrives and the answer is still "
                "wrong."
            ),
            then={"question-shape": "single"},
            costs=[
                (
                    "Each extra round is another search and model call, so latency and cost per "
                    "question grow with the rounds."
                ),
                (
                    "Labelling every passage a multi-step question needs is slower than labelling "
                    "one answering passage."
                ),
            ],
            risks=[
                (
                    "A cap on rounds can end the search early, and the model may answer from part "
                    "of the evidence without saying so."
                ),
                (
                    "When the model chooses its own searches, the path can differ from run to run, "
                    "which makes failures harder to reproduce."
                ),
            ],
        ),
        Verdict(
            id="structured-data-questions",
            title="Query the data; do not chunk the table",
            because=(
                "The answer is a count, a sum or a filtered list over records that live in "
                "tables or a database. Chunks of a table lose rows and headers, and a search "
                "returns a few of them, never every row the answer needs, so better chunking "
                "does not fix it. Let the model query the data: narrow, read-only, "
                "parameterised queries it can call, as Grab's analysts did, or SQL it writes "
                "after retrieving the relevant tables and columns, as Uber's QueryGPT and "
                "LinkedIn's SQL Bot do."
            ),
            next_steps=[
                NextStep(
                    "Expose the common questions as read-only, parameterised queries the model "
                    "can call",
                    see="framework/when-rag.md#live-data",
                ),
                NextStep(
                    "For open questions, retrieve the relevant tables, columns and example "
                    "queries first, then have the model write the SQL",
                    see=f"{FM}#structured-data",
                ),
                NextStep(
                    "Run every query with the asking user's rights, read-only and with a row limit",
                    see="framework/when-rag.md#access-control",
                ),
                NextStep(
                    "Score on questions with known results, comparing what the query returns, "
                    "not its wording",
                    see=f"{FM}#structured-data",
                ),
                "Keep retrieval for the prose around the data, such as definitions and policies",
            ],
            sources=[
                "grab-integrity-analytics",
                "uber-querygpt",
                "linkedin-sql-bot",
                "pinterest-text-to-sql",
                "vertex-function-calling",
            ],
            short_if=(
                "On questions with known results, the queries return wrong rows or figures: the wrong "
                "tables or columns, or a wrong filter or join."
            ),
            costs=[
                (
                    "The queries and the descriptions of tables and columns have to follow every "
                    "change to the database schema."
                ),
                (
                    "Queries on live data add load on the database and the query's running time to "
                    "each answer."
                ),
            ],
            risks=[
                (
                    "A wrong join or filter returns an exact-looking figure, and nothing in the "
                    "answer shows that it is wrong."
                ),
                (
                    "A query run with wider rights than the asking user's can expose rows that "
                    "user should not see."
                ),
            ],
        ),
        Verdict(
            id="stale-or-conflicting-corpus",
            title="The corpus is stale or contradicts itself",
            because=(
                "The retriever works, but the index holds an outdated version, lacks the new one, "
                "holds both, or never got the document's text. Outdated and conflicting documents "
                "are the main upkeep burden of RAG, and fixing the corpus fixes the answers without "
                "touching the model."
            ),
            next_steps=[
                NextStep(
                    "Re-index a document as part of publishing or changing it",
                    see=f"{MT}#reindexing",
                ),
                NextStep(
                    "Delete superseded versions from the index, not only from the source",
                    see=f"{MT}#reindexing",
                ),
                NextStep(
                    "Store a version or effective date with each chunk and filter on it",
                    see=f"{FM}#metadata-filters",
                ),
                NextStep("Check that scanned files and tables were extracted as text"),
            ],
            sources=["choose-for-your-ai-product", "amanai-lab", "langchain-indexing"],
            short_if=(
                "With the current version indexed, superseded ones removed and its text extracted, "
                "the labelled questions still fail."
            ),
            then={"current-version-indexed": "yes", "retrieved-text-conflicts": "no"},
            costs=[
                (
                    "Re-indexing becomes part of publishing, a step every document owner and "
                    "pipeline has to keep."
                ),
                "A version or effective date has to be stored with every chunk and kept right.",
            ],
            risks=[
                (
                    "Deleting superseded versions removes the answers to questions about the past, "
                    "such as which policy applied last year."
                ),
                (
                    "A wrong date on a chunk hides a current document or brings back an old one, "
                    "with no error shown."
                ),
            ],
        ),
        Verdict(
            id="rerank-wider-candidates",
            title="Retrieve wider, then rerank",
            because=(
                "The passage is found but ranked below the cut, so it never reaches the model. A "
                "reranker that reads the query and each candidate together orders them far better "
                "than vector distance alone; LangChain's guide calls reranking the largest single "
                "gain for most applications, and Anthropic measured a third fewer retrieval "
                "failures (2.9% to 1.9%) from adding one."
            ),
            next_steps=[
                NextStep(
                    "Retrieve 50 to 150 candidates instead of the final few", see=f"{FM}#rerank"
                ),
                NextStep("Rerank them and keep the best 5 to 20", see=f"{FM}#rerank"),
                NextStep(
                    "Check the gain on the labelled set, and the added latency",
                    see=f"{FM}#measure-retrieval",
                ),
            ],
            sources=["anthropic-contextual-retrieval", "langchain-retrieval-quality"],
            short_if=(
                "With a reranker over 50 to 150 candidates, the answering passage still falls outside "
                "the few kept for most failing questions."
            ),
            then={"found-further-down": "no"},
            costs=[
                (
                    "The reranker reads every candidate with the query, so each query gains "
                    "latency and cost that grow with the number of candidates."
                ),
                "The reranker is a model or service to host or pay for, and to version.",
            ],
            risks=[
                (
                    "A hosted reranker puts another vendor in the path of every query, with its "
                    "own outages, prices and model changes."
                ),
                (
                    "A swapped or updated reranker reorders results for every query at once; "
                    "unless the labelled set is run again, a drop goes unseen."
                ),
            ],
        ),
        Verdict(
            id="embeddings-miss-meaning",
            title="The retriever misses the users' wording",
            because=(
                "The document is found when a query copies its wording but not when users ask in "
                "their own words, or use codes and names the embedding model treats as noise. "
                "Keyword search alongside vector search catches exact terms, query rewriting "
                "bridges phrasing, and an embedding model tuned on the domain narrows what is left."
            ),
            next_steps=[
                NextStep(
                    "Add keyword (BM25) search and merge it with vector search",
                    see=f"{FM}#hybrid-search",
                ),
                NextStep("Rewrite or expand queries before searching", see=f"{FM}#query-rewriting"),
                NextStep(
                    "Fine-tune the embedding model on synthetic questions from your corpus",
                    see=f"{FM}#tune-the-retriever",
                ),
                NextStep("Measure recall on paraphrased test questions, not only copied ones"),
            ],
            sources=[
                "anthropic-contextual-retrieval",
                "langchain-retrieval-quality",
                "databricks-embedding-finetuning",
                "amanai-lab",
            ],
            short_if=(
                "With keyword search, query rewriting and a tuned embedding model, recall on "
                "paraphrased test questions stays too low for the answers you need."
            ),
            costs=[
                (
                    "Hybrid search keeps a keyword index beside the vector index, and both have to "
                    "stay in sync."
                ),
                "Query rewriting adds a model call before every search.",
                (
                    "A tuned embedding model means embedding the whole corpus again, and again "
                    "after each later tune."
                ),
            ],
            risks=[
                (
                    "Synthetic questions may not sound like your users: recall on them can rise "
                    "while real paraphrases still miss."
                ),
                (
                    "A rewrite can change what a query asks, and the search then returns passages "
                    "for a question nobody asked."
                ),
            ],
        ),
        Verdict(
            id="wrong-documents-retrieved",
            title="The search setup hides the document",
            because=(
                "The document is indexed and current, yet even its own wording does not bring it "
                "back. Something between the query and the index excludes it: a metadata filter, "
                "an access rule, a namespace or collection the query never searches. AmanAI Lab "
                "lists wrong documents coming back as the first way RAG fails."
            ),
            next_steps=[
                NextStep(
                    "Run the failing query with every filter and scope switched off",
                    see=f"{FM}#metadata-filters",
                ),
                NextStep(
                    "Check which collection and access scope the query searches",
                    see=f"{FM}#metadata-filters",
                ),
                NextStep(
                    "Add the case to the labelled set so it stays fixed",
                    see=f"{FM}#measure-retrieval",
                ),
            ],
            sources=["amanai-lab", "langchain-retrieval-quality"],
            short_if=(
                "With filters and scopes fixed, the document's own wording finds it, but users' "
                "questions still miss it."
            ),
            then={"exact-wording-finds-it": "yes"},
            costs=[
                (
                    "The cost is mostly debugging time across the query, its filters and the "
                    "access rules; the fix itself is configuration."
                ),
            ],
            risks=[
                (
                    "Loosening a filter or access rule to make a document appear can also show "
                    "documents to users who should not see them."
                ),
                (
                    "A fix in one collection or scope can leave the same fault in others nobody "
                    "tested."
                ),
            ],
        ),
        Verdict(
            id="context-window-too-small",
            title="The answer is lost when the prompt is assembled",
            because=(
                "Retrieval found the passage, but it was cut or dropped to fit a token budget, or "
                "crowded out by instructions and chat history. AmanAI Lab counts a window that "
                "cannot hold every retrieved chunk among RAG failures; the fix is a budget that "
                "keeps fewer, better passages whole."
            ),
            next_steps=[
                NextStep("Rerank and keep fewer, whole passages", see=f"{FM}#rerank"),
                NextStep(
                    "Set a token budget for passages before instructions and history",
                    see=f"{FM}#context-budget",
                ),
                NextStep("Summarise or trim old conversation turns", see=f"{FM}#context-budget"),
            ],
            sources=["amanai-lab", "anthropic-contextual-retrieval"],
            short_if=(
                "With a passage budget set, the answering passage reaches the prompt whole and the "
                "answer is still wrong."
            ),
            then={"chunks-dropped-for-space": "no"},
            costs=[
                "Summarising old turns adds a model call to long conversations.",
                (
                    "The passage budget has to be set again when the model, its context window or "
                    "the prompt changes."
                ),
            ],
            risks=[
                (
                    "Trimmed or summarised history can drop something the user said earlier, and "
                    "the answer then ignores it."
                ),
                "Keeping fewer passages whole can leave out the one that answers a rarer question.",
            ],
        ),
        Verdict(
            id="chunking-loses-context",
            title="Chunks lose their context",
            because=(
                "The passage reaches the model but no longer says what it is about. Prefixing each "
                "chunk with a short description of where it sits in its document (Anthropic's "
                "contextual retrieval) cut retrieval failures by 35%, and by 49% with keyword "
                "search on the same text; LinkedIn kept tickets whole as graph nodes and improved "
                "retrieval MRR by 77.6%."
            ),
            next_steps=[
                NextStep(
                    "Split on the document's structure: sections, tables, list items",
                    see=f"{FM}#contextual-chunks",
                ),
                NextStep(
                    "Prefix each chunk with its document, section and subject before indexing",
                    see=f"{FM}#contextual-chunks",
                ),
                NextStep(
                    "Re-index and re-run the labelled questions", see=f"{FM}#measure-retrieval"
                ),
            ],
            sources=["anthropic-contextual-retrieval", "xu-2024-linkedin-kg-rag", "amanai-lab"],
            short_if=(
                "Re-chunked on structure and with context prefixes, the fact arrives whole in the "
                "prompt and the answer is still wrong."
            ),
            then={"fact-split-across-chunks": "no"},
            costs=[
                (
                    "The whole corpus is re-chunked and re-indexed, and every later document goes "
                    "through the new pipeline."
                ),
                (
                    "If a model writes the prefixes, that is one model call per chunk at indexing "
                    "time, repeated for every changed document."
                ),
            ],
            risks=[
                (
                    "A generated prefix can be wrong, and a wrong prefix steers the chunk toward "
                    "the wrong questions."
                ),
                (
                    "Splitting on structure depends on each format's layout; a new template or "
                    "file type can break it without an error."
                ),
            ],
        ),
        Verdict(
            id="answer-lost-in-the-middle",
            title="Too much context buries the answer",
            because=(
                "The right passage is in the prompt but among many others, where models use it "
                "least. More passages raise the chance the answer is present but also add "
                "distractors, and most models decline past a certain context length. Keep fewer, "
                "better-ranked passages and put the strongest where the model looks."
            ),
            next_steps=[
                NextStep("Rerank and keep the best 5 to 10 passages", see=f"{FM}#rerank"),
                NextStep(
                    "Place the highest-ranked passages at the start or end of the context",
                    see=f"{FM}#passage-order",
                ),
                NextStep(
                    "Measure answer quality at several values of k", see=f"{FM}#passage-order"
                ),
            ],
            sources=["liu-2024-lost-in-the-middle", "leng-2024-long-context-rag"],
            short_if=(
                "With 5 to 10 reranked passages and the best at the edges, the labelled questions "
                "still fail."
            ),
            then={"answer-buried-in-context": "no"},
            costs=[
                "A reranker adds a model call and some latency to every query.",
                (
                    "Finding the right number of passages means scoring the labelled set several "
                    "times, and again when the model changes."
                ),
            ],
            risks=[
                (
                    "Fewer passages lower the chance the answer is there at all; questions that "
                    "need many passages can lose out."
                ),
                (
                    "The best number and order of passages hold for the model they were measured "
                    "on; a model change can shift them."
                ),
            ],
        ),
        Verdict(
            id="ground-the-prompt",
            title="Tell the model to answer from the passages",
            because=(
                "Everything needed reached the model, whole and near the top, but the prompt never "
                "told it to rely on the passages rather than its own memory. Grounding rules and "
                "citations cost little to add and make unsupported answers visible."
            ),
            next_steps=[
                NextStep(
                    "Instruct it to answer only from the passages and to say when they fall short",
                    see=f"{FM}#grounding-prompt",
                ),
                NextStep(
                    "Ask it to cite the passage behind each claim", see=f"{FM}#grounding-prompt"
                ),
                NextStep(
                    "Score faithfulness on the labelled set before and after",
                    see=f"{FM}#measure-retrieval",
                ),
            ],
            sources=["anthropic-reduce-hallucinations", "es-2023-ragas"],
            short_if=(
                "With grounding and citation rules in the prompt, faithfulness on the labelled set "
                "stays low: answers still go beyond the passages given."
            ),
            then={"prompt-grounds-the-answer": "yes"},
            costs=[
                "Citations make every answer longer, which adds output tokens and time.",
                (
                    "Faithfulness has to be scored again after each prompt change; if a model does "
                    "the scoring, that is one more model to pay for."
                ),
            ],
            risks=[
                (
                    "Users see more answers saying the passages fall short: gaps in the corpus "
                    "become visible and need someone to fill them."
                ),
                (
                    "A score from a grading model can drift when that model changes, so a "
                    "faithfulness trend may move with no change in the answers."
                ),
            ],
        ),
        Verdict(
            id="model-misreads-context",
            title="Retrieval is fine; the model misuses the passages",
            because=(
                "The right passage arrived whole, near the top, with instructions to use it, and "
                "the answer is still wrong: a behaviour problem, not a knowledge problem. Try a "
                "stronger model first; if the model must stay, RAFT-style training on passages "
                "with distractors teaches it to pick and quote the passage that answers."
            ),
            next_steps=[
                NextStep("Run the same prompts on a stronger model", see=f"{FM}#raft"),
                NextStep(
                    "Follow the tree on adding fine-tuning to RAG",
                    see="trees/add-fine-tuning-to-rag.md",
                ),
                NextStep(
                    "Keep the failing questions as a regression set", see=f"{MT}#regression-sets"
                ),
            ],
            sources=["raft-2024", "sager-2024-raft-revisited", "choose-for-your-ai-product"],
            short_if=(
                "A stronger model given the same passages and grounding rules still answers the "
                "labelled questions wrongly."
            ),
            then_tree="add-fine-tuning-to-rag",
            costs=[
                "A stronger model can cost more per request and answer more slowly.",
                "The regression set of failing questions needs upkeep as the content changes.",
            ],
            risks=[
                (
                    "A new model can change tone, refusals and format as well; what the labelled "
                    "set does not score can get worse unseen."
                ),
                (
                    "The new model follows its vendor's schedule of changes and retirements, so "
                    "the comparison needs redoing when it changes."
                ),
            ],
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
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "no",
                "current-version-indexed": "yes",
                "found-further-down": "no",
                "exact-wording-finds-it": "no",
            },
            expect="wrong-documents-retrieved",
            source="amanai-lab",
        ),
        Scenario(
            id="lease-question-misses-the-clause",
            title="A plain-language lease question misses the clause",
            situation=(
                "In a legal document analyser, AmanAI Lab's RAG example, users ask about ending a "
                "lease early while the clause speaks of termination before expiry; the clause's "
                "own wording finds it, the users' wording does not, even 150 results deep."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "no",
                "current-version-indexed": "yes",
                "found-further-down": "no",
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
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "no",
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
                "the answer mixes their deadlines; conflicting information is one of the corpus "
                "problems in the article on choosing for an AI product."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
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
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
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
                "The assistant reports the wrong voltage because the chunk with the numbers lost "
                "the table header naming each column. Built on the chunking failure in AmanAI "
                "Lab's list."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "yes",
            },
            expect="chunking-loses-context",
            source="amanai-lab",
        ),
        Scenario(
            id="linkedin-tickets-split-from-their-fixes",
            title="Support tickets split from their fixes (LinkedIn)",
            situation=(
                "LinkedIn's customer-service assistant retrieved chunks of past issue tickets, and "
                "chunking separated a ticket's problem description from its solution. The team "
                "kept each ticket's structure in a knowledge graph instead: retrieval MRR rose "
                "77.6%, and in about six months of use median time to resolve an issue fell 28.6%."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "yes",
            },
            expect="chunking-loses-context",
            source="xu-2024-linkedin-kg-rag",
        ),
        Scenario(
            id="only-the-bad-answers-are-visible",
            title="Complaints arrive, but nobody knows what was retrieved",
            situation=(
                "Users report wrong answers from an internal help bot. The team has the answers "
                "but never logged the retrieved passages, and has no list of questions with the "
                "passages that should answer them."
            ),
            answers={"failures-traced": "no"},
            expect="measure-first",
            source=OURS,
        ),
        Scenario(
            id="right-policy-ranked-thirty-fourth",
            title="The right policy is ranked 34th",
            situation=(
                "The labelled set shows the answering section of an HR policy usually comes back "
                "between rank 20 and 60, while the prompt keeps the top 8."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "no",
                "current-version-indexed": "yes",
                "found-further-down": "yes",
            },
            expect="rerank-wider-candidates",
            source=OURS,
        ),
        Scenario(
            id="forty-passages-in-every-prompt",
            title="Forty passages in every prompt",
            situation=(
                "To be safe, a team sends the top 40 passages with every question. The answering "
                "passage is nearly always there, usually somewhere in the middle, and answers "
                "often miss it."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "no",
                "answer-buried-in-context": "yes",
            },
            expect="answer-lost-in-the-middle",
            source=OURS,
            plan=("answer-lost-in-the-middle",),
        ),
        Scenario(
            id="model-answers-from-memory",
            title="The model answers from memory",
            situation=(
                "Logs show the correct, current passage first in the prompt, yet the model gives "
                "the answer it would have given without it; the prompt only says 'use the context "
                "below if helpful'."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "no",
                "answer-buried-in-context": "no",
                "prompt-grounds-the-answer": "no",
            },
            expect="ground-the-prompt",
            source=OURS,
            plan=("ground-the-prompt", "model-misreads-context"),
        ),
        Scenario(
            id="right-chunks-still-wrong-answer",
            title="The right passage arrives and the answer is still wrong",
            situation=(
                "Logs show the correct, current, complete passage near the top of the prompt, "
                "with instructions to answer only from it, and a small open model still picks "
                "a neighbouring distractor passage."
            ),
            answers={
                "failures-traced": "yes",
                "question-shape": "single",
                "answer-retrieved": "yes",
                "retrieved-text-conflicts": "no",
                "chunks-dropped-for-space": "no",
                "fact-split-across-chunks": "no",
                "answer-buried-in-context": "no",
                "prompt-grounds-the-answer": "yes",
            },
            expect="model-misreads-context",
            source=OURS,
        ),
        Scenario(
            id="which-supplier-of-the-failed-part",
            title="Which supplier made the part that failed?",
            situation=(
                "Engineers ask which supplier made the component named in an incident report. "
                "Search returns the report, but the supplier sits in a parts register that "
                "never mentions the incident, so only a second search, for the part number the "
                "report gives, can find it."
            ),
            answers={"failures-traced": "yes", "question-shape": "multi-step"},
            expect="multi-step-questions",
            source=OURS,
            plan=("multi-step-questions",),
        ),
        Scenario(
            id="multi-step-benchmark-questions",
            title="Multi-step benchmark questions (IRCoT)",
            situation=(
                "Trivedi et al. tested questions from HotpotQA, 2WikiMultihopQA, MuSiQue and "
                "IIRC whose later facts depend on earlier ones. Retrieving once from the question "
                "missed evidence; retrieving again after each reasoning step, with no training, "
                "raised retrieval by up to 21 points and answers by up to 15 with GPT-3."
            ),
            answers={"failures-traced": "yes", "question-shape": "multi-step"},
            expect="multi-step-questions",
            source="trivedi-2023-ircot",
        ),
        Scenario(
            id="refund-totals-from-chunked-tables",
            title="Refund totals from chunked spreadsheets",
            situation=(
                "A finance assistant is asked how many refunds over 500 euros each region "
                "issued last quarter. The refund tables were chunked into the index like prose, "
                "and each answer adds up whichever 20 chunks came back."
            ),
            answers={"failures-traced": "yes", "question-shape": "tables"},
            expect="structured-data-questions",
            source=OURS,
        ),
        Scenario(
            id="linkedin-sql-bot-warehouse-questions",
            title="Questions over millions of warehouse tables (LinkedIn SQL Bot)",
            situation=(
                "LinkedIn's analysts ask questions whose answers live in a warehouse of millions "
                "of tables. Its SQL Bot retrieves tables, columns and example queries from a "
                "knowledge graph built from metadata and query logs, then writes and repairs "
                "the SQL; 53% of its answers on an internal benchmark were judged correct or "
                "nearly so."
            ),
            answers={"failures-traced": "yes", "question-shape": "tables"},
            expect="structured-data-questions",
            source="linkedin-sql-bot",
        ),
    ],
    sources=[
        "es-2023-ragas",
        "anthropic-contextual-retrieval",
        "langchain-retrieval-quality",
        "databricks-retrieval-quality",
        "liu-2024-lost-in-the-middle",
        "leng-2024-long-context-rag",
        "xu-2024-linkedin-kg-rag",
        "trivedi-2023-ircot",
        "qdrant-query-decomposition",
        "linkedin-sql-bot",
        "uber-querygpt",
        "grab-integrity-analytics",
        "amanai-lab",
        "choose-for-your-ai-product",
    ],
)
