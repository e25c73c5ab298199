"""mkdocs-macros entry point: thin wrappers that place tree data on pages.

All the work is in the ``decision_trees`` package; this module only knows the
page being built (for relative links and unique figure ids) and the site
layout (where tree pages live). The tree pages, their exports and their nav
entries are written before the build by ``python -m decision_trees publish``,
so nothing here needs MkDocs: Zensical's macros extension runs it too.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from decision_trees import changes_page, diagrams, pages, record
from decision_trees.engine import decide
from decision_trees.loader import load_trees
from decision_trees.model import Tree


class TreeCheckError(Exception):
    """The trees failed the check; the message holds the checker's lines."""


def _trees() -> dict[str, Tree]:
    """Every tree, validated; a single problem stops the build with the checker's own words.

    ``publish``, which runs before the build, already ran the full check with the
    mutation analysis; here the structure is enough (Zensical calls this per page).
    """
    loaded = load_trees(analysis=False)
    problems = [str(p) for item in loaded for p in item.problems]
    if problems:
        raise TreeCheckError("decision trees failed the check:\n  " + "\n  ".join(problems))
    found = sorted(
        (item.tree for item in loaded if item.tree is not None), key=lambda t: (t.order, t.slug)
    )
    return {t.slug: t for t in found}


def _resolves_from_source(env: Any) -> bool:
    """Whether the generator re-resolves relative links in HTML from the page's source file.

    MkDocs leaves raw HTML alone, so a link is read from the page's URL
    (``examples/x/``). Zensical reads every relative ``href`` of an HTML element,
    raw HTML too, from the Markdown file's folder (``examples/``) and rewrites it
    for the URL; it leaves ``data-*`` attributes and SVG's ``xlink:href`` alone.
    """
    return type(env).__module__.split(".")[0] == "zensical"


_HREF = re.compile(r'(?<=\shref=")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"?#]*)')


def _from_source(html: str, url: str, source: str) -> str:
    """``html`` with each relative ``href`` (written for the page's URL) made relative to the
    folder of its source file, which is what Zensical turns back into the same URL."""
    here, folder = url.rstrip("/"), posixpath.dirname(source)
    if here == folder:  # an index page: its URL is its file's folder
        return html

    def move(found: re.Match[str]) -> str:
        path = found.group(1)
        target = posixpath.normpath(posixpath.join(here, path or "."))
        moved = posixpath.relpath(target, folder or ".")
        return (
            moved + "/" if (path.endswith("/") or not path) and not moved.endswith("/") else moved
        )

    return _HREF.sub(move, html)


def _relinking(env: Any) -> Any:
    """``env.macro`` for Zensical: each macro's HTML gets its links as Zensical reads them."""
    register = env.macro

    def macro(fn: Any) -> Any:
        @functools.wraps(fn)
        def relinked(*args: Any, **kwargs: Any) -> Any:
            html = fn(*args, **kwargs)
            page = env.page
            return html if page is None else _from_source(str(html), page.url, page.path)

        return register(relinked)

    return macro


def on_pre_page_macros(env: Any) -> None:
    """A page whose front matter names ``edit_path`` (a generated tree page names its tree's
    file) gets an edit link to that file instead of to itself.

    The path is relative to the page's own file, as a Markdown link is, so it resolves
    against the edit link MkDocs made from ``repo_url`` and ``edit_uri``.
    """
    page = env.page
    target = page.meta.get("edit_path")
    if target and page.edit_url:
        page.edit_url = urljoin(page.edit_url, str(target))


