"""Hostile tree text at every exit: it stays text, escaped once, and never runs as a template.

The validator turns most of this corpus away; these tests build trees directly,
bypassing it, because whatever reaches the site must be inert even if a check
is missed. Two layers:

- unit: every corpus entry through SVG, JSON, DOT (read back by the real ``dot``),
  Mermaid, the page fragments (through Python-Markdown) and the published files;
- site: the real ``mkdocs build --strict`` with one hostile tree added, every page
  opened in Chromium, plus the search index.

The site build bypasses only the validator, through :func:`hostile_build_driver`:
it runs MkDocs' own command line in a copy of the repository with
``decision_trees.loader.load_trees`` wrapped to add the hostile tree.
"""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown
import pytest
from bs4 import BeautifulSoup

from decision_trees import navigation, pages, publish
from decision_trees.engine import decide
from decision_trees.export import to_dot_file, to_json, to_mermaid
from decision_trees.model import Option, Question, Scenario, Tree, Verdict
from decision_trees.render import to_svg
from decision_trees.sources import BIBLIOGRAPHY

ROOT = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"

CORPUS: dict[str, str] = {
    "jinja-expression": "Hostile text {{ 7*7 }} tree?",
    "jinja-filter-writes-markup": '{{ "%c"|format(60) ~ "img src=x onerror=alert(1)>" }}',
    "jinja-statement": "{% for x in range(3) %}loop{% endfor %}",
    "jinja-comment": "{# hidden #} shown",
    "jinja-internals": "{{ config.site_name }} {{ ''.__class__.__mro__ }}",
    "script-element": "<script>alert(2)</script>",
    "img-onerror": '<img src=x onerror="alert(3)">',
    "entity-title-breakout": "&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;",
    "numeric-references": "&#60;img src=x onerror=alert(5)&#62; &#x3C;b&#x3E;bold",
    "quotes-and-backslashes": '"double" \'single\' \\ \\n \\N \\l \\" ends in \\',
    "svg-breakout": "</text></title></svg><svg onload=alert(6)>",
    "cdata-end": "]]> <![CDATA[ x ]]>",
    "comment-end": "--> <!-- -- >",
    "line-separators": "before\u2028after\u2029end",
    "rtl-override": "\u202eevil\u202c text \u2066isolate\u2069",
    "very-long-word": "Pneumonoultramicroscopic" * 12,
    "markdown-syntax": "**bold** _em_ [link](javascript:alert(7)) `code` # h | pipe {: .x }",
    "mermaid-syntax": 'end"] --> X[click X call alert(8)] %%{init: {}}%% ;',
    "dot-syntax": '" ]; evil [label="x"]; a -> b // /* */ <b>',
}

SOURCE = next(iter(BIBLIOGRAPHY))


def corpus_tree(text: str, slug: str = "hostile") -> Tree:
    """A small, valid-shaped tree whose every piece of text is ``text``."""
    return Tree(
        slug=slug,
        title=text,
        summary=text,
        start="first",
        questions=[
            Question(
                "first",
                text,
                {"yes": Option(text, "second"), "no": Option(text + " (no)", "stop")},
                why=text,
                sources=[SOURCE],
            ),
            Question(
                "second",
                text + " again",
                {"yes": Option(text, "go"), "no": Option("plain no", "stop")},
                why=text,
                sources=[SOURCE],
            ),
        ],
        verdicts=[
            # Each verdict's plan shows tree text: the tree that diagnoses (itself) or the
            # verdict the tree leads to when the step falls short.
            Verdict(
                "go",
                text,
                text,
                [text, text + " next"],
                [SOURCE],
                short_if=text,
                then_tree=slug,
                costs=[text],
                risks=[text + " risk"],
            ),
            Verdict(
                "stop",
                text + " (stop)",
                text,
                [text],
                [SOURCE],
                short_if=text,
                then={"first": "yes"},
            ),
        ],
        scenarios=[
            Scenario("all-yes", text, text, {"first": "yes", "second": "yes"}, "go"),
            Scenario("first-no", text, text, {"first": "no"}, "stop"),
            Scenario("second-no", text, text, {"first": "yes", "second": "no"}, "stop"),
        ],
        sources=[SOURCE],
    )


