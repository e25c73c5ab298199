"""The macros module: thin, but it owns figure ids per page and links relative to the page."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import macros


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


def test_tree_pages_are_published_and_added_to_the_nav(env: FakeEnv, tmp_path: Path) -> None:
    assert (
        (tmp_path / "trees" / "rag-vs-fine-tuning.md")
        .read_text()
        .strip()
        .endswith('{{ tree_page("rag-vs-fine-tuning") }}')
    )
    assert {"RAG or fine-tuning?": "trees/rag-vs-fine-tuning.md"} in env.conf["nav"][0]["Trees"]
    assert env.conf["nav"][0]["Trees"][1] == {
        "RAG or fine-tuning?": "trees/rag-vs-fine-tuning.md"
    }  # order=1 first


def test_an_unknown_tree_or_scenario_is_a_clear_error(env: FakeEnv) -> None:
    with pytest.raises(KeyError, match="no tree 'nope'; trees are: rag-vs-fine-tuning"):
        env.macros["tree_figure"]("nope")
    with pytest.raises(KeyError, match="tree 'rag-vs-fine-tuning' has no scenario 'nope'"):
        env.macros["example"]("rag-vs-fine-tuning", "nope")
