"""A problem found in a tree file, worded for the contributor who has to fix it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Problem", "display", "locate", "one_line", "show"]

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
