"""Next steps point at pages and headings that exist, so a verdict never links into nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from decision_trees.loader import all_trees
from decision_trees.model import NextStep

DOCS = Path(__file__).resolve().parent.parent / "docs"
TREES = all_trees()
STEPS = [
    (t.slug, v.id, s)
    for t in TREES
    for v in t.verdicts
    for s in v.next_steps
    if isinstance(s, NextStep) and s.see
]
# Trees rebuilt with explained next steps: the first three of every verdict link to a page.
LINKED_TREES = ["rag-failure-diagnosis", "fine-tuning-failure-diagnosis", "add-fine-tuning-to-rag"]


def _anchors(page: Path) -> set[str]:
    """Explicit `{ #id }` anchors on a Markdown page."""
    return set(re.findall(r"\{\s*#([A-Za-z0-9_-]+)\s*\}", page.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("slug", "verdict", "step"), STEPS, ids=[f"{t}/{v}/{s.see}" for t, v, s in STEPS]
)
def test_next_step_links_to_an_existing_heading(slug: str, verdict: str, step: NextStep) -> None:
    page, _, anchor = step.see.partition("#")
    page = page.partition("?")[0]  # a calculator preset's query
    if page.startswith("trees/"):  # tree pages are generated from the tree files
        assert page.removeprefix("trees/").removesuffix(".md") in {t.slug for t in TREES}
        return
    path = DOCS / page
    assert path.is_file(), f"{slug}/{verdict}: no page docs/{page}"
    if anchor:
        assert anchor in _anchors(path), f"{slug}/{verdict}: no heading #{anchor} on {page}"


@pytest.mark.parametrize("slug", LINKED_TREES)
def test_first_three_next_steps_say_where_to_read_more(slug: str) -> None:
    tree = next(t for t in TREES if t.slug == slug)
    assert tree.reviewed == "2026-11-22"
    for verdict in tree.verdicts:
        first = list(verdict.next_steps)[:3]
        assert len(first) == 3, verdict.id
        assert all(isinstance(s, NextStep) and s.see for s in first), verdict.id
