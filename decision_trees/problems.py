"""A problem found in a tree file, worded for the contributor who has to fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Problem", "display", "locate", "one_line"]

_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def one_line(text: str) -> str:
    """``text`` with every line break and control character written as an escape, so that a
    message stays one line (and cannot drive the terminal) whatever a tree file holds."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where (file, line, node), what, and how to fix it."""

    file: str
    node: str
    what: str
    fix: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return one_line(f"{where}: {self.node}: {self.what}. Fix: {self.fix}")


def locate(path: Path | None, *needles: str) -> int | None:
    """The first line of ``path`` that holds every needle as a quoted string, if any.

    Good enough to point an editor at the offending node; never required.
    """
    if path is None or not needles:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    patterns = [re.compile(r"""(["'])""" + re.escape(n) + r"\1") for n in needles]
    for number, text in enumerate(lines, start=1):
        if all(p.search(text) for p in patterns):
            return number
    return None


def display(path: Path) -> str:
    """A path as a contributor would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
