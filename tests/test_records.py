"""Decision records, the advice changelog and its verdict lock, and the What changed feed.

A record's link must reopen the same walk; tree text must stay inert Markdown in it; a tree
change that moves where a path or a scenario leads must fail ``check`` until a changelog
entry says why.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from decision_trees import changelog, record, verdict_lock
from decision_trees.cli import main
from decision_trees.engine import decide
from decision_trees.loader import all_trees, get_tree, load_trees
from decision_trees.plan import walk
from decision_trees.sources import BIBLIOGRAPHY

from .conftest import ROOT

MAIN = "rag-vs-fine-tuning"
DATE = "2027-03-14"


def adr(slug: str, answers: dict[str, str], *extra: str) -> tuple[int, str]:
    out = io.StringIO()
    argv = ["decide", slug, "--format", "adr", "--date", DATE, *extra]
    argv += [f"--answer={q}={o}" for q, o in answers.items()]
    return main(argv, out=out), out.getvalue()


def reopened(text: str) -> tuple[str, dict[str, str], dict[str, list[str]]]:
    """The record's link: its page, the answers it carries, and its other parameters."""
    [url] = re.findall(r"^<(https://[^>]+)>$", text, flags=re.M)[-1:]
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    answers = dict(
        pair.split(":")
        for pair in query.pop(MAIN if MAIN in query else next(iter(query)))[0].split(",")
    )
    return f"{parts.scheme}://{parts.netloc}{parts.path}", answers, query


RECORDED = [
    pytest.param(MAIN, s.id, id=f"{MAIN}/{s.id}")
    for s in get_tree(MAIN).scenarios
    if s.id in ("customer-support-chatbot", "legal-document-analyser", "brand-voice-at-volume")
] + [
    pytest.param(t.slug, t.scenarios[0].id, id=f"{t.slug}/{t.scenarios[0].id}")
    for t in all_trees()
    if t.slug != MAIN
]


@pytest.mark.parametrize(("slug", "scenario_id"), RECORDED)
def test_a_record_has_the_adr_sections_and_its_link_reopens_the_same_walk(
    slug: str, scenario_id: str
) -> None:
    tree = get_tree(slug)
    scenario = tree.scenario(scenario_id)
    assert scenario is not None
    decision = decide(tree, scenario.answers)
    answers = {s.question: s.option for s in decision.path}
    status, text = adr(slug, answers)
    assert status == 0
    verdict = tree.verdict(decision.verdict)
    assert verdict is not None
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings == [
        "Status",
        "Context",
        "Decision",
        "Consequences",
        "Sources",
        "Reopen this walk",
        "Watch for changes",
    ]
    assert text.startswith(f"# Decision: {record.md(verdict.title)}\n\nDate: {DATE}\n")
    assert "## Status\n\nProposed\n\nA team accepts this record after review" in text
    watch = text.split("## Watch for changes", 1)[1]
    site = record.site_url()
    assert f"<{site}changes/>" in watch and f"<{site}changes.xml>" in watch
    assert f"<{site}providers/#dates-ahead>" in watch
    assert f"advice version {changelog.version(slug)}" in text
    context = text.split("## Context", 1)[1].split("## Decision", 1)[0]
    assert context.startswith("\n\nOur problem, in our own words: (write it here before review).")
    assert len(re.findall(r"^- ", context, flags=re.M)) == len(decision.path)
    consequences = text.split("## Consequences", 1)[1].split("## Sources", 1)[0]
    for heading, items in (("Costs:", verdict.costs), ("Risks:", verdict.risks)):
        listed = "\n".join(f"- {record.md(item)}" for item in items)
        assert f"\n{heading}\n\n{listed}\n" in consequences
    assert "\nWhich costs and risks we accept, and who watches each: (write it" in consequences
    page, linked, params = reopened(text)
    assert page == record.site_url() + record.walker_path(slug)
    assert linked == answers
    assert decide(tree, linked).verdict == decision.verdict
    assert params == {"v": [changelog.version(slug)], "was": [decision.verdict]}


def test_a_verdict_no_single_answer_changes_has_no_such_section() -> None:
    status, text = adr(MAIN, {"gap": "retiring", "migrate-what": "tuned"})
    assert status == 0
    assert "What would change this decision" not in text and "No single answer" not in text
    status, text = adr(MAIN, {"gap": "knowledge", "fits": "too-large"})
    assert "What would change this decision:\n\n- " in text


