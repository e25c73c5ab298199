"""The tree pages' entries in ``mkdocs.yml``: a marked block of ``nav`` that publish rewrites.

MkDocs and Zensical both read ``nav`` from ``mkdocs.yml`` before any page is
built, and Zensical runs no plugin that could add to it, so the entries live in
the file itself, between two comment lines. Everything outside them is left
byte for byte.

Tree titles are untrusted: each is escaped as the theme needs it (:func:`nav_title`)
and then written as a JSON string, which YAML reads back unchanged.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from markupsafe import Markup

from decision_trees.model import Tree

__all__ = ["END", "START", "NavBlockError", "nav_lines", "nav_title", "with_tree_nav"]

START = "# --- tree pages: written by 'python -m decision_trees publish'; do not edit ---"
END = "# --- end of tree pages ---"


class NavBlockError(Exception):
    """The configuration has no usable marked block for the tree pages."""


def nav_title(text: str) -> Markup:
    """A tree title as nav and page titles need it: escaped HTML that Jinja never runs.

    Material prints titles as HTML (nav, header, footer, search), so the text is
    escaped once here; braces become character references because mkdocs-macros
    renders any page title containing ``{{``, ``{%`` or ``{#`` as a template.
    ``Markup`` marks the string as escaped, so a template's ``| e`` leaves it alone
    (the ``<title>`` element, which decodes it first, is overridden in
    ``overrides/main.html``).
    """
    escaped = html.escape(str(text), quote=True)
    return Markup(escaped.replace("{", "&#123;").replace("}", "&#125;"))


def nav_lines(trees: Sequence[Tree]) -> list[str]:
    """One YAML list item per tree page, in the order given, without indentation."""
    return [f"- {json.dumps(str(nav_title(t.title)))}: trees/{t.slug}.md" for t in trees]


def with_tree_nav(config: str, trees: Sequence[Tree], name: str = "mkdocs.yml") -> str:
    """``config`` with the lines between the markers replaced by ``trees``' entries.

    The entries take the start marker's indentation, so the block sits in
    whichever nav section holds it.
    """
    lines = config.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.strip() == START]
    ends = [i for i, line in enumerate(lines) if line.strip() == END]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        raise NavBlockError(
            f"{name}: the nav needs one block for the tree pages, opened by the line "
            f"'{START}' and closed by '{END}', both under the Trees section; add them"
        )
    start, end = starts[0], ends[0]
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
    block = [f"{indent}{entry}\n" for entry in nav_lines(trees)]
    return "".join([*lines[: start + 1], *block, *lines[end:]])
