"""Is a tree well formed? Every rule, every problem in one run, each with its fix.

The rules are those of "What well formed means" in the design: every field of the
right type, ids that are one-line slugs, plain single-line text within its length
limit, unique ids, targets that exist, no cycles, every node reachable, leaves that
are verdicts, scenarios that answer their path and reach the verdict they document,
full coverage, no surviving mutant, and citations that resolve.

Types are checked first. A wrong type in something the structure rests on (an id,
``options``, a ``goto``, a scenario's answers) stops the checks after the type
checks, so that no rule ever runs on data it cannot read: the contributor fixes
the types, then sees the rest.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from decision_trees import analysis, plan, sitecheck, treefile
from decision_trees.engine import DecisionError, decide
from decision_trees.model import OURS, NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.problems import Problem, display, locate, show
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.treefile import TreeFile

__all__ = [
    "LIMITS",
    "SLUG",
    "duplicate_slugs",
    "is_slug",
    "type_problems",
    "validate",
    "validate_all",
]

SLUG = re.compile(r"\A[a-z0-9]+(?:-[a-z0-9]+)*\Z")
"""A lowercase slug on one line: ``\\Z``, not ``$``, so a trailing newline does not pass."""

LIMITS = {
    "id": 60,
    "label": 80,
    "title": 90,
    "text": 200,
    "summary": 500,
    "next step": 200,
    "see": 200,
    "long": 900,
    "short_if": 300,
    "cost or risk": 240,
}
"""Length limits in characters, from the longest texts of the first trees with headroom:
an option label is drawn on a diagram's arrow, a title is a heading, a question's text a
diagram box; ``long`` is a paragraph (why, because, situation, differs); ``short_if`` is one
or two sentences on a verdict card."""

MAX_QUESTIONS = 200
MAX_VERDICTS = 200
MAX_SCENARIOS = 1000
MAX_OPTIONS = 12
MAX_PATH_STEPS = 20_000
"""The most answers all paths from the start to a verdict may take together: the plan checks
follow every path (the largest tree today has 239 paths, 1,699 answers in all)."""
MAX_PLANS = 10_000
"""The most plans the search for plan cycles may follow (the largest tree today: 1,901)."""
MAX_MUTANT_WORK = 2_000_000
"""The most (scenario step, node) pairs the mutation analysis may weigh (today's largest: 22,000)."""
SHOWN = 5
"""How many surviving mutants are listed one by one; the rest are counted."""
MAX_HINTS = 100
"""How many "did you mean" hints one tree gets; each compares a word with every candidate."""

_MARKUP = re.compile(r"<[A-Za-z/!?]")
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_TEMPLATE = re.compile(r"\{[{%#]")
_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_SEE = re.compile(
    r"\A[a-z0-9_][a-z0-9_./-]*\.md(?:\?[a-z0-9_-]+=[a-z0-9_-]+(?:&[a-z0-9_-]+=[a-z0-9_-]+)*)?"
    r"(?:#[a-z0-9_-]+)?\Z"
)
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_slug(value: object) -> bool:
    """A one-line lowercase slug within the id length limit."""
    return isinstance(value, str) and len(value) <= LIMITS["id"] and bool(SLUG.match(value))


_show = show


def _name(kind: str, value: object, index: int) -> str:
    """How a node is named in messages: by its id when it has a usable one."""
    if isinstance(value, str) and value and len(value) <= 80 and value.isprintable():
        return f"{kind} '{value}'"
    return f"{kind} #{index + 1}"


_hints = [0]
"""Hints given in the current :func:`validate` run (reset by it)."""


def _suggest(word: object, choices: Iterable[str]) -> str:
    """A "did you mean" hint, within the run's budget: thousands of wrong words, each compared
    with hundreds of candidates, would otherwise take minutes."""
    if not isinstance(word, str) or _hints[0] >= MAX_HINTS or len(word) > LIMITS["id"]:
        return ""
    candidates = list(choices)
    if len(candidates) > 500:
        return ""
    _hints[0] += 1
    close = difflib.get_close_matches(word, candidates, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


_PLAIN = re.compile(r"[^\x20-\x7e\xa0-\xac\xae-\u05ff]")
"""Characters outside the ranges that hold no control, format or unassigned character: only
these are looked up one by one."""
_NAMED = {"\n": "a line break (\\n)", "\t": "a tab (\\t)", "\r": "a carriage return"}


def _control(value: str) -> str | None:
    """The first character not allowed in one line of plain text, described with its code point
    and position, or None: control characters, line and paragraph separators, lone surrogates,
    the two code points XML forbids (U+FFFE, U+FFFF; the SVG would not parse) and every
    invisible format character (bidi controls, zero-width spaces, U+FEFF, soft hyphens)."""
    for match in _PLAIN.finditer(value):
        char = match.group()
        category = unicodedata.category(char)
        at = f" at character {match.start() + 1}"
        code = f"U+{ord(char):04X}"
        if char in _NAMED:
            return _NAMED[char] + at
        if char in _BIDI:
            name = unicodedata.name(char, "")
            return f"the invisible bidirectional control {code} ({name}){at}"
        if category == "Cf":
            name = unicodedata.name(char, "")
            return f"the invisible format character {code} ({name}){at}"
        if category == "Cs":
            return f"the lone surrogate {code}, which no file can hold{at}"
        if char in ("\ufffe", "\uffff"):
            return f"the noncharacter {code}, which XML forbids{at}"
        if category in ("Cc", "Zl", "Zp"):
            return f"the control character {code}{at}"
    return None


class _Report:
    """Collects problems for one tree file, pointing each at its line where it can."""

    def __init__(
        self,
        path: Path | None,
        source: TreeFile | None,
        tree: object = None,
        pages: Mapping[str, Tree] | None = None,
    ) -> None:
        self.path = path
        self.label = display(path) if path else "<tree>"
        self.source = source
        self.problems: list[Problem] = []
        self.blocked = False
        self._lines: list[str] | None = None
        self.tree = tree
        self._pages = pages

    def pages(self) -> Mapping[str, Tree]:
        """The trees whose pages a next step may point at: those loaded with this one, else the
        package's (read as data, not validated), and this one."""
        found = dict(self._pages if self._pages is not None else package_trees())
        if isinstance(self.tree, Tree) and isinstance(self.tree.slug, str):
            found[self.tree.slug] = self.tree
        return found

    def add(
        self,
        node: str,
        what: str,
        fix: str,
        *needles: str,
        at: object = None,
        key: object = None,
    ) -> None:
        line = self.source.line(at, key) if self.source is not None and at is not None else None
        if line is None and needles:
            line = locate(self.path, *needles)
        self.problems.append(Problem(self.label, node, what, fix, line))

    def block(
        self, node: str, what: str, fix: str, *, at: object = None, key: object = None
    ) -> None:
        """A wrong type the structure rests on: report it and skip the structural rules."""
        self.blocked = True
        self.add(node, what, fix, at=at, key=key)


# -- types and text ------------------------------------------------------------------------


def _text(
    report: _Report,
    node: str,
    name: str,
    value: object,
    limit: int,
    *,
    at: object,
    required: bool = True,
) -> None:
    """Plain one-line text: a string, not empty, no control characters, markup,
    character references or template syntax, within its length limit."""
    if not isinstance(value, str):
        report.add(
            node,
            f"{name} is {_show(value)}, not text",
            f'write the {name} as text in quotes: {name}="..."',
            at=at,
            key=name,
        )
        return
    if not value.strip():
        if required:
            report.add(node, f"{name} is empty", f"write the {name}", at=at, key=name)
        return
    if (control := _control(value)) is not None:
        report.add(
            node,
            f"{name} contains {control}",
            "write it on one line with spaces; to split long text in the file, put "
            'several "..." pieces side by side in parentheses'
            if control.startswith(("a line break", "a tab", "a carriage", "the control"))
            else "delete that character: it is invisible or breaks the published files, "
            "and readers would not see what the text really says",
            at=at,
            key=name,
        )
    if _MARKUP.search(value):
        report.add(
            node,
            f"{name} contains markup: {_show(value)}",
            "write plain text; say 'fewer than' instead of '<', and drop tags",
            at=at,
            key=name,
        )
    if match := _REFERENCE.search(value):
        report.add(
            node,
            f"{name} contains the character reference '{match.group()}'",
            "write the character itself (é, not &eacute;); text is escaped where it is shown",
            at=at,
            key=name,
        )
    if match := _TEMPLATE.search(value):
        report.add(
            node,
            f"{name} contains template syntax '{match.group()}'",
            "drop the braces: text is shown as written and never run as a template",
            at=at,
            key=name,
        )
    if len(value) > limit:
        report.add(
            node,
            f"{name} is {len(value)} characters long; the limit is {limit}",
            f"shorten it to {limit} characters or fewer",
            at=at,
            key=name,
        )


def _id(
    report: _Report, node: str, name: str, value: object, *, at: object, key: object = None
) -> bool:
    """An id or key: text (else the structure is blocked) that is a one-line slug."""
    key = name if key is None else key
    if not isinstance(value, str):
        report.block(
            node,
            f"{name} is {_show(value)}, not text",
            f'write the {name} as a lowercase slug in quotes, like "knowledge-gap"',
            at=at,
            key=key,
        )
        return False
    if is_slug(value):
        return True
    if len(value) > LIMITS["id"]:
        what = f"{name} is {len(value)} characters long; the limit is {LIMITS['id']}"
    elif _control(value):
        what = f"{name} {_show(value)} contains {_control(value)}"
    else:
        what = f"{name} {_show(value)} is not a lowercase slug"
    report.add(
        node,
        what,
        "use lowercase letters, digits and single hyphens, like 'knowledge-gap'",
        at=at,
        key=key,
    )
    return False


def _list(report: _Report, node: str, name: str, value: object, fix: str, *, at: object) -> bool:
    if isinstance(value, (list, tuple)):
        return True
    report.block(node, f"{name} is {_show(value)}, not a list", fix, at=at, key=name)
    return False


def _citations(report: _Report, node: str, sources: object, *, at: object, required: bool) -> None:
    if not isinstance(sources, (list, tuple)):
        report.add(
            node,
            f"sources is {_show(sources)}, not a list",
            'write sources=["key", ...]',
            at=at,
            key="sources",
        )
        return
    if required and not sources:
        report.add(
            node,
            "cites no source",
            f"add sources=[...] with keys from decision_trees/sources.py: {', '.join(BIBLIOGRAPHY)}",
            at=at,
            key="sources",
        )
    for key in sources:
        if not isinstance(key, str):
            report.add(
                node,
                f"sources holds {_show(key)}, not a key",
                "write each source as a key in quotes from decision_trees/sources.py",
                at=at,
                key="sources",
            )
        elif key not in BIBLIOGRAPHY:
            report.add(
                node,
                f"cites {_show(key)}, which is not in the bibliography{_suggest(key, BIBLIOGRAPHY)}",
                "use a key from decision_trees/sources.py or add the source there",
                at=at,
                key="sources",
            )


def _tree_types(report: _Report, tree: Tree, root: str) -> bool:
    if _id(report, root, "slug", tree.slug, at=tree) and report.path:
        expected = tree.slug.replace("-", "_") + ".py"
        if report.path.name != expected:
            report.add(
                root,
                f"is in {report.path.name}, but its slug asks for {expected}",
                "rename the file or the slug so that they match",
                at=tree,
                key="slug",
            )
    _text(report, root, "title", tree.title, LIMITS["title"], at=tree)
    _text(report, root, "summary", tree.summary, LIMITS["summary"], at=tree)
    if not isinstance(tree.start, str):
        report.block(
            root,
            f"start is {_show(tree.start)}, not text",
            'write start="question-id", the id of the first question',
            at=tree,
            key="start",
        )
    _citations(report, root, tree.sources, at=tree, required=False)
    if type(tree.order) is not int or abs(tree.order) > 10**6:
        report.add(
            root,
            f"order is {_show(tree.order)}, not a whole number",
            "write order=10 (lower comes first in the site's lists), or leave it out",
            at=tree,
            key="order",
        )
    if not isinstance(tree.reviewed, str) or (tree.reviewed and not _is_date(tree.reviewed)):
        report.add(
            root,
            f"reviewed is {_show(tree.reviewed)}, not a date like '2026-11-22'",
            'write reviewed="YYYY-MM-DD", the day of the last expert review, or leave it out',
            at=tree,
            key="reviewed",
        )
    limits = (
        ("questions", Question, MAX_QUESTIONS),
        ("verdicts", Verdict, MAX_VERDICTS),
        ("scenarios", Scenario, MAX_SCENARIOS),
    )
    usable = True
    for name, kind, most in limits:
        items = getattr(tree, name)
        if not _list(
            report, root, name, items, f"write {name}=[{kind.__name__}(...), ...]", at=tree
        ):
            usable = False
            continue
        if len(items) > most:
            report.block(
                root,
                f"has {len(items)} {name}; the limit is {most}",
                "split it into several trees",
                at=tree,
                key=name,
            )
        for index, item in enumerate(items):
            if not isinstance(item, kind):
                report.block(
                    root,
                    f"{name}[{index}] is {_show(item)}, not a {kind.__name__}",
                    f"write every entry of {name} as {kind.__name__}(...)",
                    at=tree,
                    key=name,
                )
                usable = False
    return usable


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _question_types(report: _Report, q: Question, index: int) -> None:
    node = _name("question", q.id, index)
    _id(report, node, "id", q.id, at=q)
    _text(report, node, "text", q.text, LIMITS["text"], at=q)
    _text(report, node, "why", q.why, LIMITS["long"], at=q)
    _citations(report, node, q.sources, at=q, required=True)
    if not isinstance(q.changeable, bool):
        report.add(
            node,
            f"changeable is {_show(q.changeable)}, not True or False",
            "write changeable=False for a question that describes the problem itself, or leave it out",
            at=q,
            key="changeable",
        )
    if not isinstance(q.options, Mapping):
        report.block(
            node,
            f"options is {_show(q.options)}, not a dict",
            'write options={"key": Option("label", goto="node-id"), ...}',
            at=q,
            key="options",
        )
        return
    if len(q.options) > MAX_OPTIONS:
        report.add(
            node,
            f"has {len(q.options)} options; the limit is {MAX_OPTIONS}",
            "group the answers, or ask two questions",
            at=q,
            key="options",
        )
    for key, option in q.options.items():
        where = f"{node}, option {_show(key)}" if isinstance(key, str) else f"{node}, an option"
        _id(report, where, "option key", key, at=q.options, key=key)
        if not isinstance(option, Option):
            report.block(
                where,
                f"is {_show(option)}, not an Option",
                'write Option("label", goto="node-id")',
                at=q.options,
                key=key,
            )
            continue
        _text(report, where, "label", option.label, LIMITS["label"], at=option)
        if not isinstance(option.goto, str):
            report.block(
                where,
                f"goto is {_show(option.goto)}, not text",
                'write goto="node-id", the id of a question or verdict',
                at=option,
                key="goto",
            )


def _verdict_types(report: _Report, v: Verdict, index: int) -> None:
    node = _name("verdict", v.id, index)
    _id(report, node, "id", v.id, at=v)
    _text(report, node, "title", v.title, LIMITS["title"], at=v)
    _text(report, node, "because", v.because, LIMITS["long"], at=v)
    _citations(report, node, v.sources, at=v, required=True)
    _plan_types(report, v, node)
    _consequence_types(report, v, node)
    steps = v.next_steps
    if not isinstance(steps, (list, tuple)) or not steps:
        report.add(
            node,
            "has no next steps"
            if isinstance(steps, (list, tuple))
            else f"next_steps is {_show(steps)}, not a list",
            'add next_steps=["...", NextStep("...", see="page.md"), ...]',
            at=v,
            key="next_steps",
        )
        return
    for step in steps:
        if isinstance(step, NextStep):
            _text(report, node, "next step", step.text, LIMITS["next step"], at=step, required=True)
            if not isinstance(step.see, str) or (
                step.see
                and (not _SEE.match(step.see) or ".." in step.see or len(step.see) > LIMITS["see"])
            ):
                report.add(
                    node,
                    f"next step's see is {_show(step.see)}, not a page of the site",
                    'write see="framework/neither.md#structured-outputs" (a page under docs/, '
                    "an optional anchor), or leave it out",
                    at=step,
                    key="see",
                )
            elif step.see:
                for found in sitecheck.see_findings(step.see, node, step, report.pages()):
                    report.add(found.node, found.what, found.fix, at=found.at, key=found.key)
        elif isinstance(step, str):
            _text(report, node, "next step", step, LIMITS["next step"], at=v, required=True)
        else:
            report.add(
                node,
                f"next_steps holds {_show(step)}, not text or a NextStep",
                'write each step as "text" or NextStep("text", see="page.md")',
                at=v,
                key="next_steps",
            )


def _consequence_types(report: _Report, v: Verdict, node: str) -> None:
    """``costs`` and ``risks`` are lists of short texts (either may be left out)."""
    for key in ("costs", "risks"):
        items = getattr(v, key)
        if not isinstance(items, (list, tuple)):
            report.add(
                node,
                f"{key} is {_show(items)}, not a list",
                f'write {key}=["...", "..."]: one plain sentence each, or leave it out',
                at=v,
                key=key,
            )
            continue
        for item in items:
            if isinstance(item, str):
                _text(report, node, "cost or risk", item, LIMITS["cost or risk"], at=v)
            else:
                report.add(
                    node,
                    f"{key} holds {_show(item)}, not text",
                    f'write each of {key} as one plain sentence in quotes, "..."',
                    at=v,
                    key=key,
                )


def _plan_types(report: _Report, v: Verdict, node: str) -> None:
    """``short_if`` is text, ``then`` a dict of text to text, ``then_tree`` a slug or ""."""
    _text(report, node, "short_if", v.short_if, LIMITS["short_if"], at=v, required=False)
    if not isinstance(v.then, Mapping) or not all(
        isinstance(q, str) and isinstance(o, str) for q, o in v.then.items()
    ):
        report.add(
            node,
            f"then is {_show(v.then)}, not a dict of question ids to option keys",
            'write then={"question-id": "option-key"}: the answers its step, fallen short, '
            "sets; or leave it out",
            at=v,
            key="then",
        )
    if not isinstance(v.then_tree, str):
        report.add(
            node,
            f"then_tree is {_show(v.then_tree)}, not text",
            'write then_tree="tree-slug", the tree that diagnoses a failure, or leave it out',
            at=v,
            key="then_tree",
        )
    elif v.then_tree:
        _id(report, node, "then_tree", v.then_tree, at=v)


def _scenario_types(report: _Report, s: Scenario, index: int) -> None:
    node = _name("scenario", s.id, index)
    _id(report, node, "id", s.id, at=s)
    _text(report, node, "title", s.title, LIMITS["title"], at=s)
    _text(report, node, "situation", s.situation, LIMITS["long"], at=s)
    if not isinstance(s.expect, str):
        report.block(
            node,
            f"expect is {_show(s.expect)}, not text",
            'write expect="verdict-id"',
            at=s,
            key="expect",
        )
    if not isinstance(s.source, str):
        report.add(
            node,
            f"source is {_show(s.source)}, not text",
            'write source="key" with a key from decision_trees/sources.py, or source=OURS',
            at=s,
            key="source",
        )
    if not isinstance(s.chose, str):
        report.add(
            node,
            f"chose is {_show(s.chose)}, not text",
            'write chose="verdict-id" (the verdict the team chose), or leave it out',
            at=s,
            key="chose",
        )
    chose = isinstance(s.chose, str) and bool(s.chose)
    if chose and isinstance(s.differs, str) and not s.differs.strip():
        report.add(
            node,
            "sets chose without differs",
            "say in differs why the team's choice and the tree's verdict differ",
            at=s,
            key="differs",
        )
    else:
        _text(report, node, "differs", s.differs, LIMITS["long"], at=s, required=False)
    if not chose and isinstance(s.differs, str) and s.differs.strip():
        report.add(
            node,
            "sets differs without chose",
            "set chose to the verdict the team picked, or drop differs",
            at=s,
            key="differs",
        )
    if not isinstance(s.assumed, (list, tuple)) or not all(isinstance(q, str) for q in s.assumed):
        report.add(
            node,
            f"assumed is {_show(s.assumed)}, not a list of question ids",
            'write assumed=("question-id", ...) for answers the source does not state, '
            "or leave it out",
            at=s,
            key="assumed",
        )
    elif isinstance(s.answers, Mapping):
        for qid in s.assumed:
            if qid not in s.answers:
                report.add(
                    node,
                    f"assumes an answer to {_show(qid)}, which it does not answer",
                    "list in assumed only question ids that answers gives an option for",
                    at=s,
                    key="assumed",
                )
    if not isinstance(s.plan, (list, tuple)) or not all(isinstance(v, str) for v in s.plan):
        report.add(
            node,
            f"plan is {_show(s.plan)}, not a list of verdict ids",
            'write plan=("verdict-id", ...), the verdicts its plan goes through, or leave it out',
            at=s,
            key="plan",
        )
    if not isinstance(s.answers, Mapping):
        report.block(
            node,
            f"answers is {_show(s.answers)}, not a dict",
            'write answers={"question-id": "option-key", ...}',
            at=s,
            key="answers",
        )
        return
    for question, option in s.answers.items():
        if not isinstance(question, str) or not isinstance(option, str):
            report.block(
                node,
                f"answers {_show(question)} with {_show(option)}; both must be text",
                'write answers={"question-id": "option-key", ...}',
                at=s.answers,
                key=question,
            )


def _check_types(report: _Report, tree: Tree) -> None:
    root = _name("tree", tree.slug, 0)
    if not _tree_types(report, tree, root):
        return  # the lists themselves are unusable
    for index, q in enumerate(tree.questions):
        _question_types(report, q, index)
    for index, v in enumerate(tree.verdicts):
        _verdict_types(report, v, index)
    for index, s in enumerate(tree.scenarios):
        _scenario_types(report, s, index)
    ids = [x.id for x in (*tree.questions, *tree.verdicts, *tree.scenarios)]
    if not all(isinstance(i, str) for i in ids):
        report.blocked = True  # already reported, one line per id


def type_problems(
    tree: object,
    path: Path | None = None,
    source: TreeFile | None = None,
    pages: Mapping[str, Tree] | None = None,
) -> list[Problem]:
    """The type and text problems of ``tree`` alone: what a tree needs before anything reads it.
    ``pages``: the trees whose pages a next step may point at (by default the package's)."""
    report = _Report(path, source, tree, pages)
    if not isinstance(tree, Tree):
        report.add("TREE", f"is {_show(tree)}, not a Tree", "define TREE = Tree(...)")
        return report.problems
    _check_types(report, tree)
    return report.problems


# -- structure, scenarios and analysis -------------------------------------------------------


def _cycle(graph: Mapping[str, list[str]]) -> list[str] | None:
    """A cycle as a list of question ids, or None (iterative: a long chain cannot overflow)."""
    state: dict[str, int] = {}
    for root in graph:
        if root in state:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = [root]
        state[root] = 1
        while stack:
            node, i = stack[-1]
            targets = graph[node]
            if i == len(targets):
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            stack[-1] = (node, i + 1)
            nxt = targets[i]
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                state[nxt] = 1
                stack.append((nxt, 0))
                path.append(nxt)
    return None


def _reachable(start: str, graph: Mapping[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, []))
    return seen


def _check_scenario(
    report: _Report,
    tree: Tree,
    s: Scenario,
    index: int,
    questions: Mapping[str, Question],
    verdict_ids: set[str],
) -> bool:
    """Check one scenario; True when it reaches the verdict it documents."""
    node = _name("scenario", s.id, index)
    if s.source != OURS and isinstance(s.source, str) and s.source not in BIBLIOGRAPHY:
        report.add(
            node,
            f"source {_show(s.source)} is not in the bibliography{_suggest(s.source, BIBLIOGRAPHY)}",
            "use a key from decision_trees/sources.py, or source=OURS for an example of our own",
            at=s,
            key="source",
        )
    if isinstance(s.chose, str) and s.chose and s.chose not in verdict_ids:
        report.add(
            node,
            f"chose {_show(s.chose)}, which is not a verdict{_suggest(s.chose, verdict_ids)}",
            f"set chose to one of: {', '.join(sorted(verdict_ids))}, or leave it out",
            at=s,
            key="chose",
        )
    elif isinstance(s.chose, str) and s.chose and s.chose == s.expect:
        report.add(
            node,
            f"chose '{s.chose}', the verdict it expects",
            "set chose only where the team's choice differs from expect; otherwise leave it out",
            at=s,
            key="chose",
        )
    if s.expect not in verdict_ids:
        report.add(
            node,
            f"expects {_show(s.expect)}, which is not a verdict{_suggest(s.expect, verdict_ids)}",
            f"set expect to one of: {', '.join(sorted(verdict_ids))}",
            at=s,
            key="expect",
        )
    sound = True
    for qid, key in s.answers.items():
        q = questions.get(qid)
        if q is None:
            report.add(
                node,
                f"answers {_show(qid)}, which is not a question{_suggest(qid, questions)}",
                f"use one of: {', '.join(questions)}",
                at=s.answers,
                key=qid,
            )
            sound = False
        elif key not in q.options:
            report.add(
                node,
                f"answers '{qid}' with {_show(key)}, which is not one of its options"
                + _suggest(key, q.options),
                f"use one of: {', '.join(q.options)}",
                at=s.answers,
                key=qid,
            )
            sound = False
    if not sound:
        return False
    try:
        reached = decide(tree, s.answers).verdict
    except DecisionError as error:
        fix = (
            f'add "{error.question}": ... to its answers'
            if error.question
            else "fix the tree's structure first"
        )
        report.add(node, f"does not reach a verdict: {error}", fix, at=s, key="answers")
        return False
    if reached != s.expect:
        report.add(
            node,
            f"reaches '{reached}' but documents '{s.expect}'",
            "if the documented verdict is right, the tree is wrong: fix the branch; "
            "if the tree is right, correct the scenario's answers or expect",
            at=s,
            key="expect",
        )
        return False
    return True


def validate(
    tree: object,
    path: Path | None = None,
    *,
    analysis_too: bool = True,
    source: TreeFile | None = None,
    trees: Collection[str] = (),
    pages: Mapping[str, Tree] | None = None,
) -> list[Problem]:
    """Every problem with ``tree`` (as read from ``path``), or [] when it is well formed.

    ``analysis_too=False`` skips coverage, the mutation analysis and the search for plan
    cycles: the commands that only read a tree (list, decide, walk, render, export) need a
    sound tree, not proof that its scenarios pin it down. ``source`` points problems at
    lines. ``trees`` names the slugs a ``then_tree`` may use besides the package's own trees;
    ``pages`` the trees whose pages a next step may point at (by default the package's).
    """
    report = _Report(path, source, tree, pages)
    _hints[0] = 0
    if not isinstance(tree, Tree):
        report.add("TREE", f"is {_show(tree)}, not a Tree", "define TREE = Tree(...)")
        return report.problems
    _check_types(report, tree)
    if report.blocked:
        return report.problems
    root = _name("tree", tree.slug, 0)
    for found in sitecheck.slug_findings(tree, root):
        report.add(found.node, found.what, found.fix, at=found.at, key=found.key)

    questions: dict[str, Question] = {}
    verdicts: dict[str, Verdict] = {}
    for q in tree.questions:
        questions.setdefault(q.id, q)
    for v in tree.verdicts:
        verdicts.setdefault(v.id, v)
    ids = Counter([*(q.id for q in tree.questions), *(v.id for v in tree.verdicts)])
    for dup in sorted(i for i, n in ids.items() if n > 1):
        first = questions.get(dup) or verdicts.get(dup)
        report.add(
            f"node '{dup}'",
            "is defined more than once",
            "give each question and verdict its own id",
            at=first,
            key="id",
        )
    scenario_ids = Counter(s.id for s in tree.scenarios)
    for dup in sorted(i for i, n in scenario_ids.items() if n > 1):
        report.add(
            f"scenario '{dup}'",
            "is defined more than once",
            "give each scenario its own id",
            at=tree.scenario(dup),
            key="id",
        )
    node_set, verdict_ids = set(ids), set(verdicts)
    if len(node_set) == len(ids) and len(scenario_ids) == len(tree.scenarios):
        for found in sitecheck.id_findings(tree):
            report.add(found.node, found.what, found.fix, at=found.at, key=found.key)

    if tree.start not in questions:
        report.add(
            root,
            f"starts at {_show(tree.start)}, which is not a question{_suggest(tree.start, node_set)}",
            f"set start to one of: {', '.join(questions) or '(add a question)'}",
            at=tree,
            key="start",
        )
    for index, q in enumerate(tree.questions):
        node = _name("question", q.id, index)
        if len(q.options) < 2:
            report.add(
                node,
                f"has {len(q.options)} option(s); a question needs at least two",
                "add options, or replace the question by the node its option leads to",
                at=q,
                key="options",
            )
        for key, option in q.options.items():
            if option.goto not in node_set:
                report.add(
                    f"{node}, option {_show(key)}",
                    f"goes to {_show(option.goto)}, which is not a question or verdict"
                    + _suggest(option.goto, node_set),
                    f"set goto to one of: {', '.join(sorted(node_set))}",
                    at=option,
                    key="goto",
                )
    structural = len(report.problems)

    graph = {qid: [o.goto for o in q.options.values()] for qid, q in questions.items()}
    cycle = _cycle(graph)
    if cycle:
        report.add(
            f"question '{cycle[0]}'",
            f"is part of a cycle: {' -> '.join(cycle)}",
            f"point option of '{cycle[-2]}' that goes to '{cycle[-1]}' at a node further down",
            at=questions[cycle[-2]],
        )
    if tree.start in questions:
        reachable = _reachable(tree.start, graph)
        for node_id in ids:
            if node_id not in reachable:
                kind = "question" if node_id in questions else "verdict"
                report.add(
                    f"{kind} '{node_id}'",
                    "cannot be reached from the start",
                    "point an option at it, or delete it",
                    at=questions.get(node_id) or verdicts.get(node_id),
                )
    if not tree.scenarios:
        report.add(root, "has no scenarios", "add scenarios that reach every verdict", at=tree)
    sound = len(report.problems) == structural == 0
    all_pass = all(
        [
            _check_scenario(report, tree, s, i, questions, verdict_ids)
            for i, s in enumerate(tree.scenarios)
        ]
    )
    if sound and _paths_within_bounds(report, root, tree, graph):
        _check_plans(report, tree, questions, {*known_trees(), *trees, tree.slug}, analysis_too)

    if sound and analysis_too:
        cov = analysis.coverage(tree)
        for qid, key in cov.missed_options:
            report.add(
                f"question '{qid}', option '{key}'",
                "is not exercised by any scenario",
                f"add a scenario that answers '{qid}' with '{key}'",
                at=questions[qid].options,
                key=key,
            )
        for vid in cov.missed_verdicts:
            report.add(
                f"verdict '{vid}'",
                "is not reached by any scenario",
                "add a scenario that reaches it",
                at=verdicts[vid],
            )
        work = sum(len(hits) for hits in cov.options.values()) * len(tree.node_ids)
        if work > MAX_MUTANT_WORK:
            report.add(
                root,
                f"needs {work} steps of mutation analysis (each answer a scenario takes, tried "
                f"against every node); the limit is {MAX_MUTANT_WORK}",
                "split the tree, or use fewer and shorter scenarios",
                at=tree,
                key="scenarios",
            )
        elif all_pass and not cov.missed_options and not cov.missed_verdicts:
            survivors = analysis.surviving_mutants(tree)
            for m in survivors[:SHOWN]:
                report.add(
                    f"question '{m.question}', option '{m.option}'",
                    f"could go to '{m.redirected}' instead of '{m.original}' and every "
                    "scenario would still pass",
                    f"add a scenario that answers '{m.question}' with '{m.option}' and whose "
                    f"verdict differs once it goes to '{m.redirected}'",
                    at=questions[m.question].options,
                    key=m.option,
                )
            if len(survivors) > SHOWN:
                report.add(
                    root,
                    f"and {len(survivors) - SHOWN} more surviving mutants ({len(survivors)} in "
                    f"all; the first {SHOWN} are above)",
                    "add scenarios that tell those answers apart, then run the check again "
                    "for the rest",
                    at=tree,
                    key="scenarios",
                )
    return report.problems


def _paths_within_bounds(
    report: _Report, root: str, tree: Tree, graph: Mapping[str, list[str]]
) -> bool:
    """Whether the paths from the start are few enough for the plan checks to follow each.

    Counted without walking them (the graph is acyclic here): each node's paths to a verdict
    and the answers they take, from the nodes it leads to.
    """
    counts: dict[str, tuple[int, int]] = {}
    stack = [tree.start]
    while stack:
        node = stack[-1]
        if node not in graph:
            counts[node] = (1, 0)
            stack.pop()
            continue
        todo = [t for t in graph[node] if t not in counts]
        if todo:
            stack.extend(todo)
            continue
        stack.pop()
        paths = sum(counts[t][0] for t in graph[node])
        counts[node] = (paths, sum(counts[t][0] + counts[t][1] for t in graph[node]))
    paths, steps = counts[tree.start]
    if steps <= MAX_PATH_STEPS:
        return True
    shown = str(paths) if paths < 10**12 else "more than a trillion"
    report.add(
        root,
        f"has {shown} paths from its start to a verdict; the checker follows each, and all "
        f"paths together may take at most {MAX_PATH_STEPS} answers",
        "split the tree, or let fewer answers lead on to further questions",
        at=tree,
        key="questions",
    )
    return False


_TREES = Path(__file__).resolve().parent / "trees"


def package_trees() -> dict[str, Tree]:
    """The package's trees by slug, read as data (cached while their files are unchanged)."""
    found: dict[str, Tree] = {}
    for path in sorted(_TREES.glob("*.py")):
        if path.name.startswith("_"):
            continue
        tree = _read_cached(path, path.stat().st_mtime_ns)
        if tree is not None and isinstance(tree.slug, str):
            found.setdefault(tree.slug, tree)
    return found


@functools.cache
def _read_cached(path: Path, mtime: int) -> Tree | None:
    return treefile.read(path).tree


def known_trees() -> set[str]:
    """The slugs of the package's trees, by file name (a file is named after its slug)."""
    return {p.stem.replace("_", "-") for p in _TREES.glob("*.py") if not p.name.startswith("_")}


def _check_then(
    report: _Report, tree: Tree, questions: Mapping[str, Question], known: set[str]
) -> bool:
    """Each ``then`` names questions and their options, ``then_tree`` a tree, and a verdict with
    either says how the team will know its step fell short. True when plans can be walked."""
    usable = True
    for index, v in enumerate(tree.verdicts):
        node = _name("verdict", v.id, index)
        if not isinstance(v.then, Mapping) or not isinstance(v.then_tree, str):
            usable = False  # reported with the types
            continue
        for qid, key in v.then.items():
            q = questions.get(qid)
            if q is None:
                usable = False
                report.add(
                    node,
                    f"then answers {_show(qid)}, which is not a question{_suggest(qid, questions)}",
                    f"use one of: {', '.join(questions)}",
                    at=v.then,
                    key=qid,
                )
            elif key not in q.options:
                usable = False
                report.add(
                    node,
                    f"then answers '{qid}' with {_show(key)}, which is not one of its options"
                    + _suggest(key, q.options),
                    f"use one of: {', '.join(q.options)}",
                    at=v.then,
                    key=qid,
                )
        if v.then_tree and is_slug(v.then_tree) and v.then_tree not in known:
            report.add(
                node,
                f"then_tree {_show(v.then_tree)} is not a tree{_suggest(v.then_tree, known)}",
                f"use the slug of a tree: {', '.join(sorted(known))}",
                at=v,
                key="then_tree",
            )
        if (v.then or v.then_tree) and isinstance(v.short_if, str) and not v.short_if.strip():
            report.add(
                node,
                "has a then or then_tree but no short_if",
                "say in short_if, in one or two sentences, how the team will know its step "
                "fell short",
                at=v,
                key="then" if v.then else "then_tree",
            )
    return usable


def _check_plans(
    report: _Report,
    tree: Tree,
    questions: Mapping[str, Question],
    known: set[str],
    analysis_too: bool,
) -> None:
    """Every ``then`` moves the walk somewhere new, no plan comes back on itself, and each
    scenario that pins its plan has that plan (see :mod:`decision_trees.plan`)."""
    if not _check_then(report, tree, questions, known):
        return
    moved: set[str] = set()
    back: set[str] = set()
    for path in plan.paths(tree):
        answers = {s.question: s.option for s in path}
        verdict = plan.walk(tree, answers)[1]
        entries = plan.applicable(tree, verdict, path, answers)
        if not entries:
            continue
        moved.add(verdict)
        if plan.walk(tree, {**answers, **entries})[1] == verdict and verdict not in back:
            back.add(verdict)
            shown = ", ".join(f"{s.question}={s.option}" for s in path)
            report.add(
                f"verdict '{verdict}'",
                f"then leads back to '{verdict}' itself on the path {shown}",
                "set then to answers under which its fallen-short step leads elsewhere",
                at=tree.verdict(verdict),
                key="then",
            )
    for v in tree.verdicts:
        if v.then and v.id not in moved:
            report.add(
                f"verdict '{v.id}'",
                "then changes no answer on any path that reaches it, so its plan never moves on",
                "set then to answers that differ from a path to it (a question on that path and "
                "the option its fallen-short step means), or drop then to make it a destination",
                at=v,
                key="then",
            )
    if analysis_too and not back:
        every = plan.every_plan(tree, limit=MAX_PLANS)
        if len(every) >= MAX_PLANS:
            report.add(
                _name("tree", tree.slug, 0),
                f"has more than {MAX_PLANS} plans to search for cycles (each path to a verdict, "
                "and each answer where a plan stops at a question)",
                "split the tree, or give fewer verdicts a then",
                at=tree,
                key="verdicts",
            )
        for answers, found in every:
            if found.end == plan.REPEAT:
                again, culprit = found.verdicts[-1], found.verdicts[-2]
                loop = found.verdicts[found.verdicts.index(again) :]
                given = ", ".join(f"{q}={o}" for q, o in answers.items())
                report.add(
                    f"verdict '{culprit}'",
                    f"is part of a plan cycle: {' -> '.join(loop)} (answers {given})",
                    f"change the then of '{culprit}' so that its fallen-short step does not "
                    f"lead back to '{again}'",
                    at=tree.verdict(culprit),
                    key="then",
                )
                break
    for index, s in enumerate(tree.scenarios):
        if not s.plan:
            continue
        try:
            found_plan = plan.plan(tree, s.answers)
        except DecisionError:
            continue  # reported with the scenario
        if found_plan.verdicts != tuple(s.plan):
            report.add(
                _name("scenario", s.id, index),
                f"pins the plan {' -> '.join(s.plan)}, but the tree's plan is "
                f"{' -> '.join(found_plan.verdicts)}",
                "if the pinned plan is right, fix the verdicts' then; if the tree is right, "
                "update plan",
                at=s,
                key="plan",
            )


def duplicate_slugs(trees: Sequence[tuple[Path | None, object, TreeFile | None]]) -> list[Problem]:
    """One problem for each tree whose slug an earlier tree already has."""
    problems: list[Problem] = []
    owners: dict[str, Path | None] = {}
    for path, tree, source in trees:
        slug = getattr(tree, "slug", None)
        if not isinstance(slug, str):
            continue
        if slug in owners:
            owner = owners[slug]
            line = source.line(tree, "slug") if source is not None else locate(path, slug)
            problems.append(
                Problem(
                    display(path) if path else "<tree>",
                    f"tree '{slug}'" if is_slug(slug) else "tree",
                    f"has the same slug as {display(owner) if owner else '<tree>'}",
                    "give this tree a slug of its own (and name its file after it)",
                    line,
                )
            )
        else:
            owners[slug] = path
    return problems


_CONFUSABLE = str.maketrans(
    # Cyrillic and Greek letters (and a script g) drawn like Latin ones, after casefold
    "\u0430\u0432\u0435\u043a\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445\u0456\u0458\u0455\u0501\u0261\u03b1\u03b2\u03b5\u03b9\u03ba\u03bd\u03bf\u03c1\u03c4\u03c5\u03c7",
    "abekmhopctyxijsdgabeikvoptux",
)
_SLUG_LOOKALIKES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("i", "l"))


def _title_key(title: str) -> str:
    """A title as a reader sees it: compatibility forms, case, look-alike letters, invisible
    characters and runs of spaces all folded away."""
    text = unicodedata.normalize("NFKC", title).casefold().translate(_CONFUSABLE)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc", "Mn"))
    return " ".join(text.split())


def _slug_key(slug: str) -> str:
    """A slug as a reader may misread it: without hyphens, with look-alike letters merged."""
    key = slug.replace("-", "")
    for many, one in _SLUG_LOOKALIKES:
        key = key.replace(many, one)
    return key


def lookalikes(trees: Sequence[tuple[Path | None, object, TreeFile | None]]) -> list[Problem]:
    """One problem for each tree whose title reads as an earlier tree's, or whose slug can be
    mistaken for an earlier tree's: a reader could not tell the two apart."""
    problems: list[Problem] = []
    titles: dict[str, tuple[Path | None, str]] = {}
    slugs: dict[str, tuple[Path | None, str]] = {}
    for path, tree, source in trees:
        slug, title = getattr(tree, "slug", None), getattr(tree, "title", None)
        if not isinstance(slug, str) or not is_slug(slug):
            continue
        label = display(path) if path else "<tree>"
        where = f"tree '{slug}'"
        if isinstance(title, str):
            owner = titles.get(_title_key(title))
            if owner is not None and owner[1] != slug:
                problems.append(
                    Problem(
                        label,
                        where,
                        f"has a title that reads the same as that of tree '{owner[1]}' "
                        f"({display(owner[0]) if owner[0] else '<tree>'})",
                        "give the tree a title of its own",
                        source.line(tree, "title") if source is not None else None,
                    )
                )
            titles.setdefault(_title_key(title), (path, slug))
        owner = slugs.get(_slug_key(slug))
        if owner is not None and owner[1] != slug:
            problems.append(
                Problem(
                    label,
                    where,
                    f"has a slug that can be mistaken for '{owner[1]}' "
                    f"({display(owner[0]) if owner[0] else '<tree>'})",
                    "give the tree a slug that differs by more than hyphens or look-alike letters",
                    source.line(tree, "slug") if source is not None else None,
                )
            )
        slugs.setdefault(_slug_key(slug), (path, slug))
    return problems


def validate_all(trees: Sequence[tuple[Path | None, object]]) -> list[Problem]:
    """Validate each tree and check that no two trees share a slug."""
    problems: list[Problem] = []
    for path, tree in trees:
        problems.extend(validate(tree, path))
    problems.extend(duplicate_slugs([(path, tree, None) for path, tree in trees]))
    return problems