def test_the_record_link_for_the_main_tree_opens_the_decide_page() -> None:
    assert record.walker_path(MAIN) == "decide/"
    assert record.walker_path("rag-failure-diagnosis") == "trees/rag-failure-diagnosis/"


def test_the_record_sources_carry_their_checked_dates() -> None:
    tree = get_tree(MAIN)
    status, text = adr(MAIN, {"gap": "knowledge", "fits": "too-large"})
    sources = text.split("## Sources", 1)[1].split("## Reopen", 1)[0]
    assert status == 0
    verdict = tree.verdict("rag")
    assert verdict is not None
    assert len(re.findall(r"^- ", sources, flags=re.M)) >= len(verdict.sources)
    assert "Checked 2026-" in sources
    # Costs and risks cite papers by author, so the sources name their authors.
    for key in verdict.sources:
        source = BIBLIOGRAPHY[key]
        if source.author:
            assert f"- {record.md(source.title)}, {record.md(source.author)}," in sources


def test_site_url_default_agrees_with_mkdocs_yml() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f'site_url: !ENV [SITE_URL, "{record.SITE_URL}"]' in config


HOSTILE = [
    ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("# Heading", "\\# Heading"),
    ("- not a list", "\\- not a list"),
    ("12. not a list", "12\\. not a list"),
    (
        "**bold** _it_ `code` ~~x~~ a|b & c",
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ a\\|b \\& c",
    ),
    ("line\nbreak\r\n\n## two", "line break \\#\\# two"),
    ("back\\slash", "back\\\\slash"),
    ("  padded\t", "padded"),
]


@pytest.mark.parametrize(("text", "escaped"), HOSTILE, ids=[h[0][:20] for h in HOSTILE])
def test_md_escapes_hostile_text(text: str, escaped: str) -> None:
    assert record.md(text) == escaped


def test_hostile_tree_text_stays_inert_in_the_record() -> None:
    tree = get_tree(MAIN)
    evil = "<img src=x onerror=alert(1)>\n## Owned [x](http://evil)"
    verdicts = [
        dataclasses.replace(v, title=evil, because=evil, costs=(evil,), risks=(evil,))
        if v.id == "rag"
        else v
        for v in tree.verdicts
    ]
    questions = [dataclasses.replace(q, text=evil) if q.id == "gap" else q for q in tree.questions]
    hostile = dataclasses.replace(tree, verdicts=verdicts, questions=questions)
    answers = {"gap": "knowledge", "fits": "too-large"}
    text = record.render_decision(
        hostile, decide(hostile, answers), answers, DATE, "https://example.org/decide/", {}
    )
    assert not re.search(r"(?<!\\)<img|(?<!\\)\[x\]|^#+ Owned", text, flags=re.M)
    assert "\\<img src=x onerror=alert(1)\\> \\#\\# Owned \\[x\\](http://evil)" in text
    weighed = text.split("\nCosts:\n", 1)[1].split("## Sources", 1)[0]
    assert weighed.count("- \\<img src=x onerror=alert(1)\\> \\#\\# Owned") == 2


@pytest.mark.parametrize(
    "verdict",
    [pytest.param(v, id=f"{t.slug}/{v.id}") for t in all_trees() for v in t.verdicts],
)
def test_every_verdict_names_what_it_costs_and_what_it_risks(verdict: object) -> None:
    """A record weighs the choice: the project's own verdicts each name a cost and a risk."""
    assert verdict.costs, "no costs: say what taking the step costs (docs/contributing.md)"
    assert verdict.risks, "no risks: say what the step can harm or lock in"


# --- the changelog and the verdict lock ---------------------------------------------------


def verdict_sets() -> dict[str, set[str]]:
    return {t.slug: {v.id for v in t.verdicts} for t in all_trees()}


def test_every_tree_has_entries_and_the_changelog_is_valid() -> None:
    assert changelog.problems(changelog.CHANGES, verdict_sets()) == []
    for tree in all_trees():
        assert changelog.version(tree.slug), tree.slug
    assert (
        "guard-first" in changelog.entries(MAIN)[0].what
        or "harm" in changelog.entries(MAIN)[0].what
    )


