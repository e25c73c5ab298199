"""Verdicts as plans: the verdict the answers reach, then where the tree leads when its step
falls short, and so on until the tree can say no more.

A verdict's ``then`` holds the answers that "this step was taken and fell short" sets
(question id -> option key); ``then_tree`` names a tree that diagnoses a failure. The rule,
which walker.js follows line for line:

1. Walk the answers to a verdict.
2. Of its ``then``, an entry applies when its question is on the path just walked, or no
   answer (the reader's or an earlier step's) has settled it yet. An entry for a question
   answered off this path is the reader's fact and stays as they gave it. So one ``then``
   serves a verdict reached on several paths: each path uses the entries on it.
3. When no applicable entry changes an answer on the path, the step cannot move the walk:
   the plan ends, on ``then_tree`` if the verdict names one, else at a destination.
4. Otherwise apply the entries and walk again from the start. A question nobody answered
   ends the plan there, with where each of its options leads (one level). A verdict is the
   next step; reaching a verdict again with the same answers on its path is a cycle, a tree
   bug that ``check`` refuses.

The reader's answers are never changed: each step lists the answers it assumed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from decision_trees.engine import DecisionError, Step, decide, outcomes
from decision_trees.model import Tree

__all__ = [
    "DESTINATION",
    "QUESTION",
    "REPEAT",
    "TREE",
    "Lead",
    "Plan",
    "PlanStep",
    "applicable",
    "every_plan",
    "leads_from",
    "next_after",
    "paths",
    "plan",
    "plan_data",
    "walk",
]

DESTINATION = "destination"
"""The plan ends at a verdict whose step, if it falls short, the tree has nothing after."""
TREE = "tree"
"""The plan ends on another tree, which diagnoses what went wrong."""
QUESTION = "question"
"""The plan ends at a question nobody has answered: the tree will ask it next."""
REPEAT = "repeat"
"""The plan came back to a verdict with the same answers: a cycle, refused by the checker."""


@dataclass(frozen=True)
class PlanStep:
    """One verdict of the plan, the path to it, and the answers on that path it assumed."""

    verdict: str
    path: tuple[Step, ...]
    assumed: tuple[Step, ...] = ()
    """Steps of ``path`` whose answer is the plan's, not the reader's."""


@dataclass(frozen=True)
class Lead:
    """Where one option of the question the plan stops at leads: a verdict, or the next
    question nobody has answered."""

    option: str
    node: str


@dataclass(frozen=True)
class Plan:
    """The verdicts in order and how the plan ends (one of the constants above)."""

    steps: tuple[PlanStep, ...]
    end: str
    then_tree: str = ""
    """The tree the plan ends on, when ``end`` is :data:`TREE`."""
    question: str = ""
    """The question the tree asks next, when ``end`` is :data:`QUESTION`."""
    assumed: tuple[Step, ...] = ()
    """For a question: the assumed answers on the way to it."""
    leads: tuple[Lead, ...] = ()
    """For a question: where each of its options leads."""

    @property
    def verdicts(self) -> tuple[str, ...]:
        return tuple(step.verdict for step in self.steps)


def walk(tree: Tree, answers: Mapping[str, str]) -> tuple[tuple[Step, ...], str]:
    """Follow ``answers`` from the start: the steps taken and the node where they stop, a
    verdict or the first question they leave unanswered. Raises :class:`DecisionError` for
    an answer that is not an option, or a cycle in the tree."""
    path: list[Step] = []
    node = tree.start
    questions = {q.id: q for q in reversed(tree.questions)}  # the first of an id, as question()
    taken: set[str] = set()
    while (question := questions.get(node)) is not None and node in answers:
        if node in taken:
            raise DecisionError(f"question '{node}' was reached twice: the tree has a cycle", node)
        taken.add(node)
        option = question.options.get(answers[node])
        if option is None:
            raise DecisionError(
                f"question '{node}' has no option '{answers[node]}'; "
                f"its options are: {', '.join(question.options)}",
                node,
            )
        path.append(Step(node, answers[node]))
        node = option.goto
    return tuple(path), node


def _assumed(path: tuple[Step, ...], reader: Mapping[str, str]) -> tuple[Step, ...]:
    return tuple(step for step in path if reader.get(step.question) != step.option)


def applicable(
    tree: Tree, verdict_id: str, path: tuple[Step, ...], answers: Mapping[str, str]
) -> dict[str, str]:
    """The entries of the verdict's ``then`` that apply after ``path`` (rule 2), or {} when none
    of them changes an answer on the path (rule 3: the step cannot move the walk)."""
    verdict = tree.verdict(verdict_id)
    then = dict(verdict.then) if verdict is not None else {}
    on_path = {step.question: step.option for step in path}
    moves = any(on_path.get(q, o) != o for q, o in then.items())
    if not moves:
        return {}
    return {q: o for q, o in then.items() if q in on_path or q not in answers}


def leads_from(tree: Tree, answers: Mapping[str, str], question_id: str) -> tuple[Lead, ...]:
    """For each option of ``question_id``: the verdict or next open question it leads to."""
    question = tree.question(question_id)
    assert question is not None
    return tuple(
        Lead(key, walk(tree, {**answers, question_id: key})[1]) for key in question.options
    )


def plan(tree: Tree, answers: Mapping[str, str]) -> Plan:
    """The plan the answers start: the verdict they reach, then each verdict the tree leads to
    when the one before falls short, until a destination, a diagnosis tree, an open question
    or a repeat. Raises :class:`DecisionError` when the answers reach no verdict."""
    reader = dict(answers)
    current = dict(answers)
    first = decide(tree, current, strict=False)
    path, node = first.path, first.verdict
    steps = [PlanStep(node, path, ())]
    seen = {(node, path)}
    while True:
        verdict = tree.verdict(node)
        assert verdict is not None
        entries = applicable(tree, node, path, current)
        if not entries:
            if verdict.then_tree:
                return Plan(tuple(steps), TREE, then_tree=verdict.then_tree)
            return Plan(tuple(steps), DESTINATION)
        current.update(entries)
        path, node = walk(tree, current)
        assumed = _assumed(path, reader)
        if tree.question(node) is not None:
            return Plan(
                tuple(steps),
                QUESTION,
                question=node,
                assumed=assumed,
                leads=leads_from(tree, current, node),
            )
        if (node, path) in seen:
            return Plan((*steps, PlanStep(node, path, assumed)), REPEAT)
        seen.add((node, path))
        steps.append(PlanStep(node, path, assumed))


def _steps(steps: tuple[Step, ...]) -> list[dict[str, str]]:
    return [{"question": s.question, "option": s.option} for s in steps]


def plan_data(tree: Tree, found: Plan) -> list[dict[str, Any]]:
    """The plan as JSON-ready data: one item per verdict, then one for how it ends
    (``kind`` "question", "tree", "destination" or "repeat"). The CLI prints it with
    ``decide --json``; the browser test compares walker.js's plan with it."""
    items: list[dict[str, Any]] = []
    for step in found.steps:
        verdict = tree.verdict(step.verdict)
        items.append(
            {
                "kind": "verdict",
                "verdict": step.verdict,
                "assumed": _steps(step.assumed),
                "short_if": verdict.short_if if verdict else "",
            }
        )
    end: dict[str, Any] = {"kind": found.end}
    if found.end == QUESTION:
        end |= {
            "question": found.question,
            "assumed": _steps(found.assumed),
            "leads": [{"option": lead.option, "node": lead.node} for lead in found.leads],
        }
    elif found.end == TREE:
        end["tree"] = found.then_tree
    items.append(end)
    return items


