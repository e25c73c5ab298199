"""Draw a tree with Graphviz: DOT source, and SVG ready to inline in a page.

Every node and edge gets a stable, namespaced ``id`` and a ``class`` for its
kind, so a page can theme the figure with CSS and light up a path from script.
Text is escaped for DOT (no HTML-like labels, no backslash escapes) and the
SVG is re-serialised by an XML library, so tree text cannot become markup.

Drawn SVG is cached under a hash of everything that shapes it (the DOT source,
the tree, this module's code, the graphviz package, ``dot`` and Python), so an
unchanged tree is drawn once. The cache is never trusted: each file carries the
digest of its SVG and is re-parsed before use, and any problem with it (missing,
truncated, edited, unreadable, unwritable, disk full) means drawing afresh, with
one line on stderr.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import os
import platform
import subprocess
import sys
import textwrap
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

import graphviz

from decision_trees.engine import Step
from decision_trees.model import Tree

__all__ = ["RenderError", "cache_dir", "stats", "to_dot", "to_svg"]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

FONT = "Helvetica,Arial,sans-serif"
# Colours for the standalone file; on the site, CSS takes over from these.
QUESTION = {"fillcolor": "#eef2fb", "color": "#3f51b5", "fontcolor": "#1a1a2e"}
VERDICT = {"fillcolor": "#e7f5ea", "color": "#2e7d32", "fontcolor": "#0f2e13"}
PATH_COLOUR = "#e65100"
ANSWER = {"color": "#9e9e9e", "fontcolor": "#333333"}
SPLIT_AT = 2
"""A verdict reached by this many answers or more gets a leaf of its own under each one."""

stats = {"drawn": 0, "cached": 0, "rejected": 0}
"""SVGs drawn by ``dot``, taken from the cache, and cache files refused, this process."""

CACHE_FORMAT = "decision-trees-svg-cache 2"
"""First word of a cache file's header line; a change of layout changes it (and every key)."""


class RenderError(RuntimeError):
    """Graphviz is missing or failed; the message says what to install or fix."""


def _label(text: str, width: int) -> graphviz.quoting.NoHtml:
    """Wrap plain text for DOT: no HTML-like label, and backslashes and ``&`` neutralised.

    ``dot`` reads backslash escapes (``\\N``, ``\\l``) and character references
    (``&lt;``) in every label, so both are escaped: the figure shows the text as written.
    """
    lines = textwrap.wrap(" ".join(str(text).split()), width=width) or [""]
    escaped = (line.replace("\\", "\\\\").replace("&", "&amp;") for line in lines)
    return graphviz.nohtml("\\n".join(escaped))