PLAIN = corpus_tree("plain words")
CASES = [pytest.param(text, id=name) for name, text in CORPUS.items()]


def words(text: str) -> str:
    """Text as a browser or a parser shows it: whitespace runs (U+2028 included) as one space."""
    return " ".join(text.split())


def link(target: str) -> str:
    return "../" + target


# --- SVG -----------------------------------------------------------------------------


def svg_shape(svg: str) -> tuple[set[str], set[str]]:
    root = ET.fromstring(svg)
    return {e.tag for e in root.iter()}, {a for e in root.iter() for a in e.attrib}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DECISION_TREES_CACHE", str(tmp_path / "cache"))


@pytest.mark.parametrize("text", CASES)
def test_svg_shows_hostile_text_as_text_only(text: str) -> None:
    tree = corpus_tree(text)
    decision = decide(tree, {"first": "yes", "second": "yes"})
    svg = to_svg(tree, path=decision.path, verdict=decision.verdict, link=lambda n: f"#{n}")
    tags, attrs = svg_shape(svg)
    plain_tags, plain_attrs = svg_shape(
        to_svg(PLAIN, path=decision.path, verdict=decision.verdict, link=lambda n: f"#{n}")
    )
    assert tags <= plain_tags and attrs <= plain_attrs  # no element or attribute from the text
    root = ET.fromstring(svg)
    assert root.get("aria-label") == f"Diagram: {text}"
    first = root.find(f".//{SVG}g[@id='dt-hostile-first']")
    assert first is not None and first.find(f"{SVG}title").text == text  # the tooltip, exact
    drawn = "".join(t.text or "" for t in first.iter(f"{SVG}text"))
    assert drawn.replace(" ", "") == "".join(text.split())  # every character drawn, wrapped


# --- JSON, DOT, Mermaid --------------------------------------------------------------


@pytest.mark.parametrize("text", CASES)
def test_json_export_round_trips_and_is_inert_in_html(text: str) -> None:
    exported = to_json(corpus_tree(text))
    assert not set(exported) & set("<>&\u2028\u2029")
    data = json.loads(exported)
    assert data["title"] == data["summary"] == data["questions"][0]["text"] == text
    assert data["verdicts"][0]["next_steps"][0] == {"text": text, "see": ""}


def dot_labels(source: str) -> tuple[dict[str, str], list[str]]:
    """Node and edge labels as the real ``dot`` parsed them, label escapes decoded."""
    done = subprocess.run(
        ["dot", "-Tjson"], input=source, capture_output=True, text=True, check=True
    )
    graph = json.loads(done.stdout)

    def decode(label: str) -> str:  # dot's two label escapes: backslashes, then references
        label = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), label)
        return html.unescape(label)

    nodes = {o["name"]: decode(o["label"]) for o in graph.get("objects", []) if "label" in o}
    return nodes, [decode(e.get("label", "")) for e in graph.get("edges", []) if e.get("class")]


@pytest.mark.parametrize("text", CASES)
def test_dot_export_gives_dot_the_same_labels(text: str) -> None:
    tree = corpus_tree(text)
    nodes, edges = dot_labels(to_dot_file(tree))
    # No node or edge made by the text: questions, verdicts, an answer box per option
    # (into it and out of it) and a verdict's copy under an answer that shares it.
    answers = {f"{q.id}--{key}" for q in tree.questions for key in q.options}
    allowed = set(tree.node_ids) | answers | {f"{a}--verdict" for a in answers}
    assert answers | {q.id for q in tree.questions} <= set(nodes) <= allowed
    assert len(edges) == 2 * sum(len(q.options) for q in tree.questions)
    wrapped = textwrap.wrap(words(text), width=24)  # render.to_dot wraps question text at 24
    assert nodes["first"] == "\n".join(wrapped)
    assert nodes["first"].replace("\n", " ").replace(" ", "") == "".join(text.split())


