"""What the scenarios prove about a tree: what would flip a verdict, coverage, and mutants."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from decision_trees.engine import DecisionError, decide, outcomes
from decision_trees.model import Option, Tree

__all__ = ["Coverage", "Flip", "Mutant", "coverage", "flips", "mutant_count", "surviving_mutants"]


@dataclass(frozen=True)
class Flip:
    """Changing one answer leads away from the current verdict.

    ``verdicts`` holds every verdict the change can reach; more than one means
    the outcome then depends on questions the original answers never reached.
    """

    question: str
    option: str
    verdicts: tuple[str, ...]


def flips(tree: Tree, answers: Mapping[str, str]) -> list[Flip]:
    """The single-answer changes on the path taken that lead to a different verdict.

    Raises :class:`DecisionError` when ``answers`` do not reach a verdict at all.
    """
    current = decide(tree, answers, strict=False)
    found: list[Flip] = []
    for step in current.path:
        question = tree.question(step.question)
        assert question is not None  # decide() walked it
        if not question.changeable:  # it names the problem itself, not a situation to change
            continue
        for key in question.options:
            if key == step.option:
                continue
            reached = outcomes(tree, {**answers, step.question: key})
            if reached != {current.verdict}:
                found.append(Flip(step.question, key, tuple(sorted(reached))))
    return found


@dataclass(frozen=True)
class Coverage:
    """Which options and verdicts the scenarios exercise, and which they miss."""

    options: dict[tuple[str, str], list[str]]
    verdicts: dict[str, list[str]]

    @property
    def missed_options(self) -> list[tuple[str, str]]:
        return [edge for edge, hits in self.options.items() if not hits]

    @property
    def missed_verdicts(self) -> list[str]:
        return [v for v, hits in self.verdicts.items() if not hits]

    @property
    def covered(self) -> int:
        return sum(1 for hits in [*self.options.values(), *self.verdicts.values()] if hits)

    @property
    def total(self) -> int:
        return len(self.options) + len(self.verdicts)

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0


def coverage(tree: Tree) -> Coverage:
    """Run every scenario and record the options it takes and the verdict it reaches.

    A scenario that does not reach a verdict exercises only the steps it took.
    """
    options: dict[tuple[str, str], list[str]] = {
        (q.id, key): [] for q in tree.questions for key in q.options
    }
    verdicts: dict[str, list[str]] = {v.id: [] for v in tree.verdicts}
    for scenario in tree.scenarios:
        try:
            decision = decide(tree, scenario.answers, strict=False)
        except DecisionError:
            continue
        for step in decision.path:
            options[(step.question, step.option)].append(scenario.id)
        verdicts[decision.verdict].append(scenario.id)
    return Coverage(options, verdicts)


@dataclass(frozen=True)
class Mutant:
    """The tree with one option redirected; if it survives, no scenario notices."""

    question: str
    option: str
    original: str
    redirected: str


def _redirect(tree: Tree, question_id: str, key: str, target: str) -> Tree:
    questions = []
    for q in tree.questions:
        if q.id == question_id:
            opts = dict(q.options)
            opts[key] = Option(opts[key].label, target)
            q = replace(q, options=opts)
        questions.append(q)
    return replace(tree, questions=questions)


def _outcome(tree: Tree, answers: Mapping[str, str]) -> str | None:
    try:
        return decide(tree, answers, strict=False).verdict
    except DecisionError:
        return None


def mutant_count(tree: Tree) -> int:
    """How many mutants :func:`surviving_mutants` tries: each option sent to each other node."""
    return sum(len(tree.node_ids) - 1 for q in tree.questions for _ in q.options)


def surviving_mutants(tree: Tree) -> list[Mutant]:
    """Redirect each option to every other node; keep the mutants every scenario misses.

    A mutant is killed when some scenario reaches a verdict other than the one it
    documents (or none at all). Survivors show where the examples do not pin the
    tree down.
    """
    survivors: list[Mutant] = []
    nodes = tree.node_ids
    for question in tree.questions:
        for key, option in question.options.items():
            for target in nodes:
                if target == option.goto:
                    continue
                mutant = _redirect(tree, question.id, key, target)
                if all(_outcome(mutant, s.answers) == s.expect for s in tree.scenarios):
                    survivors.append(Mutant(question.id, key, option.goto, target))
    return survivors
