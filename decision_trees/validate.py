"""Is a tree well formed? Every rule, every problem in one run, each with its fix.

The rules are those of "What well formed means" in the design: unique ids,
targets that exist, no cycles, every node reachable, leaves that are verdicts,
scenarios that answer their path and reach the verdict they document, full
coverage, no surviving mutant, citations that resolve and plain text only.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from decision_trees.analysis import coverage, surviving_mutants
from decision_trees.engine import DecisionError, decide
from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict
from decision_trees.problems import Problem, display, locate
from decision_trees.sources import BIBLIOGRAPHY

__all__ = ["SLUG", "validate", "validate_all"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MARKUP = re.compile(r"<[A-Za-z/!?]|[\x00-\x08\x0b-\x1f\x7f]")


def _suggest(word: object, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Report:
    """Collects problems for one tree file, locating each node's line where it can."""

    def __init__(self, path: Path | None, label: str) -> None:
        self.path = path
        self.label = label
        self.problems: list[Problem] = []

    def add(self, node: str, what: str, fix: str, *needles: str) -> None:
        self.problems.append(Problem(self.label, node, what, fix, locate(self.path, *needles)))


def _text(report: _Report, node: str, field: str, value: object, needle: str) -> None:
    if not isinstance(value, str) or not value.strip():
        report.add(node, f"{field} is empty or not text", f"write the {field} as a string", needle)
    elif _MARKUP.search(value):
        report.add(
            node,
            f"{field} contains markup or a control character: {value[:40]!r}",
            "write plain text; say 'fewer than' instead of '<', and drop tags",
            needle,
        )


def _citations(report: _Report, node: str, sources: object, needle: str, required: bool) -> None:
    if isinstance(sources, str) or not isinstance(sources, Sequence):
        report.add(node, "sources is not a list", 'write sources=["key", ...]', needle)
        return
    if required and not sources:
        report.add(
            node,
            "cites no source",
            f"add sources=[...] with keys from decision_trees/sources.py: {', '.join(BIBLIOGRAPHY)}",
            needle,
        )
    for key in sources:
        if key not in BIBLIOGRAPHY:
            report.add(
                node,
                f"cites '{key}', which is not in the bibliography{_suggest(key, BIBLIOGRAPHY)}",
                "use a key from decision_trees/sources.py or add the source there",
                needle,
            )


def _slug(report: _Report, node: str, value: object, needle: str) -> bool:
    if isinstance(value, str) and SLUG.match(value):
        return True
    report.add(
        node,
        f"id {value!r} is not a lowercase slug",
        "use lowercase letters, digits and single hyphens, like 'knowledge-gap'",
        needle,
    )
    return False


def _check_questions(report: _Report, tree: Tree, ids: set[str]) -> None:
    for q in tree.questions:
        node = f"question '{q.id}'"
        _slug(report, node, q.id, q.id)
        _text(report, node, "text", q.text, q.id)
        _text(report, node, "why", q.why, q.id)
        _citations(report, node, q.sources, q.id, required=True)
        if not isinstance(q.options, Mapping):
            report.add(node, "options is not a dict", 'write options={"key": Option(...)}', q.id)
            continue
        if len(q.options) < 2:
            report.add(
                node,
                f"has {len(q.options)} option(s); a question needs at least two",
                "add options, or replace the question by the node its option leads to",
                q.id,
            )
        for key, option in q.options.items():
            where = f"{node}, option '{key}'"
            _slug(report, where, key, str(key))
            if not isinstance(option, Option):
                report.add(where, "is not an Option", 'write Option("label", goto="node-id")', key)
                continue
            _text(report, where, "label", option.label, str(key))
            if option.goto not in ids:
                report.add(
                    where,
                    f"goes to '{option.goto}', which is not a question or verdict"
                    + _suggest(option.goto, ids),
                    f"set goto to one of: {', '.join(sorted(ids))}",
                    str(option.goto),
                )


