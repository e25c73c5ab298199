"""The site's main framework: what to do when a model falls short, from a prompt to training.

Knowledge versus behaviour sits at the centre. Facts stay out of the weights (retrieval or the
prompt supply them), an evaluation set is the yardstick before any training, the cheap levers
(caching, structured outputs, examples in the prompt, a stronger model, routing) come before a
training run, and latency, cost at volume and where data may live are asked wherever they change
the answer. Each question and verdict cites the sources behind it.
"""

from decision_trees.model import NextStep, Option, Question, Scenario, Tree, Verdict

NEITHER = "framework/neither.md"
RAG = "framework/when-rag.md"
TUNE = "framework/when-fine-tuning.md"
BOTH = "framework/both.md"

QUESTIONS = [
    Question(
        id="gap",
        text="What stops the model doing the job today?",
        changeable=False,
        why=(
            "Retrieval and the prompt change what a model can see; training changes how it "
            "behaves. Facts belong on the first side: when studies tried to teach models new "
            "facts by fine-tuning, retrieval did better (Ovadia et al., Soudani et al.), and "
            "training on facts the model did not already know made it hallucinate more "
            "(Gekhman et al.)."
        ),
        sources=("ovadia-2023", "soudani-2024", "gekhman-2024", "choose-for-your-ai-product"),
        options={
            "knowledge": Option("It lacks facts: our documents, data or recent events", "fits"),
            "behaviour": Option("It has the facts; format, style or task skill is off", "baseline"),
            "both": Option("Both: missing facts and the wrong behaviour", "both-base"),
            "speed-cost": Option("Answers are good enough, but too slow or costly", "levers"),
        },
    ),
    # Knowledge: the facts stay outside the weights; the question is how they reach the prompt.
    Question(
        id="fits",
        text="Does everything the model needs fit comfortably in one prompt?",
        why=(
            "Anthropic suggests sending a knowledge base of under about 200,000 tokens (some "
            "500 pages) whole in the prompt, with caching, instead of building retrieval. Beyond "
            "that, retrieval has to choose the passages. Even inside the window, models find a "
            "fact less reliably in the middle of a long prompt, and in a 2024 test of twenty "
            "models only a handful kept their accuracy past 64,000 tokens of context."
        ),
        sources=(
            "anthropic-contextual-retrieval",
            "liu-2024-lost-in-the-middle",
            "leng-2024-long-context-rag",
        ),
        options={
            "fits": Option("Yes: roughly 200,000 tokens or less", "context-cost"),
            "too-large": Option("No: far larger, or it keeps growing", "rag"),
        },
    ),
    Question(
        id="context-cost",
        text=(
            "With prompt caching, is sending it with every request within your latency and "
            "cost budget at your volume?"
        ),
        why=(
            "A cache hit is billed at a tenth of the input price at Anthropic and up to 90% "
            "less at OpenAI, and the answer can start up to 80% sooner. Caches expire after "
            "minutes without use (5 minutes by default at Anthropic, 5 to 10 at Azure), so "
            "sparse traffic pays full price. Retrieval sends only the passages that matter, at "
            "the price of a search step (one article says 100 to 500 ms; measure your own)."
        ),
        sources=(
            "anthropic-prompt-caching",
            "openai-prompt-caching",
            "azure-prompt-caching",
            "choose-for-your-ai-product",
        ),
        options={
            "yes": Option("Yes, within budget", "long-context"),
            "no": Option("No, too slow or too costly even cached", "rag"),
        },
    ),
    # Behaviour: measure first, then the cheap levers, then training.
    Question(
        id="baseline",
        text=(
            "Have you measured your best prompt, on the strongest model you could use, "
            "against a held-out set of real cases?"
        ),
        why=(
            "Without real cases scored the same way each time, nobody can tell whether a change "
            "helped; OpenAI puts evaluation before prompting and tuning alike. A careful prompt "
            "on a stronger or newer model often closes the gap outright, and the cases that "
            "still fail show which kind of fix is needed."
        ),
        sources=("openai-model-optimization", "openai-supervised-fine-tuning", "vertex-sft-data"),
        options={
            "not-yet": Option("Not yet", "prompt-first"),
            "fell-short": Option("Yes, and it still falls short", "residual"),
        },
    ),
    Question(
        id="residual",
        text="What still fails on that set?",
        why=(
            "When only the shape is wrong (invalid JSON, missing fields, values outside a list), "
            "constrained decoding fixes it without training: OpenAI reported full schema "
            "adherence on its own evaluation, against under 40% for an older model that was "
            "only asked for the format. Style, tone, task skill and reasoning are what "
            "examples and training change."
        ),
        sources=("openai-structured-outputs", "choose-for-your-ai-product"),
        options={
            "format": Option(
                "Only the output's shape: it must match a schema", "structured-outputs"
            ),
            "behaviour": Option("The content: style, tone, task skill or reasoning", "examples"),
        },
    ),
    Question(
        id="examples",
        text="How many reviewed examples of the wanted output do you have, or can you make?",
        why=(
            "OpenAI accepts 10 training examples but usually sees gains from 50 to 100 and "
            "suggests starting with 50; Google recommends starting with 100. Labels written by "
            "a stronger model and checked by people count, where the model's terms allow "
            "training on its output. With fewer, the examples do more good in the prompt."
        ),
        sources=(
            "openai-supervised-fine-tuning",
            "vertex-sft-data",
            "hsieh-2023-distilling",
            "openai-terms-of-use",
        ),
        options={
            "few": Option("Fewer than about 50, and no way to make more", "few-shot"),
            "enough": Option("About 50 to 100 or more", "budget"),
        },
    ),
    Question(
        id="budget",
        text=(
            "Must it answer much faster, or cost much less per request, than the large "
            "model allows at your volume?"
        ),
        why=(
            "This comes before examples in the prompt because those examples are input the "
            "large model reads, and you pay for, on every request: they add cost and do nothing "
            "to make it faster. Indeed found few-shot prompting worked but used too many tokens "
            "at its scale. OpenAI names model size as the main factor in speed, and OpenAI and "
            "Anthropic both list fewer input tokens among the ways to cut latency. A small model "
            "trained for the task can match a large one on it for a fraction of the time and "
            "price: Hsieh et al. trained a 770M-parameter model that beat a few-shot 540B model "
            "on one benchmark."
        ),
        sources=(
            "openai-latency-optimization",
            "anthropic-reduce-latency",
            "indeed-invite-to-apply",
            "hsieh-2023-distilling",
            "bedrock-distillation",
        ),
        options={
            "yes": Option("Yes, latency or cost per request binds", "distil"),
            "no": Option("No, the large model's speed and price are fine", "dynamic"),
        },
    ),
    Question(
        id="dynamic",
        text="Have you tried putting the nearest labelled examples into each prompt?",
        why=(
            "With the large model's speed and price acceptable, a longer prompt is affordable, "
            "and caching its fixed part keeps it cheap. Picking the examples most similar to "
            "each input, instead of a fixed handful, raised GPT-3's scores markedly in Liu et "
            "al.'s tests, and Google's tuning guide treats few-shot prompting as the step before "
            "tuning. It uses the same labelled set, needs no training run and improves the "
            "moment the set does. It cannot teach what no prompt can hold: a script the model "
            "cannot read, or a process whose examples run to thousands of tokens each."
        ),
        sources=(
            "liu-2022-in-context-examples",
            "gemini-api-tuning-guidance",
            "anthropic-prompt-caching",
        ),
        options={
            "not-yet": Option("Not yet", "few-shot"),
            "tried": Option("Yes, and it still falls short", "hosting"),
            "cannot": Option(
                "They cannot help: the skill is missing, or the examples would not fit", "hosting"
            ),
        },
    ),
    Question(
        id="hosting",
        text=(
            "May your training data and the tuned model live with a managed provider, "
            "including one inside your own cloud account?"
        ),
        why=(
            "Managed tuning on Amazon Bedrock, Google Vertex AI or Azure runs in your cloud "
            "account, so a team without ML engineers can train; OpenAI closed its self-serve "
            "fine-tuning to new users in 2026, and Mistral and Google's Gemini API have dropped "
            "theirs. Where data may not leave your machines, an "
            "open-weight model tuned in-house is the route, with the GPUs, skills and upkeep "
            "it brings."
        ),
        sources=(
            "bedrock-fine-tuning-models",
            "vertex-sft-data",
            "openai-fine-tuning-wind-down",
            "gemini-api-tuning-ended",
            "mistral-fine-tuning",
            "high-country-codes",
        ),
        options={
            "yes": Option("Yes, a managed service is acceptable", "fine-tune"),
            "no": Option("No, it must stay on our own machines", "fine-tune-open"),
        },
    ),
    # Both: supply the knowledge first, then measure the behaviour that is left.
    Question(
        id="both-base",
        text=(
            "With the knowledge supplied (retrieved, or whole in the prompt) and a careful "
            "prompt, have you measured what still fails?"
        ),
        why=(
            "Much of what looks like bad behaviour is missing knowledge, and the right "
            "passages in the prompt fix it. Balaguer et al. found the gains of fine-tuning and "
            "retrieval added up in their agriculture study, but only a measured retrieval "
            "system shows how much behaviour is left for training to fix."
        ),
        sources=("balaguer-2024", "openai-model-optimization", "amanai-lab", "high-country-codes"),
        options={
            "not-yet": Option("Not yet, or the right passages are not reliably found", "rag"),
            "fell-short": Option(
                "Yes: the right passages are there, the behaviour still falls short",
                "both-examples",
            ),
        },
    ),
    Question(
        id="both-examples",
        text=(
            "Do you have about 50 to 100 or more reviewed examples of good answers written "
            "from retrieved passages?"
        ),
        why=(
            "Training for a retrieval system should show the model the passages it will see in "
            "use, unhelpful ones included: RAFT trained on questions with answering and "
            "distracting documents and beat ordinary domain fine-tuning on all five of its "
            "benchmarks. With fewer examples, the nearest ones in the prompt are the cheaper "
            "step."
        ),
        sources=("raft-2024", "openai-supervised-fine-tuning", "when-to-use-which"),
        options={
            "few": Option("Fewer, and no way to make more", "few-shot"),
            "enough": Option("Yes, enough to train on", "both-budget"),
        },
    ),
    Question(
        id="both-budget",
        text=(
            "Must it answer much faster, or cost much less per request, than a large model "
            "with retrieval allows?"
        ),
        why=(
            "As on the behaviour path, this comes before examples in the prompt: worked "
            "examples next to the retrieved passages lengthen every request, which adds cost "
            "and does nothing for speed, where model size matters most. RAFT tuned a 7B model to "
            "read retrieved passages well, and a small model tuned for one task can stand in for "
            "a large one. Retrieval stays either way; what the budget changes is the size of the "
            "model you train."
        ),
        sources=(
            "openai-latency-optimization",
            "anthropic-reduce-latency",
            "raft-2024",
            "hsieh-2023-distilling",
        ),
        options={
            "yes": Option("Yes, latency or cost per request binds", "distil"),
            "no": Option("No, a large model is affordable", "both-dynamic"),
        },
    ),
    Question(
        id="both-dynamic",
        text=(
            "Have you tried putting the nearest worked examples into the prompt, next to the "
            "retrieved passages?"
        ),
        why=(
            "A retrieval system can fetch worked examples as well as documents: Liu et al. found "
            "examples chosen for their similarity to each input consistently beat randomly "
            "chosen ones. It reuses the retrieval system already built, needs no training run, "
            "and the budget allows the longer prompt."
        ),
        sources=("liu-2022-in-context-examples", "gemini-api-tuning-guidance"),
        options={
            "not-yet": Option("Not yet", "few-shot"),
            "tried": Option("Yes, and it still falls short", "both"),
        },
    ),
    # Speed and cost: answers are fine; serve them cheaper before training anything.
    Question(
        id="levers",
        text=(
            "Have you tried the cheap levers: prompt caching, batching offline work, a smaller "
            "or newer model with the same prompt, and routing easy requests to a small model?"
        ),
        why=(
            "Each is configuration, not a project: cached input costs up to 90% less; Instacart "
            "reports batch processing saved up to 50% against real-time calls; RouteLLM's "
            "routers cut cost by more than half on benchmarks, without losing quality, by "
            "sending easy requests to a weaker model. Training a small model is worth its upkeep "
            "only after these."
        ),
        sources=(
            "openai-prompt-caching",
            "anthropic-prompt-caching",
            "ong-2024-routellm",
            "instacart-maple",
        ),
        options={
            "not-yet": Option("Not yet", "serve-cheaper"),
            "tried": Option("Yes, and it is still too slow or costly", "latency"),
        },
    ),
    Question(
        id="latency",
        text="Is latency a limit that the large model cannot meet, even with those levers?",
        why=(
            "Smaller models answer faster, and a retrieval step adds a search before the answer "
            "starts (one article says 100 to 500 ms; we found no measured figure). When a voice "
            "or interactive product needs answers sooner than any large model gives them, a "
            "small model trained for the one task is the lever left."
        ),
        sources=("choose-for-your-ai-product", "when-to-use-which", "hsieh-2023-distilling"),
        options={
            "yes": Option("Yes, it must answer faster", "distil"),
            "no": Option("No, speed is acceptable", "volume"),
        },
    ),
    Question(
        id="volume",
        text=(
            "Is request volume high enough that a cheaper model repays training and upkeep "
            "within your planning horizon?"
        ),
        why=(
            "Training is paid once and upkeep every month, while savings accrue per request. On "
            "Azure a deployed tuned model is billed by the hour whether used or not, and a tuned "
            "model must be rebuilt when its base model is retired, so modest traffic may never "
            "repay it."
        ),
        sources=("azure-fine-tuning-costs", "openai-fine-tuning-wind-down", "high-country-codes"),
        options={
            "high": Option("Yes, high volume", "distil"),
            "low": Option("No, modest volume", "serve-cheaper"),
        },
    ),
]

