"""The real site, built with ``mkdocs build --strict``: figures, links, anchors, ids, verdicts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from decision_trees.engine import decide
from decision_trees.export import to_data
from decision_trees.loader import all_trees, load_trees
from decision_trees.model import Tree
from decision_trees.pages import node_anchor
from tests.conftest import last_commit_epoch

from .conftest import BUILDER, drawn_ids, lit_ids, publish_and_build

pytestmark = pytest.mark.site
TREES = all_trees()
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [
    "customer-support-chatbot",
    "medical-diagnosis-assistant",
    "code-generation-tool",
    "legal-document-analyser",
    "customer-service-assistant",
]


# Where MkDocs and Zensical differ by design (SITE_BUILDER=zensical tests Zensical's output).
MKDOCS_ONLY = pytest.mark.skipif(
    BUILDER != "mkdocs",
    reason="MkDocs' own behaviour: Zensical writes no <lastmod> in its sitemap, and the suite "
    "cannot build with Zensical (it has no --site-dir); its CI job builds twice and compares",
)


def search_entries(site: Path) -> list[dict[str, str]]:
    """The search index's entries: Material's search/search_index.json ``docs``, or
    Zensical's search.json ``items`` (the same fields: location, title, text)."""
    if BUILDER == "zensical":
        return json.loads((site / "search.json").read_text(encoding="utf-8"))["items"]
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@cache
def ids_in(path: Path) -> frozenset[str]:
    """Every id on the page, once: a link test looks thousands of anchors up."""
    return frozenset(el["id"] for el in soup(path).find_all(id=True))


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def tree_page(site: Path, tree: Tree) -> Path:
    return site / "trees" / tree.slug / "index.html"


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_tree_page_shows_the_figure_with_every_node_and_edge(built_site: Path, tree: Tree) -> None:
    page = soup(tree_page(built_site, tree))
    figure = page.find("figure", class_="dt-figure", attrs={"data-tree": tree.slug})
    assert figure is not None and figure.has_attr("data-search-exclude")
    svg = figure.find("svg")
    for node in tree.node_ids:
        groups = [svg.find("g", id=i) for i in drawn_ids(tree, node, f"dt-{tree.slug}")]
        groups = [g for g in groups if g is not None]
        assert groups, node
        for group in groups:
            assert group.find("a")["xlink:href"] == f"#{node_anchor(tree, node)}"
    for q in tree.questions:
        for key in q.options:
            assert svg.find("g", id=f"dt-{tree.slug}-{q.id}--{key}") is not None
    outline = page.find("details", class_="dt-outline")
    assert outline is not None and len(outline.find_all("li", recursive=True)) >= len(
        tree.questions
    )


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_every_question_and_verdict_has_its_section(built_site: Path, tree: Tree) -> None:
    page = soup(tree_page(built_site, tree))
    for node in tree.node_ids:
        heading = page.find(id=node_anchor(tree, node))
        assert heading is not None and heading.name == "h3", node
    for scenario in tree.scenarios:
        row = page.find(id=f"s-{scenario.id}")
        verdict = tree.verdict(decide(tree, scenario.answers).verdict)
        assert row is not None and verdict.title in row.get_text()


@pytest.mark.parametrize("tree", TREES, ids=[t.slug for t in TREES])
def test_standalone_files_are_published(built_site: Path, tree: Tree) -> None:
    base = built_site / "trees" / tree.slug
    assert json.loads(base.with_suffix(".json").read_text()) == to_data(tree)
    root = ET.fromstring(base.with_suffix(".svg").read_text().split("\n", 1)[1])
    assert (
        root.find(f".//{{http://www.w3.org/2000/svg}}g[@id='dt-{tree.slug}-{tree.start}']")
        is not None
    )
    assert base.with_suffix(".dot").read_text().startswith("digraph")
    assert base.with_suffix(".mmd").read_text().startswith("flowchart TD")


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_page_shows_the_verdict_its_scenario_reaches(
    built_site: Path, example: str
) -> None:
    tree = next(t for t in TREES if t.slug == "rag-vs-fine-tuning")
    scenario = tree.scenario(example)
    decision = decide(tree, scenario.answers)
    page = soup(built_site / "examples" / example / "index.html")
    card = page.find("div", class_="dt-verdict-card")
    assert card["data-verdict"] == decision.verdict == scenario.expect
    assert tree.verdict(decision.verdict).title in card.find(class_="admonition-title").get_text()
    lit = {g["id"] for g in page.select("figure svg g.dt-path")}
    prefix = f"dt-rag-vs-fine-tuning--{example}"
    assert lit == lit_ids(tree, decision, prefix, lambda i: page.find(id=i) is not None)


