"""The single bibliography every tree, page and scenario cites by key.

``check`` fails on a citation that does not resolve here, so a source is added
once, in this file, and cited everywhere by its key. Vendor facts (prices, limits,
which models can be tuned) change fast: such entries carry ``checked``, the date
someone last read the page, and ``python -m decision_trees check`` warns when that
date is more than a year old (see :mod:`decision_trees.freshness`).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BIBLIOGRAPHY", "KINDS", "Source"]

KINDS = ("article", "paper", "vendor", "case-study")
"""What a source is: an opinion article, a research paper, a vendor's own documentation or
terms, or a team's published account of a decision it made (a case study)."""


@dataclass(frozen=True)
class Source:
    """A published source. ``url`` is empty only where none is known; ``note`` then says so.

    ``date`` is ISO (``"2024"``, ``"2024-05"`` or ``"2024-05-13"``), empty when the
    source is undated; ``venue`` is where a paper appeared; ``checked`` is the ISO
    date a vendor fact was last verified against the page.
    """

    key: str
    title: str
    publisher: str
    date: str
    kind: str
    url: str
    author: str = ""
    venue: str = ""
    checked: str = ""
    note: str = ""


_CHECKED = "2026-11-22"
_READ = "2026-12-03"
"""The day this release re-read the vendor pages and terms (issue 15)."""