def to_dot(
    tree: Tree,
    *,
    prefix: str | None = None,
    path: Iterable[Step] = (),
    verdict: str | None = None,
    link: Callable[[str], str] | None = None,
) -> str:
    """DOT source for ``tree``; ``path`` and ``verdict`` mark the route a scenario takes.

    ``prefix`` namespaces every id (two figures on one page must differ);
    ``link`` maps a node id to the URL its node should open.
    """
    prefix = prefix or f"dt-{tree.slug}"
    steps = list(path)
    on_path = {s.question for s in steps}
    edges_on_path = {(s.question, s.option) for s in steps}
    last = (steps[-1].question, steps[-1].option) if steps else None
    dot = graphviz.Digraph(name=tree.slug)
    dot.attr(
        "graph",
        id=prefix,
        rankdir="TB",
        bgcolor="transparent",
        # Children in the order the answers are written: fewer crossings, and a
        # reader finds each answer's branch where the question lists it.
        ordering="out",
        nodesep="0.2",
        ranksep="0.38",
        fontname=FONT,
    )
    # 13 and 12 point: at the figure's natural size (1 SVG unit = 1 CSS px) no text
    # is under 12 px on screen.
    dot.attr("node", fontname=FONT, fontsize="13", penwidth="1.4", margin="0.14,0.07")
    dot.attr("edge", fontname=FONT, fontsize="12", arrowsize="0.7", penwidth="1.1")

    def node_attrs(node_id: str, kind: str, gid: str, lit: bool) -> dict[str, str]:
        classes = f"dt-node dt-{kind}" + (" dt-path" if lit else "")
        attrs = {"id": f"{prefix}-{gid}", "class": classes}
        if lit:
            attrs.update(color=PATH_COLOUR, penwidth="3")
        if link is not None:
            attrs.update(URL=link(node_id), target="_top")
        return attrs

    # A verdict that many answers lead to is drawn once per answer (its own leaf
    # under each branch), instead of one box that arrows converge on from all
    # over the drawing. Each copy's id names the answer that leads to it.
    incoming: dict[str, int] = {}
    for q in tree.questions:
        for option in q.options.values():
            incoming[option.goto] = incoming.get(option.goto, 0) + 1
    split = {v.id for v in tree.verdicts if incoming.get(v.id, 0) >= SPLIT_AT}

    for q in tree.questions:
        attrs = node_attrs(q.id, "question", q.id, q.id in on_path)
        dot.node(q.id, _label(q.text, 24), shape="box", style="rounded,filled", **QUESTION | attrs)

    def verdict_node(v_id: str, gid: str, lit: bool) -> None:
        verdict = tree.verdict(v_id)
        attrs = node_attrs(v_id, "verdict", gid, lit)
        dot.node(
            gid,
            _label(verdict.title if verdict else v_id, 20),
            shape="box",
            style="filled,bold",
            peripheries="2",
            **VERDICT | attrs,
        )

    for v in tree.verdicts:
        if v.id not in split:
            verdict_node(v.id, v.id, v.id == verdict)
    for q in tree.questions:
        for key, option in q.options.items():
            hot = (q.id, key) in edges_on_path
            head = option.goto
            if head in split:
                head = f"{q.id}--{key}--verdict"
                verdict_node(option.goto, head, (q.id, key) == last and option.goto == verdict)
            # The answer is a small box of its own right under its question, joined to it
            # by a short stem, so it can never sit nearer another question (as a mid-edge
            # label can). Its id is the answer's (``q--key``); stem and arrow add suffixes.
            answer = f"{q.id}--{key}"
            hot_attrs = {"color": PATH_COLOUR, "penwidth": "2.6"} if hot else {}
            answer_attrs = {
                "id": f"{prefix}-{answer}",
                "class": "dt-edge dt-answer" + (" dt-path" if hot else ""),
                **ANSWER,
                **({"fontcolor": PATH_COLOUR} | hot_attrs if hot else {}),
            }
            dot.node(
                answer,
                _label(option.label, 18),
                shape="box",
                style="rounded",
                fontsize="12",
                margin="0.08,0.03",
                height="0.3",
                **answer_attrs,
            )
            edge_class = {"class": "dt-edge dt-path" if hot else "dt-edge"}
            dot.edge(
                q.id,
                answer,
                id=f"{prefix}-{answer}--in",
                arrowhead="none",
                weight="8",
                **edge_class,
                **hot_attrs,
            )
            dot.edge(
                answer,
                head,
                id=f"{prefix}-{answer}--out",
                weight="1",
                minlen="2",
                **edge_class,
                **hot_attrs,
            )
        # A question's answers sit side by side right under it, like a row of choices;
        # the arrows fan out from there to wherever each answer leads.
        keys = [f"{q.id}--{key}" for key in q.options]
        with dot.subgraph() as row:
            row.attr(rank="same")
            for a, b in itertools.pairwise(keys):
                row.edge(a, b, style="invis", weight="10")
    return dot.source


def cache_dir() -> Path:
    """Where drawn SVGs are kept: ``$DECISION_TREES_CACHE`` or the user's cache folder."""
    env = os.environ.get("DECISION_TREES_CACHE")
    base = (
        Path(env)
        if env
        else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "decision-trees"
    )
    return base / "svg"


@functools.lru_cache(maxsize=1)
def _renderer_version() -> str:
    """What besides the tree decides the SVG: this module's code (DOT and post-processing),
    the graphviz package, the ``dot`` release and Python (whose ElementTree writes the SVG)."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return "\0".join(
        [CACHE_FORMAT, code, graphviz.__version__, _dot_version(), platform.python_version()]
    )


def _cache_key(tree: Tree, source: str) -> str:
    """Hash of every input of one SVG: renderer, the whole tree (titles and tooltips come
    from its text, whitespace included) and the DOT source (ids, path, links)."""
    parts = (_renderer_version(), repr(tree), source)
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


_noted: set[str] = set()


def _note(problem: str) -> None:
    """One line on stderr for each distinct cache problem in this process; drawing goes on."""
    if problem not in _noted:
        _noted.add(problem)
        print(f"decision-trees: SVG cache: {problem}; drawing without it", file=sys.stderr)


def _check_svg(svg: str, figure_id: str) -> str | None:
    """Why ``svg`` is not this renderer's figure ``figure_id``, or None when it is."""
    if not svg.startswith("<svg ") or "\n" in svg:
        return "not one line of SVG"
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as error:
        return f"not well-formed SVG ({error})"
    if root.tag != f"{{{SVG_NS}}}svg":
        return "not an SVG document"
    graph = root.find(f"{{{SVG_NS}}}g")
    if graph is None or graph.get("id") != figure_id:
        return f"not the figure '{figure_id}'"
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1].lower()
        if name in {"script", "foreignobject", "iframe", "object", "embed"}:
            return f"holds a <{name}> element"
        if any(attr.rsplit("}", 1)[-1].lower().startswith("on") for attr in element.attrib):
            return "holds an event-handler attribute"
    return None