@pytest.mark.parametrize("text", CASES)
def test_mermaid_export_escapes_every_syntax_character(text: str) -> None:
    tree = corpus_tree(text)
    lines = to_mermaid(tree).splitlines()
    nodes = len(tree.node_ids)
    edges = sum(len(q.options) for q in tree.questions)
    assert len(lines) == 1 + nodes + edges + 4  # header, nodes, edges, two classDefs, two classes
    labels = [re.search(r'"(.*)"', line).group(1) for line in lines[1 : 1 + nodes + edges]]
    for label in labels:
        assert not set(label) & set("<>&\"'`[](){}|\\*_~"), label
    decoded = re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), labels[0])
    assert decoded == words(text)


# --- Page fragments, through Python-Markdown as the site renders them ----------------

EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.escapeall",
    "pymdownx.superfences",
    "pymdownx.details",
]


def rendered(markdown_text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(markdown_text, extensions=EXTENSIONS), "html.parser")


def fragments(tree: Tree) -> dict[str, str]:
    scenario = tree.scenarios[0]
    titles = {tree.slug: tree.title}  # the tree a verdict's plan ends on is this one
    return {
        "figure": pages.figure(tree, "dt-hostile", link, decide(tree, scenario.answers)),
        "verdict_card": pages.verdict_card(tree, "go", link, titles=titles),
        "verdict_card_changes": pages.verdict_card(
            tree, "go", link, answers=scenario.answers, titles=titles
        ),
        "example": pages.example(tree, scenario, "dt-hostile--all-yes", link, titles),
        "questions": pages.questions_section(tree, link),
        "tree_page": pages.tree_page(
            tree, "dt-hostile", link, pages.walker(tree, "dt-hostile", link, titles), titles=titles
        ),
        "tree_page_figure": pages.tree_page(
            tree, "dt-hostile", link, decide_url="../decide/", titles=titles
        ),
        "catalogue": pages.catalogue([tree], link),
    }


def shape(soup: BeautifulSoup) -> tuple[set[str], set[str]]:
    return {t.name for t in soup.find_all(True)}, {a for t in soup.find_all(True) for a in t.attrs}


PLAIN_FRAGMENTS = {name: rendered(text) for name, text in fragments(PLAIN).items()}


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("fragment", list(PLAIN_FRAGMENTS))
def test_page_fragment_holds_hostile_text_as_text_only(fragment: str, text: str) -> None:
    soup = rendered(fragments(corpus_tree(text))[fragment])
    tags, attrs = shape(soup)
    plain_tags, plain_attrs = shape(PLAIN_FRAGMENTS[fragment])
    assert tags <= plain_tags, tags - plain_tags  # no element made by the text
    assert attrs <= plain_attrs, attrs - plain_attrs  # no attribute made by the text
    assert soup.find("script") is None
    shown = words(soup.get_text(" "))
    assert words(text) in shown
    assert "Hostile text 49 tree?" not in shown


@pytest.mark.parametrize("text", CASES)
def test_tree_page_headings_and_walker_data_keep_the_exact_text(text: str) -> None:
    tree = corpus_tree(text)
    soup = rendered(fragments(tree)["tree_page"])
    assert words(soup.find("h1").get_text()) == words(text)
    heading = soup.find(id="q-first")
    assert heading.name == "h3" and words(heading.get_text()) == words(text)
    data = soup.find("template", class_="dt-walker-data").get_text()
    # The walker carries the JSON export less what it never reads: the same text, unchanged,
    # with the titles of the trees a plan may end on (here the tree itself).
    full = json.loads(to_json(tree))
    kept = {k: v for k, v in full.items() if k not in ("scenarios", "summary")}
    walker = json.loads(data)
    record = walker.pop("record")  # the decision record's data: no changelog for this tree
    assert walker == {**kept, "trees": {"hostile": text}}
    assert record["version"] == "" and record["changes"] == [] and record["retired"] == {}


