"""The main tree's own standards: sources that support each node, links that explain each step."""

from __future__ import annotations

import re

import pytest

from decision_trees.loader import all_trees
from decision_trees.model import NextStep
from decision_trees.sources import BIBLIOGRAPHY

MAIN = next(t for t in all_trees() if t.slug == "rag-vs-fine-tuning")
ARTICLES = {k for k, s in BIBLIOGRAPHY.items() if s.kind == "article" and not s.url}


def test_the_first_question_names_the_problem_and_the_tree_says_when_it_was_reviewed() -> None:
    assert MAIN.start == "gap"
    gap = MAIN.question("gap")
    assert gap is not None and not gap.changeable
    assert set(gap.options) == {
        "knowledge",
        "behaviour",
        "both",
        "speed-cost",
        "retiring",
        "not-sure",
    }
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", MAIN.reviewed)


def test_verdict_ids_are_the_ones_other_code_relies_on() -> None:
    assert {v.id for v in MAIN.verdicts} == {
        "prompt-first", "long-context", "rag", "structured-outputs", "few-shot",
        "fine-tune", "fine-tune-open", "distil", "both", "serve-cheaper",
        "migrate-tuned", "migrate-prompted", "compare-context", "keep-large",
        "continued-pretraining", "guard-first",
    }  # fmt: skip


@pytest.mark.parametrize("verdict", MAIN.verdicts, ids=[v.id for v in MAIN.verdicts])
def test_each_verdict_says_why_briefly_and_links_its_first_three_steps(verdict) -> None:  # type: ignore[no-untyped-def]
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", verdict.because.strip()) if x]
    assert 2 <= len(sentences) <= 4, sentences
    first = verdict.next_steps[:3]
    assert all(isinstance(step, NextStep) and step.see for step in first)


def test_citations_are_specific_not_the_same_articles_everywhere() -> None:
    lists = [tuple(sorted(n.sources)) for n in [*MAIN.questions, *MAIN.verdicts]]
    assert len(set(lists)) == len(lists), "two nodes cite exactly the same sources"
    for node in [*MAIN.questions, *MAIN.verdicts]:
        assert set(node.sources) - ARTICLES, f"{node.id} cites only the seed articles"


def test_numbers_in_the_tree_carry_their_sources() -> None:
    """A question that states a figure cites at least one paper or vendor page for it."""
    for q in MAIN.questions:
        if re.search(r"\d", q.why):
            kinds = {BIBLIOGRAPHY[k].kind for k in q.sources}
            assert kinds & {"paper", "vendor", "case-study"} or q.id in ("latency",), q.id