def _read_cache(path: Path, figure_id: str) -> str | None:
    """The cached SVG at ``path`` if it is whole, unedited and the expected figure; else None."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):  # not cached (yet); writing will tell
        return None
    except OSError as error:
        problem = f"cannot read {path}: {error.strerror or error}"
    else:
        header, _, body = data.partition(b"\n")
        words = header.decode("ascii", "replace").split()
        digest = hashlib.sha256(body).hexdigest()
        if words[:2] != CACHE_FORMAT.split() or words[2:] != [f"sha256={digest}"]:
            problem = f"{path} does not match its digest (truncated or edited)"
        else:
            svg = body.decode("utf-8", "replace")
            reason = _check_svg(svg, figure_id)
            if reason is None:
                return svg
            problem = f"{path} is {reason}"
    stats["rejected"] += 1
    _note(problem)
    return None


def _write_cache(path: Path, svg: str) -> None:
    """Store ``svg`` with its digest; replaced whole, so a reader never sees half a file."""
    body = svg.encode("utf-8")
    header = f"{CACHE_FORMAT} sha256={hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp.write_bytes(header + body)
            tmp.replace(path)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    except OSError as error:
        _note(f"cannot write to {path.parent}: {error.strerror or error}")


@functools.lru_cache(maxsize=1)
def _dot_version() -> str:
    try:
        done = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise RenderError(
            "Graphviz's 'dot' was not found: install Graphviz "
            "(apt-get install graphviz, or brew install graphviz)"
        ) from None
    return (done.stderr or done.stdout).strip()


def _clean(svg: bytes, tree: Tree) -> str:
    """One-line SVG: no prolog or comments, no whitespace, titles that say something.

    Links stay ``xlink:href``: Material's instant navigation rewrites every
    ``[href]`` element's ``href`` property, which is read-only on SVG anchors
    and throws; the namespaced attribute is not matched by ``[href]``.

    Node titles become the node's full text (a tooltip, and a name for assistive
    technology); edge titles, which only repeat node ids, go.
    """
    names = {q.id: q.text for q in tree.questions} | {v.id: v.title for v in tree.verdicts}
    # A verdict drawn once per answer (see to_dot): each copy is titled like the verdict.
    names |= {f"{q.id}--{k}": o.label for q in tree.questions for k, o in q.options.items()}
    names |= {
        f"{q.id}--{k}--verdict": names.get(o.goto, o.goto)
        for q in tree.questions
        for k, o in q.options.items()
    }
    root = ET.fromstring(svg)
    title_tag = f"{{{SVG_NS}}}title"
    for group in root.iter(f"{{{SVG_NS}}}g"):
        kind = group.get("class", "").split()
        title = group.find(title_tag)
        if title is None:
            continue
        if "edge" in kind:
            group.remove(title)
        elif "node" in kind:
            title.text = names.get(title.text or "", title.text)
        elif "graph" in kind:
            title.text = tree.title
    for attr in ("width", "height"):
        root.attrib.pop(attr, None)
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    root.set("class", "dt-svg")
    # Natural size, never squeezed: a wide tree scrolls sideways in its frame instead.
    root.set("style", f"max-width:{width:.0f}px;min-width:{width:.0f}px")
    root.set("role", "group")
    root.set("aria-label", f"Diagram: {tree.title}")
    for element in root.iter():
        element.attrib.pop(f"{{{XLINK_NS}}}title", None)
        element.attrib.pop("target", None)
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return ET.tostring(root, encoding="unicode")


def to_svg(
    tree: Tree,
    *,
    prefix: str | None = None,
    path: Iterable[Step] = (),
    verdict: str | None = None,
    link: Callable[[str], str] | None = None,
) -> str:
    """The tree as one line of inline-ready SVG; drawn by ``dot`` only when not cached."""
    source = to_dot(tree, prefix=prefix, path=path, verdict=verdict, link=link)
    figure_id = prefix or f"dt-{tree.slug}"
    cached = cache_dir() / f"{_cache_key(tree, source)}.svg"
    svg = _read_cache(cached, figure_id)
    if svg is not None:
        stats["cached"] += 1
        return svg
    try:
        raw = graphviz.Source(source).pipe(format="svg")
    except graphviz.ExecutableNotFound:
        raise RenderError("Graphviz's 'dot' was not found: install Graphviz") from None
    except graphviz.CalledProcessError as error:
        raise RenderError(f"dot failed on tree '{tree.slug}': {error.stderr!r}") from None
    stats["drawn"] += 1
    svg = _clean(raw, tree)
    reason = _check_svg(svg, figure_id)
    if reason is not None:  # never expected: the same check that guards the cache
        raise RenderError(f"the drawing of tree '{tree.slug}' is {reason}")
    _write_cache(cached, svg)
    return svg
