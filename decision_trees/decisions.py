"""The library of published decisions: real teams' choices run through a tree, and how often
the tree agrees with them.

A scenario belongs to the library when its source is a ``case-study`` in the bibliography. The
tree's verdict is computed here with :func:`decide`, the same call the tests make, so the page
cannot drift from them; the team's choice is ``Scenario.chose`` when set, else the same verdict.

Two rates: under the verdict, a decision agrees when the team chose the tree's verdict; under
the plan (:mod:`decision_trees.plan`), when the team chose the verdict or any verdict the tree
leads to when the ones before it fall short, since a team that skipped a cheap step the tree
puts first has still chosen a step of the tree's plan.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from decision_trees import markup
from decision_trees.engine import Step, decide
from decision_trees.model import Scenario, Tree
from decision_trees.plan import plan
from decision_trees.sources import BIBLIOGRAPHY, Source

__all__ = [
    "PublishedDecision",
    "agreement",
    "library",
    "on_stated_facts",
    "page",
    "plan_agreement",
]


@dataclass(frozen=True)
class PublishedDecision:
    """One team's published decision, the tree's verdict for its facts, and the team's choice."""

    scenario: Scenario
    source: Source
    verdict: str
    chose: str
    assumed: tuple[Step, ...] = ()
    """Steps of the tree's path, or of its plan's, whose answer the source does not state."""
    plan: tuple[str, ...] = ()
    """The verdicts of the tree's plan for these facts, the verdict first."""
    next_question: tuple[str, ...] = ()
    """Where the plan stops at a question the facts leave open: the verdicts its options lead
    to directly (one answer away)."""
    walk: int = 0
    """How many questions the team answers to reach the tree's verdict."""

    @property
    def agrees(self) -> bool:
        return self.chose == self.verdict

    @property
    def agrees_under_plan(self) -> bool:
        """The team chose the verdict or a later step of the tree's plan."""
        return self.agrees or self.chose in self.plan

    @property
    def one_answer_away(self) -> bool:
        """Not in the plan, but one answer to the question the plan stops at leads there."""
        return not self.agrees_under_plan and self.chose in self.next_question


def library(tree: Tree) -> list[PublishedDecision]:
    """The tree's scenarios taken from published decisions (case studies), in the order written."""
    found = []
    for s in tree.scenarios:
        source = BIBLIOGRAPHY.get(s.source)
        if source is None or source.kind != "case-study":
            continue
        decision = decide(tree, s.answers)
        steps = plan(tree, s.answers)
        walked = dict.fromkeys([*decision.path, *(x for p in steps.steps for x in p.path)])
        assumed = tuple(step for step in walked if step.question in s.assumed)
        found.append(
            PublishedDecision(
                s,
                source,
                decision.verdict,
                s.chose or decision.verdict,
                assumed,
                steps.verdicts,
                tuple(lead.node for lead in steps.leads if tree.verdict(lead.node) is not None),
                len(decision.path),
            )
        )
    return found


def agreement(decisions: Sequence[PublishedDecision]) -> tuple[int, int]:
    """How many decisions the tree agrees with, out of how many."""
    return sum(1 for d in decisions if d.agrees), len(decisions)


def plan_agreement(decisions: Sequence[PublishedDecision]) -> tuple[int, int]:
    """How many decisions the tree's plan agrees with (the verdict or a later step), out of how
    many."""
    return sum(1 for d in decisions if d.agrees_under_plan), len(decisions)


def on_stated_facts(decisions: Sequence[PublishedDecision]) -> list[PublishedDecision]:
    """The decisions whose path through the tree rests only on what their source states."""
    return [d for d in decisions if not d.assumed]


def page(tree: Tree, link: Callable[[str], str]) -> str:
    """The library as HTML for a Markdown page: the agreement rate, a count per verdict, and
    every decision with its source, the tree's verdict, the team's choice and why they differ.

    Markup lives in ``templates/decisions.html``, rendered by :mod:`decision_trees.markup`,
    which escapes every value.
    """
    decisions = library(tree)
    agreed, total = agreement(decisions)
    plan_agreed, _ = plan_agreement(decisions)
    stated_agreed, stated_total = agreement(on_stated_facts(decisions))
    walks = sorted(d.walk for d in decisions)
    tree_url = link(f"trees/{tree.slug}/")
    titles = {v.id: v.title for v in tree.verdicts}
    questions = {q.id: q for q in tree.questions}
    counts = [
        {
            "title": v.title,
            "url": f"{tree_url}#v-{v.id}",
            "tree": sum(1 for d in decisions if d.verdict == v.id),
            "teams": sum(1 for d in decisions if d.chose == v.id),
        }
        for v in tree.verdicts
    ]
    rows = [
        {
            "id": d.scenario.id,
            "title": d.scenario.title,
            "situation": d.scenario.situation,
            "source_title": d.source.title,
            "url": d.source.url,
            "publisher": d.source.publisher,
            "date": d.source.date or "undated",
            "verdict": titles[d.verdict],
            "verdict_url": f"{tree_url}#v-{d.verdict}",
            "chose": titles[d.chose],
            "chose_url": f"{tree_url}#v-{d.chose}",
            "agrees": d.agrees,
            "in_plan": not d.agrees and d.agrees_under_plan,
            "plan_step": d.plan.index(d.chose) + 1 if d.chose in d.plan else 0,
            "one_answer_away": d.one_answer_away,
            "differs": d.scenario.differs,
            "assumed": [
                {
                    "question": questions[step.question].text,
                    "answer": questions[step.question].options[step.option].label,
                }
                for step in d.assumed
            ],
            "bib_url": f"{link('sources/')}#{d.source.key}",
        }
        for d in decisions
    ]
    html = markup.render(
        "decisions.html",
        agreed=agreed,
        total=total,
        stated_agreed=stated_agreed,
        stated_total=stated_total,
        assumed_disagreements=sum(1 for d in decisions if d.assumed and not d.agrees),
        percent=round(100 * agreed / total) if total else 0,
        plan_agreed=plan_agreed,
        plan_percent=round(100 * plan_agreed / total) if total else 0,
        one_answer_away=sum(1 for d in decisions if d.one_answer_away),
        median_walk=f"{statistics.median(walks):g}" if walks else "0",
        longest_walk=walks[-1] if walks else 0,
        counts=counts,
        rows=rows,
        tree_title=tree.title,
        tree_url=tree_url,
    )
    # One raw HTML block per line group: Markdown must not see blank lines inside it.
    return "\n".join(line for line in html.split("\n") if line.strip())
