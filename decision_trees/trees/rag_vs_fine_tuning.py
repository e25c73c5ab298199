"""The site's main framework: RAG, fine-tuning, both, a smaller fine-tuned model, or neither yet.

It starts from what is wrong with the model's answers and weighs what the four source articles
weigh: freshness, corpus size, citations, labelled data, skills, latency and volume.
"""

from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict

_ARTICLES = (
    "choose-for-your-ai-product",
    "when-to-use-which",
    "high-country-codes",
    "amanai-lab",
)

QUESTIONS = [
    Question(
        id="gap",
        text="What is wrong with the model's answers?",
        why=(
            "Retrieval changes what the model can see when it answers; fine-tuning changes how "
            "it behaves. Naming the gap first heads off the classic error of paying for weeks of "
            "training to teach a model facts that retrieval would supply more cheaply and more "
            "accurately."
        ),
        sources=("choose-for-your-ai-product", "amanai-lab", "high-country-codes"),
        changeable=False,
        options={
            "knowledge": Option("It lacks or misstates facts", "freshness"),
            "behaviour": Option("Format, tone or reasoning is off", "prompting"),
            "both": Option("Both facts and behaviour", "hybrid-ready"),
            "speed-cost": Option("Answers fine, too slow or costly", "latency"),
        },
    ),
    # Knowledge: facts the model does not have.
    Question(
        id="freshness",
        text="How often does the knowledge change?",
        why=(
            "A retrieval index takes in a new document within minutes. Knowledge trained into "
            "the weights needs fresh training data, a training run, evaluation and a redeploy, "
            "which AmanAI Lab puts at days for every update."
        ),
        sources=("amanai-lab", "choose-for-your-ai-product", "high-country-codes"),
        options={
            "often": Option("Often: weekly, daily or faster", "rag"),
            "rarely": Option("Rarely; it is stable", "corpus"),
        },
    ),
    Question(
        id="corpus",
        text="Does the whole corpus fit in the context window?",
        why=(
            "A corpus that fits can simply travel in the prompt. One that does not needs "
            "retrieval to pick the right passages, and model weights are a poor store for tens "
            "of thousands of documents."
        ),
        sources=("when-to-use-which", "choose-for-your-ai-product"),
        options={
            "fits": Option("Yes, with room to spare", "citations"),
            "too-large": Option("No, it is far larger", "rag"),
        },
    ),
    Question(
        id="citations",
        text="Must answers cite the documents behind them?",
        why=(
            "An answer built from passages in the prompt can point at the passage it used; a "
            "fine-tuned model cannot trace an output back to the training example behind it. "
            "Where users must check the source, the knowledge has to stay outside the weights."
        ),
        sources=("choose-for-your-ai-product", "when-to-use-which", "amanai-lab"),
        options={
            "yes": Option("Yes, users must check sources", "prompt-first"),
            "no": Option("No, plain answers will do", "context-cost"),
        },
    ),
    Question(
        id="context-cost",
        text="Is sending the corpus with every request too slow or costly?",
        why=(
            "A long prompt is paid for in tokens and in time on every call. Stable knowledge "
            "such as product names or internal codes can be trained into the model instead, so "
            "it no longer has to ride along in each prompt."
        ),
        sources=("when-to-use-which", "amanai-lab", "choose-for-your-ai-product"),
        options={
            "yes": Option("Yes, too slow or too costly", "fine-tune"),
            "no": Option("No, it is affordable", "prompt-first"),
        },
    ),
    # Behaviour: format, tone, reasoning.
    Question(
        id="prompting",
        text="Have you pushed prompt engineering as far as it goes?",
        why=(
            "Clear instructions and a few worked examples fix many format and tone problems in "
            "hours. Fine-tuning is for what still fails after that, such as output that keeps "
            "breaking the format despite careful prompting."
        ),
        sources=("amanai-lab", "choose-for-your-ai-product"),
        options={
            "not-yet": Option("Not yet", "prompt-first"),
            "fell-short": Option("Yes, results still fall short", "examples"),
        },
    ),
    Question(
        id="examples",
        text="Do you have plenty of high-quality labelled examples?",
        why=(
            "A fine-tuned model learns whatever its examples show, flaws included. Without a "
            "large set of good input-output pairs that show the wanted behaviour, fine-tuning "
            "seldom does better than a well-built prompt."
        ),
        sources=("choose-for-your-ai-product", "amanai-lab"),
        options={
            "yes": Option("Yes, many good input-output pairs", "expertise"),
            "no": Option("No, few or noisy ones", "prompt-first"),
        },
    ),
    Question(
        id="expertise",
        text="Can the team afford to train and maintain a model?",
        why=(
            "Fine-tuning needs ML skills, GPUs or a paid training service, and a routine for "
            "versioning, evaluating and retraining models. AmanAI Lab puts the one-off cost at ₹15,000 to "
            "₹40,000, with about 60 hours of data preparation and testing that it does not price "
            "separately; the first article "
            "prices a GPT-4 run on 50K examples at several hundred to a few thousand dollars."
        ),
        sources=("high-country-codes", "choose-for-your-ai-product", "amanai-lab"),
        options={
            "yes": Option("Yes, skills and budget in place", "fine-tune"),
            "no": Option("No, not yet", "prompt-first"),
        },
    ),
    # Both at once.
    Question(
        id="hybrid-ready",
        text="Are examples, ML skills and budget in place to fine-tune?",
        why=(
            "The hybrid runs a training pipeline and a retrieval index side by side, the most "
            "complex set-up of all. A team without the examples or the skills can start with "
            "retrieval and prompting, and add fine-tuning once its requirements are clearer "
            "and it has people who can train."
        ),
        sources=("high-country-codes", "choose-for-your-ai-product", "amanai-lab"),
        options={
            "yes": Option("Yes, all three", "both"),
            "no": Option("Not yet", "rag"),
        },
    ),
    # Good answers, but too slow or too expensive.
    Question(
        id="latency",
        text="Is the latency budget too tight for the current set-up?",
        why=(
            "Embedding the query and searching a vector index typically adds 100 to 500 ms "
            "before generation starts, and a large model is slower than a small one. A small "
            "fine-tuned model with no retrieval step answers fastest."
        ),
        sources=("choose-for-your-ai-product", "when-to-use-which", "amanai-lab"),
        options={
            "tight": Option("Yes, it must answer faster", "distil"),
            "ok": Option("No, latency is acceptable", "volume"),
        },
    ),
    Question(
        id="volume",
        text="Is request volume high enough that cost per request dominates?",
        why=(
            "Training is paid once while a smaller model is cheaper on every call, so the saving "
            "grows with volume. At modest volume it may never cover training and upkeep: "
            "AmanAI Lab prices a whole RAG system for 1,000 users at about ₹5,000 a month, and "
            "managed vector databases cost $0.08 to $0.70 per million vectors per month."
        ),
        sources=("high-country-codes", "amanai-lab", "choose-for-your-ai-product"),
        options={
            "high": Option("Yes, high volume", "distil"),
            "low": Option("No, modest volume", "prompt-first"),
        },
    ),
]