def define_env(env: Any) -> None:
    trees = _trees()
    docs = Path(env.conf["docs_dir"])
    if _resolves_from_source(env):
        env.macro = _relinking(env)
    walked_on = record.walker_pages(docs)
    titles = {slug: t.title for slug, t in trees.items()}  # for the trees a plan ends on
    figures: Counter[tuple[str, str]] = Counter()

    def tree(slug: str) -> Tree:
        if slug not in trees:
            raise KeyError(f"no tree '{slug}'; trees are: {', '.join(trees)}")
        return trees[slug]

    def page_url() -> str:
        return env.page.url if env.page is not None else ""

    def link(target: str) -> str:
        """A site path made relative to the page being built (directory URLs)."""
        here = page_url()
        if not here:
            return target or "./"
        rel = posixpath.relpath(target or ".", here.rstrip("/"))
        return rel + "/" if (target.endswith("/") or not target) and not rel.endswith("/") else rel

    def site_url() -> str:
        """The published site's address, as the decision record's links use it."""
        url = str(env.conf.get("site_url") or record.SITE_URL)
        return url if url.endswith("/") else url + "/"

    def walk_url() -> str:
        """This page's published address: where a decision record's link reopens the walk."""
        return site_url() + page_url()

    def prefix(slug: str, variant: str = "") -> str:
        """A figure id unique on its page: the second copy of a figure gets a number."""
        base = f"dt-{slug}" + (f"--{variant}" if variant else "")
        figures[(page_url(), base)] += 1
        count = figures[(page_url(), base)]
        return base if count == 1 else f"{base}-{count}"

    @env.macro
    def tree_figure(slug: str, scenario: str | None = None) -> str:
        """The tree as inline SVG with its outline; with ``scenario``, that scenario's path lit."""
        t = tree(slug)
        if scenario is None:
            return pages.figure(t, prefix(slug), link)
        found = t.scenario(scenario)
        if found is None:
            raise KeyError(f"tree '{slug}' has no scenario '{scenario}'")
        return pages.figure(t, prefix(slug, scenario), link, decide(t, found.answers))

    @env.macro
    def verdict_card(slug: str, verdict: str) -> str:
        return pages.verdict_card(tree(slug), verdict, link, titles=titles)

    @env.macro
    def example(slug: str, scenario: str) -> str:
        t = tree(slug)
        found = t.scenario(scenario)
        if found is None:
            raise KeyError(f"tree '{slug}' has no scenario '{scenario}'")
        return pages.example(t, found, prefix(slug, scenario), link, titles)

    @env.macro
    def questions(slug: str, searchable: bool = True) -> str:
        return pages.questions_section(tree(slug), link, searchable=searchable)

    @env.macro
    def walker(slug: str) -> str:
        """The Decide screen: the walker beside the tree's map, which it lights up as you answer."""
        t, p = tree(slug), prefix(slug)
        return pages.walker(t, p, link, titles, walk_url(), site_url())

    @env.macro
    def tree_page(slug: str) -> str:
        t = tree(slug)
        p = prefix(slug)
        if slug in walked_on:
            return pages.tree_page(t, p, link, decide_url=link(walked_on[slug]), titles=titles)
        walker_html = pages.walker(t, p, link, titles, walk_url(), site_url())
        return pages.tree_page(t, p, link, walker_html, titles=titles)

    @env.macro
    def knowledge_behaviour(slug: str) -> str:
        """The 2x2 from the tree's first question; each cell opens the walker with that answer."""
        return pages.quadrants(tree(slug), link, link(walked_on.get(slug, f"trees/{slug}/")))

    @env.macro
    def diagram(slug: str) -> str:
        """A picture drawn from data in decision_trees.diagrams, with a text version."""
        if slug not in diagrams.DIAGRAMS:
            raise KeyError(f"no diagram '{slug}'; diagrams are: {', '.join(diagrams.DIAGRAMS)}")
        return pages.diagram(diagrams.DIAGRAMS[slug], prefix(f"diagram-{slug}"), link)

    @env.macro
    def tree_catalogue() -> str:
        return pages.catalogue(list(trees.values()), link)

    @env.macro
    def bibliography() -> str:
        return pages.bibliography(link)

    # --- Costs: the calculator and its worked cases (decision_trees.costs_page) ---
    from decision_trees import costs_page

    @env.macro
    def cost_calculator() -> str:
        """The cost and break-even calculator; costs.js builds it from the embedded presets."""
        return costs_page.calculator(link)

    @env.macro
    def cost_case(key: str) -> str:
        """A worked case computed by the cost model, so the page's numbers cannot drift from it."""
        return costs_page.worked_case(key, link)

    # The library of published decisions (docs/decisions.md); the work is in the package.
    from decision_trees import decisions as published

    @env.macro
    def decisions_library(slug: str = "rag-vs-fine-tuning") -> str:
        return published.page(tree(slug), link)

    # Vendor facts: stated once in decision_trees/vendor_facts.py, drawn on every page from there.
    from decision_trees import status_page

    @env.macro
    def fact(key: str) -> str:
        """A vendor fact's sentence, linked to its row on the provider status page."""
        return status_page.fact_reference(key, link)

    @env.macro
    def dates_ahead() -> str:
        """The shutdowns, ends of new jobs and other dates the vendor facts name, soonest first."""
        return status_page.dates_ahead()

    @env.macro
    def provider_index() -> str:
        """Each provider on the status page once, linked to its first row."""
        return status_page.provider_index()

    @env.macro
    def provider_table(topic: str) -> str:
        """One topic of the provider status page (see decision_trees.vendor_facts.TOPICS)."""
        return status_page.table(topic)

    # --- Evaluation: the planner and its worked questions (decision_trees.evaluation_page) ---
    from decision_trees import evaluation_page

    @env.macro
    def evaluation_planner() -> str:
        """How many cases, paired or not, and what a run costs; evaluation.js builds it."""
        return evaluation_page.planner()

    @env.macro
    def evaluation_case(key: str) -> str:
        """A common question worked by the planner's model, so the prose cannot drift from it."""
        return evaluation_page.worked_question(key, link)

    # --- What changed: the advice's changelog (decision_trees.changes_page) -----------------
    @env.macro
    def changes_list() -> str:
        """Every change to every tree's advice, newest first (docs/changes.md)."""
        return changes_page.page(titles, link)

    @env.macro
    def latest_change() -> str:
        """The latest change to the advice, for the home page."""
        return changes_page.latest(titles, link)
