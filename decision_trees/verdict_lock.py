"""The verdict lock: ``check`` refuses a tree change that moves a verdict unannounced.

Beside each tree file, ``<slug>.verdicts.json`` records, as of the tree's latest changelog
entry, where every path from the start leads (keyed by its answers as a shared link carries
them), the verdict every scenario reached, the tree's verdict ids, and a fingerprint of every
entry it has seen. Shared links replay answers, so the promise covers every path, not only
the scenarios: a path that now ends elsewhere, is gone, or is new, a scenario whose verdict
moved, or a removed verdict fails ``check`` (naming them) until the contributor adds a new
entry to
:mod:`decision_trees.changelog` (a removed verdict named in its ``retired``) and refreshes
the lock with ``python -m decision_trees changelog --record SLUG``. Entries are history:
an edit to a recorded entry, or a new entry whose version is not newer than the recorded
latest, is refused by both, so a version always names one state of the advice. Scenarios
added or removed move nothing (their paths are locked on their own). A tree with no
changelog entry and no lock is new. A lock written before paths were recorded is accepted
once by ``--record`` when its scenario verdicts still hold, and then gains its paths.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from decision_trees import changelog, plan
from decision_trees.engine import DecisionError, decide
from decision_trees.model import Tree
from decision_trees.problems import display
from decision_trees.record import answers_key

__all__ = [
    "Lock",
    "LockError",
    "Moved",
    "entry_mark",
    "lock_path",
    "moved",
    "path_map",
    "paths_changed",
    "problems",
    "record",
    "snapshot",
]

RECORD = "python -m decision_trees changelog --record"
SHOWN = 5
"""How many changed paths a refusal names one by one; the rest are counted."""
MAX_PATHS = 20_000
"""More paths than the checker lets a tree have (its paths may take 20,000 answers in all,
and each takes at least one), so the map is never cut short."""


class LockError(Exception):
    """The lock cannot be read or written; the message says which file and the fix."""


@dataclass(frozen=True)
class Moved:
    """A scenario whose verdict differs from the one the lock recorded."""

    scenario: str
    was: str
    now: str


def lock_path(tree_file: Path, slug: str) -> Path:
    """Where the tree's lock lives: beside its file, named by its slug."""
    return tree_file.parent / f"{slug}.verdicts.json"


def path_map(tree: Tree) -> dict[str, str]:
    """Every path from the start to a verdict, keyed by its answers in a shared link's form
    -> the verdict it ends at, sorted by key. (A hand-off to another tree is a verdict's
    ``then_tree``, so it ends a path at that verdict too.)"""
    found = {
        answers_key([(s.question, s.option) for s in path]): plan.walk(
            tree, {s.question: s.option for s in path}
        )[1]
        for path in plan.paths(tree, limit=MAX_PATHS)
    }
    return dict(sorted(found.items()))


def snapshot(tree: Tree) -> dict[str, str]:
    """Scenario id -> the verdict the tree gives it today (scenarios that fail are left out:
    ``check`` reports those on its own)."""
    found: dict[str, str] = {}
    for scenario in tree.scenarios:
        try:
            found[scenario.id] = decide(tree, scenario.answers).verdict
        except DecisionError:
            continue
    return dict(sorted(found.items()))


