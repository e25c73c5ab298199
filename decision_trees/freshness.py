"""Which dated facts are due for a fresh look, each on a window that fits how fast it moves.

Vendor facts (prices, cache terms, which models can be tuned, shutdown dates) change within
weeks: each one in :mod:`decision_trees.vendor_facts` and each vendor source in the
bibliography is listed once it was read more than :data:`VENDOR_MAX_AGE_DAYS` ago. Teams'
published decisions (case studies) change slowly and keep a year. ``check`` prints these as
warnings, never failures: a build of one commit stays the same on any day. The weekly
freshness workflow runs ``python -m decision_trees.freshness`` to report them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from decision_trees.sources import BIBLIOGRAPHY, Source
from decision_trees.vendor_facts import FACTS, Fact
from decision_trees.vendor_facts import MAX_AGE_DAYS as VENDOR_MAX_AGE_DAYS

__all__ = [
    "MAX_AGE_DAYS",
    "VENDOR_MAX_AGE_DAYS",
    "Stale",
    "max_age",
    "stale",
    "today",
    "warnings",
]

MAX_AGE_DAYS = 365
"""A case study's checked date older than this many days is reported."""

TODAY_VARIABLE = "DECISION_TREES_TODAY"
"""Environment variable that sets "today" (ISO date), for tests and for re-running old reports."""


def max_age(item: Source | Fact) -> int:
    """How many days a checked date stays fresh: vendor material moves monthly, the rest yearly."""
    if isinstance(item, Fact) or item.kind == "vendor":
        return VENDOR_MAX_AGE_DAYS
    return MAX_AGE_DAYS


@dataclass(frozen=True)
class Stale:
    """A source or vendor fact last checked ``age`` days ago (or whose date does not parse)."""

    item: Source | Fact
    age: int | None
    passed: str = ""
    """A date the fact names that has come since it was checked: a shutdown that happened, a
    launch that came. The fact may still read as if it lay ahead, so it is due now."""

    def __str__(self) -> str:
        it = self.item
        if self.passed:
            return (
                f"warning: vendor fact '{it.key}' ({it.provider}, {it.service}: {it.value}) "
                f"names {self.passed}, which has passed since it was checked on {it.checked}. "
                "Re-read its source and update the fact and its checked= in "
                "decision_trees/vendor_facts.py"
            )
        when = (
            f"was last checked on {it.checked}, {self.age} days ago (the limit is {max_age(it)})"
            if self.age is not None
            else f"has a checked date that is not an ISO date: {it.checked!r}"
        )
        if isinstance(it, Fact):
            source = BIBLIOGRAPHY.get(it.source)
            url = it.url or (source.url if source else "") or "its source"
            return (
                f"warning: vendor fact '{it.key}' ({it.provider}, {it.service}: {it.value}) "
                f"{when}. Re-read {url} and update the fact and its checked= in "
                "decision_trees/vendor_facts.py"
            )
        return (
            f"warning: source '{it.key}' ({it.title}) {when}. "
            f"Re-read {it.url or 'the source'} and update checked= in decision_trees/sources.py"
        )


def today() -> date:
    """Today, or the date in ``DECISION_TREES_TODAY`` when it is set."""
    fixed = os.environ.get(TODAY_VARIABLE, "").strip()
    return date.fromisoformat(fixed) if fixed else date.today()


def stale(
    on: date | None = None,
    items: Iterable[Source | Fact] | None = None,
) -> list[Stale]:
    """Items whose ``checked`` date is older than their window on ``on`` (default today), and
    vendor facts that name a date which has come since they were checked.

    By default every vendor fact and every bibliography entry with a checked date, facts first.
    """
    on = on or today()
    if items is None:
        items = [*FACTS.values(), *BIBLIOGRAPHY.values()]
    found = []
    for it in items:
        if not it.checked:
            continue
        try:
            age = (on - date.fromisoformat(it.checked)).days
        except ValueError:
            found.append(Stale(it, None))
            continue
        if age > max_age(it):
            found.append(Stale(it, age))
        elif isinstance(it, Fact):
            passed = [d for d in it.dates if it.checked < d <= on.isoformat()]
            if passed:
                found.append(Stale(it, age, passed=passed[0]))
    return found


def warnings(on: date | None = None) -> list[str]:
    """One warning line per stale fact or source."""
    return [str(item) for item in stale(on)]


def main() -> int:
    """Print the stale items as Markdown list items (for an issue), or nothing; always exit 0."""
    for item in stale():
        print(f"- {str(item).removeprefix('warning: ')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
