"""Write a tree for other tools: JSON (the stable interface), DOT and Mermaid.

JSON schema version 2, documented on the site's Contributing page::

    {"schema": 2, "slug", "title", "summary", "start",
     "questions": [{"id", "text", "why", "sources", "changeable", "options": [{"key", "label", "goto"}]}],
     "verdicts": [{"id", "title", "because", "next_steps": [{"text", "see"}], "sources",
                   "short_if", "then": {question: option}, "then_tree", "costs", "risks"}],
     "scenarios": [{"id", "title", "situation", "answers", "expect", "source", "plan"}],
     "sources": {key: {"title", "author", "publisher", "date", "kind", "url"}}}

``<``, ``>`` and ``&`` are written as ``\\u003c``-style escapes, so the JSON can
sit inside an HTML ``<script>`` element and still parse to the same text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from decision_trees.model import OURS, NextStep, Tree
from decision_trees.render import to_dot
from decision_trees.sources import BIBLIOGRAPHY

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "html_safe",
    "site_path",
    "to_data",
    "to_dot_file",
    "to_json",
    "to_mermaid",
]

SCHEMA_VERSION = 2
"""2: each next step is ``{"text", "see"}``, ``see`` being the site page that explains it.
Fields added later within 2 (a reader of 2 may ignore them): a verdict's ``short_if``,
``then`` and ``then_tree``, its ``costs`` and ``risks`` (lists of text), and a scenario's
pinned ``plan``. The number changes only when a
field is removed or changes meaning (docs/contributing.md#json)."""
FORMATS = ("json", "dot", "mermaid")


def _cited(tree: Tree) -> list[str]:
    keys = [*tree.sources]
    for q in tree.questions:
        keys += q.sources
    for v in tree.verdicts:
        keys += v.sources
    keys += [s.source for s in tree.scenarios if s.source != OURS]
    return [k for k in BIBLIOGRAPHY if k in set(keys)]


def site_path(see: str) -> str:
    """A ``docs/``-relative page (``"framework/neither.md#x"``) as its site path
    (``"framework/neither/#x"``), as MkDocs publishes it with directory URLs; a query
    (``"costs.md?preset=distil#calculator"``) is kept; "" stays ""."""
    page, hash_, anchor = see.partition("#")
    page, mark, query = page.partition("?")
    if page.endswith("index.md"):
        page = page[: -len("index.md")]
    elif page.endswith(".md"):
        page = page[: -len(".md")] + "/"
    return page + mark + query + hash_ + anchor


def _step(step: str | NextStep) -> dict[str, str]:
    if isinstance(step, NextStep):
        return {"text": step.text, "see": site_path(step.see)}
    return {"text": str(step), "see": ""}


def to_data(tree: Tree) -> dict[str, Any]:
    """The tree as plain JSON-ready data, in the order it was written."""
    return {
        "schema": SCHEMA_VERSION,
        "slug": tree.slug,
        "title": tree.title,
        "summary": tree.summary,
        "start": tree.start,
        "questions": [
            {
                "id": q.id,
                "text": q.text,
                "why": q.why,
                "sources": list(q.sources),
                "changeable": q.changeable,
                "options": [
                    {"key": k, "label": o.label, "goto": o.goto} for k, o in q.options.items()
                ],
            }
            for q in tree.questions
        ],
        "verdicts": [
            {
                "id": v.id,
                "title": v.title,
                "because": v.because,
                "next_steps": [_step(s) for s in v.next_steps],
                "sources": list(v.sources),
                "short_if": v.short_if,
                "then": dict(v.then),
                "then_tree": v.then_tree,
                "costs": list(v.costs),
                "risks": list(v.risks),
            }
            for v in tree.verdicts
        ],
        "scenarios": [
            {
                "id": s.id,
                "title": s.title,
                "situation": s.situation,
                "answers": dict(s.answers),
                "expect": s.expect,
                "source": s.source,
                "plan": list(s.plan),
            }
            for s in tree.scenarios
        ],
        "sources": {
            key: {
                "title": BIBLIOGRAPHY[key].title,
                "author": BIBLIOGRAPHY[key].author,
                "publisher": BIBLIOGRAPHY[key].publisher,
                "date": BIBLIOGRAPHY[key].date,
                "kind": BIBLIOGRAPHY[key].kind,
                "url": BIBLIOGRAPHY[key].url,
            }
            for key in _cited(tree)
        },
    }


_HTML_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def html_safe(json_text: str) -> str:
    """JSON text with ``<``, ``>`` and ``&`` as unicode escapes: same value, inert in HTML."""
    return re.sub("[<>&]", lambda m: _HTML_UNSAFE[m.group()], json_text)


def to_json(tree: Tree, *, indent: int | None = 2) -> str:
    """JSON text safe to embed in HTML: markup characters become unicode escapes."""
    return html_safe(json.dumps(to_data(tree), indent=indent, ensure_ascii=True))


def _mermaid_text(text: str) -> str:
    """Mermaid label text: every character that Mermaid or HTML could read as syntax as an entity."""
    return re.sub(
        r"""[#"'<>&`\[\]{}()|;\\*_~]""", lambda m: f"#{ord(m.group())};", " ".join(text.split())
    )


def to_mermaid(tree: Tree) -> str:
    """A Mermaid flowchart of the tree, to paste into a README or wiki that renders Mermaid."""
    ids = {node: f"n{i}" for i, node in enumerate(tree.node_ids)}
    lines = ["flowchart TD"]
    for q in tree.questions:
        lines.append(f'    {ids[q.id]}["{_mermaid_text(q.text)}"]')
    for v in tree.verdicts:
        lines.append(f'    {ids[v.id]}[["{_mermaid_text(v.title)}"]]')
    for q in tree.questions:
        for option in q.options.values():
            lines.append(f'    {ids[q.id]} -->|"{_mermaid_text(option.label)}"| {ids[option.goto]}')
    lines.append("    classDef question fill:#eef2fb,stroke:#3f51b5")
    lines.append("    classDef verdict fill:#e7f5ea,stroke:#2e7d32")
    lines.append(f"    class {','.join(ids[q.id] for q in tree.questions)} question")
    lines.append(f"    class {','.join(ids[v.id] for v in tree.verdicts)} verdict")
    return "\n".join(lines) + "\n"


def to_dot_file(tree: Tree) -> str:
    """DOT source as a file would hold it: the same drawing the site uses, without links."""
    return to_dot(tree)
