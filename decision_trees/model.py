"""What a decision tree is: plain, typed data that reads like the decision it encodes.

The classes hold data and nothing else. They accept whatever a contributor
writes so that :mod:`decision_trees.validate` can report every mistake in one
run, naming the file and node, instead of failing on the first one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["OURS", "NextStep", "Option", "Question", "Scenario", "Tree", "Verdict"]

OURS = "ours"
"""Source of a scenario this project made up, rather than took from an article."""


@dataclass(frozen=True)
class Option:
    """One answer to a question, and the node it leads to."""

    label: str
    goto: str


@dataclass(frozen=True)
class Question:
    """A question; its id doubles as the name of the fact it asks for.

    ``why`` says why the question matters, ``sources`` cites where that
    reasoning comes from (keys of :data:`decision_trees.sources.BIBLIOGRAPHY`).
    """

    id: str
    text: str
    options: Mapping[str, Option]
    why: str = ""
    sources: Sequence[str] = ()
    changeable: bool = True
    """False when the answer describes the problem itself (what is wrong), not a situation a
    reader could change; "what would change the verdict" then leaves this question out."""


@dataclass(frozen=True)
class NextStep:
    """A thing to do next, and the site page that explains how.

    ``see`` is a page of the site relative to ``docs/``, with an optional anchor
    (``"framework/neither.md#structured-outputs"``); empty when no page explains it.
    """

    text: str
    see: str = ""


@dataclass(frozen=True)
class Verdict:
    """A leaf: what to do, why, what to do next, and where the tree leads if that falls short.

    A plan (:mod:`decision_trees.plan`) chains verdicts: ``short_if`` says how the team will
    know this verdict's step fell short, ``then`` gives the answers that "taken and fell
    short" sets (question id -> option key), and ``then_tree`` names a tree (by slug) that
    diagnoses the failure. A verdict with neither is a destination: the plan ends there.
    """

    id: str
    title: str
    because: str
    next_steps: Sequence[str | NextStep] = ()
    sources: Sequence[str] = ()
    short_if: str = ""
    """One or two plain sentences: the sign, measured where possible, that the step fell short."""
    then: Mapping[str, str] = field(default_factory=dict)
    """Answers the fallen-short step sets. On a given path only the entries for questions on
    that path, or not yet answered, apply (see :mod:`decision_trees.plan`)."""
    then_tree: str = ""
    """A tree's slug to diagnose the failure, where ``then`` does not move the walk."""
    costs: Sequence[str] = ()
    """What taking the step costs: money, people's time, latency, upkeep, now and for as long
    as it runs. Plain sentences; a decision record lists them under its consequences."""
    risks: Sequence[str] = ()
    """What taking the step can harm or lock in, beyond falling short (``short_if``)."""


@dataclass(frozen=True)
class Scenario:
    """A worked example: facts (question id -> option key) and the verdict documented for them.

    ``source`` is a bibliography key for an example taken from an article, or
    :data:`OURS` for one this project wrote to reach a verdict no article covers.
    """

    id: str
    title: str
    situation: str
    answers: Mapping[str, str]
    expect: str
    source: str = OURS
    chose: str = ""
    """For a published decision: the verdict the team or authors actually chose, when it
    differs from ``expect`` (the tree's verdict, which the tests assert)."""
    differs: str = ""
    """Why the tree and the published choice differ; required when ``chose`` is set."""
    assumed: Sequence[str] = ()
    """Question ids whose answer the source does not state: this project assumed it. The
    library shows them, so a reader can tell a disagreement on the facts from one on a guess."""
    plan: Sequence[str] = ()
    """Optional: the verdict ids the scenario's plan goes through, in order; ``check`` verifies
    it, so a change to a ``then`` that alters this plan fails until the pin is updated."""


@dataclass(frozen=True)
class Tree:
    """A whole decision: questions, verdicts and the scenarios that pin it down."""

    slug: str
    title: str
    summary: str
    start: str
    questions: Sequence[Question]
    verdicts: Sequence[Verdict]
    scenarios: Sequence[Scenario] = ()
    sources: Sequence[str] = field(default=())
    order: int = 100
    """Where the tree sits in the site's lists: lower first, then by slug."""
    reviewed: str = ""
    """ISO date (YYYY-MM-DD) on which an expert last reviewed the advice against its sources."""

    def question(self, node_id: str) -> Question | None:
        """The question with this id, or None."""
        return next((q for q in self.questions if q.id == node_id), None)

    def verdict(self, node_id: str) -> Verdict | None:
        """The verdict with this id, or None."""
        return next((v for v in self.verdicts if v.id == node_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        """The scenario with this id, or None."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    @property
    def node_ids(self) -> list[str]:
        """Every question and verdict id, questions first, in the order written."""
        return [q.id for q in self.questions] + [v.id for v in self.verdicts]