VERDICTS = [
    Verdict(
        id="rag",
        title="Use RAG",
        because=(
            "The gap is knowledge, and retrieval hands it to the model at answer time without "
            "touching the weights. An index follows a changing corpus in minutes instead of a "
            "retraining cycle of days, scales past any context window and lets each answer name "
            "its source. It is also the cheaper route that needs the least ML expertise; where "
            "behaviour needs work too, start here and add fine-tuning once you can."
        ),
        next_steps=(
            "Chunk the corpus and index it in a vector database",
            "Collect real questions with the passages that answer them",
            "Measure retrieval quality before tuning the prompt",
            "Show the retrieved sources with every answer",
            "Schedule re-indexing and weed out stale documents",
        ),
        sources=_ARTICLES,
    ),
    Verdict(
        id="fine-tune",
        title="Fine-tune",
        because=(
            "What has to change is how the model behaves (a fixed format, a tone, a domain's "
            "reasoning or vocabulary), or stable knowledge that costs too much to send with "
            "every request. Fine-tuning moves that into the weights, so it holds on every call "
            "and needs no retrieval step. It pays off only with good labelled examples and a "
            "team that can evaluate, version and retrain the model as requirements change."
        ),
        next_steps=(
            "Hold back part of the examples as an evaluation set",
            "Compare a first small run against your best prompt",
            "Check that general skills have not been lost",
            "Version each model and roll new ones out in stages",
            "Plan when and how you will retrain",
        ),
        sources=_ARTICLES,
    ),
    Verdict(
        id="both",
        title="Fine-tune for behaviour, RAG for knowledge",
        because=(
            "The model behaves wrongly and also lacks current facts, and each tool fixes only "
            "one of the two: fine-tuning the format, tone and domain reasoning, retrieval the "
            "knowledge that changes or must be cited. A model fine-tuned to use retrieved "
            "passages makes better use of them, while the index keeps them current. Expect the "
            "most complex infrastructure of all the options."
        ),
        next_steps=(
            "Build and evaluate the retrieval pipeline first",
            "Fine-tune on examples that include retrieved passages",
            "Keep facts in the index, not in the training data",
            "Evaluate retrieval and generation separately",
            "Budget for an index and for retraining runs",
        ),
        sources=_ARTICLES,
    ),
    Verdict(
        id="prompt-first",
        title="Neither yet: prompt and measure first",
        because=(
            "Nothing here justifies a retrieval pipeline or a training run yet: without good "
            "examples fine-tuning seldom beats a careful prompt, and a corpus that fits in the "
            "context window needs no retrieval. Clear instructions, worked examples in the "
            "prompt and, when it fits, the whole corpus in the prompt can be tried in hours. "
            "An evaluation set built now shows whether that is enough and is the yardstick any "
            "later RAG or fine-tuning work will need."
        ),
        next_steps=(
            NextStep(
                "Collect real requests and expected answers as an evaluation set",
                "framework/neither.md#what-to-do",
            ),
            NextStep(
                "Tighten the instructions and add worked examples",
                "framework/neither.md#what-to-do",
            ),
            NextStep(
                "Put the whole corpus in the prompt if it fits", "framework/neither.md#what-to-do"
            ),
            "Keep the failures; they become training data later",
            "Come back to this tree when prompting stops improving",
        ),
        sources=("choose-for-your-ai-product", "amanai-lab", "when-to-use-which"),
    ),
    Verdict(
        id="distil",
        title="Fine-tune a smaller model",
        because=(
            "The answers are already good; speed or the bill is the problem. A smaller model "
            "fine-tuned on your task can match the large one on the work you need, answering "
            "faster and costing less per request, and dropping a retrieval step saves another "
            "100 to 500 ms. At high volume the one-off training cost can pay for itself, but "
            "fine-tuned models are often priced higher per token: work out the break-even first."
        ),
        next_steps=(
            "Log the large model's good answers as training pairs",
            "Fine-tune a smaller model on them",
            "Compare quality, latency and cost on held-out requests",
            "Keep retrieval if the knowledge still changes",
            "Send requests the small model fails to the large one",
        ),
        sources=("when-to-use-which", "high-country-codes", "choose-for-your-ai-product"),
    ),
]

