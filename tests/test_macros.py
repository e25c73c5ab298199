"""The macros module: thin, but it owns figure ids per page and links relative to the page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from bs4 import BeautifulSoup

import macros
from decision_trees import loader
from decision_trees.export import site_path
from decision_trees.model import NextStep

DOCS = Path(__file__).resolve().parents[1] / "docs"


class FakeEnv:
    """Just enough of mkdocs-macros' env: a config, the page being built, a macro registry."""

    def __init__(self, docs_dir: Path) -> None:
        self.conf: dict[str, Any] = {
            "docs_dir": str(docs_dir),
            "nav": [{"Trees": ["trees/index.md"]}],
        }
        self.page = SimpleNamespace(url="examples/customer-support-chatbot/")
        self.macros: dict[str, Any] = {}

    def macro(self, fn: Any) -> Any:
        self.macros[fn.__name__] = fn
        return fn


@pytest.fixture
def env(tmp_path: Path) -> FakeEnv:
    """The macros over a copy of the real docs (next steps must point at real pages)."""
    shutil.copytree(DOCS, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("trees"))
    fake = FakeEnv(tmp_path)
    macros.define_env(fake)
    return fake


def ids(html: str) -> list[str]:
    return re.findall(r' id="([^"]+)"', html)


def test_one_tree_twice_on_a_page_shares_no_id(env: FakeEnv) -> None:
    first = env.macros["tree_figure"]("rag-vs-fine-tuning")
    second = env.macros["tree_figure"]("rag-vs-fine-tuning")
    assert 'id="dt-rag-vs-fine-tuning-figure"' in first
    assert 'id="dt-rag-vs-fine-tuning-2-figure"' in second
    both = ids(first) + ids(second)
    assert len(both) == len(set(both))


def test_numbering_starts_again_on_each_page(env: FakeEnv) -> None:
    env.macros["tree_figure"]("rag-failure-diagnosis")
    env.page = SimpleNamespace(url="failure-modes/")
    assert 'id="dt-rag-failure-diagnosis-figure"' in env.macros["tree_figure"](
        "rag-failure-diagnosis"
    )


def test_links_are_relative_to_the_page(env: FakeEnv) -> None:
    html = env.macros["verdict_card"]("rag-vs-fine-tuning", "rag")
    assert 'href="../../trees/rag-vs-fine-tuning/#v-rag"' in html
    assert 'href="../../sources/#ovadia-2023"' in html
    # A next step links to the framework page that explains it.
    assert 'href="../../framework/when-rag/#evaluate-retrieval"' in html


def test_the_macros_write_no_files_and_leave_the_nav_alone(env: FakeEnv, tmp_path: Path) -> None:
    """Tree pages and their nav entries are publish's job, done before any generator runs."""
    assert not (tmp_path / "trees" / "rag-vs-fine-tuning.md").exists()
    assert env.conf["nav"] == [{"Trees": ["trees/index.md"]}]


def test_under_zensical_each_href_is_written_from_the_pages_source_file(
    env: FakeEnv, tmp_path: Path
) -> None:
    """Zensical reads a relative href from the Markdown file's folder and rewrites it for the
    page's URL; MkDocs leaves it as written. Data attributes and SVG links stay URL-relative."""
    zensical_env = type("MacroEnv", (FakeEnv,), {"__module__": "zensical.extensions.macros"})
    fake = zensical_env(tmp_path)
    macros.define_env(fake)
    to = "trees/rag-vs-fine-tuning/#v-rag"
    cases = [  # url, source file, the href MkDocs gets, the href Zensical gets
        ("examples/x/", "examples/x.md", f"../../{to}", f"../{to}"),
        ("costs/", "costs.md", f"../{to}", to),
        ("trees/", "trees/index.md", "rag-vs-fine-tuning/#v-rag", "rag-vs-fine-tuning/#v-rag"),
    ]
    for url, source, for_mkdocs, for_zensical in cases:
        env.page = SimpleNamespace(url=url)
        fake.page = SimpleNamespace(url=url, path=source)
        assert f'href="{for_mkdocs}"' in env.macros["verdict_card"]("rag-vs-fine-tuning", "rag")
        card = fake.macros["verdict_card"]("rag-vs-fine-tuning", "rag")
        assert f'href="{for_zensical}"' in card, url
    fake.page = SimpleNamespace(url="decide/", path="decide.md")
    walker = fake.macros["walker"]("rag-vs-fine-tuning")
    assert 'data-tree-url="../trees/rag-vs-fine-tuning/"' in walker  # read by walker.js
    assert 'xlink:href="../trees/rag-vs-fine-tuning/#q-gap"' in walker  # left alone by Zensical


def test_an_unknown_tree_or_scenario_is_a_clear_error(env: FakeEnv) -> None:
    with pytest.raises(KeyError, match="no tree 'nope'; trees are: rag-vs-fine-tuning"):
        env.macros["tree_figure"]("nope")
    with pytest.raises(KeyError, match="tree 'rag-vs-fine-tuning' has no scenario 'nope'"):
        env.macros["example"]("rag-vs-fine-tuning", "nope")


def test_a_tree_walked_on_decide_is_explained_not_walked_on_its_page(env: FakeEnv) -> None:
    env.page = SimpleNamespace(url="trees/rag-vs-fine-tuning/")
    html = env.macros["tree_page"]("rag-vs-fine-tuning")
    assert "dt-walker" not in html  # one walker per tree: Decide has it
    assert 'href="../../decide/">Decide step by step</a>' in html
    env.page = SimpleNamespace(url="trees/rag-failure-diagnosis/")
    assert 'class="dt-walker"' in env.macros["tree_page"]("rag-failure-diagnosis")


def test_next_steps_link_to_the_page_that_explains_them(env: FakeEnv) -> None:
    env.page = SimpleNamespace(url="decide/")
    tree = loader.get_tree("rag-vs-fine-tuning")
    found = [
        (v, s) for v in tree.verdicts for s in v.next_steps if isinstance(s, NextStep) and s.see
    ]
    assert found, "the main tree should link some next steps to the pages that explain them"
    for verdict, step in found:
        links = BeautifulSoup(env.macros["verdict_card"](tree.slug, verdict.id), "html.parser")
        assert any(
            a.get("href") == f"../{site_path(step.see)}" and a.get_text() == step.text
            for a in links.find_all("a")
        ), (verdict.id, step.text)


def test_a_next_step_pointing_nowhere_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build loads trees through the checker, which names the missing page and stops it."""
    shutil.copytree(DOCS, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("trees"))
    source = loader.TREES_DIR / "rag_failure_diagnosis.py"
    text = source.read_text(encoding="utf-8")
    broken = tmp_path / source.name
    broken.write_text(text.replace('see=f"{FM}#measure-retrieval"', 'see="framework/nope.md#x"', 1))
    paths = [p for p in loader.discover() if p.name != source.name] + [broken]
    monkeypatch.setattr(macros, "load_trees", lambda **kw: loader.load_trees(paths, **kw))
    with pytest.raises(
        macros.TreeCheckError, match=r"points at docs/framework/nope.md, which is not a page"
    ):
        macros.define_env(FakeEnv(tmp_path))
