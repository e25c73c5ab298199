"""Exports: JSON is the stable interface; JSON, DOT and Mermaid keep hostile text inert."""

from __future__ import annotations

import json

import pytest

from decision_trees.export import SCHEMA_VERSION, to_data, to_json, to_mermaid
from decision_trees.loader import all_trees, get_tree
from decision_trees.model import Tree
from decision_trees.sources import BIBLIOGRAPHY
from tests.test_render import HOSTILE, hostile_tree

TREES = all_trees()


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_json_round_trips_every_field(tree: Tree) -> None:
    data = json.loads(to_json(tree))
    assert data == to_data(tree)
    assert data["schema"] == SCHEMA_VERSION
    assert set(data) == {
        "schema",
        "slug",
        "title",
        "summary",
        "start",
        "questions",
        "verdicts",
        "scenarios",
        "sources",
    }
    assert [q["id"] for q in data["questions"]] == [q.id for q in tree.questions]
    for q, exported in zip(tree.questions, data["questions"], strict=True):
        assert [(o["key"], o["label"], o["goto"]) for o in exported["options"]] == [
            (k, o.label, o.goto) for k, o in q.options.items()
        ]
    assert [(s["id"], s["answers"], s["expect"]) for s in data["scenarios"]] == [
        (s.id, dict(s.answers), s.expect) for s in tree.scenarios
    ]
    assert set(data["sources"]) <= set(BIBLIOGRAPHY)


def test_json_escapes_markup_characters_but_parses_back_to_the_same_text() -> None:
    text = to_json(hostile_tree())
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003cscript\\u003e" in text
    assert json.loads(text)["title"] == HOSTILE


def test_mermaid_has_a_node_per_question_and_verdict_and_an_edge_per_option() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    text = to_mermaid(tree)
    assert text.startswith("flowchart TD\n")
    assert text.count("-->|") == sum(len(q.options) for q in tree.questions)
    assert text.count('[["') == len(tree.verdicts)


def test_mermaid_escapes_everything_that_could_be_syntax() -> None:
    text = to_mermaid(hostile_tree())
    for line in text.splitlines()[1:]:
        label = line.split('"')[1] if '"' in line else ""
        assert not set(label) & set("<>&\"'`[](){}|"), line  # ';' ends an entity code
    assert "#60;script#62;" in text


def test_json_carries_each_verdicts_plan_fields_and_each_scenarios_pinned_plan() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    data = json.loads(to_json(tree))
    for verdict, exported in zip(tree.verdicts, data["verdicts"], strict=True):
        assert exported["short_if"] == verdict.short_if != ""
        assert exported["then"] == dict(verdict.then)
        assert exported["then_tree"] == verdict.then_tree
    assert data["verdicts"][0]["then"] == {"baseline": "fell-short"}
    assert [s["plan"] for s in data["scenarios"]] == [list(s.plan) for s in tree.scenarios]
