"""The site's main framework: what to do when a model falls short, from a prompt to training.

Knowledge versus behaviour sits at the centre. Facts that change or must be cited stay out of
the weights (retrieval or the prompt supply them), an evaluation set is the yardstick before any
training, the cheap levers (caching, structured outputs, examples in the prompt, a stronger
model, routing) come before a training run, and latency, cost at volume and where data may live
are asked wherever they change the answer. Each question and verdict cites the sources behind it.
"""

from decision_trees.model import NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.vendor_facts import (
    ANTHROPIC_CACHE_WRITE_5M,
    AZURE_BASE_MODEL_RETIREMENTS,
    AZURE_FT_HOSTING_HOURLY,
    BEDROCK_CONTINUED_PRETRAINING,
    BEDROCK_CUSTOM_ON_DEMAND,
    BEDROCK_NO_CLAUDE_TUNING,
    BEDROCK_RFT_MIN_100,
    GOOGLE_SFT_START_100,
    OPENAI_CACHE_TTFT_BY_LENGTH,
    OPENAI_CACHE_WRITE_PREMIUM,
    OPENAI_FT_GPT4O_GPT41_SHUTDOWN,
    OPENAI_FT_INFERENCE_UNTIL_BASE_SHUTDOWN,
    OPENAI_FT_NEW_JOBS_END,
    OPENAI_GPT4_FAMILY_REPLACEMENT,
    OPENAI_GPT4O_GPT41_SHUTDOWN,
    OPENAI_GPT5_SHUTDOWN,
    OPENAI_REASONING_TOKENS_BILLED_OUTPUT,
    OPENAI_SFT_EXAMPLE_COUNTS,
)

NEITHER = "framework/neither.md"
STATUS = "providers.md"
RAG = "framework/when-rag.md"
TUNE = "framework/when-fine-tuning.md"
BOTH = "framework/both.md"

# Asked before each route into training, so each path meets it once.
HARM_QUESTION = (
    "Could a wrong answer harm someone, so that each new model version must be validated "
    "before release?"
)
HARM_WHY = (
    "A tuned model is a new model: in a setting where a wrong answer can harm someone, each "
    "retrained version has to be validated again before release, and that cost recurs "
    "with every retrain. It can also repeat what it was trained on: OWASP lists training "
    "data memorised by a fine-tune or adapter among the ways sensitive data leaks, and "
    "notes it stays extractable after the source is deleted, which strains erasure "
    "duties. Tuning can also weaken a model's safety behaviour (Qi et al.). So where "
    "stakes are high, guard the prompted model first and plan the validation, then "
    "train if it still falls short."
)
HARM_PLANNED = "Yes: harm is possible, and validating each version is planned and budgeted"
HARM_UNPLANNED = "Yes, and that validation is not yet planned"
HARM_NONE = "No: errors are cheap or caught before they reach anyone"
# The continued-pre-training gate, on the behaviour path and on the hybrid one.
OWN_LANGUAGE_QUESTION = (
    "Is what is missing a language or notation of your own, with billions of tokens of text "
    "written in it?"
)
OWN_LANGUAGE_YES = "Yes: our own language or notation, with billions of tokens of text"
# The last step of every training verdict, and of every verdict that answers from knowledge.
HARM_STEP_TRAINED = NextStep(
    "Where a wrong answer can harm someone, have people review risky outputs, log inputs and "
    "model version for audit, and keep personal data that may need erasing out of training",
    see="failure-modes.md#ft-safety",
)
HARM_STEP_ANSWERS = NextStep(
    "Where a wrong answer can harm someone, require a cited source for each claim and a way to "
    "decline, and have people review a sample",
    see="failure-modes.md#grounding-prompt",
)

