"""Which bibliography facts are due for a fresh look.

Vendor facts (prices, cache lifetimes, which models can be tuned, who takes new customers)
change within months, so every such source records the date someone last read the page
(``Source.checked``). This module lists those read more than a year ago. ``check`` prints
them as warnings, never failures: a stale date is a chore, not a broken tree. The weekly
freshness workflow runs ``python -m decision_trees.freshness`` to report them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from decision_trees.sources import BIBLIOGRAPHY, Source

__all__ = ["MAX_AGE_DAYS", "Stale", "stale", "today", "warnings"]

MAX_AGE_DAYS = 365
"""A checked date older than this many days is reported."""

TODAY_VARIABLE = "DECISION_TREES_TODAY"
"""Environment variable that sets "today" (ISO date), for tests and for re-running old reports."""


@dataclass(frozen=True)
class Stale:
    """A source whose facts were last checked ``age`` days ago (or whose date does not parse)."""

    source: Source
    age: int | None

    def __str__(self) -> str:
        s = self.source
        when = (
            f"was last checked on {s.checked}, {self.age} days ago"
            if self.age is not None
            else f"has a checked date that is not an ISO date: {s.checked!r}"
        )
        return (
            f"warning: source '{s.key}' ({s.title}) {when}. "
            f"Re-read {s.url or 'the source'} and update checked= in decision_trees/sources.py"
        )


def today() -> date:
    """Today, or the date in ``DECISION_TREES_TODAY`` when it is set."""
    fixed = os.environ.get(TODAY_VARIABLE, "").strip()
    return date.fromisoformat(fixed) if fixed else date.today()


def stale(
    on: date | None = None,
    sources: Iterable[Source] | None = None,
    max_age: int = MAX_AGE_DAYS,
) -> list[Stale]:
    """Sources with a ``checked`` date more than ``max_age`` days before ``on`` (default today)."""
    on = on or today()
    found = []
    for s in BIBLIOGRAPHY.values() if sources is None else sources:
        if not s.checked:
            continue
        try:
            age = (on - date.fromisoformat(s.checked)).days
        except ValueError:
            found.append(Stale(s, None))
            continue
        if age > max_age:
            found.append(Stale(s, age))
    return found


def warnings(on: date | None = None) -> list[str]:
    """One warning line per stale source."""
    return [str(item) for item in stale(on)]


def main() -> int:
    """Print the stale sources as Markdown list items (for an issue), or nothing; always exit 0."""
    for item in stale():
        print(f"- {str(item).removeprefix('warning: ')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