_ENTRIES = [
    # The four seed articles the project started from.
    Source(
        key="choose-for-your-ai-product",
        title="Fine-Tuning vs RAG: How to Choose for Your AI Product",
        publisher="Not named in the copy we hold (an ML consultancy's blog)",
        date="",
        kind="article",
        url="",
        note=(
            "URL not known: our copy names neither its address nor its publisher, and ends with "
            "an offer of an ML architecture call. Undated; it speaks of 2024 in the past tense."
        ),
    ),
    Source(
        key="when-to-use-which",
        title="RAG vs Fine-Tuning: When to Use Which",
        publisher="Not named in the copy we hold (part of a vendor's RAG series)",
        date="",
        kind="article",
        url="",
        note="URL not known: our copy names neither its address nor its publisher. Undated.",
    ),
    Source(
        key="high-country-codes",
        title="Fine-Tuning vs RAG: Choosing the Right AI Enhancement Strategy",
        publisher="High Country Codes",
        date="",
        kind="article",
        url="",
        note=(
            "URL not known: the article names its publisher's site (highcountry.codes) but we "
            "could not find the article's own address. Undated."
        ),
    ),
    Source(
        key="amanai-lab",
        title="RAG vs Fine-Tuning: Which One Should You Choose?",
        publisher="AmanAI Lab",
        date="",
        kind="article",
        url="https://amanailab.com/blog/rag-vs-fine-tuning-which-one-should-you-choose",
        note=(
            "The page at this address carries the same text as our copy (found 2026-11-22). "
            "Undated; its cost figures are in Indian rupees."
        ),
    ),
    # Engineering write-ups used as evidence.
    Source(
        key="anthropic-contextual-retrieval",
        title="Introducing Contextual Retrieval",
        publisher="Anthropic",
        date="2024-09-19",
        kind="article",
        url="https://www.anthropic.com/news/contextual-retrieval",
        checked=_CHECKED,
        note=(
            "Advises putting a knowledge base under about 200,000 tokens (some 500 pages) whole "
            "into the prompt with caching; reports retrieval failures cut by 35% to 67%."
        ),
    ),
    # Research papers.
    Source(
        key="ovadia-2023",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        publisher="Association for Computational Linguistics",
        date="2024-11",
        kind="paper",
        url="https://arxiv.org/abs/2312.05934",
        author="Ovadia, Brief, Mishaeli, Elisha",
        venue="EMNLP 2024 (main conference); first posted on arXiv in December 2023",
        note="Tested three open 7B models (Llama 2, Mistral, Orca 2) with unsupervised fine-tuning.",
    ),
    Source(
        key="balaguer-2024",
        title="RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
        publisher="arXiv (Microsoft)",
        date="2024-01",
        kind="paper",
        url="https://arxiv.org/abs/2401.08406",
        author="Balaguer et al.",
        venue="arXiv preprint 2401.08406",
        note=(
            "Abstract read: fine-tuning on question-answer pairs generated from the documents "
            "raised accuracy by over 6 points and retrieval by a further 5, and the tuned model "
            "used knowledge from other regions; the test questions came from the same documents, "
            "and the abstract does not say which model the 6 points refer to."
        ),
    ),
    Source(
        key="raft-2024",
        title="RAFT: Adapting Language Model to Domain Specific RAG",
        publisher="UC Berkeley",
        date="2024-03",
        kind="paper",
        url="https://arxiv.org/abs/2403.10131",
        author="Zhang, Patil, Jain, Shen, Zaharia, Stoica, Gonzalez",
        venue="COLM 2024 (Conference on Language Modeling), per its OpenReview entry",
        note="Tuned Llama 2 7B; GPT-3.5 appears only as an untuned baseline with retrieval.",
    ),
    Source(
        key="gekhman-2024",
        title="Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations?",
        publisher="Association for Computational Linguistics",
        date="2024-11",
        kind="paper",
        url="https://aclanthology.org/2024.emnlp-main.444",
        author="Gekhman, Yona, Aharoni, Eyal, Feder, Reichart, Herzig",
        venue="EMNLP 2024 (main conference), pages 7765-7784",
        note="Fine-tuned PaLM 2-M, a closed Google model, on closed-book question answering.",
    ),
    Source(
        key="soudani-2024",
        title="Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge",
        publisher="ACM",
        date="2024-12",
        kind="paper",
        url="https://arxiv.org/abs/2403.01432",
        author="Soudani, Kanoulas, Hasibi",
        venue="SIGIR-AP 2024 (ACM SIGIR conference in the Asia Pacific region), Tokyo",
        note="Twelve open models from 80M to about 11B parameters.",
    ),
    Source(
        key="liu-2024-lost-in-the-middle",
        title="Lost in the Middle: How Language Models Use Long Contexts",
        publisher="MIT Press",
        date="2024",
        kind="paper",
        url="https://aclanthology.org/2024.tacl-1.9",
        author="Liu, Lin, Hewitt, Paranjape, Bevilacqua, Petroni, Liang",
        venue="Transactions of the ACL, volume 12, pages 157-173",
    ),
    Source(
        key="leng-2024-long-context-rag",
        title="Long Context RAG Performance of Large Language Models",
        publisher="Databricks Mosaic Research",
        date="2024-11-05",
        kind="paper",
        url="https://arxiv.org/abs/2411.03538",
        author="Leng, Portes, Havens, Zaharia, Carbin",
        venue="arXiv preprint 2411.03538",
        note="Twenty models; only a handful held accuracy with more than 64,000 tokens of context.",
    ),
    Source(
        key="liu-2022-in-context-examples",
        title="What Makes Good In-Context Examples for GPT-3?",
        publisher="Association for Computational Linguistics",
        date="2022-05",
        kind="paper",
        url="https://aclanthology.org/2022.deelio-1.10",
        author="Liu, Shen, Zhang, Dolan, Carin, Chen",
        venue="DeeLIO 2022 workshop; first posted on arXiv (2101.06804) in January 2021",
        note=(
            "Examples chosen by similarity to the input, against random ones: 44.3% better on "
            "ToTTo and 45.5% on Natural Questions, relative gains (the arXiv version gives 41.9% "
            "for ToTTo). GPT-3."
        ),
    ),
    Source(
        key="hsieh-2023-distilling",
        title=(
            "Distilling Step-by-Step! Outperforming Larger Language Models with Less Training "
            "Data and Smaller Model Sizes"
        ),
        publisher="Association for Computational Linguistics",
        date="2023-05",
        kind="paper",
        url="https://arxiv.org/abs/2305.02301",
        author="Hsieh, Li, Yeh, Nakhost, Fujii, Ratner, Krishna, Lee, Pfister",
        venue="Findings of ACL 2023",
        note=(
            "Trained a small model on labels plus a large model's rationales as a second task; "
            "the 770M result that beat few-shot 540B PaLM used human labels and PaLM's "
            "rationales, and the same model trained on the labels alone fell short."
        ),
    ),
    Source(
        key="lora-2022",
        title="LoRA: Low-Rank Adaptation of Large Language Models",
        publisher="Microsoft",
        date="2021-06",
        kind="paper",
        url="https://arxiv.org/abs/2106.09685",
        author="Hu, Shen, Wallis, Allen-Zhu, Li, Wang, Wang, Chen",
        venue="ICLR 2022",
        note="Against full fine-tuning of GPT-3 175B: 10,000 times fewer trainable parameters.",
    ),
    Source(
        key="qlora-2023",
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        publisher="University of Washington",
        date="2023-05",
        kind="paper",
        url="https://arxiv.org/abs/2305.14314",
        author="Dettmers, Pagnoni, Holtzman, Zettlemoyer",
        venue="arXiv preprint 2305.14314",
        note="Fine-tunes a 65B model on a single 48GB GPU.",
    ),
    Source(
        key="ong-2024-routellm",
        title="RouteLLM: Learning to Route LLMs with Preference Data",
        publisher="arXiv (UC Berkeley, Anyscale)",
        date="2024-06",
        kind="paper",
        url="https://arxiv.org/abs/2406.18665",
        author="Ong, Almahairi, Wu, Chiang, Wu, Gonzalez, Kadous, Stoica",
        venue="arXiv preprint 2406.18665",
        note=(
            "Routers choosing between one strong and one weak model cut cost by over 2 times "
            "without lowering quality; the earlier abstract says in certain cases. Savings vary "
            "by benchmark and by the quality target chosen. Abstracts read, not the body."
        ),
    ),
    # The statistics of evaluation (the Evaluation page and its planner).
    Source(
        key="miller-2024-error-bars",
        title="Adding Error Bars to Evals: A Statistical Approach to Language Model Evaluations",
        publisher="arXiv (Anthropic)",
        date="2024-11-01",
        kind="paper",
        url="https://arxiv.org/abs/2411.00640",
        author="Evan Miller",
        venue="arXiv preprint 2411.00640 (v1)",
        note=(
            "Standard errors from the Central Limit Theorem, clustered standard errors (up to "
            "3.05 times the naive ones on DROP), resampling, paired differences, and a "
            "sample-size formula (969 questions in its worked example)."
        ),
    ),
    Source(
        key="connor-mcnemar-calculator",
        title="Compare Paired Proportions: McNemar's Z-test, 2-Sided Equality",
        publisher="Open Power and Sample Size (Zarathu)",
        date="",
        kind="article",
        url=(
            "https://zarathucorp.github.io/open-powersamplesize/calculator/"
            "compare-paired-proportions/mcnemar-2-sided"
        ),
        note=(
            "Gives the normal-approximation sample size for McNemar's test through the share of "
            "discordant pairs, citing Connor (1987), Biometrics 43(1):207-211, page 209. Undated."
        ),
    ),
    Source(
        key="r-power-prop-test",
        title="power.prop.test, in the source of R's stats package (power.R)",
        publisher="The R Core Team",
        date="2012",
        kind="article",
        url="https://github.com/wch/r-source/blob/trunk/src/library/stats/R/power.R",
        note=(
            "Power of the two-sample test of proportions: pooled variance under the null, "
            "each group's own under the alternative. Read in a read-only mirror of R's sources."
        ),
    ),
    Source(
        key="sas-freq-binomial",
        title="The FREQ Procedure: Binomial Proportion",
        publisher="SAS Institute",
        date="",
        kind="vendor",
        url=(
            "https://support.sas.com/documentation/cdl/en/statug/67523/HTML/default/"
            "statug_freq_details37.htm"
        ),
        checked="2026-12-03",
        note="Wald and Wilson (score) confidence limits for a binomial proportion, with references.",
    ),
    Source(
        key="wicklin-2023-wald",
        title="Should you use the Wald confidence interval for a binomial proportion?",
        publisher="SAS Blogs (The DO Loop)",
        date="2023-04-17",
        kind="article",
        url="https://blogs.sas.com/content/iml/2023/04/17/wald-interval-binomial-proportion.html",
        author="Rick Wicklin",
        note="A simulation of coverage: Wald's interval falls short of its level; Wilson's holds.",
    ),
    Source(
        key="kerry-bland-1998-icc",
        title="Statistics notes: The intracluster correlation coefficient in cluster randomisation",
        publisher="BMJ",
        date="1998-05-09",
        kind="paper",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC1113123/",
        author="Sally M Kerry, J Martin Bland",
        venue="BMJ 1998;316:1455",
        note="The design effect 1 + (m - 1) times the intracluster correlation.",
    ),
    Source(
        key="rogan-gladen-true-prevalence",
        title="Estimating a confidence interval for true prevalence",
        publisher="InfluentialPoints",
        date="",
        kind="article",
        url=(
            "https://influentialpoints.com/Training/"
            "estimating-confidence_interval_for_true_prevalence.htm"
        ),
        note=(
            "The Rogan-Gladen estimator (Rogan and Gladen 1978) of a true rate from a test of "
            "known sensitivity and specificity, and its variance, 1/J^2 times the apparent "
            "rate's, where J = Se + Sp - 1. Undated."
        ),
    ),
    # Vendor documentation: these facts change; each carries the date it was checked.
    Source(
        key="openai-supervised-fine-tuning",
        title="Supervised fine-tuning",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/supervised-fine-tuning",
        checked=_READ,
        note="Re-read on 2026-12-03 at the same guide served under developers.openai.com/docs/guides/distillation.",
    ),
    Source(
        key="openai-fine-tuning-wind-down",
        title="Deprecations",
        publisher="OpenAI",
        date="2026-10-14",
        kind="vendor",
        url="https://developers.openai.com/api/docs/deprecations",
        checked=_READ,
        note="Opening read on the live-site snapshot; the fine-tuning table read in a verbatim English copy of deprecations.md (snapshot with entries up to 2026-09-11); the 2026-10-14 entry read only in a Chinese translation (w3cschool.cn) because no English copy was in the corpus.",
    ),
    Source(
        key="openai-model-optimization",
        title="Model optimization",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/model-optimization",
        checked=_READ,
        note="Read in a third-party capture of 2026-09-26, not on the live page.",
    ),
    Source(
        key="openai-latency-optimization",
        title="Latency optimization",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/latency-optimization",
        checked=_READ,
        note=(
            "Model size is the main factor in inference speed; fewer input and output tokens "
            "are among its seven principles for lower latency. Halving a prompt may cut latency "
            "by only 1 to 5%, except with very large inputs such as whole documents or images."
        ),
    ),
    Source(
        key="anthropic-reduce-latency",
        title="Reducing latency",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/test-and-evaluate/strengthen-guardrails/reduce-latency",
        checked=_READ,
        note="Choose a faster model first, then minimise prompt and output tokens.",
    ),
    Source(
        key="openai-prompt-caching",
        title="Prompt caching",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/prompt-caching",
        checked=_READ,
    ),
    Source(
        key="anthropic-pricing",
        title="Pricing",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/about-claude/pricing",
        checked=_READ,
        note="Snapshot read lists Fable 5.1 (cache hits 0.25 USD, footnoted) down to Haiku 3;",
    ),
    Source(
        key="anthropic-prompt-caching",
        title="Prompt caching",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/build-with-claude/prompt-caching",
        checked=_READ,
        note="Read in a copy of the page (Opus 4.6 era) plus third-party notes quoting the current page;",
    ),
    Source(
        key="gemini-context-caching",
        title="Context caching",
        publisher="Google AI for Developers",
        date="2026-10-13",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/caching",
        checked=_READ,
        note="The generateContent edition also documents explicit caching with a 1-hour default TTL.",
    ),
    Source(
        key="azure-prompt-caching",
        title="Prompt caching (Azure OpenAI)",
        publisher="Microsoft Learn",
        date="2026-08-04",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/how-to/prompt-caching",
        checked=_READ,
    ),
    Source(
        key="openai-structured-outputs",
        title="Introducing Structured Outputs in the API",
        publisher="OpenAI",
        date="2024-08-06",
        kind="vendor",
        url="https://openai.com/index/introducing-structured-outputs-in-the-api/",
        checked=_READ,
        note=(
            "Constrained decoding to a JSON schema; on OpenAI's eval of complex schemas "
            "gpt-4o-2024-08-06 with the feature scored 100%, gpt-4-0613 under 40%. Read through "
            "verbatim copies of the page text; openai.com itself was not in our corpus."
        ),
    ),
    Source(
        key="claude-structured-outputs",
        title="Structured outputs with Anthropic Claude models",
        publisher="Google Cloud (Vertex AI documentation for Claude)",
        date="2026",
        kind="vendor",
        url="https://docs.cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/structured_outputs",
        checked="2026-12-03",
        note=(
            "Claude's JSON outputs and strict tool use constrain a response to a schema. When "
            "read on 2026-12-03, Google listed Opus 4.7, Opus 4.6 and Sonnet 4.6 as supported on "
            "its platform and the 4.5 models as coming soon; see anthropic-structured-outputs "
            "for Anthropic's own page."
        ),
    ),
    Source(
        key="anthropic-structured-outputs",
        title="Structured outputs",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/build-with-claude/structured-outputs",
        checked="2026-12-03",
        note=(
            "Undated page; the English page rendered only its navigation, so its Spanish and "
            "German versions were read. The model list read there predates the Claude 5 models."
        ),
    ),
    Source(
        key="vertex-sft-data",
        title="Prepare supervised fine-tuning data for Gemini models",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/supervised-tuning/prepare-data",
        checked=_READ,
        note="Moved from cloud.google.com/vertex-ai/.../gemini-supervised-tuning-prepare.",
    ),
    Source(
        key="bedrock-customization",
        title="Customize your model to improve its performance for your use case",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html",
        checked=_READ,
        note="Lists supervised fine-tuning, reinforcement fine-tuning and distillation when re-read.",
    ),
    Source(
        key="bedrock-fine-tuning-models",
        title="Supported models and Regions for fine-tuning and continued pre-training",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-supported.html",
        checked=_READ,
    ),
    Source(
        key="gemini-api-tuning-ended",
        title="Fine-tuning with the Gemini API",
        publisher="Google AI for Developers",
        date="2026-04-29",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/model-tuning",
        checked=_READ,
        note="2026 wording (read in translated editions): no immediate plans to bring tuning back.",
    ),
    Source(
        key="mistral-fine-tuning",
        title="Deprecated features",
        publisher="Mistral AI",
        date="",
        kind="vendor",
        url="https://docs.mistral.ai/resources/deprecated",
        checked=_READ,
        note="URL changed from /resources/deprecated/finetuning (that path was not read;",
    ),
    Source(
        key="bedrock-distillation",
        title="Choose teacher and student models for distillation",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/prequisites-model-distillation.html",
        checked=_READ,
    ),
    Source(
        key="vertex-distillation",
        title="Gemini Distillation Service",
        publisher="Google Cloud",
        date="2026",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/distillation",
        checked=_READ,
        note="Read on Google's page (English Markdown edition and translated editions).",
    ),
    Source(
        key="azure-fine-tuning-costs",
        title="Plan to manage costs for Azure AI Foundry Models",
        publisher="Microsoft Learn",
        date="2025-09-29",
        kind="vendor",
        url="https://learn.microsoft.com/azure/ai-services/openai/how-to/manage-costs",
        checked=_READ,
        note="English read in the doc source (ms.date 09/29/2025);",
    ),
    Source(
        key="openai-terms-of-use",
        title="Terms of use",
        publisher="OpenAI",
        date="2026-01-01",
        kind="vendor",
        url="https://openai.com/policies/terms-of-use/",
        checked=_READ,
        note=(
            "Terms for individuals; API and business use falls under OpenAI's Services Agreement, "
            "listed separately. The version effective 1 January 2026 read in verbatim copies of "
            "OpenAI's terms for users outside the EEA (row-terms-of-use)."
        ),
    ),
    Source(
        key="openai-services-agreement",
        title="OpenAI Services Agreement",
        publisher="OpenAI",
        date="2026-01-01",
        kind="vendor",
        url="https://openai.com/policies/services-agreement/",
        checked=_READ,
        note=(
            "Covers the API. Section 3.3(e) bars using Output to develop AI models that compete "
            "with OpenAI's products and services, except internal classifiers or embedding "
            "models that are not distributed or sold, and models tuned with OpenAI's own "
            "services. Clause read through verbatim copies quoted in public repositories; the "
            "openai.com copy in our corpus showed only the opening."
        ),
    ),
    Source(
        key="llama-license",
        title="Llama 3.1 Community License Agreement, and the Llama FAQ",
        publisher="Meta",
        date="2024-07-23",
        kind="vendor",
        url="https://www.llama.com/llama3_1/license/",
        checked=_READ,
        note=(
            "From Llama 3.1, outputs may train other models; a model so trained and distributed "
            "must start its name with 'Llama'. Meta's FAQ says the Llama 2 and Llama 3 licences "
            "did not allow this."
        ),
    ),
    Source(
        key="anthropic-commercial-terms",
        title="Commercial Terms of Service",
        publisher="Anthropic",
        date="2025-06-17",
        kind="vendor",
        url="https://www.anthropic.com/legal/commercial-terms",
        checked=_READ,
        note=(
            "Covers the API. Section D.4 bars using the services to build a competing product or "
            "service, including training competing AI models, unless Anthropic approves. Clause "
            "read through verbatim copies quoted in public repositories; Anthropic's help-centre "
            "article on training with outputs, listed separately, is its own reading of it."
        ),
    ),
    Source(
        key="anthropic-outputs-training",
        title="Can I use my Outputs to train an AI model?",
        publisher="Anthropic (Claude Help Center)",
        date="",
        kind="vendor",
        url=(
            "https://support.claude.com/en/articles/12326764-can-i-use-my-outputs-to-train-an-ai-model"
        ),
        checked=_READ,
        note=(
            "Customers own their outputs and may train models that do not compete with "
            "Anthropic's, such as classifiers, summarisation or extraction tools; models that "
            "compete are not allowed. The article opens by saying that training AI models with "
            "its services needs Anthropic's written permission. Undated page."
        ),
    ),
    Source(
        key="gemini-api-terms",
        title="Gemini API Additional Terms of Service",
        publisher="Google",
        date="2026-03-23",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/terms",
        checked=_READ,
        note=(
            "Covers the Gemini API and Google AI Studio, not Google Cloud's own AI services. "
            "Earlier read in the versions of 31 October 2024 and 5 February 2025 on Google's "
            "site; the version last modified on 23 March 2026 read in verbatim copies."
        ),
    ),
    # Published decisions: teams' own accounts of what they chose (the decisions library).
    Source(
        key="doordash-dasher-support",
        title="Path to high-quality LLM-based Dasher support automation",
        publisher="DoorDash Engineering",
        date="2024",
        kind="case-study",
        url="https://careers.doordash.com/blog/large-language-modules-based-dasher-support-automation/",
        checked=_CHECKED,
        note=(
            "Problem, design and the judge and guardrail read on DoorDash's own site (a locale "
            "copy of the post); pipeline details such as the two-tier guardrail only in summaries."
        ),
    ),
    Source(
        key="pinterest-text-to-sql",
        title="How we built Text-to-SQL at Pinterest",
        publisher="Pinterest Engineering",
        date="2024-04-02",
        kind="case-study",
        url="https://medium.com/pinterest-engineering/how-we-built-text-to-sql-at-pinterest-30bad30dabff",
        author="Adam Obeng, J.C. Zhong, Charlie Gu",
        checked=_CHECKED,
    ),
    Source(
        key="uber-querygpt",
        title="QueryGPT: Natural Language to SQL Using Generative AI",
        publisher="Uber Engineering",
        date="2024-09-19",
        kind="case-study",
        url="https://www.uber.com/blog/query-gpt/",
        checked=_CHECKED,
    ),
    Source(
        key="honeycomb-query-assistant",
        title="All the Hard Stuff Nobody Talks About when Building Products with LLMs",
        publisher="Honeycomb",
        date="2023-05-26",
        kind="case-study",
        url="https://www.honeycomb.io/blog/hard-stuff-nobody-talks-about-llm",
        author="Phillip Carter",
        checked=_CHECKED,
        note=(
            "Read in full through a verbatim copy (published 2023-05-26). Cost and adoption "
            "figures are in a later Honeycomb post we read only in summaries; we do not use them."
        ),
    ),
    Source(
        key="linkedin-sql-bot",
        title="Text-to-SQL for Enterprise Data Analytics",
        publisher="LinkedIn (arXiv 2507.14372)",
        date="2025-07-18",
        kind="case-study",
        url="https://arxiv.org/abs/2507.14372",
        author="Albert Chen et al.",
        checked=_CHECKED,
        note="The paper behind LinkedIn's SQL Bot; the team's blog post of December 2024 describes the same system.",
    ),
    Source(
        key="grab-integrity-analytics",
        title="Transforming the analytics landscape with RAG-powered LLM",
        publisher="Grab Engineering",
        date="2024",
        kind="case-study",
        url="https://engineering.grab.com/transforming-the-analytics-landscape-with-RAG-powered-LLM",
        author="Grab Integrity Analytics team",
        checked=_CHECKED,
        note="Here retrieval means calling tools that query live data, not searching documents.",
    ),
    Source(
        key="khan-academy-khanmigo",
        title="How Khan Academy is building a better AI tutor: our most recent learnings",
        publisher="Khan Academy",
        date="2026",
        kind="case-study",
        url="https://blog.khanacademy.org/how-khan-academy-is-building-a-better-ai-tutor-our-most-recent-learnings/",
        checked=_CHECKED,
        note="Six months of production tests, October 2025 to April 2026.",
    ),
    Source(
        key="vimeo-video-qa",
        title="Unlocking knowledge sharing for videos with RAG",
        publisher="Vimeo Engineering",
        date="2024-07-15",
        kind="case-study",
        url="https://medium.com/vimeo-engineering-blog/unlocking-knowledge-sharing-for-videos-with-rag-810ab496ae59",
        author="Alon Faktor",
        checked=_CHECKED,
    ),
    Source(
        key="cocina-context-vs-pipeline",
        title="Cocina: restaurant inspections three ways",
        publisher="acwx.net",
        date="2026",
        kind="case-study",
        url="https://acwx.net/apps/cocina",
        author="Aaron Williams",
        checked=_CHECKED,
        note="A personal demo; its cost figures are in a companion post we did not read, so we do not use them.",
    ),
    Source(
        key="orchestrate-triage",
        title="Corpus and caching: why corpus stuffing instead of RAG",
        publisher="orchestrate-triage project",
        date="2026",
        kind="case-study",
        url="https://ajbarea.github.io/orchestrate-triage/architecture/corpus/",
        checked=_CHECKED,
        note="A solo entry to a 24-hour hackathon (May 2026), not a production team.",
    ),
    Source(
        key="swiggy-hermes",
        title="Hermes V3: Building Swiggy's Conversational AI Analyst",
        publisher="Swiggy Bytes",
        date="2025",
        kind="case-study",
        url="https://bytes.swiggy.com/hermes-v3-building-swiggys-conversational-ai-analyst-a41057a2279d",
        author="Meghana Negi, Rutvik Reddy",
        checked=_CHECKED,
        note=(
            "Not in our search corpus; read through InfoQ's report (January 2026), which quotes "
            "the engineers on the 54% to 93% gain, and summaries."
        ),
    ),
    Source(
        key="stitchfix-generative-ai",
        title="A New Era of Creativity: Expert-in-the-loop Generative AI at Stitch Fix",
        publisher="Stitch Fix Multithreaded",
        date="2023-03-06",
        kind="case-study",
        url="https://multithreaded.stitchfix.com/blog/2023/03/06/expert-in-the-loop-generative-ai-at-stitch-fix/",
        checked=_CHECKED,
        note=(
            "Two decisions in one post: ad headlines and product descriptions. Not in our "
            "search corpus; read through summaries, which agree but do not say how the "
            "examples in the prompt were chosen."
        ),
    ),
    Source(
        key="skt-claude-bedrock",
        title="SK Telecom improves telco-specific Q&A by fine-tuning Anthropic's Claude models in Amazon Bedrock",
        publisher="AWS Machine Learning Blog",
        date="2024",
        kind="case-study",
        url="https://aws.amazon.com/blogs/machine-learning/sk-telecom-improves-telco-specific-qa-by-fine-tuning-anthropics-claude-models-in-amazon-bedrock",
        author="Seunghyun Jeong, Sunwoo Lee, Eric Davis (SK Telecom) with AWS",
        checked=_CHECKED,
        note="A vendor blog; no result figures were read.",
    ),
    Source(
        key="cosine-genie",
        title="Is finetuning GPT-4o worth it? With Alistair Pullen of Cosine",
        publisher="Latent Space",
        date="2024-08-22",
        kind="case-study",
        url="https://www.latent.space/p/cosine",
        checked=_CHECKED,
        note="Podcast notes; benchmark figures are self-reported.",
    ),
    Source(
        key="notion-prompt-caching",
        title="Prompt caching with Claude",
        publisher="Anthropic",
        date="2024-08-14",
        kind="case-study",
        url="https://claude.com/blog/prompt-caching",
        checked=_CHECKED,
        note="Anthropic's launch post, naming Notion as an adopter; Notion gives no figures of its own.",
    ),
    Source(
        key="applypass-downgrade",
        title="Cutting LLM Cost 95% Without Losing Accuracy",
        publisher="pmmcbride.com",
        date="",
        kind="case-study",
        url="https://pmmcbride.com/blog/gpt4-to-gpt35-migration/",
        author="An ApplyPass engineer",
        checked=_CHECKED,
        note="A personal blog; undated.",
    ),
    Source(
        key="instacart-maple",
        title="Simplifying Large-Scale LLM Processing across Instacart with Maple",
        publisher="Instacart Tech",
        date="2025-08-27",
        kind="case-study",
        url="https://tech.instacart.com/simplifying-large-scale-llm-processing-across-instacart-with-maple-63df4508d5be",
        author="Paul Baranowski",
        checked=_CHECKED,
    ),
    Source(
        key="indeed-invite-to-apply",
        title="Indeed uses OpenAI to deliver contextual job matching to millions of job seekers",
        publisher="OpenAI",
        date="2024-08-12",
        kind="case-study",
        url="https://openai.com/index/indeed/",
        checked=_CHECKED,
        note="A vendor's customer story.",
    ),
    Source(
        key="linkedin-eon",
        title="How we built domain-adapted foundation GenAI models to power our platform",
        publisher="LinkedIn Engineering",
        date="2024-11",
        kind="case-study",
        url="https://www.linkedin.com/blog/engineering/generative-ai/how-we-built-domain-adapted-foundation-genai-models-to-power-our-platform",
        checked=_CHECKED,
        note="Read through a full-text mirror; cost figures only in a summary, so we do not use them.",
    ),
    Source(
        key="replit-code-repair",
        title="Building LLMs for Code Repair",
        publisher="Replit",
        date="2024",
        kind="case-study",
        url="https://blog.replit.com/code-repair",
        author="Madhav Singhal et al.",
        checked=_CHECKED,
    ),
    Source(
        key="databricks-ai-docs",
        title="Creating a bespoke LLM for AI-generated documentation",
        publisher="Databricks",
        date="2023-12",
        kind="case-study",
        url="https://www.databricks.com/blog/creating-bespoke-llm-ai-generated-documentation",
        checked=_CHECKED,
    ),
    Source(
        key="checkr-adjudication",
        title="How Checkr Streamlines Background Checks with Fine-tuned Small Language Models",
        publisher="Predibase",
        date="2024-10-03",
        kind="case-study",
        url="https://predibase.com/blog/how-checkr-streamlines-background-checks-with-fine-tuned-small-language",
        author="Vlad Bukhin (Checkr)",
        checked=_CHECKED,
        note="Step-by-step figures come from Computerworld's coverage of the same project.",
    ),
    Source(
        key="instacart-intent-engine",
        title="Building The Intent Engine: How Instacart is Revamping Query Understanding with LLMs",
        publisher="Instacart Tech",
        date="2025-11-13",
        kind="case-study",
        url="https://tech.instacart.com/building-the-intent-engine-how-instacart-is-revamping-query-understanding-with-llms-3ac8051ae7ac",
        author="Yuanzheng Zhu et al.",
        checked=_CHECKED,
    ),
    Source(
        key="grab-vision-llm",
        title="How We Built a Custom Vision LLM to Improve Document Processing at Grab",
        publisher="Grab Engineering",
        date="2025",
        kind="case-study",
        url="https://engineering.grab.com/custom-vision-llm-at-grab",
        checked=_CHECKED,
        note="Training details read through summaries.",
    ),
    Source(
        key="github-copilot-completions",
        title="The road to better completions: Building a faster, smarter GitHub Copilot with a new custom model",
        publisher="GitHub",
        date="2025-10-23",
        kind="case-study",
        url="https://github.blog/ai-and-ml/github-copilot/the-road-to-better-completions-building-a-faster-smarter-github-copilot-with-a-new-custom-model",
        checked=_CHECKED,
        note="GitHub does not name the base model.",
    ),
    Source(
        key="cursor-fast-apply",
        title="How Cursor built Fast Apply using the Speculative Decoding API",
        publisher="Fireworks AI",
        date="2024-06-23",
        kind="case-study",
        url="https://fireworks.ai/blog/cursor",
        author="Aravind Putrevu",
        checked=_CHECKED,
        note="A vendor post describing Cursor's own, since removed, write-up.",
    ),
    Source(
        key="bloomberggpt",
        title="BloombergGPT: A Large Language Model for Finance",
        publisher="Bloomberg (arXiv 2303.17564)",
        date="2023-03-30",
        kind="case-study",
        url="https://arxiv.org/abs/2303.17564",
        checked=_CHECKED,
    ),
    Source(
        key="alexandra-untuning",
        title="A Very Fine Untuning: how fine-tuning made my chatbot worse",
        publisher="provide.ai",
        date="",
        kind="case-study",
        url="https://provide.ai/a-very-fine-untuning",
        checked=_CHECKED,
        note="One person's project.",
    ),
    Source(
        key="datamaestros-invoices",
        title="LLM document extraction",
        publisher="Data Maestros",
        date="",
        kind="case-study",
        url="https://datamaestrostech.com/blog/llm-document-extraction",
        checked=_CHECKED,
        note="A consultancy's account of work for an unnamed client; undated.",
    ),
    Source(
        key="harvey-case-law",
        title="Customizing models for legal professionals (Harvey)",
        publisher="OpenAI",
        date="2024-04-02",
        kind="case-study",
        url="https://openai.com/index/harvey/",
        checked=_CHECKED,
        note=(
            "A vendor's customer story, first published at openai.com/customer-stories/harvey; "
            "read in full through a verbatim copy."
        ),
    ),
    Source(
        key="yelp-query-understanding",
        title="Search query understanding with LLMs: from ideation to production",
        publisher="Yelp Engineering",
        date="2025-02-04",
        kind="case-study",
        url="https://engineeringblog.yelp.com/2025/02/search-query-understanding-with-LLMs.html",
        checked=_CHECKED,
        note="Details beyond the opening read through summaries that quote the post.",
    ),
    Source(
        key="microsoft-rca-icl",
        title="Automated Root Causing of Cloud Incidents using In-Context Learning with GPT-4",
        publisher="Microsoft (arXiv 2401.13810)",
        date="2024-01-24",
        kind="case-study",
        url="https://arxiv.org/abs/2401.13810",
        author="Zhang, Ghosh, Bansal, Wang, Ma, Kang, Rajmohan",
        checked=_CHECKED,
    ),
    Source(
        key="defog-sqlcoder",
        title="Open-sourcing SQLCoder: a state-of-the-art LLM for SQL generation",
        publisher="Defog",
        date="2023-08-20",
        kind="case-study",
        url="https://defog.ai/blog/open-sourcing-sqlcoder/",
        author="Rishabh Srivastava, Wendy Aw",
        checked=_CHECKED,
        note=(
            "The training-set size and the score table are from Defog's model card for the same "
            "release (huggingface.co/defog/sqlcoder); both are Defog's own evaluation."
        ),
    ),
    Source(
        key="perplexity-nemo",
        title="Perplexity enhances model performance with NeMo",
        publisher="NVIDIA",
        date="",
        kind="case-study",
        url="https://www.nvidia.com/en-us/case-studies/perplexity-enhances-model-performance-with-nemo/",
        checked=_CHECKED,
        note=(
            "A vendor's customer story, undated. Perplexity's own launch post for its online "
            "models (2023-11-29) confirms that search snippets from its own index are fed to "
            "models built on Mistral 7B and Llama 2 70B."
        ),
    ),
    Source(
        key="chipnemo",
        title="ChipNeMo: Domain-Adapted LLMs for Chip Design",
        publisher="NVIDIA (arXiv 2311.00176)",
        date="2023-10-31",
        kind="case-study",
        url="https://arxiv.org/abs/2311.00176",
        author="Liu, Ene, Kirby, Cheng, Pinckney, Liang et al.",
        venue="arXiv preprint 2311.00176",
        checked=_CHECKED,
        note=(
            "Read in part: the abstract, the set-up of the evaluation and the discussion, through "
            "a serialised copy of the paper."
        ),
    ),
    Source(
        key="erlangen-physician-letters",
        title=(
            "Fine-tuning a local LLaMA-3 large language model for automated privacy-preserving "
            "physician letter generation in radiation oncology"
        ),
        publisher="University Hospital Erlangen",
        date="2025-01",
        kind="case-study",
        url="https://doi.org/10.3389/frai.2024.1493716",
        author="Hou, Bert, Gomaa, Lahmer, Höfler, Weissmann et al., Huang, Putz",
        venue="Frontiers in Artificial Intelligence, volume 7 (2024)",
        checked=_CHECKED,
        note="Only the abstract was read.",
    ),
    # Teams moving off a model that was being retired (the main tree's migration verdicts).
    Source(
        key="cfa-asap-gemini-migration",
        title="Migrate Gemini 1.5-Pro models to Gemini 2.0 Flash models",
        publisher="Code for America (codeforamerica/asap_pdf, GitHub pull request #240)",
        date="2025-07-25",
        kind="case-study",
        url="https://github.com/codeforamerica/asap_pdf/pull/240",
        checked=_READ,
        note=(
            "A merged pull request, not a blog post: the author's evaluation summary and a "
            "reviewer's comment. The scores come from the team's own evaluation dashboard, which "
            "is linked there and was not read."
        ),
    ),
    Source(
        key="off-open-prices-gemini-retirement",
        title="Migrate to gemini 2.0 before discontinuation (2025-09-24)",
        publisher="Open Food Facts (openfoodfacts/open-prices, GitHub issue #858)",
        date="2025-06-05",
        kind="case-study",
        url="https://github.com/openfoodfacts/open-prices/issues/858",
        checked=_READ,
        note=(
            "An issue thread; the outcome, a move to Gemini 2.5, is stated in issue #1173 of the "
            "same repository. A later 474-case benchmark served a voluntary move, not this one."
        ),
    ),
    Source(
        key="natlibfi-fingreylit-babbage",
        title="Update GPT3-fine-tune-API-metadata-extraction notebook",
        publisher="National Library of Finland (NatLibFi/FinGreyLit, GitHub pull request #3)",
        date="2023-12-07",
        kind="case-study",
        url="https://github.com/NatLibFi/FinGreyLit/pull/3",
        checked=_READ,
        note="A merged pull request in a research repository, not a production system.",
    ),
    # Sources the three other trees cite (failure diagnosis, adding fine-tuning to RAG).
    Source(
        key="anthropic-reduce-hallucinations",
        title="Reduce hallucinations",
        publisher="Anthropic (Claude developer docs)",
        date="",
        kind="vendor",
        url="https://platform.claude.com/docs/en/test-and-evaluate/strengthen-guardrails/reduce-hallucinations",
        checked=_READ,
        note="Allow 'I don't know', quote before answering, cite each claim, restrict to given documents.",
    ),
    Source(
        key="langchain-retrieval-quality",
        title="Improve retrieval quality",
        publisher="LangChain docs",
        date="",
        kind="vendor",
        url="https://docs.langchain.com/oss/python/langchain/retrieval-optimization",
        checked=_READ,
        note=(
            "Retrieval sets the ceiling; reranking gives the largest gain for most applications; "
            "filter to scope, retrieve broadly with hybrid search, rerank to a few; measure each change."
        ),
    ),
    Source(
        key="langchain-indexing",
        title="Indexing (record manager and cleanup modes)",
        publisher="LangChain docs (v0.1)",
        date="",
        kind="vendor",
        url="https://docs.langchain.com/v0.1/docs/modules/data_connection/indexing/",
        checked=_READ,
        note="Incremental cleanup removes changed versions; full cleanup also removes deleted sources.",
    ),
    Source(
        key="databricks-retrieval-quality",
        title="Vector Search retrieval quality guide",
        publisher="Databricks docs",
        date="",
        kind="vendor",
        url="https://docs.databricks.com/gcp/en/generative-ai/vector-search-retrieval-quality",
        checked=_READ,
        note="Set up evaluation before optimising; fixes ordered by impact and effort; recall@k.",
    ),
    Source(
        key="databricks-embedding-finetuning",
        title="Improving Retrieval and RAG with Embedding Model Finetuning",
        publisher="Databricks blog",
        date="2025-02",
        kind="vendor",
        url="https://databricks.com/blog/improving-retrieval-and-rag-embedding-model-finetuning",
        checked=_READ,
        note="Embedding models tuned on synthetic in-domain data raised Recall@10 on three datasets.",
    ),
    Source(
        key="es-2023-ragas",
        title="RAGAS: Automated Evaluation of Retrieval Augmented Generation",
        publisher="arXiv",
        date="2023-09",
        kind="paper",
        url="https://arxiv.org/abs/2309.15217",
        author="Es, James, Espinosa-Anke, Schockaert",
        note="Reference-free scores for faithfulness, answer relevance and context relevance.",
    ),
    Source(
        key="xu-2024-linkedin-kg-rag",
        title="Retrieval-Augmented Generation with Knowledge Graphs for Customer Service Question Answering",
        publisher="arXiv (LinkedIn)",
        date="2024-04",
        kind="case-study",
        url="https://arxiv.org/abs/2404.17723",
        author="Xu, Cruz, Guevara, Wang, Deshpande, Wang, Li",
        checked=_CHECKED,
        note="MRR +77.6%, BLEU +0.32; deployed about six months; median per-issue resolution time -28.6%.",
    ),
    Source(
        key="sager-2024-raft-revisited",
        title="Rethinking Retrieval Augmented Fine-Tuning in an evolving LLM landscape",
        publisher="SMU Data Science Review",
        date="2024",
        kind="paper",
        url="https://scholar.smu.edu/datasciencereview/vol8/iss2/2",
        author="Sager, Cabaza, Cusack, Bass, Dominguez",
        venue="SMU Data Science Review 8(2)",
        note=(
            "A small study in a university data-science journal; it compared RAFT-tuned "
            "Llama2-7B, Llama3-8B and Mistral-7B-v0.3 with the same models untuned (their "
            "instruction versions) and found a gain only for Llama2-7B. Abstract read, full text "
            "not seen; it does not compare RAFT with plain supervised tuning."
        ),
    ),
    Source(
        key="trivedi-2023-ircot",
        title=(
            "Interleaving Retrieval with Chain-of-Thought Reasoning for Knowledge-Intensive "
            "Multi-Step Questions"
        ),
        publisher="Stony Brook University and Allen Institute for AI",
        date="2022-12",
        kind="paper",
        url="https://arxiv.org/abs/2212.10509",
        author="Trivedi, Balasubramanian, Khot, Sabharwal",
        venue="ACL 2023",
        note=(
            "IRCoT: retrieves again after each reasoning step instead of once from the question. "
            "With GPT-3 it raised retrieval by up to 21 points and question answering by up to "
            "15 points on HotpotQA, 2WikiMultihopQA, MuSiQue and IIRC, with no training, and "
            "helped Flan-T5 models too. Abstract (v2) and summaries read, not the full text."
        ),
    ),
    Source(
        key="openai-fine-tuning-best-practices",
        title="Fine-tuning best practices",
        publisher="OpenAI",
        date="",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/fine-tuning-best-practices",
        checked=_READ,
        note=(
            "Data quality checks (balance, consistency, complete information). The page's banner "
            "on the wind-down points to the deprecations page, whose dates the status page lists."
        ),
    ),
    Source(
        key="openai-fine-tuning-getting-started",
        title="Getting started with fine-tuning",
        publisher="OpenAI Help Center",
        date="",
        kind="vendor",
        url="https://help.openai.com/en/articles/11162441-getting-started-with-fine-tuning",
        checked=_READ,
        note="Match training examples as closely as possible to the input seen in production.",
    ),
    Source(
        key="biderman-2024-lora",
        title="LoRA Learns Less and Forgets Less",
        publisher="arXiv",
        date="2024-05",
        kind="paper",
        url="https://arxiv.org/abs/2405.09673",
        author="Biderman, Portes, Gonzalez Ortiz, Paul, Greengard, Jennings, King, Havens, et al.",
    ),
    Source(
        key="qi-2023-finetuning-safety",
        title="Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To!",
        publisher="arXiv",
        date="2023-10",
        kind="paper",
        url="https://arxiv.org/abs/2310.03693",
        author="Qi, Zeng, Xie, Chen, Jia, Mittal, Henderson",
    ),
    Source(
        key="vertex-tune-models",
        title="Introduction to tuning (Gemini models)",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning",
        checked=_READ,
        note="Moved from cloud.google.com/vertex-ai/generative-ai/docs/models/tune-models.",
    ),
    Source(
        key="skt-bedrock-fine-tuning",
        title="SK Telecom improves telco-specific Q&A by fine-tuning Anthropic's Claude models in Amazon Bedrock",
        publisher="AWS Machine Learning Blog (co-written with SK Telecom)",
        date="",
        kind="case-study",
        url=(
            "https://aws.amazon.com/blogs/machine-learning/"
            "sk-telecom-improves-telco-specific-qa-by-fine-tuning-anthropics-claude-models-in-amazon-bedrock"
        ),
        checked="2026-11-22",
        note="RAG answers off tone, links not cited reliably, irrelevant documents retrieved; Claude tuned on Bedrock.",
    ),
    Source(
        key="provide-ai-untuning",
        title="A Very Fine Untuning: how fine-tuning made my chatbot worse (and broke my RAG pipeline)",
        publisher="provide.ai blog",
        date="",
        kind="case-study",
        url="https://provide.ai/a-very-fine-untuning",
        checked="2026-11-22",
        note="A personal project: weeks of fine-tuning for voice raised hallucination; back to prompt plus RAG.",
    ),
    # Read for the 2026-11-22 expert review of the main tree.
    Source(
        key="claude-context-window-sizes",
        title="How large is the Claude API's context window?",
        publisher="Anthropic (Claude help centre)",
        date="2026",
        kind="vendor",
        url="https://support.claude.com/en/articles/8606395",
        checked=_READ,
        note="1M tokens on some Claude models, 200K or more (about 500 pages) on the others.",
    ),
    Source(
        key="vertex-function-calling",
        title="Introduction to function calling",
        publisher="Google Cloud (Vertex AI docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tools/function-calling",
        checked=_READ,
        note=(
            "Names fetching data (up-to-date information, specific data from knowledge bases "
            "and APIs) as one of function calling's two main uses."
        ),
    ),
    Source(
        key="azure-search-document-access",
        title="Document-level access control in Azure AI Search",
        publisher="Microsoft Learn",
        date="",
        kind="vendor",
        url="https://learn.microsoft.com/en-us/azure/search/search-document-level-access-overview",
        checked=_READ,
        note=(
            "Permissions enforced per document at query time, which the page calls essential "
            "for RAG applications that need authorisation checks at the document level."
        ),
    ),
    Source(
        key="owasp-llm01-prompt-injection",
        title="LLM01:2025 Prompt Injection",
        publisher="OWASP Gen AI Security Project",
        date="2025",
        kind="vendor",
        url="https://genai.owasp.org/llmrisk/llm01-prompt-injection/",
        checked=_READ,
        note=(
            "Indirect injection through external content, including a modified document in a "
            "RAG store; advises separating and marking untrusted content and least privilege. "
            "Read in a verbatim excerpt of the page (CC BY-SA 4.0)."
        ),
    ),
    Source(
        key="openai-prompt-caching-launch",
        title="Prompt Caching in the API",
        publisher="OpenAI",
        date="2024-10-01",
        kind="vendor",
        url="https://openai.com/index/api-prompt-caching/",
        checked=_READ,
        note=(
            "The launch: automatic caching of prompts over 1,024 tokens at half the input "
            "price on GPT-4o, GPT-4o mini, o1-preview and o1-mini; dates the lever for "
            "published decisions written before it."
        ),
    ),
    Source(
        key="openai-prompt-cache-retention",
        title="Prompt caching: prompt cache retention",
        publisher="OpenAI",
        date="2025-11",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/prompt-caching#prompt-cache-retention",
        checked=_READ,
        note="Retention section read in a repository copy of the current guide.",
    ),
    Source(
        key="agarwal-2024-many-shot-icl",
        title="Many-Shot In-Context Learning",
        publisher="NeurIPS",
        date="2024",
        kind="paper",
        url="https://arxiv.org/abs/2404.11018",
        author="Agarwal, Singh, Zhang, Bohnet, Rosias, Chan, Zhang, Anand, Abbas, Nova, et al.",
        venue="NeurIPS 2024",
        note=(
            "Tested mainly on Gemini 1.5 Pro: hundreds or thousands of examples in the prompt "
            "performed comparably to supervised fine-tuning on some tasks; inference cost grows "
            "linearly with the number of examples. Abstract read, not which tasks the comparison "
            "covered."
        ),
    ),
    Source(
        key="vertex-tuning-security",
        title="Security controls",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/security-controls",
        checked=_READ,
        note="the page itself was not re-read.",
    ),
    Source(
        key="bedrock-custom-model-encryption",
        title="Encryption of custom models",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html",
        checked=_READ,
        note="Read in the Markdown edition of the page on AWS's documentation site. Undated page.",
    ),
    Source(
        key="bedrock-custom-model-inference",
        title="Increase model invocation capacity with Provisioned Throughput",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/prov-throughput.html",
        checked=_READ,
    ),
    Source(
        key="azure-fine-tuning-guide",
        title="LLM Fine-Tuning on Azure",
        publisher="Microsoft",
        date="2024-08-02",
        kind="vendor",
        url="https://github.com/microsoft/LLM-Fine-Tuning-Azure",
        checked=_READ,
        note=(
            "Consider fine-tuning after prompting and RAG, with thousands of high-quality "
            "samples with ground truth and clear evaluation metrics."
        ),
    ),
    Source(
        key="vllm-structured-outputs",
        title="Structured Outputs",
        publisher="vLLM",
        date="",
        kind="vendor",
        url="https://docs.vllm.ai/en/latest/features/structured_outputs/",
        checked=_READ,
        note="A self-hosted server constrains output to a JSON schema, regex, choice or grammar.",
    ),
    Source(
        key="rafailov-2023-dpo",
        title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        publisher="arXiv",
        date="2023-05",
        kind="paper",
        url="https://arxiv.org/abs/2305.18290",
        author="Rafailov et al.",
        note="Tunes a model directly on pairs of preferred and rejected answers, without RL.",
    ),
    # Vendor pages read for the provider status page (decision_trees/vendor_facts.py).
    Source(
        key="openai-pricing",
        title="Pricing",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/pricing",
        checked=_READ,
        note="Read in a Chinese-language mirror of the page (tables in English);",
    ),
    Source(
        key="openai-model-gpt-6-luna",
        title="GPT-6 Luna",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/models/gpt-6-luna",
        checked=_READ,
        note="Read on OpenAI's Japanese localization of the page (ja-JP);",
    ),
    Source(
        key="openai-model-gpt-5-6-luna",
        title="GPT-5.6 Luna",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/models/gpt-5.6-luna",
        checked=_READ,
        note="fine-tuning not supported (ja-JP localization shows the feature row).",
    ),
    Source(
        key="openai-prompt-cache-options",
        title="API reference: prompt_cache_options",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/reference/resources/responses",
        checked=_READ,
        note="Read in docstrings generated from OpenAI's OpenAPI spec (async-openai 0.42.0, openai-client-base 0.16.0 on docs.rs;",
    ),
    Source(
        key="openai-prompt-caching-201",
        title="Prompt Caching 201",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://github.com/openai/openai-cookbook/blob/main/examples/Prompt_Caching_201.ipynb",
        checked=_READ,
    ),
    Source(
        key="openai-file-search",
        title="File search",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/tools-file-search",
        checked=_READ,
    ),
    Source(
        key="openai-reasoning",
        title="Reasoning models",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/reasoning",
        checked=_READ,
    ),
    Source(
        key="azure-fine-tuning-models",
        title="Fine-tuning supported models (include)",
        publisher="Microsoft Learn",
        date="2026-03-05",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/how-to/fine-tuning",
        checked=_READ,
        note="Read in the doc source, MicrosoftDocs/azure-ai-docs articles/foundry/includes/fine-tune-supported-models.md (ms.date 03/05/2026).",
    ),
    Source(
        key="azure-reinforcement-fine-tuning",
        title="Reinforcement fine-tuning",
        publisher="Microsoft Learn",
        date="2026-03-19",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/how-to/reinforcement-fine-tuning",
        checked=_READ,
        note="Read in MicrosoftDocs/azure-ai-docs articles/foundry/openai/includes/how-to-reinforcement-fine-tuning-content.md.",
    ),
    Source(
        key="azure-fine-tuning-cost-management",
        title="Cost management for fine-tuning",
        publisher="Microsoft Learn",
        date="2026-03-19",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/how-to/fine-tuning-cost-management",
        checked=_READ,
        note="Read in the doc source include how-to-fine-tuning-cost-management-content.md.",
    ),
    Source(
        key="azure-fine-tune-test",
        title="Deploy a fine-tuned model for testing (Developer tier)",
        publisher="Microsoft Learn",
        date="2026",
        kind="vendor",
        url="https://learn.microsoft.com/azure/ai-services/openai/how-to/fine-tune-test",
        checked=_READ,
    ),
    Source(
        key="azure-model-retirements",
        title="Azure OpenAI model deprecations and retirements",
        publisher="Microsoft Learn",
        date="",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirements",
        checked=_READ,
        note="The lifecycle policy (what deprecated means for new and existing customers); read in its Japanese edition.",
    ),
    Source(
        key="azure-model-retirement-schedule",
        title="Azure OpenAI model retirement schedule",
        publisher="Microsoft Learn",
        date="2026-09-02",
        kind="vendor",
        url="https://learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule",
        checked=_READ,
        note="Base and fine-tuned models' retirement dates, by phase (training and deployment).",
    ),
    Source(
        key="vertex-model-versions",
        title="Model versions and lifecycle",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/model-versions",
        checked=_READ,
        note="Read as the page's text edition (model-versions.md.txt).",
    ),
    Source(
        key="azure-ai-projects-cache-breakpoint",
        title="PromptCacheBreakpointConfig interface (@azure/ai-projects)",
        publisher="Microsoft Learn",
        date="2026",
        kind="vendor",
        url="https://learn.microsoft.com/javascript/api/@azure/ai-projects/promptcachebreakpointconfig",
        checked=_READ,
    ),
    Source(
        key="azure-ai-search-pricing",
        title="Plan and manage costs of an Azure AI Search service",
        publisher="Microsoft Learn",
        date="2026",
        kind="vendor",
        url="https://learn.microsoft.com/azure/search/search-sku-manage-costs",
        checked=_READ,
    ),
    Source(
        key="anthropic-models-overview",
        title="Models overview",
        publisher="Anthropic",
        date="2026-11",
        kind="vendor",
        url="https://platform.claude.com/docs/en/models/overview",
        checked=_READ,
    ),
    Source(
        key="anthropic-haiku-5-5",
        title="Claude Haiku 5.5",
        publisher="Anthropic",
        date="2026-10-07",
        kind="vendor",
        url="https://platform.claude.com/docs/en/models/haiku-5-5/overview",
        checked=_READ,
        note="the higher band was read only in secondary sources).",
    ),
    Source(
        key="anthropic-glossary",
        title="Glossary: fine-tuning",
        publisher="Anthropic",
        date="",
        kind="vendor",
        url="https://platform.claude.com/docs/en/about-claude/glossary",
        checked=_READ,
        note="Read on Anthropic's Japanese localization; English wording read in a third-party quote.",
    ),
    Source(
        key="anthropic-effort",
        title="Effort",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/build-with-claude/effort",
        checked=_READ,
    ),
    Source(
        key="anthropic-extended-thinking",
        title="Extended thinking",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/build-with-claude/extended-thinking",
        checked=_READ,
    ),
    Source(
        key="vertex-tuning-api-reference",
        title="Tuning API (Gemini)",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/reference/models/tuning",
        checked=_READ,
    ),
    Source(
        key="vertex-supervised-tuning",
        title="About supervised fine-tuning for Gemini models",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/supervised-tuning",
        checked=_READ,
    ),
    Source(
        key="vertex-preference-tuning",
        title="About preference tuning for Gemini models",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/preference-tuning",
        checked=_READ,
    ),
    Source(
        key="vertex-rl-tuning",
        title="About reinforcement learning fine-tuning for Gemini models",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/reinforcement-tuning",
        checked=_READ,
    ),
    Source(
        key="vertex-deploy-overview",
        title="Deploy generative AI models",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/deploy/overview",
        checked=_READ,
        note="Read in the S3NS edition (documentation.s3ns.fr), a copy.",
    ),
    Source(
        key="vertex-name-changes",
        title="Vertex AI name changes",
        publisher="Google Cloud",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/vertex-ai-name-changes",
        checked=_READ,
        note="Undated.",
    ),
    Source(
        key="vertex-context-caching",
        title="Context caching overview",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/context-cache/context-cache-overview",
        checked=_READ,
    ),
    Source(
        key="agent-platform-rag-engine-billing",
        title="RAG Engine on Gemini Enterprise Agent Platform billing",
        publisher="Google Cloud",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/build/rag-engine/rag-engine-billing",
        checked=_READ,
        note="English text read on the old vertex-ai path of the same host.",
    ),
    Source(
        key="agent-platform-rag-engine-models",
        title="Supported models for RAG Engine on Gemini Enterprise Agent Platform",
        publisher="Google Cloud",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/build/rag-engine/supported-rag-models",
        checked=_READ,
    ),
    Source(
        key="gemini-api-file-search",
        title="File Search",
        publisher="Google AI for Developers",
        date="",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/file-search",
        checked=_READ,
        note="storage and query-time embeddings free, pay for indexing embeddings and retrieved tokens as input ($0.15 per 1M indexing tokens in the Nov 2025 edition).",
    ),
    Source(
        key="gemini-api-changelog",
        title="Release notes (Gemini API)",
        publisher="Google AI for Developers",
        date="2025-12-05",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/changelog",
        checked=_READ,
        note="Read in a GitHub mirror (aiandbotsgalore/DrSnuggles), a copy.",
    ),
    Source(
        key="gemini-api-pricing",
        title="Gemini Developer API pricing",
        publisher="Google AI for Developers",
        date="2025-12",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/pricing",
        checked=_READ,
        note="Read in a Dec 2025 GitHub mirror, a copy; re-read live.",
    ),
    Source(
        key="bedrock-custom-model-fine-tuning",
        title="Customize a model with fine-tuning in Amazon Bedrock",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html",
        checked=_READ,
    ),
    Source(
        key="bedrock-claude-3-haiku-card",
        title="Claude 3 Haiku (model card)",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-haiku.html",
        checked=_READ,
        note="Read in the zh_tw machine-translated edition (a copy).",
    ),
    Source(
        key="bedrock-rft-nova",
        title="Fine-tune Amazon Nova models with reinforcement fine-tuning",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/rft-nova-models.html",
        checked=_READ,
    ),
    Source(
        key="bedrock-rft-prepare-data",
        title="Prepare data for Amazon Nova models (reinforcement fine-tuning)",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/rft-prepare-data.html",
        checked=_READ,
    ),
    Source(
        key="bedrock-custom-on-demand",
        title="Deploy a custom model for on-demand inference",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/deploy-custom-model-on-demand.html",
        checked=_READ,
    ),
    Source(
        key="bedrock-custom-model-units",
        title="CustomModelUnits (API reference)",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CustomModelUnits.html",
        checked=_READ,
        note="Custom Model Import is billed by Custom Model Units, the hardware to host one copy of an imported model.",
    ),
    Source(
        key="bedrock-kb-retrieval",
        title="Retrieving information from data sources using Amazon Bedrock Knowledge Bases",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/kb-how-retrieval.html",
        checked=_READ,
        note="Pricing not read.",
    ),
    Source(
        key="cohere-chat-fine-tuning",
        title="Fine-tuning for Cohere's Chat Model",
        publisher="Cohere",
        date="2025-09-15",
        kind="vendor",
        url="https://docs.cohere.com/docs/chat-fine-tuning",
        checked=_READ,
    ),
    Source(
        key="azure-databricks-fmft",
        title="Create a training run using the Foundation Model Fine-tuning API (deprecated)",
        publisher="Microsoft Learn (Azure Databricks)",
        date="",
        kind="vendor",
        url="https://learn.microsoft.com/azure/databricks/large-language-models/foundation-model-training/create-fine-tune-run",
        checked=_READ,
    ),
    Source(
        key="databricks-fmft-eol",
        title="Create a training run using the Foundation Model Fine-tuning API (EoL)",
        publisher="Databricks",
        date="",
        kind="vendor",
        url="https://docs.databricks.com/aws/en/large-language-models/foundation-model-training/create-fine-tune-run",
        checked=_READ,
        note="Undated.",
    ),
    Source(
        key="fireworks-serverless-lora",
        title="Specialized Model Inference on Serverless",
        publisher="Fireworks AI",
        date="",
        kind="vendor",
        url="https://docs.fireworks.ai/serverless/specialized-model-inference/overview",
        checked=_READ,
    ),
    Source(
        key="fireworks-fine-tuned-fees",
        title="Are there extra fees for serving fine-tuned models?",
        publisher="Fireworks AI",
        date="",
        kind="vendor",
        url="https://docs.fireworks.ai/faq-new/billing-pricing/are-there-extra-fees-for-serving-fine-tuned-models",
        checked=_READ,
    ),
    Source(
        key="together-adapter-upload",
        title="Upload a LoRA adapter",
        publisher="Together AI",
        date="",
        kind="vendor",
        url="https://docs.together.ai/docs/adapter-upload",
        checked=_READ,
    ),
    Source(
        key="vertex-partner-model-deprecations",
        title="Partner model deprecations",
        publisher="Google Cloud (Gemini Enterprise Agent Platform docs)",
        date="",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/deprecations/partner-models",
        checked=_READ,
        note="Claude 3 Haiku on Google Cloud deprecated 23 Feb 2026, shut down 23 Aug 2026 (read in the ja edition, a copy).",
    ),
    # Read for the December 2026 practitioner review (papers behind findings F6 to F19, A2, A10).
    Source(
        key="tam-2024-format-restrictions",
        title=(
            "Let Me Speak Freely? A Study on the Impact of Format Restrictions on Performance "
            "of Large Language Models"
        ),
        publisher="Association for Computational Linguistics",
        date="2024-11",
        kind="paper",
        url="https://aclanthology.org/2024.emnlp-industry.91/",
        author="Tam, Wu, Tsai, Lin, Lee, Chen",
        venue="EMNLP 2024 Industry Track, pages 1218-1236; arXiv 2408.02442",
        note=(
            "Format restrictions lowered accuracy on reasoning tasks, more so the stricter the "
            "format; per summaries of the full text, classification held up or improved. Abstract "
            "read at the Anthology preview copy; the canonical address is assumed from its "
            "Anthology ID; the classification result is from a summary."
        ),
    ),
    Source(
        key="owasp-llm02-2026",
        title="LLM02:2026 Sensitive Information Disclosure",
        publisher="OWASP GenAI Security Project",
        date="2026-08-04",
        kind="vendor",
        url="https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/",
        checked="2026-12-03",
        note=(
            "Read in the project's source repository (GenAI-LLM-Top10, 2026/final). A fine-tune "
            "or LoRA adapter can memorise training data and reproduce it; data that has shaped "
            "weights or adapters stays extractable after the source is deleted, straining "
            "erasure duties; narrow adapters memorise rare examples closely."
        ),
    ),
    Source(
        key="chroma-context-rot",
        title="Context Rot: How Increasing Input Tokens Impacts LLM Performance",
        publisher="Chroma",
        date="2025-07-14",
        kind="article",
        url="https://research.trychroma.com/context-rot",
        author="Hong, Troynikov, Huber",
        note=(
            "18 models including GPT-4.1, Claude 4, Gemini 2.5 and Qwen3; performance grew less "
            "reliable as input length grew, even on simple tasks. A vector-database vendor's "
            "report on synthetic tasks, with no token threshold; read through a quoting copy."
        ),
    ),
    Source(
        key="anthropic-context-engineering",
        title="Effective context engineering for AI agents",
        publisher="Anthropic",
        date="2025-09-29",
        kind="vendor",
        url="https://www.anthropic.com/engineering/effective-context-engineering-for-ai-agents",
        checked="2026-12-03",
        note=(
            "Keep the context to the smallest set of high-signal tokens; agents load data just "
            "in time through tools, with a hybrid (some context up front) suggested for less "
            "dynamic content such as legal or finance work. Read through verbatim copies."
        ),
    ),
    Source(
        key="harvey-multi-model",
        title="Why Harvey is Multi-Model by Design",
        publisher="Harvey",
        date="2026",
        kind="case-study",
        url="https://www.harvey.ai/blog/why-harvey-is-multi-model-by-design",
        checked="2026-12-03",
        note=(
            "Harvey went multi-model (Anthropic, Google DeepMind, OpenAI) the year before this "
            "post; reasons given: quality per task, resilience to provider risk, customer choice. "
            "The post is undated; 2026 is inferred from the models it names. The May 2025 date "
            "of the switch is from secondary reports."
        ),
    ),
    Source(
        key="sambanova-many-shot-2026",
        title="Many-Shot Prompting: A Practical Guide to In-Context Learning at Scale",
        publisher="SambaNova",
        date="2026-04-22",
        kind="vendor",
        url="https://sambanova.ai/blog/man-shot-prompting-a-practical-guide-to-icl",
        author="Upasani, Wu, Rainton, Li, Thakker, Hu, Zhang",
        checked="2026-12-03",
        note=(
            "Gains mainly on classification and extraction, little on open-ended generation; "
            "accuracy levelled off around 50 to 70 examples per class. A vendor's own experiments."
        ),
    ),
    # --- Sources added for the tuning-side pages (when fine-tuning, questions, maintenance, terms).
    Source(
        key="anthropic-usage-policy",
        title="Usage Policy",
        publisher="Anthropic",
        date="2026-11-12",
        kind="vendor",
        url="https://www.anthropic.com/legal/aup",
        checked=_READ,
        note=(
            "Read in verbatim copies of the clause quoted in public repositories, of the version "
            "effective 15 September 2025 and of the one effective 12 November 2026; not read on "
            "anthropic.com itself."
        ),
    ),
    Source(
        key="weaviate-cloud-billing",
        title="Billing (Weaviate Cloud)",
        publisher="Weaviate",
        date="",
        kind="vendor",
        url="https://docs.weaviate.io/cloud/platform/billing",
        checked=_READ,
    ),
    Source(
        key="qdrant-cloud-pricing",
        title="Cloud pricing and payments",
        publisher="Qdrant",
        date="",
        kind="vendor",
        url="https://qdrant.tech/documentation/cloud-pricing-payments/",
        checked=_READ,
    ),
    # --- Sources added for the retrieval-side pages (when RAG, neither, failure modes, costs).
    Source(
        key="pinecone-understanding-cost",
        title="Understanding Pinecone cost",
        publisher="Pinecone",
        date="2026",
        kind="vendor",
        url="https://docs.pinecone.io/guides/manage-cost/understanding-cost",
        checked=_READ,
        note=(
            "Read in the docs corpus at this address and at its moved copies under "
            "docs.pinecone.io/guides/organizations/manage-cost/ and /guides/cost/understand-cost."
        ),
    ),
    Source(
        key="qdrant-query-decomposition",
        title="Query Decomposition for Multi-Hop Questions",
        publisher="Qdrant",
        date="",
        kind="vendor",
        url="https://qdrant.tech/documentation/improve-search/query-decomposition/",
        checked="2026-12-03",
        note=(
            "A tutorial: a question whose second fact depends on the first cannot be answered "
            "from one search, since reranking and fusion only reorder what that search found; "
            "search, let a model read the results and ask the next sub-question, and repeat up "
            "to a cap on hops. Builds on Self-Ask and IRCoT. Read in the docs corpus."
        ),
    ),
]

BIBLIOGRAPHY: dict[str, Source] = {s.key: s for s in _ENTRIES}
"""Every source, by key, in the order it is listed on the Sources page."""
