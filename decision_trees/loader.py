"""Find and load tree modules: one file, one tree, no list to edit.

A tree file is untrusted contributor input. Loading never lets an exception
escape: a syntax error, a misspelt keyword or a missing ``TREE`` becomes a
:class:`~decision_trees.problems.Problem` naming the file and the line.
"""

from __future__ import annotations

import importlib.util
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from decision_trees.model import Tree
from decision_trees.problems import Problem, display
from decision_trees.validate import validate_all

__all__ = [
    "TREES_DIR",
    "Loaded",
    "UnknownTree",
    "all_trees",
    "discover",
    "get_tree",
    "load_file",
    "load_trees",
]

TREES_DIR = Path(__file__).parent / "trees"


class UnknownTree(LookupError):
    """No tree has the slug asked for; the message lists the ones there are."""


@dataclass
class Loaded:
    """A tree file and what came of loading it."""

    path: Path
    tree: Tree | None
    problems: list[Problem] = field(default_factory=list)


def load_file(path: Path) -> Loaded:
    """Execute one tree file afresh (never from the module cache) and return its ``TREE``."""
    label = display(path)
    name = f"decision_trees.trees.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        return Loaded(
            path,
            None,
            [
                Problem(
                    label, "file", "cannot be loaded as Python", "check the file name ends in .py"
                )
            ],
        )
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        return Loaded(
            path,
            None,
            [
                Problem(
                    label,
                    "file",
                    f"is not valid Python: {error.msg}",
                    "correct the syntax at that line",
                    error.lineno,
                )
            ],
        )
    except Exception as error:  # contributor code: report, never crash
        line = next(
            (
                f.lineno
                for f in reversed(traceback.extract_tb(error.__traceback__))
                if Path(f.filename) == path
            ),
            None,
        )
        fix = "check the spelling of field names against decision_trees/model.py"
        return Loaded(
            path,
            None,
            [Problem(label, "file", f"raised {type(error).__name__}: {error}", fix, line)],
        )
    tree = getattr(module, "TREE", None)
    if not isinstance(tree, Tree):
        what = (
            "defines no TREE"
            if tree is None
            else f"defines TREE as a {type(tree).__name__}, not a Tree"
        )
        return Loaded(
            path, None, [Problem(label, "TREE", what, "end the file with TREE = Tree(...)")]
        )
    return Loaded(path, tree)


def discover(directory: Path = TREES_DIR) -> list[Path]:
    """Tree files in ``directory``, in name order; files starting with ``_`` are not trees."""
    return sorted(p for p in directory.glob("*.py") if not p.name.startswith("_"))


def load_trees(paths: list[Path] | None = None) -> list[Loaded]:
    """Load and validate every tree file (all of ``decision_trees/trees`` by default)."""
    loaded = [load_file(p) for p in (discover() if paths is None else paths)]
    problems = validate_all([(item.path, item.tree) for item in loaded if item.tree is not None])
    for item in loaded:
        item.problems.extend(p for p in problems if p.file == display(item.path))
    return loaded


def get_tree(slug: str, directory: Path = TREES_DIR) -> Tree:
    """The tree with this slug, loaded without validation (use ``check`` for that)."""
    found = []
    for path in discover(directory):
        item = load_file(path)
        if item.tree is not None:
            found.append(item.tree.slug)
            if item.tree.slug == slug:
                return item.tree
    raise UnknownTree(f"no tree '{slug}'; trees are: {', '.join(found) or '(none)'}")


def all_trees(directory: Path = TREES_DIR) -> list[Tree]:
    """Every tree that loads, in file-name order."""
    return [item.tree for p in discover(directory) if (item := load_file(p)).tree is not None]