QUESTIONS = [
    Question(
        id="gap",
        text="What stops the model doing the job today?",
        changeable=False,
        why=(
            "Retrieval and the prompt change what a model can see; training changes how it "
            "behaves. Facts that change or must be cited belong on the first side: when studies "
            "tried to teach models new facts by fine-tuning, retrieval did better (Ovadia et "
            "al., Soudani et al.), and training on facts the model did not already know made it "
            "hallucinate more (Gekhman et al.); where tuning on a domain's stable knowledge "
            "helped (Balaguer et al.), it was on top of retrieval. Answer from the cases that fail "
            "today; if you cannot yet tell which kind they are, a short test sorts them. If the "
            "model you rely on is being retired or changed under you, the first job is to move "
            "before its shutdown date; that path starts here too."
        ),
        sources=(
            "ovadia-2023",
            "soudani-2024",
            "gekhman-2024",
            "balaguer-2024",
            "choose-for-your-ai-product",
        ),
        options={
            "behaviour": Option("It has the facts; format, style or task skill is off", "baseline"),
            "both": Option("Both: missing facts and the wrong behaviour", "both-base"),
            "knowledge": Option("It lacks facts: our documents, data or recent events", "fits"),
            "retiring": Option("Our model or provider is being retired", "migrate-what"),
            "speed-cost": Option("Answers are good enough, but too slow or costly", "levers"),
            "not-sure": Option("Not sure yet which of these it is", "paste-test"),
        },
    ),
    Question(
        id="paste-test",
        text=(
            "Paste the document that holds each right answer into the prompt, for two dozen "
            "failing cases. What happens?"
        ),
        why=(
            "It is an afternoon's work and separates the two kinds of failure: a model that "
            "answers well once it can see the facts lacked knowledge, and one that still gets "
            "the form, tone or reasoning wrong lacks a behaviour. Label each case as you go; "
            "the tally shows which kind dominates. Without real failing cases there is nothing "
            "to sort, and collecting them is the first step."
        ),
        sources=("openai-model-optimization", "miller-2024-error-bars"),
        options={
            "pass": Option("Most of them now pass", "fits"),
            "some": Option("Facts help, but the form, tone or skill is still off", "both-base"),
            "none": Option("Little changes: the facts were not the problem", "baseline"),
            "no-cases": Option("We have no failing cases collected yet", "prompt-first"),
        },
    ),
    # Knowledge: the facts stay outside the weights; the question is how they reach the prompt.
    Question(
        id="fits",
        text="How large is the knowledge the answers draw on, or is it live or per-user?",
        why=(
            "Bands, not a window size: a model that accepts a million tokens does not read them "
            "all equally well. Models find a fact less reliably in the middle of a long prompt; "
            "in a 2024 test of twenty models only a handful kept their accuracy past 64,000 "
            "tokens, and a 2025 test of eighteen newer models found answers less reliable as "
            "input grew, even on simple tasks. Anthropic once suggested sending a knowledge base "
            "under about 200,000 tokens whole, with caching; its later guidance is the smallest "
            "set of relevant tokens, fetched when needed. So a small body of text goes in the "
            "prompt, a middle one is settled by measuring both ways, and a larger one is "
            "retrieved. Records in a database or an API, anything that changes by the minute, "
            "and documents with per-user permissions are fetched at request time, filtered by "
            "the caller's rights."
        ),
        sources=(
            "liu-2024-lost-in-the-middle",
            "leng-2024-long-context-rag",
            "chroma-context-rot",
            "anthropic-contextual-retrieval",
            "anthropic-context-engineering",
            "azure-search-document-access",
            "vertex-function-calling",
        ),
        options={
            "fits": Option("Under about 50,000 tokens (some 120 pages)", "context-cost"),
            "middle": Option("About 50,000 to 200,000 tokens", "compare-context"),
            "too-large": Option("More than about 200,000 tokens, or growing past that", "rag"),
            "live": Option(
                "Live: in databases or APIs, changing by the minute, or seen per user", "rag"
            ),
        },
    ),
    Question(
        id="context-cost",
        text=(
            "At your request volume, is sending it cached with every request within your cost "
            "and time-to-first-token budget?"
        ),
        why=(
            "A cached prefix is cheap to read, costs extra to write on current models and "
            "lives from minutes to a day, by provider and model, unless it is read again. "
            f"{ANTHROPIC_CACHE_WRITE_5M} {OPENAI_CACHE_WRITE_PREMIUM} So a cache that is rarely read costs more than none, and a long prompt still "
            f"delays the first token, cached or not: {OPENAI_CACHE_TTFT_BY_LENGTH} Retrieval "
            "sends only the passages that matter, at the price of a search step (one article "
            "says 100 to 500 ms; measure your own)."
        ),
        sources=(
            "anthropic-prompt-caching",
            "openai-prompt-caching",
            "openai-prompt-cache-options",
            "openai-prompt-cache-retention",
            "openai-prompt-caching-201",
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
            "Have you scored your best prompt, on the strongest model your data may go to, on a "
            "held-out set of real cases?"
        ),
        why=(
            "Without real cases scored the same way each time, nobody can tell whether a change "
            "helped; OpenAI puts evaluation before prompting and tuning alike. A careful prompt "
            "on a stronger or newer model often closes the gap outright, and the cases that "
            "still fail show which kind of fix is needed. If the strongest model passes but "
            "is too slow or costly, the problem is speed or price, not behaviour. On a reasoning "
            "model, try a higher effort too before training. Telling a few "
            "points apart takes hundreds of cases, fewer when both versions answer the same "
            "cases and are compared case by case."
        ),
        sources=(
            "openai-model-optimization",
            "openai-supervised-fine-tuning",
            "vertex-sft-data",
            "miller-2024-error-bars",
        ),
        options={
            "not-yet": Option("Not yet", "prompt-first"),
            "fell-short": Option("Yes, and it still falls short", "residual"),
            "passes": Option("Yes, and it passes, but it is too slow or costly", "levers"),
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
            "examples and training change, and so is a layout or house format that no JSON "
            "schema can describe."
        ),
        sources=("openai-structured-outputs", "choose-for-your-ai-product"),
        options={
            "format": Option(
                "Only the output's shape, and it can be written as a JSON schema",
                "structured-outputs",
            ),
            "behaviour": Option(
                "The content: style, tone, task skill, reasoning or a house layout", "examples"
            ),
        },
    ),
    Question(
        id="examples",
        text="How many reviewed pairs of input and ideal output do you have, or can you make?",
        why=(
            f"{OPENAI_SFT_EXAMPLE_COUNTS} {GOOGLE_SFT_START_100} Where a program can grade "
            "the answer (code that compiles, an extraction that validates), reinforcement "
            f"fine-tuning learns from prompts and the grader instead. {BEDROCK_RFT_MIN_100} "
            "Labels written by a stronger model and checked by people count, "
            "where the model's terms allow training on its output. With fewer, the examples do "
            "more good in the prompt."
        ),
        sources=(
            "openai-supervised-fine-tuning",
            "vertex-sft-data",
            "bedrock-rft-prepare-data",
            "hsieh-2023-distilling",
            "openai-terms-of-use",
        ),
        options={
            "few": Option("Fewer than about 50, and no way to make more", "few-shot"),
            "enough": Option(
                "About 50 or more, or a program can grade the answers to 100 or more prompts",
                "dynamic",
            ),
        },
    ),
    Question(
        id="dynamic",
        text=(
            "Have you tried more examples in the prompt: the most similar solved ones for each "
            "request, or many in a cached prefix?"
        ),
        why=(
            "Examples in the prompt use the same labelled set as training, need no training run "
            "and improve the moment the set does. Picking the examples most similar to each "
            "input, instead of at random, raised GPT-3's scores markedly in Liu et al.'s tests. "
            "With a long window, hundreds of examples performed comparably to supervised "
            "fine-tuning on some tasks in Agarwal et al.'s tests on Gemini 1.5 Pro; a 2026 "
            "vendor study saw gains mostly on classification and extraction, levelling off "
            "around 50 to 70 examples per class. A fixed set of many examples caches, so at low "
            "volume it is cheap; chosen examples are paid in full on every request. Try them on "
            "the strongest model first, to learn whether examples can close the gap at all. "
            "With only a grader, keep the model's answers that pass it. Examples cannot teach a language or notation the model cannot read, nor fit "
            "when each runs to thousands of tokens."
        ),
        sources=(
            "liu-2022-in-context-examples",
            "agarwal-2024-many-shot-icl",
            "sambanova-many-shot-2026",
            "vertex-tune-models",
            "anthropic-prompt-caching",
        ),
        options={
            "not-yet": Option("Not yet, or only one of the two", "few-shot"),
            "tried": Option("Yes, and the behaviour still falls short", "stakes"),
            "costly": Option(
                "Yes: with them it passes, but it is too slow or costly at our volume", "levers"
            ),
            "cannot": Option(
                "They cannot help: too long to fit, or a language the model cannot read",
                "own-language",
            ),
        },
    ),
    Question(
        id="own-language",
        text=OWN_LANGUAGE_QUESTION,
        why=(
            "Examples teach a task; they cannot teach a language the model has rarely seen, "
            "such as an in-house design or scripting language. NVIDIA's ChipNeMo continued the "
            "pre-training of open models on its chip-design text and code before tuning them, "
            "and reported up to fivefold smaller models matching or beating larger general ones "
            "on its tasks. Bloomberg trained a finance model from scratch and Harvey trained "
            "on case law, yet Harvey later moved to several general models from different "
            "providers. Continued pre-training needs a large, stable corpus and ML engineers; "
            f"managed options are few: {BEDROCK_CONTINUED_PRETRAINING} Without such a corpus, "
            "tune on reviewed examples instead."
        ),
        sources=(
            "chipnemo",
            "bloomberggpt",
            "harvey-case-law",
            "harvey-multi-model",
            "bedrock-fine-tuning-models",
        ),
        options={
            "yes": Option(
                OWN_LANGUAGE_YES,
                "continued-pretraining",
            ),
            "no": Option("No: the examples are too long, or the corpus is small", "stakes"),
        },
    ),
    Question(
        id="stakes",
        text=HARM_QUESTION,
        why=HARM_WHY,
        sources=("owasp-llm02-2026", "qi-2023-finetuning-safety", "openai-model-optimization"),
        options={
            "planned": Option(
                HARM_PLANNED,
                "budget",
            ),
            "unplanned": Option(HARM_UNPLANNED, "guard-first"),
            "no": Option(HARM_NONE, "budget"),
        },
    ),
    Question(
        id="budget",
        text=(
            "Must the tuned model answer much faster, or cost much less per request, than the "
            "strongest model does?"
        ),
        why=(
            "Training is now the route, and this decides the size of the model to train. A "
            "small model trained for one task can match a large one on it for a fraction of the "
            "time and price: Hsieh et al. trained a 770M-parameter model that beat a few-shot "
            "540B model on one benchmark, and Checkr's small tuned model beat prompted GPT-4 "
            "on its hardest records, faster and at a fifth of the cost. That evidence is all "
            "on narrow, repeated tasks; for broad requests or modest volume, a mid-size model "
            "served per token is the safer size. Where speed and price do not bind, tune the "
            "strongest model a service will tune for you."
        ),
        sources=("hsieh-2023-distilling", "checkr-adjudication", "openai-latency-optimization"),
        options={
            "small": Option(
                "Yes, for one narrow, repeated task at high volume or a tight latency limit",
                "distil",
            ),
            "mid": Option(
                "Yes, but requests are broad or volume is modest: a mid-size model", "hosting"
            ),
            "no": Option("No, the strongest model's speed and price are fine", "hosting"),
        },
    ),
    Question(
        id="hosting",
        text="Where may the training data and the tuned model live?",
        why=(
            "Three places, not two. A managed service (a model provider's, or one inside your "
            "own cloud agreement) trains and serves the model on its machines; Google can keep "
            "the adapter under your own key, and Bedrock keeps no training data after the job. A "
            f"team without ML engineers can train that way, if a service still tunes the model "
            f"it needs: {OPENAI_FT_NEW_JOBS_END} {BEDROCK_NO_CLAUDE_TUNING} In your own cloud "
            "account, open-weight models can be tuned and served on machines you rent, keeping "
            "the weights yours. Only on hardware you run, an "
            "open-weight model tuned in-house is the route, with the GPUs, skills and upkeep it "
            "brings."
        ),
        sources=(
            "vertex-tuning-security",
            "bedrock-custom-model-encryption",
            "bedrock-fine-tuning-models",
            "bedrock-claude-3-haiku-card",
            "bedrock-custom-model-units",
            "openai-fine-tuning-wind-down",
            "gemini-api-tuning-ended",
            "high-country-codes",
        ),
        options={
            "yes": Option(
                "With a managed service: a model provider's, or one in our cloud", "fine-tune"
            ),
            "cloud": Option(
                "In our own cloud account, on open-weight models we deploy", "fine-tune-open"
            ),
            "no": Option("Only on hardware we run", "fine-tune-open"),
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
            "passages in the prompt fix it. In Balaguer et al.'s agriculture study, tuning on "
            "question-answer pairs written from the documents raised accuracy, retrieval raised "
            "it further and the gains added up: the tuned model had learned regional knowledge, "
            "not only a style, though its test questions came from the same documents. Only a "
            "measured retrieval system shows how much is left for training to fix. Until then, supply "
            "the knowledge the way the knowledge path would: whole in the prompt if it fits, "
            "retrieved if not."
        ),
        sources=("balaguer-2024", "openai-model-optimization", "amanai-lab", "high-country-codes"),
        options={
            "not-yet": Option("Not yet, or the right passages are not reliably found", "fits"),
            "passes": Option("Yes, and it passes: the gap was knowledge after all", "fits"),
            "fell-short": Option(
                "Yes: the right passages are there, the behaviour still falls short",
                "both-examples",
            ),
        },
    ),
    Question(
        id="both-examples",
        text=(
            "Do you have 50 to 100 or more reviewed answers written from the supplied knowledge?"
        ),
        why=(
            "Training for a retrieval system should show the model the passages it will see in "
            "use, unhelpful ones included. RAFT trained Llama 2 7B on questions with answering "
            "and distracting documents and beat the better of plain domain fine-tuning with or "
            "without retrieval on all five benchmarks: by about 29 points on HotpotQA, 13 on "
            "HuggingFace and under 2 on the other three. A small later study found RAFT-tuned "
            "Llama 3 8B and Mistral 7B no better than the same models untuned, so check first "
            "whether a current model reads the passages well enough untrained; if you train, "
            "compare RAFT-style examples with plain supervised tuning on the same retrieval "
            "outputs, as RAFT itself did. With fewer examples, the nearest ones in the prompt are the cheaper step."
        ),
        sources=(
            "raft-2024",
            "sager-2024-raft-revisited",
            "openai-supervised-fine-tuning",
            "when-to-use-which",
        ),
        options={
            "few": Option("Fewer, and no way to make more", "few-shot"),
            "enough": Option("Yes, enough to train on", "both-dynamic"),
        },
    ),
    Question(
        id="both-dynamic",
        text=(
            "Have you tried the most similar worked examples in the prompt, next to the "
            "retrieved passages?"
        ),
        why=(
            "A retrieval system can fetch worked examples as well as documents: Liu et al. found "
            "examples chosen for their similarity to each input consistently beat randomly "
            "chosen ones. It reuses the retrieval system already built and needs no training "
            "run; try it on the strongest model first, to learn whether examples can close the "
            "gap at all, and price the longer prompt at your volume. It is also where examples "
            "most often do not fit, because the retrieved passages already fill much of the "
            "window."
        ),
        sources=("liu-2022-in-context-examples", "balaguer-2024", "anthropic-prompt-caching"),
        options={
            "not-yet": Option("Not yet", "few-shot"),
            "tried": Option("Yes, and the behaviour still falls short", "both-stakes"),
            "costly": Option(
                "Yes: with them it passes, but it is too slow or costly at our volume", "levers"
            ),
            "cannot": Option(
                "They cannot help: no room beside the passages, or a language it cannot read",
                "both-own-language",
            ),
        },
    ),
    Question(
        id="both-own-language",
        text=OWN_LANGUAGE_QUESTION,
        why=(
            "The same gate as on the behaviour path. Retrieval can hand the model your "
            "documents, but not the ability to read or write a language it has rarely seen, "
            "such as an in-house design or scripting language. NVIDIA's ChipNeMo continued the "
            "pre-training of open models on its own chip-design text and code, tuned them on "
            "instructions and kept a retrieval model adapted to its documents. Without such a "
            "corpus, tune on reviewed examples with retrieval kept."
        ),
        sources=("chipnemo", "harvey-multi-model"),
        options={
            "yes": Option(
                OWN_LANGUAGE_YES,
                "continued-pretraining",
            ),
            "no": Option("No: the passages leave no room, or the corpus is small", "both-stakes"),
        },
    ),
    Question(
        id="both-stakes",
        text=HARM_QUESTION,
        why=(
            f"{HARM_WHY} In a hybrid, personal data can stay in the index rather than the "
            "training set, and some search services filter each document by the caller's "
            "permissions at query time."
        ),
        sources=(
            "owasp-llm02-2026",
            "qi-2023-finetuning-safety",
            "openai-model-optimization",
            "azure-search-document-access",
        ),
        options={
            "planned": Option(
                HARM_PLANNED,
                "both-budget",
            ),
            "unplanned": Option(HARM_UNPLANNED, "guard-first"),
            "no": Option(HARM_NONE, "both-budget"),
        },
    ),
    Question(
        id="both-budget",
        text=(
            "Must the tuned model answer much faster, or cost much less per request, than a "
            "large model with retrieval does?"
        ),
        why=(
            "Retrieval stays either way; what the budget changes is the size of the model you "
            "train. RAFT tuned a 7B model to read retrieved passages well, and a small model "
            "tuned for one task can stand in for a large one, faster and cheaper, where the "
            "task is narrow."
        ),
        sources=("raft-2024", "hsieh-2023-distilling", "openai-latency-optimization"),
        options={
            "small": Option(
                "Yes, for one narrow, repeated task at high volume or a tight latency limit",
                "distil",
            ),
            "mid": Option(
                "Yes, but requests are broad or volume is modest: a mid-size model",
                "both-hosting",
            ),
            "no": Option("No, a large model is affordable", "both-hosting"),
        },
    ),
    Question(
        id="both-hosting",
        text="Where may the data, the passages and the tuned model live?",
        why=(
            "The same three places as on the behaviour path, and the answer reaches further "
            "here: the index, the embedding model and any model that writes training answers "
            "see the data too. Managed tuning runs on the provider's machines under its or your "
            "cloud's terms (a tenant project per customer at Google, service-held models at "
            "Amazon). In your own cloud account or on your own hardware, the whole hybrid runs "
            "on an open-weight model you deploy."
        ),
        sources=(
            "vertex-tuning-security",
            "bedrock-custom-model-encryption",
            "qlora-2023",
            "raft-2024",
        ),
        options={
            "yes": Option(
                "With a managed service: a model provider's, or one in our cloud", "both"
            ),
            "cloud": Option(
                "In our own cloud account, on open-weight models we deploy", "fine-tune-open"
            ),
            "no": Option("Only on hardware we run", "fine-tune-open"),
        },
    ),
    # Speed and cost: answers are fine; serve them cheaper before training anything.
    Question(
        id="levers",
        text=(
            "Have you tried every cheap lever that applies: caching, lower reasoning effort, "
            "shorter outputs, a smaller model, routing, batching?"
        ),
        why=(
            "Each is configuration, not a project, and not all apply to everyone: batching "
            "suits offline work only, reasoning effort only reasoning models. On a reasoning model, a lower effort "
            "setting cuts the reasoning tokens that are billed as output "
            f"({OPENAI_REASONING_TOKENS_BILLED_OUTPUT}), often the largest lever on the bill. "
            "Instacart reports batch processing saved up to 50% against real-time calls; "
            "RouteLLM's routers, sending easy requests to a weaker model, cut cost by half or "
            "more on some public benchmarks while keeping quality close to the strong model's, "
            "at a quality target the authors chose. For speed, OpenAI says halving the output "
            "can cut latency by about half, against 1 to 5% for halving an ordinary prompt. "
            "Answer yes only when every lever that applies has been tried and measured."
        ),
        sources=(
            "openai-prompt-caching",
            "anthropic-prompt-caching",
            "openai-latency-optimization",
            "openai-reasoning",
            "ong-2024-routellm",
            "instacart-maple",
        ),
        options={
            "not-yet": Option("Not yet, or only some of those that apply", "serve-cheaper"),
            "tried": Option("Yes, all that apply, and it is still too slow or costly", "latency"),
        },
    ),
    Question(
        id="latency",
        text="Is latency a limit that no model that passes can meet, even with those levers?",
        why=(
            "Smaller models answer faster, and a retrieval step adds a search before the answer "
            "starts (one article says 100 to 500 ms; we found no measured figure). When a voice "
            "or interactive product needs answers sooner than any large model gives them, a "
            "small model trained for the task may be the lever left, if the task is narrow."
        ),
        sources=("choose-for-your-ai-product", "when-to-use-which", "hsieh-2023-distilling"),
        options={
            "yes": Option("Yes, it must answer faster", "narrow"),
            "no": Option("No, speed is acceptable", "volume"),
        },
    ),
    Question(
        id="volume",
        text=(
            "At your volume, would a tuned smaller model save more per month than its training, "
            "hosting and upkeep cost?"
        ),
        why=(
            "Training is paid once and upkeep every month, while savings accrue per request. "
            f"{AZURE_FT_HOSTING_HOURLY} {BEDROCK_CUSTOM_ON_DEMAND} A tuned model must also be "
            f"rebuilt when its base model goes: {OPENAI_FT_INFERENCE_UNTIL_BASE_SHUTDOWN} So "
            "modest traffic may never repay it."
        ),
        sources=(
            "azure-fine-tuning-cost-management",
            "bedrock-custom-on-demand",
            "openai-fine-tuning-wind-down",
            "high-country-codes",
        ),
        options={
            "high": Option("Yes, by the cost calculator's numbers", "narrow"),
            "low": Option("No, or not within our planning horizon", "keep-large"),
        },
    ),
    Question(
        id="narrow",
        text=(
            "Is it one narrow, repeated task (classify, extract, rewrite in a set form), judged "
            "on a held-out set?"
        ),
        why=(
            "The evidence for small trained models comes from narrow tasks: Hsieh et al. used "
            "four benchmarks, and Checkr, Instacart and Yelp each trained a small model for one "
            "task and measured it against the large one. We found no such evidence for broad, "
            "open-ended requests, where a small model must cover everything the large one "
            "knows; there the fastest hosted model that passes, if one does, with short, "
            "streamed answers, is the safer lever."
        ),
        sources=(
            "hsieh-2023-distilling",
            "checkr-adjudication",
            "instacart-intent-engine",
            "yelp-query-understanding",
        ),
        options={
            "yes": Option("Yes, one narrow task, scored on held-out cases", "small-stakes"),
            "no": Option("No, requests are broad and varied", "keep-large"),
        },
    ),
    Question(
        id="small-stakes",
        text=HARM_QUESTION,
        why=(
            "The same gate as before any other training route. A small model trained on logged "
            "requests learns from whatever they hold, personal records included, and OWASP notes "
            "that what shaped a model's weights stays extractable after the source is deleted. "
            "Each retrained version also needs its refusal and safety tests again (Qi et al. "
            "found tuning can undo safety training). Where harm is possible and that release "
            "test is not yet planned, plan it first."
        ),
        sources=("owasp-llm02-2026", "qi-2023-finetuning-safety", "hsieh-2023-distilling"),
        options={
            "planned": Option(
                HARM_PLANNED,
                "distil",
            ),
            "unplanned": Option(HARM_UNPLANNED, "guard-first"),
            "no": Option(HARM_NONE, "distil"),
        },
    ),
    # Migration: the model works today but is going away; move before the shutdown date.
    Question(
        id="migrate-what",
        text="What is going away: a model you tuned, or a model you prompt?",
        changeable=False,
        why=(
            "A tuned model lives only as long as the model it was tuned from, and a new one "
            "needs a service that still trains. "
            f"{OPENAI_FT_GPT4O_GPT41_SHUTDOWN} {OPENAI_FT_NEW_JOBS_END} "
            f"{OPENAI_GPT4_FAMILY_REPLACEMENT} A prompted model can "
            "usually be swapped for a newer one, but a prompt shaped around the old model's "
            "habits can break on the next, so the move is measured before it is made."
        ),
        sources=("openai-fine-tuning-wind-down", "openai-model-optimization"),
        options={
            "tuned": Option("A model we fine-tuned, or the service that tuned it", "migrate-tuned"),
            "prompted": Option("A model we only prompt", "migrate-prompted"),
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
            "the strongest model you are allowed to send the data to. That is quick work next "
            "to building retrieval or training, and what still fails shows which lever comes "
            "next."
        ),
        next_steps=(
            NextStep(
                "Collect real cases with expected answers as a held-out set: a few hundred to "
                "tell a few points apart",
                see="evaluation.md?preset=new-model#planner",
            ),
            NextStep(
                "Write clear instructions with a few worked examples", see=f"{NEITHER}#prompt-first"
            ),
            NextStep(
                "Run the same set on a stronger or newer model", see=f"{NEITHER}#stronger-model"
            ),
            NextStep(
                "Label each failing case by kind: a missing fact, a fact misused, the wrong form "
                "or tone; the tally answers this tree's first question",
                see="evaluation.md#slicing",
            ),
            "Keep every failure: it becomes an example later",
        ),
        sources=("openai-model-optimization", "openai-supervised-fine-tuning", "amanai-lab"),
        short_if=(
            "Your best prompt on the strongest model you may use still fails cases on the "
            "held-out set, and the set is large enough to show the gap is not chance: a few "
            "hundred cases to tell a few points apart."
        ),
        then={"baseline": "fell-short"},
        costs=[
            (
                "People's time to collect real cases, write the answer expected for each, and keep "
                "the set current as the product changes."
            ),
            (
                "Tokens for every run of the set, more on the strongest model, paid again each "
                "time a prompt or model changes."
            ),
        ],
        risks=[
            (
                "A set too small or unlike real traffic can make a chance difference look like "
                "progress, and every later choice rests on that set."
            ),
            (
                "Real cases copied into an evaluation set can hold personal data; the set then "
                "needs the same access rules and deletion as its source."
            ),
        ],
    ),
    Verdict(
        id="long-context",
        title="Put the knowledge in the prompt, cached",
        because=(
            "The knowledge fits in one prompt, every user may see all of it, and caching makes "
            "resending it affordable, so there is no index to build or keep in step. Edit the "
            "documents and the next answer uses them, and answers can quote the passage they "
            "used. Check facts that sit in the middle of the prompt: that is where the models "
            "tested in 2023 and 2024 missed most, so test yours."
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
            NextStep(
                "Move to retrieval when the documents outgrow the prompt or the budget, or when "
                "users may see only part of them",
                see=f"{RAG}#access-control",
            ),
            NextStep(
                "Fetch live records, such as an order's status, through read-only tools beside "
                "the cached documents",
                see=f"{RAG}#live-data",
            ),
            NextStep(
                "Where the form, style or task skill is off too, score your set with the "
                "knowledge supplied: what still fails is behaviour",
                see=f"{BOTH}#retrieval-first",
            ),
            HARM_STEP_ANSWERS,
        ),
        sources=(
            "anthropic-contextual-retrieval",
            "anthropic-prompt-caching",
            "openai-prompt-caching",
            "gemini-context-caching",
            "liu-2024-lost-in-the-middle",
            "vertex-function-calling",
        ),
        short_if=(
            "Tracked at real traffic with caching on, the cost or latency per request stays "
            "over your budget."
        ),
        then={"context-cost": "no"},
        costs=[
            (
                "Every request carries the whole knowledge text: cache reads are cheap, but where "
                "the provider charges for cache writes, a cache that is rarely read costs more "
                "than none, and elsewhere each miss pays the full input price."
            ),
            (
                "Each edit to the documents changes the cached prefix, so the requests after it "
                "miss the cache until it is written again."
            ),
            (
                "A long prompt delays the first token, cached or not, so answers start later than "
                "they would with a short prompt."
            ),
        ],
        risks=[
            (
                "Every user can draw on every document in the prompt; a document added later for "
                "only some users would reach all of them."
            ),
            (
                "Facts in the middle of a long prompt are missed more often, and those misses stay "
                "unseen unless the test set asks about them."
            ),
            (
                "The budget rests on the provider's caching terms, such as how long a cache lives "
                "and what a write costs, which the provider sets and can change."
            ),
        ],
    ),
    Verdict(
        id="compare-context",
        title="Measure both: the cached prompt against retrieval",
        because=(
            "At this size the whole text fits the window, but the evidence no longer says it "
            "will be read well: in a 2024 test of twenty models only a handful kept their "
            "accuracy past 64,000 tokens, and newer models still grew less reliable as input "
            "grew. A long "
            "cached prompt also delays the first token and costs extra to write. Retrieval "
            "brings its own misses. Neither is the safe default, so build both cheaply and let "
            "a paired evaluation on the same questions decide."
        ),
        next_steps=(
            NextStep(
                "Collect a few hundred real questions with their answers, many of them about "
                "passages mid-document, to compare the two on the same cases",
                see="evaluation.md?preset=new-model#planner",
            ),
            NextStep(
                "Build the cached prompt: documents first, question last", see=f"{RAG}#long-context"
            ),
            NextStep(
                "Build retrieval beside it, with a managed service or hybrid search and "
                "reranking, keeping the table of contents in the prompt",
                see=f"{RAG}#managed-retrieval",
            ),
            NextStep(
                "Price both at your volume, with the cache write premium and the time to the "
                "first token",
                see=f"{RAG}#prompt-caching",
            ),
            "Keep whichever wins on accuracy within budget; if neither is clearly ahead, the "
            "cheaper one",
            HARM_STEP_ANSWERS,
        ),
        sources=(
            "leng-2024-long-context-rag",
            "chroma-context-rot",
            "liu-2024-lost-in-the-middle",
            "anthropic-context-engineering",
            "anthropic-prompt-caching",
            "openai-prompt-caching",
            "miller-2024-error-bars",
        ),
        short_if=(
            "On the paired set, the cached prompt loses to retrieval on accuracy by more than "
            "chance explains, or its cost or time to the first token is over budget."
        ),
        then={"fits": "too-large"},
        costs=[
            (
                "Two set-ups are built and run until the comparison ends, and the work on the one "
                "that loses is set aside."
            ),
            (
                "A paired set of a few hundred questions, many about mid-document passages, takes "
                "people's time to write and to keep."
            ),
            (
                "The winner brings its own upkeep: a cached prompt to price again as volume "
                "changes, or an index to keep in step with the documents."
            ),
        ],
        risks=[
            (
                "A set that rarely asks about mid-document passages favours the cached prompt on "
                "paper and hides its misses in use."
            ),
            (
                "When neither is clearly ahead the cheaper one is kept, and a small accuracy loss "
                "the set was too small to show may ship with it."
            ),
            (
                "The result holds for today's models and today's documents; a new model or a "
                "growing corpus can reverse it unless the comparison is run again."
            ),
        ],
    ),
    Verdict(
        id="rag",
        title="Use RAG",
        because=(
            "The knowledge is too large to send whole, changes by the minute, lives in a "
            "database, or not every user may see all of it, so each request fetches what it "
            "needs. There are three ways to fetch: the model calls search tools itself and "
            "iterates (file search and reads over code, SQL or an API over records), a managed "
            "retrieval service indexes your documents for you, or you build and run your own "
            "index. The facts stay outside the weights, where the studies found models use "
            "them better than facts trained in, and answers can cite what they used."
        ),
        next_steps=(
            NextStep(
                "Collect real questions with the passages or records that answer them, and "
                "score answers on them",
                see=f"{RAG}#evaluate-retrieval",
            ),
            NextStep(
                "For code, databases and live records, give the model narrow, read-only search "
                "and query tools and let it iterate; an index is optional there",
                see=f"{RAG}#live-data",
            ),
            NextStep(
                "For documents, measure a managed retrieval service first; build your own index "
                "when you outgrow it",
                see=f"{RAG}#managed-retrieval",
            ),
            NextStep(
                "Filter what is fetched by the caller's permissions; treat fetched text as data, "
                "never as instructions",
                see=f"{RAG}#access-control",
            ),
            NextStep(
                "On your own index, measure a plain search first, then add keyword search and "
                "reranking where recall is low",
                see=f"{RAG}#better-retrieval",
            ),
            "Show the sources with every answer",
            "Keep the index in step with the documents: re-index changes, remove stale ones",
            NextStep(
                "If recall stays low after reranking, tune the embedding model or reranker, not "
                "the generator",
                see="failure-modes.md#tune-the-retriever",
            ),
            NextStep(
                "Where the form, style or task skill is off too, score your set with the "
                "knowledge supplied: what still fails is behaviour",
                see=f"{BOTH}#retrieval-first",
            ),
            HARM_STEP_ANSWERS,
        ),
        sources=(
            "ovadia-2023",
            "soudani-2024",
            "gekhman-2024",
            "anthropic-contextual-retrieval",
            "anthropic-context-engineering",
            "vertex-function-calling",
            "azure-search-document-access",
            "owasp-llm01-prompt-injection",
        ),
        short_if=(
            "On your set of real questions, answers stay wrong or unsupported: the passages or "
            "records that answer them are not retrieved, or they are and the answer still misses."
        ),
        then_tree="rag-failure-diagnosis",
        costs=[
            (
                "Whatever fetches the facts (search tools, a managed service or an index of your "
                "own) must be run, paid for and kept in step with the source data."
            ),
            (
                "A search before each answer, or several rounds of model and tool calls where the "
                "model searches itself, which adds time and tokens before the answer."
            ),
            (
                "People's time to keep a set of real questions, with the passages or records that "
                "answer them, current as the sources change."
            ),
        ],
        risks=[
            (
                "Content that changed or was deleted at its source, but not where the model "
                "searches, keeps being cited as if it were current."
            ),
            (
                "Fetched text can carry hidden instructions (indirect prompt injection), and a "
                "model with tools may act on them."
            ),
            (
                "If permissions where the model searches fall out of step with the source systems, "
                "answers can show users what they may not see."
            ),
        ],
    ),
    Verdict(
        id="structured-outputs",
        title="Constrain the output to a schema",
        because=(
            "What fails is the shape of the output, and constrained decoding guarantees it: the "
            "decoder allows only tokens that keep the output valid against your JSON schema. "
            "That is a setting, not a training run, and models you serve yourself get the same "
            "from grammar-constrained decoding in the serving stack. Output cut off at the token "
            "limit is still invalid, and valid JSON can still hold wrong values, so check both."
        ),
        next_steps=(
            NextStep(
                "Write the output as a JSON schema and turn on strict mode",
                see=f"{NEITHER}#structured-outputs",
            ),
            NextStep(
                "Validate every response, and log refusals and answers cut off at the token limit",
                see=f"{NEITHER}#structured-outputs",
            ),
            NextStep(
                "Rerun the held-out set to see which content errors remain",
                see=f"{NEITHER}#evaluation-first",
            ),
        ),
        sources=(
            "openai-structured-outputs",
            "claude-structured-outputs",
            "vllm-structured-outputs",
        ),
        short_if=(
            "Every response now parses against the schema, but the held-out set, run again, "
            "still shows wrong values or content."
        ),
        then={"residual": "behaviour"},
        costs=[
            (
                "A JSON schema to keep in step with the code that reads the output: each change to "
                "the output means a schema change and a new run of the set."
            ),
            (
                "Code to validate every response and to handle refusals and answers cut off at the "
                "token limit."
            ),
        ],
        risks=[
            (
                "Output that always parses looks right, so wrong values can pass unseen unless the "
                "held-out set is run again after each change."
            ),
            (
                "Each provider and serving stack accepts its own part of JSON Schema, so a change "
                "of model can mean reworking the schema."
            ),
        ],
    ),
    Verdict(
        id="few-shot",
        title="Put more examples in the prompt",
        because=(
            "Good examples of the wanted output teach a model in the prompt much of what "
            "training would teach in the weights, with no training run. Two ways: the examples "
            "most similar to each request, fetched per request, or many fixed examples (50 to "
            "hundreds) in a cached prefix, which is cheap at low volume. Try them on the "
            "strongest model your data may go to, to learn whether examples can close the gap "
            "at all. Keep collecting: the same examples become training data if this falls "
            "short."
        ),
        next_steps=(
            NextStep(
                "Index reviewed examples and retrieve the closest few for each request",
                see=f"{NEITHER}#dynamic-few-shot",
            ),
            NextStep(
                "Or put 50 to a few hundred approved examples in a cached prefix, and price it "
                "at your volume",
                see=f"{NEITHER}#many-shot",
            ),
            NextStep(
                "Score both against your best fixed prompt on the same held-out cases",
                see="evaluation.md?preset=new-model#planner",
            ),
            NextStep(
                "Where retrieval is in place, keep it and add the examples after the passages",
                see=f"{BOTH}#retrieval-first",
            ),
            NextStep(
                "Grow the set with reviewed labels from a stronger model",
                see=f"{TUNE}#synthetic-labels",
            ),
        ),
        sources=(
            "liu-2022-in-context-examples",
            "agarwal-2024-many-shot-icl",
            "sambanova-many-shot-2026",
            "vertex-tune-models",
            "anthropic-prompt-caching",
            "openai-supervised-fine-tuning",
        ),
        short_if=(
            "Scored on the held-out set against your best fixed prompt, examples in the prompt "
            "still leave the behaviour failing by more than chance explains, and you have 50 "
            "or more reviewed examples."
        ),
        then={
            "dynamic": "tried",
            "both-dynamic": "tried",
            "examples": "enough",
            "both-examples": "enough",
        },
        costs=[
            (
                "Examples lengthen every prompt: examples chosen per request are paid in full each "
                "time, and a fixed set stays cheap only while its cache is read often."
            ),
            (
                "Examples fetched per request need an index of examples to run and a search before "
                "each answer."
            ),
            (
                "People's time to review each example and to keep the set right as the wanted "
                "output changes."
            ),
        ],
        risks=[
            (
                "A wrong or outdated example reaches answers at once, with no training run in "
                "between, and spreads until someone spots it."
            ),
            (
                "Labels written by a stronger model carry its mistakes into the set unless people "
                "review them."
            ),
            (
                "Examples drawn from real cases can carry personal data into every prompt, and "
                "into every log that keeps prompts."
            ),
        ],
    ),
    Verdict(
        id="guard-first",
        title="Guard the prompted model, and plan validation before training",
        because=(
            "A wrong answer can harm someone, training is the next step, and nothing yet says "
            "how each tuned version would be checked before release. The prompted model can be "
            "made safer at once: answers grounded in sources it cites, a way to decline, and "
            "people reviewing the riskiest outputs. Write the release test a tuned model must "
            "pass and price it per retrain, since a tuned model can lose safety behaviour and "
            "can repeat what it was trained on."
        ),
        next_steps=(
            NextStep(
                "Have the model cite its source for each claim and decline when the sources do "
                "not answer",
                see="failure-modes.md#grounding-prompt",
            ),
            NextStep(
                "Write the release test a tuned version must pass: cases, a set large enough to "
                "show a difference, refusal and safety checks",
                see="evaluation.md?preset=tuned-vs-prompt#planner",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on every tuned version, and price "
                "that per retrain",
                see="failure-modes.md#ft-safety",
            ),
            "Send high-risk or low-confidence answers to a person before they reach anyone",
            NextStep(
                "Keep personal data that may have to be erased out of training examples; serve it "
                "through retrieval, where it can be deleted with its vectors, caches, logs and "
                "backups",
                see=f"{TUNE}#limits",
            ),
            "Log each answer's inputs, sources and model version for audit",
        ),
        sources=(
            "owasp-llm02-2026",
            "qi-2023-finetuning-safety",
            "owasp-llm01-prompt-injection",
            "miller-2024-error-bars",
        ),
        short_if=(
            "With the guards in place, the prompted model still fails the behaviour on the "
            "held-out set, or still misses the latency or cost it must meet, and the release "
            "test for a tuned version is written and budgeted."
        ),
        then={"stakes": "planned", "both-stakes": "planned", "small-stakes": "planned"},
        costs=[
            (
                "People's time to review risky and low-confidence answers for as long as the "
                "product runs, and a wait for users whose answer is held for review."
            ),
            (
                "A release test, with refusal and safety checks, run on every tuned version, so "
                "each retrain costs more than its training run."
            ),
            (
                "Audit logs of inputs, sources and model versions to store, secure and keep for as "
                "long as audits need them."
            ),
            (
                "The guards add tokens and a wait: on a path that came here for speed or cost, "
                "answers get slower and costlier until a tuned model ships, and citations need "
                "sources to cite."
            ),
        ],
        risks=[
            (
                "Audit logs hold users' inputs, personal data included, and become one more store "
                "to protect and to erase on request."
            ),
            (
                "A model told to decline without a source can refuse answers it could give; unless "
                "declines are counted, nobody sees the loss."
            ),
        ],
    ),
    Verdict(
        id="fine-tune",
        title="Fine-tune with a managed service",
        because=(
            "A measured prompt on a stronger model, with examples in the prompt where they fit, "
            "still falls short on behaviour, there are enough examples to train on, and the "
            "data may go to a managed service. The service trains and serves the model on its "
            "machines under its or your cloud's terms, so the team needs good data and "
            "evaluation rather than GPU skills. How the tuned model is billed decides whether "
            f"training pays at your volume: {BEDROCK_CUSTOM_ON_DEMAND} Train behaviour, not "
            "changing or citable facts: those stay in the prompt or an index."
        ),
        next_steps=(
            NextStep(
                "Check which services still tune the model you need, by which method and until "
                "when",
                see=f"{STATUS}#tuning",
            ),
            NextStep(
                "Price training and serving at your volume: at low or bursty traffic, pick a "
                "service that bills the tuned model per token; hourly hosting pays only when "
                "traffic keeps it busy",
                see="costs.md?preset=fine-tune#calculator",
            ),
            NextStep(
                "Pick the method: supervised examples; preference pairs when people can say "
                "which of two answers is better; reinforcement fine-tuning when a program can "
                "grade the answer",
                see=f"{TUNE}#training-methods",
            ),
            "Where cost or speed binds, tune the smallest model that passes, not the largest "
            "on offer",
            NextStep(
                "Start with 50 to 100 reviewed examples and keep a held-out set",
                see=f"{TUNE}#how-many-examples",
            ),
            NextStep(
                "Compare the tuned model with your best prompt on the newest prompted model, "
                "not only on the tunable base",
                see="evaluation.md?preset=tuned-vs-prompt#planner",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                see="failure-modes.md#ft-safety",
            ),
            NextStep(
                "Roll new versions out in stages, and plan the move off each tuned model before "
                "its base model's shutdown date",
                see=f"{STATUS}#lifecycle",
            ),
            HARM_STEP_TRAINED,
        ),
        sources=(
            "openai-supervised-fine-tuning",
            "vertex-sft-data",
            "bedrock-fine-tuning-models",
            "bedrock-custom-model-inference",
            "bedrock-customization",
            "openai-fine-tuning-wind-down",
            "azure-fine-tuning-cost-management",
            "qi-2023-finetuning-safety",
            "gekhman-2024",
        ),
        short_if=(
            "The tuned model does not beat your best prompt on the newest prompted model on the "
            "held-out set, or it fails the refusal, safety and general-skill tests before rollout."
        ),
        then_tree="fine-tuning-failure-diagnosis",
        costs=[
            (
                "Training and the release tests are paid again with every retrain; serving the "
                "tuned model is paid for as long as it runs, often at a higher price per token "
                "than the base model."
            ),
            (
                "Where the service bills a tuned model by the hour, the hosting fee runs whether "
                "traffic uses it or not."
            ),
            (
                "A re-tune, with its tests, each time the base model retires, on the vendor's "
                "schedule; the site's provider status page lists the dates ahead."
            ),
        ],
        risks=[
            (
                "The tuned model lives in the vendor's service: the vendor's dates decide when it "
                "must be rebuilt, and moving providers means training again."
            ),
            (
                "Personal data in training examples is learned into the weights, where it can be "
                "repeated and cannot be erased short of retraining without it."
            ),
            (
                "Tuning can weaken refusals and safety behaviour even on harmless data, and every "
                "retrain can weaken them again."
            ),
            (
                "Facts that slip into the examples go stale in the weights, and training on facts "
                "new to the model made it invent more."
            ),
        ],
    ),
    Verdict(
        id="fine-tune-open",
        title="Tune an open-weight model you control",
        because=(
            "Training is justified, but the data or the model must stay in your own cloud "
            "account or on your own machines. An open-weight model tuned with a "
            "parameter-efficient method such as LoRA keeps everything there (QLoRA tuned a 65B "
            "model on one 48GB GPU), and its weights, version and serving cost stay yours; hosted "
            "yourself, no vendor retires it. The price is ML skills and an upkeep routine the team must own, "
            "or a service in your cloud that tunes and serves open-weight models for you. Where "
            "the model also retrieves, keep the index and the embedding model there too, and "
            "read the model's licence first."
        ),
        next_steps=(
            NextStep(
                "Choose an open-weight model whose licence fits your use",
                see=f"{TUNE}#managed-or-in-house",
            ),
            NextStep(
                "Train a small adapter first and compare it with your best prompt on the "
                "strongest model you may use",
                see="evaluation.md?preset=tuned-vs-prompt#planner",
            ),
            NextStep(
                "Without GPUs or ML engineers, use a service in your cloud account that tunes "
                "and serves open-weight models, and keep the weights",
                see=f"{STATUS}#serving",
            ),
            NextStep(
                "Pick the method: supervised examples, preference pairs, or reinforcement "
                "fine-tuning with a grader",
                see=f"{TUNE}#training-methods",
            ),
            NextStep(
                "If it retrieves, run retrieval in the same place, train on retrieved passages "
                "with distractors, and compare with plain supervised tuning",
                see=f"{BOTH}#raft",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                see="failure-modes.md#ft-safety",
            ),
            "Version models and roll them out in stages",
            "Budget GPUs and people for retraining",
            HARM_STEP_TRAINED,
        ),
        sources=(
            "lora-2022",
            "qlora-2023",
            "llama-license",
            "bedrock-custom-model-units",
            "azure-fine-tuning-models",
            "soudani-2024",
            "qi-2023-finetuning-safety",
            "high-country-codes",
        ),
        short_if=(
            "The adapter does not beat your best prompt on the held-out set, or it fails the "
            "refusal, safety and general-skill tests before rollout."
        ),
        then_tree="fine-tuning-failure-diagnosis",
        costs=[
            (
                "GPUs to train and serve the model, rented or owned, or the hosting units of a "
                "service in your cloud, paid for while kept ready for traffic."
            ),
            (
                "ML engineers' time for every retrain, base model upgrade and serving update, "
                "unless a service in your cloud tunes and serves it."
            ),
            (
                "Where the model retrieves, the index and the embedding model run in the same "
                "place, adding to what the team hosts and patches."
            ),
        ],
        risks=[
            (
                "The base model's licence sets conditions of use that bind the product for as long "
                "as it runs on those weights."
            ),
            (
                "Personal data in training examples is learned into weights the team keeps, and "
                "cannot be erased from them short of retraining without it."
            ),
            (
                "Tuning can weaken refusals and safety behaviour even on harmless data, and every "
                "retrain can weaken them again."
            ),
            (
                "Hosted yourself, no vendor retires the model and nothing forces an upgrade, so an "
                "old model can stay in service long after better ones ship; a service in your "
                "cloud that tunes and serves it keeps its own retirement dates."
            ),
        ],
    ),
    Verdict(
        id="continued-pretraining",
        title="Continue pre-training on your own language, then tune",
        because=(
            "The model cannot read a language or notation of your own, and you hold billions "
            "of tokens written in it: the one case where training on raw domain text has "
            "repaid its cost in published work. NVIDIA continued the pre-training of open "
            "models on chip-design text and code, then tuned them on instructions, and reported "
            "models up to five times smaller matching larger general ones on its tasks. It is "
            "the heaviest route here: a large, stable corpus, ML engineers, and a run repeated "
            "for each new base model. Keep changing and citable facts in retrieval."
        ),
        next_steps=(
            NextStep(
                "First measure how the strongest current model does on held-out tasks in the "
                "language, with examples in the prompt",
                see="evaluation.md?preset=new-model#planner",
            ),
            NextStep(
                "Gather, clean and deduplicate the corpus, and hold some of it out for testing",
                see=f"{TUNE}#continued-pretraining",
            ),
            NextStep(
                "Continue pre-training an open-weight model, then tune it on reviewed "
                "instructions in the language",
                see=f"{TUNE}#continued-pretraining",
            ),
            NextStep(
                "Check which managed services still offer continued pre-training, and for which "
                "models",
                see=f"{STATUS}#tuning",
            ),
            NextStep(
                "Keep retrieval for facts that change or must be cited",
                see=f"{RAG}#evaluate-retrieval",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests before rollout",
                see="failure-modes.md#ft-safety",
            ),
            HARM_STEP_TRAINED,
        ),
        sources=(
            "chipnemo",
            "bloomberggpt",
            "harvey-multi-model",
            "bedrock-fine-tuning-models",
            "qi-2023-finetuning-safety",
        ),
        short_if=(
            "On held-out tasks in your language, the adapted model does not beat the strongest "
            "current model with examples in its prompt by more than chance explains."
        ),
        then={"own-language": "no", "both-own-language": "no"},
        costs=[
            (
                "The heaviest training here: GPUs for a run over billions of tokens, repeated for "
                "each new base model the team moves to."
            ),
            (
                "ML engineers' time to gather, clean and deduplicate the corpus, and to run and "
                "evaluate the training."
            ),
            (
                "Few managed services offer continued pre-training, so the team may have to run it "
                "on machines it rents or owns."
            ),
        ],
        risks=[
            (
                "Anything in the corpus (secrets, personal data, text licensed to others) is "
                "learned into the weights and cannot be removed short of training again."
            ),
            (
                "The cost of a rerun can keep the team on an old base model while newer general "
                "models improve."
            ),
            (
                "Training can weaken safety behaviour (Qi et al.) and may weaken skills outside "
                "the language; tests that cover only the language will not show it."
            ),
        ],
    ),
    Verdict(
        id="distil",
        title="Fine-tune a smaller model",
        because=(
            "A large model is too slow or costly per request for one narrow, repeated task, at a "
            "volume or latency limit that a small model's training and upkeep can repay. Train a small model for this one "
            "task, on reviewed examples or a large model's good answers (with its step-by-step "
            "explanations where you can, which let the small model learn from fewer), and expect "
            "to need hundreds to thousands: a large model can label them for people to review. "
            "Small models trained for one narrow task have matched far larger ones on it, "
            "faster and cheaper: Checkr's, tuned on its own historical labels, beat prompted "
            "GPT-4. Where you train on a model's outputs, its terms decide whether you may."
        ),
        next_steps=(
            NextStep(
                "Gather hundreds to thousands of reviewed examples, or log a large model's answers "
                "that pass your grader, with its reasoning, and review them",
                see=f"{TUNE}#synthetic-labels",
            ),
            NextStep(
                "Tune a small model and compare quality, latency and cost on held-out requests",
                see="evaluation.md?preset=tuned-vs-prompt#planner",
            ),
            NextStep(
                "Estimate when training pays back in the cost calculator",
                see="costs.md?preset=distil#calculator",
            ),
            NextStep(
                "If the data may not leave your machines, the teacher and the student must both "
                "be open-weight models run in-house",
                see=f"{TUNE}#managed-or-in-house",
            ),
            NextStep(
                "Check the provider's terms on training with its outputs",
                see=f"{TUNE}#provider-terms",
            ),
            NextStep(
                "Check which services tune the small model you want, and how a tuned model is "
                "billed there",
                see=f"{STATUS}#tuning",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                see="failure-modes.md#ft-safety",
            ),
            "Route the requests it fails to the large model",
            NextStep(
                "If it retrieves, keep retrieval and train on the passages it will see, "
                "distractors included; compare with plain supervised tuning",
                see=f"{BOTH}#raft",
            ),
            HARM_STEP_TRAINED,
            NextStep(
                "Keep personal data that may have to be erased out of the logged training "
                "examples; serve it through retrieval instead",
                see=f"{TUNE}#stakes",
            ),
        ),
        sources=(
            "hsieh-2023-distilling",
            "checkr-adjudication",
            "openai-latency-optimization",
            "azure-fine-tuning-guide",
            "bedrock-distillation",
            "vertex-distillation",
            "openai-terms-of-use",
            "anthropic-commercial-terms",
            "gemini-api-terms",
            "llama-license",
            "qi-2023-finetuning-safety",
            "raft-2024",
        ),
        short_if=(
            "On held-out requests the small model falls below the quality bar you set (the "
            "strongest prompted model's score, and your own passing mark where that model "
            "fails too), or misses the latency or cost per request it was trained to meet."
        ),
        then_tree="fine-tuning-failure-diagnosis",
        costs=[
            (
                "Hundreds to thousands of reviewed examples, and people's time to review a large "
                "model's labels and reasoning."
            ),
            (
                "Training, hosting and retraining the small model, while the large model stays "
                "paid for the requests routed to it."
            ),
            (
                "If a service tunes and serves the small model, a re-tune each time its base model "
                "retires; the site's provider status page lists the dates."
            ),
        ],
        risks=[
            (
                "The small model knows one task: requests that drift outside it get worse answers, "
                "seen only if routed and failed requests are measured."
            ),
            (
                "Where a large model writes the labels, its mistakes can pass into the small one, "
                "and its provider's terms bind what may be trained on them."
            ),
            (
                "Logged requests used as training data can carry personal data into the weights, "
                "where it can be repeated and cannot be erased short of retraining."
            ),
            (
                "Tuning can weaken refusals and safety behaviour even on harmless data, and every "
                "retrain can weaken them again."
            ),
        ],
    ),
    Verdict(
        id="both",
        title="RAG for knowledge, fine-tuning for behaviour",
        because=(
            "The knowledge is supplied and measured, behaviour still falls short, there are "
            "examples to train on, and a managed service may hold the data. Train on examples "
            "that include retrieved passages, distractors among them, as RAFT does; compare that "
            "with plain supervised tuning on the same retrieval outputs and with the untuned "
            "model, since a small later study found RAFT gave newer 7-8B models no gain over "
            "their untuned versions. Keep changing and citable facts in the index, not in the "
            "training data, and expect the most complex set-up of all: an index and a "
            "training pipeline to keep current."
        ),
        next_steps=(
            NextStep(
                "Build training examples from retrieved passages with distractors, and compare "
                "with plain supervised tuning",
                see=f"{BOTH}#raft",
            ),
            NextStep(
                "Keep the retrieval evaluation as the baseline", see=f"{RAG}#evaluate-retrieval"
            ),
            NextStep(
                "Keep your best prompt, with examples in the prompt where they fit, as the "
                "baseline the tuned model must beat",
                see=f"{NEITHER}#dynamic-few-shot",
            ),
            NextStep(
                "Label and train only with models your cloud terms let you send this data to",
                see=f"{TUNE}#managed-or-in-house",
            ),
            NextStep(
                "If the knowledge sits whole in a cached prompt, train on the sections each answer "
                "needs plus unrelated ones, within the service's length limit, or retrieve first",
                see=f"{TUNE}#training-methods",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                see="failure-modes.md#ft-safety",
            ),
            "Evaluate retrieval and generation separately",
            NextStep(
                "Check which services still tune the model you need, and whether a tuned model "
                "can sit behind their managed retrieval",
                see=f"{STATUS}#tuning",
            ),
            "Budget for an index and for retraining runs",
            HARM_STEP_TRAINED,
        ),
        sources=(
            "raft-2024",
            "sager-2024-raft-revisited",
            "balaguer-2024",
            "ovadia-2023",
            "qi-2023-finetuning-safety",
            "choose-for-your-ai-product",
            "when-to-use-which",
        ),
        short_if=(
            "The tuned model with retrieval does not beat your best prompt with the nearest "
            "examples on the same passages, with retrieval and generation scored separately."
        ),
        then_tree="fine-tuning-failure-diagnosis",
        costs=[
            (
                "The most complex set-up here: an index and a training pipeline to run, evaluate "
                "and keep current side by side."
            ),
            (
                "A change to retrieval, such as new chunking or a new embedding model, changes the "
                "passages the model was trained to read and may call for a retrain."
            ),
            (
                "A re-tune, with its tests, each time the base model retires, on the managed "
                "service's schedule; the site's provider status page lists the dates."
            ),
        ],
        risks=[
            (
                "Facts that slip into the training examples freeze in the weights and can "
                "contradict the index once the documents change."
            ),
            (
                "The tuned model lives in the vendor's service: the vendor's dates decide when it "
                "must be rebuilt, and moving providers means training again."
            ),
            (
                "Personal data in training examples is learned into the weights and cannot be "
                "erased there, unlike the same data kept in the index."
            ),
            (
                "Tuning can weaken refusals and safety behaviour even on harmless data, and every "
                "retrain can weaken them again."
            ),
        ],
    ),
    Verdict(
        id="serve-cheaper",
        title="Serve it cheaper first",
        because=(
            "Speed or price stands in the way, and configuration moves it before any training. "
            "On a reasoning model the effort setting is often the largest lever, since the "
            "reasoning tokens are billed as output; then caching, a smaller or newer model "
            "that passes your evaluation, routing easy requests to it, shorter outputs and "
            "streaming, and batch processing for work that can wait. Each is measured on the "
            "same set, so a cheaper set-up is kept only where it still passes."
        ),
        next_steps=(
            NextStep(
                "On a reasoning model, pin the lowest reasoning effort that still passes",
                see=f"{NEITHER}#reasoning-effort",
            ),
            NextStep(
                "Turn on prompt caching and put static content first", see=f"{RAG}#prompt-caching"
            ),
            NextStep(
                "Run your evaluation set on smaller, newer and faster models, with your "
                "examples in their prompt",
                see=f"{NEITHER}#stronger-model",
            ),
            NextStep(
                "Route easy requests to the cheapest model that passes", see=f"{NEITHER}#routing"
            ),
            "Cap output length, stream the answer, and batch work that can wait",
            NextStep(
                "Build a few hundred real requests with accepted answers first, if you have none",
                see="evaluation.md?preset=new-model#planner",
            ),
            "Measure cost and latency per request at real traffic",
        ),
        sources=(
            "openai-prompt-caching",
            "anthropic-prompt-caching",
            "openai-latency-optimization",
            "openai-reasoning",
            "ong-2024-routellm",
            "instacart-maple",
            "anthropic-effort",
        ),
        short_if=(
            "Measured at real traffic, with every lever that applies in place, no set-up that "
            "passes your evaluation set meets the latency or cost you need."
        ),
        then={"levers": "tried"},
        costs=[
            (
                "A run of the evaluation set for each lever tried, and people's time to read the "
                "results."
            ),
            (
                "Batched work returns later rather than at once, and a router is one more "
                "component to build and maintain."
            ),
            (
                "Several models and settings in use mean more versions, prices and retirement "
                "dates to track."
            ),
        ],
        risks=[
            (
                "Each cheaper setting (lower effort, a smaller model, a shorter answer) can lose "
                "quality on cases the set does not cover, unseen until users meet them."
            ),
            (
                "A router can send a hard request to the weaker model, and its mistakes show only "
                "where routed answers are scored."
            ),
        ],
    ),
    Verdict(
        id="keep-large",
        title="Keep the model that passes, and trim its bill",
        because=(
            "The levers are spent, and training a smaller model would not repay itself: the "
            "volume is too low to cover training, hosting and retraining, or the requests are "
            "too broad for a small model to cover. So the model that passes stays, with "
            "examples in its prompt if it needs them, and the work is on its bill and its "
            "speed: a cached prefix for the fixed part, the lowest effort that passes, shorter "
            "outputs, and a budget watched month by month. Volume and prices change, so the "
            "sums are worth redoing."
        ),
        next_steps=(
            NextStep(
                "Price the passing model, its examples cached, at your real volume",
                see="costs.md#calculator",
            ),
            NextStep(
                "For broad requests that must be quicker: stream, run calls in parallel, and "
                "send first tokens at once",
                see=f"{NEITHER}#routing",
            ),
            NextStep(
                "Set a monthly budget and an alert, and re-run the sums when volume or prices "
                "change",
                see=f"{STATUS}#price",
            ),
            NextStep(
                "Re-run your set on each new smaller model as it ships",
                see=f"{NEITHER}#stronger-model",
            ),
        ),
        sources=(
            "anthropic-prompt-caching",
            "openai-latency-optimization",
            "azure-fine-tuning-cost-management",
            "high-country-codes",
        ),
        short_if=(
            "With every lever in place, the passing model's monthly bill or its wait still "
            "exceeds what the product can carry. The tree has no cheaper route here: that is a "
            "product decision on price, scope or volume, and the sums change as prices fall."
        ),
        costs=[
            (
                "The large model's price is paid on every request for as long as the product runs, "
                "and the bill grows with volume."
            ),
            (
                "People's time each month to watch the bill and to test new smaller models as they "
                "ship."
            ),
        ],
        risks=[
            (
                "The product depends on one vendor's large model: its price changes and its "
                "retirement date land straight on the product."
            ),
            (
                "Prices fall and smaller models improve; sums that are not redone leave the team "
                "paying more than it needs to."
            ),
        ],
    ),
    Verdict(
        id="migrate-tuned",
        title="Move off the retiring tuned model before it shuts down",
        because=(
            "The tuned model stops answering when its base model shuts down, and the service "
            f"that trained it may stop training first. {OPENAI_FT_NEW_JOBS_END} "
            f"{OPENAI_FT_GPT4O_GPT41_SHUTDOWN} Record what the model does today and which answers people accepted, and race three "
            "replacements on those, shipping the first that passes before the "
            "shutdown: the newest prompted models with your examples in the prompt, a re-tune "
            "on a service that will still exist, and an open-weight model you control."
        ),
        next_steps=(
            NextStep(
                "This week, log the tuned model's outputs on a few thousand real requests, and "
                "mark the answers people accepted: those are the reference, not the wording",
                see="maintenance.md#regression-sets",
            ),
            NextStep(
                "Score the newest prompted models against it, with your best examples in the "
                "prompt, on the same cases",
                see=f"{NEITHER}#dynamic-few-shot",
            ),
            NextStep(
                "At once, start the re-tunes: not on OpenAI; on Azure or Google only as a "
                "bridge, since their bases retire in 2027; an open-weight model you host has no "
                "vendor clock",
                see=f"{TUNE}#model-going-away",
            ),
            NextStep(
                "Train replacements on your own reviewed examples; the old model's outputs are for "
                "scoring, unless its terms allow training on them",
                see=f"{TUNE}#provider-terms",
            ),
            NextStep(
                "Put the last day for new training jobs and each route's retirement date in your "
                "plan",
                see=f"{STATUS}#dates-ahead",
            ),
            NextStep(
                "Rerun refusal, safety and general-skill tests on any re-tuned model before "
                "rollout",
                see="failure-modes.md#ft-safety",
            ),
            NextStep(
                "Score candidates on the accepted answers, case by case against the old model, "
                "with a judge checked against your reviewers; ship the first that is not worse",
                see="evaluation.md#judge",
            ),
            "Decide now what ships on the shutdown date if nothing passes: the best candidate, "
            "reviewed, a narrower scope, or dedicated capacity (ask sales now: it is case by "
            "case and may not cover tuned models)",
        ),
        sources=(
            "openai-fine-tuning-wind-down",
            "openai-model-optimization",
            "azure-fine-tuning-models",
            "azure-model-retirement-schedule",
            "vertex-model-versions",
            "bedrock-custom-model-fine-tuning",
            "openai-services-agreement",
            "agarwal-2024-many-shot-icl",
            "qi-2023-finetuning-safety",
        ),
        short_if=(
            "No replacement does as well as the old model on the answers people accepted, "
            "before the last day for new training jobs or the shutdown date."
        ),
        costs=[
            (
                "Three replacements raced at once, each with its own training, hosting or token "
                "costs and tests, most of it set aside once one wins."
            ),
            (
                "People's time to mark accepted answers on thousands of logged requests and to "
                "check the judge against reviewers."
            ),
            (
                "A prompted replacement pays for the examples in its prompt on every request, so "
                "it may cost more per request than the tuned model did."
            ),
        ],
        risks=[
            (
                "A re-tune on another managed service is only a bridge: its base model retires "
                "too, and the move repeats."
            ),
            (
                "A judge not checked against reviewers can drift and pass a replacement that "
                "people would find worse."
            ),
            (
                "The logged requests kept as a reference hold real users' data, and must be "
                "protected and deleted like the traffic they came from."
            ),
        ],
    ),
    Verdict(
        id="migrate-prompted",
        title="Move to a newer model, measured against today's outputs",
        because=(
            "The model you prompt is being retired or changed under you, and a prompt written "
            "for one model often needs work on the next: a successor that scores better on "
            "public benchmarks can still fail your cases, so record what the model does today, "
            "score the candidates on those cases, and switch only to one that passes. "
            f"{OPENAI_GPT5_SHUTDOWN} {OPENAI_GPT4O_GPT41_SHUTDOWN} {AZURE_BASE_MODEL_RETIREMENTS}"
        ),
        next_steps=(
            NextStep(
                "Check the dates ahead for the model you call today: some shut down within days",
                see=f"{STATUS}#dates-ahead",
            ),
            NextStep(
                "Log the current model's inputs and outputs on real traffic as a reference set, "
                "marking the answers people accepted",
                see="maintenance.md#regression-sets",
            ),
            NextStep(
                "Score the provider's named successor and two or three other current models on "
                "it, all on the same cases",
                see=f"{NEITHER}#stronger-model",
            ),
            NextStep(
                "Check each candidate's price, default reasoning effort and cache terms",
                see=f"{STATUS}#reasoning",
            ),
            "Rework the prompt for the winner and pin a dated model version, not an alias",
            NextStep(
                "Put the shutdown date in your plan, with time to roll back, and the "
                "successor's own date when it has one",
                see=f"{STATUS}#dates-ahead",
            ),
            "Decide now what ships on the shutdown date if no candidate passes: the best one, "
            "reviewed, a narrower scope, or paid dedicated capacity (ask sales now: it is "
            "case by case)",
        ),
        sources=(
            "openai-fine-tuning-wind-down",
            "azure-model-retirement-schedule",
            "openai-model-optimization",
        ),
        short_if=(
            "No candidate passes the reference set of today's accepted answers, even with the "
            "prompt reworked for it."
        ),
        costs=[
            (
                "People's time to log and mark reference answers, score the candidates and rework "
                "the prompt for the one that wins."
            ),
            (
                "The successor's price, default reasoning effort and cache terms can differ, so "
                "the bill can change at the same traffic."
            ),
            "A pinned dated version means another move when that version retires.",
        ],
        risks=[
            (
                "The provider's shutdown date sets the schedule, and a late start leaves no time "
                "to roll back."
            ),
            (
                "A successor that scores better on public benchmarks can still do worse on your "
                "cases; without the reference set, that loss goes unmeasured."
            ),
            (
                "The logged requests kept as a reference hold real users' data, and must be "
                "protected and deleted like the traffic they came from."
            ),
        ],
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
        plan=("rag",),
    ),
    Scenario(
        id="medical-diagnosis-assistant",
        title="Medical diagnosis assistant",
        situation=(
            "AmanAI Lab's second example: an assistant that must use medical terms and clinical "
            "reasoning in a set clinical format, and also draw on current medical literature. We "
            "assume retrieval was measured first, clinical examples exist to train on and were "
            "tried in the prompt, a large model's speed and price are acceptable, and a managed "
            "service under the team's cloud terms may hold the data. A wrong answer could harm a "
            "patient, so we also assume each model version goes through a validation the team has"
            " planned and budgeted."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "tried",
            "both-hosting": "yes",
            "both-stakes": "planned",
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
            "assume the team has reviewed code to train on, a large model's speed and price are "
            "acceptable, its best prompt with the nearest examples in it was measured and fell "
            "short, and it may use a managed tuning service. Its code is reviewed before it "
            "ships, so a wrong answer is caught before it reaches anyone."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "tried",
            "hosting": "yes",
            "stakes": "no",
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
            "High Country Codes' hybrid example: a customer service AI that needs one consistent "
            "tone and response structure as well as current product information and policies. We "
            "assume retrieval was measured first, examples of good replies exist, a large model's"
            " speed and price are acceptable, the examples were tried in the prompt, the team can"
            " run the heavier set-up, and a managed service may hold the data. We take a wrong "
            "reply as cheap to correct."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "tried",
            "both-hosting": "yes",
            "both-stakes": "no",
        },
        expect="both",
        source="high-country-codes",
    ),
]