def _check_verdicts(report: _Report, tree: Tree) -> None:
    for v in tree.verdicts:
        node = f"verdict '{v.id}'"
        _slug(report, node, v.id, v.id)
        _text(report, node, "title", v.title, v.id)
        _text(report, node, "because", v.because, v.id)
        _citations(report, node, v.sources, v.id, required=True)
        steps = v.next_steps
        if isinstance(steps, str) or not isinstance(steps, Sequence) or not steps:
            report.add(node, "has no next steps", 'add next_steps=["...", ...]', v.id)
        else:
            for step in steps:
                _text(report, node, "next step", getattr(step, "text", step), v.id)


def _cycle(tree: Tree) -> list[str] | None:
    """A cycle as a list of question ids, or None."""
    graph = {
        q.id: [o.goto for o in q.options.values() if isinstance(o, Option)]
        for q in tree.questions
        if isinstance(q.options, Mapping)
    }
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt in graph and nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in graph:
        if start not in state and (found := visit(start)):
            return found
    return None


def _reachable(tree: Tree) -> set[str]:
    seen: set[str] = set()
    todo = [tree.start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        q = tree.question(node)
        if q is not None and isinstance(q.options, Mapping):
            todo.extend(o.goto for o in q.options.values() if isinstance(o, Option))
    return seen


def _check_scenario(report: _Report, tree: Tree, s: Scenario, verdict_ids: set[str]) -> bool:
    """Check one scenario; True when it reaches the verdict it documents."""
    node = f"scenario '{s.id}'"
    _slug(report, node, s.id, s.id)
    _text(report, node, "title", s.title, s.id)
    _text(report, node, "situation", s.situation, s.id)
    if s.source != OURS and s.source not in BIBLIOGRAPHY:
        report.add(
            node,
            f"source '{s.source}' is not in the bibliography{_suggest(s.source, BIBLIOGRAPHY)}",
            "use a key from decision_trees/sources.py, or source=OURS for an example of our own",
            s.id,
        )
    if s.expect not in verdict_ids:
        report.add(
            node,
            f"expects '{s.expect}', which is not a verdict{_suggest(s.expect, verdict_ids)}",
            f"set expect to one of: {', '.join(sorted(verdict_ids))}",
            s.id,
        )
    if not isinstance(s.answers, Mapping):
        report.add(node, "answers is not a dict", 'write answers={"question": "option"}', s.id)
        return False
    sound = True
    for qid, key in s.answers.items():
        q = tree.question(qid)
        if q is None:
            report.add(
                node,
                f"answers '{qid}', which is not a question{_suggest(qid, [x.id for x in tree.questions])}",
                f"use one of: {', '.join(x.id for x in tree.questions)}",
                s.id,
            )
            sound = False
        elif isinstance(q.options, Mapping) and key not in q.options:
            report.add(
                node,
                f"answers '{qid}' with '{key}', which is not one of its options"
                + _suggest(key, q.options),
                f"use one of: {', '.join(q.options)}",
                s.id,
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
        report.add(node, f"does not reach a verdict: {error}", fix, s.id)
        return False
    if reached != s.expect:
        report.add(
            node,
            f"reaches '{reached}' but documents '{s.expect}'",
            "if the documented verdict is right, the tree is wrong: fix the branch; "
            "if the tree is right, correct the scenario's answers or expect",
            s.id,
        )
        return False
    return True


def validate(tree: object, path: Path | None = None) -> list[Problem]:
    """Every problem with ``tree`` (as loaded from ``path``), or [] when it is well formed."""
    label = display(path) if path else "<tree>"
    report = _Report(path, label)
    if not isinstance(tree, Tree):
        report.add("TREE", f"is a {type(tree).__name__}, not a Tree", "define TREE = Tree(...)")
        return report.problems
    for field, kind in (("questions", Question), ("verdicts", Verdict), ("scenarios", Scenario)):
        items = getattr(tree, field)
        if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
            report.add(f"tree '{tree.slug}'", f"{field} is not a list", f"write {field}=[...]")
            return report.problems
        for item in items:
            if not isinstance(item, kind):
                report.add(
                    f"tree '{tree.slug}'",
                    f"{field} holds a {type(item).__name__}, not a {kind.__name__}",
                    f"write every entry of {field} as {kind.__name__}(...)",
                )
                return report.problems

    root = f"tree '{tree.slug}'"
    if (
        _slug(report, root, tree.slug, str(tree.slug))
        and path
        and path.stem != tree.slug.replace("-", "_")
    ):
        report.add(
            root,
            f"is in {path.name}, but its slug asks for {tree.slug.replace('-', '_')}.py",
            "rename the file or the slug so that they match",
            str(tree.slug),
        )
    _text(report, root, "title", tree.title, str(tree.slug))
    _text(report, root, "summary", tree.summary, str(tree.slug))
    _citations(report, root, tree.sources, str(tree.slug), required=False)

    ids: list[str] = tree.node_ids
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        report.add(
            f"node '{dup}'",
            "is defined more than once",
            "give each question and verdict its own id",
            dup,
        )
    scenario_ids = [s.id for s in tree.scenarios]
    for dup in sorted({i for i in scenario_ids if scenario_ids.count(i) > 1}):
        report.add(
            f"scenario '{dup}'", "is defined more than once", "give each scenario its own id", dup
        )
    node_set, verdict_ids = set(ids), {v.id for v in tree.verdicts}

    if tree.question(tree.start) is None:
        report.add(
            root,
            f"starts at '{tree.start}', which is not a question{_suggest(tree.start, node_set)}",
            f"set start to one of: {', '.join(q.id for q in tree.questions) or '(add a question)'}",
            str(tree.start),
        )
    _check_questions(report, tree, node_set)
    _check_verdicts(report, tree)
    structural = len(report.problems)

    cycle = _cycle(tree)
    if cycle:
        report.add(
            f"question '{cycle[0]}'",
            f"is part of a cycle: {' -> '.join(cycle)}",
            f"point option of '{cycle[-2]}' that goes to '{cycle[-1]}' at a node further down",
            cycle[-2],
        )
    if tree.question(tree.start) is not None:
        reachable = _reachable(tree)
        for node_id in ids:
            if node_id not in reachable:
                kind = "question" if tree.question(node_id) else "verdict"
                report.add(
                    f"{kind} '{node_id}'",
                    "cannot be reached from the start",
                    "point an option at it, or delete it",
                    node_id,
                )
    if not tree.scenarios:
        report.add(root, "has no scenarios", "add scenarios that reach every verdict")
    sound = len(report.problems) == structural == 0
    all_pass = all([_check_scenario(report, tree, s, verdict_ids) for s in tree.scenarios])

    if sound:
        cov = coverage(tree)
        for qid, key in cov.missed_options:
            report.add(
                f"question '{qid}', option '{key}'",
                "is not exercised by any scenario",
                f"add a scenario that answers '{qid}' with '{key}'",
                qid,
            )
        for vid in cov.missed_verdicts:
            report.add(
                f"verdict '{vid}'",
                "is not reached by any scenario",
                "add a scenario that reaches it",
                vid,
            )
        if all_pass and not cov.missed_options and not cov.missed_verdicts:
            for m in surviving_mutants(tree):
                report.add(
                    f"question '{m.question}', option '{m.option}'",
                    f"could go to '{m.redirected}' instead of '{m.original}' and every "
                    "scenario would still pass",
                    f"add a scenario that answers '{m.question}' with '{m.option}' and whose "
                    f"verdict differs once it goes to '{m.redirected}'",
                    m.question,
                )
    return report.problems


def validate_all(trees: Sequence[tuple[Path | None, object]]) -> list[Problem]:
    """Validate each tree and check that no two trees share a slug."""
    problems: list[Problem] = []
    owners: dict[str, Path | None] = {}
    for path, tree in trees:
        problems.extend(validate(tree, path))
        slug = getattr(tree, "slug", None)
        if isinstance(slug, str):
            if slug in owners:
                problems.append(
                    Problem(
                        display(path) if path else "<tree>",
                        f"tree '{slug}'",
                        f"has the same slug as {owners[slug]}",
                        "give this tree a slug of its own (and name its file after it)",
                        locate(path, slug),
                    )
                )
            else:
                owners[slug] = path
    return problems
