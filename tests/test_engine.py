"""The engine walks answers to a verdict; bad answers fail with a message naming the question."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_trees.analysis import (
    Flip,
    coverage,
    flips,
    surviving_mutants,
    surviving_mutants_brute_force,
)
from decision_trees.engine import DecisionError, Step, decide, outcomes
from decision_trees.loader import all_trees
from decision_trees.model import Option, Question, Scenario, Tree, Verdict
from tests.treegen import balanced_tree, random_tree

SRC = ["amanai-lab"]


def small_tree(scenarios: list[Scenario] | None = None) -> Tree:
    return Tree(
        slug="small",
        title="Small?",
        summary="A tree for the tests.",
        start="gap",
        questions=[
            Question(
                "gap",
                "What is missing?",
                {"facts": Option("Facts", "fresh"), "style": Option("Style", "ft")},
                "w",
                SRC,
            ),
            Question(
                "fresh",
                "Does it change?",
                {"often": Option("Often", "rag"), "rarely": Option("Rarely", "ft")},
                "w",
                SRC,
            ),
        ],
        verdicts=[
            Verdict("rag", "Use RAG", "b", ["n"], SRC),
            Verdict("ft", "Fine-tune", "b", ["n"], SRC),
        ],
        scenarios=scenarios
        or [
            Scenario("a", "A", "s", {"gap": "facts", "fresh": "often"}, "rag"),
            Scenario("b", "B", "s", {"gap": "facts", "fresh": "rarely"}, "ft"),
            Scenario("c", "C", "s", {"gap": "style"}, "ft"),
        ],
    )


def test_decide_returns_verdict_and_path() -> None:
    decision = decide(small_tree(), {"gap": "facts", "fresh": "often"})
    assert decision.verdict == "rag"
    assert decision.path == (Step("gap", "facts"), Step("fresh", "often"))


def test_missing_answer_names_the_question_and_its_options() -> None:
    with pytest.raises(
        DecisionError,
        match=r"no answer for question 'fresh' \(Does it change\?\); answer it with one of: often, rarely",
    ):
        decide(small_tree(), {"gap": "facts"})


def test_unknown_option_names_the_allowed_options() -> None:
    with pytest.raises(
        DecisionError, match="question 'gap' has no option 'fact'; its options are: facts, style"
    ):
        decide(small_tree(), {"gap": "fact"})


def test_unknown_question_is_an_error_unless_not_strict() -> None:
    with pytest.raises(DecisionError, match="'budget' is not a question of tree 'small'"):
        decide(small_tree(), {"gap": "style", "budget": "low"})
    assert decide(small_tree(), {"gap": "style", "budget": "low"}, strict=False).verdict == "ft"


def test_outcomes_branch_over_unanswered_questions() -> None:
    assert outcomes(small_tree(), {"gap": "facts"}) == {"rag", "ft"}
    assert outcomes(small_tree(), {"gap": "style"}) == {"ft"}


def test_flips_list_single_changes_that_change_the_verdict() -> None:
    tree = small_tree()
    assert flips(tree, {"gap": "facts", "fresh": "often"}) == [
        Flip("gap", "style", ("ft",)),
        Flip("fresh", "rarely", ("ft",)),
    ]
    # From "style" the only change leads to a question not yet answered: both verdicts stay possible.
    assert flips(tree, {"gap": "style"}) == [Flip("gap", "facts", ("ft", "rag"))]


def test_coverage_reports_what_scenarios_miss() -> None:
    tree = small_tree([Scenario("a", "A", "s", {"gap": "facts", "fresh": "often"}, "rag")])
    cov = coverage(tree)
    assert cov.missed_options == [("gap", "style"), ("fresh", "rarely")]
    assert cov.missed_verdicts == ["ft"]
    assert cov.covered == 3 and cov.total == 6


def test_full_scenarios_kill_every_mutant_and_thin_ones_do_not() -> None:
    assert surviving_mutants(small_tree()) == []
    thin = small_tree(
        [
            Scenario("a", "A", "s", {"gap": "facts", "fresh": "often"}, "rag"),
            Scenario("c", "C", "s", {"gap": "style"}, "ft"),
        ]
    )
    survivors = {(m.question, m.option, m.redirected) for m in surviving_mutants(thin)}
    # No scenario answers 'fresh' with 'rarely', so sending it anywhere goes unnoticed.
    assert ("fresh", "rarely", "rag") in survivors
    # With one scenario through gap=facts, jumping straight to its verdict goes unnoticed too...
    assert ("gap", "facts", "rag") in survivors
    # ...but sending it to the other verdict does not.
    assert ("gap", "facts", "ft") not in survivors


def test_cycle_is_reported_not_looped() -> None:
    tree = small_tree()
    looped = Tree(
        **{
            **tree.__dict__,
            "questions": [
                tree.questions[0],
                Question(
                    "fresh",
                    "?",
                    {"often": Option("x", "gap"), "rarely": Option("y", "ft")},
                    "w",
                    SRC,
                ),
            ],
        }
    )
    with pytest.raises(
        DecisionError, match="question 'gap' was reached twice: the tree has a cycle"
    ):
        decide(looped, {"gap": "facts", "fresh": "often"})


def test_an_answer_off_the_path_is_an_error_only_when_exact() -> None:
    answers = {"gap": "style", "fresh": "often"}
    assert decide(small_tree(), answers).verdict == "ft"
    with pytest.raises(
        DecisionError, match="the answer to 'fresh' is not used: that question is off"
    ):
        decide(small_tree(), answers, exact=True)
    assert decide(small_tree(), {"gap": "facts", "fresh": "often"}, exact=True).verdict == "rag"


@pytest.mark.parametrize("tree", all_trees(), ids=lambda t: t.slug)
def test_fast_mutants_match_the_brute_force_definition_on_the_real_trees(tree: Tree) -> None:
    thinned = replace(tree, scenarios=tree.scenarios[::2])  # some survivors to compare as well
    assert surviving_mutants(tree) == surviving_mutants_brute_force(tree)
    assert surviving_mutants(thinned) == surviving_mutants_brute_force(thinned)
    assert surviving_mutants_brute_force(thinned), "thinning should leave survivors to compare"


def test_fast_mutants_match_the_brute_force_definition_on_random_trees() -> None:
    """Cycles, dangling targets, failing scenarios, partial and extra answers included."""
    survivors = 0
    for seed in range(600):
        tree = random_tree(seed)
        expected = surviving_mutants_brute_force(tree)
        assert surviving_mutants(tree) == expected, f"seed {seed}"
        survivors += len(expected)
    assert survivors > 500  # the comparison saw plenty of survivors, not only empty lists


def test_fast_mutants_match_on_a_generated_sound_tree() -> None:
    tree = balanced_tree(15)
    assert surviving_mutants(tree) == surviving_mutants_brute_force(tree) == []
    thin = replace(tree, scenarios=tree.scenarios[1:])
    assert surviving_mutants(thin) == surviving_mutants_brute_force(thin) != []
