"""The package's HTML templates: one Jinja environment, autoescaped and strict, for every fragment.

Tree text reaches templates only as values, which Jinja escapes; it is never
itself a template.
"""

from __future__ import annotations

from typing import Any

import jinja2

__all__ = ["flat", "render"]

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("decision_trees", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(name: str, **context: Any) -> str:
    """Template ``name`` from ``decision_trees/templates/`` rendered with ``context``."""
    return _ENV.get_template(name).render(**context)


def flat(html: str) -> str:
    """One raw-HTML block for Markdown: no blank or indented lines, which would end or re-read it."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())
