"""The single bibliography every tree, page and scenario cites by key.

``check`` fails on a citation that does not resolve here, so a source is added
once, in this file, and cited everywhere by its key.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BIBLIOGRAPHY", "KINDS", "Source"]


KINDS = ("article", "paper", "vendor", "case-study")
"""Kinds of source, in the order the Sources page lists them."""


@dataclass(frozen=True)
class Source:
    """A published source. ``url`` is empty where none is known.

    ``date`` is ISO (``"2024"``, ``"2024-05"``, ``"2024-05-13"``) or empty when the
    source carries none; ``venue`` is where a paper appeared; ``checked`` is the ISO
    date on which a vendor fact was last verified against the page.
    """

    key: str
    title: str
    publisher: str
    date: str
    kind: str  # one of KINDS
    url: str
    author: str = ""
    venue: str = ""
    checked: str = ""
    note: str = ""


_ENTRIES = [
    Source(
        key="choose-for-your-ai-product",
        title="Fine-Tuning vs RAG: How to Choose for Your AI Product",
        publisher="(article; publisher not named in the text)",
        date="",
        kind="article",
        url="",
    ),
    Source(
        key="when-to-use-which",
        title="RAG vs Fine-Tuning: When to Use Which",
        publisher="(article in a RAG series; publisher not named in the text)",
        date="",
        kind="article",
        url="",
    ),
    Source(
        key="high-country-codes",
        title="Fine-Tuning vs RAG: Choosing the Right AI Enhancement Strategy",
        publisher="High Country Codes",
        date="",
        kind="article",
        url="",
    ),
    Source(
        key="amanai-lab",
        title="RAG vs Fine-Tuning: Which One Should You Choose?",
        publisher="AmanAI Lab",
        date="",
        kind="article",
        url="",
    ),
    Source(
        key="ovadia-2023",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        publisher="arXiv",
        date="2023",
        kind="paper",
        url="https://arxiv.org/abs/2312.05934",
        author="Ovadia, Brief, Mishaeli, Elisha",
    ),
    Source(
        key="balaguer-2024",
        title="RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
        publisher="arXiv",
        date="2024",
        kind="paper",
        url="https://arxiv.org/abs/2401.08406",
        author="Balaguer et al.",
    ),
    Source(
        key="raft-2024",
        title="RAFT: Adapting Language Model to Domain Specific RAG",
        publisher="arXiv",
        date="2024",
        kind="paper",
        url="https://arxiv.org/abs/2403.10131",
        author="Zhang, Patil, Jain, Shen, Zaharia, Stoica, Gonzalez",
    ),
    Source(
        key="gekhman-2024",
        title="Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations?",
        publisher="arXiv",
        date="2024",
        kind="paper",
        url="https://arxiv.org/abs/2405.05904",
        author="Gekhman, Yona, Aharoni, Eyal, Feder, Reichart, Herzig",
    ),
    Source(
        key="soudani-2024",
        title="Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge",
        publisher="arXiv",
        date="2024",
        kind="paper",
        url="https://arxiv.org/abs/2403.01432",
        author="Soudani, Kanoulas, Hasibi",
    ),
    # --- added by trees-other ---
    Source(
        key="anthropic-contextual-retrieval",
        title="Introducing Contextual Retrieval",
        publisher="Anthropic",
        date="2024-09-19",
        kind="vendor",
        url="https://www.anthropic.com/engineering/contextual-retrieval",
        checked="2026-11-22",
        note=(
            "Top-20 retrieval failure rate 5.7% -> 3.7% with contextual embeddings (-35%), "
            "2.9% adding contextual BM25 (-49%), 1.9% adding reranking (-67%)."
        ),
    ),
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
        key="liu-2024-lost-in-the-middle",
        title="Lost in the Middle: How Language Models Use Long Contexts",
        publisher="arXiv",
        date="2023-07",
        kind="paper",
        url="https://arxiv.org/abs/2307.03172",
        author="Liu, Lin, Hewitt, Paranjape, Bevilacqua, Petroni, Liang",
        venue="Transactions of the Association for Computational Linguistics, 2024",
    ),
    Source(
        key="leng-2024-long-context-rag",
        title="Long Context RAG Performance of Large Language Models",
        publisher="arXiv (Databricks Mosaic Research)",
        date="2024-11",
        kind="paper",
        url="https://arxiv.org/abs/2411.03538",
        author="Leng, Portes, Havens, Zaharia, Carbin",
        note=(
            "20 models, 2k to 128k tokens of retrieved context; most decline past a model-specific "
            "length. Per-model thresholds: https://databricks.com/blog/long-context-rag-performance-llms"
        ),
    ),
    Source(
        key="xu-2024-linkedin-kg-rag",
        title="Retrieval-Augmented Generation with Knowledge Graphs for Customer Service Question Answering",
        publisher="arXiv (LinkedIn)",
        date="2024-04",
        kind="case-study",
        url="https://arxiv.org/abs/2404.17723",
        author="Xu, Cruz, Guevara, Wang, Deshpande, Wang, Li",
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
        key="openai-supervised-fine-tuning",
        title="Supervised fine-tuning (fine-tuning guide)",
        publisher="OpenAI",
        date="",
        kind="vendor",
        url="https://platform.openai.com/docs/guides/fine-tuning",
        checked="2026-11-22",
        note=(
            "At least 10 examples; clear gains typically from 50 to 100; start with 50. Put the best "
            "prompt in every example; same format as inference; epochs up or down by 1 or 2."
        ),
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
        key="openai-prompt-caching",
        title="Prompt caching",
        publisher="OpenAI",
        date="",
        kind="vendor",
        url="https://developers.openai.com/api/docs/guides/prompt-caching",
        checked="2026-11-22",
        note=(
            "Automatic for prompts of 1,024 tokens or more, exact prefix matches only; up to 80% "
            "lower latency and up to 90% lower input cost; static content first."
        ),
    ),
    Source(
        key="openai-structured-outputs",
        title="Introducing Structured Outputs in the API",
        publisher="OpenAI",
        date="2024-08-06",
        kind="vendor",
        url="https://openai.com/index/introducing-structured-outputs-in-the-api/",
        checked="2026-11-22",
        note="gpt-4o-2024-08-06 with Structured Outputs: 100% on complex JSON schemas; gpt-4-0613 under 40%.",
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
        note="Examples retrieved by similarity beat random ones: +44.3% on ToTTo, +45.5% on NQ.",
    ),
    Source(
        key="gemini-api-tuning-guidance",
        title="Fine-tuning with the Gemini API",
        publisher="Google AI for Developers",
        date="",
        kind="vendor",
        url="https://ai.google.dev/docs/model_tuning_guidance",
        checked="2026-11-22",
        note="Tune when prompt design such as few-shot prompting does not give the results you need.",
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
    # --- end of trees-other block ---
]

BIBLIOGRAPHY: dict[str, Source] = {s.key: s for s in _ENTRIES}
"""Every source, by key, in the order it is listed on the Sources page."""