# Each part of a page that a template fills with tree text: the fragment, a CSS selector,
# the attribute read ("" for the text shown) and what every match must show. Equal text
# means escaped exactly once: twice would show "&lt;", never escaped would make elements.
PARTS: dict[str, tuple[str, str, str, Callable[[str], str]]] = {
    "page-title": ("tree_page", "h1", "", lambda t: t),
    "page-summary": ("tree_page", "h1 + p", "", lambda t: t),
    "figure-region-label": ("tree_page", ".dt-scroll", "aria-label", lambda t: f"{t} (scrolls)"),
    "figure-caption": ("tree_page_figure", "figcaption > a", "", lambda t: t),
    "outline-question": ("tree_page", "#dt-hostile-o-first > a", "", lambda t: t),
    "outline-answer-to-question": (
        "tree_page",
        '#dt-hostile-o-first li[data-option="yes"]',
        "",
        lambda t: f"{t}: next: {t} again",
    ),
    "outline-answer-to-verdict": (
        "tree_page_figure",
        '#dt-hostile-o-first li[data-option="no"]',
        "",
        lambda t: f"{t} (no): verdict: {t} (stop)",
    ),
    "question-heading": ("tree_page", "#q-first", "", lambda t: t),
    "question-why": ("questions", "#q-first + p", "", lambda t: t),
    "answer-label-and-key": (
        "tree_page",
        "#q-first ~ .dt-options tr:first-child > td:first-child",
        "",
        lambda t: f"{t} yes",
    ),
    "answer-leads-to": (
        "questions",
        "#q-first + p + .dt-options tr:first-child a",
        "",
        lambda t: f"{t} again",
    ),
    "verdict-heading": ("tree_page", "#v-go", "", lambda t: t),
    "verdict-because": ("tree_page", "#v-go + p", "", lambda t: t),
    "verdict-steps": ("tree_page", "#v-go ~ .dt-steps > li:first-child", "", lambda t: t),
    "verdict-short-if": (
        "tree_page",
        'p.dt-card-label:-soup-contains("fell short") + p',
        "",
        lambda t: t,
    ),
    "verdict-plan": ("tree_page", ".dt-then a", "", lambda t: t),
    "verdict-costs": ("tree_page", ".dt-consequences:first-of-type > li", "", lambda t: t),
    "verdict-risks": (
        "tree_page",
        'p.dt-card-label:-soup-contains("Risks") + .dt-consequences > li',
        "",
        lambda t: f"{t} risk",
    ),
    "card-costs": ("verdict_card", ".dt-consequences:first-of-type > li", "", lambda t: t),
    "card-risks": (
        "verdict_card",
        'p.dt-card-label:-soup-contains("Risks") + .dt-consequences > li',
        "",
        lambda t: f"{t} risk",
    ),
    "card-steps": ("verdict_card", ".dt-steps > li:first-child", "", lambda t: t),
    "card-plan": ("verdict_card", ".dt-then a", "", lambda t: t),
    "card-changes-answer": (
        "verdict_card_changes",
        ".dt-flips > li:first-child em",
        "",
        lambda t: f"{t} (no)",
    ),
    "card-changes-verdict": (
        "verdict_card_changes",
        ".dt-flips strong",
        "",
        lambda t: f"{t} (stop)",
    ),
    "reached-by": ("tree_page", ".dt-reached a", "", lambda t: t),
    "scenario-row": (
        "tree_page",
        "#s-all-yes > td:first-child",
        "",
        lambda t: f"{t} {t} Our own example.",
    ),
    "scenario-verdict": ("tree_page", "#s-all-yes a", "", lambda t: t),
    "coverage-question": (
        "tree_page",
        ".dt-coverage tr:first-child > td:first-child",
        "",
        lambda t: t,
    ),
    "example-path": ("example", ".dt-path-list > li:first-child", "", lambda t: f"{t} {t}"),
    "example-changes": (
        "example",
        "#what-would-change-it + ul > li:first-child em",
        "",
        lambda t: f"{t} (no)",
    ),
    "catalogue-title": ("catalogue", "li[data-tree] a", "", lambda t: t),
    "catalogue-summary": ("catalogue", "li[data-tree] p:nth-of-type(2)", "", lambda t: t),
}


