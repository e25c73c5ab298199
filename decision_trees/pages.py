"""Page fragments built from tree data: figures, outlines, verdict cards, tree pages.

Output is Markdown with raw HTML blocks, for any Python-Markdown site with
``attr_list``, ``md_in_html`` and ``pymdownx.escapeall``. This module only gathers
plain values; the markup is in autoescaped templates (``decision_trees/templates/``,
rendered by :mod:`decision_trees.markup`), so a label can never become markup.
Links are made by a :data:`Linker` that turns a site path into a URL relative
to the page being built, so the site works from any base URL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from markupsafe import Markup

from decision_trees import diagrams, markup
from decision_trees.analysis import (
    Flip,
    changes,
    coverage,
    mutant_count,
    surviving_mutants,
)
from decision_trees.engine import Decision, decide
from decision_trees.export import html_safe, site_path
from decision_trees.model import OURS, NextStep, Scenario, Tree
from decision_trees.plan import next_after
from decision_trees.record import walker_data
from decision_trees.render import to_svg
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.status_page import STATUS_PAGE
from decision_trees.vendor_facts import FACTS

__all__ = [
    "Linker",
    "bibliography",
    "catalogue",
    "changes",
    "diagram",
    "example",
    "figure",
    "flips",
    "node_anchor",
    "quadrants",
    "questions_section",
    "render_template",
    "then_html",
    "tree_page",
    "verdict_card",
    "walker",
]

Linker = Callable[[str], str]
"""Maps a site path such as ``"trees/rag-vs-fine-tuning/"`` to a URL from the current page."""
Titles = Mapping[str, str]
"""Tree slug -> title, for naming the tree a verdict's ``then_tree`` leads to."""

EXPORTS = (("svg", "SVG"), ("json", "JSON"), ("dot", "DOT"), ("mmd", "Mermaid"))
FIRST_STEPS = 3
"""How many next steps a verdict card shows before "more"; the rest are one click away."""


def render_template(name: str, **context: Any) -> str:
    """A package template, autoescaped, as one line (a raw HTML block Markdown keeps whole)."""
    return markup.oneline(markup.render(name, **context))


def _render_std(name: str, **context: Any) -> str:
    """:func:`render_template` for the templates that escape as ``html.escape`` does."""
    return markup.oneline(markup.render_std(name, **context))


def _end(text: str) -> str:
    """A sentence end after a title: no full stop after one that ends in ? or !."""
    return "" if text.rstrip().endswith(("?", "!", ".")) else "."


def node_anchor(tree: Tree, node_id: str) -> str:
    """The anchor of a node's section on its tree page: ``q-<id>`` or ``v-<id>``."""
    return ("q-" if tree.question(node_id) else "v-") + node_id


def tree_url(tree: Tree) -> str:
    return f"trees/{tree.slug}/"


def _sources(keys: Sequence[str], link: Linker) -> list[dict[str, str]]:
    """Sources for ``parts.sources``: each one's entry on the sources page and its title."""
    return [
        {"href": f"{link('sources/')}#{k}", "title": BIBLIOGRAPHY[k].title}
        for k in keys
        if k in BIBLIOGRAPHY
    ]


def _node_link(tree: Tree, link: Linker, here: bool) -> Callable[[str], str]:
    base = "" if here else link(tree_url(tree))
    return lambda node_id: f"{base}#{node_anchor(tree, node_id)}"


def _downloads(tree: Tree, link: Linker) -> list[dict[str, str]]:
    """The tree's exports: where each is, from this page and from the site's root."""
    base = link("trees/")
    return [
        {"href": f"{base}{tree.slug}.{ext}", "name": name, "path": f"trees/{tree.slug}.{ext}"}
        for ext, name in EXPORTS
    ]


def outline(tree: Tree, prefix: str, link: Linker, here: bool = False) -> str:
    """The tree as an ordered list of questions and where each answer leads, for readers of text."""
    to_node = _node_link(tree, link, here)
    questions = []
    for q in tree.questions:
        options = []
        for key, option in q.options.items():
            target = tree.question(option.goto)
            verdict = tree.verdict(option.goto)
            options.append(
                {
                    "key": key,
                    "label": option.label,
                    "goto": option.goto,
                    "next": target.text if target is not None else None,
                    "href": to_node(option.goto),
                    "verdict": verdict.title if verdict else option.goto,
                }
            )
        questions.append({"id": q.id, "href": to_node(q.id), "text": q.text, "options": options})
    return _render_std("outline.html", prefix=prefix, questions=questions)


