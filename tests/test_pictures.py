"""The pictures drawn from data and the verdict card's "what would change it" list."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from decision_trees import diagrams
from decision_trees.analysis import flips
from decision_trees.engine import decide, outcomes
from decision_trees.export import site_path, to_data
from decision_trees.loader import get_tree
from decision_trees.model import NextStep, Option, Question, Tree, Verdict
from decision_trees.pages import changes, verdict_card

MAIN = get_tree("rag-vs-fine-tuning")
NS = {"svg": "http://www.w3.org/2000/svg"}


def test_the_2x2_is_the_first_question_answers_and_where_each_can_lead() -> None:
    cells = diagrams.quadrant_cells(MAIN)
    gap = MAIN.question(diagrams.GAP)
    assert gap is not None
    others = diagrams.other_answers(MAIN)
    assert sorted([c.key for c in cells] + [key for key, _, _ in others]) == sorted(gap.options)
    assert [key for key, _, _ in others] == ["retiring", "not-sure"]
    for key, label, titles in others:
        reached = {v.title for v in MAIN.verdicts if v.id in outcomes(MAIN, {diagrams.GAP: key})}
        assert label == gap.options[key].label
        shown = reached if len(reached) <= diagrams.OTHER_VERDICTS_SHOWN else set()
        assert set(titles) == shown
    assert dict((k, t) for k, _, t in others)["not-sure"] == ()
    for cell in cells:
        reached = outcomes(MAIN, {diagrams.GAP: cell.key})
        assert cell.label == gap.options[cell.key].label
        assert set(cell.verdicts) == {v.title for v in MAIN.verdicts if v.id in reached}
    by_corner = {(c.lacks_facts, c.behaviour_off): c.key for c in cells}
    assert by_corner[(True, False)] == "knowledge" and by_corner[(False, True)] == "behaviour"


def test_the_2x2_follows_the_tree_when_an_answer_moves() -> None:
    gap = MAIN.question(diagrams.GAP)
    assert gap is not None
    moved = {**gap.options, "knowledge": Option(gap.options["knowledge"].label, "rag")}
    tree = replace(
        MAIN,
        questions=[replace(q, options=moved) if q.id == gap.id else q for q in MAIN.questions],
    )
    cell = next(c for c in diagrams.quadrant_cells(tree) if c.key == "knowledge")
    assert cell.verdicts == (tree.verdict("rag").title,)  # type: ignore[union-attr]


def test_the_2x2_names_what_is_missing() -> None:
    gap = MAIN.question(diagrams.GAP)
    assert gap is not None
    fewer = {k: o for k, o in gap.options.items() if k != "both"}
    tree = replace(
        MAIN, questions=[replace(q, options=fewer) if q.id == gap.id else q for q in MAIN.questions]
    )
    with pytest.raises(
        KeyError, match="question 'gap' of tree 'rag-vs-fine-tuning' has no answer 'both'"
    ):
        diagrams.quadrant_cells(tree)


@pytest.mark.parametrize("slug", list(diagrams.DIAGRAMS))
def test_each_picture_is_named_readable_and_complete(slug: str) -> None:
    d = diagrams.DIAGRAMS[slug]
    root = ET.fromstring(diagrams.to_svg(d, f"p-{slug}"))
    assert root.get("role") == "img" and root.get("aria-label") == d.title
    for box in d.boxes:
        assert root.find(f".//svg:g[@id='p-{slug}-{box.id}']", NS) is not None, box.id
    sizes = {float(t.get("font-size")) for t in root.iter(f"{{{NS['svg']}}}text")}
    assert min(sizes) >= 12
    assert len(diagrams.text_version(d)) == len(d.arrows)


def test_pictures_are_deterministic() -> None:
    d = diagrams.DIAGRAMS["hybrid"]
    assert diagrams.to_svg(d, "x") == diagrams.to_svg(d, "x")


def small_tree(changeable: bool) -> Tree:
    """Problem (fixed or not) -> two situation questions; verdicts a, b, c."""
    return Tree(
        slug="t",
        title="T",
        summary="s",
        start="problem",
        questions=[
            Question(
                "problem",
                "What is wrong?",
                {"x": Option("X", "size"), "y": Option("Y", "c")},
                changeable=changeable,
            ),
            Question(
                "size", "How big?", {"big": Option("Big", "team"), "small": Option("Small", "b")}
            ),
            Question("team", "Team?", {"yes": Option("Yes", "a"), "no": Option("No", "c")}),
        ],
        verdicts=[Verdict(v, v.upper(), "because") for v in ("a", "b", "c")],
    )


def test_what_would_change_it_leaves_out_the_problem_itself() -> None:
    answers = {"problem": "x", "size": "big", "team": "yes"}
    assert {f.question for f in flips(small_tree(False), answers)} == {"problem", "size", "team"}
    assert {f.question for f in changes(small_tree(False), answers)} == {"size", "team"}
    assert {f.question for f in changes(small_tree(True), answers)} == {"problem", "size", "team"}


def test_what_would_change_it_puts_certain_changes_before_open_ones() -> None:
    tree = small_tree(True)
    answers = {"problem": "x", "size": "small"}  # verdict b
    found = changes(tree, answers)
    # problem=y leads to c for certain; size=big could lead to a or c depending on the team.
    assert [(f.question, f.option, f.verdicts) for f in found] == [
        ("problem", "y", ("c",)),
        ("size", "big", ("a", "c")),
    ]
    answers = {"problem": "x", "size": "big", "team": "no"}  # verdict c
    # Both certain: then the order of the questions on the path.
    assert [(f.question, f.option) for f in changes(tree, answers)] == [
        ("size", "small"),
        ("team", "yes"),
    ]


def test_the_main_tree_card_never_offers_a_different_problem_as_a_change() -> None:
    fixed = {q.id for q in MAIN.questions if not q.changeable}
    for scenario in MAIN.scenarios:
        assert not {f.question for f in changes(MAIN, scenario.answers)} & fixed


def test_a_card_shows_three_steps_and_folds_the_rest() -> None:
    steps = [NextStep(f"Step {i}", "framework/neither.md#x") for i in range(1, 6)]
    tree = replace(
        MAIN,
        verdicts=[replace(v, next_steps=steps) if v.id == "rag" else v for v in MAIN.verdicts],
    )
    html = verdict_card(tree, "rag", lambda path: "/" + path, answers=None)
    before, _, folded = html.partition("<details")
    assert [f"Step {i}" in before for i in range(1, 6)] == [True, True, True, False, False]
    assert "Step 4" in folded and "Step 5" in folded
    assert '<a href="/framework/neither/#x">Step 1</a>' in before


def test_the_json_export_carries_each_next_step_page() -> None:
    data = to_data(MAIN)
    for verdict, exported in zip(MAIN.verdicts, data["verdicts"], strict=True):
        assert exported["next_steps"] == [
            {
                "text": getattr(s, "text", s),
                "see": site_path(s.see) if isinstance(s, NextStep) else "",
            }
            for s in verdict.next_steps
        ]
    assert site_path("framework/neither.md#a") == "framework/neither/#a"
    assert site_path("framework/index.md") == "framework/"
    assert decide(MAIN, {"gap": "knowledge", "fits": "too-large"}).verdict == "rag"