@functools.cache
def rendered_fragments(text: str) -> dict[str, BeautifulSoup]:
    return {name: rendered(out) for name, out in fragments(corpus_tree(text)).items()}


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("part", list(PARTS))
def test_every_templated_part_shows_hostile_text_escaped_once(part: str, text: str) -> None:
    fragment, selector, attribute, expected = PARTS[part]
    found = rendered_fragments(text)[fragment].select(selector)
    assert found, f"{selector} matches nothing in {fragment}"
    for element in found:
        shown = element.get(attribute, "") if attribute else element.get_text(" ")
        assert words(shown) == words(expected(text)), element


# --- Published files and the nav ------------------------------------------------------


def front_matter(stub: str) -> dict[str, Any]:
    """The page's front matter as MkDocs itself reads it."""
    from mkdocs.utils import meta

    return meta.get_data(stub)[1]


@pytest.mark.parametrize("text", CASES)
def test_published_files_keep_hostile_text_inert(text: str, tmp_path: Path) -> None:
    tree = corpus_tree(text)
    publish.publish([tree], tmp_path)
    stub = (tmp_path / "hostile.md").read_text(encoding="utf-8")
    meta = front_matter(stub)
    assert meta["render_macros"] is True
    # The description is printed raw into an attribute: escaped once, no braces, ASCII.
    assert html.unescape(meta["description"]) == words(text)
    assert not set(meta["description"]) & set("<>\"'{}") and meta["description"].isascii()
    assert stub.count("{{") == 1 and stub.count("{%") == stub.count("{#") == 0
    assert json.loads((tmp_path / "hostile.json").read_text(encoding="utf-8"))["title"] == text
    svg = (tmp_path / "hostile.svg").read_text(encoding="utf-8").split("\n", 1)[1]
    publish.publish([PLAIN], tmp_path / "plain")
    plain = (tmp_path / "plain" / "hostile.svg").read_text(encoding="utf-8").split("\n", 1)[1]
    assert svg_shape(svg)[0] <= svg_shape(plain)[0] and svg_shape(svg)[1] <= svg_shape(plain)[1]
    nodes, _ = dot_labels((tmp_path / "hostile.dot").read_text(encoding="utf-8"))
    answers = {f"{q.id}--{key}" for q in tree.questions for key in q.options}
    assert set(nodes) <= set(tree.node_ids) | answers | {f"{a}--verdict" for a in answers}
    assert (tmp_path / "hostile.mmd").read_text(encoding="utf-8") == to_mermaid(tree)


@pytest.mark.parametrize("text", CASES)
def test_nav_title_is_escaped_once_and_holds_no_template_syntax(text: str) -> None:
    title = navigation.nav_title(text)
    assert html.unescape(title) == text
    assert "{" not in title and "<" not in title and '"' not in title
    assert str(title.__html__()) == str(title)  # Markup: a template's `| e` leaves it alone


@pytest.mark.parametrize("text", CASES)
def test_the_nav_block_publish_writes_reads_back_as_the_escaped_title_and_nothing_else(
    text: str,
) -> None:
    """The title lands in mkdocs.yml: one YAML entry, read back as the escaped title."""
    from mkdocs.utils.yaml import yaml_load

    config = f"nav:\n  - Trees:\n      - trees/index.md\n      {navigation.START}\n      {navigation.END}\n"
    written = navigation.with_tree_nav(config, [corpus_tree(text)])
    assert len(written.splitlines()) == len(config.splitlines()) + 1
    assert yaml_load(written) == {
        "nav": [{"Trees": ["trees/index.md", {navigation.nav_title(text): "trees/hostile.md"}]}]
    }


