"""Every tree reaches the documented verdict for every scenario, and is well formed.

Parametrized from the trees themselves: a new tree file's scenarios are picked
up with no edit here.
"""

from __future__ import annotations

import pytest

from decision_trees.analysis import coverage, surviving_mutants
from decision_trees.engine import decide
from decision_trees.loader import all_trees, discover, load_trees
from decision_trees.model import OURS, Scenario, Tree

TREES = all_trees()
CASES = [(t, s) for t in TREES for s in t.scenarios]


@pytest.mark.parametrize(("tree", "scenario"), CASES, ids=[f"{t.slug}/{s.id}" for t, s in CASES])
def test_scenario_reaches_documented_verdict(tree: Tree, scenario: Scenario) -> None:
    assert decide(tree, scenario.answers).verdict == scenario.expect


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_tree_is_well_formed(tree: Tree) -> None:
    [loaded] = [
        item for item in load_trees() if item.tree is not None and item.tree.slug == tree.slug
    ]
    assert [str(p) for p in loaded.problems] == []


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_scenarios_cover_every_option_and_verdict(tree: Tree) -> None:
    cov = coverage(tree)
    assert cov.missed_options == []
    assert cov.missed_verdicts == []
    assert cov.percent == 100.0


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_no_mutant_survives_the_scenarios(tree: Tree) -> None:
    assert surviving_mutants(tree) == []


def test_every_tree_file_loads() -> None:
    assert len(TREES) == len(discover()) >= 4


def test_main_tree_carries_the_articles_worked_examples() -> None:
    main = next(t for t in TREES if t.slug == "rag-vs-fine-tuning")
    documented = {
        "customer-support-chatbot": ("rag", "amanai-lab"),
        "medical-diagnosis-assistant": ("both", "amanai-lab"),
        "code-generation-tool": ("fine-tune", "amanai-lab"),
        "legal-document-analyser": ("rag", "amanai-lab"),
        "customer-service-assistant": ("both", "high-country-codes"),
    }
    for scenario_id, (verdict, source) in documented.items():
        scenario = main.scenario(scenario_id)
        assert scenario is not None, scenario_id
        assert (scenario.expect, scenario.source) == (verdict, source)
    assert {v.id for v in main.verdicts} >= {"rag", "fine-tune", "both", "prompt-first", "distil"}


def test_at_least_twenty_scenarios_and_every_one_says_where_it_comes_from() -> None:
    assert len(CASES) >= 20
    for _, scenario in CASES:
        assert scenario.situation.strip()
        assert scenario.source == OURS or scenario.source


@pytest.mark.parametrize("slug", ["rag-failure-diagnosis", "fine-tuning-failure-diagnosis"])
def test_diagnosis_trees_have_a_scenario_for_every_cause(slug: str) -> None:
    tree = next(t for t in TREES if t.slug == slug)
    reached = {decide(tree, s.answers).verdict for s in tree.scenarios}
    assert reached == {v.id for v in tree.verdicts}


REVIEWED = [t for t in TREES if t.reviewed]


@pytest.mark.parametrize("tree", REVIEWED, ids=[t.slug for t in REVIEWED])
def test_every_question_and_verdict_cites_a_source_a_reader_can_open(tree: Tree) -> None:
    """An expert-reviewed tree backs each node with a source that has a URL."""
    from decision_trees.sources import BIBLIOGRAPHY

    unlinked = [
        node.id
        for node in (*tree.questions, *tree.verdicts)
        if not any(BIBLIOGRAPHY[key].url for key in node.sources)
    ]
    assert unlinked == [], f"cite at least one source with a URL at: {', '.join(unlinked)}"
