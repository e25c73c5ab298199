"""Generated trees: a large sound one for timings, and random ones (sound or not) for
comparing the fast mutation analysis with its brute-force definition."""

from __future__ import annotations

import random

from decision_trees.engine import DecisionError, decide
from decision_trees.model import Option, Question, Scenario, Tree, Verdict

SRC = ("amanai-lab",)


def balanced_tree(questions: int) -> Tree:
    """A sound tree of ``questions`` two-option questions in a complete binary shape, one
    verdict per leaf and one scenario per verdict: full coverage, no surviving mutant."""
    qs: list[Question] = []
    verdicts: list[Verdict] = []
    leaf = 0

    def target(index: int) -> str:
        nonlocal leaf
        if index < questions:
            return f"q{index}"
        leaf += 1
        verdicts.append(Verdict(f"v{leaf}", f"Verdict {leaf}", "Because.", ["Do it."], SRC))
        return f"v{leaf}"

    for index in range(questions):
        options = {
            "yes": Option("Yes", target(2 * index + 1)),
            "no": Option("No", target(2 * index + 2)),
        }
        qs.append(Question(f"q{index}", f"Question {index}?", options, "Why.", SRC))
    by_id = {q.id: q for q in qs}
    scenarios = []

    def paths(node: str, answers: dict[str, str]) -> None:
        if node not in by_id:
            scenarios.append(
                Scenario(f"s-{node}", f"Reaches {node}", "A situation.", dict(answers), node)
            )
            return
        for key, option in by_id[node].options.items():
            paths(option.goto, {**answers, node: key})

    paths("q0", {})
    return Tree(
        slug=f"generated-{questions}",
        title="Generated?",
        summary="A generated tree.",
        start="q0",
        questions=qs,
        verdicts=verdicts,
        scenarios=scenarios,
    )


def random_tree(seed: int) -> Tree:
    """A small random tree: mostly forward edges, sometimes a cycle or a dangling target,
    scenarios with partial, extra or wrong answers and expectations right or wrong."""
    rng = random.Random(seed)
    n_questions = rng.randint(1, 6)
    n_verdicts = rng.randint(1, 4)
    question_ids = [f"q{i}" for i in range(n_questions)]
    verdict_ids = [f"v{i}" for i in range(n_verdicts)]
    questions = []
    for i, qid in enumerate(question_ids):
        options = {}
        for k in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.08:
                goto = rng.choice(question_ids)  # may make a cycle
            elif roll < 0.12:
                goto = "nowhere"
            else:
                goto = rng.choice(question_ids[i + 1 :] + verdict_ids)
            options[f"k{k}"] = Option(f"K{k}", goto)
        questions.append(Question(qid, f"{qid}?", options, "Why.", SRC))
    verdicts = [Verdict(v, v.upper(), "Because.", ["Do."], SRC) for v in verdict_ids]
    tree = Tree("random", "Random?", "Random.", "q0", questions, verdicts)
    scenarios = []
    for s in range(rng.randint(1, 8)):
        answers = {}
        for q in questions:
            if rng.random() < 0.8:
                answers[q.id] = rng.choice(
                    [*q.options, "bogus"] if rng.random() < 0.05 else list(q.options)
                )
        try:
            reached: str | None = decide(tree, answers, strict=False).verdict
        except DecisionError:
            reached = None
        expect = reached if reached and rng.random() < 0.85 else rng.choice(verdict_ids)
        scenarios.append(Scenario(f"s{s}", "S", "Situation.", answers, expect))
    return Tree("random", "Random?", "Random.", "q0", questions, verdicts, scenarios)
