"""Page fragments built from tree data: figures, outlines, verdict cards, tree pages.

Output is Markdown with raw HTML blocks, for any Python-Markdown site with
``attr_list``, ``md_in_html`` and ``pymdownx.escapeall``. All tree text passes
through :func:`html_text` or :func:`md_text`, so a label can never become markup.
Links are made by a :data:`Linker` that turns a site path into a URL relative
to the page being built, so the site works from any base URL.
"""

from __future__ import annotations

import html
import json
import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from markupsafe import Markup

from decision_trees import diagrams, markup
from decision_trees.analysis import (
    Coverage,
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
    "html_text",
    "md_text",
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
    out = markup.render(name, **context)
    # split("\n"), not splitlines(): tree text may hold U+2028 and friends, which are text.
    return "".join(line.strip(" \t\r") for line in out.split("\n"))


def html_text(text: object) -> str:
    """Tree text for HTML element content or attribute values."""
    return html.escape(str(text), quote=True)


def md_text(text: object) -> str:
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
    return "".join(out)


def _end(text: str) -> str:
    """A sentence end after a title: no full stop after one that ends in ? or !."""
    return "" if text.rstrip().endswith(("?", "!", ".")) else "."


def node_anchor(tree: Tree, node_id: str) -> str:
    """The anchor of a node's section on its tree page: ``q-<id>`` or ``v-<id>``."""
    return ("q-" if tree.question(node_id) else "v-") + node_id


def tree_url(tree: Tree) -> str:
    return f"trees/{tree.slug}/"


def _sources(keys: Sequence[str], link: Linker) -> str:
    items = [
        f'<a href="{link("sources/")}#{html_text(k)}">{html_text(BIBLIOGRAPHY[k].title)}</a>'
        for k in keys
        if k in BIBLIOGRAPHY
    ]
    return "; ".join(items)


def _node_link(tree: Tree, link: Linker, here: bool) -> Callable[[str], str]:
    base = "" if here else link(tree_url(tree))
    return lambda node_id: f"{base}#{node_anchor(tree, node_id)}"


def outline(tree: Tree, prefix: str, link: Linker, here: bool = False) -> str:
    """The tree as an ordered list of questions and where each answer leads, for readers of text."""
    to_node = _node_link(tree, link, here)
    items = []
    for q in tree.questions:
        options = []
        for key, option in q.options.items():
            target = tree.question(option.goto)
            if target is not None:
                where = f'<a href="#{prefix}-o-{option.goto}">next: {html_text(target.text)}</a>'
            else:
                verdict = tree.verdict(option.goto)
                title = verdict.title if verdict else option.goto
                where = f'<a href="{to_node(option.goto)}">verdict: <strong>{html_text(title)}</strong></a>'
            options.append(
                f'<li data-option="{html_text(key)}">{html_text(option.label)}: {where}</li>'
            )
        items.append(
            f'<li id="{prefix}-o-{q.id}"><a href="{to_node(q.id)}">{html_text(q.text)}</a>'
            f"<ul>{''.join(options)}</ul></li>"
        )
    return (
        f'<details class="dt-outline" data-search-exclude><summary>Text outline of this tree</summary>'
        f"<ol>{''.join(items)}</ol></details>"
    )


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
    base = link("trees/")
    downloads = " · ".join(
        f'<a href="{base}{tree.slug}.{ext}" download>{name}</a>' for ext, name in EXPORTS
    )
    caption = (
        f'<figcaption><a href="{link(tree_url(tree))}">{html_text(tree.title)}</a>'
        '<span class="dt-scroll-hint">Scroll for the whole tree.</span>'
        f'<span class="dt-downloads">Download: {downloads}</span></figcaption>'
    )
    return (
        f'<figure class="dt-figure" id="{prefix}-figure" data-tree="{html_text(tree.slug)}" '
        f'data-start="{prefix}-{tree.start}" '
        f'data-search-exclude><div class="dt-scroll" tabindex="0" role="region" '
        f'aria-label="{html_text(tree.title)} (scrolls)">{svg}</div>{caption}</figure>'
        + (outline(tree, prefix, link, here) if with_outline else "")
    )


def step_html(step: str | NextStep, link: Linker) -> Markup:
    """A next step; linked to the page that explains it when it names one."""
    if isinstance(step, NextStep) and step.see:
        return Markup('<a href="{}">{}</a>').format(link(site_path(step.see)), step.text)
    return Markup("{}").format(getattr(step, "text", step))


def then_html(tree: Tree, verdict_id: str, link: Linker, titles: Titles) -> Markup:
    """Where the tree leads when the verdict's step falls short, over every path to it
    (:func:`decision_trees.plan.next_after`): the verdicts, linked, or the tree that
    diagnoses the failure, or that the tree goes no further."""
    verdict = tree.verdict(verdict_id)
    assert verdict is not None
    reached, ends = next_after(tree, verdict_id)
    to_node = _node_link(tree, link, here=False)
    names = [
        Markup('<a href="{}">{}</a>').format(to_node(v), tree.verdict(v).title)  # type: ignore[union-attr]
        for v in reached
    ]
    parts: list[Markup] = []
    if names:
        listed = names[0] if len(names) == 1 else Markup(", ").join(names[:-1]) + " or " + names[-1]
        depending = "" if len(names) == 1 else ", depending on later answers"
        parts.append(Markup("The tree leads to {}{}.").format(listed, depending))
    if ends and verdict.then_tree:
        lead = "Where its step was already tried, find" if names else "Find"
        title = titles.get(verdict.then_tree, verdict.then_tree)
        parts.append(
            Markup('{} what went wrong with <a href="{}">{}</a>').format(
                lead, link(f"trees/{verdict.then_tree}/"), title
            )
            + _end(title)
        )
    elif ends:
        parts.append(
            Markup("Where its step was already tried, the tree goes no further.")
            if names
            else Markup("The tree goes no further: the last next steps say what to weigh.")
        )
    return Markup(" ").join(parts)


def _verdict_body(tree: Tree, verdict_id: str, link: Linker, titles: Titles) -> str:
    """The full verdict, for its section on the tree page: every step, linked, and its plan."""
    verdict = tree.verdict(verdict_id)
    assert verdict is not None
    steps = "".join(f"<li>{step_html(s, link)}</li>" for s in verdict.next_steps)
    short_if = (
        f'<p class="dt-card-label">How you know it fell short</p><p>{html_text(verdict.short_if)}</p>'
        f'<p class="dt-card-label">Then</p><p class="dt-then">{then_html(tree, verdict_id, link, titles)}</p>'
        if verdict.short_if
        else ""
    )
    return (
        f"<p>{html_text(verdict.because)}</p>"
        f'<p class="dt-card-label">Next steps</p><ol class="dt-steps">{steps}</ol>{short_if}'
        f'<p class="dt-sources">Sources: {_sources(verdict.sources, link)}</p>'
    )


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
    change_html = None
    if found is not None:
        change_html = Markup(
            f'<ul class="dt-flips">{_flip_items(tree, found, verdict_id)}</ul>'
            if found
            else "<p>No single answer you could change leads elsewhere.</p>"
        )
    more = ["all next steps"] if steps[FIRST_STEPS:] else []
    more += ["what would change it"] if found is not None else []
    more += ["sources"] if verdict.sources else []
    return render_template(
        "verdict_card.html",
        verdict=verdict,
        verdict_url=f"{link(tree_url(tree))}#{node_anchor(tree, verdict_id)}",
        first=steps[:FIRST_STEPS],
        rest=steps[FIRST_STEPS:],
        step_html=lambda step: step_html(step, link),
        sources=Markup(_sources(verdict.sources, link)),
        changes=change_html,
        then=then_html(tree, verdict_id, link, titles or {}) if verdict.short_if else None,
        more_label=(
            ", ".join(more[:-1]) + " and " + more[-1] if len(more) > 1 else "".join(more)
        ).capitalize(),
    )


def _flip_items(tree: Tree, found: list[Flip], current: str) -> str:
    items = []
    for flip in found:
        q = tree.question(flip.question)
        assert q is not None
        others = [v for vid in flip.verdicts if vid != current and (v := tree.verdict(vid))]
        names = " or ".join(f"<strong>{html_text(v.title)}</strong>" for v in others)
        if len(flip.verdicts) == 1:
            outcome = f"would lead to {names}"
        elif current in flip.verdicts:
            outcome = f"could lead to {names}, or to the same verdict, depending on later answers"
        else:
            outcome = f"could lead to {names}, depending on later answers"
        items.append(
            f"<li>{html_text(q.text)} <em>{html_text(q.options[flip.option].label)}</em> {outcome}</li>"
        )
    return "".join(items)


def _path_items(tree: Tree, decision: Decision) -> str:
    items = []
    for step in decision.path:
        q = tree.question(step.question)
        assert q is not None
        items.append(
            f"<li>{html_text(q.text)} <strong>{html_text(q.options[step.option].label)}</strong></li>"
        )
    return "".join(items)


def example(
    tree: Tree, scenario: Scenario, prefix: str, link: Linker, titles: Titles | None = None
) -> str:
    """A worked example: its source, highlighted tree, the verdict the engine reaches, what would flip it.

    The verdict shown is computed here by :func:`decide`, the same call the tests
    make, so the page cannot disagree with them.
    """
    decision = decide(tree, scenario.answers)
    if scenario.source == OURS:
        origin = "An example of our own."
    else:
        title = BIBLIOGRAPHY[scenario.source].title
        origin = f"The example comes from {_sources([scenario.source], link)}{_end(title)}"
    flipped = changes(tree, scenario.answers)
    flip_html = (
        f"<ul>{_flip_items(tree, flipped, decision.verdict)}</ul>"
        if flipped
        else "<p>No single answer you could change leads elsewhere.</p>"
    )
    return "\n\n".join(
        [
            f'<p class="dt-sources">{origin}</p>',
            figure(tree, prefix, link, decision),
            "## Verdict {#verdict}",
            verdict_card(tree, decision.verdict, link, titles=titles),
            "## The path through the tree {#path}",
            f'<ol class="dt-path-list">{_path_items(tree, decision)}</ol>',
            "## What would change the verdict {#what-would-change-it}",
            flip_html,
        ]
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
    hidden = "" if searchable else " data-search-exclude"
    hashes = "#" * level
    blocks = []
    local, remote = _node_link(tree, link, here=True), _node_link(tree, link, here=on_tree_page)

    def to_node(node_id: str) -> str:
        return local(node_id) if tree.question(node_id) else remote(node_id)

    for q in tree.questions:
        rows = []
        for key, option in q.options.items():
            target = tree.question(option.goto) or tree.verdict(option.goto)
            name = getattr(target, "text", None) or getattr(target, "title", option.goto)
            kind = "question" if tree.question(option.goto) else "verdict"
            # The tree page names each option's key, for readers of the JSON and the CLI.
            key_html = f' <code class="dt-key">{html_text(key)}</code>' if on_tree_page else ""
            rows.append(
                f"<tr><td>{html_text(option.label)}{key_html}</td>"
                f'<td>{kind}: <a href="{to_node(option.goto)}">{html_text(name)}</a></td></tr>'
            )
        blocks.append(
            f"{hashes} {md_text(q.text)} {{#{node_anchor(tree, q.id)}}}\n\n"
            f"<p{hidden}>{html_text(q.why)}</p>\n\n"
            f'<div class="dt-options"{hidden}><table><thead><tr><th>Answer</th><th>Leads to</th>'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>\n\n"
            f'<p class="dt-sources"{hidden}>Sources: {_sources(q.sources, link)}</p>'
        )
    return "\n\n".join(blocks)


def _coverage_table(tree: Tree, cov: Coverage) -> str:
    rows = []
    for (qid, key), hits in cov.options.items():
        q = tree.question(qid)
        assert q is not None
        rows.append(
            f"<tr><td>{html_text(q.text)}</td><td>{html_text(q.options[key].label)}</td>"
            f"<td>{len(hits)}</td></tr>"
        )
    return (
        '<div class="dt-coverage"><table><thead><tr><th>Question</th><th>Answer</th>'
        f"<th>Scenarios</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
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
    verdict_blocks = []
    for v in tree.verdicts:
        reached_by = ", ".join(
            f'<a href="#s-{html_text(s)}">{html_text(tree.scenario(s).title)}</a>'  # type: ignore[union-attr]
            for s in cov.verdicts[v.id]
        )
        verdict_blocks.append(
            f"### {md_text(v.title)} {{#{node_anchor(tree, v.id)}}}\n\n"
            f"{_verdict_body(tree, v.id, link, titles or {})}\n\n"
            f'<p class="dt-reached">Reached by: {reached_by}</p>'
        )
    scenario_rows = []
    for s in tree.scenarios:
        decision = decide(tree, s.answers)
        verdict = tree.verdict(decision.verdict)
        assert verdict is not None
        origin = "Our own example." if s.source == OURS else f"From {_sources([s.source], link)}."
        scenario_rows.append(
            f'<tr id="s-{html_text(s.id)}"><td><strong>{html_text(s.title)}</strong><br>'
            f'{html_text(s.situation)}<br><span class="dt-sources">{origin}</span></td>'
            f'<td><a href="#{node_anchor(tree, verdict.id)}">{html_text(verdict.title)}</a></td></tr>'
        )
    base = link("trees/")
    downloads = "".join(
        f'<li><a href="{base}{tree.slug}.{ext}">{name}</a>: <code>trees/{tree.slug}.{ext}</code></li>'
        for ext, name in EXPORTS
    )
    if walker_html:
        intro = walker_html
    else:
        go = (
            f'<p><a class="md-button md-button--primary" href="{decide_url}">'
            "Decide step by step</a></p>"
            if decide_url
            else ""
        )
        intro = go + figure(tree, prefix, link, here=True)
    survivor_rows = "".join(
        f"<tr><td>{html_text(m.question)}</td><td>{html_text(m.option)}</td>"
        f"<td>{html_text(m.original)}</td><td>{html_text(m.redirected)}</td></tr>"
        for m in survivors
    )
    survivor_html = (
        '<div class="dt-mutants"><table><thead><tr><th>Question</th><th>Answer</th>'
        f"<th>Leads to</th><th>Redirected to</th></tr></thead><tbody>{survivor_rows}"
        "</tbody></table></div>"
        if survivors
        else "<p>No mutant survives.</p>"
    )
    return "\n\n".join(
        [
            f"# {md_text(tree.title)}",
            f"<p>{html_text(tree.summary)}</p>",
            f'<p class="dt-sources">Last reviewed against its sources on {html_text(tree.reviewed)}.</p>'
            if tree.reviewed
            else "",
            intro,
            "## Questions {#questions}",
            questions_section(tree, link, on_tree_page=True),
            "## Verdicts {#verdicts}",
            *verdict_blocks,
            "## Scenarios {#scenarios}",
            "<p>Each scenario is a test: the suite fails if the tree stops reaching its verdict.</p>",
            '<details class="dt-maintainer" data-search-exclude><summary>All scenarios and the verdicts they reach'
            '</summary><div class="dt-scenarios"><table><thead><tr><th>Scenario</th><th>Verdict</th>'
            f"</tr></thead><tbody>{''.join(scenario_rows)}</tbody></table></div></details>",
            "## Coverage {#coverage}",
            f"<p>The scenarios exercise {cov.covered} of {cov.total} answers and verdicts "
            f"({cov.percent:.0f}%), and kill {mutants - len(survivors)} of {mutants} mutants: "
            "copies of the tree with one answer redirected to another node.</p>",
            '<details class="dt-maintainer" data-search-exclude><summary>Coverage by answer and surviving mutants'
            f"</summary>{_coverage_table(tree, cov)}{survivor_html}</details>",
            "## Use this tree elsewhere {#downloads}",
            "<p>Stable files, regenerated from the same data on every build:</p>"
            f"<ul>{downloads}</ul>",
        ]
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
        sources=Markup(_sources(d.sources, link)),
        text=diagrams.text_version(d),
    )


def catalogue(trees: Sequence[Tree], link: Linker) -> str:
    """Every tree as a Material grid card: title, summary and size (coverage is on its page)."""
    cards = []
    for t in trees:
        cards.append(
            f'<li data-tree="{html_text(t.slug)}"><p><strong><a href="{link(tree_url(t))}">'
            f"{html_text(t.title)}</a></strong></p>"
            f"<p>{html_text(t.summary)}</p>"
            f'<p class="dt-sources">{len(t.questions)} questions · {len(t.verdicts)} verdicts · '
            f"{len(t.scenarios)} worked scenarios</p></li>"
        )
    return f'<div class="grid cards dt-catalogue"><ul>{"".join(cards)}</ul></div>'


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
    groups: list[str] = []
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
            groups.append(f"## {heading} {{#{anchor}}}")
            groups.append(render_template("bibliography.html", entries=entries))
    return "\n\n".join(groups)
