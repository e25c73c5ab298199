"""Vendor facts go stale: check warns about vendor facts and pages read more than 90 days ago,
and about teams' published decisions read more than a year ago."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from decision_trees import freshness
from decision_trees.sources import BIBLIOGRAPHY, KINDS
from decision_trees.vendor_facts import FACTS

ROOT = Path(__file__).resolve().parents[1]
CHECKED = {s.key: s for s in BIBLIOGRAPHY.values() if s.checked}
NEWEST = max(date.fromisoformat(x.checked) for x in [*CHECKED.values(), *FACTS.values()])
CASE_STUDY = next(s for s in CHECKED.values() if s.kind == "case-study")
VENDOR = next(s for s in CHECKED.values() if s.kind == "vendor")
FACT = next(iter(FACTS.values()))


def test_every_source_has_a_known_kind_an_iso_date_and_a_url_or_says_why_not() -> None:
    for s in BIBLIOGRAPHY.values():
        assert s.kind in KINDS, s.key
        if s.date:  # "2024", "2024-05" or "2024-05-13"
            padded = {4: "-01-01", 7: "-01", 10: ""}[len(s.date)]
            date.fromisoformat(s.date + padded)
        assert s.url.startswith("https://") or "URL not known" in s.note, s.key


def test_every_vendor_page_and_published_decision_carries_a_checked_date() -> None:
    for s in BIBLIOGRAPHY.values():
        if s.kind in ("vendor", "case-study"):
            assert date.fromisoformat(s.checked) <= NEWEST, s.key


def test_nothing_is_stale_on_the_day_of_the_newest_check() -> None:
    assert [str(x) for x in freshness.stale(NEWEST)] == []


def test_a_vendor_fact_is_fresh_for_90_days_and_stale_the_day_after() -> None:
    one = [replace(FACT, checked="2026-12-03")]
    assert freshness.stale(date(2027, 3, 3), one) == []
    [item] = freshness.stale(date(2027, 3, 4), one)
    assert item.age == 91
    assert str(item).startswith(f"warning: vendor fact '{FACT.key}' ({FACT.provider}, ")
    assert "update the fact and its checked= in decision_trees/vendor_facts.py" in str(item)


def test_a_vendor_page_keeps_90_days_and_a_published_decision_a_year() -> None:
    vendor, case = replace(VENDOR, checked="2026-12-03"), replace(CASE_STUDY, checked="2026-12-03")
    assert [x.item.key for x in freshness.stale(date(2027, 3, 4), [vendor, case])] == [vendor.key]
    assert freshness.stale(date(2027, 12, 3), [case]) == []
    [item] = freshness.stale(date(2027, 12, 4), [case])
    assert item.age == 366


def test_with_a_fake_today_every_checked_source_and_fact_is_reported_once() -> None:
    found = freshness.stale(date(2030, 1, 1))
    assert [item.item.key for item in found] == [*FACTS, *CHECKED]
    lines = freshness.warnings(date(2030, 1, 1))
    assert lines[0].startswith("warning: vendor fact '")
    assert lines[-1].startswith("warning: source '")
    assert "update checked= in decision_trees/sources.py" in lines[-1]


def test_a_checked_date_that_does_not_parse_is_reported_not_raised() -> None:
    bad = replace(next(iter(CHECKED.values())), checked="last spring")
    [item] = freshness.stale(date(2026, 11, 22), [bad])
    assert item.age is None and "not an ISO date: 'last spring'" in str(item)


def test_sources_without_a_checked_date_are_never_reported() -> None:
    article = BIBLIOGRAPHY["amanai-lab"]
    assert not article.checked
    assert freshness.stale(date(2100, 1, 1), [article]) == []


def _run(*args: str, today: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, freshness.TODAY_VARIABLE: today}
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _days_after_checked(key: str, days: int) -> str:
    return (date.fromisoformat(FACTS[key].checked) + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(("days", "warned"), [(90, False), (91, True)])
def test_check_lists_a_vendor_fact_older_than_90_days_but_still_passes(
    days: int, warned: bool
) -> None:
    today = _days_after_checked(FACT.key, days)
    done = _run("decision_trees", "check", "rag-failure-diagnosis", today=today)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok  rag-failure-diagnosis:")
    assert (f"warning: vendor fact '{FACT.key}'" in done.stdout) is warned


def test_the_weekly_report_lists_stale_facts_and_sources_as_markdown() -> None:
    done = _run("decision_trees.freshness", today="2030-01-01")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) == len(FACTS) + len(CHECKED)
    assert all(line.startswith(("- vendor fact '", "- source '")) for line in lines)
    fresh = min(x.checked for x in [*FACTS.values(), *CHECKED.values()])
    assert _run("decision_trees.freshness", today=fresh).stdout == ""


def test_a_fact_whose_date_has_come_since_it_was_checked_is_due_at_once() -> None:
    """A shutdown announced as ahead must be re-read when its day comes, not 90 days later."""
    fact = replace(FACT, checked="2026-12-03", starts="", ends="2027-01-14")
    assert freshness.stale(date(2027, 1, 13), [fact]) == []
    [item] = freshness.stale(date(2027, 1, 14), [fact])
    assert item.passed == "2027-01-14"
    assert "names 2027-01-14, which has passed since it was checked on 2026-12-03" in str(item)


def test_the_weekly_report_lists_the_migration_dates_as_they_pass() -> None:
    done = _run("decision_trees.freshness", today="2027-01-20")
    assert "- vendor fact 'openai-ft-gpt4o-gpt41-shutdown'" in done.stdout
    assert "- vendor fact 'openai-ft-new-jobs-end'" in done.stdout
