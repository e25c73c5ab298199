"""Walk a tree: from a set of answers to a verdict and the path that led there."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from decision_trees.model import Question, Tree

__all__ = ["Decision", "DecisionError", "Step", "decide", "outcomes"]


class DecisionError(ValueError):
    """Answers that do not lead to a verdict; the message says which question and what to do."""

    def __init__(self, message: str, question: str | None = None) -> None:
        super().__init__(message)
        self.question = question


@dataclass(frozen=True)
class Step:
    """One question on the path and the option chosen for it."""

    question: str
    option: str


@dataclass(frozen=True)
class Decision:
    """The verdict reached and every step taken to reach it."""

    verdict: str
    path: tuple[Step, ...]


def _options(question: Question) -> str:
    return ", ".join(question.options)


def _check_keys(tree: Tree, answers: Mapping[str, str]) -> None:
    known = {q.id for q in tree.questions}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise DecisionError(
            f"'{unknown[0]}' is not a question of tree '{tree.slug}'; "
            f"its questions are: {', '.join(q.id for q in tree.questions)}",
            question=unknown[0],
        )


def decide(
    tree: Tree, answers: Mapping[str, str], *, strict: bool = True, exact: bool = False
) -> Decision:
    """Follow ``answers`` (question id -> option key) from the start to a verdict.

    With ``strict`` (the default) an answer to a question the tree does not
    have is an error; pass ``strict=False`` to run facts meant for several trees.
    With ``exact`` an answer to a question the path never reaches is an error too:
    a reader who typed it meant something the verdict does not take into account.

    >>> from decision_trees.loader import get_tree
    >>> decide(get_tree("rag-vs-fine-tuning"), {"gap": "nope"})
    Traceback (most recent call last):
    ...
    decision_trees.engine.DecisionError: question 'gap' has no option 'nope'; ...
    """
    if strict or exact:
        _check_keys(tree, answers)
    questions: dict[str, Question] = {}
    for q in tree.questions:
        questions.setdefault(q.id, q)
    verdicts = {v.id for v in tree.verdicts}
    path: list[Step] = []
    seen: set[str] = set()
    node = tree.start
    while True:
        if node in verdicts:
            break
        question = questions.get(node)
        if question is None:
            where = f"option '{path[-1].option}' of '{path[-1].question}'" if path else "start"
            raise DecisionError(f"{where} leads to '{node}', which is not a node of the tree")
        if node in seen:
            raise DecisionError(f"question '{node}' was reached twice: the tree has a cycle", node)
        seen.add(node)
        if node not in answers:
            raise DecisionError(
                f"no answer for question '{node}' ({question.text}); "
                f"answer it with one of: {_options(question)}",
                node,
            )
        choice = answers[node]
        option = question.options.get(choice) if isinstance(choice, str) else None
        if option is None:
            raise DecisionError(
                f"question '{node}' has no option '{choice}'; its options are: {_options(question)}",
                node,
            )
        path.append(Step(node, choice))
        node = option.goto
    if exact:
        taken = {step.question for step in path}
        unused = [q for q in answers if q not in taken]
        if unused:
            raise DecisionError(
                f"the answer to '{unused[0]}' is not used: that question is off the path these "
                f"answers take ({' -> '.join(s.question for s in path) or 'none'}); "
                "drop it, or change an earlier answer so that the path reaches it",
                unused[0],
            )
    return Decision(node, tuple(path))


def outcomes(tree: Tree, answers: Mapping[str, str]) -> frozenset[str]:
    """Every verdict the answers can still reach, branching on the questions they leave open.

    Answers outside the tree are ignored; a cycle or a dangling target adds nothing.
    """
    found: set[str] = set()
    stack: list[tuple[str, frozenset[str]]] = [(tree.start, frozenset())]
    while stack:
        node, seen = stack.pop()
        if tree.verdict(node) is not None:
            found.add(node)
            continue
        question = tree.question(node)
        if question is None or node in seen:
            continue
        chosen = answers.get(node)
        if chosen in question.options:
            targets = [question.options[chosen].goto]
        else:
            targets = [o.goto for o in question.options.values()]
        stack.extend((t, seen | {node}) for t in targets)
    return frozenset(found)
