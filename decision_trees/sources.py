"""The single bibliography every tree, page and scenario cites by key.

``check`` fails on a citation that does not resolve here, so a source is added
once, in this file, and cited everywhere by its key.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BIBLIOGRAPHY", "Source"]


@dataclass(frozen=True)
class Source:
    """A published article or paper. ``url`` is empty where none is known."""

    key: str
    title: str
    author: str
    year: int | None
    kind: str  # "article" or "paper"
    url: str = ""
    note: str = ""


_ENTRIES = [
    Source(
        key="choose-for-your-ai-product",
        title="Fine-Tuning vs RAG: How to Choose for Your AI Product",
        author="(article; publisher not named in the text)",
        year=None,
        kind="article",
    ),
    Source(
        key="when-to-use-which",
        title="RAG vs Fine-Tuning: When to Use Which",
        author="(article in a RAG series; publisher not named in the text)",
        year=None,
        kind="article",
    ),
    Source(
        key="high-country-codes",
        title="Fine-Tuning vs RAG: Choosing the Right AI Enhancement Strategy",
        author="High Country Codes",
        year=None,
        kind="article",
    ),
    Source(
        key="amanai-lab",
        title="RAG vs Fine-Tuning: Which One Should You Choose?",
        author="AmanAI Lab",
        year=None,
        kind="article",
    ),
    Source(
        key="ovadia-2023",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        author="Ovadia, Brief, Mishaeli, Elisha",
        year=2023,
        kind="paper",
        url="https://arxiv.org/abs/2312.05934",
    ),
    Source(
        key="balaguer-2024",
        title="RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
        author="Balaguer et al.",
        year=2024,
        kind="paper",
        url="https://arxiv.org/abs/2401.08406",
    ),
    Source(
        key="raft-2024",
        title="RAFT: Adapting Language Model to Domain Specific RAG",
        author="Zhang, Patil, Jain, Shen, Zaharia, Stoica, Gonzalez",
        year=2024,
        kind="paper",
        url="https://arxiv.org/abs/2403.10131",
    ),
    Source(
        key="gekhman-2024",
        title="Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations?",
        author="Gekhman, Yona, Aharoni, Eyal, Feder, Reichart, Herzig",
        year=2024,
        kind="paper",
        url="https://arxiv.org/abs/2405.05904",
    ),
    Source(
        key="soudani-2024",
        title="Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge",
        author="Soudani, Kanoulas, Hasibi",
        year=2024,
        kind="paper",
        url="https://arxiv.org/abs/2403.01432",
    ),
]

BIBLIOGRAPHY: dict[str, Source] = {s.key: s for s in _ENTRIES}
"""Every source, by key, in the order it is listed on the Sources page."""