VERDICTS = [
    Verdict(
        id="prompt-first",
        title="Neither yet: measure, then prompt",
        because=(
            "There is no yardstick yet, so nobody can tell whether retrieval or training would "
            "help. Build a set of real cases with expected answers and try a careful prompt on "
            "the strongest model you can use. That is quick work next to building retrieval or "
            "training, and what still fails shows which lever comes next."
        ),
        next_steps=(
            NextStep(
                "Collect 50 to 100 real cases with expected answers as a held-out set",
                see=f"{NEITHER}#evaluation-first",
            ),
            NextStep(
                "Write clear instructions with a few worked examples", see=f"{NEITHER}#prompt-first"
            ),
            NextStep(
                "Run the same set on a stronger or newer model", see=f"{NEITHER}#stronger-model"
            ),
            "Keep every failure: it becomes an example later",
            "Come back to this tree with the scores",
        ),
        sources=("openai-model-optimization", "openai-supervised-fine-tuning", "amanai-lab"),
    ),
    Verdict(
        id="long-context",
        title="Put the knowledge in the prompt, cached",
        because=(
            "The knowledge fits in one prompt and caching makes resending it affordable, so "
            "there is no index to build or keep in step. Edit the documents and the next answer "
            "uses them, and answers can quote the passage they used. Check facts that sit in "
            "the middle of the prompt: that is where long-context models miss most."
        ),
        next_steps=(
            NextStep(
                "Put the documents first and the question last, so the prefix caches",
                see=f"{RAG}#long-context",
            ),
            NextStep(
                "Test questions whose answers sit mid-document", see=f"{RAG}#long-context-limits"
            ),
            NextStep(
                "Track cache hits and cost per request at real traffic",
                see=f"{RAG}#prompt-caching",
            ),
            "Move to retrieval when the documents outgrow the prompt or the budget",
        ),
        sources=(
            "anthropic-contextual-retrieval",
            "anthropic-prompt-caching",
            "openai-prompt-caching",
            "gemini-context-caching",
            "liu-2024-lost-in-the-middle",
        ),
    ),
    Verdict(
        id="rag",
        title="Use RAG",
        because=(
            "The knowledge is too large, or too costly to send whole, so a retrieval step picks "
            "the passages each request needs. The facts stay outside the weights, where the "
            "studies found models use them better than facts trained in, and a new document is "
            "searchable within minutes. Answers can cite the passages behind them."
        ),
        next_steps=(
            NextStep(
                "Collect real questions with the passages that answer them",
                see=f"{RAG}#evaluate-retrieval",
            ),
            NextStep(
                "Combine embeddings with keyword search, then rerank", see=f"{RAG}#better-retrieval"
            ),
            NextStep("Measure retrieval before tuning the prompt", see=f"{RAG}#evaluate-retrieval"),
            "Show the sources with every answer",
            "Schedule re-indexing and remove stale documents",
        ),
        sources=(
            "ovadia-2023",
            "soudani-2024",
            "gekhman-2024",
            "anthropic-contextual-retrieval",
            "choose-for-your-ai-product",
        ),
    ),
    Verdict(
        id="structured-outputs",
        title="Constrain the output to a schema",
        because=(
            "What fails is the shape of the output, and constrained decoding guarantees it: the "
            "provider refuses any token that would break your JSON schema. That is a setting, "
            "not a training run. Check the content separately, because valid JSON can still "
            "hold wrong values."
        ),
        next_steps=(
            NextStep(
                "Write the output as a JSON schema and turn on strict mode",
                see=f"{NEITHER}#structured-outputs",
            ),
            NextStep(
                "Validate every response and log refusals", see=f"{NEITHER}#structured-outputs"
            ),
            NextStep(
                "Rerun the held-out set to see which content errors remain",
                see=f"{NEITHER}#evaluation-first",
            ),
            "If the content still fails, answer this tree again for the content",
        ),
        sources=("openai-structured-outputs", "claude-structured-outputs"),
    ),
    Verdict(
        id="few-shot",
        title="Put the nearest examples in the prompt",
        because=(
            "Good examples of the wanted output teach a model in the prompt much of what "
            "training would teach in the weights, with no training run. Choosing the examples "
            "closest to each request works better than a fixed set, and caching keeps the "
            "longer prompt cheap. Keep collecting: the same examples become training data if "
            "this falls short."
        ),
        next_steps=(
            NextStep(
                "Index reviewed examples and retrieve the closest few for each request",
                see=f"{NEITHER}#dynamic-few-shot",
            ),
            NextStep("Cache the fixed part of the prompt", see=f"{RAG}#prompt-caching"),
            NextStep(
                "Score it on the held-out set against your best fixed prompt",
                see=f"{NEITHER}#evaluation-first",
            ),
            NextStep(
                "Grow the set with reviewed labels from a stronger model",
                see=f"{TUNE}#synthetic-labels",
            ),
            "Come back when it still falls short with 50 to 100 examples or more",
        ),
        sources=(
            "liu-2022-in-context-examples",
            "gemini-api-tuning-guidance",
            "anthropic-prompt-caching",
            "openai-supervised-fine-tuning",
        ),
    ),
    Verdict(
        id="fine-tune",
        title="Fine-tune with a managed service",
        because=(
            "A measured prompt, a stronger model and examples in the prompt still fall short on "
            "behaviour, and there are enough examples to train on. A managed service runs the "
            "training in your cloud account, so the team needs good data and evaluation rather "
            "than GPU skills. Train behaviour, not facts: knowledge stays in the prompt or an "
            "index."
        ),
        next_steps=(
            NextStep(
                "Start with 50 to 100 reviewed examples and keep a held-out set",
                see=f"{TUNE}#how-many-examples",
            ),
            NextStep(
                "Pick a provider that can still tune the model you need",
                see=f"{TUNE}#managed-or-in-house",
            ),
            NextStep(
                "Compare the tuned model with your best prompt on the held-out set",
                see=f"{NEITHER}#evaluation-first",
            ),
            "Plan retraining for the day the base model is retired",
            NextStep(
                "Weigh training and hosting against your volume in the cost calculator",
                see="costs.md?preset=fine-tune#calculator",
            ),
            "Roll new versions out in stages",
        ),
        sources=(
            "openai-supervised-fine-tuning",
            "vertex-sft-data",
            "bedrock-fine-tuning-models",
            "openai-fine-tuning-wind-down",
            "gekhman-2024",
        ),
    ),
    Verdict(
        id="fine-tune-open",
        title="Tune an open-weight model in-house",
        because=(
            "Training is justified, but the data or the model may not leave your own machines. "
            "An open-weight model tuned with a parameter-efficient method such as LoRA keeps "
            "everything in-house (QLoRA tuned a 65B model on one 48GB GPU), at the price of "
            "ML skills and an upkeep routine the team must own. Read the model's licence first."
        ),
        next_steps=(
            NextStep(
                "Choose an open-weight model whose licence fits your use",
                see=f"{TUNE}#managed-or-in-house",
            ),
            NextStep(
                "Train a small adapter first and compare it with your best prompt",
                see=f"{TUNE}#how-many-examples",
            ),
            NextStep(
                "Check general skills on the held-out set after training",
                see=f"{NEITHER}#evaluation-first",
            ),
            "Version models and roll them out in stages",
            "Budget GPUs and people for retraining",
        ),
        sources=(
            "lora-2022",
            "qlora-2023",
            "llama-license",
            "soudani-2024",
            "high-country-codes",
        ),
    ),
    Verdict(
        id="distil",
        title="Fine-tune a smaller model",
        because=(
            "A large model is too slow or costly per request for this job, and examples in its "
            "prompt would only lengthen every request. Train a small model for this one task: "
            "on reviewed examples of the wanted output, or on a large model's good answers "
            "where it already does the job. Small models trained for one narrow task have "
            "matched far larger ones on it, faster and cheaper: Checkr's, tuned on its own "
            "historical labels, beat prompted GPT-4. Where you train on a model's outputs, its "
            "terms decide whether you may."
        ),
        next_steps=(
            NextStep(
                "Gather reviewed examples, or log a large model's good answers and review them",
                see=f"{TUNE}#synthetic-labels",
            ),
            NextStep(
                "Check the provider's terms on training with its outputs",
                see=f"{TUNE}#provider-terms",
            ),
            NextStep(
                "Tune a small model and compare quality, latency and cost on held-out requests",
                see=f"{TUNE}#distillation",
            ),
            NextStep(
                "Estimate when training pays back in the cost calculator",
                see="costs.md?preset=distil#calculator",
            ),
            "Route the requests it fails to the large model",
            "Keep retrieval if the knowledge changes",
        ),
        sources=(
            "hsieh-2023-distilling",
            "checkr-adjudication",
            "openai-latency-optimization",
            "bedrock-distillation",
            "vertex-distillation",
            "openai-terms-of-use",
            "llama-license",
        ),
    ),
    Verdict(
        id="both",
        title="RAG for knowledge, fine-tuning for behaviour",
        because=(
            "Retrieval is in place and measured, behaviour still falls short, and there are "
            "examples to train on. Train on examples that include retrieved passages, "
            "distractors among them, as RAFT does, so the model learns to use what it is given; "
            "keep the facts in the index, not in the training data. Expect the most complex "
            "set-up of all: an index and a training pipeline to keep current."
        ),
        next_steps=(
            NextStep(
                "Keep the retrieval evaluation as the baseline", see=f"{RAG}#evaluate-retrieval"
            ),
            NextStep(
                "Try the nearest examples in the prompt before training",
                see=f"{NEITHER}#dynamic-few-shot",
            ),
            NextStep(
                "Build training examples from retrieved passages with distractors",
                see=f"{BOTH}#raft",
            ),
            "Evaluate retrieval and generation separately",
            "Budget for an index and for retraining runs",
        ),
        sources=(
            "raft-2024",
            "balaguer-2024",
            "ovadia-2023",
            "choose-for-your-ai-product",
            "when-to-use-which",
        ),
    ),
    Verdict(
        id="serve-cheaper",
        title="Serve it cheaper first",
        because=(
            "The answers are good; the bill or the wait is the problem, and configuration fixes "
            "much of that before any training. Caching repeated prompt prefixes, a smaller or "
            "newer model that passes your evaluation, and routing easy requests to it are each a "
            "configuration change rather than a project. Training repays its upkeep only at high volume or under a "
            "latency limit these cannot meet."
        ),
        next_steps=(
            NextStep(
                "Turn on prompt caching and put static content first", see=f"{RAG}#prompt-caching"
            ),
            NextStep(
                "Run your evaluation set on smaller and newer models",
                see=f"{NEITHER}#stronger-model",
            ),
            NextStep(
                "Route easy requests to the cheapest model that passes", see=f"{NEITHER}#routing"
            ),
            "Measure cost and latency per request at real traffic",
            "Come back if latency or volume still argues for training",
        ),
        sources=(
            "openai-prompt-caching",
            "anthropic-prompt-caching",
            "ong-2024-routellm",
            "azure-fine-tuning-costs",
        ),
    ),
]

