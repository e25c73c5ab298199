"""Find and load tree files: one file, one tree, no list to edit.

A tree file is untrusted contributor input, so it is read as data and never
imported (:mod:`decision_trees.treefile`). Loading never lets an exception
escape: anything wrong in a file becomes a :class:`~decision_trees.problems.Problem`
naming the file and the line, and one broken file never stops the others loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from decision_trees import sitecheck, treefile, validate
from decision_trees.model import Tree
from decision_trees.problems import Problem, display, summarise

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
    """No usable tree has the slug asked for; the message says why and lists the ones there are."""


@dataclass
class Loaded:
    """A tree file and what came of loading it."""

    path: Path
    tree: Tree | None
    problems: list[Problem] = field(default_factory=list)
    source: treefile.TreeFile | None = None
    """Where each object of the tree was written, for pointing problems at lines."""

    def claims(self, slug: str) -> bool:
        """Whether this file is, or is meant to be, the tree ``slug``."""
        tree_slug = getattr(self.tree, "slug", None)
        return tree_slug == slug or self.path.stem == slug.replace("-", "_")


def _bug(path: Path, error: BaseException) -> Problem:
    return Problem(
        display(path),
        "file",
        f"stopped the checker ({type(error).__name__})",
        "this is a bug in decision_trees: please report it with the file attached",
    )


def load_file(path: Path) -> Loaded:
    """Read one tree file as data and return its ``TREE`` (validated by :func:`load_trees`)."""
    try:
        read = treefile.read(path)
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        return Loaded(path, None, [_bug(path, error)])
    return Loaded(path, read.tree, read.problems, read)


def _check(item: Loaded, analysis_too: bool, slugs: set[str], pages: dict[str, Tree]) -> None:
    if item.tree is None or item.problems:
        return
    try:
        item.problems.extend(
            validate.validate(
                item.tree,
                item.path,
                analysis_too=analysis_too,
                source=item.source,
                trees=slugs,
                pages=pages,
            )
        )
    except KeyboardInterrupt:
        raise
    except BaseException as error:
        item.problems.append(_bug(item.path, error))


def discover(directory: Path = TREES_DIR) -> list[Path]:
    """Tree files in ``directory``, in name order; files starting with ``_`` are not trees."""
    return sorted(p for p in directory.glob("*.py") if not p.name.startswith("_"))


def load_trees(paths: list[Path] | None = None, *, analysis: bool = True) -> list[Loaded]:
    """Load and validate every tree file (all of ``decision_trees/trees`` by default).

    ``analysis=False`` leaves out coverage and the mutation analysis, for commands
    that only read trees.
    """
    loaded = [load_file(p) for p in (discover() if paths is None else paths)]
    # A then_tree may name any tree loaded together with it, or one of the package's own.
    slugs = {
        t.slug for item in loaded if isinstance(t := item.tree, Tree) and isinstance(t.slug, str)
    }
    # A next step may point at the page of any tree loaded with it, or of one of the package's.
    pages = validate.package_trees() if paths is not None else {}
    for item in loaded:
        tree = item.tree
        if isinstance(tree, Tree) and isinstance(tree.slug, str) and not item.problems:
            pages[tree.slug] = tree
    for item in loaded:
        _check(item, analysis, slugs, pages)
    read = [(item.path, item.tree, item.source) for item in loaded if item.tree is not None]
    across = [*validate.duplicate_slugs(read), *validate.lookalikes(read)]
    sound = {
        item.tree.slug: item.tree
        for item in loaded
        if isinstance(item.tree, Tree) and not item.problems
    }
    for slug, other, element in sitecheck.shared_ids(sound):
        item = next(i for i in loaded if i.tree is sound[slug])
        across.append(
            Problem(
                display(item.path),
                f"tree '{slug}'",
                f"makes the diagram id '{element}', which tree '{other}' makes too; a page "
                "showing both diagrams would have it twice",
                "rename the node, or choose a slug that does not start with the other tree's",
                item.source.line(item.tree, "slug") if item.source is not None else None,
            )
        )
    for item in loaded:
        item.problems.extend(p for p in across if p.file == display(item.path))
        item.problems = summarise(item.problems)
    return loaded


def _usable(directory: Path) -> list[Loaded]:
    """Every file whose tree reads and has the right types, with the rest, in file-name order."""
    loaded = [load_file(p) for p in discover(directory)]
    pages = {
        item.tree.slug: item.tree
        for item in loaded
        if isinstance(item.tree, Tree) and isinstance(item.tree.slug, str) and not item.problems
    }
    for item in loaded:
        if item.tree is not None and not item.problems:
            try:
                item.problems.extend(
                    validate.type_problems(item.tree, item.path, item.source, pages)
                )
            except KeyboardInterrupt:
                raise
            except BaseException as error:
                item.problems.append(_bug(item.path, error))
        item.problems = summarise(item.problems)
    return loaded


def get_tree(slug: str, directory: Path = TREES_DIR) -> Tree:
    """The tree with this slug, read and type-checked but not validated (``check`` does that)."""
    loaded = _usable(directory)
    for item in loaded:
        if item.tree is not None and not item.problems and item.tree.slug == slug:
            return item.tree
    broken = [item for item in loaded if item.problems and item.claims(slug)]
    if broken:
        raise UnknownTree(
            f"tree '{slug}' in {display(broken[0].path)} has {len(broken[0].problems)} problem(s); "
            f"run 'python -m decision_trees check {display(broken[0].path)}'"
        )
    found = [item.tree.slug for item in loaded if item.tree is not None and not item.problems]
    raise UnknownTree(f"no tree '{slug}'; trees are: {', '.join(found) or '(none)'}")


def all_trees(directory: Path = TREES_DIR) -> list[Tree]:
    """Every tree that reads and has the right types, in file-name order."""
    return [item.tree for item in _usable(directory) if item.tree is not None and not item.problems]
