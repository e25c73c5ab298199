"""A decision record (ADR) from a verdict, in the common Nygard / adr-tools shape.

A team walks a tree and keeps the verdict where decisions live: an ADR, an onboarding page,
a review thread. The record is Proposed until the team reviews it. It states the answers
(context), the verdict and its plan (decision), the next steps and any single answer that
would change it (consequences), the sources with the dates they were checked, where to
watch for changes (the What changed page and its feed), and a link that reopens the same walk with the advice version and
the verdict it reached (``v=`` and ``was=``), so a later reader learns if the advice moved.

Two renderers make the same text from the same data: :func:`render` here (``decide
--format adr``) and ``record()`` in ``docs/assets/javascripts/walker.js`` (the record the
Decide page copies and downloads). Both read the walker's JSON (:func:`walker_data`, the
export plus :func:`record_data`) and the plan and flips computed the same way on both sides,
so nothing is precomputed per path; a browser test holds the two texts equal, character
for character, for several verdicts. :func:`md` is the one escaping rule, mirrored as
``mdText`` in walker.js: tree text is untrusted and must stay text in any Markdown reader.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from decision_trees import changelog, changes_page
from decision_trees.analysis import changes
from decision_trees.engine import Decision
from decision_trees.export import site_path, to_data
from decision_trees.model import Tree
from decision_trees.plan import plan, plan_data
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import FACTS

__all__ = [
    "SITE_URL",
    "answers_key",
    "file_name",
    "link",
    "md",
    "record_data",
    "render",
    "render_decision",
    "walker_data",
    "walker_pages",
    "walker_path",
]

SITE_URL = "https://rag-or-fine-tune.github.io/rag-or-fine-tune/"
"""The published site, as mkdocs.yml's ``site_url`` defaults to it (a test keeps them equal);
the ``SITE_URL`` environment variable overrides both, as it does for the build."""

_SPACE = re.compile(r"[\t\n\v\f\r \x85\u2028\u2029]+")
_SPECIAL = re.compile(r"[\\`*_\[\]<>#|~&]")
_WALKER_CALL = re.compile(r"""\{\{\s*walker\(\s*["']([\w-]+)["']""")


def md(text: object) -> str:
    """Text as inert Markdown on one line: whitespace runs become one space, every character
    that Markdown or HTML could read as syntax gets a backslash (``\\ ` * _ [ ] < > # | ~ &``),
    and a leading ``-``, ``+``, ``=`` or ``1.`` that would start a list or heading is escaped.
    walker.js's ``mdText`` does exactly the same."""
    s = _SPACE.sub(" ", str(text)).strip(" ")
    s = _SPECIAL.sub(lambda m: "\\" + m.group(), s)
    s = re.sub(r"^[-+=]", lambda m: "\\" + m.group(), s)
    return re.sub(r"^([0-9]+)([.)])", r"\1\\\2", s)


def site_url() -> str:
    """The site's address: ``SITE_URL`` from the environment, as the build reads it, or the default."""
    url = os.environ.get("SITE_URL") or SITE_URL
    return url if url.endswith("/") else url + "/"


def walker_pages(docs: Path) -> dict[str, str]:
    """Tree slug -> the site path of the page that walks it: a hand-written page that calls
    ``{{ walker("slug") }}`` (Decide, for the main tree). A tree walked on a page of its own
    is explained, not walked, on its tree page; the others are walked there."""
    found: dict[str, str] = {}
    for page in sorted(docs.rglob("*.md")):
        rel = page.relative_to(docs).as_posix()
        if rel.startswith(("trees/", "includes/")):
            continue
        for slug in _WALKER_CALL.findall(page.read_text(encoding="utf-8")):
            found.setdefault(slug, site_path(rel))
    return found


def walker_path(slug: str, docs: Path | None = None) -> str:
    """The site path of the page that walks the tree: its walker page, else its own page."""
    docs = docs or Path(__file__).resolve().parent.parent / "docs"
    found = walker_pages(docs) if docs.is_dir() else {}
    return found.get(slug, f"trees/{slug}/")


def _quote(text: str) -> str:
    """As JavaScript's encodeURIComponent."""
    return quote(text, safe="!'()*")


def answers_key(pairs: Sequence[tuple[str, str]]) -> str:
    """Answers as a shared link carries them (``gap:behaviour,baseline:fell-short``), as
    walker.js writes them: the form the verdict lock keys each path by."""
    return ",".join(f"{_quote(q)}:{_quote(o)}" for q, o in pairs)


def link(walk_url: str, slug: str, pairs: Sequence[tuple[str, str]], version: str, was: str) -> str:
    """The link that reopens a walk: the answers, the advice version and the verdict reached."""
    answers = answers_key(pairs)
    query = f"{_quote(slug)}={answers}"
    if version:
        query += f"&v={_quote(version)}"
    return f"{walk_url}?{query}&was={_quote(was)}"


def file_name(slug: str, verdict: str) -> str:
    """The download's name: ``decision-<slug>-<verdict>.md`` (both are slugs)."""
    return f"decision-{slug}-{verdict}.md"


def record_data(tree: Tree) -> dict[str, Any]:
    """What the record needs beyond the tree's export: the advice version and its changes
    (with source titles), retired verdicts, each cited source's checked date, and the vendor
    facts each verdict's text states. Per tree and per verdict, never per path."""
    keys = {k for v in tree.verdicts for k in v.sources}
    facts: dict[str, list[dict[str, str]]] = {}
    for v in tree.verdicts:
        text = " ".join(
            [v.because, v.short_if, *(getattr(s, "text", str(s)) for s in v.next_steps)]
        )
        used = [f for f in FACTS.values() if f.text in text]
        if used:
            facts[v.id] = [
                {
                    "provider": f.provider,
                    "service": f.service,
                    "value": f.value,
                    "checked": f.checked,
                }
                for f in used
            ]
    return {
        "version": changelog.version(tree.slug),
        "changes": [
            {
                "version": c.version,
                "date": c.date,
                "anchor": changes_page.anchor(c),
                "what": c.what,
                "why": c.why,
                "sources": [BIBLIOGRAPHY[k].title for k in c.sources if k in BIBLIOGRAPHY],
            }
            for c in changelog.entries(tree.slug)
        ],
        "retired": changelog.retired(tree.slug),
        "checked": {
            k: BIBLIOGRAPHY[k].checked
            for k in sorted(keys)
            if k in BIBLIOGRAPHY and BIBLIOGRAPHY[k].checked
        },
        "facts": facts,
    }


def walker_data(
    tree: Tree, titles: Mapping[str, str], walk_url: str, site: str | None = None
) -> dict[str, Any]:
    """The walker's JSON as a dict: the export without scenarios and summary, the titles of
    the trees plans end on, and the record's data with the address of the walking page."""
    data = {k: v for k, v in to_data(tree).items() if k not in ("scenarios", "summary")}
    named = sorted({v.then_tree for v in tree.verdicts if v.then_tree})
    data["trees"] = {slug: titles.get(slug, slug) for slug in named}
    data["record"] = {**record_data(tree), "walk_url": walk_url, "site_url": site or site_url()}
    return data


_ACCEPT = "A team accepts this record after review: then change the status to Accepted."
"""The record is a proposal until the team reviews it (walker.js says the same)."""

_PROBLEM = "Our problem, in our own words: (write it here before review)."
"""The tree knows the answers, not the problem behind them; the team writes that."""
_OWNERS = "Which costs and risks we accept, and who watches each: (write it here before review)."
"""The verdict names costs and risks; only the team can accept them and give them owners."""

_URL = re.compile(r"https?://[!-;=?-\[\]-~]+")
"""Printable ASCII but ``<``, ``>`` and a backslash: what may sit inside ``<...>``."""


def _url(url: str) -> str:
    """A URL as a Markdown autolink, or "" for anything that is not a plain http(s) URL."""
    return f"<{url}>" if _URL.fullmatch(url) else ""


def render(
    data: Mapping[str, Any],
    pairs: Sequence[tuple[str, str]],
    verdict_id: str,
    plan_items: Sequence[Mapping[str, Any]],
    flips: Sequence[Mapping[str, Any]],
    date: str,
) -> str:
    """The record's Markdown. ``data`` is :func:`walker_data`; ``pairs`` the path's
    (question, option) ids; ``plan_items`` as :func:`decision_trees.plan.plan_data` gives
    them; ``flips`` as ``{"question", "option", "verdicts"}``, most decisive first.
    Keep in step with ``record()`` in walker.js, line for line."""
    questions = {q["id"]: q for q in data["questions"]}
    verdicts = {v["id"]: v for v in data["verdicts"]}
    extra = data["record"]
    site = extra["site_url"]
    v = verdicts[verdict_id]

    def label(q: str, o: str) -> str:
        return next(opt["label"] for opt in questions[q]["options"] if opt["key"] == o)

    def node(n: str) -> str:
        if n in verdicts:
            return md(verdicts[n]["title"])
        return "next question: " + md(questions[n]["text"])

    def assumed(steps: Sequence[Mapping[str, str]]) -> str:
        return "; ".join(md(label(s["question"], s["option"])) for s in steps)

    out = [f"# Decision: {md(v['title'])}", "", f"Date: {date}", ""]
    out += ["## Status", "", "Proposed", "", _ACCEPT, "", "## Context", "", _PROBLEM, ""]
    version = extra["version"]
    since = f", advice version {version}" if version else ""
    out += [
        f"We walked the decision tree “{md(data['title'])}” ({_url(site)}{since}). Our answers:",
        "",
    ]
    for q, o in pairs:
        out.append(f"- {md(questions[q]['text'])} **{md(label(q, o))}**")
    out += ["", "## Decision", "", f"**{md(v['title'])}.** {md(v['because'])}", ""]
    out += ["If this falls short, the plan:", ""]
    for i, item in enumerate(plan_items, start=1):
        kind = item["kind"]
        if kind == "verdict":
            line = ("Then: " if i > 1 else "Now: ") + md(verdicts[item["verdict"]]["title"])
            if item["assumed"]:
                line += ", assuming: " + assumed(item["assumed"])
            line += "."
            if item["short_if"]:
                line += " Fell short if: " + md(item["short_if"])
        elif kind == "question":
            line = "Then the tree asks: " + md(questions[item["question"]]["text"])
            if item["assumed"]:
                line += " (assuming: " + assumed(item["assumed"]) + ")"
            leads = [
                f"   - {md(label(item['question'], lead['option']))} → {node(lead['node'])}"
                for lead in item["leads"]
            ]
        elif kind == "tree":
            title = data["trees"].get(item["tree"], item["tree"])
            line = f"Then find out what went wrong with the tree “{md(title)}”: " + _url(
                f"{site}trees/{_quote(item['tree'])}/"
            )
        elif kind == "destination":
            line = "The tree goes no further: the next steps say what to weigh."
        else:
            line = "The plan comes back to a verdict it passed: the tree has a fault."
        out.append(f"{i}. {line}")
        if kind == "question":
            out += leads
    out += ["", "## Consequences", "", "Next steps:", ""]
    for i, step in enumerate(v["next_steps"], start=1):
        see = f" (see {_url(site + step['see'])})" if step["see"] else ""
        out.append(f"{i}. {md(step['text'])}{see}")
    for key, heading in (("costs", "Costs:"), ("risks", "Risks:")):
        if v[key]:
            out += ["", heading, ""] + [f"- {md(item)}" for item in v[key]]
    out += ["", _OWNERS]
    if flips:
        out += ["", "What would change this decision:", ""]
    for f in flips:
        others = [md(verdicts[x]["title"]) for x in f["verdicts"] if x != verdict_id]
        if len(f["verdicts"]) == 1:
            outcome = "would lead to " + " or ".join(others)
        else:
            tail = ", or to the same verdict" if verdict_id in f["verdicts"] else ""
            outcome = "could lead to " + " or ".join(others) + tail + ", depending on later answers"
        q = f["question"]
        out.append(f"- {md(questions[q]['text'])} **{md(label(q, f['option']))}** {outcome}")
    out += ["", "## Sources", ""]
    for key in v["sources"]:
        s = data["sources"].get(key)
        if not s:
            continue
        parts = [md(s["title"])] + [md(p) for p in (s["author"], s["publisher"], s["date"]) if p]
        line = "- " + ", ".join(parts) + "."
        if _url(s["url"]):
            line += " " + _url(s["url"])
        if key in extra["checked"]:
            line += f" Checked {extra['checked'][key]}."
        out.append(line)
    for fact in extra["facts"].get(verdict_id, []):
        out.append(
            f"- Vendor fact: {md(fact['provider'])}, {md(fact['service'])}: "
            f"{md(fact['value'])}. Checked {fact['checked']}."
        )
    reopen = link(extra["walk_url"], data["slug"], pairs, version, verdict_id)
    out += ["", "## Reopen this walk", ""]
    out += [
        "The link reopens our answers on today's advice and says if the verdict has changed since:",
        "",
    ]
    out += [_url(reopen), "", "## Watch for changes", ""]
    out += [
        f"- What changed in the advice, and why: {_url(site + 'changes/')}",
        f"- The same as a feed: {_url(site + changes_page.FEED)}",
        f"- Vendor dates ahead that can force a change: {_url(site + 'providers/#dates-ahead')}",
        "",
    ]
    return "\n".join(out)


def render_decision(
    tree: Tree,
    decision: Decision,
    answers: Mapping[str, str],
    date: str,
    walk_url: str,
    titles: Mapping[str, str],
) -> str:
    """The record for a decision the engine made (the command line's ``--format adr``)."""
    data = walker_data(tree, titles, walk_url)
    flips = [
        {"question": f.question, "option": f.option, "verdicts": list(f.verdicts)}
        for f in changes(tree, answers)
    ]
    pairs = [(s.question, s.option) for s in decision.path]
    return render(data, pairs, decision.verdict, plan_data(tree, plan(tree, answers)), flips, date)
