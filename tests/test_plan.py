"""Verdicts as plans: the rules on a tree small enough to read, then every main-tree scenario."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_trees.engine import DecisionError, Step, decide
from decision_trees.loader import get_tree
from decision_trees.model import Option, Question, Scenario, Tree, Verdict
from decision_trees.plan import (
    DESTINATION,
    QUESTION,
    REPEAT,
    TREE,
    Lead,
    applicable,
    every_plan,
    next_after,
    plan,
    plan_data,
)
from decision_trees.validate import validate

SRC = ["amanai-lab"]


def tiny() -> Tree:
    """measured? not-yet -> measure (then measured=failed); failed -> kind? facts -> index
    (then_tree); style -> examples? few -> prompt-examples (then examples=many, kind=style
    on path); many -> train (a destination). A second route, route=b, reaches prompt-examples
    by its own question, where the examples entry is off the path."""

    def q(qid: str, text: str, **options: Option) -> Question:
        return Question(qid, text, options, why="w", sources=SRC)

    return Tree(
        slug="tiny",
        title="Tiny?",
        summary="s",
        start="route",
        questions=[
            q("route", "Which route?", a=Option("A", "measured"), b=Option("B", "alt")),
            q(
                "measured",
                "Measured?",
                **{"not-yet": Option("Not yet", "measure")},
                failed=Option("Failed", "kind"),
            ),
            q(
                "kind",
                "What fails?",
                facts=Option("Facts", "index"),
                style=Option("Style", "examples"),
            ),
            q(
                "examples",
                "Examples?",
                few=Option("Few", "prompt-examples"),
                many=Option("Many", "train"),
            ),
            q(
                "alt",
                "Tried examples?",
                no=Option("No", "prompt-examples"),
                yes=Option("Yes", "train"),
            ),
        ],
        verdicts=[
            Verdict(
                "measure",
                "Measure",
                "b.",
                ["n"],
                SRC,
                short_if="It fails.",
                then={"measured": "failed"},
            ),
            Verdict("index", "Index", "b.", ["n"], SRC, short_if="Misses.", then_tree="tiny"),
            Verdict(
                "prompt-examples",
                "Prompt with examples",
                "b.",
                ["n"],
                SRC,
                short_if="Still fails.",
                then={"examples": "many", "alt": "yes"},
            ),
            Verdict("train", "Train", "b.", ["n"], SRC),
        ],
        scenarios=[
            Scenario("s1", "t", "s", {"route": "a", "measured": "not-yet"}, "measure"),
            Scenario(
                "s2", "t", "s", {"route": "a", "measured": "failed", "kind": "facts"}, "index"
            ),
            Scenario(
                "s3",
                "t",
                "s",
                {"route": "a", "measured": "failed", "kind": "style", "examples": "few"},
                "prompt-examples",
            ),
            Scenario(
                "s4",
                "t",
                "s",
                {"route": "a", "measured": "failed", "kind": "style", "examples": "many"},
                "train",
            ),
            Scenario("s5", "t", "s", {"route": "b", "alt": "no"}, "prompt-examples"),
            Scenario("s6", "t", "s", {"route": "b", "alt": "yes"}, "train"),
        ],
    )


def test_the_tiny_tree_is_well_formed() -> None:
    assert validate(tiny(), analysis_too=True, trees={"tiny"}) == []


def test_a_step_that_falls_short_overrides_its_answer_on_the_path_and_walks_on() -> None:
    answers = {"route": "a", "measured": "not-yet", "kind": "style", "examples": "few"}
    found = plan(tiny(), answers)
    assert found.verdicts == ("measure", "prompt-examples", "train")
    assert found.end == DESTINATION
    # Each step names what it assumed; the reader's answers are never changed.
    assert found.steps[0].assumed == ()
    assert found.steps[1].assumed == (Step("measured", "failed"),)
    assert found.steps[2].assumed == (Step("measured", "failed"), Step("examples", "many"))
    assert answers == {"route": "a", "measured": "not-yet", "kind": "style", "examples": "few"}


def test_a_question_nobody_answered_stops_the_plan_with_where_each_option_leads() -> None:
    found = plan(tiny(), {"route": "a", "measured": "not-yet"})
    assert found.verdicts == ("measure",)
    assert found.end == QUESTION and found.question == "kind"
    assert found.assumed == (Step("measured", "failed"),)
    assert found.leads == (Lead("facts", "index"), Lead("style", "examples"))


def test_a_verdict_that_names_a_tree_ends_the_plan_on_it() -> None:
    found = plan(tiny(), {"route": "a", "measured": "failed", "kind": "facts"})
    assert (found.verdicts, found.end, found.then_tree) == (("index",), TREE, "tiny")


def test_only_then_entries_on_the_path_or_unanswered_apply() -> None:
    tree = tiny()
    # Route b: "alt" is on the path and moves it; "examples" is off the path and unanswered.
    path = decide(tree, {"route": "b", "alt": "no"}).path
    assert applicable(tree, "prompt-examples", path, {"route": "b", "alt": "no"}) == {
        "examples": "many",
        "alt": "yes",
    }
    # An answer the reader gave off the path is their fact: it is left as they gave it.
    reader = {"route": "b", "alt": "no", "examples": "few"}
    assert applicable(tree, "prompt-examples", path, reader) == {"alt": "yes"}
    assert plan(tree, reader).verdicts == ("prompt-examples", "train")


def test_a_then_that_changes_nothing_on_this_path_ends_the_plan_there() -> None:
    tree = tiny()
    stuck = replace(tree.verdict("prompt-examples"), then={"examples": "many"})  # type: ignore[arg-type]
    tree = replace(tree, verdicts=[stuck if v.id == stuck.id else v for v in tree.verdicts])
    assert plan(tree, {"route": "b", "alt": "no"}).end == DESTINATION
    assert plan(
        tree, {"route": "a", "measured": "failed", "kind": "style", "examples": "few"}
    ).verdicts == (
        "prompt-examples",
        "train",
    )


def test_two_verdicts_that_send_each_other_back_are_a_repeat_the_checker_refuses() -> None:
    tree = tiny()
    back = replace(tree.verdict("index"), then={"kind": "style"}, then_tree="")  # type: ignore[arg-type]
    loop = replace(tree.verdict("prompt-examples"), then={"kind": "facts"})  # type: ignore[arg-type]
    tree = replace(
        tree,
        verdicts=[{"index": back, "prompt-examples": loop}.get(v.id, v) for v in tree.verdicts],
    )
    found = plan(tree, {"route": "a", "measured": "failed", "kind": "facts", "examples": "few"})
    assert found.end == REPEAT and found.verdicts == ("index", "prompt-examples", "index")
    problems = [str(p) for p in validate(tree, trees={"tiny"})]
    [cycle] = [p for p in problems if "is part of a plan cycle" in p]
    assert "index" in cycle and "prompt-examples" in cycle and "Fix: change the then of" in cycle


def test_plans_need_answers_that_reach_a_verdict() -> None:
    with pytest.raises(DecisionError):
        plan(tiny(), {"route": "a"})


def test_plan_data_lists_each_verdict_then_how_the_plan_ends() -> None:
    tree = tiny()
    assert plan_data(tree, plan(tree, {"route": "a", "measured": "not-yet"})) == [
        {"kind": "verdict", "verdict": "measure", "assumed": [], "short_if": "It fails."},
        {
            "kind": "question",
            "question": "kind",
            "assumed": [{"question": "measured", "option": "failed"}],
            "leads": [
                {"option": "facts", "node": "index"},
                {"option": "style", "node": "examples"},
            ],
        },
    ]


def test_what_a_verdict_can_lead_to_over_every_path() -> None:
    tree = tiny()
    assert next_after(tree, "measure") == (["index", "prompt-examples", "train"], False)
    assert next_after(tree, "index") == ([], True)
    assert next_after(tree, "train") == ([], True)


MAIN = get_tree("rag-vs-fine-tuning")


@pytest.mark.parametrize("scenario", MAIN.scenarios, ids=[s.id for s in MAIN.scenarios])
def test_every_main_tree_scenario_has_a_plan_that_starts_at_its_verdict_and_moves_on(
    scenario: Scenario,
) -> None:
    found = plan(MAIN, scenario.answers)
    assert found.verdicts[0] == scenario.expect
    assert found.end in (DESTINATION, TREE, QUESTION)
    for before, after in zip(found.steps, found.steps[1:], strict=False):
        assert after.path != before.path
        assert all(scenario.answers.get(s.question) != s.option for s in after.assumed)
    last = MAIN.verdict(found.verdicts[-1])
    assert last is not None
    if found.end == TREE:
        assert found.then_tree == last.then_tree
    if found.end == DESTINATION:
        assert not last.then_tree


def test_every_main_tree_verdict_says_how_you_know_it_fell_short_and_where_it_leads() -> None:
    for verdict in MAIN.verdicts:
        assert verdict.short_if, verdict.id
        reached, ends = next_after(MAIN, verdict.id)
        assert reached or ends, verdict.id
    training = {"fine-tune", "fine-tune-open", "distil", "both"}
    assert {
        v.id for v in MAIN.verdicts if v.then_tree == "fine-tuning-failure-diagnosis"
    } == training
    assert MAIN.verdict("rag").then_tree == "rag-failure-diagnosis"  # type: ignore[union-attr]
    assert not any(plan_.end == REPEAT for _, plan_ in every_plan(MAIN))


def test_the_worked_plans_of_the_issue() -> None:
    """prompt-first leads to the residual question; long-context to RAG and its diagnosis."""
    found = plan(MAIN, {"gap": "behaviour", "baseline": "not-yet"})
    assert (found.end, found.question, found.assumed) == (
        QUESTION,
        "residual",
        (Step("baseline", "fell-short"),),
    )
    found = plan(MAIN, {"gap": "knowledge", "fits": "fits", "context-cost": "yes"})
    assert found.verdicts == ("long-context", "rag") and found.then_tree == "rag-failure-diagnosis"
    found = plan(MAIN, {"gap": "speed-cost", "levers": "not-yet"})
    assert (found.verdicts, found.question) == (("serve-cheaper",), "latency")


def test_main_tree_scenarios_pin_plans_and_the_checker_holds_them_to_it() -> None:
    pinned = [s for s in MAIN.scenarios if s.plan]
    assert len(pinned) >= 3 and any(len(s.plan) > 1 for s in pinned)
    for s in pinned:
        assert plan(MAIN, s.answers).verdicts == tuple(s.plan)
    wrong = replace(pinned[0], plan=(*pinned[0].plan, "fine-tune"))
    tree = replace(MAIN, scenarios=[wrong if s.id == wrong.id else s for s in MAIN.scenarios])
    problems = [str(p) for p in validate(tree, analysis_too=False)]
    assert [p for p in problems if "pins the plan" in p and wrong.id in p]


def test_how_you_know_it_fell_short_is_escaped_on_the_card() -> None:
    from decision_trees.pages import verdict_card

    tree = tiny()
    hostile = replace(tree.verdict("index"), short_if="<script>alert(1)</script> & more")  # type: ignore[arg-type]
    tree = replace(tree, verdicts=[hostile if v.id == "index" else v for v in tree.verdicts])
    html = verdict_card(tree, "index", lambda target: "/" + target, titles={"tiny": "<b>T</b>"})
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "&lt;b&gt;T&lt;/b&gt;" in html and "<b>" not in html