# --- The whole site -----------------------------------------------------------------

SITE_TITLE = (
    'Hostile text {{ 7*7 }} tree? {{ "%c"|format(60) ~ "img src=x onerror=alert(1)>" }} '
    "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; <script>alert(3)</script> "
    "<img src=x onerror=alert(4)> {# c #} {% if 1 %}x{% endif %} \"'\\ ]]> -->"
)
SITE_SLUG = "hostile-text"


def site_tree() -> Tree:
    """The hostile tree of the site build: the title above, the rest of the corpus inside."""
    texts = iter(CORPUS.values())
    tree = corpus_tree(next(texts), SITE_SLUG)
    rest = " ".join(texts)
    return Tree(
        **{
            **{f: getattr(tree, f) for f in ("slug", "start", "scenarios", "sources")},
            "title": SITE_TITLE,
            "summary": rest,
            "questions": tree.questions,
            "verdicts": tree.verdicts,
        }
    )


DRIVER = '''\
"""Test hook: publish and build the site with one extra tree that bypasses the validator (see test_hostile)."""
import sys
from pathlib import Path

import decision_trees.loader as loader
from mkdocs.__main__ import cli
from tests.test_hostile import site_tree

checked = loader.load_trees


def load_trees(*args, **kwargs):
    return [*checked(*args, **kwargs), loader.Loaded(Path("hostile_text.py"), site_tree(), [])]


loader.load_trees = load_trees
from decision_trees.cli import main  # imported after the patch, so it publishes the extra tree

if main(["publish"]) != 0:
    sys.exit("publish failed")
cli(["build", "--strict", "--site-dir", sys.argv[1]])
'''


def hostile_build_driver(repo: Path) -> Path:
    """Write the validator-bypassing build driver into a repository copy; return its path."""
    driver = repo / "build_with_hostile_tree.py"
    driver.write_text(DRIVER, encoding="utf-8")
    return driver