def test_no_page_has_duplicate_ids(built_site: Path) -> None:
    for path in pages(built_site):
        ids = Counter(el["id"] for el in soup(path).find_all(id=True))
        dupes = sorted(i for i, n in ids.items() if n > 1)
        assert not dupes, f"{path.relative_to(built_site)}: {dupes}"


def test_no_macro_errors_or_unrendered_templates(built_site: Path) -> None:
    for path in pages(built_site):
        text = soup(path).get_text()
        assert "Macro Rendering Error" not in text, path
        assert not re.search(r"\{\{|\{%", text), (
            f"unrendered template in {path.relative_to(built_site)}"
        )


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    broken = []
    for path in pages(built_site):
        if path.name == "404.html":  # served at any depth, so Material links it absolutely
            continue
        links = [a["href"] for a in soup(path).find_all("a", href=True)]
        links += [a["xlink:href"] for a in soup(path).find_all("a", attrs={"xlink:href": True})]
        for href in links:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = (path.parent / unquote(url.path)).resolve() if url.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(built_site)} -> {href}")
                continue
            if url.fragment and target.suffix == ".html" and url.fragment not in ids_in(target):
                broken.append(f"{path.relative_to(built_site)} -> {href} (no anchor)")
    assert not broken, "\n".join(broken)


def test_every_page_has_glossary_tooltips_and_an_edit_link(built_site: Path) -> None:
    page = soup(built_site / "costs" / "index.html")
    assert page.find("abbr", title=True) is not None
    assert page.find("a", class_="md-content__button") is not None


def committed_files() -> set[str]:
    done = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(done.stdout.splitlines())


def test_every_edit_link_opens_a_file_in_the_repository(built_site: Path) -> None:
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    docs = Path(config["docs_dir"]).relative_to(ROOT).as_posix()
    # The edit link of the repository's root: edit_uri names the docs directory.
    prefix = config["repo_url"].rstrip("/") + "/" + config["edit_uri"].removesuffix(docs + "/")
    tracked = committed_files()
    tree_files = {item.tree.slug: item.path for item in load_trees() if item.tree is not None}
    wrong = []
    for path in pages(built_site):
        rel = path.relative_to(built_site).as_posix()
        links = soup(path).select('a.md-content__button[title="Edit this page"]')
        if rel == "404.html":
            assert not links  # made by the theme, from no file
            continue
        assert len(links) == 1, rel
        href = links[0]["href"]
        assert href.startswith(prefix), (rel, href)
        target = href.removeprefix(prefix)
        if target not in tracked:
            wrong.append(f"{rel} -> {target} (not in the repository)")
        slug = rel.removeprefix("trees/").removesuffix("/index.html")
        if rel.startswith("trees/") and slug in tree_files:
            expected = tree_files[slug].relative_to(ROOT).as_posix()
            if target != expected:
                wrong.append(f"{rel} -> {target} (the tree's file is {expected})")
    assert not wrong, "\n".join(wrong)


def build(out: Path, **env: str) -> None:
    """Publish, then ``mkdocs build --strict`` into ``out``, as ./dev build does."""
    passed, printed = publish_and_build(out, ROOT, {**os.environ, **env}, "-q")
    assert passed, printed


def files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file() and p.name != ".build-log"
    }


def sitemap_dates(site: Path) -> set[str]:
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    return {e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}lastmod")}


