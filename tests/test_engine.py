"""The engine walks answers to a verdict; bad answers fail with a message naming the question."""

from __future__ import annotations

import pytest

from decision_trees.analysis import Flip, coverage, flips, surviving_mutants
from decision_trees.engine import DecisionError, Step, decide, outcomes
from decision_trees.model import Option, Question, Scenario, Tree, Verdict

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
