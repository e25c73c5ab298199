"""Pictures other than the trees: the knowledge-versus-behaviour 2x2, the hybrid's
architecture and how systems evolve.

The 2x2 is computed from the main tree's first question (its answers and the
verdicts each can still reach), so it cannot drift from the tree. The other two
are data here, drawn by Graphviz like the trees and themed by the same CSS.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

import graphviz

from decision_trees.engine import outcomes
from decision_trees.model import Tree
from decision_trees.render import FONT, SVG_NS, XLINK_NS, RenderError, _label

__all__ = [
    "DIAGRAMS",
    "GAP",
    "QUADRANTS",
    "Arrow",
    "Box",
    "Diagram",
    "quadrant_cells",
    "text_version",
    "to_dot",
    "to_svg",
]

GAP = "gap"
"""The main tree's first question: what is wrong with the model's answers."""

QUADRANTS = {
    # (the model lacks facts, its behaviour is off) -> the answer to GAP that says so
    (False, False): "speed-cost",
    (True, False): "knowledge",
    (False, True): "behaviour",
    (True, True): "both",
}


@dataclass(frozen=True)
class Cell:
    key: str
    label: str
    verdicts: tuple[str, ...]
    lacks_facts: bool
    behaviour_off: bool


def quadrant_cells(tree: Tree) -> list[Cell]:
    """The four answers to the first question, each with the verdicts it can lead to.

    Raises ``KeyError`` naming what is missing when the tree no longer asks GAP
    with the four answers the 2x2 is made of.
    """
    question = tree.question(GAP)
    if question is None:
        raise KeyError(f"tree '{tree.slug}' has no question '{GAP}' for the 2x2")
    cells = []
    for (facts, behaviour), key in QUADRANTS.items():
        if key not in question.options:
            raise KeyError(f"question '{GAP}' of tree '{tree.slug}' has no answer '{key}'")
        reached = outcomes(tree, {GAP: key})
        titles = tuple(v.title for v in tree.verdicts if v.id in reached)
        cells.append(Cell(key, question.options[key].label, titles, facts, behaviour))
    return cells


OTHER_VERDICTS_SHOWN = 4
"""An answer outside the 2x2 that can lead to more verdicts than this (such as "not sure yet",
which sorts the reader into the 2x2) is offered by its label alone."""


def other_answers(tree: Tree) -> list[tuple[str, str, tuple[str, ...]]]:
    """The first question's answers outside the 2x2 (key, label, verdict titles), such as a
    model being retired: the home page offers them beside it, so no way in is hidden."""
    question = tree.question(GAP)
    if question is None:
        raise KeyError(f"tree '{tree.slug}' has no question '{GAP}' for the 2x2")
    found = []
    for key, option in question.options.items():
        if key in QUADRANTS.values():
            continue
        reached = outcomes(tree, {GAP: key})
        titles = tuple(v.title for v in tree.verdicts if v.id in reached)
        found.append((key, option.label, titles if len(titles) <= OTHER_VERDICTS_SHOWN else ()))
    return found


@dataclass(frozen=True)
class Box:
    """A box in a diagram. ``kind`` picks its shape and colour: data, step, model or result."""

    id: str
    label: str
    kind: str = "step"


@dataclass(frozen=True)
class Arrow:
    tail: str
    head: str
    label: str = ""
    dashed: bool = False


@dataclass(frozen=True)
class Diagram:
    slug: str
    title: str
    caption: str
    boxes: Sequence[Box]
    arrows: Sequence[Arrow]
    sources: Sequence[str] = ()
    lanes: Sequence[tuple[str, Sequence[str]]] = ()
    """Named groups of box ids drawn side by side (e.g. build time and answer time)."""


SHAPES = {
    "data": {"shape": "cylinder"},
    "step": {"shape": "box", "style": "rounded"},
    "model": {"shape": "box", "style": "rounded,bold"},
    "result": {"shape": "box", "style": "bold", "peripheries": "2"},
}

HYBRID = Diagram(
    slug="hybrid",
    title="The hybrid: retrieval for knowledge, fine-tuning for behaviour",
    caption=(
        "Two pipelines meet at the model. Documents are indexed ahead of time and the "
        "passages that match each question ride along in its prompt; labelled examples "
        "train the model's tone, format and reasoning. A fact that changes means "
        "re-indexing, in minutes; a behaviour that changes means retraining, in days."
    ),
    boxes=[
        Box("documents", "Your documents", "data"),
        Box("index", "Chunk, embed and index", "step"),
        Box("store", "Vector index", "data"),
        Box("examples", "Labelled examples of the wanted answers", "data"),
        Box("train", "Fine-tune", "step"),
        Box("question", "A user's question", "step"),
        Box("retrieve", "Retrieve the best passages", "step"),
        Box("prompt", "Prompt: question plus passages", "step"),
        Box("model", "Fine-tuned model", "model"),
        Box("answer", "Answer in the house style, citing its passages", "result"),
    ],
    arrows=[
        Arrow("documents", "index"),
        Arrow("index", "store", "minutes to update"),
        Arrow("examples", "train"),
        Arrow("train", "model", "days to update"),
        Arrow("question", "retrieve"),
        Arrow("store", "retrieve"),
        Arrow("retrieve", "prompt"),
        Arrow("prompt", "model"),
        Arrow("model", "answer"),
    ],
    lanes=[
        ("Knowledge, kept outside the model", ["documents", "index", "store"]),
        ("Behaviour, trained into the model", ["examples", "train"]),
    ],
    sources=("when-to-use-which", "amanai-lab", "high-country-codes"),
)

EVOLUTION = Diagram(
    slug="evolution",
    title="How systems evolve: prompting, then retrieval, then the hybrid",
    caption=(
        "A common path, one step at a time, each taken when measurements say the current "
        "stage falls short. Not every system goes through every stage, and a problem that "
        "is only about behaviour can go straight to fine-tuning."
    ),
    boxes=[
        Box("baseline", "1. Prompt carefully and build an evaluation set", "step"),
        Box("rag", "2. Retrieval over your documents (RAG)", "step"),
        Box("hybrid", "3. Hybrid: a fine-tuned model fed by retrieval", "model"),
        Box("smaller", "4. A smaller model tuned to match (optional)", "result"),
        Box("fine-tune", "Fine-tuning alone", "model"),
    ],
    arrows=[
        Arrow("baseline", "rag", "facts missing or stale"),
        Arrow("rag", "hybrid", "facts right, form wrong"),
        Arrow("hybrid", "smaller", "volume or latency binds"),
        Arrow("baseline", "fine-tune", "only the behaviour is off", dashed=True),
    ],
    sources=("high-country-codes", "amanai-lab", "when-to-use-which"),
)

DIAGRAMS = {d.slug: d for d in (HYBRID, EVOLUTION)}


def to_dot(diagram: Diagram, prefix: str) -> str:
    """DOT source: top to bottom (it reads on a phone), ids namespaced by ``prefix``."""
    dot = graphviz.Digraph(name=diagram.slug)
    dot.attr(
        "graph",
        id=prefix,
        rankdir="TB",
        bgcolor="transparent",
        nodesep="0.18",
        ranksep="0.4",
        fontname=FONT,
        fontsize="13",
    )
    dot.attr(
        "node",
        fontname=FONT,
        fontsize="13",
        penwidth="1.4",
        margin="0.14,0.07",
        color="#3f51b5",
        fontcolor="#1a1a2e",
    )
    dot.attr("edge", fontname=FONT, fontsize="12", arrowsize="0.7", penwidth="1.1")
    in_lane = {box_id for _, ids in diagram.lanes for box_id in ids}

    def add(graph: graphviz.Digraph, box: Box) -> None:
        graph.node(
            box.id,
            _label(box.label, 17),
            id=f"{prefix}-{box.id}",
            **{"class": f"dt-dnode dt-d-{box.kind}"},
            **SHAPES[box.kind],
        )

    for i, (name, ids) in enumerate(diagram.lanes):
        with dot.subgraph(name=f"cluster_{i}") as lane:
            lane.attr(
                label=_label(name, 22),
                id=f"{prefix}-lane-{i}",
                style="rounded,dashed",
                color="#9e9e9e",
                fontsize="12",
                **{"class": "dt-lane"},
            )
            for box in diagram.boxes:
                if box.id in ids:
                    add(lane, box)
    for box in diagram.boxes:
        if box.id not in in_lane:
            add(dot, box)
    for arrow in diagram.arrows:
        dot.edge(
            arrow.tail,
            arrow.head,
            label=_label(arrow.label, 18) if arrow.label else None,
            id=f"{prefix}-{arrow.tail}--{arrow.head}",
            style="dashed" if arrow.dashed else None,
            **{"class": "dt-dedge"},
        )
    return dot.source


def to_svg(diagram: Diagram, prefix: str) -> str:
    """One line of inline SVG named for assistive technology by the diagram's title."""
    try:
        raw = graphviz.Source(to_dot(diagram, prefix)).pipe(format="svg")
    except graphviz.ExecutableNotFound:
        raise RenderError("Graphviz's 'dot' was not found: install Graphviz") from None
    root = ET.fromstring(raw)
    for parent in root.iter():
        for child in list(parent):
            if child.tag == f"{{{SVG_NS}}}title":
                parent.remove(child)  # node ids, not words: the figure has one name
    for attr in ("width", "height"):
        root.attrib.pop(attr, None)
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    root.set("class", "dt-svg dt-diagram-svg")
    root.set("style", f"max-width:{width:.0f}px")
    root.set("role", "img")
    root.set("aria-label", diagram.title)
    for element in root.iter():
        element.attrib.pop(f"{{{XLINK_NS}}}title", None)
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return ET.tostring(root, encoding="unicode")


def text_version(diagram: Diagram) -> list[str]:
    """The picture in sentences: every arrow, for readers who do not see it."""
    names = {b.id: b.label for b in diagram.boxes}
    lines = []
    for arrow in diagram.arrows:
        label = f" ({arrow.label})" if arrow.label else ""
        lines.append(f"{names[arrow.tail]} → {names[arrow.head]}{label}")
    return lines
