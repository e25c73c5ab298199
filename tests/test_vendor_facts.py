"""Vendor facts are data: each stated once, dated, sourced, and drawn onto pages from there."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from decision_trees import status_page, vendor_facts
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import FACTS, TOPICS, Fact, constant_name, long_date

ROOT = Path(__file__).resolve().parents[1]
EACH = pytest.mark.parametrize("fact", list(FACTS.values()), ids=list(FACTS))


@EACH
def test_each_fact_names_its_provider_topic_source_and_the_day_it_was_read(fact: Fact) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fact.key)
    assert fact.topic in TOPICS
    assert fact.provider and fact.service and fact.value
    source = BIBLIOGRAPHY[fact.source]
    assert source.kind == "vendor" and (fact.url or source.url).startswith("https://")
    assert date.fromisoformat(fact.checked) <= date.fromisoformat(status_page.as_of())


@EACH
def test_each_fact_is_one_plain_sentence_that_writes_out_its_own_dates(fact: Fact) -> None:
    assert fact.text.endswith(".") and fact.text[0].isupper()
    assert not re.search(r"[<>`*\[\]{}]|\s\s|(?<!\w)_|_(?!\w)", fact.text), "plain text: no markup"
    for iso in fact.dates:
        assert long_date(iso) in fact.text, f"{fact.key}: the text must say {long_date(iso)}"


@EACH
def test_a_fact_with_an_amount_says_what_unit_it_is_in(fact: Fact) -> None:
    assert (fact.amount is None) == (not fact.unit)


def test_tree_files_import_each_fact_by_a_unique_constant_name() -> None:
    names = [constant_name(k) for k in FACTS]
    assert len(set(names)) == len(names)
    assert vendor_facts.OPENAI_FT_NEW_JOBS_END is FACTS["openai-ft-new-jobs-end"]
    assert str(FACTS["openai-ft-new-jobs-end"]) == FACTS["openai-ft-new-jobs-end"].text


def test_long_dates_read_the_way_the_site_writes_them() -> None:
    assert long_date("2027-01-06") == "6 January 2027"
    assert long_date("2026-12-31") == "31 December 2026"


def test_dates_ahead_are_the_dates_after_the_last_check_soonest_first() -> None:
    ahead = status_page.upcoming()
    assert ahead, "the data names dates after the last check"
    assert [d for d, _ in ahead] == sorted(d for d, _ in ahead)
    assert all(d > status_page.as_of() for d, _ in ahead)
    assert ("2027-01-06", FACTS["openai-ft-new-jobs-end"]) in ahead
    assert ("2027-01-14", FACTS["openai-ft-gpt4o-gpt41-shutdown"]) in ahead


def _hand_typed(path: Path, dates: set[str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [f"{path.relative_to(ROOT)}: {d}" for d in sorted(dates) if d in text]


def test_no_page_or_tree_types_a_vendor_date_by_hand() -> None:
    """A shutdown or end-of-jobs date lives in the data; pages and trees draw it from there."""
    dates = {long_date(d) for f in FACTS.values() for d in f.dates if d >= "2026-01-01"}
    files = [
        *sorted((ROOT / "docs").rglob("*.md")),
        *sorted((ROOT / "decision_trees/trees").glob("*.py")),
    ]
    files = [f for f in files if not f.relative_to(ROOT).as_posix().startswith("docs/trees/")]
    found = [hit for f in files for hit in _hand_typed(f, dates)]
    assert found == []


_PATCHED_BUILD = """
import dataclasses, sys
from decision_trees import vendor_facts as v
key, text = sys.argv[1], sys.argv[2]
new = dataclasses.replace(v.FACTS[key], text=text)
v.FACTS[key] = new
setattr(v, v.constant_name(key), new)
from decision_trees.cli import main
if main(["publish"]) != 0:
    sys.exit("publish failed")
from mkdocs.__main__ import cli
cli(["build", "--strict", "--quiet", "--site-dir", sys.argv[3]])
"""


def _holding(site: Path, text: str) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file()
        and p.suffix in {".html", ".json", ".md", ".txt", ".xml"}
        and text in p.read_text(encoding="utf-8", errors="replace")
    }


def test_changing_a_fact_in_the_data_changes_every_page_that_states_it(
    built_site: Path, tmp_path: Path
) -> None:
    """One edit in vendor_facts.py reaches the status page, the trees, their exports and the
    framework pages alike, and leaves the old sentence nowhere."""
    from tests.test_new_tree import tracked_files

    fact = FACTS["openai-ft-new-jobs-end"]
    before = _holding(built_site, fact.text)
    assert {"providers/index.html", "trees/rag-vs-fine-tuning/index.html"} <= before
    marker = "Zebra marker sentence for a moved vendor fact."
    out = tmp_path / "site"
    # In a copy of the repository: publish writes each tree's exports into docs/trees/,
    # and the patched ones must never reach a build running beside this one (pytest-xdist).
    repo = tmp_path / "repo"
    for name in tracked_files():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, repo / name)
    done = subprocess.run(
        [sys.executable, "-c", _PATCHED_BUILD, fact.key, marker, str(out)],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _holding(out, fact.text) == set()
    assert _holding(out, marker) == before


NAMED = {
    "OpenAI": "OpenAI",
    "Anthropic": "Anthropic",
    "Gemini": "Google",
    "Azure": "Microsoft Azure",
    "Bedrock": "AWS",
    "Cohere": "Cohere",
    "Databricks": "Databricks",
    "Mistral": "Mistral",
    "Fireworks": "Fireworks AI",
    "Together AI": "Together AI",
    "Pinecone": "Pinecone",
    "Weaviate": "Weaviate",
    "Qdrant": "Qdrant",
    "Llama": "Meta",
    "vLLM": "vLLM",
}
"""A name the site's pages use, and the provider the status page files it under."""


def test_the_status_page_covers_every_provider_the_pages_name() -> None:
    pages = " ".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "docs").rglob("*.md"))
        if not p.relative_to(ROOT / "docs").as_posix().startswith("trees/")
    )
    providers = {f.provider for f in FACTS.values()}
    named = {provider for name, provider in NAMED.items() if name in pages}
    assert named - providers == set()
    assert {"OpenAI", "Anthropic", "Google", "Microsoft Azure", "AWS"} <= named


def test_the_provider_index_links_each_provider_once_to_a_row_of_its_own() -> None:
    links = re.findall(r'<a href="#([a-z0-9-]+)">([^<]+)</a>', status_page.provider_index())
    names = [name for _, name in links]
    assert sorted(names) == sorted({f.provider for f in FACTS.values()})
    assert all(FACTS[key].provider == name for key, name in links)