# The hostile build takes as long as the real one: under pytest-xdist with --dist
# loadgroup (as ./dev runs it) the tests that read it share one worker and one build.
HOSTILE_SITE = pytest.mark.xdist_group("hostile-site")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built strictly in a copy of the repository, with the hostile tree added."""
    from tests.test_new_tree import tracked_files

    repo = tmp_path_factory.mktemp("hostile-repo")
    for name in tracked_files():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, repo / name)
    out = repo / "site"
    done = subprocess.run(
        [sys.executable, str(hostile_build_driver(repo)), str(out)],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return out


@HOSTILE_SITE
@pytest.mark.site
def test_site_build_keeps_the_hostile_title_literal_in_nav_and_title(hostile_site: Path) -> None:
    page = BeautifulSoup(
        (hostile_site / "trees" / SITE_SLUG / "index.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    assert page.title.get_text() == f"{words(SITE_TITLE)} - RAG or Fine-Tune?"
    assert page.find("meta", attrs={"name": "description"})["content"] == words(
        " ".join(list(CORPUS.values())[1:])
    )
    nav = [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary a")]
    assert words(SITE_TITLE) in [words(t) for t in nav]
    topic = page.select(".md-header__topic .md-ellipsis")[-1]  # the header's page title
    assert words(topic.get_text()) == words(SITE_TITLE)
    # The footer of the neighbouring pages: link text and aria-label, each escaped once.
    footers = [
        a
        for path in hostile_site.rglob("*.html")
        for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select(
            "a.md-footer__link"
        )
        if a["href"].rstrip("/").endswith(SITE_SLUG)
    ]
    assert len(footers) == 2
    for a in footers:
        assert a["aria-label"].split(": ", 1)[1] == SITE_TITLE
        assert words(a.select_one(".md-ellipsis").get_text()) == words(SITE_TITLE)
    for path in hostile_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "Hostile text 49 tree?" not in text, path
        assert "alert(" not in "".join(
            s.get_text() for s in BeautifulSoup(text, "html.parser")("script")
        ), path


@HOSTILE_SITE
@pytest.mark.site
def test_link_preview_tags_hold_the_hostile_title_and_summary_escaped_once(
    hostile_site: Path,
) -> None:
    text = (hostile_site / "trees" / SITE_SLUG / "index.html").read_text(encoding="utf-8")
    summary = words(" ".join(list(CORPUS.values())[1:]))
    expected = {
        "og:title": words(SITE_TITLE),
        "og:description": summary,
        "twitter:card": "summary_large_image",
    }
    for name, value in expected.items():
        # As written in the HTML: one attribute, nothing that ends it or opens a tag.
        raw = re.findall(rf'<meta (?:property|name)="{name}" content="([^"<>]*)">', text)
        assert len(raw) == 1, name
        assert html.unescape(raw[0]) == value, name
    # As a parser reads the head: only the expected meta tags, each with its two attributes.
    head = BeautifulSoup(text, "html.parser").head
    for element in head.find_all("meta", property=True):
        assert set(element.attrs) == {"property", "content"}, element
    assert head.find("meta", property="og:title")["content"] == words(SITE_TITLE)


@pytest.mark.site
def test_search_index_holds_the_literal_text(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = [d for d in index["docs"] if d["location"].startswith(f"trees/{SITE_SLUG}/")]
    assert entries, "the hostile tree page is not in the search index"
    # Material's index holds HTML (its search shows titles as markup): escaped text, once.
    assert words(html.unescape(entries[0]["title"])) == words(SITE_TITLE)
    for entry in entries:
        for field in ("title", "text"):
            soup = BeautifulSoup(entry[field], "html.parser")
            assert {t.name for t in soup.find_all(True)} <= {"p", "code", "pre", "li", "ol", "ul"}
    assert "Hostile text 49 tree?" not in json.dumps(index)


# Bound here so the browser test can use the served hostile build.
@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Any:
    from tests.conftest import serve

    with serve(hostile_site) as url:
        yield url


FOUND_HANDLERS = """() => [...document.querySelectorAll('*')].flatMap(el =>
  [...el.attributes].filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))"""


@HOSTILE_SITE
@pytest.mark.browser
@pytest.mark.site
def test_every_page_of_the_hostile_build_runs_no_tree_text(
    page: Any, hostile_url: str, hostile_site: Path
) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    paths = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    for rel in paths:
        url = hostile_url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate(FOUND_HANDLERS) == [], rel
        scripts = page.evaluate("() => [...document.scripts].map(s => s.text)")
        assert not [s for s in scripts if "alert(" in s], rel
        body = page.evaluate("() => document.body.innerText")
        assert "Hostile text 49 tree?" not in body, rel
        if rel != "404.html":  # the nav entry, as literal text (Decide folds the nav away)
            text = page.evaluate("() => document.body.textContent")
            assert words(SITE_TITLE) in words(text), rel
    tree_page = f"{hostile_url}trees/{SITE_SLUG}/"
    page.goto(tree_page)
    assert page.title() == f"{words(SITE_TITLE)} - RAG or Fine-Tune?"
    heading = page.locator("h1").first.inner_text().removesuffix("¶")  # less the permalink
    assert words(heading) == words(SITE_TITLE)
    # Material's search shows the result as text too.
    page.wait_for_load_state("networkidle")  # the search index is loaded
    page.keyboard.press("/")
    page.keyboard.type("Hostile")
    result = page.locator(".md-search-result__item").first
    result.wait_for()
    assert "Hostile text {{ 7*7 }} tree?" in result.inner_text()
    assert page.evaluate(FOUND_HANDLERS) == []
    assert dialogs == [] and errors == [], (dialogs, errors)