def entry_mark(change: changelog.Change) -> str:
    """A short fingerprint of one entry: any edit to it, even a trailing space, changes it."""
    text = json.dumps(
        [change.version, change.what, change.why, list(change.sources), dict(change.retired)]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _marks(slug: str) -> dict[str, str]:
    """Every entry of the tree, version -> fingerprint, oldest first."""
    return {c.version: entry_mark(c) for c in reversed(changelog.entries(slug))}


def _text(tree: Tree) -> str:
    data = {
        "tree": tree.slug,
        "version": changelog.version(tree.slug),
        "entries": _marks(tree.slug),
        "verdict_ids": sorted(v.id for v in tree.verdicts),
        "verdicts": snapshot(tree),
        "paths": path_map(tree),
    }
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"


@dataclass(frozen=True)
class Lock:
    """What a lock file recorded: the latest version, every entry's fingerprint, the tree's
    verdict ids, each scenario's verdict and each path's (``None`` in a lock written before
    paths were recorded)."""

    version: str
    entries: dict[str, str]
    verdict_ids: list[str]
    verdicts: dict[str, str]
    paths: dict[str, str] | None


def _read(path: Path) -> Lock:
    """The lock, or :class:`LockError` saying what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LockError(f"{display(path)}: cannot read the verdict lock ({error})") from None
    if not isinstance(data, dict):
        raise LockError(f"{display(path)}: not a verdict lock (not a JSON object)")
    version, marks = data.get("version"), data.get("entries")
    ids, verdicts = data.get("verdict_ids"), data.get("verdicts")
    paths = data.get("paths")
    if (
        not isinstance(version, str)
        or not isinstance(marks, dict)
        or not isinstance(ids, list)
        or not isinstance(verdicts, dict)
        or not isinstance(paths, (dict, type(None)))
    ):
        raise LockError(
            f"{display(path)}: not a verdict lock (no 'version', 'entries', 'verdict_ids' "
            "or 'verdicts', or 'paths' is not an object)"
        )
    return Lock(
        version,
        {str(k): str(v) for k, v in marks.items()},
        [str(i) for i in ids],
        {str(k): str(v) for k, v in verdicts.items()},
        None if paths is None else {str(k): str(v) for k, v in paths.items()},
    )


def moved(tree: Tree, recorded: dict[str, str]) -> list[Moved]:
    """The scenarios whose verdict today differs from the recorded one, in scenario order."""
    now = snapshot(tree)
    return [
        Moved(sid, recorded[sid], verdict)
        for sid, verdict in now.items()
        if sid in recorded and recorded[sid] != verdict
    ]


def paths_changed(tree: Tree, recorded: dict[str, str]) -> list[str]:
    """Each difference between the recorded path map and today's, in a sentence naming the
    path (and the scenarios that take it): ended elsewhere, gone, or new."""
    now = path_map(tree)
    takers: dict[str, list[str]] = {}
    for scenario in tree.scenarios:
        try:
            steps, _ = plan.walk(tree, scenario.answers)
        except DecisionError:
            continue
        takers.setdefault(answers_key([(s.question, s.option) for s in steps]), []).append(
            scenario.id
        )
    found: list[str] = []
    for key in sorted(recorded.keys() | now.keys()):
        was, today = recorded.get(key), now.get(key)
        if was == today:
            continue
        named = takers.get(key, [])
        whose = f" (scenario {', '.join(repr(s) for s in named)})" if named else ""
        if was is None:
            found.append(f"'{key}'{whose} is a new path, to '{today}'")
        elif today is None:
            found.append(f"'{key}' (which led to '{was}') no longer ends at a verdict")
        else:
            found.append(f"'{key}'{whose} went from '{was}' to '{today}'")
    return found


def _moved_text(found: list[Moved]) -> str:
    return "; ".join(f"'{m.scenario}' went from '{m.was}' to '{m.now}'" for m in found)


def _summary(found: list[str]) -> str:
    """The first :data:`SHOWN` of ``found``, then how many more."""
    more = len(found) - SHOWN
    return "; ".join(found[:SHOWN]) + (f"; and {more} more" if more > 0 else "")


def _refusals(tree: Tree, lock: Lock) -> list[str]:
    """What no lock refresh may accept: an edited or removed entry, a new entry that is not
    newer than the lock, a moved verdict or a removed verdict with no new entry saying so."""
    slug = tree.slug
    entry = "decision_trees/changelog.py"
    marks = _marks(slug)
    found: list[str] = []
    for version, mark in lock.entries.items():
        if version not in marks:
            found.append(
                f"the entry {slug} {version} was recorded but is gone from {entry}; entries are "
                "history: put it back and add a new entry instead"
            )
        elif marks[version] != mark:
            found.append(
                f"the entry {slug} {version} was edited after it was recorded; entries are "
                "history: undo the edit and add a new entry instead"
            )
    new = [c for c in changelog.entries(slug) if c.version not in lock.entries]
    if lock.version:
        for change in new:
            if changelog.version_key(change.version) <= changelog.version_key(lock.version):
                found.append(
                    f"the new entry {slug} {change.version} is not newer than the recorded "
                    f"latest ({lock.version}); date it later, or give it the next seq that day"
                )
    moves = moved(tree, lock.verdicts)
    changed = [] if lock.paths is None else paths_changed(tree, lock.paths)
    if (moves or changed) and not new:
        said = []
        if moves:
            said.append(
                f"the verdict of {len(moves)} scenario(s) moved without a changelog entry: "
                f"{_moved_text(moves)}"
            )
        if changed:
            said.append(
                f"{len(changed)} path(s) from the start lead somewhere new without a changelog "
                f"entry (shared links replay them): {_summary(changed)}"
            )
        found.append(
            ". ".join(said) + f". Add an entry for '{slug}' to {entry} saying what changed and why"
        )
    ids = {v.id for v in tree.verdicts}
    named = {vid for change in new for vid in change.retired}
    for vid in lock.verdict_ids:
        if vid not in ids and vid not in named:
            found.append(
                f"verdict '{vid}' was removed from the tree but no new entry names it; add it "
                f"to the 'retired' of a new entry for '{slug}' in {entry} with its old title"
            )
    return found


def problems(tree: Tree, tree_file: Path) -> list[str]:
    """What ``check`` reports about the tree's lock: each names the file and the fix."""
    path = lock_path(tree_file, tree.slug)
    current = changelog.version(tree.slug)
    where = display(path)
    refresh = f"then run '{RECORD} {tree.slug}'"
    if not path.exists():
        if not current:
            return []  # a new tree: nothing has been promised yet
        return [f"{where}: no verdict lock for tree '{tree.slug}'; run '{RECORD} {tree.slug}'"]
    try:
        lock = _read(path)
    except LockError as error:
        return [f"{error}; {refresh} to write it again"]
    refused = _refusals(tree, lock)
    if refused:
        return [f"{where}: tree '{tree.slug}': {problem}, {refresh}" for problem in refused]
    if lock.paths is None:
        return [
            f"{where}: tree '{tree.slug}': the lock records scenarios but not every path (an "
            f"older format); run '{RECORD} {tree.slug}' to add them"
        ]
    if lock.entries != _marks(tree.slug):
        return [
            f"{where}: tree '{tree.slug}': the lock was recorded before the latest changelog "
            f"entry ('{current or 'none'}') was written; run '{RECORD} {tree.slug}'"
        ]
    return []


def record(tree: Tree, tree_file: Path) -> Path:
    """Write the tree's lock; refuse what :func:`problems` would still refuse afterwards."""
    path = lock_path(tree_file, tree.slug)
    current = changelog.version(tree.slug)
    if not current:
        raise LockError(
            f"tree '{tree.slug}' has no changelog entry; add one to decision_trees/changelog.py "
            "first (the lock records the advice as of its latest entry)"
        )
    if path.exists():
        refused = _refusals(tree, _read(path))
        if refused:
            raise LockError("; ".join(refused) + "; then record again")
    text = _text(tree)
    try:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise LockError(f"cannot write {display(path)}: {error.strerror or error}") from None
    return path