def figure(
    tree: Tree,
    prefix: str,
    link: Linker,
    decision: Decision | None = None,
    here: bool = False,
    with_outline: bool = True,
) -> str:
    """The tree as inline SVG with its downloads and (unless told not to) its text outline."""
    svg = to_svg(
        tree,
        prefix=prefix,
        path=decision.path if decision else (),
        verdict=decision.verdict if decision else None,
        link=_node_link(tree, link, here),
    )
    return _render_std(
        "figure.html",
        tree=tree,
        prefix=prefix,
        svg=Markup(svg),
        tree_url=link(tree_url(tree)),
        downloads=_downloads(tree, link),
        outline=Markup(outline(tree, prefix, link, here)) if with_outline else "",
    )


def step_html(step: str | NextStep, link: Linker) -> Markup:
    """A next step; linked to the page that explains it when it names one."""
    see = step.see if isinstance(step, NextStep) else ""
    return Markup(
        markup.render(
            "step.html",
            text=getattr(step, "text", step),
            href=link(site_path(see)) if see else "",
        )
    )


def then_html(tree: Tree, verdict_id: str, link: Linker, titles: Titles) -> Markup:
    """Where the tree leads when the verdict's step falls short, over every path to it
    (:func:`decision_trees.plan.next_after`): the verdicts, linked, or the tree that
    diagnoses the failure, or that the tree goes no further."""
    verdict = tree.verdict(verdict_id)
    assert verdict is not None
    reached, ends = next_after(tree, verdict_id)
    to_node = _node_link(tree, link, here=False)
    then_tree = None
    if verdict.then_tree:
        title = titles.get(verdict.then_tree, verdict.then_tree)
        href = link(f"trees/{verdict.then_tree}/")
        then_tree = {"href": href, "title": title, "end": _end(title)}
    return Markup(
        markup.render(
            "then.html",
            reached=[
                {"href": to_node(v), "title": tree.verdict(v).title}  # type: ignore[union-attr]
                for v in reached
            ],
            ends=ends,
            then_tree=then_tree,
        )
    )


def flips(tree: Tree, found: list[Flip], current: str) -> list[dict[str, Any]]:
    """Each single answer change that leads elsewhere, for ``parts.changes``: the question,
    the answer, the other verdicts it can reach, whether it surely reaches them (``only``)
    and whether it may also reach ``current`` (``same``)."""
    items = []
    for flip in found:
        q = tree.question(flip.question)
        assert q is not None
        others = [v for vid in flip.verdicts if vid != current and (v := tree.verdict(vid))]
        items.append(
            {
                "question": q.text,
                "answer": q.options[flip.option].label,
                "names": [v.title for v in others],
                "only": len(flip.verdicts) == 1,
                "same": current in flip.verdicts,
            }
        )
    return items


def verdict_card(
    tree: Tree,
    verdict_id: str,
    link: Linker,
    answers: Mapping[str, str] | None = None,
    titles: Titles | None = None,
) -> str:
    """A verdict's card: why, the first steps, how you know it fell short and where the tree
    leads then, and the rest (with what would change it when ``answers`` are given) folded
    one click away."""
    verdict = tree.verdict(verdict_id)
    if verdict is None:
        raise KeyError(f"tree '{tree.slug}' has no verdict '{verdict_id}'")
    steps = list(verdict.next_steps)
    found = changes(tree, answers) if answers is not None else None
    # The label must stay on one line of a phone screen (walker.js words it the same): the
    # sources are named only when nothing else is folded.
    more = ["all steps"] if steps[FIRST_STEPS:] else []
    more += ["costs"] if verdict.costs else []
    more += ["risks"] if verdict.risks else []
    more += ["what changes it"] if found is not None else []
    more = more or (["sources"] if verdict.sources else [])
    return render_template(
        "verdict_card.html",
        verdict=verdict,
        verdict_url=f"{link(tree_url(tree))}#{node_anchor(tree, verdict_id)}",
        first=steps[:FIRST_STEPS],
        rest=steps[FIRST_STEPS:],
        step_html=lambda step: step_html(step, link),
        sources=markup.part("sources", _sources(verdict.sources, link)),
        changes=(
            markup.part("changes", flips(tree, found, verdict_id), "dt-flips")
            if found is not None
            else None
        ),
        then=then_html(tree, verdict_id, link, titles or {}) if verdict.short_if else None,
        more_label=(
            ", ".join(more[:-1]) + " and " + more[-1] if len(more) > 1 else "".join(more)
        ).capitalize(),
    )


def example(
    tree: Tree, scenario: Scenario, prefix: str, link: Linker, titles: Titles | None = None
) -> str:
    """A worked example: its source, highlighted tree, the verdict the engine reaches, what would flip it.

    The verdict shown is computed here by :func:`decide`, the same call the tests
    make, so the page cannot disagree with them.
    """
    decision = decide(tree, scenario.answers)
    path = []
    for step in decision.path:
        q = tree.question(step.question)
        assert q is not None
        path.append({"question": q.text, "answer": q.options[step.option].label})
    own = scenario.source == OURS
    return markup.render_std(
        "example.md",
        origin=None if own else _sources([scenario.source], link),
        origin_end="" if own else _end(BIBLIOGRAPHY[scenario.source].title),
        figure=Markup(figure(tree, prefix, link, decision)),
        card=Markup(verdict_card(tree, decision.verdict, link, titles=titles)),
        path=path,
        flips=flips(tree, changes(tree, scenario.answers), decision.verdict),
    )


