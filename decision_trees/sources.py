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
        date="2022",
        kind="paper",
        url="https://arxiv.org/abs/2101.06804",
        author="Liu, Shen, Zhang, Dolan, Carin, Chen",
        venue="DeeLIO 2022 workshop",
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
        checked=_CHECKED,
        note="Minimum 10 examples; improvements usually seen from 50 to 100; start with 50.",
    ),
    Source(
        key="openai-fine-tuning-wind-down",
        title="Deprecations: update to OpenAI's self-serve fine-tuning",
        publisher="OpenAI",
        date="2026-05-07",
        kind="vendor",
        url="https://developers.openai.com/api/docs/deprecations",
        checked=_CHECKED,
        note=(
            "Self-serve fine-tuning is closed to new users; tuned models stay available until "
            "their base model is retired."
        ),
    ),
    Source(
        key="openai-model-optimization",
        title="Model optimization",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/model-optimization",
        checked=_CHECKED,
        note="Evals first, then prompting, then fine-tuning, in a loop.",
    ),
    Source(
        key="openai-latency-optimization",
        title="Latency optimization",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/latency-optimization",
        checked=_CHECKED,
        note=(
            "Model size is the main factor in inference speed; fewer input and output tokens "
            "are among its seven principles for lower latency."
        ),
    ),
    Source(
        key="anthropic-reduce-latency",
        title="Reducing latency",
        publisher="Anthropic",
        date="2026",
        kind="vendor",
        url="https://platform.claude.com/docs/en/test-and-evaluate/strengthen-guardrails/reduce-latency",
        checked=_CHECKED,
        note="Choose a faster model first, then minimise prompt and output tokens.",
    ),
    Source(
        key="openai-prompt-caching",
        title="Prompt caching",
        publisher="OpenAI",
        date="2026",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/prompt-caching",
        checked=_CHECKED,
        note=(
            "Automatic for prompts of 1,024 tokens or more; up to 80% lower latency and up to "
            "90% lower input cost on a cache hit."
        ),
    ),
    Source(
        key="anthropic-pricing",
        title="Pricing",
        publisher="Anthropic",
        date="",
        kind="vendor",
        url="https://platform.claude.com/docs/en/about-claude/pricing",
        checked=_CHECKED,
        note="List prices per million tokens; the page is undated.",
    ),
    Source(
        key="anthropic-prompt-caching",
        title="Prompt caching",
        publisher="Anthropic",
        date="2025",
        kind="vendor",
        url="https://platform.claude.com/docs/en/build-with-claude/prompt-caching",
        checked=_CHECKED,
        note=(
            "Cache reads cost 0.1 times the input price, writes 1.25 times (5-minute lifetime) "
            "or 2 times (1 hour)."
        ),
    ),
    Source(
        key="gemini-context-caching",
        title="Context caching",
        publisher="Google",
        date="2026-07-07",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/caching",
        checked=_CHECKED,
        note="Implicit caching on by default for Gemini 2.5 and newer; explicit caching too.",
    ),
    Source(
        key="azure-prompt-caching",
        title="Prompt caching (Azure OpenAI)",
        publisher="Microsoft Learn",
        date="2026",
        kind="vendor",
        url="https://learn.microsoft.com/azure/foundry/openai/how-to/prompt-caching",
        checked=_CHECKED,
        note="Caches are usually cleared after 5 to 10 minutes idle, always within an hour.",
    ),
    Source(
        key="openai-structured-outputs",
        title="Introducing Structured Outputs in the API",
        publisher="OpenAI",
        date="2024-08-06",
        kind="vendor",
        url="https://openai.com/index/introducing-structured-outputs-in-the-api/",
        checked=_CHECKED,
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
        checked=_CHECKED,
        note=(
            "Claude's JSON outputs and strict tool use constrain a response to a schema; "
            "Anthropic's own page did not render in the copy read."
        ),
    ),
    Source(
        key="vertex-sft-data",
        title="Prepare supervised fine-tuning data for Gemini models",
        publisher="Google Cloud",
        date="2025-09-04",
        kind="vendor",
        url="https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-supervised-tuning-prepare",
        checked=_CHECKED,
        note="Recommends starting with 100 examples and a validation set.",
    ),
    Source(
        key="gemini-api-tuning-guidance",
        title="Fine-tuning with the Gemini API",
        publisher="Google AI for Developers",
        date="",
        kind="vendor",
        url="https://ai.google.dev/docs/model_tuning_guidance",
        checked=_CHECKED,
        note=(
            "Tune when few-shot prompting does not give the results you need. Undated page; "
            "Google has since ended tuning in the Gemini API (see gemini-api-tuning-ended)."
        ),
    ),
    Source(
        key="bedrock-customization",
        title="Customize your model to improve its performance for your use case",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html",
        checked=_CHECKED,
        note="Managed fine-tuning, distillation and continued pre-training in your AWS account.",
    ),
    Source(
        key="bedrock-fine-tuning-models",
        title="Supported models and Regions for fine-tuning and continued pre-training",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-supported.html",
        checked=_CHECKED,
        note="Tunable when checked: Amazon Nova, Claude 3 Haiku (US West), Llama 3.1 and 3.2.",
    ),
    Source(
        key="gemini-api-tuning-ended",
        title="Fine-tuning with the Gemini API",
        publisher="Google AI for Developers",
        date="2026-04-29",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/docs/model-tuning",
        checked=_CHECKED,
        note="No model can be tuned in the Gemini API since May 2025; tuning is on Vertex AI.",
    ),
    Source(
        key="mistral-fine-tuning",
        title="Fine-tuning (deprecated)",
        publisher="Mistral AI",
        date="",
        kind="vendor",
        url="https://docs.mistral.ai/resources/deprecated/finetuning",
        checked=_CHECKED,
        note="Mistral's fine-tuning service is listed as deprecated.",
    ),
    Source(
        key="bedrock-distillation",
        title="Choose teacher and student models for distillation",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/prequisites-model-distillation.html",
        checked=_CHECKED,
    ),
    Source(
        key="vertex-distillation",
        title="Gemini Distillation Service",
        publisher="Google Cloud",
        date="2026",
        kind="vendor",
        url="https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/tuning/distillation",
        checked=_CHECKED,
        note="Early access at the time checked; Google says not to use its output in production.",
    ),
    Source(
        key="azure-fine-tuning-costs",
        title="Plan to manage costs for Azure OpenAI",
        publisher="Microsoft Learn",
        date="2026",
        kind="vendor",
        url="https://learn.microsoft.com/azure/ai-services/openai/how-to/manage-costs",
        checked=_CHECKED,
        note="A deployed fine-tuned model is billed by the hour, used or not.",
    ),
    Source(
        key="openai-terms-of-use",
        title="Terms of use",
        publisher="OpenAI",
        date="2024-01-31",
        kind="vendor",
        url="https://openai.com/policies/terms-of-use/",
        checked=_CHECKED,
        note=(
            "The consumer terms forbid using output to develop models that compete with OpenAI. "
            "API and business use falls under OpenAI's Services Agreement, listed separately."
        ),
    ),
    Source(
        key="openai-services-agreement",
        title="OpenAI Services Agreement",
        publisher="OpenAI",
        date="2025-05-31",
        kind="vendor",
        url="https://openai.com/policies/services-agreement/",
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        date="2025-02-05",
        kind="vendor",
        url="https://ai.google.dev/gemini-api/terms",
        checked=_CHECKED,
        note=(
            "Covers the Gemini API and Google AI Studio, not Vertex AI. Bars using the services "
            "to develop models that compete with them, and extracting or replicating the "
            "underlying models. Read in the versions of 31 October 2024 and 5 February 2025 on "
            "Google's site; a copy of the 20 May 2025 version keeps the same clause."
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
    # Sources the three other trees cite (failure diagnosis, adding fine-tuning to RAG).
    Source(
        key="anthropic-reduce-hallucinations",
        title="Reduce hallucinations",
        publisher="Anthropic (Claude developer docs)",
        date="",
        kind="vendor",
        url="https://platform.claude.com/docs/en/test-and-evaluate/strengthen-guardrails/reduce-hallucinations",
        checked="2026-11-22",
        note="Allow 'I don't know', quote before answering, cite each claim, restrict to given documents.",
    ),
    Source(
        key="langchain-retrieval-quality",
        title="Improve retrieval quality",
        publisher="LangChain docs",
        date="",
        kind="vendor",
        url="https://docs.langchain.com/oss/python/langchain/retrieval-optimization",
        checked="2026-11-22",
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
        checked="2026-11-22",
        note="Incremental cleanup removes changed versions; full cleanup also removes deleted sources.",
    ),
    Source(
        key="databricks-retrieval-quality",
        title="Vector Search retrieval quality guide",
        publisher="Databricks docs",
        date="",
        kind="vendor",
        url="https://docs.databricks.com/gcp/en/generative-ai/vector-search-retrieval-quality",
        checked="2026-11-22",
        note="Set up evaluation before optimising; fixes ordered by impact and effort; recall@k.",
    ),
    Source(
        key="databricks-embedding-finetuning",
        title="Improving Retrieval and RAG with Embedding Model Finetuning",
        publisher="Databricks blog",
        date="2025-02",
        kind="vendor",
        url="https://databricks.com/blog/improving-retrieval-and-rag-embedding-model-finetuning",
        checked="2026-11-22",
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
        note="RAFT helped Llama2-7B but not Llama3-8B or Mistral-7B-v0.3.",
    ),
    Source(
        key="openai-fine-tuning-best-practices",
        title="Fine-tuning best practices",
        publisher="OpenAI",
        date="",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/fine-tuning-best-practices",
        checked="2026-11-22",
        note=(
            "Data quality checks (balance, consistency, complete information). Banner: OpenAI is "
            "winding down its fine-tuning platform, closed to new users."
        ),
    ),
    Source(
        key="openai-fine-tuning-getting-started",
        title="Getting started with fine-tuning",
        publisher="OpenAI Help Center",
        date="",
        kind="vendor",
        url="https://help.openai.com/en/articles/11162441-getting-started-with-fine-tuning",
        checked="2026-11-22",
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
        publisher="Google Cloud (Vertex AI docs)",
        date="2025-09-04",
        kind="vendor",
        url="https://cloud.google.com/vertex-ai/generative-ai/docs/models/tune-models",
        checked="2026-11-22",
        note=(
            "Prompt first, tune to fix recurring errors; quality over quantity; tuning data should "
            "reflect the prompts, format and context seen in production."
        ),
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
        checked=_CHECKED,
        note="1M tokens on some Claude models, 200K or more (about 500 pages) on the others.",
    ),
    Source(
        key="vertex-function-calling",
        title="Introduction to function calling",
        publisher="Google Cloud (Vertex AI docs)",
        date="",
        kind="vendor",
        url="https://cloud.google.com/vertex-ai/generative-ai/docs/multimodal/function-calling",
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        checked=_CHECKED,
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
        url="https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention",
        checked=_CHECKED,
        note=(
            'prompt_cache_retention "24h" keeps cached prefixes for up to 24 hours; read in '
            "the docstring of OpenAI's Agents SDK, not on the guide itself."
        ),
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
            "Hundreds or thousands of examples in the prompt performed comparably to supervised "
            "fine-tuning; inference cost grows linearly with the number of examples."
        ),
    ),
    Source(
        key="vertex-tuning-security",
        title="Security controls for Generative AI; Adaptation of Large Foundation Models (whitepaper)",
        publisher="Google Cloud",
        date="",
        kind="vendor",
        url="https://cloud.google.com/vertex-ai/generative-ai/docs/security-controls",
        checked=_CHECKED,
        note=(
            "Tuning runs in a separate tenant project per customer project; the adapter can be "
            "stored under a customer-managed key inside the customer's VPC Service Controls "
            "perimeter (whitepaper)."
        ),
    ),
    Source(
        key="bedrock-custom-model-encryption",
        title="Encryption of custom models",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html",
        checked=_CHECKED,
        note=(
            "Custom models are managed and stored by AWS; training data is used only for the "
            "job and not kept after it; tuned models can replay some training data."
        ),
    ),
    Source(
        key="bedrock-custom-model-inference",
        title="Increase model invocation capacity with Provisioned Throughput",
        publisher="Amazon Web Services",
        date="",
        kind="vendor",
        url="https://docs.aws.amazon.com/bedrock/latest/userguide/prov-throughput.html",
        checked=_CHECKED,
        note=(
            "A customised model needs Provisioned Throughput, billed by the hour; on-demand "
            "deployment of custom models covers Amazon Nova models only."
        ),
    ),
    Source(
        key="azure-fine-tuning-guide",
        title="LLM Fine-Tuning on Azure",
        publisher="Microsoft",
        date="2024-08-02",
        kind="vendor",
        url="https://github.com/microsoft/LLM-Fine-Tuning-Azure",
        checked=_CHECKED,
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
        checked=_CHECKED,
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
]

BIBLIOGRAPHY: dict[str, Source] = {s.key: s for s in _ENTRIES}
"""Every source, by key, in the order it is listed on the Sources page."""
