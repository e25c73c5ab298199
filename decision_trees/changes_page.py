"""The What changed page, the home page's latest change, and the Atom feed of the advice.

All three read :mod:`decision_trees.changelog`, newest first. The feed takes every date
from the entries, never the build's clock, so one commit makes one byte-identical file;
each entry's id carries its version, so a second change on one day is a new feed entry.
Entry text is escaped wherever it lands: by Jinja's autoescape on pages, by ElementTree
in the feed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping

from decision_trees import changelog
from decision_trees.markup import flat, render
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import long_date

__all__ = ["FEED", "feed", "latest", "page"]

FEED = "changes.xml"
"""Where the feed is published, relative to the site's root. ``publish`` writes it into the
docs folder before the build, so every site generator copies it as it is; at the root,
because Material fetches ``sitemap.xml`` beside each ``rel="alternate"`` link."""

Linker = Callable[[str], str]
ATOM = "http://www.w3.org/2005/Atom"


def anchor(change: changelog.Change) -> str:
    """The entry's id on the page and in the feed: its tree and version, a dot as a hyphen
    (``rag-vs-fine-tuning-2026-12-03``, ``rag-vs-fine-tuning-2026-12-03-2``)."""
    return f"{change.tree}-{change.version.replace('.', '-')}"


def _items(titles: Mapping[str, str]) -> list[dict[str, object]]:
    return [
        {
            "anchor": anchor(c),
            "date": c.date,
            "long_date": long_date(c.date) + (f", change {c.seq}" if c.seq > 1 else ""),
            "version": c.version,
            "tree": c.tree,
            "tree_title": titles.get(c.tree, c.tree),
            "what": c.what,
            "headline": c.what.split(". ", 1)[0].rstrip(".") + ".",
            "why": c.why,
            "retired": [f"{title} ({vid})" for vid, title in c.retired.items()],
            "sources": [(k, BIBLIOGRAPHY[k].title) for k in c.sources if k in BIBLIOGRAPHY],
        }
        for c in changelog.entries()
    ]


def page(titles: Mapping[str, str], link: Linker) -> str:
    """Every entry of every tree, newest first: date, tree, what changed, why, sources."""
    return flat(
        render(
            "changes.html",
            items=_items(titles),
            tree_url=lambda slug: link(f"trees/{slug}/"),
            sources_url=link("sources/"),
            feed_url=link(FEED),
        )
    )


def latest(titles: Mapping[str, str], link: Linker) -> str:
    """One line for the home page: the latest change, its date and a link to the rest."""
    items = _items(titles)
    return flat(
        render("latest_change.html", item=items[0] if items else None, changes_url=link("changes/"))
    )


def feed(titles: Mapping[str, str], site_url: str) -> str:
    """The changelog as an Atom feed, newest first; the feed's date is its latest entry's."""
    # The namespace is written as a plain attribute: ET.register_namespace would change
    # ElementTree's prefixes for the whole process, and the SVG renderer relies on its own.
    root = ET.Element("feed", xmlns=ATOM)

    def sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, tag, attrs)
        if text:
            node.text = text
        return node

    items = _items(titles)
    page_url = f"{site_url}changes/"
    sub(root, "title", "RAG or Fine-Tune?: what changed in the advice")
    sub(root, "id", page_url)
    sub(root, "link", href=f"{site_url}{FEED}", rel="self")
    sub(root, "link", href=page_url, rel="alternate")
    sub(root, "updated", f"{items[0]['date']}T00:00:00Z" if items else "1970-01-01T00:00:00Z")
    author = sub(root, "author")
    sub(author, "name", "RAG or Fine-Tune? maintainers")
    for item in items:
        entry = sub(root, "entry")
        sub(entry, "title", f"{item['tree_title']}: {item['long_date']}")
        sub(entry, "id", f"{page_url}#{item['anchor']}")
        sub(entry, "link", href=f"{page_url}#{item['anchor']}", rel="alternate")
        sub(entry, "updated", f"{item['date']}T00:00:00Z")
        sources = "; ".join(title for _, title in item["sources"])  # type: ignore[attr-defined]
        sub(entry, "summary", f"{item['what']} Why: {item['why']} Sources: {sources}.")
        sub(entry, "category", term=str(item["tree"]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
