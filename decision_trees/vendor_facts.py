"""Every vendor fact the site relies on, stated once, each with its own source and checked date.

Which models can be tuned and how, where and until when; how tuned models are served and
billed; cache prices, write premiums and lifetimes; managed retrieval; shutdown dates; list
prices. These change monthly, so none is typed into a page: tree texts import a fact by its
constant name (``OPENAI_FT_NEW_JOBS_END``) and insert its sentence, pages call the ``fact``
macro, the cost calculator and the evaluation planner read ``amount``, and the provider status
page lists them all. One edit here changes every page that shows the fact.

``checked`` is the day someone read the source and found the fact there;
:mod:`decision_trees.freshness` lists facts older than :data:`MAX_AGE_DAYS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["FACTS", "MAX_AGE_DAYS", "TOPICS", "Fact", "constant_name", "long_date"]

MAX_AGE_DAYS = 90
"""A vendor fact read longer ago than this is due for a re-read."""

TOPICS = {
    "lifecycle": "Shutdowns and deprecations",
    "tuning": "Who tunes what",
    "serving": "How tuned models are served and billed",
    "caching": "Prompt caching",
    "retrieval": "Managed retrieval",
    "reasoning": "Reasoning effort",
    "price": "List prices",
}
"""What a fact is about, in the order the status page shows them, with each section's title."""

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(iso: str) -> str:
    """``2027-01-06`` as ``6 January 2027``, the way the site writes dates in prose."""
    d = date.fromisoformat(iso)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Fact:
    """One vendor fact. ``text`` is the sentence pages show, in the project's own words.

    ``value`` is the short form a table cell shows; ``starts`` and ``ends`` are ISO dates from
    and until which the fact applies (a launch, a shutdown), written out in ``text`` too;
    ``amount`` and ``unit`` carry a price or a limit for the calculators; ``source`` is a key of
    :data:`decision_trees.sources.BIBLIOGRAPHY`; ``url`` is the page the fact was read on when
    it is more precise than the source's own address.
    """

    key: str
    provider: str
    service: str
    topic: str
    text: str
    value: str
    source: str
    checked: str
    starts: str = ""
    ends: str = ""
    amount: float | None = None
    unit: str = ""
    url: str = ""

    def __str__(self) -> str:
        return self.text

    @property
    def dates(self) -> list[str]:
        """The ISO dates the fact names, starts first."""
        return [d for d in (self.starts, self.ends) if d]


def constant_name(key: str) -> str:
    """The name a tree file imports a fact by: ``openai-ft-new-jobs-end`` -> ``OPENAI_FT_NEW_JOBS_END``."""
    return re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_").upper()


_CHECKED = "2026-12-03"

_ENTRIES: list[Fact] = [
    # --- List prices (USD per million tokens): stand-ins for "a large model" and "a small model".
    Fact(
        key="anthropic-opus-4-5-input",
        provider="Anthropic",
        service="Claude API",
        topic="price",
        text="Claude Opus 4.5 costs $5 per million input tokens.",
        value="$5 per 1M input tokens",
        amount=5.0,
        unit="USD per 1M input tokens",
        source="anthropic-pricing",
        checked="2026-11-22",
    ),
    Fact(
        key="anthropic-opus-4-5-cache-read",
        provider="Anthropic",
        service="Claude API",
        topic="price",
        text="Claude Opus 4.5 costs $0.50 per million input tokens read from the cache.",
        value="$0.50 per 1M cached input tokens",
        amount=0.5,
        unit="USD per 1M cached input tokens",
        source="anthropic-pricing",
        checked="2026-11-22",
    ),
    Fact(
        key="anthropic-opus-4-5-output",
        provider="Anthropic",
        service="Claude API",
        topic="price",
        text="Claude Opus 4.5 costs $25 per million output tokens.",
        value="$25 per 1M output tokens",
        amount=25.0,
        unit="USD per 1M output tokens",
        source="anthropic-pricing",
        checked="2026-11-22",
    ),
    Fact(
        key="anthropic-haiku-4-5-input",
        provider="Anthropic",
        service="Claude API",
        topic="price",
        text="Claude Haiku 4.5 costs $1 per million input tokens.",
        value="$1 per 1M input tokens",
        amount=1.0,
        unit="USD per 1M input tokens",
        source="anthropic-pricing",
        checked="2026-11-22",
    ),
    Fact(
        key="anthropic-haiku-4-5-output",
        provider="Anthropic",
        service="Claude API",
        topic="price",
        text="Claude Haiku 4.5 costs $5 per million output tokens.",
        value="$5 per 1M output tokens",
        amount=5.0,
        unit="USD per 1M output tokens",
        source="anthropic-pricing",
        checked="2026-11-22",
    ),
]

FACTS: dict[str, Fact] = {f.key: f for f in _ENTRIES}
"""Every vendor fact, by key, in the order written."""

# Tree files import facts by constant name (see decision_trees.treefile).
globals().update({constant_name(f.key): f for f in _ENTRIES})