_SEED = [
    # The seed articles' worked examples, with the verdicts the articles give them.
    Scenario(
        id="customer-support-chatbot",
        title="Customer support chatbot",
        situation=(
            "AmanAI Lab's first example: a support bot whose product information changes all "
            "the time and which must point to the policy documents behind its answers. The "
            "article does not give the size of the knowledge base; we assume a product catalogue "
            "and policy library far larger than one prompt."
        ),
        answers={"gap": "knowledge", "fits": "too-large"},
        expect="rag",
        source="amanai-lab",
    ),
    Scenario(
        id="medical-diagnosis-assistant",
        title="Medical diagnosis assistant",
        situation=(
            "AmanAI Lab's second example: an assistant that must use medical terms and clinical "
            "reasoning in a set clinical format, and also draw on current medical literature. "
            "We assume retrieval was measured first, clinical examples exist to train on and "
            "were tried in the prompt, and a large model's speed and price are acceptable."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "tried",
        },
        expect="both",
        source="amanai-lab",
    ),
    Scenario(
        id="code-generation-tool",
        title="Code generation tool",
        situation=(
            "AmanAI Lab's third example: a tool that must write tightly structured code in one "
            "house style and one framework's patterns, from knowledge that rarely changes. We "
            "assume the team has reviewed code to train on, a large model's speed and price "
            "are acceptable, its best prompt with the nearest examples in it was measured and "
            "fell short, and it may use a managed tuning service."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "tried",
            "hosting": "yes",
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
        answers={"gap": "knowledge", "fits": "too-large"},
        expect="rag",
        source="amanai-lab",
    ),
    Scenario(
        id="customer-service-assistant",
        title="Customer service assistant",
        situation=(
            "High Country Codes' hybrid example: a customer service AI that needs one "
            "consistent tone and response structure as well as current product information "
            "and policies. We assume retrieval was measured first, examples of good replies "
            "exist, a large model's speed and price are acceptable, the examples were tried in "
            "the prompt, and the team can run the heavier set-up."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "tried",
        },
        expect="both",
        source="high-country-codes",
    ),
]

_OURS = [
    # Our own examples, one at least for every path the published ones leave out.
    Scenario(
        id="staff-handbook",
        title="Staff handbook assistant",
        situation=(
            "Our example: employees ask about a 60-page staff handbook, about 40,000 tokens, a "
            "few hundred times a day during office hours; every answer must quote the clause it "
            "relies on."
        ),
        answers={"gap": "knowledge", "fits": "fits", "context-cost": "yes"},
        expect="long-context",
    ),
    Scenario(
        id="busy-pricing-assistant",
        title="Pricing assistant on a busy site",
        situation=(
            "Our example: a 150,000-token price list fits in the window, but two million "
            "requests a day, each needing a few lines of it, make even cached input the "
            "largest line on the bill."
        ),
        answers={"gap": "knowledge", "fits": "fits", "context-cost": "no"},
        expect="rag",
    ),
    Scenario(
        id="invoice-json-bare-prompt",
        title="Invoice extractor with a bare prompt",
        situation=(
            "Our example: a team wants invoice fields as JSON in a fixed schema, but has only "
            "tried a one-line instruction and has no scored set of invoices yet."
        ),
        answers={"gap": "behaviour", "baseline": "not-yet"},
        expect="prompt-first",
    ),
    Scenario(
        id="invoice-json-schema",
        title="Invoice extractor that breaks its JSON",
        situation=(
            "Our example: on 200 scored invoices the extracted values are right, but one reply "
            "in twenty is invalid JSON or drops a required field."
        ),
        answers={"gap": "behaviour", "baseline": "fell-short", "residual": "format"},
        expect="structured-outputs",
    ),
    Scenario(
        id="brand-voice-few-samples",
        title="Brand voice with a handful of samples",
        situation=(
            "Our example: marketing wants replies in a distinctive house voice; a measured "
            "prompt still drifts, and only a dozen approved samples exist, with no budget to "
            "write more."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "few",
        },
        expect="few-shot",
    ),
    Scenario(
        id="support-replies-with-history",
        title="Support replies with years of history",
        situation=(
            "Our example: a help desk has 20,000 reviewed past replies; a fixed prompt misses "
            "the team's way of handling refunds, a few thousand replies a day on the large model "
            "are well within budget, and nobody has yet tried pulling similar past replies into "
            "the prompt."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "not-yet",
        },
        expect="few-shot",
    ),
    Scenario(
        id="clinical-coding-on-premises",
        title="Clinical coding that must stay on premises",
        situation=(
            "Our example: a hospital assigns billing codes to discharge notes; prompts with "
            "retrieved examples still miss, 5,000 coded notes exist, and patient data may not "
            "leave its own servers."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "tried",
            "hosting": "no",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="case-memos-on-premises",
        title="Case memos from files too long for examples",
        situation=(
            "Our example: a public agency turns case files into a memo in a fixed form; each "
            "file runs to about 80,000 tokens, more than the model's window holds with even two "
            "worked examples beside it. 3,000 reviewed memos exist, a memo may take minutes, "
            "and the files may not leave the agency's own servers."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "cannot",
            "hosting": "no",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="ticket-router-at-volume",
        title="Ticket router at high volume",
        situation=(
            "Our example: routing support tickets to 40 queues needs a large model with "
            "retrieved examples to be accurate, but three million tickets a month make it too "
            "costly per ticket."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "yes",
        },
        expect="distil",
    ),
    Scenario(
        id="insurance-assistant-early",
        title="Insurance assistant at an early stage",
        situation=(
            "Our example: an insurer's assistant needs current policy terms and a fixed answer "
            "structure, but nothing has been built or measured yet."
        ),
        answers={"gap": "both", "both-base": "not-yet"},
        expect="rag",
    ),
    Scenario(
        id="tax-assistant-few-examples",
        title="Tax assistant with few worked answers",
        situation=(
            "Our example: retrieval over the tax code works and is measured, but answers do "
            "not follow the firm's reasoning style, and only 20 worked answers exist."
        ),
        answers={"gap": "both", "both-base": "fell-short", "both-examples": "few"},
        expect="few-shot",
    ),
    Scenario(
        id="manuals-assistant-on-device",
        title="Repair manuals assistant on a field device",
        situation=(
            "Our example: technicians query repair manuals through retrieval on a rugged "
            "laptop; answers need a set troubleshooting form, 3,000 graded answers exist, and "
            "only a small model runs on the device."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "yes",
        },
        expect="distil",
    ),
    Scenario(
        id="chat-bill-untouched",
        title="Chat product with a growing bill",
        situation=(
            "Our example: a chat product's answers are fine, but the monthly bill doubled; "
            "every request resends the same 8,000-token system prompt and nothing is cached."
        ),
        answers={"gap": "speed-cost", "levers": "not-yet"},
        expect="serve-cheaper",
    ),
    Scenario(
        id="voice-assistant-latency",
        title="Voice assistant that answers too late",
        situation=(
            "Our example: a voice assistant gives good answers, but even with caching and the "
            "fastest hosted model they arrive too late for a natural conversation."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "yes"},
        expect="distil",
    ),
    Scenario(
        id="email-triage-at-volume",
        title="Email triage at high volume",
        situation=(
            "Our example: email triage works well, speed is fine, and caching and a smaller "
            "model are in place, but millions of requests a month keep the bill the main cost."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "no", "volume": "high"},
        expect="distil",
    ),
    Scenario(
        id="low-traffic-internal-tool",
        title="Low-traffic internal tool",
        situation=(
            "Our example: an internal research tool gives good answers and feels pricey after "
            "caching, but it serves a few hundred requests a day and nobody minds its speed."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "no", "volume": "low"},
        expect="serve-cheaper",
    ),
]

_KNOWLEDGE_TOO_LARGE = {"gap": "knowledge", "fits": "too-large"}
_SPEED_LEVERS_UNTRIED = {"gap": "speed-cost", "levers": "not-yet"}
_BEHAVIOUR_WITH_EXAMPLES = {
    "gap": "behaviour",
    "baseline": "fell-short",
    "residual": "behaviour",
    "examples": "enough",
}
_NOT_REPORTED_CHEAP_LEVERS = (
    "The write-up does not report trying caching, a smaller hosted model with the same prompt "
    "or routing, which the tree tries before any training. "
)

LIBRARY = [
    # Published decisions: what real teams chose, run through the tree. Answers come from what
    # each source states; where it is silent, the situation says what we assumed.
    Scenario(
        id="doordash-dasher-support",
        title="DoorDash: support assistant for couriers",
        situation=(
            "DoorDash's couriers needed answers from a knowledge base of support articles that "
            "was hard to search, slow to read and English-only, and the old flow-based bot "
            "solved few issues. The team retrieves articles and similar resolved cases after "
            "summarising the conversation, checks answers with a two-tier guardrail and grades "
            "quality with an LLM judge; it trained nothing."
        ),
        answers=_KNOWLEDGE_TOO_LARGE,
        expect="rag",
        source="doordash-dasher-support",
    ),
    Scenario(
        id="pinterest-text-to-sql",
        title="Pinterest: text-to-SQL table search",
        situation=(
            "Analysts at Pinterest had to find the right tables among hundreds of thousands "
            "before writing a query. The team added retrieval over table summaries and past "
            "queries, with an LLM re-ranking the candidates, to its text-to-SQL tool."
        ),
        answers=_KNOWLEDGE_TOO_LARGE,
        expect="rag",
        source="pinterest-text-to-sql",
    ),
    Scenario(
        id="uber-querygpt",
        title="Uber: QueryGPT",
        situation=(
            "Uber runs about 1.2 million interactive queries a month over tables whose schemas "
            "alone can outgrow a model's window, and its SQL follows house conventions. When "
            "accuracy fell as more tables were added, the team reworked retrieval (business "
            "workspaces, agents that pick and prune tables and columns) rather than train a "
            "model."
        ),
        answers={"gap": "both", "both-base": "not-yet"},
        expect="rag",
        source="uber-querygpt",
    ),
    Scenario(
        id="honeycomb-query-assistant",
        title="Honeycomb: Query Assistant",
        situation=(
            "Honeycomb turns plain-English questions into queries in its own query language, "
            "over customer schemas that can exceed 5,000 fields. At launch it kept only fields "
            "with data from the last seven days, cutting more when that was still too long, so "
            "relevant fields were sometimes lost; a whole schema in a 100K-token model was "
            "slower and hallucinated more than a subset picked by embeddings, the step it "
            "planned next. The prompt adds query-language rules and a few examples, the output "
            "is parsed and checked, and nothing was trained."
        ),
        answers={"gap": "both", "both-base": "not-yet"},
        expect="rag",
        source="honeycomb-query-assistant",
    ),
    Scenario(
        id="linkedin-sql-bot",
        title="LinkedIn: SQL Bot",
        situation=(
            "LinkedIn's warehouse holds millions of tables with patchy metadata. Its SQL Bot "
            "retrieves tables, columns and example queries from a knowledge graph built from "
            "metadata and query logs, then writes and repairs the query; on an internal "
            "benchmark 53% of its answers were judged correct or nearly so."
        ),
        answers=_KNOWLEDGE_TOO_LARGE,
        expect="rag",
        source="linkedin-sql-bot",
    ),
    Scenario(
        id="grab-integrity-analytics",
        title="Grab: reports and fraud investigation",
        situation=(
            "Grab's integrity analysts were swamped by repeated data requests and regular "
            "reports, and fraud investigations needed many look-ups on near-real-time data. "
            "The team exposed parameterised queries as tools a model can call, so each answer "
            "fetches current figures; it trained nothing."
        ),
        answers=_KNOWLEDGE_TOO_LARGE,
        expect="rag",
        source="grab-integrity-analytics",
    ),
    Scenario(
        id="vimeo-video-qa",
        title="Vimeo: questions about a video",
        situation=(
            "Vimeo lets viewers question long, private videos such as meetings and lectures. "
            "The team considered sending a video's whole transcript with every question and "
            "judged it too slow and expensive, so it retrieves transcript chunks at three levels "
            "of detail instead."
        ),
        answers={"gap": "knowledge", "fits": "fits", "context-cost": "no"},
        expect="rag",
        source="vimeo-video-qa",
    ),
    Scenario(
        id="khan-academy-student-context",
        title="Khan Academy: student history in the tutor's prompt",
        situation=(
            "Khan Academy's Khanmigo tutor serves millions of practice sessions a day. In "
            "production tests it added a short, structured summary of each student's recent "
            "attempts, mastered skills and gaps to the prompt, which raised the share of "
            "correct answers on the next item, while tighter prompts cut latency."
        ),
        answers={"gap": "knowledge", "fits": "fits", "context-cost": "yes"},
        expect="long-context",
        source="khan-academy-khanmigo",
    ),
    Scenario(
        id="orchestrate-triage-small-corpus",
        title="orchestrate-triage: a small help centre in the prompt",
        situation=(
            "A solo hackathon project for support triage answers from three help centres. The "
            "smallest holds about 18,000 tokens and goes whole into a prompt cached for an "
            "hour, following Anthropic's advice for knowledge bases under 200,000 tokens. The "
            "project gives no cost figures; we read the choice as within its budget."
        ),
        answers={"gap": "knowledge", "fits": "fits", "context-cost": "yes"},
        expect="long-context",
        source="orchestrate-triage",
    ),
    Scenario(
        id="orchestrate-triage-large-corpora",
        title="orchestrate-triage: large help centres in the prompt",
        situation=(
            "The same project's two larger help centres still hold about 540,000 and 580,000 "
            "tokens after trimming. It puts each whole corpus in a cached prompt on a model "
            "with a one-million-token window instead of building retrieval."
        ),
        answers=_KNOWLEDGE_TOO_LARGE,
        expect="rag",
        source="orchestrate-triage",
        chose="long-context",
        differs=(
            "The corpora are well past the 200,000-token rule of thumb the tree uses, so the "
            "tree sends them to retrieval; the project used a one-million-token window instead. "
            "Models find facts less reliably in the middle of long prompts, and the project "
            "reports no accuracy check on facts deep in its corpora, so the tree's caution "
            "stands until someone measures it."
        ),
    ),
    Scenario(
        id="swiggy-hermes",
        title="Swiggy: Hermes text-to-SQL",
        situation=(
            "Swiggy's Hermes answers business questions with SQL. Retrieving metadata per "
            "business unit still left wrong query logic on a benchmark of about 100 tagged "
            "questions; version 3 retrieves similar past queries, explained in plain language, "
            "as examples in the prompt, and accuracy rose from 54% to 93%. The write-ups we "
            "read state no latency or cost limit per question; we assume none binds."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "not-yet",
        },
        expect="few-shot",
        source="swiggy-hermes",
    ),
    Scenario(
        id="stitchfix-product-descriptions",
        title="Stitch Fix: product descriptions",
        situation=(
            "Stitch Fix needed on-brand descriptions for hundreds of thousands of products. "
            "Examples in the prompt gave generic text, so the team fine-tuned GPT-3 on a few "
            "hundred descriptions written by its copywriters; in a blind test the model's "
            "descriptions scored higher than human ones. The summaries we read state no latency "
            "or cost limit; descriptions are written ahead of time and reviewed by copywriters, "
            "so we assume none binds."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "no", "dynamic": "not-yet"},
        expect="few-shot",
        source="stitchfix-generative-ai",
        chose="fine-tune",
        differs=(
            "The accounts we read say Stitch Fix tried examples in the prompt first, but not "
            "that it picked the nearest ones for each product, which the tree asks for before "
            "training. The team used 2023 models; whether the nearest examples, or a stronger "
            "model, would have made training unnecessary was not reported."
        ),
    ),
    Scenario(
        id="skt-claude-bedrock",
        title="SK Telecom: telco question answering",
        situation=(
            "SK Telecom's question answering over reference documents ran on retrieval, but "
            "answers missed the company's tone and manners, sometimes used irrelevant passages "
            "and cited the wrong links. With limited labels plus synthetic examples from larger "
            "models, it fine-tuned Claude on Amazon Bedrock and kept retrieval. The post names "
            "quality, not latency or cost per request, as the problem; we assume neither binds."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "not-yet",
        },
        expect="few-shot",
        source="skt-claude-bedrock",
        chose="both",
        differs=(
            "The post does not say whether examples of good answers were tried in the prompt "
            "next to the retrieved passages; the tree asks for that before training. Otherwise "
            "SK Telecom's choice, tuning on a managed service inside its cloud account with "
            "retrieval kept, is the tree's 'both' verdict."
        ),
    ),
    Scenario(
        id="cosine-genie",
        title="Cosine: Genie software agent",
        situation=(
            "Cosine builds an agent that resolves software tasks end to end. Prompted frontier "
            "models fell short on its benchmarks, and the team argues that the step-by-step "
            "work of an engineer is missing from what models see in pre-training; it "
            "fine-tuned GPT-4o through OpenAI's service on billions of tokens of such process "
            "data."
        ),
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "budget": "no",
            "dynamic": "cannot",
            "hosting": "yes",
        },
        expect="fine-tune",
        source="cosine-genie",
    ),
    Scenario(
        id="notion-prompt-caching",
        title="Notion: prompt caching for Notion AI",
        situation=(
            "Notion AI sends long, repeated context to Claude. Notion adopted Anthropic's "
            "prompt caching, which bills cached input at a tenth of the normal price, to make "
            "its features faster and cheaper without changing models or training anything."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="notion-prompt-caching",
    ),
    Scenario(
        id="applypass-downgrade",
        title="ApplyPass: a cheaper model, gated by evaluation",
        situation=(
            "ApplyPass ran GPT-4 on hundreds of thousands of job listings a month, and the bill "
            "became its largest infrastructure cost. It built an evaluation set of a few "
            "hundred listings first, then moved the busiest workloads to a model about 20 times "
            "cheaper wherever accuracy stayed within noise."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="applypass-downgrade",
    ),
    Scenario(
        id="instacart-maple",
        title="Instacart: Maple batch processing",
        situation=(
            "Instacart's catalogue, fulfilment and search teams each needed millions of LLM "
            "calls, and real-time APIs throttled them. It built a service that sends such jobs "
            "through providers' batch interfaces with the same models and prompts, reporting "
            "savings of up to 50% against real-time calls."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="instacart-maple",
    ),
    Scenario(
        id="indeed-invite-to-apply",
        title="Indeed: why-this-job explanations",
        situation=(
            "Indeed wanted written explanations of why a job suits a job seeker. Few-shot "
            "prompting did well in A/B tests but used too many tokens at Indeed's scale; with "
            "OpenAI, the team fine-tuned a smaller GPT model on data prepared with GPT-4 and "
            "got similar results with 60% fewer tokens."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="indeed-invite-to-apply",
        chose="distil",
        differs=(
            _NOT_REPORTED_CHEAP_LEVERS + "Caching the repeated examples would attack exactly "
            "the cost Indeed describes. At Indeed's volume the tree's later questions would "
            "likely reach distillation too, so the two differ on order more than destination."
        ),
    ),
    Scenario(
        id="linkedin-eon",
        title="LinkedIn: EON domain-adapted models",
        situation=(
            "LinkedIn used GPT-4 for early generative features and found the text good but its "
            "latency and cost a concern for over a billion members. It built a family of models "
            "adapted from open-weight bases with its own data and serves them in-house."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="linkedin-eon",
        chose="fine-tune-open",
        differs=(
            _NOT_REPORTED_CHEAP_LEVERS + "LinkedIn also wanted control and domain skill across "
            "many products, which the tree's speed-and-cost branch does not weigh."
        ),
    ),
    Scenario(
        id="replit-code-repair",
        title="Replit: code repair model",
        situation=(
            "Replit's editor raises hundreds of millions of diagnostics a day, and only about "
            "one in ten Python diagnostics comes with an automatic fix. Larger models wrote "
            "and verified about 100,000 fixes, which trained a 7B model served on Replit's own "
            "GPUs; it matched GPT-4 and Claude 3 on Replit's benchmarks."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="replit-code-repair",
        chose="distil",
        differs=(
            _NOT_REPORTED_CHEAP_LEVERS + "At this volume, inside an editor's latency budget, "
            "the tree's later questions lead to distillation as well: the two differ on order, "
            "not destination."
        ),
    ),
    Scenario(
        id="databricks-ai-docs",
        title="Databricks: AI-written table documentation",
        situation=(
            "Databricks prototyped AI-written table and column descriptions on a hosted model. "
            "According to a summary of its post, quality shifted when the provider changed its "
            "model, quotas were too low for customers with millions of tables, and costs were "
            "high; two engineers in a month, with under $1,000 of compute, tuned a small open "
            "model it calls better, faster and cheaper."
        ),
        answers=_SPEED_LEVERS_UNTRIED,
        expect="serve-cheaper",
        source="databricks-ai-docs",
        chose="distil",
        differs=(
            "The reasons Databricks gives go beyond price: a provider changing its model under "
            "the product, and quotas. Cheaper serving fixes neither; a model the team controls "
            "does. The tree does not ask about either, which is a gap in it."
        ),
    ),
    Scenario(
        id="checkr-adjudication",
        title="Checkr: classifying hard background-check records",
        situation=(
            "Checkr sorts the messiest 2% of background-check records into 230 categories, "
            "millions of checks a month, under synchronous latency limits. Prompted GPT-4 "
            "reached 88% (82% on hard records) at about 15 seconds, and adding retrieval "
            "lowered hard-record accuracy to 79%; a small open model tuned on Checkr's own "
            "historical labels did better, faster and at a fifth of the cost."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "yes"},
        expect="distil",
        source="checkr-adjudication",
    ),
    Scenario(
        id="instacart-intent-engine",
        title="Instacart: search intent engine",
        situation=(
            "Instacart's search must understand millions of messy queries within about 300 ms. "
            "A frontier model with retrieval labels frequent queries offline and fills a cache "
            "that serves about 98% of traffic; for the long tail, a Llama-3-8B model trained "
            "with LoRA on the large model's labels answers in real time."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "yes"},
        expect="distil",
        source="instacart-intent-engine",
    ),
    Scenario(
        id="grab-vision-llm",
        title="Grab: document reading model",
        situation=(
            "Grab reads identity documents in many South-East Asian languages and layouts. "
            "Hosted models read those scripts poorly, hallucinated and were slow, and open "
            "vision models were not accurate enough; the team trained its own model of about "
            "1B parameters on synthetic and auto-labelled data, roughly halving latency against "
            "a tuned 2B model."
        ),
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "budget": "yes",
        },
        expect="distil",
        source="grab-vision-llm",
    ),
    Scenario(
        id="github-copilot-completions",
        title="GitHub: Copilot completion model",
        situation=(
            "Copilot's code completions serve millions of developers and must appear at once; "
            "earlier models, tuned for acceptance rate, favoured short, trivial suggestions. "
            "GitHub trained a custom completion model and reports 20% more accepted-and-kept "
            "characters with 35% lower latency."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "yes"},
        expect="distil",
        source="github-copilot-completions",
    ),
    Scenario(
        id="cursor-fast-apply",
        title="Cursor: fast apply model",
        situation=(
            "Cursor found GPT-4 and GPT-4o lazy, inaccurate and slow at rewriting whole files. "
            "It split planning (a frontier model) from applying the edit, trained a 70B model "
            "on the apply task and serves it with speculative decoding at about 1,000 tokens a "
            "second. The write-up does not give the size of the training set; we count it as "
            "enough because they trained on it."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "yes"},
        expect="distil",
        source="cursor-fast-apply",
    ),
    Scenario(
        id="bloomberggpt",
        title="Bloomberg: BloombergGPT",
        situation=(
            "Bloomberg wanted better financial language processing than general models gave, "
            "and owned decades of curated financial text. It trained a 50B-parameter model "
            "from scratch on 363 billion tokens of financial text and 345 billion of general "
            "text, and compared it with open models of similar size, not with prompted GPT-4."
        ),
        answers={"gap": "behaviour", "baseline": "not-yet"},
        expect="prompt-first",
        source="bloomberggpt",
        chose="fine-tune-open",
        differs=(
            "The tree first asks for the strongest prompted model, measured on the task; "
            "Bloomberg's comparison left it out. A later study by J.P. Morgan AI Research, in "
            "its revised version, found prompted GPT-4 matched or beat domain-specific models "
            "on many such financial tasks while trailing on entity and relation extraction."
        ),
    ),
    Scenario(
        id="alexandra-untuning",
        title="provide.ai: a personal chatbot's voice",
        situation=(
            "A writer's chatbot answered from her own texts through retrieval and a prompt, "
            "but still sounded like a generic assistant, judged informally. Weeks of fine-tuning "
            "on an instruction set built from her writing raised hallucinations and broke "
            "retrieval, so she went back to the prompt and retrieval."
        ),
        answers={"gap": "behaviour", "baseline": "not-yet"},
        expect="prompt-first",
        source="alexandra-untuning",
    ),
    Scenario(
        id="stitchfix-ad-headlines",
        title="Stitch Fix: ad headlines",
        situation=(
            "Stitch Fix needs a steady supply of headlines for Facebook and Instagram ads. It "
            "maps each outfit to style keywords and asks GPT-3, with a few examples in the "
            "prompt, to draft headlines that copywriters review and edit."
        ),
        answers={"gap": "behaviour", "baseline": "not-yet"},
        expect="prompt-first",
        source="stitchfix-generative-ai",
        chose="few-shot",
        differs=(
            "The post reports copywriters reviewing every headline but no scored evaluation "
            "set, which the tree asks for first. A few examples in the prompt is part of what "
            "the tree's first verdict suggests anyway, so the two differ mainly on measurement."
        ),
    ),
    Scenario(
        id="datamaestros-invoices",
        title="Data Maestros: invoice extraction",
        situation=(
            "A consultancy replaced a client's per-vendor regular expressions for 800 to 1,200 "
            "scanned invoices a day, which broke on layout changes and reached about 91% "
            "accuracy. It sends the scanned text to GPT-4o with a JSON schema enforced by "
            "structured outputs, validates the totals, and tracks field accuracy on a "
            "200-invoice set."
        ),
        answers={"gap": "behaviour", "baseline": "fell-short", "residual": "format"},
        expect="structured-outputs",
        source="datamaestros-invoices",
    ),
    Scenario(
        id="harvey-case-law",
        title="Harvey: custom case-law model",
        situation=(
            "Harvey wanted thorough, cited answers to open-ended case-law questions. Fine-tuning "
            "through public APIs and retrieval both fell short: models reasoned well but lacked "
            "legal knowledge, so it trained a custom model with OpenAI on the equivalent of 10 "
            "billion tokens of US case law. Lawyers at 10 large firms preferred its answers to "
            "GPT-4's 97% of the time. The story states no latency or cost limit; we assume none "
            "binds."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "not-yet",
        },
        expect="few-shot",
        source="harvey-case-law",
        chose="fine-tune",
        differs=(
            "Harvey trained case law itself into the weights, which the tree never recommends. "
            "The studies behind that rule trained far smaller models on far less text, so "
            "Harvey's scale is outside what they tested; the customer story compares the model "
            "only with GPT-4's answers to the same questions, not with retrieval plus examples "
            "in the prompt."
        ),
    ),
    Scenario(
        id="yelp-query-understanding",
        title="Yelp: search query understanding",
        situation=(
            "Yelp segments, corrects and expands millions of search queries a day. After "
            "prompting GPT-4 to the quality it wanted, it cached the frequent queries and ran "
            "work offline through a batch interface, then fine-tuned GPT-4o-mini on a curated "
            "set of GPT-4's answers to pre-compute tens of millions of queries, reporting up to "
            "a hundredfold saving against calling GPT-4 directly."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "no", "volume": "high"},
        expect="distil",
        source="yelp-query-understanding",
    ),
    Scenario(
        id="microsoft-incident-root-causes",
        title="Microsoft: root causes of cloud incidents",
        situation=(
            "Microsoft had fine-tuned GPT-3 models on past incidents to suggest root causes, "
            "but retraining larger models as new incidents arrive is costly. With over 100,000 "
            "past incidents, it instead retrieves the most similar ones and puts them in GPT-4's "
            "prompt as examples; this beat the fine-tuned models by 24.8% on average across its "
            "metrics. The cost it names is retraining, not the price or speed of each request, "
            "so we answer that no per-request budget binds."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "no", "dynamic": "not-yet"},
        expect="few-shot",
        source="microsoft-rca-icl",
    ),
    Scenario(
        id="defog-sqlcoder",
        title="Defog: SQLCoder for customers who keep data in-house",
        situation=(
            "Defog writes SQL from plain questions for customers in healthcare, finance and "
            "government, many of whom will not let their data leave their own servers, so only "
            "a self-hosted model would do. On Defog's 175 questions over seven schemas unseen in "
            "training, GPT-4 scored 74% while the open models such customers could run scored "
            "52% at best; StarCoder (15B), tuned on 10,537 hand-written questions, reached 65%. "
            "We take those open models as the strongest the customers could use. The post "
            "states no latency or cost limit; we assume none binds."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "no", "dynamic": "not-yet"},
        expect="few-shot",
        source="defog-sqlcoder",
        chose="fine-tune-open",
        differs=(
            "Defog reports no trial of the nearest example queries in an open model's prompt, "
            "which the tree asks for before training. Keeping data on the customer's servers, "
            "the reason Defog gives, is the tree's last question: had examples in the prompt "
            "fallen short, it too would reach a model tuned in-house."
        ),
    ),
    Scenario(
        id="perplexity-sonar",
        title="Perplexity: answer models tuned to use search results",
        situation=(
            "Perplexity answers questions from its own web index, so fresh facts come from "
            "retrieval, and it needs models that answer precisely from what was retrieved. "
            "According to NVIDIA's case study it tunes open-weight Llama and Mistral models with "
            "supervised fine-tuning and preference methods (DPO, PPO) and keeps retrieval; a "
            "Sonar model built within days of a new open release did 20% better on search than "
            "its base model. The case study names accuracy, not a latency or cost limit; we "
            "assume neither binds."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "not-yet",
        },
        expect="few-shot",
        source="perplexity-nemo",
        chose="both",
        differs=(
            "The case study does not say whether worked examples were tried next to the search "
            "results; the tree asks for that before training. Nor does it state a cost limit "
            "per request: at an answer engine's volume one may well bind, and then the tree "
            "would reach a smaller model tuned for the task, with retrieval kept."
        ),
    ),
    Scenario(
        id="nvidia-chipnemo",
        title="NVIDIA: ChipNeMo for chip designers",
        situation=(
            "NVIDIA wanted help for its chip designers: an assistant answering from internal "
            "design documents, scripts for its design tools and summaries of bug reports. It "
            "continued training Llama 2 7B and 13B on its own design data, tuned them on domain "
            "instructions and adapted a retrieval model to its documents, then compared them "
            "with Llama 2 chat models up to 70B. The 70B model sometimes came close, but the "
            "team argues for the smaller one on cost, citing several times cheaper serving at "
            "the same latency. The size of its instruction set is not in what we read; we count "
            "it as enough because they trained on it."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "yes",
        },
        expect="distil",
        source="chipnemo",
    ),
    Scenario(
        id="erlangen-physician-letters",
        title="University Hospital Erlangen: physician letters on a local model",
        situation=(
            "Radiation oncologists at University Hospital Erlangen spend much time on letters "
            "about their patients, and the team wanted patient data to stay in the hospital. "
            "Base Llama models run locally without training wrote inadequate letters, so it "
            "tuned Llama 3 8B with QLoRA on one 48 GB GPU workstation inside the hospital to "
            "write in its own style; physicians rated the clinical benefit 3.4 out of 4 on ten "
            "cases. We take the local models as the strongest it could use, and count the "
            "hospital's letters as enough examples because it trained on them (the abstract "
            "gives no number). Letters are drafted for review and no latency or cost limit is "
            "stated; we assume none binds."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "budget": "no", "dynamic": "not-yet"},
        expect="few-shot",
        source="erlangen-physician-letters",
        chose="fine-tune-open",
        differs=(
            "The abstract reports no trial of earlier letters as examples in the local model's "
            "prompt, which the tree asks for before training; whole letters are long, so only a "
            "few would fit, and whether that is enough was not tested. Keeping patient data in "
            "the hospital is the tree's last question and leads to an in-house tuned model once "
            "examples in the prompt fall short."
        ),
    ),
]

SCENARIOS = [*_SEED, *_OURS, *LIBRARY]

TREE = Tree(
    order=1,
    slug="rag-vs-fine-tuning",
    title="RAG or fine-tuning?",
    summary=(
        "Start from what stops the model doing the job: missing facts go to the prompt or to "
        "retrieval, never the weights; behaviour is measured first, then fixed with a stronger "
        "model, a schema or examples in the prompt, and trained only when those fall short or "
        "speed and price rule out a longer prompt; speed and cost are served cheaper before a "
        "smaller model is trained."
    ),
    start="gap",
    questions=QUESTIONS,
    verdicts=VERDICTS,
    scenarios=SCENARIOS,
    sources=("choose-for-your-ai-product", "ovadia-2023", "openai-model-optimization"),
    reviewed="2026-11-22",
)

__all__ = ["LIBRARY", "TREE"]