def test_retired_verdicts_are_named_and_no_longer_in_the_tree() -> None:
    old = changelog.retired("add-fine-tuning-to-rag")
    assert old["fine-tune-for-format"] == "Fine-tune for the output format"
    assert not set(old) & verdict_sets()["add-fine-tuning-to-rag"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tree": "no-such-tree"}, "no tree 'no-such-tree'"),
        ({"date": "3 December"}, "is not a date; write it as YYYY-MM-DD"),
        ({"date": "2026-02-30"}, "is not a date"),
        ({"sources": ("not-a-source",)}, "source 'not-a-source' is not in the bibliography"),
        ({"sources": ()}, "no sources"),
        ({"why": " "}, "'why' is empty"),
        ({"retired": {"rag": "Use RAG"}}, "retired verdict 'rag' is still a verdict"),
    ],
    ids=[
        "unknown tree",
        "prose date",
        "impossible date",
        "unknown source",
        "no source",
        "no reason",
        "retired but present",
    ],
)
def test_a_bad_changelog_entry_is_named_with_its_fix(change: dict, message: str) -> None:
    good = changelog.entries(MAIN)[0]
    bad = dataclasses.replace(good, **{"date": "2027-01-01", **change})
    found = changelog.problems([*changelog.CHANGES, bad], verdict_sets())
    assert len(found) == 1 and message in found[0], found
    assert found[0].startswith("decision_trees/changelog.py: entry ")


def test_a_second_entry_on_one_day_gets_its_own_version() -> None:
    latest = changelog.entries(MAIN)[0]
    second = dataclasses.replace(latest, what="A second change that day.", seq=2)
    assert changelog.problems([*changelog.CHANGES, second], verdict_sets()) == []
    assert second.version == f"{latest.date}.2" and latest.version == latest.date


def test_the_tree_version_is_its_latest_entry_version(monkeypatch: pytest.MonkeyPatch) -> None:
    latest = changelog.entries(MAIN)[0]
    second = dataclasses.replace(latest, what="A second change that day.", seq=2)
    tenth = dataclasses.replace(latest, what="And a tenth.", seq=10)
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, tenth, second])
    assert changelog.version(MAIN) == f"{latest.date}.10"
    assert [c.version for c in changelog.newer_than(MAIN, latest.date)] == [
        f"{latest.date}.10",
        f"{latest.date}.2",
    ]


@pytest.mark.parametrize(
    ("seq", "message"),
    [
        (1, "give the later one seq=2"),
        (3, "seq 3 but no entry with seq 2 that day"),
        (0, "seq '0'"),
    ],
    ids=["the same seq twice", "a gap in the day's seq", "seq zero"],
)
def test_a_bad_seq_is_refused_with_its_fix(seq: int, message: str) -> None:
    good = changelog.entries(MAIN)[0]
    found = changelog.problems(
        [*changelog.CHANGES, dataclasses.replace(good, seq=seq)], verdict_sets()
    )
    assert len(found) == 1 and message in found[0], found


def test_the_committed_locks_match_the_trees() -> None:
    for item in load_trees(analysis=False):
        assert item.tree is not None
        assert verdict_lock.problems(item.tree, item.path) == [], item.tree.slug
        lock = json.loads(verdict_lock.lock_path(item.path, item.tree.slug).read_text())
        assert lock["verdicts"] == verdict_lock.snapshot(item.tree)
        assert lock["paths"] == verdict_lock.path_map(item.tree)


@pytest.fixture
def tree_copy(tmp_path: Path) -> tuple[Path, str]:
    """The RAG diagnosis tree and its lock in a scratch folder, to mutate."""
    item = next(
        i for i in load_trees(analysis=False) if i.tree and i.tree.slug == "rag-failure-diagnosis"
    )
    target = tmp_path / item.path.name
    shutil.copy2(item.path, target)
    shutil.copy2(verdict_lock.lock_path(item.path, "rag-failure-diagnosis"), tmp_path)
    return target, target.read_text(encoding="utf-8")