@MKDOCS_ONLY
def test_building_twice_gives_identical_files(built_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(again)
    first, second = files(built_site), files(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


@MKDOCS_ONLY
def test_sitemap_dates_are_the_last_commits_date(built_site: Path) -> None:
    epoch = last_commit_epoch()
    assert epoch is not None and os.environ.get("SOURCE_DATE_EPOCH") == epoch
    day = datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%d")
    assert sitemap_dates(built_site) == {day}


@MKDOCS_ONLY
def test_a_build_on_another_day_dates_the_sitemap_by_its_sources(tmp_path: Path) -> None:
    """Not the clock: a commit from 2001 gives 2001 dates, byte for byte in the gzip header too."""
    old = datetime(2001, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    build(tmp_path / "site", SOURCE_DATE_EPOCH=str(int(old.timestamp())))
    assert sitemap_dates(tmp_path / "site") == {"2001-02-03"}
    header = (tmp_path / "site" / "sitemap.xml.gz").read_bytes()[:10]
    midnight = datetime(2001, 2, 3, tzinfo=timezone.utc).timestamp()
    assert int.from_bytes(header[4:8], "little") == int(midnight)


DEV_DATES = re.compile(r"# --- Reproducible dates -+\n(.*?)# --- end of reproducible dates", re.S)


def dev_epoch(repo: Path, **env: str) -> str:
    """What ./dev's own date-setting lines export when run in ``repo``."""
    block = DEV_DATES.search((ROOT / "dev").read_text()).group(1)
    base = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    done = subprocess.run(
        ["sh", "-euc", block + 'echo "${SOURCE_DATE_EPOCH:-unset}"'],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**base, "GIT_CEILING_DIRECTORIES": str(repo.parent), **env},
    )
    assert done.stderr == ""
    return done.stdout.strip()


def test_dev_takes_the_build_date_from_the_last_commit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    assert dev_epoch(repo) == "unset"  # outside git: the clock, quietly
    when = "2001-02-03T04:05:06+00:00"
    git = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    for args in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "old"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env={**os.environ, **git})
    assert dev_epoch(repo) == str(int(datetime.fromisoformat(when).timestamp()))
    assert dev_epoch(repo, SOURCE_DATE_EPOCH="42") == "42"  # a date set by the caller wins


def test_search_finds_each_question_once_on_its_tree_page_and_skips_maintainer_tables(
    built_site: Path,
) -> None:
    docs = search_entries(built_site)
    main = next(t for t in all_trees() if t.slug == "rag-vs-fine-tuning")
    for question in main.questions:
        words = " ".join(question.why.split()[:8])
        places = {d["location"].split("#")[0] for d in docs if words in d["text"]}
        assert f"trees/{main.slug}/" in places and "decide/" not in places, (question.id, places)
    assert not [d["location"] for d in docs if "surviving mutants" in d["text"]]
    decide_page = soup(built_site / "decide" / "index.html")
    assert decide_page.select(".dt-options[data-search-exclude]"), "Decide keeps its questions"


def test_a_verdict_card_says_how_you_know_it_fell_short_and_where_the_tree_leads_then(
    built_site: Path,
) -> None:
    page = soup(built_site / "framework" / "neither" / "index.html")
    main = next(t for t in TREES if t.slug == "rag-vs-fine-tuning")
    card = page.select_one(".dt-verdict-card[data-verdict='prompt-first']")
    assert card is not None
    labels = [p.get_text() for p in card.select(".dt-card-label")]
    assert labels[:3] == ["Next steps", "How you know it fell short", "Then"]
    assert card.select_one(".dt-short-if").get_text() == main.verdict("prompt-first").short_if  # type: ignore[union-attr]
    then = [a["href"] for a in card.select(".dt-then a")]
    assert any(href.endswith("#v-structured-outputs") for href in then)
    # A training verdict's card leads to the tree that diagnoses a failed run.
    page = soup(built_site / "framework" / "when-fine-tuning" / "index.html")
    card = page.select_one(".dt-verdict-card[data-verdict='fine-tune']")
    assert card is not None
    [link] = card.select(".dt-then a")
    assert link["href"].endswith("trees/fine-tuning-failure-diagnosis/")
    assert link.get_text() == next(t for t in TREES if t.slug == link["href"].split("/")[-2]).title
    # The tree page's own verdict sections say the same.
    section = soup(tree_page(built_site, main)).find(id="v-serve-cheaper")
    assert section is not None


def test_the_published_decisions_page_gives_the_verdict_rate_and_the_plan_rate(
    built_site: Path,
) -> None:
    from decision_trees.decisions import agreement, library, plan_agreement

    main = next(t for t in TREES if t.slug == "rag-vs-fine-tuning")
    decisions = library(main)
    (agreed, total), (plan_agreed, _) = agreement(decisions), plan_agreement(decisions)
    page = soup(built_site / "decisions" / "index.html")
    block = page.select_one(".dt-decisions")
    assert block is not None
    assert (block["data-agreed"], block["data-plan-agreed"]) == (str(agreed), str(plan_agreed))
    rate = page.select_one(".dt-decisions-rate").get_text()
    plan_rate = page.select_one(".dt-decisions-plan-rate").get_text()
    assert f"{agreed} of {total}" in rate
    assert f"{plan_agreed} of {total}" in plan_rate and "plan" in plan_rate
