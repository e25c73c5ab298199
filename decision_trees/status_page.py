"""The provider status page and the inline fact references, drawn from the vendor facts.

Markup lives in ``templates/`` (autoescaped); this module gathers the facts, dates and links.
Dates ahead are marked against :func:`as_of`, the newest checked date in the data, so one
commit always builds the same page; ``status.js`` re-marks them against the reader's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from decision_trees import markup
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import FACTS, TOPICS, Fact, long_date

__all__ = [
    "STATUS_PAGE",
    "as_of",
    "dates_ahead",
    "fact_reference",
    "provider_index",
    "table",
    "upcoming",
]

STATUS_PAGE = "providers/"
"""The status page's site path."""

Linker = Callable[[str], str]


def as_of() -> str:
    """The newest checked date among the facts: the day the status page describes."""
    return max(f.checked for f in FACTS.values())


def _short(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {long_date(iso).split()[1][:3]} {d.year}"


def _row(f: Fact, on: str) -> dict[str, object]:
    source = BIBLIOGRAPHY[f.source]
    return {
        "key": f.key,
        "provider": f.provider,
        "service": f.service,
        "text": f.text,
        "value": f.value,
        "dates": [
            {"iso": d, "short": _short(d), "ahead": d > on, "label": label}
            for d, label in ((f.starts, "from"), (f.ends, "ends"))
            if d
        ],
        "checked": f.checked,
        "checked_short": _short(f.checked),
        "source_title": source.title,
        "source_publisher": source.publisher,
        "url": f.url or source.url,
    }


def upcoming(on: str | None = None) -> list[tuple[str, Fact]]:
    """Dates after ``on`` (default :func:`as_of`) that facts name, soonest first."""
    on = on or as_of()
    found = [(d, f) for f in FACTS.values() for d in f.dates if d > on]
    return sorted(found, key=lambda item: (item[0], item[1].key))


def dates_ahead() -> str:
    """Every date after the last check that a fact names, soonest first."""
    on = as_of()
    ahead = [
        {"iso": d, "short": _short(d), "key": f.key, "provider": f.provider, "text": f.text}
        for d, f in upcoming(on)
    ]
    return markup.flat(
        markup.render("provider_dates.html", as_of=long_date(on), as_of_iso=on, ahead=ahead)
    )


def provider_index() -> str:
    """Each provider once, linked to its first row: a reader after one provider skips the rest."""
    first: dict[str, str] = {}
    for topic in TOPICS:
        for f in FACTS.values():
            if f.topic == topic:
                first.setdefault(f.provider, f.key)
    providers = sorted(first.items(), key=lambda item: (-_count(item[0]), item[0]))
    return markup.flat(markup.render("provider_index.html", providers=providers))


def _count(provider: str) -> int:
    return sum(f.provider == provider for f in FACTS.values())


def table(topic: str) -> str:
    """The facts of one topic as a table: provider, service, fact, dates, checked, source."""
    if topic not in TOPICS:
        raise KeyError(f"no topic '{topic}'; topics are: {', '.join(TOPICS)}")
    on = as_of()
    rows = [_row(f, on) for f in FACTS.values() if f.topic == topic]
    if not rows:
        raise KeyError(f"no vendor fact has topic '{topic}'")
    return markup.flat(markup.render("provider_table.html", rows=rows))


def fact_reference(key: str, link: Linker) -> str:
    """A fact's sentence in prose, linked to its row on the status page with its checked date."""
    if key not in FACTS:
        raise KeyError(f"no vendor fact '{key}'; add it to decision_trees/vendor_facts.py")
    f = FACTS[key]
    return markup.render(
        "fact_reference.html",
        text=f.text,
        href=f"{link(STATUS_PAGE)}#{f.key}",
        checked=_short(f.checked),
        provider=f.provider,
    ).strip()