def questions_section(
    tree: Tree,
    link: Linker,
    level: int = 3,
    on_tree_page: bool = False,
    searchable: bool = True,
) -> str:
    """Each question explained: why it matters, where each answer leads, sources.

    Questions link within the page; verdicts link to the tree page unless this is it.
    A copy of the tree page's questions (Decide's) is kept out of the search index with
    ``searchable=False``, so a search finds each question once.
    """
    local, remote = _node_link(tree, link, here=True), _node_link(tree, link, here=on_tree_page)
    questions = []
    for q in tree.questions:
        options = []
        for key, option in q.options.items():
            target = tree.question(option.goto) or tree.verdict(option.goto)
            is_question = tree.question(option.goto) is not None
            options.append(
                {
                    "key": key,
                    "label": option.label,
                    "kind": "question" if is_question else "verdict",
                    "href": (local if is_question else remote)(option.goto),
                    "name": getattr(target, "text", None) or getattr(target, "title", option.goto),
                }
            )
        questions.append(
            {
                "text": q.text,
                "anchor": node_anchor(tree, q.id),
                "why": q.why,
                "options": options,
                "sources": _sources(q.sources, link),
            }
        )
    return markup.render_std(
        "questions.md",
        questions=questions,
        level=level,
        searchable=searchable,
        # The tree page names each option's key, for readers of the JSON and the CLI.
        show_keys=on_tree_page,
    )


def tree_page(
    tree: Tree,
    prefix: str,
    link: Linker,
    walker_html: str = "",
    decide_url: str = "",
    titles: Titles | None = None,
) -> str:
    """Everything about one tree: diagram, questions, verdicts, scenarios, coverage, downloads.

    ``walker_html`` is the Decide screen, for a tree walked on its own page;
    ``decide_url`` names the page where the tree is walked instead (one walker
    per tree). Coverage and mutants, which matter to maintainers, start folded.
    """
    cov = coverage(tree)
    survivors = surviving_mutants(tree)
    mutants = mutant_count(tree)
    verdicts = []
    for v in tree.verdicts:
        verdicts.append(
            {
                "title": v.title,
                "anchor": node_anchor(tree, v.id),
                "because": v.because,
                "steps": [step_html(s, link) for s in v.next_steps],
                "short_if": v.short_if,
                "then": then_html(tree, v.id, link, titles or {}) if v.short_if else None,
                "costs": list(v.costs),
                "risks": list(v.risks),
                "sources": _sources(v.sources, link),
                "reached": [
                    {"id": s, "title": tree.scenario(s).title}  # type: ignore[union-attr]
                    for s in cov.verdicts[v.id]
                ],
            }
        )
    scenarios = []
    for s in tree.scenarios:
        verdict = tree.verdict(decide(tree, s.answers).verdict)
        assert verdict is not None
        scenarios.append(
            {
                "id": s.id,
                "title": s.title,
                "situation": s.situation,
                "sources": None if s.source == OURS else _sources([s.source], link),
                "verdict_anchor": node_anchor(tree, verdict.id),
                "verdict_title": verdict.title,
            }
        )
    rows = []
    for (qid, key), hits in cov.options.items():
        q = tree.question(qid)
        assert q is not None
        rows.append({"question": q.text, "answer": q.options[key].label, "hits": len(hits)})
    return markup.render_std(
        "tree_page.md",
        tree=tree,
        walker=Markup(walker_html) if walker_html else None,
        decide_url=decide_url,
        figure=None if walker_html else Markup(figure(tree, prefix, link, here=True)),
        questions=Markup(questions_section(tree, link, on_tree_page=True)),
        verdicts=verdicts,
        scenarios=scenarios,
        coverage={
            "covered": cov.covered,
            "total": cov.total,
            "percent": f"{cov.percent:.0f}",
            "killed": mutants - len(survivors),
            "mutants": mutants,
            "rows": rows,
        },
        survivors=survivors,
        downloads=_downloads(tree, link),
    )


def _walker_json(tree: Tree, titles: Titles, walk_url: str, site_url: str) -> str:
    """The JSON export without what the walker never reads (scenarios, summary): a lighter page;
    with the titles of the trees plans end on and the decision record's data
    (:func:`decision_trees.record.walker_data`, which the command line's record reads too)."""
    data = walker_data(tree, titles, walk_url, site_url or None)
    return html_safe(json.dumps(data, ensure_ascii=True, separators=(",", ":")))


