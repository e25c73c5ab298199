"""A problem found in a tree file, worded for the contributor who has to fix it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Problem", "display", "locate", "one_line", "show", "summarise"]

_UNPRINTABLE = re.compile(r"[^\x20-\x7e\xa0-\xac\xae-\u05ff]")
"""Characters that may be invisible, reorder text or drive a terminal; the rest pass as they are
(a cheap first pass, so that plain text is not looked up character by character)."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\t" or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return char.encode("unicode_escape").decode("ascii")
    return char


def one_line(text: str) -> str:
    """``text`` with every line break, control, format (bidi, zero-width) and unassigned character
    written as an escape, so that a message stays one line and shows what is really there
    (and cannot drive the terminal) whatever a tree file holds."""
    return _UNPRINTABLE.sub(_escape, text)


def show(value: object) -> str:
    """A short, safe rendering of any value for a one-line message: never a huge number's
    digits (which Python refuses to write past 4300) nor a deep value's repr."""
    if isinstance(value, str):
        return repr(value[:40] + ("…" if len(value) > 40 else ""))
    if (
        value is None
        or isinstance(value, (bool, float))
        or (type(value) is int and abs(value) < 10**12)
    ):
        return repr(value)
    return f"a {type(value).__name__}"


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


SHOWN = 5
"""How many problems of one kind are listed when there are many; the rest are counted."""
MANY = 10
"""More problems of one kind than this are summarised."""
_VARYING = re.compile(r"'[^']*'|\"[^\"]*\"|\d+")


def _kind(problem: Problem) -> tuple[str, str]:
    """Problems of one kind differ only in the names and numbers they quote."""
    return _VARYING.sub("…", problem.node), _VARYING.sub("…", problem.what)


def summarise(problems: list[Problem]) -> list[Problem]:
    """The problems, with each kind that has more than :data:`MANY` cut to its first
    :data:`SHOWN` and one line that counts the rest: a file built to fail a million
    times prints a screen, not megabytes."""
    counts: dict[tuple[str, str], int] = {}
    for problem in problems:
        counts[_kind(problem)] = counts.get(_kind(problem), 0) + 1
    if all(n <= MANY for n in counts.values()):
        return problems
    kept: list[Problem] = []
    shown: dict[tuple[str, str], int] = {}
    for problem in problems:
        kind = _kind(problem)
        if counts[kind] <= MANY:
            kept.append(problem)
            continue
        shown[kind] = shown.get(kind, 0) + 1
        if shown[kind] <= SHOWN:
            kept.append(problem)
        if shown[kind] == SHOWN:
            kept.append(
                Problem(
                    problem.file,
                    problem.node.split(" ", 1)[0] if " '" in problem.node else problem.node,
                    f"and {counts[kind] - SHOWN} more like the {SHOWN} above "
                    f"({counts[kind]} in all: {kind[1]})",
                    "fix the ones above, then run the check again for the rest",
                )
            )
    return kept


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