SCENARIOS = [
    # Worked examples from the articles.
    Scenario(
        id="customer-support-chatbot",
        title="Customer support chatbot",
        situation=(
            "AmanAI Lab's first example: a support bot whose product information changes all "
            "the time, which must point to the policy documents behind its answers and needs "
            "no particular writing style."
        ),
        answers={"gap": "knowledge", "freshness": "often"},
        expect="rag",
        source="amanai-lab",
    ),
    Scenario(
        id="medical-diagnosis-assistant",
        title="Medical diagnosis assistant",
        situation=(
            "AmanAI Lab's second example: an assistant that must use medical terms and clinical "
            "reasoning in a set clinical format, and also draw on current medical literature. "
            "We assume the clinical examples and skills that the fine-tuning half needs exist."
        ),
        answers={"gap": "both", "hybrid-ready": "yes"},
        expect="both",
        source="amanai-lab",
    ),
    Scenario(
        id="code-generation-tool",
        title="Code generation tool",
        situation=(
            "AmanAI Lab's third example: a tool that must write tightly structured code in one "
            "house style and one framework's patterns, from knowledge that rarely changes. We "
            "assume prompting was tried first and reviewed code exists to train on."
        ),
        answers={
            "gap": "behaviour",
            "prompting": "fell-short",
            "examples": "yes",
            "expertise": "yes",
        },
        expect="fine-tune",
        source="amanai-lab",
    ),
    Scenario(
        id="legal-document-analyser",
        title="Legal document analyser",
        situation=(
            "AmanAI Lab's fourth example: analysis over a large collection of legal documents, "
            "where laws and regulations keep changing and each finding must cite the document "
            "it rests on."
        ),
        answers={"gap": "knowledge", "freshness": "often"},
        expect="rag",
        source="amanai-lab",
    ),
    Scenario(
        id="customer-service-assistant",
        title="Customer service assistant",
        situation=(
            "High Country Codes' hybrid example: a customer service AI that needs one "
            "consistent tone and response structure as well as current product information "
            "and policies. We assume the team can run the heavier infrastructure the hybrid needs."
        ),
        answers={"gap": "both", "hybrid-ready": "yes"},
        expect="both",
        source="high-country-codes",
    ),
    # Our own examples, one for every remaining path.
    Scenario(
        id="standards-archive",
        title="Engineering standards archive",
        situation=(
            "Our example: engineers ask about 30,000 archived technical standards that are "
            "revised only every few years, far more text than any context window holds."
        ),
        answers={"gap": "knowledge", "freshness": "rarely", "corpus": "too-large"},
        expect="rag",
        source=OURS,
    ),
    Scenario(
        id="staff-handbook",
        title="Staff handbook assistant",
        situation=(
            "Our example: employees ask about a 60-page staff handbook that is revised once a "
            "year, and every answer must quote the clause it relies on."
        ),
        answers={"gap": "knowledge", "freshness": "rarely", "corpus": "fits", "citations": "yes"},
        expect="prompt-first",
        source=OURS,
    ),
    Scenario(
        id="product-code-tagger",
        title="Ticket tagger that must know internal codes",
        situation=(
            "Our example: a model tags a high-volume stream of support tickets with internal "
            "product codes; the code list is stable and fits in the prompt, but sending it with "
            "every ticket makes each call too slow and too costly."
        ),
        answers={
            "gap": "knowledge",
            "freshness": "rarely",
            "corpus": "fits",
            "citations": "no",
            "context-cost": "yes",
        },
        expect="fine-tune",
        source=OURS,
    ),
    Scenario(
        id="small-product-faq",
        title="Small product FAQ bot",
        situation=(
            "Our example: a start-up's 20-page product FAQ changes a few times a year, plain "
            "answers will do and traffic is light, so sending the whole FAQ each time is cheap."
        ),
        answers={
            "gap": "knowledge",
            "freshness": "rarely",
            "corpus": "fits",
            "citations": "no",
            "context-cost": "no",
        },
        expect="prompt-first",
        source=OURS,
    ),
    Scenario(
        id="invoice-json-bare-prompt",
        title="Invoice extractor with a bare prompt",
        situation=(
            "Our example: a team wants invoice fields as JSON in a fixed schema, but has only "
            "tried a one-line instruction with no examples or schema in the prompt."
        ),
        answers={"gap": "behaviour", "prompting": "not-yet"},
        expect="prompt-first",
        source=OURS,
    ),
    Scenario(
        id="brand-voice-few-samples",
        title="Brand voice with a handful of samples",
        situation=(
            "Our example: marketing wants replies in a distinctive house voice; careful "
            "prompting still drifts, but only a dozen approved samples exist to learn from."
        ),
        answers={"gap": "behaviour", "prompting": "fell-short", "examples": "no"},
        expect="prompt-first",
        source=OURS,
    ),
    Scenario(
        id="report-format-small-agency",
        title="Report formatting in a small agency",
        situation=(
            "Our example: a three-person agency has thousands of approved reports in the format "
            "it wants and prompting still slips, but nobody can train or maintain a model and "
            "there is no budget for it."
        ),
        answers={
            "gap": "behaviour",
            "prompting": "fell-short",
            "examples": "yes",
            "expertise": "no",
        },
        expect="prompt-first",
        source=OURS,
    ),
    Scenario(
        id="insurance-assistant-early",
        title="Insurance assistant at an early stage",
        situation=(
            "Our example: an insurer's assistant needs current policy terms and a fixed answer "
            "structure, but there are no labelled examples yet and no ML staff."
        ),
        answers={"gap": "both", "hybrid-ready": "no"},
        expect="rag",
        source=OURS,
    ),
    Scenario(
        id="voice-assistant-latency",
        title="Voice assistant that answers too late",
        situation=(
            "Our example: a voice assistant built on a large model gives good answers, but "
            "they arrive too late for a natural back-and-forth conversation."
        ),
        answers={"gap": "speed-cost", "latency": "tight"},
        expect="distil",
        source=OURS,
    ),
    Scenario(
        id="email-triage-at-volume",
        title="Email triage at high volume",
        situation=(
            "Our example: an email triage service works well on a large model and nobody minds "
            "its speed, but millions of requests a month make the per-request bill the main cost."
        ),
        answers={"gap": "speed-cost", "latency": "ok", "volume": "high"},
        expect="distil",
        source=OURS,
    ),
    Scenario(
        id="low-traffic-internal-tool",
        title="Low-traffic internal tool",
        situation=(
            "Our example: an internal research tool gives good answers and feels pricey, but it "
            "serves a few hundred requests a day and nobody complains about its speed."
        ),
        answers={"gap": "speed-cost", "latency": "ok", "volume": "low"},
        expect="prompt-first",
        source=OURS,
    ),
]

TREE = Tree(
    order=1,
    slug="rag-vs-fine-tuning",
    title="RAG or fine-tuning?",
    summary=(
        "Start from what is wrong with the model's answers, then weigh how fast the knowledge "
        "changes, its size, citations, labelled data, skills, latency and volume to choose "
        "RAG, fine-tuning, both, a smaller fine-tuned model, or prompting first."
    ),
    start="gap",
    questions=QUESTIONS,
    verdicts=VERDICTS,
    scenarios=SCENARIOS,
    sources=_ARTICLES,
)