def _check(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    return main(["check", str(path)], out=out), out.getvalue()


def test_check_refuses_a_moved_verdict_until_an_entry_says_why(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = tree_copy
    assert _check(path)[0] == 0
    lock = verdict_lock.lock_path(path, "rag-failure-diagnosis")
    data = json.loads(lock.read_text())
    # As if the tree had sent this scenario elsewhere before: today's verdict has moved.
    scenario, was = next(iter(data["verdicts"].items()))
    data["verdicts"][scenario] = "measure-first" if was != "measure-first" else "ground-the-prompt"
    lock.write_text(json.dumps(data))
    status, out = _check(path)
    assert status == 1
    assert f"'{scenario}' went from '{data['verdicts'][scenario]}' to '{was}'" in out
    assert "Add an entry for 'rag-failure-diagnosis' to decision_trees/changelog.py" in out
    assert "python -m decision_trees changelog --record rag-failure-diagnosis" in out
    # Recording the lock is refused too, until there is an entry.
    with pytest.raises(verdict_lock.LockError, match="moved"):
        verdict_lock.record(get_tree("rag-failure-diagnosis"), path)
    # With a new entry, check asks for the lock to be refreshed; recording then passes.
    entry = changelog.Change(
        tree="rag-failure-diagnosis",
        date="2027-01-05",
        what="A scenario moved.",
        why="A test.",
        sources=("es-2023-ragas",),
    )
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, entry])
    status, out = _check(path)
    assert status == 1 and "the lock was recorded before the latest changelog entry" in out
    verdict_lock.record(get_tree("rag-failure-diagnosis"), path)
    assert _check(path)[0] == 0
    assert json.loads(lock.read_text())["version"] == "2027-01-05"


RFD = "rag-failure-diagnosis"


def _move_a_verdict(lock: Path) -> str:
    """Rewrite the lock as if one scenario's verdict had been another; return that scenario."""
    data = json.loads(lock.read_text())
    scenario, was = next(iter(data["verdicts"].items()))
    data["verdicts"][scenario] = "measure-first" if was != "measure-first" else "ground-the-prompt"
    lock.write_text(json.dumps(data))
    return scenario


def _swap_latest(monkeypatch: pytest.MonkeyPatch, **change: object) -> changelog.Change:
    latest = changelog.entries(RFD)[0]
    edited = dataclasses.replace(latest, **change)
    rest = [c for c in changelog.CHANGES if c is not latest]
    monkeypatch.setattr(changelog, "CHANGES", [*rest, edited])
    return edited


@pytest.mark.parametrize(
    "edit",
    [{"why": changelog.entries(RFD)[0].why + " "}, {"sources": ("es-2023-ragas",)}],
    ids=["a trailing space", "another source"],
)
def test_moving_a_verdict_then_amending_the_recorded_entry_is_refused(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, edit: dict
) -> None:
    path, _ = tree_copy
    _move_a_verdict(verdict_lock.lock_path(path, RFD))
    _swap_latest(monkeypatch, **edit)
    status, out = _check(path)
    assert status == 1
    assert f"the entry {RFD} {changelog.version(RFD)} was edited after it was recorded" in out
    assert "entries are history: undo the edit and add a new entry instead" in out
    with pytest.raises(verdict_lock.LockError, match="entries are history"):
        verdict_lock.record(get_tree(RFD), path)


def test_removing_a_recorded_entry_is_refused(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = tree_copy
    latest = changelog.entries(RFD)[0]
    monkeypatch.setattr(changelog, "CHANGES", [c for c in changelog.CHANGES if c is not latest])
    status, out = _check(path)
    assert status == 1 and f"the entry {RFD} {latest.version} was recorded but is gone" in out


def test_a_new_entry_older_than_the_recorded_latest_is_refused(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = tree_copy
    _move_a_verdict(verdict_lock.lock_path(path, RFD))
    backdated = dataclasses.replace(changelog.entries(RFD)[0], date="2026-11-30", what="Late.")
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, backdated])
    status, out = _check(path)
    assert status == 1
    assert f"the new entry {RFD} 2026-11-30 is not newer than the recorded latest" in out
    with pytest.raises(verdict_lock.LockError, match="not newer"):
        verdict_lock.record(get_tree(RFD), path)