def walker(
    tree: Tree,
    prefix: str,
    link: Linker,
    titles: Titles | None = None,
    walk_url: str = "",
    site_url: str = "",
) -> str:
    """The Decide screen: the walker, with the tree's JSON export for the script, beside its map.

    The JSON sits in a ``<template>``: inert, and not re-run as script when
    Material's instant navigation re-creates a page's ``<script>`` elements.
    """
    start = tree.question(tree.start)
    assert start is not None
    here = link(tree_url(tree)) == "./"
    return render_template(
        "decide.html",
        tree=tree,
        prefix=prefix,
        start=start,
        tree_url=link(tree_url(tree)),
        sources_url=link("sources/"),
        site_url=link(""),
        fixed=" ".join(q.id for q in tree.questions if not q.changeable),
        data=Markup(_walker_json(tree, titles or {}, walk_url, site_url)),
        figure=Markup(figure(tree, prefix, link, here=here, with_outline=False)),
        outline=Markup(outline(tree, prefix, link, here)),
    )


def quadrants(tree: Tree, link: Linker, walker_url: str) -> str:
    """The knowledge-versus-behaviour 2x2, from the tree's first question (see diagrams).

    Each cell links to ``walker_url`` with its answer already given.
    """
    start = tree.question(diagrams.GAP)
    assert start is not None
    cells = {(c.lacks_facts, c.behaviour_off): c for c in diagrams.quadrant_cells(tree)}

    def cell(facts: bool, behaviour: bool) -> dict[str, Any]:
        c = cells[(facts, behaviour)]
        href = f"{walker_url}?{tree.slug}={diagrams.GAP}:{c.key}"
        return {"key": c.key, "label": c.label, "verdicts": c.verdicts, "href": href}

    return render_template(
        "quadrants.html",
        caption=f"{start.text} Pick your answer to start deciding from there.",
        columns=["Knows the facts", "Lacks facts"],
        rows=[
            {"label": "Behaves as wanted", "cells": [cell(False, False), cell(True, False)]},
            {"label": "Behaviour is off", "cells": [cell(False, True), cell(True, True)]},
        ],
        others=[
            {
                "key": key,
                "label": label,
                "verdicts": verdicts,
                "href": f"{walker_url}?{tree.slug}={diagrams.GAP}:{key}",
            }
            for key, label, verdicts in diagrams.other_answers(tree)
        ],
    )


def diagram(d: diagrams.Diagram, prefix: str, link: Linker) -> str:
    """A picture drawn from data, its caption and sources, and a text version."""
    return render_template(
        "diagram.html",
        diagram=d,
        prefix=prefix,
        svg=Markup(diagrams.to_svg(d, prefix)),
        sources=markup.part("sources", _sources(d.sources, link)),
        text=diagrams.text_version(d),
    )


def catalogue(trees: Sequence[Tree], link: Linker) -> str:
    """Every tree as a Material grid card: title, summary and size (coverage is on its page)."""
    cards = [
        {
            "slug": t.slug,
            "href": link(tree_url(t)),
            "title": t.title,
            "summary": t.summary,
            "questions": len(t.questions),
            "verdicts": len(t.verdicts),
            "scenarios": len(t.scenarios),
        }
        for t in trees
    ]
    return _render_std("catalogue.html", trees=cards)


KINDS = (
    ("article", "Articles", "articles"),
    ("paper", "Papers", "papers"),
    ("vendor", "Vendor documentation", "vendor"),
    ("case-study", "Case studies", "case-studies"),
)


def bibliography(link: Linker) -> str:
    """Every source by kind: title, who published it, where and when; its key is only the anchor.

    A vendor page lists the facts read on it, each linked to its row on the provider status page,
    so the facts themselves are stated once, there."""
    read_on: dict[str, list[dict[str, str]]] = {}
    for f in FACTS.values():
        read_on.setdefault(f.source, []).append(
            {"href": f"{link(STATUS_PAGE)}#{f.key}", "value": f.value}
        )
    groups: list[dict[str, Any]] = []
    for kind, heading, anchor in KINDS:
        entries = []
        for s in BIBLIOGRAPHY.values():
            if s.kind != kind:
                continue
            by = f"{s.author} ({s.publisher})" if s.author and s.publisher else s.publisher
            entries.append(
                {
                    "key": s.key,
                    "title": s.title,
                    "url": s.url,
                    "end": _end(s.title),
                    "by": (by or s.author).strip(),
                    "venue": s.venue,
                    "date": s.date,
                    "checked": s.checked,
                    "note": s.note,
                    "facts": read_on.get(s.key, []),
                }
            )
        if entries:
            groups.append({"heading": heading, "anchor": anchor, "entries": entries})
    return markup.render("bibliography.md", groups=groups)
