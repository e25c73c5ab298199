"""Rendering with the real ``dot``: ids, classes, path highlighting, escaping, determinism, cache."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from decision_trees import render
from decision_trees.engine import decide
from decision_trees.loader import all_trees, get_tree
from decision_trees.model import Option, Question, Scenario, Tree, Verdict
from decision_trees.render import to_dot, to_svg

NS = {"svg": "http://www.w3.org/2000/svg"}
HOSTILE = "<script>alert('x')</script> \"quoted\" & <<b>bold</b>> \\N \\l {{ x }}"


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DECISION_TREES_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(render, "_noted", set())  # every test sees its own notes
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


def verdict_nodes(root: ET.Element, prefix: str, tree: Tree, verdict_id: str) -> list[ET.Element]:
    """Every box drawn for a verdict: one, or one per answer that leads to it (``--verdict``)."""
    ids = [f"{prefix}-{verdict_id}"] + [
        f"{prefix}-{q.id}--{k}--verdict"
        for q in tree.questions
        for k, o in q.options.items()
        if o.goto == verdict_id
    ]
    found = [root.find(f".//svg:g[@id='{i}']", NS) for i in ids]
    return [node for node in found if node is not None]


def test_every_node_has_a_namespaced_id_and_a_class_for_its_kind() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    root = parse(to_svg(tree, prefix="fig1"))
    for q in tree.questions:
        node = root.find(f".//svg:g[@id='fig1-{q.id}']", NS)
        assert node is not None, q.id
        assert "dt-question" in node.get("class", "").split()
        assert node.find("svg:title", NS).text == q.text
    for v in tree.verdicts:
        nodes = verdict_nodes(root, "fig1", tree, v.id)
        assert nodes, v.id
        for node in nodes:
            assert "dt-verdict" in node.get("class", "").split()
            assert node.find("svg:title", NS).text == v.title  # a copy is titled as the verdict
    edges = root.findall(".//svg:g[@class]", NS)
    edge_ids = {e.get("id") for e in edges if "dt-edge" in e.get("class", "")}
    # Each answer: its box (``q--key``), the stem from its question and the arrow onwards.
    answers = {f"fig1-{q.id}--{k}" for q in tree.questions for k in q.options}
    assert edge_ids == answers | {f"{a}--in" for a in answers} | {f"{a}--out" for a in answers}
    for q in tree.questions:
        for k, o in q.options.items():
            assert root.find(f".//svg:g[@id='fig1-{q.id}--{k}']/svg:title", NS).text == o.label


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
    last = decision.path[-1]
    leaf = f"p-{last.question}--{last.option}--verdict"
    leaf = leaf if root.find(f".//svg:g[@id='{leaf}']", NS) is not None else f"p-{decision.verdict}"
    expected = {f"p-{s.question}" for s in decision.path} | {leaf}
    expected |= {
        f"p-{s.question}--{s.option}{end}" for s in decision.path for end in ("", "--in", "--out")
    }
    assert lit == expected


def _boxes(root: ET.Element) -> dict[str, tuple[float, float, float, float]]:
    """Each node's bounding box (x0, y0, x1, y1) from the outline Graphviz drew."""
    boxes = {}
    for g in root.iter(f"{{{NS['svg']}}}g"):
        if not {"dt-node", "dt-answer"} & set(g.get("class", "").split()):
            continue
        numbers: list[float] = []
        for shape in g.iter():
            data = shape.get("points") or shape.get("d") or ""
            numbers += [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", data)]
        xs, ys = numbers[0::2], numbers[1::2]
        boxes[g.get("id", "")] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def _gap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The empty space between two boxes: 0 when they touch or overlap."""
    dx = max(b[0] - a[2], 0, a[0] - b[2])
    dy = max(b[1] - a[3], 0, a[1] - b[3])
    return (dx * dx + dy * dy) ** 0.5


@pytest.mark.parametrize("slug", [t.slug for t in all_trees()])
def test_every_answer_sits_nearer_its_own_question_than_any_other_but_its_next(slug: str) -> None:
    tree = get_tree(slug)
    root = parse(to_svg(tree, prefix="L"))
    boxes = _boxes(root)
    questions = {f"L-{q.id}": boxes[f"L-{q.id}"] for q in tree.questions}
    for q in tree.questions:
        for key in q.options:
            box = boxes[f"L-{q.id}--{key}"]
            own = _gap(box, questions[f"L-{q.id}"])
            # The question an answer leads to is joined to it by its arrow: not a misreading.
            for other, other_box in questions.items():
                if other not in (f"L-{q.id}", f"L-{q.options[key].goto}"):
                    assert own < _gap(box, other_box), f"{q.id}={key} sits nearer {other}"


@pytest.mark.parametrize("slug", [t.slug for t in all_trees()])
def test_no_verdict_box_collects_arrows_from_several_answers(slug: str) -> None:
    tree = get_tree(slug)
    dot = to_dot(tree)
    heads = [h.strip('"') for h in re.findall(r"-> (\S+) \[", dot)]
    heads = [h for h in heads if "--" not in h or h.endswith("--verdict")]
    assert len(heads) == sum(len(q.options) for q in tree.questions)
    verdict_heads = [h for h in heads if tree.question(h) is None]
    assert len(verdict_heads) == len(set(verdict_heads))


def test_text_is_at_least_12_px_at_the_figure_natural_size() -> None:
    svg = to_svg(get_tree("rag-vs-fine-tuning"))
    root = parse(svg)
    width = float(root.get("viewBox").split()[2])
    assert f"min-width:{width:.0f}px" in root.get("style")  # 1 SVG unit = 1 CSS px
    sizes = {float(t.get("font-size")) for t in root.iter(f"{{{NS['svg']}}}text")}
    assert sizes and min(sizes) >= 12


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


# --- The cache cannot lie: each bad entry is refused and the figure drawn afresh -----------


def only_entry(cache: Path) -> Path:
    (entry,) = cache.rglob("*.svg")
    return entry


def one_note(stderr: str, expected: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("decision-trees: SVG cache: "), stderr
    assert expected in lines[0] and lines[0].endswith("; drawing without it")
    assert "Traceback" not in stderr


def resign(entry: Path, body: bytes) -> None:
    """Rewrite a cache entry with a matching digest, as someone who knows the format could."""
    entry.write_bytes(
        f"{render.CACHE_FORMAT} sha256={hashlib.sha256(body).hexdigest()}\n".encode() + body
    )


CORRUPTIONS = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "whitespace-edited": lambda data: data.replace(b"><", b"> <", 1),
    "script-injected": lambda data: data.replace(b"</svg>", b"<script>alert(1)</script></svg>"),
    "header-only": lambda data: data.split(b"\n")[0] + b"\n",
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=list(CORRUPTIONS))
def test_a_damaged_cache_entry_is_refused_and_drawn_again(
    corrupt: Callable[[bytes], bytes], fresh_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = get_tree("rag-failure-diagnosis")
    good = to_svg(tree)
    entry = only_entry(fresh_cache)
    entry.write_bytes(corrupt(entry.read_bytes()))
    capsys.readouterr()
    assert to_svg(tree) == good
    one_note(capsys.readouterr().err, "does not match its digest")
    assert to_svg(tree) == good  # the entry was rewritten whole
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda svg: svg.replace(b"</svg>", b"<script>alert(1)</script></svg>"), "<script>"),
        (lambda svg: svg.replace(b"<g ", b'<g onclick="alert(1)" ', 1), "event-handler"),
        (lambda svg: svg[: len(svg) // 2], "not well-formed"),
        (lambda svg: svg.replace(b'id="dt-rag-failure-diagnosis"', b'id="other"', 1), "figure"),
    ],
    ids=["script", "event-handler", "unclosed-svg", "another-figure"],
)
def test_a_re_signed_entry_is_still_checked_as_the_expected_svg(
    edit: Callable[[bytes], bytes],
    reason: str,
    fresh_cache: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tree = get_tree("rag-failure-diagnosis")
    good = to_svg(tree)
    entry = only_entry(fresh_cache)
    resign(entry, edit(entry.read_bytes().split(b"\n", 1)[1]))
    capsys.readouterr()
    assert to_svg(tree) == good
    one_note(capsys.readouterr().err, reason)


def test_an_unreadable_entry_is_drawn_without_the_cache(
    fresh_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = get_tree("rag-failure-diagnosis")
    good = to_svg(tree)
    entry = only_entry(fresh_cache)
    entry.unlink()
    entry.mkdir()  # reading it fails (as root, permissions would not stop a read)
    capsys.readouterr()
    assert to_svg(tree) == good
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("decision-trees: SVG cache: cannot read ")
    assert err[1].startswith("decision-trees: SVG cache: cannot write to ")
    assert len(err) == 2


def test_an_unwritable_cache_directory_only_costs_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DECISION_TREES_CACHE", str(blocker / "cache"))
    tree = get_tree("rag-failure-diagnosis")
    first = to_svg(tree)
    second = to_svg(tree, prefix="again")
    assert first.startswith("<svg ") and 'id="again"' in second
    one_note(capsys.readouterr().err, f"cannot write to {blocker / 'cache' / 'svg'}")


DISK_FULL = """
import resource, signal, sys
from decision_trees.loader import get_tree
from decision_trees.render import to_svg
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))  # any write past 200 bytes fails
sys.stdout.write(to_svg(get_tree("rag-failure-diagnosis")))
"""


def test_a_full_disk_leaves_no_partial_entry(fresh_cache: Path) -> None:
    expected = to_svg(get_tree("rag-failure-diagnosis"))
    only_entry(fresh_cache).unlink()
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
    one_note(done.stderr, "cannot write to ")
    assert list(fresh_cache.rglob("*")) == [fresh_cache / "svg"]  # no entry, no temporary file


def test_a_whitespace_only_edit_of_the_text_changes_the_tooltip() -> None:
    tree = get_tree("rag-failure-diagnosis")
    first = tree.questions[0]
    spaced = dataclasses.replace(first, text=first.text.replace(" ", "  ", 1))
    edited = dataclasses.replace(tree, questions=[spaced, *tree.questions[1:]])
    assert to_dot(edited) == to_dot(tree)  # the drawing is the same...
    title = parse(to_svg(edited)).find(f".//svg:g[@id='dt-{tree.slug}-{first.id}']/svg:title", NS)
    assert title.text == spaced.text  # ...but the tooltip is the new text, not a cached one


def test_the_key_covers_graphviz_dot_python_and_this_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tree = get_tree("rag-failure-diagnosis")
    source = to_dot(tree)

    def key_with(**patches: object) -> str:
        render._renderer_version.cache_clear()
        with monkeypatch.context() as m:
            for name, value in patches.items():
                if name == "code":
                    m.setattr(render.Path, "read_bytes", lambda self, v=value: v)
                elif name == "dot":
                    m.setattr(render, "_dot_version", lambda v=value: v)
                elif name == "graphviz":
                    m.setattr(render.graphviz, "__version__", value)
                else:
                    m.setattr(render.platform, "python_version", lambda v=value: v)
            key = render._cache_key(tree, source)
        render._renderer_version.cache_clear()
        return key

    base = render._cache_key(tree, source)
    variants = [
        key_with(code=b"# another renderer"),
        key_with(dot="dot - graphviz version 99"),
        key_with(graphviz="99.0"),
        key_with(python="3.99.0"),
        render._cache_key(tree, source.replace("rankdir", "rankdir ")),
    ]
    assert base not in variants and len(set(variants)) == len(variants)