def test_a_second_entry_on_the_same_day_announces_a_move(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = tree_copy
    lock = verdict_lock.lock_path(path, RFD)
    _move_a_verdict(lock)
    latest = changelog.entries(RFD)[0]
    second = dataclasses.replace(latest, what="A scenario moved.", why="A test.", seq=2)
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, second])
    status, out = _check(path)
    assert status == 1 and "the lock was recorded before the latest changelog entry" in out
    verdict_lock.record(get_tree(RFD), path)
    assert _check(path)[0] == 0
    data = json.loads(lock.read_text())
    assert data["version"] == f"{latest.date}.2"
    assert set(data["entries"]) == {c.version for c in changelog.entries(RFD)}


def test_a_removed_verdict_must_be_retired_by_a_new_entry(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = tree_copy
    lock = verdict_lock.lock_path(path, RFD)
    data = json.loads(lock.read_text())
    # As if the tree had had this verdict when the lock was recorded: it is gone today.
    data["verdict_ids"].append("reindex-nightly")
    lock.write_text(json.dumps(data))
    status, out = _check(path)
    assert status == 1
    assert "verdict 'reindex-nightly' was removed from the tree but no new entry names it" in out
    assert "'retired' of a new entry" in out and "old title" in out
    with pytest.raises(verdict_lock.LockError, match="reindex-nightly"):
        verdict_lock.record(get_tree(RFD), path)
    entry = changelog.Change(
        tree=RFD,
        date="2027-01-05",
        what="Nightly reindexing left the tree.",
        why="A test.",
        sources=("es-2023-ragas",),
        retired={"reindex-nightly": "Reindex nightly"},
    )
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, entry])
    verdict_lock.record(get_tree(RFD), path)
    assert _check(path)[0] == 0
    assert "reindex-nightly" not in json.loads(lock.read_text())["verdict_ids"]


def test_check_refuses_a_tree_edit_that_moves_a_scenario(tree_copy: tuple[Path, str]) -> None:
    path, source = tree_copy
    # A contributor decides LinkedIn's case was really about prompt space, and edits the
    # scenario's answers and expectation to match: the tree still passes its own rules,
    # but the verdict that case (and every link like it) reached has moved.
    start = source.index('id="linkedin-tickets-split-from-their-fixes"')
    end = source.index("Scenario(", start)
    block = source[start:end]
    edited = (
        block.replace('"chunks-dropped-for-space": "no",', '"chunks-dropped-for-space": "yes",')
        .replace('"fact-split-across-chunks": "yes",\n', "")
        .replace('expect="chunking-loses-context"', 'expect="context-window-too-small"')
    )
    assert edited.count("context-window-too-small") == 1 and '"fact-split' not in edited
    path.write_text(source[:start] + edited + source[end:], encoding="utf-8")
    status, out = _check(path)
    assert status == 1
    assert out.count("\n") == 1, out  # the lock's problem and nothing else
    assert (
        "'linkedin-tickets-split-from-their-fixes' went from 'chunking-loses-context' to "
        "'context-window-too-small'" in out
    )
    assert "without a changelog entry" in out


def _copy_tree(tmp_path: Path, slug: str) -> Path:
    """The tree's file and its lock in a scratch folder, to mutate; the copied file's path."""
    item = next(i for i in load_trees(analysis=False) if i.tree and i.tree.slug == slug)
    target = tmp_path / item.path.name
    shutil.copy2(item.path, target)
    shutil.copy2(verdict_lock.lock_path(item.path, slug), tmp_path)
    return target


def _unscenario_paths(slug: str) -> list[str]:
    """The keys of paths no scenario of the tree takes."""
    tree = get_tree(slug)
    taken = set()
    for scenario in tree.scenarios:
        steps, _ = walk(tree, scenario.answers)
        taken.add(record.answers_key([(s.question, s.option) for s in steps]))
    return [key for key in verdict_lock.path_map(tree) if key not in taken]