_OURS = [
    # Our own examples, one at least for every path the published ones leave out.
    # The practitioner review's five situations (December 2026) and a newcomer test's
    # brand-voice team, with the verdicts and plans a practitioner would sign.
    Scenario(
        id="monorepo-code-assistant",
        title="Coding assistant over a four-million-line monorepo",
        situation=(
            "From the practitioner review (S2): developers ask where a policy is configured and "
            "who calls it; the code changes hundreds of times a day and answers must point to "
            "files. The verdict leads with search tools over the live checkout, not an index."
        ),
        answers={"gap": "knowledge", "fits": "live"},
        expect="rag",
        plan=("rag",),
    ),
    Scenario(
        id="compliance-manual-middle-band",
        title="Compliance answers from a 150,000-token manual",
        situation=(
            "From the practitioner review (S3): a bank's staff ask detailed questions of one "
            "regulatory manual that every user may read, about 1,500 a day; wrong answers are "
            "costly. At this size neither the cached prompt nor retrieval is the safe default, "
            "so a paired evaluation decides."
        ),
        answers={"gap": "knowledge", "fits": "middle"},
        expect="compare-context",
        plan=("compare-context", "rag"),
    ),
    Scenario(
        id="engagement-letters-low-volume",
        title="Engagement letters in a firm style, 200 a day",
        situation=(
            "From the practitioner review (S4): legal operations drafts letters in the firm's "
            "style; with the nearest examples the strongest allowed model still misses on 30% "
            "of 150 cases. 800 approved letters exist, the cloud agreement allows managed "
            "tuning, and at 200 requests a day the large model's price is no issue. Many "
            "approved letters in a cached prefix have not been tried."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "not-yet",
            "budget": "no",
            "hosting": "yes",
            "stakes": "no",
        },
        expect="few-shot",
        plan=("few-shot", "fine-tune"),
    ),
    Scenario(
        id="listing-extraction-reasoning-effort",
        title="Listing extraction on a reasoning model, 3 million a month",
        situation=(
            "From the practitioner review (S5): a marketplace extracts 20 attributes from "
            "seller listings on a frontier reasoning model at its default effort. Accuracy is "
            "fine and cost is the problem; caching, batching, a smaller model and routing were "
            "tried, but not a lower reasoning effort, so not every lever that applies."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "not-yet",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="serve-cheaper",
        plan=("serve-cheaper", "distil"),
    ),
    Scenario(
        id="brand-voice-at-volume",
        title="Brand voice at 200,000 requests a day",
        situation=(
            "From a newcomer test: marketing copy scores 70% on the editors' rubric with the "
            "best prompt on the strongest model; quality, not price, is the complaint, but at "
            "200,000 requests a day the strongest model with examples in every prompt would "
            "cost too much. Thousands of approved pieces exist; none has been tried as "
            "examples in the prompt."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "not-yet",
            "budget": "mid",
            "stakes": "no",
            "hosting": "yes",
        },
        expect="few-shot",
        plan=("few-shot", "fine-tune"),
    ),
    Scenario(
        id="unsure-gap-knowledge",
        title="Not sure what fails; pasting the document fixes it",
        situation=(
            "Our example: a team's assistant gets product questions wrong and it cannot tell "
            "why. With the right page pasted into the prompt, 20 of 24 failing cases pass; the "
            "catalogue is far larger than any prompt."
        ),
        answers={"gap": "not-sure", "paste-test": "pass", "fits": "too-large"},
        expect="rag",
    ),
    Scenario(
        id="unsure-gap-both",
        title="Not sure what fails; facts help but the form is still off",
        situation=(
            "Our example: with the source pasted in, answers get their facts right but still "
            "miss the house format; nothing is retrieved or measured yet, and the documents run "
            "to thousands of pages."
        ),
        answers={
            "gap": "not-sure",
            "paste-test": "some",
            "both-base": "not-yet",
            "fits": "too-large",
        },
        expect="rag",
    ),
    Scenario(
        id="unsure-gap-behaviour",
        title="Not sure what fails; the facts were never the problem",
        situation=(
            "Our example: pasting the right document changes almost nothing; the scored set "
            "shows replies with the right content but broken JSON."
        ),
        answers={
            "gap": "not-sure",
            "paste-test": "none",
            "baseline": "fell-short",
            "residual": "format",
        },
        expect="structured-outputs",
    ),
    Scenario(
        id="unsure-gap-no-cases",
        title="Not sure what fails, and no failing cases kept",
        situation=(
            "Our example: users say the assistant is often wrong, but nobody has kept the "
            "failing requests."
        ),
        answers={"gap": "not-sure", "paste-test": "no-cases"},
        expect="prompt-first",
    ),
    Scenario(
        id="hybrid-helpdesk-must-be-small",
        title="Help-desk replies that must come from a small model",
        situation=(
            "Our example: replies drawn from retrieved articles miss the house form even with "
            "worked examples beside the passages; 5,000 reviewed replies exist, and at two "
            "million replies a month a large model costs far more per reply than the budget."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "tried",
            "both-budget": "small",
            "both-stakes": "no",
        },
        expect="distil",
    ),
    Scenario(
        id="research-hybrid-own-cloud",
        title="Research summaries tuned in our own cloud account",
        situation=(
            "Our example: a pharmaceutical team's summaries of retrieved studies miss its house "
            "structure with worked examples in the prompt; a large model's price is fine, and "
            "the data may go to the company's own cloud account, on open-weight models it "
            "deploys, but not to a model provider."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "tried",
            "both-budget": "no",
            "both-hosting": "cloud",
            "both-stakes": "no",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="unsure-gap-small-guide",
        title="Not sure what fails; the guide is small enough to send whole",
        situation=(
            "Our example: pasting the right section of a 30,000-token product guide fixes most "
            "failing answers; every user may read it, and a few hundred requests a day make "
            "sending it cached affordable."
        ),
        answers={
            "gap": "not-sure",
            "paste-test": "pass",
            "fits": "fits",
            "context-cost": "yes",
        },
        expect="long-context",
    ),
    Scenario(
        id="unsure-gap-few-worked-answers",
        title="Not sure what fails; facts help, and only a few worked answers exist",
        situation=(
            "Our example: with the source pasted in, a planning assistant's facts are right but "
            "its reasoning misses the firm's method; retrieval is measured and finds the "
            "passages, and only 15 worked answers exist."
        ),
        answers={
            "gap": "not-sure",
            "paste-test": "some",
            "both-base": "fell-short",
            "both-examples": "few",
        },
        expect="few-shot",
    ),
    Scenario(
        id="unsure-gap-behaviour-unmeasured",
        title="Not sure what fails; the facts were fine, and nothing is scored",
        situation=(
            "Our example: pasting the right document changes nothing, so the facts were never "
            "the problem; no prompt has yet been scored on a held-out set."
        ),
        answers={"gap": "not-sure", "paste-test": "none", "baseline": "not-yet"},
        expect="prompt-first",
    ),
    Scenario(
        id="classifier-examples-pass-uncached",
        title="Classifier that passes with examples, before any lever",
        situation=(
            "Our example: a support-ticket classifier passes its scored set only with 40 "
            "examples in every prompt, which makes each ticket too costly; nothing is cached "
            "and no smaller model has been tried."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "costly",
            "levers": "not-yet",
        },
        expect="serve-cheaper",
    ),
    Scenario(
        id="hybrid-examples-pass-uncached",
        title="Hybrid that passes with examples, before any lever",
        situation=(
            "Our example: answers from retrieved policies take the right form only with worked "
            "examples beside the passages, and the longer prompt is too costly per answer; "
            "nothing is cached yet."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "costly",
            "levers": "not-yet",
        },
        expect="serve-cheaper",
    ),
    Scenario(
        id="hybrid-long-reports-small-model",
        title="Long reports from retrieved data, on a small model",
        situation=(
            "Our example: inspection reports are drafted from retrieved readings and rules; "
            "passages leave no room for worked reports, 4,000 reviewed reports exist, and the "
            "reports must come from a model cheap enough for every site visit."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "cannot",
            "both-own-language": "no",
            "both-budget": "small",
            "both-stakes": "no",
        },
        expect="distil",
    ),
    Scenario(
        id="medication-leaflets-unplanned",
        title="Patient leaflets with no release test yet",
        situation=(
            "Our example: a pharmacy chain rewrites medication leaflets into plain language; the "
            "best prompt with examples still misses its reading-level rules on a scored set. A "
            "wrong dose instruction could harm a patient, and nobody has yet planned how a tuned "
            "model would be checked before each release. A managed service may hold the data "
            "and the strongest model's price is fine."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "tried",
            "stakes": "unplanned",
            "budget": "no",
            "hosting": "yes",
        },
        expect="guard-first",
        plan=("guard-first", "fine-tune"),
    ),
    Scenario(
        id="policy-answers-mid-size",
        title="Policy answers in a house form, on a mid-size model",
        situation=(
            "Our example: an insurer's answers from retrieved policy wording miss its house form "
            "even with worked examples beside the passages; requests are broad and volume "
            "modest, so the large model is too costly per answer but a small model would be a "
            "stretch. A managed service may hold the data, and errors are caught by the agents "
            "who send the answers."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "tried",
            "both-stakes": "no",
            "both-budget": "mid",
            "both-hosting": "yes",
        },
        expect="both",
    ),
    Scenario(
        id="support-macros-mid-size",
        title="Support replies in a house style, on a mid-size model",
        situation=(
            "Our example: replies to customers miss the house style even with the most similar "
            "past replies in the prompt. Requests are broad and 20,000 a day make the strongest "
            "model too costly per reply, though a small model would not cover them; agents "
            "review every reply, and a managed service may hold the data."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "tried",
            "stakes": "no",
            "budget": "mid",
            "hosting": "yes",
        },
        expect="fine-tune",
    ),
    Scenario(
        id="court-bundles-unplanned",
        title="Court bundle summaries too long for examples",
        situation=(
            "Our example: a legal-aid service summarises court bundles of 70,000 tokens in a set form; no worked summary fits beside one, a wrong summary could harm a client, and no release test for a tuned model exists yet."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "cannot",
            "own-language": "no",
            "stakes": "unplanned",
        },
        expect="guard-first",
    ),
    Scenario(
        id="lab-result-codes-planned-small",
        title="Lab-result coding with a validation plan, at volume",
        situation=(
            "Our example: a laboratory network maps free-text results to codes; examples in the prompt still miss, a wrong code can harm a patient and each model version already goes through a written validation, and millions of results a month need a small, fast model."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "tried",
            "stakes": "planned",
            "budget": "small",
        },
        expect="distil",
    ),
    Scenario(
        id="product-copy-mid-own-cloud",
        title="Product copy on a mid-size model in our own cloud",
        situation=(
            "Our example: product copy in many categories misses the house style even with similar approved copy in the prompt; volume is modest but the strongest model is too costly per piece, and the data may go only to the company's own cloud account, on open-weight models it deploys."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "tried",
            "stakes": "no",
            "budget": "mid",
            "hosting": "cloud",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="claims-letters-no-room-unplanned",
        title="Claims letters with no room for examples",
        situation=(
            "Our example: claims decisions are drafted from retrieved policy wording and the claim file, which fill the window; a wrong decision letter can harm a customer, and no release test for a tuned model exists yet."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "cannot",
            "both-own-language": "no",
            "both-stakes": "unplanned",
        },
        expect="guard-first",
    ),
    Scenario(
        id="drug-label-answers-planned-small",
        title="Drug-label answers with a validation plan, on a small model",
        situation=(
            "Our example: pharmacists get answers drawn from retrieved drug labels in a fixed form; examples beside the passages still miss it, each model version is validated under a written plan, and answers must come from a small model at the counter."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "tried",
            "both-stakes": "planned",
            "both-budget": "small",
        },
        expect="distil",
    ),
    Scenario(
        id="grant-reviews-mid-on-premises",
        title="Grant reviews on a mid-size model, on premises",
        situation=(
            "Our example: a research funder drafts review summaries from retrieved applications in a set form; worked examples beside the passages still miss it, requests are broad and modest in number, and applications may not leave the funder's own servers."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "tried",
            "both-stakes": "no",
            "both-budget": "mid",
            "both-hosting": "no",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="claims-triage-at-volume-unplanned",
        title="Claims triage at volume, with no release test yet",
        situation=(
            "Our example: a large model sorts insurance claims well but costs too much at two "
            "million a month; caching, a lower effort, smaller models and routing are in place "
            "and speed is fine. A wrong triage can delay a payment someone needs, and no release "
            "test for a tuned model exists yet."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "unplanned",
        },
        expect="guard-first",
        plan=("guard-first", "distil"),
    ),
    Scenario(
        id="lab-codes-at-volume-planned",
        title="Lab-result codes at volume, with a validation plan",
        situation=(
            "Our example: a prompted model maps lab results to codes well, but too slowly for "
            "the analysers' feed, with every lever tried; a wrong code can harm a patient, and "
            "each model version already passes a written validation before release."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "yes",
            "narrow": "yes",
            "small-stakes": "planned",
        },
        expect="distil",
    ),
    Scenario(
        id="in-house-design-language",
        title="Code in an in-house design language",
        situation=(
            "Our example, after the practitioner review's A10: a company holds about five "
            "billion tokens of code in a hardware design language of its own, which current "
            "models write poorly even with examples; the code must stay on its own servers, "
            "and an ML team is in place."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "cannot",
            "own-language": "yes",
            "budget": "no",
            "hosting": "no",
            "stakes": "no",
        },
        expect="continued-pretraining",
        plan=("continued-pretraining", "fine-tune-open"),
    ),
    Scenario(
        id="own-cloud-no-ml-team",
        title="Tuning in our own cloud account, without ML engineers",
        situation=(
            "Our example, after the practitioner review's A7: examples in the prompt fall short "
            "on a claims-summary format; the data may go to the company's own cloud account but "
            "not to a model provider, and the team wants weights it can take with it."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "tried",
            "budget": "no",
            "hosting": "cloud",
            "stakes": "no",
        },
        expect="fine-tune-open",
    ),
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
        plan=("long-context", "rag"),
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
        plan=("structured-outputs",),
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
            "stakes": "no",
        },
        expect="few-shot",
    ),
    Scenario(
        id="clinical-coding-on-premises",
        title="Clinical coding that must stay on premises",
        situation=(
            "Our example: a hospital assigns billing codes to discharge notes; prompts with "
            "retrieved examples still miss, 5,000 coded notes exist, and patient data may not "
            "leave its own servers. Each coding model already passes a written validation before "
            "release."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "budget": "no",
            "dynamic": "tried",
            "hosting": "no",
            "stakes": "planned",
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
            "own-language": "no",
            "hosting": "no",
            "stakes": "no",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="ticket-router-at-volume",
        title="Ticket router at high volume",
        situation=(
            "Our example: routing support tickets to 40 queues needs a large model with "
            "retrieved examples to be accurate. With the instructions cached and smaller hosted "
            "models tried, three million tickets a month still make it too costly per ticket, "
            "though its speed is fine; 5,000 routed tickets serve as a held-out set."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "costly",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
    ),
    Scenario(
        id="insurance-assistant-early",
        title="Insurance assistant at an early stage",
        situation=(
            "Our example: an insurer's assistant needs current policy terms, from a library far "
            "larger than one prompt, and a fixed answer structure, but nothing has been built "
            "or measured yet."
        ),
        answers={"gap": "both", "both-base": "not-yet", "fits": "too-large"},
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
            "Our example: technicians query repair manuals through retrieval; answers need a "
            "set troubleshooting form, which worked examples beside the passages fix, and 3,000 graded answers exist. Field connections are "
            "slow, so even the fastest hosted model with caching and short answers replies too "
            "late, and only a small model on the rugged laptop is quick enough."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "costly",
            "levers": "tried",
            "latency": "yes",
            "narrow": "yes",
            "small-stakes": "no",
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
            "Our example: an open-ended voice assistant answers questions on any topic. The "
            "answers are good, but even with caching and the fastest hosted model they arrive "
            "too late for a natural conversation."
        ),
        answers={"gap": "speed-cost", "levers": "tried", "latency": "yes", "narrow": "no"},
        expect="keep-large",
        plan=("keep-large",),
    ),
    Scenario(
        id="email-triage-at-volume",
        title="Email triage at high volume",
        situation=(
            "Our example: email triage works well, speed is fine, and caching and a smaller "
            "model are in place, but millions of requests a month keep the bill the main cost."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
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
        expect="keep-large",
    ),
    Scenario(
        id="hr-assistant-by-role",
        title="HR assistant where access depends on role",
        situation=(
            "Our example: an HR assistant answers from about 300 pages of policies, pay scales "
            "and case notes. The text would fit in one prompt, but managers may see pay data and "
            "case notes that other staff may not."
        ),
        answers={"gap": "knowledge", "fits": "too-large"},
        expect="rag",
    ),
    Scenario(
        id="order-status-assistant",
        title="Order status in a shop's chat",
        situation=(
            "Our example: a shop's chat assistant must tell customers where their order is, "
            "what is in stock and what a delivery costs today; all of it lives in the order and "
            "warehouse databases and changes by the minute."
        ),
        answers={"gap": "knowledge", "fits": "live"},
        expect="rag",
    ),
    Scenario(
        id="meeting-summaries-strong-model",
        title="Meeting summaries that pass only on the strongest model",
        situation=(
            "Our example: meeting summaries pass the team's 150-case set only on the strongest "
            "model, which costs too much at 40,000 meetings a month. Nothing is cached and no "
            "smaller or newer model has been tried on the set."
        ),
        answers={"gap": "behaviour", "baseline": "passes", "levers": "not-yet"},
        expect="serve-cheaper",
    ),
    Scenario(
        id="clause-labels-on-budget",
        title="Contract clause labels on a tight budget",
        situation=(
            "Our example: a legal-tech product labels contract clauses in its own scheme. The "
            "strongest model still mislabels one clause in five on a 300-clause set, 2,000 "
            "labelled clauses exist, and examples in every prompt would break the price per "
            "document; the fixed instructions are not cached and no cheaper model has been "
            "tried."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "fell-short",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "not-yet",
            "budget": "small",
            "stakes": "no",
        },
        expect="few-shot",
    ),
    Scenario(
        id="drive-through-orders",
        title="Drive-through order taking by voice",
        situation=(
            "Our example: a drive-through voice system turns what customers say into orders "
            "from a fixed menu. With caching, short replies and the fastest hosted model it "
            "still lags behind the customer, and 20,000 reviewed orders make a held-out set."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "yes",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
    ),
    Scenario(
        id="writing-assistant-at-volume",
        title="General writing assistant at high volume",
        situation=(
            "Our example: a writing assistant drafts emails, posts and reports on any subject "
            "for millions of users. Caching, routing and a smaller model are in place and speed "
            "is fine, but the bill is still the main cost."
        ),
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "no",
        },
        expect="keep-large",
    ),
    Scenario(
        id="bank-faq-was-knowledge",
        title="Bank FAQ assistant whose gap was knowledge",
        situation=(
            "Our example: a bank's FAQ assistant seemed to answer in the wrong way as well as "
            "with wrong facts. With its 30,000-token FAQ in the prompt and a careful prompt it "
            "passes the 120-question set, at a few hundred questions a day."
        ),
        answers={
            "gap": "both",
            "both-base": "passes",
            "fits": "fits",
            "context-cost": "yes",
        },
        expect="long-context",
    ),
    Scenario(
        id="product-guide-was-knowledge",
        title="Product guide assistant whose gap was knowledge",
        situation=(
            "Our example: an assistant over 20,000 pages of product guides also broke the "
            "house answer format, until retrieval brought in the right pages; with them and a "
            "careful prompt it now passes the team's set."
        ),
        answers={"gap": "both", "both-base": "passes", "fits": "too-large"},
        expect="rag",
    ),
    Scenario(
        id="board-papers-long-examples",
        title="Board papers from long filings",
        situation=(
            "Our example: analysts draft board papers in a fixed structure from retrieved "
            "filings. Retrieval is measured, but the passages fill most of the window and each "
            "worked paper runs to 15,000 tokens, so examples do not fit beside them. 800 "
            "reviewed papers exist, a large model's price is acceptable, and a managed service "
            "under the firm's cloud terms may hold the data."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "cannot",
            "both-own-language": "no",
            "both-hosting": "yes",
            "both-stakes": "no",
        },
        expect="both",
    ),
    Scenario(
        id="discharge-letters-on-premises",
        title="Discharge letters that must stay on premises",
        situation=(
            "Our example: a hospital drafts discharge letters from retrieved clinical guidance "
            "and the patient's notes. Retrieval is measured, letters still miss the house "
            "structure with the nearest examples in the prompt, 4,000 reviewed letters exist, and"
            " patient data may not leave the hospital's own servers. A wrong letter could harm a "
            "patient, and no test for releasing each retrained version exists yet."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "tried",
            "both-hosting": "no",
            "both-stakes": "unplanned",
        },
        expect="guard-first",
        plan=("guard-first", "fine-tune-open"),
    ),
    Scenario(
        id="ticket-tags-strong-model",
        title="Ticket tags that pass only on the strongest model",
        situation=(
            "Our example: tagging support tickets with 60 product areas passes a 500-ticket set "
            "only on the strongest model. Caching, batching and smaller models have been tried, "
            "speed is no issue, and four million tickets a month keep the bill high."
        ),
        answers={
            "gap": "behaviour",
            "baseline": "passes",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
    ),
    Scenario(
        id="clinic-intake-early",
        title="Clinic intake assistant at an early stage",
        situation=(
            "Our example: a clinic's intake assistant needs its 50-page procedures handbook, "
            "about 35,000 tokens, and a set reply form; nothing has been measured yet, and a "
            "few hundred patients a day use it."
        ),
        answers={
            "gap": "both",
            "both-base": "not-yet",
            "fits": "fits",
            "context-cost": "yes",
        },
        expect="long-context",
    ),
    Scenario(
        id="support-hybrid-on-budget",
        title="Support replies with retrieval on a tight budget",
        situation=(
            "Our example: a help desk answers from retrieved articles, but replies miss the "
            "house form; 6,000 reviewed replies exist, and the large model with examples beside "
            "the passages would cost too much per reply. Nothing is cached yet and no smaller "
            "model has been tried."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-dynamic": "not-yet",
            "both-budget": "small",
            "both-stakes": "no",
        },
        expect="few-shot",
    ),
    Scenario(
        id="tax-rulings-on-premises",
        title="Tax rulings drafted on premises",
        situation=(
            "Our example: a tax authority drafts rulings from retrieved legislation and a "
            "taxpayer's file. The passages leave no room for worked rulings in the prompt, 2,500 "
            "reviewed rulings exist, a large model's price is fine, and taxpayer data may not "
            "leave the authority's own servers. A wrong ruling harms a taxpayer, and each model "
            "version is validated under a written plan."
        ),
        answers={
            "gap": "both",
            "both-base": "fell-short",
            "both-examples": "enough",
            "both-budget": "no",
            "both-dynamic": "cannot",
            "both-own-language": "no",
            "both-hosting": "no",
            "both-stakes": "planned",
        },
        expect="fine-tune-open",
    ),
    Scenario(
        id="openai-fine-tune-customer",
        title="A team whose OpenAI fine-tune is being shut down",
        situation=(
            "From a practitioner review of this site: a support team fine-tuned gpt-4.1-mini "
            "through OpenAI in 2025 to write ticket summaries in a house format. It works, at "
            "400,000 requests a month, on 3,000 reviewed summaries, and newer prompted models "
            "have not been measured against it since."
        ),
        answers={"gap": "retiring", "migrate-what": "tuned"},
        expect="migrate-tuned",
    ),
    Scenario(
        id="prompted-model-retiring",
        title="A classifier prompted on a retiring model",
        situation=(
            "Our example: an internal tool routes incoming emails into twelve queues by "
            "prompting gpt-4o-mini with a page of instructions, and the provider has announced "
            "the model's shutdown. Nothing was tuned; the prompt was refined over a year on "
            "that one model."
        ),
        answers={"gap": "retiring", "migrate-what": "prompted"},
        expect="migrate-prompted",
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
    # Teams whose model was being retired under them.
    Scenario(
        id="cfa-asap-gemini-migration",
        title="Code for America: summaries moved off a retiring Gemini model",
        situation=(
            "Code for America's ASAP PDF project summarised documents with Gemini 1.5 Pro, which "
            "Google had listed as legacy with 2.0 Flash as its replacement. The team scored the "
            "current model, the named successor and a cheaper current model on its own "
            "evaluation set, found the successor about equal (0.335 against 0.333 on one "
            "summary score), switched, and noted that the successor has a shutdown date of its "
            "own."
        ),
        answers={"gap": "retiring", "migrate-what": "prompted"},
        expect="migrate-prompted",
        assumed=("migrate-what",),
        source="cfa-asap-gemini-migration",
    ),
    Scenario(
        id="off-open-prices-gemini-retirement",
        title="Open Food Facts: price-tag reading forced off Gemini 1.5 Flash",
        situation=(
            "Open Prices reads prices and barcodes from photos of price tags with a Gemini model. "
            "When Google announced that the model version it called would start returning "
            "errors, the team opened a migration issue asking for tests against the current "
            "model and moved to Gemini 2.5; the threads do not say what those tests were."
        ),
        answers={"gap": "retiring", "migrate-what": "prompted"},
        expect="migrate-prompted",
        assumed=("migrate-what",),
        source="off-open-prices-gemini-retirement",
    ),
    Scenario(
        id="natlibfi-fingreylit-babbage",
        title="National Library of Finland: a fine-tune re-tuned before its base shut down",
        situation=(
            "The library's cataloguing team had fine-tuned OpenAI's GPT-3 babbage to extract "
            "metadata from grey-literature PDFs. With the base model shutting down, it re-ran "
            "the tuning on the recommended successor and scored it on its own test set; the "
            "score fell from 0.79 to 0.72, which the team accepted for an experiment that no "
            "longer mattered much. It tried no prompted or open-weight replacement."
        ),
        answers={"gap": "retiring", "migrate-what": "tuned"},
        expect="migrate-tuned",
        source="natlibfi-fingreylit-babbage",
    ),
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
        answers={"gap": "both", "both-base": "not-yet", "fits": "too-large"},
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
        answers={"gap": "both", "both-base": "not-yet", "fits": "too-large"},
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
        answers={"gap": "knowledge", "fits": "live"},
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
            "correct answers on the next item, while tighter prompts cut latency. The summary "
            "is each student's own and changes with every attempt, so it cannot be one cached "
            "prompt shared by every user."
        ),
        answers={"gap": "knowledge", "fits": "live"},
        expect="rag",
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
        plan=("long-context", "rag"),
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
            "The corpora are well past 200,000 tokens, the top of the middle band, where the tree"
            " retrieves; the project used a one-million-token window instead. Models find facts "
            "less reliably in the middle of long prompts, and the project reports no accuracy "
            "check on facts deep in its corpora, so the tree's caution stands until someone "
            "measures it."
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
            "both-stakes": "no",
        },
        expect="few-shot",
        assumed=("both-budget", "both-stakes"),
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
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "dynamic": "not-yet",
            "budget": "no",
            "hosting": "yes",
            "stakes": "no",
        },
        expect="few-shot",
        assumed=("budget", "dynamic", "stakes"),
        source="stitchfix-generative-ai",
        chose="fine-tune",
        differs=(
            "The accounts we read say Stitch Fix tried examples in the prompt first, but not the "
            "nearest ones for each product, nor many approved ones in a cached prefix, which the "
            "tree tries before training. Once those fall short, the tree's plan reaches the "
            "team's choice, a model tuned by a managed service. The team used 2023 models; "
            "whether better-chosen examples, or a stronger model, would have made training "
            "unnecessary was not reported."
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
            "both-hosting": "yes",
            "both-stakes": "no",
        },
        expect="few-shot",
        assumed=("both-budget", "both-dynamic", "both-stakes"),
        source="skt-claude-bedrock",
        chose="both",
        differs=(
            "The post does not say whether examples of good answers were tried in the prompt "
            "next to the retrieved passages; the tree asks for that before training. Otherwise "
            "SK Telecom's choice, tuning Claude through Amazon Bedrock's managed service with "
            "retrieval kept, is the tree's 'both' verdict. A team copying it today cannot tune "
            f"Claude there: {BEDROCK_NO_CLAUDE_TUNING}"
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
            "own-language": "no",
            "hosting": "yes",
            "stakes": "no",
        },
        expect="fine-tune",
        assumed=("stakes",),
        source="cosine-genie",
    ),
    Scenario(
        id="notion-prompt-caching",
        title="Notion: prompt caching for Notion AI",
        situation=(
            "Notion AI sends long, repeated context to Claude. Notion adopted Anthropic's "
            "prompt caching, which bills cached input far below the normal price, to make its "
            "features faster and cheaper without changing models or training anything."
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
            "OpenAI, the team fine-tuned a smaller GPT model on data prepared with GPT-4 and got "
            "similar results with 60% fewer tokens. The story names no latency limit; we assume "
            "none binds."
        ),
        answers={
            **_SPEED_LEVERS_UNTRIED,
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="serve-cheaper",
        assumed=("levers", "latency", "small-stakes"),
        source="indeed-invite-to-apply",
        chose="distil",
        differs=(
            _NOT_REPORTED_CHEAP_LEVERS + "Of those, caching the repeated examples would attack "
            "exactly the cost Indeed describes, but OpenAI began offering prompt caching in "
            "October 2024, after this story was published; a smaller hosted model with the same "
            "prompt, and routing, were open to Indeed. Once they are tried, the tree's plan "
            "reaches distillation at Indeed's volume: the two differ on order, not destination."
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
        answers={**_SPEED_LEVERS_UNTRIED, "latency": "yes", "narrow": "no"},
        expect="serve-cheaper",
        assumed=("levers",),
        source="linkedin-eon",
        chose="fine-tune-open",
        differs=(
            _NOT_REPORTED_CHEAP_LEVERS + "The disagreement does not rest on that: even with the "
            "levers pulled, the tree would not train a model for broad use across many "
            "products, because the evidence it has for small trained models is all on narrow "
            "tasks. LinkedIn chose control and domain skill across its products, which the "
            "tree's speed-and-cost branch does not weigh."
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
        answers={**_SPEED_LEVERS_UNTRIED, "latency": "yes", "narrow": "yes", "small-stakes": "no"},
        expect="serve-cheaper",
        assumed=("levers", "small-stakes"),
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
            "model it calls better, faster and cheaper. No latency limit is named; we assume none"
            " binds."
        ),
        answers={
            **_SPEED_LEVERS_UNTRIED,
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="serve-cheaper",
        assumed=("levers", "latency", "small-stakes"),
        source="databricks-ai-docs",
        chose="distil",
        differs=(
            "The reasons Databricks gives go beyond price: a provider changing its model under "
            "the product, and quotas. Cheaper serving fixes neither; a model the team controls "
            "does. The tree weighs control over the model only where it asks where data may live, "
            "not on this branch. Nor was prompt caching on offer from the large providers when "
            "Databricks wrote (Anthropic added it in August 2024, OpenAI in October 2024); we "
            "count the levers as untried because the post reports none of the others."
        ),
    ),
    Scenario(
        id="checkr-adjudication",
        title="Checkr: classifying hard background-check records",
        situation=(
            "Checkr sorts the messiest 2% of background-check records into 230 categories, "
            "millions of checks a month, under synchronous latency limits. Prompted GPT-4 reached"
            " 88% (82% on hard records) at about 15 seconds, and adding retrieval lowered "
            "hard-record accuracy to 79%; a small open model tuned on Checkr's own historical "
            "labels did better, faster and at a fifth of the cost. We take the retrieval it added"
            " as examples in the prompt tried; the accounts do not say what it retrieved."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "dynamic": "tried", "budget": "small", "stakes": "no"},
        expect="distil",
        assumed=("dynamic", "stakes"),
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
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "yes",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
        assumed=("small-stakes",),
        source="instacart-intent-engine",
    ),
    Scenario(
        id="grab-vision-llm",
        title="Grab: document reading model",
        situation=(
            "Grab reads identity documents in many South-East Asian languages and layouts. Hosted"
            " models read those scripts poorly, hallucinated and were slow, and open vision "
            "models were not accurate enough; the team trained its own model of about 1B "
            "parameters on synthetic and auto-labelled data, roughly halving latency against a "
            "tuned 2B model. We take scripts that hosted models read poorly as a skill examples "
            "cannot teach, and its training data as far short of billions of tokens."
        ),
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "dynamic": "cannot",
            "own-language": "no",
            "budget": "small",
            "stakes": "no",
        },
        expect="distil",
        assumed=("stakes",),
        source="grab-vision-llm",
    ),
    Scenario(
        id="github-copilot-completions",
        title="GitHub: Copilot completion model",
        situation=(
            "Copilot's code completions serve millions of developers and must appear at once. "
            "GitHub says it has kept iterating on the custom models behind them; earlier ones, "
            "tuned for acceptance rate, favoured short, trivial suggestions. It trained a new "
            "custom completion model for the one task of completing code, judged it on "
            "execution-based benchmarks before A/B tests, and reports 20% more accepted-and-kept "
            "characters with 35% lower latency. We count the custom models it already served as "
            "the cheap levers tried, and assume a large model with examples in its prompt would "
            "write good completions, too late."
        ),
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "dynamic": "costly",
            "levers": "tried",
            "latency": "yes",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
        assumed=("small-stakes",),
        source="github-copilot-completions",
    ),
    Scenario(
        id="cursor-fast-apply",
        title="Cursor: fast apply model",
        situation=(
            "Cursor found GPT-4 and GPT-4o lazy, inaccurate and slow at rewriting whole files. It"
            " split planning (a frontier model) from applying the edit, trained a 70B model on "
            "the apply task and serves it with speculative decoding at about 1,000 tokens a "
            "second. The write-up does not give the size of the training set; we count it as "
            "enough because they trained on it, and assume the frontier models fell short with "
            "examples in their prompts as well."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "dynamic": "tried", "budget": "small", "stakes": "no"},
        expect="distil",
        assumed=("stakes",),
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
            "Bloomberg pre-trained a model from scratch, further than any verdict here goes; the "
            "nearest is continued pre-training, which the tree keeps for a language or notation "
            "current models cannot read, after the strongest prompted model has been measured on "
            "the task. Bloomberg's comparison left that model out, and financial English is not "
            "such a language. A later study by J.P. Morgan AI Research, in its revised version, "
            "found prompted GPT-4 matched or beat domain-specific models on many such financial "
            "tasks while trailing on entity and relation extraction."
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
        answers={
            "gap": "behaviour",
            "baseline": "not-yet",
            "residual": "behaviour",
            "examples": "enough",
            "dynamic": "not-yet",
        },
        expect="prompt-first",
        assumed=("examples",),
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
            "GPT-4's 97% of the time."
        ),
        answers={"gap": "both", "both-base": "not-yet", "fits": "too-large"},
        expect="rag",
        source="harvey-case-law",
        chose="fine-tune",
        differs=(
            "Retrieval falling short over a corpus this large is, for the tree, a retrieval "
            "problem to work on (search, ranking, what the passages carry), not a reason to train"
            " citable facts into the weights. The tree keeps continued pre-training for a "
            "language or notation of one's own, not for case law a model can read once it is "
            "retrieved. The story compares the custom model only with GPT-4's answers, not with "
            "improved retrieval, and Harvey has since moved to several general models from "
            "different providers."
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
        answers={
            "gap": "speed-cost",
            "levers": "tried",
            "latency": "no",
            "volume": "high",
            "narrow": "yes",
            "small-stakes": "no",
        },
        expect="distil",
        assumed=("small-stakes",),
        source="yelp-query-understanding",
    ),
    Scenario(
        id="microsoft-incident-root-causes",
        title="Microsoft: root causes of cloud incidents",
        situation=(
            "Microsoft had fine-tuned GPT-3 models on past incidents to suggest root causes, but "
            "retraining larger models as new incidents arrive is costly. With over 100,000 past "
            "incidents, it instead retrieves the most similar ones and puts them in GPT-4's "
            "prompt as examples; this beat the fine-tuned models by 24.8% on average across its "
            "metrics."
        ),
        answers={**_BEHAVIOUR_WITH_EXAMPLES, "dynamic": "not-yet", "stakes": "no"},
        expect="few-shot",
        assumed=("stakes",),
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
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "dynamic": "not-yet",
            "budget": "no",
            "hosting": "no",
            "stakes": "no",
        },
        expect="few-shot",
        assumed=("budget", "dynamic", "stakes"),
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
            "both-hosting": "cloud",
            "both-stakes": "no",
        },
        expect="few-shot",
        assumed=("both-budget", "both-dynamic", "both-hosting", "both-stakes"),
        source="perplexity-nemo",
        chose="fine-tune-open",
        differs=(
            "The case study does not say whether worked examples were tried next to the search "
            "results, which the tree asks for first. After that, for a team that tunes "
            "open-weight models on machines it deploys and keeps retrieval, the tree's plan "
            "reaches the verdict Perplexity's choice fits. Nor does it state a cost limit per "
            "request: at an answer engine's volume one may well bind, and then the plan would "
            "reach a smaller model tuned for the task, with retrieval kept."
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
            "both-dynamic": "cannot",
            "both-own-language": "yes",
            "both-budget": "small",
            "both-stakes": "no",
        },
        expect="continued-pretraining",
        assumed=("both-examples", "both-dynamic", "both-own-language", "both-stakes"),
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
        answers={
            **_BEHAVIOUR_WITH_EXAMPLES,
            "dynamic": "not-yet",
            "budget": "no",
            "hosting": "no",
            "stakes": "no",
        },
        expect="few-shot",
        assumed=("budget", "dynamic", "stakes"),
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
        "retrieval, not into the weights instead; behaviour is measured first, then fixed with a stronger "
        "model, a schema or examples in the prompt, and trained only when those fall short or "
        "speed and price rule out a longer prompt; speed and cost are served cheaper before a "
        "smaller model is trained, and only for one narrow task; where the data may live is "
        "asked before any training."
    ),
    start="gap",
    questions=QUESTIONS,
    verdicts=VERDICTS,
    scenarios=SCENARIOS,
    sources=("choose-for-your-ai-product", "ovadia-2023", "openai-model-optimization"),
    reviewed="2026-11-22",
)

__all__ = ["LIBRARY", "TREE"]