def paths(tree: Tree, limit: int = 10_000) -> list[tuple[Step, ...]]:
    """Every path from the start to a verdict, in the order the options are written (at most
    ``limit``; a tree with more is far past anything the site draws)."""
    found: list[tuple[Step, ...]] = []
    stack: list[tuple[str, tuple[Step, ...]]] = [(tree.start, ())]
    while stack and len(found) < limit:
        node, path = stack.pop()
        question = tree.question(node)
        if question is None:
            if tree.verdict(node) is not None:
                found.append(path)
            continue
        if any(step.question == node for step in path):
            continue  # a cycle: the checker reports it elsewhere
        for key, option in reversed(list(question.options.items())):
            stack.append((option.goto, (*path, Step(node, key))))
    return found


def every_plan(tree: Tree, limit: int = 20_000) -> list[tuple[dict[str, str], Plan]]:
    """The plan of every reader who answers a path to a verdict and then, wherever a plan stops
    at a question, each of its options in turn: what the checker searches for cycles."""
    out: list[tuple[dict[str, str], Plan]] = []
    seen: set[frozenset[tuple[str, str]]] = set()
    todo = [{s.question: s.option for s in path} for path in paths(tree)]
    while todo and len(out) < limit:
        answers = todo.pop()
        key = frozenset(answers.items())
        if key in seen:
            continue
        seen.add(key)
        found = plan(tree, answers)
        out.append((answers, found))
        if found.end == QUESTION:
            question = tree.question(found.question)
            assert question is not None
            todo.extend({**answers, found.question: option} for option in question.options)
    return out


def next_after(tree: Tree, verdict_id: str) -> tuple[list[str], bool]:
    """What a verdict leads to when its step falls short, over every path that reaches it: the
    verdicts (in the tree's order) its ``then`` can lead to, whatever is answered later, and
    whether on some path it ends the plan (on ``then_tree`` or as a destination)."""
    reached: set[str] = set()
    ends = False
    for path in paths(tree):
        answers = {s.question: s.option for s in path}
        if walk(tree, answers)[1] != verdict_id:
            continue
        entries = applicable(tree, verdict_id, path, answers)
        if not entries:
            ends = True
            continue
        reached |= outcomes(tree, {**answers, **entries})
    order = [v.id for v in tree.verdicts]
    return [v for v in order if v in reached and v != verdict_id], ends
