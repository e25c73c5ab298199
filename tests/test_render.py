"""Rendering with the real ``dot``: ids, classes, path highlighting, escaping, determinism, cache."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from decision_trees import render
from decision_trees.engine import decide
from decision_trees.loader import get_tree
from decision_trees.model import Option, Question, Scenario, Tree, Verdict
from decision_trees.render import to_dot, to_svg

NS = {"svg": "http://www.w3.org/2000/svg"}
HOSTILE = "<script>alert('x')</script> \"quoted\" & <<b>bold</b>> \\N \\l {{ x }}"


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DECISION_TREES_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def hostile_tree() -> Tree:
    src = ["amanai-lab"]
    return Tree(
        slug="hostile",
        title=HOSTILE,
        summary=HOSTILE,
        start="q",
        questions=[
            Question(
                "q", HOSTILE, {"a": Option(HOSTILE, "v1"), "b": Option("plain", "v2")}, HOSTILE, src
            )
        ],
        verdicts=[
            Verdict("v1", HOSTILE, HOSTILE, [HOSTILE], src),
            Verdict("v2", "Two", "b", ["n"], src),
        ],
        scenarios=[Scenario("s", HOSTILE, HOSTILE, {"q": "a"}, "v1")],
    )


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_every_node_has_a_namespaced_id_and_a_class_for_its_kind() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    root = parse(to_svg(tree, prefix="fig1"))
    for q in tree.questions:
        node = root.find(f".//svg:g[@id='fig1-{q.id}']", NS)
        assert node is not None, q.id
        assert "dt-question" in node.get("class", "").split()
        assert node.find("svg:title", NS).text == q.text
    for v in tree.verdicts:
        node = root.find(f".//svg:g[@id='fig1-{v.id}']", NS)
        assert node is not None and "dt-verdict" in node.get("class", "").split()
    edges = root.findall(".//svg:g[@class]", NS)
    edge_ids = {e.get("id") for e in edges if "dt-edge" in e.get("class", "")}
    assert edge_ids == {f"fig1-{q.id}--{k}" for q in tree.questions for k in q.options}


def test_a_scenario_path_is_highlighted_and_nothing_else() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    scenario = tree.scenario("customer-support-chatbot")
    decision = decide(tree, scenario.answers)
    root = parse(to_svg(tree, prefix="p", path=decision.path, verdict=decision.verdict))
    lit = {
        g.get("id")
        for g in root.iter(f"{{{NS['svg']}}}g")
        if "dt-path" in g.get("class", "").split()
    }
    expected = {f"p-{s.question}" for s in decision.path} | {f"p-{decision.verdict}"}
    expected |= {f"p-{s.question}--{s.option}" for s in decision.path}
    assert lit == expected


def test_links_are_xlink_href_and_the_svg_has_no_prolog_comment_or_newline() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    svg = to_svg(tree, link=lambda node: f"../trees/x/#{node}")
    assert svg.startswith("<svg ") and "\n" not in svg
    assert "<?xml" not in svg and "<!--" not in svg and "xlink:title" not in svg
    # Not plain href: Material's instant navigation assigns .href on every [href], which throws on SVG.
    assert 'xlink:href="../trees/x/#gap"' in svg and " href=" not in svg


def test_two_figures_of_one_tree_share_no_id() -> None:
    tree = get_tree("rag-failure-diagnosis")
    ids_a = re.findall(r' id="([^"]+)"', to_svg(tree, prefix="dt-a"))
    ids_b = re.findall(r' id="([^"]+)"', to_svg(tree, prefix="dt-a-2"))
    assert len(ids_a) == len(set(ids_a))
    assert not set(ids_a) & set(ids_b)


def test_hostile_text_stays_text_in_dot_and_svg() -> None:
    tree = hostile_tree()
    dot = to_dot(tree)
    assert "label=<" not in dot  # never an HTML-like label
    assert "\\\\N" in dot and "\\\\l" in dot  # backslash escapes neutralised
    svg = to_svg(tree, path=decide(tree, {"q": "a"}).path, verdict="v1")
    root = parse(svg)  # still well-formed XML
    assert root.find(".//svg:script", NS) is None and root.find(".//svg:b", NS) is None
    texts = " ".join(t.text or "" for t in root.iter(f"{{{NS['svg']}}}text"))
    assert "<script>" in texts and "&" in texts  # shown as characters...
    assert "<script>" not in svg and "&lt;script&gt;" in svg  # ...escaped in the markup


def test_rendering_is_deterministic(fresh_cache: Path) -> None:
    tree = get_tree("rag-vs-fine-tuning")
    first = to_svg(tree, prefix="d")
    for entry in fresh_cache.rglob("*.svg"):
        entry.unlink()
    assert to_svg(tree, prefix="d") == first


def test_an_unchanged_tree_is_drawn_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "stats", {"drawn": 0, "cached": 0, "rejected": 0})
    tree = get_tree("fine-tuning-failure-diagnosis")
    first = to_svg(tree)
    second = to_svg(tree)
    assert first == second
    assert render.stats == {"drawn": 1, "cached": 1, "rejected": 0}
    to_svg(tree, prefix="other")  # a different drawing is drawn
    assert render.stats["drawn"] == 2