@pytest.mark.parametrize("count", [1, 8], ids=["one path", "eight paths, five named"])
def test_check_refuses_a_moved_path_no_scenario_takes_until_an_entry_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    path = _copy_tree(tmp_path, MAIN)
    lock = verdict_lock.lock_path(path, MAIN)
    data = json.loads(lock.read_text())
    keys = _unscenario_paths(MAIN)[:count]
    assert len(keys) == count
    # As if these paths (which no scenario takes) had led elsewhere when the lock was written:
    # every scenario's verdict is as recorded, yet a shared link with these answers moved.
    for key in keys:
        data["paths"][key] = "compare-context" if data["paths"][key] != "compare-context" else "rag"
    lock.write_text(json.dumps(data))
    status, out = _check(path)
    assert status == 1
    assert "scenario(s) moved" not in out
    assert f"{count} path(s) from the start lead somewhere new without a changelog entry" in out
    named = [key for key in keys if f"'{key}' went from '{data['paths'][key]}' to '" in out]
    assert named == keys[: verdict_lock.SHOWN]
    assert ("and 3 more" in out) == (count == 8)
    assert f"Add an entry for '{MAIN}' to decision_trees/changelog.py" in out
    with pytest.raises(verdict_lock.LockError, match="path"):
        verdict_lock.record(get_tree(MAIN), path)
    entry = changelog.Change(
        tree=MAIN, date="2027-01-05", what="Paths moved.", why="A test.", sources=("ovadia-2023",)
    )
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, entry])
    verdict_lock.record(get_tree(MAIN), path)
    assert _check(path)[0] == 0
    assert json.loads(lock.read_text())["paths"] == verdict_lock.path_map(get_tree(MAIN))


def test_check_refuses_a_new_answer_and_its_new_scenario_until_an_entry_says_why(
    tree_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, source = tree_copy
    # A contributor adds a "not sure" answer and a scenario for it: no recorded scenario moves,
    # but a new link now leads somewhere the changelog never announced.
    line = '                "no": Option("No, we only see the bad answers", "measure-first"),\n'
    assert source.count(line) == 1
    added = line.replace('"no"', '"unsure"').replace("No, we only see", "Not sure about")
    start = source.index('            id="only-the-bad-answers-are-visible"')
    block = source[start : source.index("Scenario(", start)]
    twin = block.replace('"only-the-bad-answers-are-visible"', '"unsure-what-was-retrieved"')
    twin = twin.replace('{"failures-traced": "no"}', '{"failures-traced": "unsure"}')
    assert twin.count('"unsure"') == 1
    edited = source[:start] + block + "Scenario(\n" + twin + source[start + len(block) :]
    path.write_text(edited.replace(line, line + added), encoding="utf-8")
    status, out = _check(path)
    assert status == 1
    assert out.count("\n") == 1, out  # the lock's problem and nothing else
    assert (
        "'failures-traced:unsure' (scenario 'unsure-what-was-retrieved') is a new path, "
        "to 'measure-first'" in out
    )
    assert "scenario(s) moved" not in out and "Add an entry for 'rag-failure-diagnosis'" in out
    entry = changelog.Change(
        tree=RFD, date="2027-01-05", what="A new answer.", why="A test.", sources=("es-2023-ragas",)
    )
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, entry])
    [item] = load_trees([path], analysis=False)
    assert item.tree is not None and not item.problems
    verdict_lock.record(item.tree, path)
    assert _check(path)[0] == 0


def test_an_old_lock_without_paths_is_migrated_once_when_its_scenarios_hold(
    tree_copy: tuple[Path, str],
) -> None:
    path, _ = tree_copy
    lock = verdict_lock.lock_path(path, RFD)
    data = json.loads(lock.read_text())
    del data["paths"]
    lock.write_text(json.dumps(data))
    status, out = _check(path)
    assert status == 1 and "an older format" in out
    _move_a_verdict(lock)
    with pytest.raises(verdict_lock.LockError, match="moved"):
        verdict_lock.record(get_tree(RFD), path)
    lock.write_text(json.dumps(data))
    verdict_lock.record(get_tree(RFD), path)
    assert _check(path)[0] == 0
    assert json.loads(lock.read_text())["paths"] == verdict_lock.path_map(get_tree(RFD))


def test_a_new_tree_without_entries_needs_no_lock(tmp_path: Path) -> None:
    tree = dataclasses.replace(get_tree("rag-failure-diagnosis"), slug="brand-new-tree")
    assert verdict_lock.problems(tree, tmp_path / "brand_new_tree.py") == []


