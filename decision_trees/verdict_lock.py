"""The verdict lock: ``check`` refuses a tree change that moves a scenario's verdict unannounced.

Beside each tree file, ``<slug>.verdicts.json`` records the verdict every scenario reached
when the tree's latest changelog entry was written, and that entry's date. A change that
moves any of them fails ``check`` (naming the scenarios, the old and the new verdict) until
the contributor adds an entry to :mod:`decision_trees.changelog` saying what changed and
why, and refreshes the lock with ``python -m decision_trees changelog --record SLUG``,
which itself refuses to record moved verdicts without a newer entry. Scenarios added or
removed move nothing. A tree with no changelog entry and no lock is new and not checked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from decision_trees import changelog
from decision_trees.engine import DecisionError, decide
from decision_trees.model import Tree
from decision_trees.problems import display

__all__ = [
    "LockError",
    "Moved",
    "entry_mark",
    "lock_path",
    "moved",
    "problems",
    "record",
    "snapshot",
]

RECORD = "python -m decision_trees changelog --record"


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


def entry_mark(slug: str) -> str:
    """A short fingerprint of the tree's latest entry, so an entry amended on the same day
    (one entry per tree and day) counts as new."""
    found = changelog.entries(slug)
    if not found:
        return ""
    latest = found[0]
    text = json.dumps([latest.date, latest.what, latest.why, list(latest.sources)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _text(tree: Tree) -> str:
    data = {
        "tree": tree.slug,
        "version": changelog.version(tree.slug),
        "entry": entry_mark(tree.slug),
        "verdicts": snapshot(tree),
    }
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"


def _read(path: Path) -> tuple[str, str, dict[str, str]]:
    """The lock's version, entry mark and verdicts, or :class:`LockError` saying what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LockError(f"{display(path)}: cannot read the verdict lock ({error})") from None
    if not isinstance(data, dict):
        raise LockError(f"{display(path)}: not a verdict lock (not a JSON object)")
    version, mark, verdicts = data.get("version"), data.get("entry", ""), data.get("verdicts")
    if not isinstance(version, str) or not isinstance(mark, str) or not isinstance(verdicts, dict):
        raise LockError(f"{display(path)}: not a verdict lock (no 'version' or 'verdicts')")
    return version, mark, {str(k): str(v) for k, v in verdicts.items()}


def moved(tree: Tree, recorded: dict[str, str]) -> list[Moved]:
    """The scenarios whose verdict today differs from the recorded one, in scenario order."""
    now = snapshot(tree)
    return [
        Moved(sid, recorded[sid], verdict)
        for sid, verdict in now.items()
        if sid in recorded and recorded[sid] != verdict
    ]


def _moved_text(found: list[Moved]) -> str:
    return "; ".join(f"'{m.scenario}' went from '{m.was}' to '{m.now}'" for m in found)


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
        version, mark, recorded = _read(path)
    except LockError as error:
        return [f"{error}; {refresh} to write it again"]
    found = moved(tree, recorded)
    announced = (current, entry_mark(tree.slug)) != (version, mark)
    if found and not announced:
        return [
            f"{where}: tree '{tree.slug}': the verdict of {len(found)} scenario(s) moved without "
            f"a changelog entry: {_moved_text(found)}. Add an entry for '{tree.slug}' to "
            f"decision_trees/changelog.py saying what changed and why, {refresh}"
        ]
    if announced:
        return [
            f"{where}: tree '{tree.slug}': the lock was recorded before the latest changelog "
            f"entry ('{current or 'none'}') was written; run '{RECORD} {tree.slug}'"
        ]
    return []


def record(tree: Tree, tree_file: Path) -> Path:
    """Write the tree's lock; refuse when verdicts moved with no entry newer than the lock."""
    path = lock_path(tree_file, tree.slug)
    current = changelog.version(tree.slug)
    if not current:
        raise LockError(
            f"tree '{tree.slug}' has no changelog entry; add one to decision_trees/changelog.py "
            "first (the lock records the advice as of its latest entry)"
        )
    if path.exists():
        version, mark, recorded = _read(path)
        found = moved(tree, recorded)
        if found and (current, entry_mark(tree.slug)) == (version, mark):
            raise LockError(
                f"the verdict of {len(found)} scenario(s) moved: {_moved_text(found)}; add an "
                f"entry for '{tree.slug}' to decision_trees/changelog.py saying what changed "
                "and why, then record again"
            )
    text = _text(tree)
    try:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise LockError(f"cannot write {display(path)}: {error.strerror or error}") from None
    return path
