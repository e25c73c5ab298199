"""A team already runs RAG: when adding fine-tuning pays off, and when the fix lies elsewhere.

Fine-tuning comes last here. Retrieval is measured and fixed first, then the prompt,
then the levers that need no training (structured outputs, a stronger reader, the
nearest examples in the prompt, caching, a faster hosted model and routing), and only
then a trained model, and for speed or cost only where the traffic repays it.
"""

from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.vendor_facts import (
    AZURE_FT_HOSTING_HOURLY,
    BEDROCK_CUSTOM_ON_DEMAND,
    BEDROCK_NO_CLAUDE_TUNING,
    OPENAI_CACHE_MIN_PROMPT,
    OPENAI_CACHE_TTFT_BY_LENGTH,
    OPENAI_SFT_EXAMPLE_COUNTS,
)

FM = "failure-modes.md"
MT = "maintenance.md"
TUNE = "framework/when-fine-tuning.md"

TREE = Tree(
    slug="add-fine-tuning-to-rag",
    title="Already on RAG: is fine-tuning worth adding?",
    summary=(
        "Fine-tuning earns its upkeep in a working RAG system only for what retrieval, prompting "
        "and the no-training levers cannot fix: a house style that examples in the prompt do not "
        "hold, a reader that keeps being misled by irrelevant passages, or a large model too slow "
        "for a narrow task at enough traffic to repay training. This tree rules out the cheaper "
        "fixes first and measures each step."
    ),
    start="retrieval-finds-the-answer",
    reviewed="2026-11-22",
    questions=[
        Question(
            id="retrieval-finds-the-answer",
            text=(
                "Measured on labelled questions, does retrieval return the passage that answers "
                "(say in the top 5 to 20)?"
            ),
            why=(
                "A model cannot answer from a passage it never receives, and fine-tuning the "
                "generator does not change what the retriever returns. Retrieval is scored on its "
                "own, as recall@k on questions whose answering passage is known; vendor guides put "
                "this measurement before any other optimisation."
            ),
            sources=[
                "es-2023-ragas",
                "databricks-retrieval-quality",
                "langchain-retrieval-quality",
            ],
            options={
                "no": Option("No, or we have not measured it", "fix-retrieval"),
                "yes": Option("Yes, recall is high", "main-pain"),
            },
        ),
        Question(
            id="main-pain",
            text="What is the main pain now: the answers, or their speed and cost?",
            why=(
                "Quality problems and latency problems have different cheap fixes. A long retrieved "
                "context is one reason AmanAI Lab gives for adding fine-tuning, but caching and a "
                "shorter context come first; quality problems start with the prompt."
            ),
            sources=["amanai-lab", "openai-prompt-caching"],
            changeable=False,
            options={
                "quality": Option("Answer quality", "prompt-baseline"),
                "latency": Option(
                    "Too slow or too costly per request", "context-trimmed-and-cached"
                ),
            },
        ),
        Question(
            id="prompt-baseline",
            text=(
                "Have you scored your best prompt (clear instructions, grounding rules, a few "
                "examples) on held-out real questions, and it still falls short?"
            ),
            why=(
                "Fine-tuning is judged against the best prompted model, so that baseline has to "
                "exist first. OpenAI's guide reserves fine-tuning for after the prompt has been "
                "taken as far as it goes and the remaining problems are known."
            ),
            sources=["openai-supervised-fine-tuning", "amanai-lab"],
            options={
                "no": Option("No, not measured or only lightly prompted", "improve-prompting"),
                "yes": Option("Yes, and it still falls short", "quality-problem"),
            },
        ),
        Question(
            id="quality-problem",
            text="What still fails on that held-out set?",
            why=(
                "Each remaining failure has its own cheapest fix: a format can often be enforced "
                "at decoding time, a reader misled by passages may just need a stronger model, "
                "and style is taught by examples, in the prompt before in the weights."
            ),
            sources=["openai-structured-outputs", "raft-2024", "amanai-lab"],
            options={
                "format": Option(
                    "Output breaks a JSON schema or fixed format", "schema-enforceable"
                ),
                "ignores-passages": Option(
                    "It ignores the passages or is misled by irrelevant ones",
                    "stronger-model-tried",
                ),
                "style": Option(
                    "Tone, structure or domain wording is off or varies", "good-examples-available"
                ),
            },
        ),
        Question(
            id="schema-enforceable",
            text="Can the format be written as a JSON schema that your API can enforce?",
            why=(
                "Structured outputs constrain decoding to a schema: on OpenAI's eval of complex "
                "schemas, gpt-4o-2024-08-06 with structured outputs scored 100%, against under 40% "
                "for gpt-4-0613 prompted for the format. Only formats a schema cannot express need "
                "examples."
            ),
            sources=["openai-structured-outputs"],
            options={
                "yes": Option("Yes, it is JSON the API can enforce", "use-structured-outputs"),
                "no": Option("No, it is a layout or house format", "good-examples-available"),
            },
        ),
        Question(
            id="stronger-model-tried",
            text="Have you tried a stronger or newer model as the reader, with the same retrieval?",
            why=(
                "RAFT, which trains a model on questions with the right passage among distractors, "
                "lifted a Llama2-7B reader by up to 35 percentage points on HotpotQA and 76 on "
                "Torch Hub over the same model untuned with the same retrieval, which had scored "
                "close to zero on HotpotQA and 9% on Torch Hub. A small later study found the "
                "gain for Llama2-7B but not for Llama3-8B or Mistral-7B-v0.3, each compared with "
                "its own untuned version, so a current model may read well enough untrained."
            ),
            sources=["raft-2024", "sager-2024-raft-revisited"],
            options={
                "no": Option("No, only the current model", "try-stronger-reader"),
                "yes": Option("Yes, or the model must stay", "raft-fine-tune"),
            },
        ),
        Question(
            id="good-examples-available",
            text=(
                "Do you have at least 50 to 100 reviewed examples of ideal answers, each with the "
                "passages it drew on?"
            ),
            why=(
                "Examples are what both dynamic few-shot and fine-tuning learn from. "
                f"{OPENAI_SFT_EXAMPLE_COUNTS} The same guide says a smaller high-quality set "
                "beats a larger poor one, and examples without their passages would teach the "
                "model to answer without retrieval."
            ),
            sources=["openai-supervised-fine-tuning", "choose-for-your-ai-product"],
            options={
                "no": Option("No, or only a handful", "collect-data-first"),
                "yes": Option("Yes, a reviewed set", "few-shot-tried"),
            },
        ),
        Question(
            id="few-shot-tried",
            text=(
                "Have you tried putting the most similar of those examples in the prompt for each "
                "request (dynamic few-shot)?"
            ),
            why=(
                "Choosing the in-context examples nearest to each input, rather than at random, "
                "raised GPT-3's scores by about 44% relative to random choice on a table-to-text "
                "task and 45% on open-domain QA. Google's tuning guide likewise recommends "
                "prompting first and tuning only to go further or to fix errors that keep "
                "recurring."
            ),
            sources=["liu-2022-in-context-examples", "vertex-tune-models"],
            options={
                "no": Option("No, fixed examples or none", "dynamic-few-shot"),
                "yes": Option("Yes, and it still falls short", "fine-tune-generator"),
            },
        ),
        Question(
            id="context-trimmed-and-cached",
            text=(
                "Have you cut the prompt to a few reranked passages and turned on prompt caching "
                "for its fixed part?"
            ),
            why=(
                f"{OPENAI_CACHE_MIN_PROMPT} {OPENAI_CACHE_TTFT_BY_LENGTH} Fewer, "
                "better-ranked passages shorten every request, and long contexts also hurt "
                "accuracy past a model-specific length."
            ),
            sources=[
                "openai-prompt-caching",
                "openai-prompt-caching-201",
                "leng-2024-long-context-rag",
                "anthropic-contextual-retrieval",
            ],
            options={
                "no": Option("No, not yet", "trim-and-cache"),
                "yes": Option("Yes, and it is still too slow or costly", "faster-model-tried"),
            },
        ),
        Question(
            id="faster-model-tried",
            text=(
                "Have you scored smaller or faster hosted models on your held-out set, and routed "
                "the easy requests to the cheapest one that passes?"
            ),
            why=(
                "Model size is the main driver of speed, and switching to a smaller hosted model "
                "is configuration, not a project. RouteLLM's routers, sending easy requests to a "
                "weaker model, cut cost by half or more on some public benchmarks while keeping "
                "quality close to the strong model's. Training a small model is worth its upkeep "
                "only once no hosted model passes."
            ),
            sources=["openai-latency-optimization", "ong-2024-routellm"],
            options={
                "no": Option("No, only the current model", "switch-to-faster-model"),
                "yes": Option(
                    "Yes, and none passes at the speed or price needed", "task-is-narrow"
                ),
            },
        ),
        Question(
            id="task-is-narrow",
            text=(
                "Is the task narrow and repetitive enough for a smaller model to learn it from "
                "the large model's logged answers?"
            ),
            why=(
                "OpenAI's guide describes reaching similar quality with a smaller model tuned on "
                "a larger model's answers, for less cost and latency. The evidence for small "
                "trained models comes from narrow tasks (Hsieh et al. used four benchmarks); for "
                "broad, open-ended use, keep the fastest hosted model that passes."
            ),
            sources=["openai-supervised-fine-tuning", "hsieh-2023-distilling", "raft-2024"],
            options={
                "yes": Option("Yes, one narrow task", "training-pays-back"),
                "no": Option("No, requests are broad and varied", "serve-without-training"),
            },
        ),
        Question(
            id="training-pays-back",
            text=(
                "Is traffic high enough that a tuned small model repays training, hosting and "
                "retraining, or must it answer faster than any hosted model can?"
            ),
            why=(
                "Training is paid once and upkeep every month, while savings accrue per request, "
                f"and how the tuned model is hosted decides the upkeep. {AZURE_FT_HOSTING_HOURLY} "
                f"{BEDROCK_CUSTOM_ON_DEMAND} A tuned model is also rebuilt when its base model "
                "is retired. At modest traffic with no hard latency limit, the savings may never "
                "repay it."
            ),
            sources=[
                "azure-fine-tuning-cost-management",
                "bedrock-custom-on-demand",
                "openai-fine-tuning-wind-down",
            ],
            options={
                "yes": Option(
                    "Yes: high volume, or a latency limit only a small model meets",
                    "fine-tune-smaller-model",
                ),
                "no": Option(
                    "No, modest traffic and no hard latency limit", "serve-without-training"
                ),
            },
        ),
    ],
    verdicts=[
        Verdict(
            id="fix-retrieval",
            title="Fix retrieval, not the model",
            because=(
                "The model is answering from the wrong passages, or nobody knows whether it gets "
                "the right ones, so training it would not help. Retrieval fixes (reranking, hybrid "
                "search, chunks that carry their context, a tuned embedding model) are cheaper and "
                "measurable; Anthropic cut retrieval failures by 67% with three of them."
            ),
            next_steps=[
                NextStep(
                    "Label real questions with their answering passages and score recall@k",
                    see=f"{FM}#measure-retrieval",
                ),
                NextStep(
                    "Use the RAG failure diagnosis tree to find the cause",
                    see="trees/rag-failure-diagnosis.md",
                ),
                NextStep(
                    "If wording is the problem, tune the embedding model or reranker instead",
                    see=f"{FM}#tune-the-retriever",
                ),
            ],
            sources=[
                "anthropic-contextual-retrieval",
                "databricks-embedding-finetuning",
                "es-2023-ragas",
                "amanai-lab",
            ],
            short_if=(
                "With recall@k on the labelled questions now high, the answers still fall short of "
                "what you need."
            ),
            then={"retrieval-finds-the-answer": "yes"},
            costs=[
                (
                    "People who know the content spend time labelling real questions with their "
                    "answering passages, and the set needs upkeep as content and questions change."
                ),
                (
                    "A reranker, if added, puts a model call and some latency on every query; a "
                    "tuned embedding model means embedding the whole corpus again, and after each "
                    "later tune."
                ),
            ],
            risks=[
                (
                    "A labelled set ages with the content: recall measured on old questions can "
                    "look healthy while new kinds of questions fail."
                ),
            ],
        ),
        Verdict(
            id="improve-prompting",
            title="Improve and measure the prompt first",
            because=(
                "Prompting has not had a fair, measured chance, and it costs little next to training. "
                "Without a scored baseline there is nothing for a fine-tune to beat, and AmanAI "
                "Lab's author found good retrieval and prompting enough for most projects."
            ),
            next_steps=[
                NextStep(
                    "Build a held-out set of real questions with the answers you want",
                    see=f"{FM}#ft-evaluation",
                ),
                NextStep(
                    "State the task, grounding rules, tone and format as explicit instructions",
                    see=f"{FM}#grounding-prompt",
                ),
                NextStep(
                    "Add a few worked examples of ideal answers", see=f"{FM}#dynamic-few-shot"
                ),
                "Score the prompt on the set before reconsidering fine-tuning",
            ],
            sources=[
                "openai-supervised-fine-tuning",
                "amanai-lab",
                "anthropic-reduce-hallucinations",
            ],
            short_if=(
                "Your best prompt still fails cases on held-out real questions, on a set large enough "
                "to show it: about 312 paired cases to tell 80% from 85% when one in ten differs."
            ),
            then={"prompt-baseline": "yes"},
            costs=[
                (
                    "Building and scoring a held-out set takes expert time, and the set needs "
                    "upkeep as real questions change."
                ),
                "Longer instructions and worked examples add input tokens to every request.",
            ],
            risks=[
                (
                    "Revising the prompt again and again against the same held-out set can fit the "
                    "prompt to that set; fresh cases show whether the gain is real."
                ),
                (
                    "A prompt tuned on one model may score differently on its successor, so a "
                    "model change means scoring it again."
                ),
            ],
        ),
        Verdict(
            id="use-structured-outputs",
            title="Enforce the schema with structured outputs",
            because=(
                "The format is a JSON schema, and current APIs can constrain decoding to it, so "
                "no training is needed to make outputs valid. OpenAI measured 100% schema adherence "
                "this way where prompting an older model reached under 40%; the content still comes "
                "from retrieval."
            ),
            next_steps=[
                NextStep(
                    "Express the format as a strict JSON schema", see=f"{FM}#structured-outputs"
                ),
                NextStep(
                    "Turn on the API's structured-output or strict tool mode",
                    see=f"{FM}#structured-outputs",
                ),
                NextStep(
                    "Track the share of outputs whose values are wrong, not only invalid",
                    see=f"{FM}#structured-outputs",
                ),
            ],
            sources=["openai-structured-outputs"],
            short_if=(
                "With strict schema mode on, the values are still wrong, or what fails is a layout "
                "the schema cannot express."
            ),
            then={"schema-enforceable": "no"},
            costs=[
                "The schema becomes code to keep in step with every system that reads the output.",
            ],
            risks=[
                (
                    "Schema-valid output makes wrong values harder to spot: they look as well "
                    "formed as right ones."
                ),
                (
                    "The format now rests on an API feature; moving to a model or provider without "
                    "strict schema mode brings invalid outputs back."
                ),
            ],
        ),
        Verdict(
            id="try-stronger-reader",
            title="Try a stronger reader before training one",
            because=(
                "The passages arrive but the model misuses them, and no stronger model has been "
                "tried. RAFT's gains were measured on Llama2-7B, and a small later study found none "
                "on newer 7-8B models over their untuned versions, so swapping the reader is the "
                "cheaper test of whether the problem is the model."
            ),
            next_steps=[
                NextStep("Run the held-out set on one or two stronger models", see=f"{FM}#raft"),
                NextStep(
                    "Keep the grounding instructions identical across models",
                    see=f"{FM}#grounding-prompt",
                ),
                NextStep("Weigh the accuracy gain against cost and latency", see=f"{FM}#raft"),
            ],
            sources=["sager-2024-raft-revisited", "raft-2024"],
            short_if=(
                "On the held-out set, stronger models with the same passages and instructions still "
                "misread them, or cost, hosting or latency rules them out."
            ),
            then={"stronger-model-tried": "yes"},
            costs=[
                "A stronger model can cost more and answer more slowly on every request.",
                (
                    "Each candidate model is another full run of the held-out set, and reviewer "
                    "time to read the differences."
                ),
            ],
            risks=[
                (
                    "A new reader can change tone, refusals and format as well as accuracy; what "
                    "the held-out set does not score can get worse unseen."
                ),
                (
                    "The new model follows its vendor's schedule of changes and retirements, so "
                    "the choice needs checking again when it changes."
                ),
            ],
        ),
        Verdict(
            id="raft-fine-tune",
            title="Fine-tune the reader on passages with distractors (RAFT)",
            because=(
                "The reader stays misled by irrelevant passages even at its best, so train it for "
                "exactly that. RAFT trains on questions paired with the answering passage and "
                "distractors, with some examples lacking the passage, and answers that quote the "
                "passage; it measured question-answering accuracy on domain RAG benchmarks. Its "
                "lead over plain supervised tuning on the same data was about 29 points on "
                "HotpotQA but under 1 on Torch Hub, and a later study found no gain on newer "
                "7-8B models, so compare RAFT with plain tuning on the same retrieval outputs "
                "and with the untuned model."
            ),
            next_steps=[
                NextStep(
                    "Generate questions from your corpus and pair each with its passage and distractors",
                    see=f"{FM}#raft",
                ),
                NextStep("Write answers that quote the passage they rely on", see=f"{FM}#raft"),
                NextStep(
                    "Also train plain supervised tuning on the same retrieval outputs, and score "
                    "both against the untuned model on the held-out set",
                    see="framework/both.md#raft",
                ),
                NextStep(
                    "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                    see=f"{FM}#ft-safety",
                ),
                NextStep("Keep RAG in place: the tuned model reads, retrieval supplies facts"),
            ],
            sources=["raft-2024", "sager-2024-raft-revisited", "qi-2023-finetuning-safety"],
            short_if=(
                "The RAFT-tuned reader does not beat both plain supervised tuning on the same "
                "retrieval outputs and the untuned model on the held-out set."
            ),
            then_tree="fine-tuning-failure-diagnosis",
            costs=[
                (
                    "Training data has to be generated and reviewed: questions, their passages, "
                    "distractors and quoted answers, refreshed as the corpus changes."
                ),
                (
                    "Three models are scored on every evaluation, and the tuned reader is one more "
                    "model to host, version and train again on any new base model."
                ),
            ],
            risks=[
                (
                    "Tuning can weaken refusals and safety behaviour even on harmless data (Qi et "
                    "al.), and each retrain can weaken them again."
                ),
                (
                    "The reader is trained on what today's retrieval returns; a change to "
                    "retrieval or chunking changes what it reads and may call for a new tune."
                ),
            ],
        ),
        Verdict(
            id="collect-data-first",
            title="Collect examples first",
            because=(
                "Both dynamic few-shot and fine-tuning learn from examples of the answers you "
                "want, and there are not enough yet. Training on a thin or noisy set usually does "
                "no better than prompting while adding training and serving costs."
            ),
            next_steps=[
                NextStep(
                    "Log real questions with the passages the model was given",
                    see=f"{FM}#ft-train-serve",
                ),
                NextStep(
                    "Have experts write or correct the ideal answers", see=f"{FM}#ft-data-quality"
                ),
                NextStep(
                    "Set part of the set aside for held-out evaluation", see=f"{FM}#ft-evaluation"
                ),
                "Come back to this tree with 50 to 100 reviewed examples",
            ],
            sources=["openai-supervised-fine-tuning", "choose-for-your-ai-product"],
            short_if=(
                "With 50 to 100 reviewed examples and their passages collected, the prompt alone "
                "still fails the same held-out cases."
            ),
            then={"good-examples-available": "yes"},
            costs=[
                (
                    "Experts' time to write or correct ideal answers is the main cost, and it "
                    "recurs as products, policies and questions change."
                ),
                "The style or format problem stays in production while the set is built.",
            ],
            risks=[
                (
                    "Logged questions and passages can hold personal or confidential data; keeping "
                    "them for training needs access limits and a retention rule."
                ),
                (
                    "Answers written by several experts can disagree in style, and a model learns "
                    "the disagreement unless one written guide settles it."
                ),
            ],
        ),
        Verdict(
            id="dynamic-few-shot",
            title="Put the nearest examples in the prompt",
            because=(
                "You have good examples but have not let the model see the relevant ones at answer "
                "time. Retrieving the examples most similar to each request and placing them in "
                "the prompt teaches style and wording with no training run, and it updates as soon "
                "as the example set does."
            ),
            next_steps=[
                NextStep(
                    "Index the reviewed examples like documents", see=f"{FM}#dynamic-few-shot"
                ),
                NextStep(
                    "Retrieve the 3 to 10 nearest examples for each request",
                    see=f"{FM}#dynamic-few-shot",
                ),
                NextStep(
                    "Cache the fixed part of the prompt to keep the cost down",
                    see=f"{FM}#prompt-caching",
                ),
                "Score it on the held-out set against the fixed prompt",
            ],
            sources=[
                "liu-2022-in-context-examples",
                "vertex-tune-models",
                "openai-prompt-caching",
            ],
            short_if=(
                "Scored on the held-out set against the fixed prompt, the nearest examples still "
                "leave the style or format failing on cases that matter."
            ),
            then={"few-shot-tried": "yes"},
            costs=[
                (
                    "The examples in each prompt add input tokens and a retrieval step to every "
                    "request."
                ),
                (
                    "The example index needs the same upkeep as the document index: adding, "
                    "correcting and removing examples."
                ),
            ],
            risks=[
                (
                    "A wrong or outdated example reaches answers as soon as it is indexed, so "
                    "changes to the example set need review."
                ),
                (
                    "Examples carry facts as well as style: an example with an old price or policy "
                    "can leak into a new answer."
                ),
            ],
        ),
        Verdict(
            id="fine-tune-generator",
            title="Fine-tune the generator on RAG-shaped examples",
            because=(
                "Retrieval is sound, the prompt and the nearest examples have been measured and "
                "still fall short, and you have a reviewed set: this is the behaviour gap that "
                "fine-tuning is for. Train on examples that include the retrieved passages as "
                "production sends them, and keep RAG for the facts."
            ),
            next_steps=[
                NextStep(
                    "Build training examples with the same prompt and passages as production",
                    see=f"{FM}#ft-train-serve",
                ),
                NextStep(
                    "Check which services still tune the model you need, by which method and "
                    "until when",
                    see="providers.md#tuning",
                ),
                NextStep(
                    "Choose where it trains and runs: a provider's managed service, your own "
                    "cloud account, or hardware you run, with an open-weight model and LoRA",
                    see=f"{TUNE}#managed-or-in-house",
                ),
                NextStep(
                    "Weigh training and hosting against your volume: some services bill a "
                    "deployed tuned model by the hour, used or not",
                    see="costs.md?preset=fine-tune#calculator",
                ),
                NextStep(
                    "Start with 50 to 100 examples and check for a clear gain before adding more",
                    see=f"{FM}#ft-data-quality",
                ),
                NextStep(
                    "Compare the tuned model with your best prompt and nearest examples on the "
                    "newest model you may use, on the held-out set",
                    see="evaluation.md?preset=tuned-vs-prompt#planner",
                ),
                NextStep(
                    "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                    see=f"{FM}#ft-safety",
                ),
                NextStep(
                    "Version the model with its data, and plan the move off it before its base "
                    "model's shutdown date",
                    see=f"{MT}#base-model-lifetime",
                ),
            ],
            sources=[
                "openai-supervised-fine-tuning",
                "vertex-tune-models",
                "bedrock-custom-on-demand",
                "lora-2022",
                "qi-2023-finetuning-safety",
                "azure-fine-tuning-cost-management",
                "openai-fine-tuning-wind-down",
                "amanai-lab",
                "high-country-codes",
                "owasp-llm02-2026",
            ],
            short_if=(
                "The tuned model with retrieval does not beat your best prompt with the nearest "
                "examples on the newest model you may use, on the same passages and held-out set."
            ),
            then_tree="fine-tuning-failure-diagnosis",
            costs=[
                (
                    "Each retrain adds a training run and a full round of held-out, safety and "
                    "general-skill tests before release."
                ),
                (
                    "A change to the prompt template or passage format means rebuilding the "
                    "examples and training again."
                ),
                (
                    "Serving the tuned model costs for as long as it runs: where a service bills "
                    "it by the hour, the fee runs whether traffic uses it or not."
                ),
            ],
            risks=[
                (
                    "If a managed service trains and serves it, the model lives only as long as "
                    "its base model there: a shutdown forces a re-tune on the vendor's timetable."
                ),
                (
                    "Personal or confidential text in the examples can be memorised and repeated; "
                    "OWASP notes that what shaped the weights stays extractable after the source "
                    "data is deleted."
                ),
                (
                    "Tuning can weaken refusals and safety behaviour even on harmless data (Qi et "
                    "al.), and every retrain can weaken them again."
                ),
            ],
        ),
        Verdict(
            id="trim-and-cache",
            title="Cut and cache the context first",
            because=(
                "Much of each request is context the model reads again every time. Caching the "
                "fixed part cuts the wait for the first token most at long prompts, and keeping "
                "only the best few reranked passages shortens the rest. Both leave retrieval's "
                "easy updates in place, which training knowledge in would lose."
            ),
            next_steps=[
                NextStep(
                    "Put instructions and stable reference text first so they cache",
                    see=f"{FM}#prompt-caching",
                ),
                NextStep("Rerank and keep the best 5 to 10 passages", see=f"{FM}#rerank"),
                NextStep(
                    "Trim boilerplate from chunks and from the template", see=f"{FM}#context-budget"
                ),
                "Re-measure latency and answer quality on the same set",
            ],
            sources=[
                "openai-prompt-caching",
                "anthropic-contextual-retrieval",
                "leng-2024-long-context-rag",
            ],
            short_if=(
                "With a few reranked passages and the fixed part cached, latency or cost per request "
                "at real traffic is still over your limit."
            ),
            then={"context-trimmed-and-cached": "yes"},
            costs=[
                "A reranker adds a model call and some latency to every request.",
                (
                    "Reordering the prompt so its fixed part comes first is engineering work, and "
                    "that order has to be kept as the prompt changes."
                ),
            ],
            risks=[
                (
                    "The cache serves only an exact match of the prompt's opening: an edit to the "
                    "instructions, or a date placed among them, quietly ends the saving."
                ),
                (
                    "Keeping fewer passages lowers the chance the answer is among them; a drop on "
                    "rarer questions can go unnoticed."
                ),
            ],
        ),
        Verdict(
            id="fine-tune-smaller-model",
            title="Fine-tune a smaller model to read the passages",
            because=(
                "The context is already lean and cached, no faster hosted model passes, the task "
                "is narrow, and traffic or a latency limit makes training pay, so a smaller model "
                "trained on reviewed answers can match the large one for less time and money. "
                "Keep retrieval: the small model learns the task, not the facts, which "
                "fine-tuning stores poorly."
            ),
            next_steps=[
                NextStep(
                    "Log the large model's answers that pass your grader, with their passages, "
                    "and review a sample before training on them",
                    see=f"{FM}#smaller-model",
                ),
                NextStep(
                    "Estimate when training, hosting and retraining pay back at your traffic",
                    see="costs.md?preset=distil#calculator",
                ),
                NextStep(
                    "Check which services tune the small model you want, and whether a tuned "
                    "model is billed per token or by the hour",
                    see="providers.md#tuning",
                ),
                NextStep(
                    "Check that the large model's terms let you train on its answers",
                    see=f"{TUNE}#provider-terms",
                ),
                NextStep(
                    "Compare latency, cost and held-out quality against the large model",
                    see="evaluation.md?preset=tuned-vs-prompt#planner",
                ),
                NextStep(
                    "Rerun refusal, safety and general-skill tests on the tuned model before rollout",
                    see=f"{FM}#ft-safety",
                ),
                "Route the requests it fails to the large model",
            ],
            sources=[
                "hsieh-2023-distilling",
                "azure-fine-tuning-cost-management",
                "bedrock-custom-on-demand",
                "qi-2023-finetuning-safety",
                "openai-supervised-fine-tuning",
                "openai-services-agreement",
                "anthropic-commercial-terms",
                "raft-2024",
                "gekhman-2024",
                "owasp-llm02-2026",
            ],
            short_if=(
                "On held-out requests the small model falls below the large model's quality, or "
                "misses the latency or cost per request it was trained to meet."
            ),
            then_tree="fine-tuning-failure-diagnosis",
            costs=[
                (
                    "There is a second model to train, host and retrain, while the large model "
                    "stays in service for the requests the small one fails."
                ),
                (
                    "Logging and reviewing the large model's answers takes storage and reviewer "
                    "time, and starts again with each retrain."
                ),
            ],
            risks=[
                (
                    "The small model learns the large model's mistakes along with its answers, and "
                    "a grader that passed them will not catch them."
                ),
                (
                    "Logged requests can hold personal data; OWASP warns that distillation and "
                    "fine-tuning carry it into the new model, where it stays extractable after "
                    "deletion."
                ),
                (
                    "Tuning can weaken refusals and safety behaviour even on harmless data (Qi et "
                    "al.), and every retrain can weaken them again."
                ),
            ],
        ),
        Verdict(
            id="switch-to-faster-model",
            title="Try a faster hosted model before training one",
            because=(
                "The context is already lean and cached, and no smaller or faster hosted model "
                "has been scored. Model size is the main driver of speed, and a faster general "
                "model, or routing the easy requests to one, cuts latency and cost with no "
                "training pipeline to maintain; RouteLLM's routers halved cost or better on some "
                "public benchmarks at close to the strong model's quality."
            ),
            next_steps=[
                NextStep(
                    "Score one or two smaller or faster models on the held-out set",
                    see="framework/neither.md#stronger-model",
                ),
                NextStep(
                    "Route easy requests to the cheapest model that passes",
                    see="framework/neither.md#routing",
                ),
                NextStep(
                    "Keep the large model for the requests the faster one fails",
                    see=f"{FM}#smaller-model",
                ),
                NextStep(
                    "On a reasoning model, pin the lowest reasoning effort that still passes",
                    see="framework/neither.md#reasoning-effort",
                ),
                "Measure latency and cost per request at real traffic",
            ],
            sources=[
                "openai-latency-optimization",
                "ong-2024-routellm",
                "openai-reasoning",
                "amanai-lab",
            ],
            short_if=(
                "On the held-out set, no smaller or faster hosted model passes at the speed or price "
                "you need, even with the easy requests routed to it."
            ),
            then={"faster-model-tried": "yes"},
            costs=[
                (
                    "A router is one more component to build, monitor and adjust as traffic and "
                    "models change."
                ),
                (
                    "Each candidate model is scored on the held-out set, and scored again whenever "
                    "a model in the mix changes."
                ),
            ],
            risks=[
                (
                    "A router that sends a hard request to the weak model lowers quality where "
                    "nobody looks, unless routed traffic is sampled and graded."
                ),
                (
                    "Two or more models mean each model's schedule of changes and retirements "
                    "to track."
                ),
            ],
        ),
        Verdict(
            id="serve-without-training",
            title="Keep the hosted model; do not train one",
            because=(
                "The context is lean and cached and no faster hosted model passes, but a trained "
                "small model would not pay: the requests are too broad for it to learn, or "
                "traffic is too modest to repay training, hosting and retraining. Some services "
                "bill a deployed tuned model by the hour, used or not. Keep the large model and "
                "cut what it spends per request instead."
            ),
            next_steps=[
                NextStep(
                    "Cap output length and stream the answer: halving the output can roughly "
                    "halve the wait",
                    see="costs.md#latency",
                ),
                NextStep(
                    "On a reasoning model, pin the lowest reasoning effort that still passes",
                    see="framework/neither.md#reasoning-effort",
                ),
                NextStep(
                    "Put the numbers in the cost calculator to see the volume at which training "
                    "would pay back",
                    see="costs.md?preset=distil#calculator",
                ),
                "Send requests that need no answer at once through a batch service, which "
                "Instacart found up to 50% cheaper than real-time calls",
                "Come back when traffic grows, or a hard latency limit appears, on a narrow task",
            ],
            sources=[
                "openai-latency-optimization",
                "azure-fine-tuning-cost-management",
                "bedrock-custom-on-demand",
                "instacart-maple",
                "hsieh-2023-distilling",
            ],
            short_if=(
                "With outputs capped and streamed and reasoning effort pinned, the hosted model still "
                "misses your latency or cost limit at real traffic."
            ),
            costs=[
                "The large model's cost per request stays, so spending grows in step with traffic.",
                (
                    "Batch requests come back later, not at once, so only work that can wait moves "
                    "there."
                ),
            ],
            risks=[
                (
                    "Capped outputs can cut off answers that needed the room, and lower reasoning "
                    "effort can fail hard requests the held-out set lacks."
                ),
                (
                    "The dependence on a hosted model stays: its vendor decides its price, its "
                    "changes and its retirement."
                ),
            ],
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
            id="embedding-model-tuned-on-synthetic-questions",
            title="The embedding model is tuned instead of the generator",
            situation=(
                "Databricks found that vector search missed relevant passages on enterprise "
                "datasets, and fine-tuned the embedding model on synthetic questions generated "
                "from the documents, with no manual labels; Recall@10 and downstream RAG answers "
                "improved."
            ),
            answers={"retrieval-finds-the-answer": "no"},
            expect="fix-retrieval",
            source="databricks-embedding-finetuning",
        ),
        Scenario(
            id="skt-telco-answers-off-tone",
            title="Telco answers off tone, with irrelevant passages (SK Telecom)",
            situation=(
                "SK Telecom's RAG question answering over reference documents answered in a tone "
                "and style unlike its own, did not reliably cite the right links, and sometimes "
                "drew on irrelevant retrieved documents. With AWS it fine-tuned Claude models on "
                "Amazon Bedrock for concise answers, correct links and its house tone, keeping RAG."
            ),
            answers={"retrieval-finds-the-answer": "no"},
            expect="fix-retrieval",
            source="skt-bedrock-fine-tuning",
            chose="fine-tune-generator",
            differs=(
                "The post lists irrelevant retrieved documents among the problems and reports no "
                "separate measurement of retrieval. The tree measures and fixes retrieval first, "
                "then tries the nearest examples in the prompt for tone before fine-tuning. A team "
                f"copying the tuning today cannot do it on Bedrock: {BEDROCK_NO_CLAUDE_TUNING}"
            ),
        ),
        Scenario(
            id="personal-chatbot-fine-tuned-for-voice",
            title="A chatbot fine-tuned for its author's voice (Virtual Alexandra)",
            situation=(
                "A personal prompt-plus-RAG chatbot answered from its author's writing but still "
                "sounded like a generic assistant. She fine-tuned it on an instruction dataset of "
                "her own, judged the results informally, and after weeks dropped the fine-tune: "
                "it hallucinated more and broke retrieval."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "no",
            },
            expect="improve-prompting",
            source="provide-ai-untuning",
            chose="fine-tune-generator",
            differs=(
                "She tuned without a scored baseline and went back to prompt plus RAG, which is "
                "where the tree starts; the tree would have scored the prompt and tried the "
                "nearest examples of her writing in it before any training."
            ),
        ),
        Scenario(
            id="json-asked-for-in-one-line",
            title="JSON asked for in a single line of the prompt",
            situation=(
                "A team's RAG answers come back in loose prose although the app needs JSON; the "
                "prompt only says 'reply in JSON', with no schema, no example and no score."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "no",
            },
            expect="improve-prompting",
            source=OURS,
            plan=("improve-prompting",),
        ),
        Scenario(
            id="extraction-breaks-the-json-schema",
            title="Extracted fields keep breaking the JSON schema",
            situation=(
                "A product fills a fixed JSON schema from retrieved documents and some outputs "
                "still fail validation after schema-led prompting; the article on choosing for an "
                "AI product names schema-bound output as a fine-tuning case."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "format",
                "schema-enforceable": "yes",
            },
            expect="use-structured-outputs",
            source="choose-for-your-ai-product",
            chose="fine-tune-generator",
            differs=(
                "The article treats a schema the model keeps breaking as a reason to fine-tune. "
                "APIs now constrain decoding to a JSON schema, which makes every output valid "
                "without training; fine-tuning remains for formats a schema cannot express."
            ),
        ),
        Scenario(
            id="report-layout-drifts",
            title="A report layout that no schema captures",
            situation=(
                "Analysts want retrieved findings written up in a fixed house layout of headed "
                "sections and a closing risk table; the layout drifts, there is no JSON to "
                "enforce, and the prompt shows the same two sample reports out of 300 approved ones."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "format",
                "schema-enforceable": "no",
                "good-examples-available": "yes",
                "few-shot-tried": "no",
            },
            expect="dynamic-few-shot",
            source=OURS,
            plan=("dynamic-few-shot", "fine-tune-generator"),
        ),
        Scenario(
            id="slide-format-with-eight-samples",
            title="A slide format with eight samples",
            situation=(
                "Sales wants each answer as three slide-ready bullets under a fixed heading style "
                "that no JSON schema captures; the layout drifts and only eight approved samples "
                "exist."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "format",
                "schema-enforceable": "no",
                "good-examples-available": "no",
            },
            expect="collect-data-first",
            source=OURS,
        ),
        Scenario(
            id="no-examples-of-good-answers",
            title="Tone problems but no examples of good answers",
            situation=(
                "Retrieval is sound and a measured prompt has not steadied the tone, but the team "
                "has no curated set of ideal answers to learn from."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "style",
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
                "prompt-baseline": "yes",
                "quality-problem": "style",
                "good-examples-available": "yes",
                "few-shot-tried": "no",
            },
            expect="dynamic-few-shot",
            source="high-country-codes",
            chose="fine-tune-generator",
            differs=(
                "The article goes from prompting straight to fine-tuning for tone. Putting the "
                "most similar on-tone replies in each prompt needs no training run and is tried "
                "first; fine-tuning follows if it falls short."
            ),
        ),
        Scenario(
            id="clinical-terms-confuse-the-assistant",
            title="Clinical terms confuse a medical assistant",
            situation=(
                "A medical assistant retrieves current literature but misreads clinical "
                "terminology; AmanAI Lab's medical example pairs fine-tuning for the domain with "
                "RAG for knowledge."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "style",
                "good-examples-available": "yes",
                "few-shot-tried": "no",
            },
            expect="dynamic-few-shot",
            source="amanai-lab",
            chose="fine-tune-generator",
            differs=(
                "AmanAI Lab fine-tunes for the domain's language. Examples of the terms used "
                "correctly, retrieved into the prompt, are the cheaper first test; the article "
                "does not consider them."
            ),
        ),
        Scenario(
            id="few-shot-plateaus-on-house-style",
            title="Nearest examples help, then plateau",
            situation=(
                "An insurer's claims assistant already retrieves the eight most similar approved "
                "letters into each prompt; tone improved but still fails review on a third of the "
                "held-out set, and 600 reviewed letters exist."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "style",
                "good-examples-available": "yes",
                "few-shot-tried": "yes",
            },
            expect="fine-tune-generator",
            source=OURS,
        ),
        Scenario(
            id="small-reader-misled-by-distractors",
            title="A 7B reader is misled by distractor passages (RAFT)",
            situation=(
                "The RAFT authors set out to adapt a small open model, Llama2-7B, to answer "
                "questions over PubMed, HotpotQA and API documentation from retrieved documents "
                "that include distractors. Trained on questions paired with the answering document "
                "and distractors, it scored up to 35 percentage points higher on HotpotQA and 76 "
                "higher on Torch Hub than the untuned model with the same retrieval, whose own "
                "scores there were near zero and 9%."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "ignores-passages",
                "stronger-model-tried": "yes",
            },
            expect="raft-fine-tune",
            source="raft-2024",
        ),
        Scenario(
            id="raft-on-newer-models",
            title="RAFT on newer base models",
            situation=(
                "A small later study applied RAFT to Llama2-7B, Llama3-8B and Mistral-7B-v0.3 and "
                "compared each with its instruction-tuned version: accuracy rose for Llama2-7B "
                "only."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "quality",
                "prompt-baseline": "yes",
                "quality-problem": "ignores-passages",
                "stronger-model-tried": "no",
            },
            expect="try-stronger-reader",
            source="sager-2024-raft-revisited",
            plan=("try-stronger-reader", "raft-fine-tune"),
            chose="raft-fine-tune",
            differs=(
                "The study trained every model with RAFT to test the method. Its result, no gain "
                "on the newer models, is why the tree tries the newer model untrained first."
            ),
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
                "context-trimmed-and-cached": "no",
            },
            expect="trim-and-cache",
            source="when-to-use-which",
            chose="fine-tune-smaller-model",
            differs=(
                "The article trains stable reference knowledge into a smaller model. Tables that "
                "seldom change are exactly what prompt caching serves cheaply, and fine-tuning "
                "stores facts poorly, so caching and a leaner context come first."
            ),
        ),
        Scenario(
            id="daily-catalogue-makes-answers-slow",
            title="A daily-changing catalogue makes answers slow",
            situation=(
                "A shopping assistant stuffs 30 catalogue chunks into each prompt and is slow; "
                "prices and stock change every day, so nothing can be trained in."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "context-trimmed-and-cached": "no",
            },
            expect="trim-and-cache",
            source=OURS,
            plan=("trim-and-cache",),
        ),
        Scenario(
            id="ticket-router-on-a-large-model",
            title="A ticket classifier runs on a large model",
            situation=(
                "A support desk labels each ticket with one of 40 queues using a large model, "
                "five reranked passages and a cached prompt; it is accurate but costs too much "
                "at 200,000 tickets a day. Two smaller hosted models, with routing, fell below "
                "the accuracy bar on the held-out set, and months of its labels are logged."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "context-trimmed-and-cached": "yes",
                "faster-model-tried": "yes",
                "task-is-narrow": "yes",
                "training-pays-back": "yes",
            },
            expect="fine-tune-smaller-model",
            source=OURS,
            plan=("fine-tune-smaller-model",),
        ),
        Scenario(
            id="narrow-task-at-fifty-requests-a-day",
            title="A narrow task at 50 requests a day",
            situation=(
                "An internal tool tags incoming supplier contracts with one of 12 clause types "
                "from retrieved policy passages, about 50 a day. The lean, cached prompt on a "
                "large model passes but is slow, and two smaller hosted models fail the held-out "
                "set; there is no hard latency limit."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "context-trimmed-and-cached": "yes",
                "faster-model-tried": "yes",
                "task-is-narrow": "yes",
                "training-pays-back": "no",
            },
            expect="serve-without-training",
            source=OURS,
            plan=("serve-without-training",),
        ),
        Scenario(
            id="broad-assistant-no-faster-model-passes",
            title="A broad assistant that no faster model can serve",
            situation=(
                "A company-wide assistant answers from a lean, cached prompt on a large model. "
                "The team scored three faster hosted models and a router on its held-out set "
                "and none passed; questions range across every department."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "context-trimmed-and-cached": "yes",
                "faster-model-tried": "yes",
                "task-is-narrow": "no",
            },
            expect="serve-without-training",
            source=OURS,
        ),
        Scenario(
            id="open-ended-assistant-too-slow",
            title="An open-ended research assistant is too slow",
            situation=(
                "An internal research assistant already keeps six reranked passages and caches "
                "its instructions, but answers take too long; questions range across every "
                "department."
            ),
            answers={
                "retrieval-finds-the-answer": "yes",
                "main-pain": "latency",
                "context-trimmed-and-cached": "yes",
                "faster-model-tried": "no",
                "task-is-narrow": "no",
            },
            expect="switch-to-faster-model",
            source=OURS,
            plan=("switch-to-faster-model", "serve-without-training"),
        ),
    ],
    sources=[
        "es-2023-ragas",
        "openai-supervised-fine-tuning",
        "openai-structured-outputs",
        "openai-prompt-caching",
        "liu-2022-in-context-examples",
        "raft-2024",
        "sager-2024-raft-revisited",
        "anthropic-contextual-retrieval",
        "amanai-lab",
        "choose-for-your-ai-product",
        "when-to-use-which",
        "high-country-codes",
        "ong-2024-routellm",
        "openai-latency-optimization",
        "hsieh-2023-distilling",
        "azure-fine-tuning-cost-management",
        "bedrock-custom-on-demand",
    ],
)