def test_changelog_command_lists_a_trees_entries_newest_first_with_their_sources() -> None:
    out = io.StringIO()
    assert main(["changelog", MAIN], out=out) == 0
    text = out.getvalue()
    entries = changelog.entries(MAIN)
    assert re.findall(r"^(\S+)  (\S+)$", text, flags=re.M) == [(c.version, c.tree) for c in entries]
    newest = text.split(f"{entries[0].version}  {MAIN}\n", 1)[1].split(f"\n{entries[1].version}")[0]
    for key in entries[0].sources:
        source = BIBLIOGRAPHY[key]
        named = ", ".join(filter(None, (source.title, source.url)))
        assert f"    - {named} [{key}]" in newest


def test_changelog_command_refuses_an_unknown_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changelog", "no-such-tree"], out=io.StringIO()) == 2
    assert "no tree 'no-such-tree'" in capsys.readouterr().err


def test_decide_refuses_a_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = adr(MAIN, {"gap": "knowledge", "fits": "too-large"}, "--date", "2027-13-01")
    assert status == 2
    assert "'2027-13-01' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


# --- the What changed page and its feed ---------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


def _titles() -> dict[str, str]:
    return {t.slug: t.title for t in all_trees()}


def test_the_feed_is_atom_with_every_entry_newest_first() -> None:
    import xml.etree.ElementTree as ET

    from decision_trees import changes_page

    root = ET.fromstring(changes_page.feed(_titles(), "https://example.org/site/"))
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(changelog.CHANGES)
    dates = [e.findtext(f"{ATOM}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)
    assert root.findtext(f"{ATOM}updated") == dates[0]
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "https://example.org/site/changes/#rag-vs-fine-tuning-2026-12-03"


def test_a_second_change_on_one_day_is_a_new_feed_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    import xml.etree.ElementTree as ET

    from decision_trees import changes_page

    latest = changelog.entries(MAIN)[0]
    second = dataclasses.replace(latest, what="A second change that day.", seq=2)
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, second])
    root = ET.fromstring(changes_page.feed(_titles(), "https://example.org/"))
    ids = [e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")]
    assert ids[:2] == [
        f"https://example.org/changes/#{MAIN}-{latest.date}-2",
        f"https://example.org/changes/#{MAIN}-{latest.date}",
    ]
    assert len(set(ids)) == len(ids)


def test_hostile_entry_text_stays_text_in_the_feed_and_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import xml.etree.ElementTree as ET

    from decision_trees import changes_page

    evil = "<script>alert(1)</script> & ]]> {{ 7*7 }}"
    entry = changelog.Change(
        tree=MAIN, date="2099-01-01", what=evil, why=evil, sources=("es-2023-ragas",)
    )
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, entry])
    text = changes_page.feed(_titles(), "https://example.org/")
    assert "<script>" not in text
    first = ET.fromstring(text).find(f"{ATOM}entry")
    assert first is not None and first.findtext(f"{ATOM}summary", "").startswith(evil)
    html = changes_page.page(_titles(), lambda target: target)
    assert "<script>" not in html and "&lt;script&gt;" in html and "{{ 7*7 }}" in html
    assert html.index("2099-01-01") < html.index("2026-12-03")


def test_the_built_site_publishes_the_feed_the_page_and_the_latest_change(
    built_site: Path,
) -> None:
    from decision_trees import changes_page

    site = re.search(
        r'<link rel="canonical" href="([^"]+)"', (built_site / "index.html").read_text()
    )
    assert site is not None
    assert (built_site / changes_page.FEED).read_text(encoding="utf-8") == changes_page.feed(
        _titles(), site.group(1)
    )
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in home and re.search(r'href="(\./)?changes\.xml"', home)
    latest = changelog.entries()[0]
    assert f'<time datetime="{latest.date}">' in home.split("dt-latest-change", 1)[1]
    page = (built_site / "changes" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="dt-change"') == len(changelog.CHANGES)


def test_check_fails_on_a_bad_changelog_entry_and_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = changelog.Change(tree=MAIN, date="2027-1-5", what="x", why="y", sources=("nope",))
    monkeypatch.setattr(changelog, "CHANGES", [*changelog.CHANGES, bad])
    out = io.StringIO()
    assert main(["check"], out=out) == 1
    lines = [line for line in out.getvalue().splitlines() if "changelog.py" in line]
    assert len(lines) == 2
    assert "'2027-1-5' is not a date" in lines[0] and "source 'nope'" in lines[1]
