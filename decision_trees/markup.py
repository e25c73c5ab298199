"""The package's HTML templates: one Jinja environment, autoescaped and strict, for every fragment.

Tree text reaches templates only as values, which Jinja escapes; it is never
itself a template. Two ways of writing the escapes, same safety:

- :func:`render`: Jinja's own (``'`` as ``&#39;``, ``"`` as ``&#34;``);
- :func:`render_std`: the standard library's ``html.escape`` (``&#x27;``, ``&quot;``),
  the form the tree page's fragments had when Python wrote them, kept so that moving
  them into templates changed no byte of the site.

Templates that write Markdown (``*.md``) put tree text in headings through the
``md`` filter, and keep each raw HTML block on one line with the ``oneline`` filter.
"""

from __future__ import annotations

import html
import string
from typing import Any

import jinja2
from markupsafe import Markup

__all__ = ["flat", "md_text", "oneline", "part", "render", "render_std"]


def md_text(text: object) -> Markup:
    """Tree text for Markdown (headings, table cells): every punctuation mark escaped.

    Relies on ``pymdownx.escapeall``, which lets a backslash escape any character.
    """
    out = []
    for ch in str(text):
        if ch in "<>&\"'":
            out.append(html.escape(ch, quote=True))
        elif ch in string.punctuation:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return Markup("".join(out))


def oneline(html_text: str) -> Markup:
    """Rendered HTML as one line, a raw HTML block Markdown keeps whole: each line trimmed, joined.

    ``split("\\n")``, not ``splitlines()``: tree text may hold U+2028 and friends, which are text.
    """
    return Markup("".join(line.strip(" \t\r") for line in str(html_text).split("\n")))


def _stdlib_escape(value: Any) -> Any:
    """Text escaped as ``html.escape`` writes it; markup and numbers left for Jinja."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return Markup(html.escape(value, quote=True))
    return value


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("decision_trees", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["md"] = md_text
_ENV.filters["oneline"] = oneline
# The same environment (loader, filters, settings), printing text as html.escape does.
_STD = _ENV.overlay(finalize=_stdlib_escape)


def render(name: str, **context: Any) -> str:
    """Template ``name`` from ``decision_trees/templates/`` rendered with ``context``."""
    return _ENV.get_template(name).render(**context)


def render_std(name: str, **context: Any) -> str:
    """:func:`render`, with text escaped as ``html.escape`` writes it (see the module docstring)."""
    return _STD.get_template(name).render(**context)


def part(name: str, *args: Any) -> Markup:
    """Macro ``name`` of ``parts.html`` (escaped as by :func:`render_std`), for a piece that
    Python hands to another template."""
    return Markup(getattr(_STD.get_template("parts.html").module, name)(*args))


def flat(html: str) -> str:
    """One raw-HTML block for Markdown: no blank or indented lines, which would end or re-read it."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())
