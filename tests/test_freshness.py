"""Vendor facts go stale: check warns about sources last read more than a year ago."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from decision_trees import freshness
from decision_trees.sources import BIBLIOGRAPHY, KINDS

ROOT = Path(__file__).resolve().parents[1]
CHECKED = {s.key: s for s in BIBLIOGRAPHY.values() if s.checked}


def test_every_source_has_a_known_kind_an_iso_date_and_a_url_or_says_why_not() -> None:
    for s in BIBLIOGRAPHY.values():
        assert s.kind in KINDS, s.key
        if s.date:  # "2024", "2024-05" or "2024-05-13"
            padded = {4: "-01-01", 7: "-01", 10: ""}[len(s.date)]
            date.fromisoformat(s.date + padded)
        assert s.url.startswith("https://") or "URL not known" in s.note, s.key


def test_every_vendor_fact_and_published_decision_carries_a_checked_date() -> None:
    for s in BIBLIOGRAPHY.values():
        if s.kind in ("vendor", "case-study"):
            assert date.fromisoformat(s.checked) <= date(2026, 11, 22), s.key


def test_nothing_is_stale_on_the_day_it_was_checked() -> None:
    assert freshness.stale(date(2026, 11, 22)) == []


def test_a_year_to_the_day_is_still_fresh_and_a_day_more_is_stale() -> None:
    one = [replace(next(iter(CHECKED.values())), checked="2026-11-22")]
    assert freshness.stale(date(2027, 11, 22), one) == []
    [item] = freshness.stale(date(2027, 11, 23), one)
    assert item.age == 366


def test_with_a_fake_today_every_checked_source_is_reported_once() -> None:
    found = freshness.stale(date(2028, 1, 1))
    assert {item.source.key for item in found} == set(CHECKED)
    line = freshness.warnings(date(2028, 1, 1))[0]
    assert line.startswith("warning: source '")
    assert "update checked= in decision_trees/sources.py" in line


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


@pytest.mark.parametrize(("today", "warned"), [("2026-11-22", False), ("2028-01-01", True)])
def test_check_warns_about_stale_sources_but_still_passes(today: str, warned: bool) -> None:
    done = _run("decision_trees", "check", "rag-failure-diagnosis", today=today)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok  rag-failure-diagnosis:")
    assert ("warning: source 'openai-prompt-caching'" in done.stdout) is warned


def test_the_weekly_report_lists_stale_sources_as_markdown() -> None:
    done = _run("decision_trees.freshness", today="2028-01-01")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) == len(CHECKED) and all(line.startswith("- source '") for line in lines)
    assert _run("decision_trees.freshness", today="2026-11-22").stdout == ""
