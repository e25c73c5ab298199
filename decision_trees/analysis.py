"""What the scenarios prove about a tree: what would flip a verdict, coverage, and mutants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from decision_trees.engine import DecisionError, decide, outcomes
from decision_trees.model import Option, Question, Tree

__all__ = [
    "Coverage",
    "Flip",
    "Mutant",
    "changes",
    "coverage",
    "flips",
    "mutant_count",
    "surviving_mutants",
    "surviving_mutants_brute_force",
]


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
        for key in question.options:
            if key == step.option:
                continue
            reached = outcomes(tree, {**answers, step.question: key})
            if reached != {current.verdict}:
                found.append(Flip(step.question, key, tuple(sorted(reached))))
    return found


def changes(tree: Tree, answers: Mapping[str, str]) -> list[Flip]:
    """What would change the verdict, as a reader can act on it, most decisive first.

    Only questions a reader could answer differently about their own situation
    count (``Question.changeable``; "what is wrong" describes the problem, not a
    choice). "Most decisive" orders the flips by how surely they move the verdict:
    first those that lead to one other verdict whatever else is answered, then those
    whose outcome still depends on later questions but can no longer reach the
    current verdict, then those that might keep it; within each, fewer possible
    outcomes first, then the order of the questions on the path, then the order of
    the answers. walker.js orders its list by the same rule.
    """
    decision = decide(tree, answers, strict=False)
    position = {step.question: i for i, step in enumerate(decision.path)}

    def order(flip: Flip) -> tuple[int, int, int, int]:
        q = tree.question(flip.question)
        assert q is not None
        keeps = decision.verdict in flip.verdicts
        return (
            int(keeps),
            len(flip.verdicts),
            position[flip.question],
            list(q.options).index(flip.option),
        )

    kept = [
        f
        for f in flips(tree, answers)
        if tree.question(f.question).changeable  # type: ignore[union-attr]
    ]
    return sorted(kept, key=order)


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


def surviving_mutants_brute_force(tree: Tree) -> list[Mutant]:
    """The definition of :func:`surviving_mutants`, run literally: build every mutant tree and
    run every scenario through it. Grows as the fourth power of the tree's size; kept as the
    reference the fast version is tested against."""
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


_Walk = tuple[int | None, str | None]
"""From a node, following one scenario's answers: the position on the scenario's own path
where the walk joins it (None if never), else the verdict reached (None for no verdict)."""


def _trace(
    start: str, questions: Mapping[str, Question], verdicts: set[str], answers: Mapping[str, str]
) -> tuple[list[tuple[str, str]], str | None]:
    """The steps a scenario takes from the start, and its verdict (None when it reaches none),
    exactly as ``decide(strict=False)`` walks."""
    steps: list[tuple[str, str]] = []
    seen: set[str] = set()
    node = start
    while True:
        if node in verdicts:
            return steps, node
        question = questions.get(node)
        if question is None or node in seen or node not in answers:
            return steps, None
        seen.add(node)
        choice = answers[node]
        option = question.options.get(choice) if isinstance(choice, str) else None
        if option is None:
            return steps, None
        steps.append((node, choice))
        node = option.goto


def _walks(
    nodes: Sequence[str],
    questions: Mapping[str, Question],
    verdicts: set[str],
    answers: Mapping[str, str],
    on_path: Mapping[str, int],
) -> dict[str, _Walk]:
    """For every node, where one scenario's answers lead from it; each node is walked once."""
    memo: dict[str, _Walk] = {}
    for first in nodes:
        trail: list[str] = []
        on_trail: set[str] = set()
        node = first
        while True:
            if node in memo:
                result = memo[node]
                break
            if node in on_path:
                result = (on_path[node], None)
                memo[node] = result
                break
            if node in verdicts:
                result = (None, node)
                memo[node] = result
                break
            question = questions.get(node)
            if question is None or node in on_trail:  # not a node, or a cycle: no verdict
                result = (None, None)
                break
            choice = answers.get(node)
            option = question.options.get(choice) if isinstance(choice, str) else None
            if option is None:
                result = (None, None)
                memo[node] = result
                break
            trail.append(node)
            on_trail.add(node)
            node = option.goto
        for node in trail:
            memo[node] = result
    return memo


def surviving_mutants(tree: Tree) -> list[Mutant]:
    """Redirect each option to every other node; keep the mutants every scenario misses.

    A mutant is killed when some scenario reaches a verdict other than the one it
    documents (or none at all). Survivors show where the examples do not pin the
    tree down.

    The result is that of :func:`surviving_mutants_brute_force`, found without building
    a single mutant. A mutant differs from the tree only at option (q, k), so a scenario
    that does not take (q, k) ends as it does in the tree; one that takes it at step i of
    its path continues from the new target t. From t, its answers either join its own path
    at some step j (at or before i: it meets a question twice, no verdict; after i: it
    ends as it did), or never join it and reach what they reach from t in the tree. So one
    walk per node and scenario decides every mutant: near-linear in the tree's size.
    """
    nodes = tree.node_ids
    questions = {q.id: q for q in tree.questions}
    verdicts = {v.id for v in tree.verdicts}
    scenarios = list(tree.scenarios)
    if (
        len(set(nodes)) != len(nodes)
        or not all(
            isinstance(q.options, Mapping)
            and all(isinstance(o, Option) for o in q.options.values())
            for q in tree.questions
        )
        or not all(isinstance(s.answers, Mapping) for s in scenarios)
    ):
        return surviving_mutants_brute_force(tree)  # malformed: the definition, literally

    ends: list[str | None] = []
    takers: dict[tuple[str, str], list[tuple[int, int]]] = {}
    walks: list[dict[str, _Walk]] = []
    for index, scenario in enumerate(scenarios):
        steps, end = _trace(tree.start, questions, verdicts, scenario.answers)
        ends.append(end)
        for position, step in enumerate(steps):
            takers.setdefault(step, []).append((index, position))
        on_path = {question: position for position, (question, _) in enumerate(steps)}
        walks.append(_walks(nodes, questions, verdicts, scenario.answers, on_path))
    failing = [i for i, s in enumerate(scenarios) if ends[i] != s.expect]

    survivors: list[Mutant] = []
    for question in tree.questions:
        for key, option in question.options.items():
            taking = takers.get((question.id, key), [])
            taken_by = {index for index, _ in taking}
            if any(i not in taken_by for i in failing):
                continue  # a scenario that never passes here fails in every such mutant
            for target in nodes:
                if target == option.goto:
                    continue
                for index, position in taking:
                    joins, reached = walks[index][target]
                    if joins is not None:
                        reached = None if joins <= position else ends[index]
                    if reached != scenarios[index].expect:
                        break  # killed
                else:
                    survivors.append(Mutant(question.id, key, option.goto, target))
    return survivors
