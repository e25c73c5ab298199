"""The library of published decisions: its sources, its verdicts and its agreement rate."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from decision_trees.decisions import PublishedDecision, agreement, library, page
from decision_trees.engine import decide
from decision_trees.loader import all_trees
from decision_trees.model import NextStep, Scenario, Tree
from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.validate import validate

MAIN = next(t for t in all_trees() if t.slug == "rag-vs-fine-tuning")
LIBRARY = library(MAIN)


def test_library_holds_at_least_thirty_published_decisions() -> None:
    assert len(LIBRARY) >= 30


@pytest.mark.parametrize("decision", LIBRARY, ids=[d.scenario.id for d in LIBRARY])
def test_every_library_decision_cites_a_case_study_with_a_url(decision: PublishedDecision) -> None:
    source = BIBLIOGRAPHY[decision.scenario.source]
    assert source.kind == "case-study"
    assert source.url.startswith("https://")
    assert source.publisher.strip()


@pytest.mark.parametrize("decision", LIBRARY, ids=[d.scenario.id for d in LIBRARY])
def test_library_verdict_is_the_engines_and_every_disagreement_is_explained(
    decision: PublishedDecision,
) -> None:
    s = decision.scenario
    assert decision.verdict == decide(MAIN, s.answers).verdict == s.expect
    if decision.agrees:
        assert not s.chose and not s.differs
    else:
        assert s.chose == decision.chose != s.expect
        assert len(s.differs.split()) >= 15


# The middle band (50,000 to 200,000 tokens) is new in 2026, and no team in the library
# reports training where a wrong answer could harm someone without a validation plan: we have
# found no published decision for either yet.
NO_PUBLISHED_DECISION_YET = {"compare-context", "guard-first"}


def test_library_spreads_across_the_trees_verdicts_and_plans() -> None:
    reached = {d.verdict for d in LIBRARY} | {d.chose for d in LIBRARY}
    reached |= {v for d in LIBRARY for v in d.plan}
    assert reached | NO_PUBLISHED_DECISION_YET == {v.id for v in MAIN.verdicts}
    assert not reached & NO_PUBLISHED_DECISION_YET


def test_seed_and_own_examples_are_not_in_the_library() -> None:
    ids = {d.scenario.id for d in LIBRARY}
    assert "customer-support-chatbot" not in ids and "staff-handbook" not in ids


def _fake(scenario: Scenario, verdict: str, chose: str) -> PublishedDecision:
    return PublishedDecision(scenario, BIBLIOGRAPHY["uber-querygpt"], verdict, chose)


def test_agreement_counts_decisions_whose_team_chose_the_trees_verdict() -> None:
    s = MAIN.scenarios[0]
    decisions = [
        _fake(s, "rag", "rag"),
        _fake(s, "rag", "distil"),
        _fake(s, "few-shot", "few-shot"),
    ]
    assert agreement(decisions) == (2, 3)
    assert agreement([]) == (0, 0)


def test_page_shows_the_computed_rate_and_every_disagreement() -> None:
    html = page(MAIN, lambda target: "/" + target)
    agreed, total = agreement(LIBRARY)
    percent = round(100 * agreed / total)
    assert (
        f"<strong>{agreed} of {total}</strong>" in html and f"<strong>{percent}%</strong>" in html
    )
    assert html.count('class="dt-decision"') == total
    assert html.count("Why they differ") == total - agreed
    assert 'href="/trees/rag-vs-fine-tuning/#v-rag"' in html
    assert "\n\n" not in html  # one raw HTML block: Markdown must not split it


def test_page_escapes_tree_text() -> None:
    s = next(x for x in MAIN.scenarios if x.id == "uber-querygpt")
    hostile = replace(s, title='Uber & <script>alert("x")</script>')
    tree = replace(MAIN, scenarios=[hostile])
    html = page(tree, lambda target: target)
    assert "<script>" not in html and "Uber &amp; &lt;script&gt;" in html


def _with_first_step(tree: Tree, step: object) -> Tree:
    verdict = tree.verdicts[0]
    changed = replace(verdict, next_steps=[step, *verdict.next_steps[1:]])
    return replace(tree, verdicts=[changed, *tree.verdicts[1:]])


@pytest.mark.parametrize(
    ("see", "message"),
    [
        (
            "framework/nowhere.md#x",
            "next step points at docs/framework/nowhere.md, which is not a page",
        ),
        (
            "framework/neither.md#no-such-heading",
            "next step points at #no-such-heading, which is not a heading of docs/framework/neither.md",
        ),
    ],
)
def test_a_next_step_must_point_at_a_real_page_and_heading(see: str, message: str) -> None:
    tree = _with_first_step(MAIN, NextStep("Do it", see=see))
    problems = [str(p) for p in validate(tree)]
    assert any(message in p for p in problems), problems


def test_a_next_step_may_point_at_an_explicit_or_a_generated_heading_id() -> None:
    for see in ("framework/neither.md#routing", "framework/neither.md#sources"):
        assert validate(_with_first_step(MAIN, NextStep("Do it", see=see))) == []


def test_a_published_choice_needs_its_reason_and_a_real_verdict() -> None:
    s = next(x for x in MAIN.scenarios if x.id == "indeed-invite-to-apply")
    no_reason = replace(MAIN, scenarios=[*MAIN.scenarios[:-1], replace(s, id="x-1", differs="")])
    assert any("'x-1': sets chose without differs" in str(p) for p in validate(no_reason))
    bogus = replace(MAIN, scenarios=[*MAIN.scenarios, replace(s, id="x-2", chose="retrain")])
    assert any(
        re.search(r"chose 'retrain', which is not a verdict", str(p)) for p in validate(bogus)
    )


def test_an_answer_the_source_does_not_state_is_shown_beside_the_decision_and_counted() -> None:
    s = next(x for x in MAIN.scenarios if x.chose)
    last = decide(MAIN, s.answers).path[-1]
    guessed = replace(s, assumed=(last.question,))
    tree = replace(
        MAIN, scenarios=[guessed, next(x for x in MAIN.scenarios if x.id == "uber-querygpt")]
    )
    [disagreement, agreeing] = library(tree)
    assert disagreement.assumed == (last,) and agreeing.assumed == ()
    html = page(tree, lambda target: target)
    question = next(q for q in MAIN.questions if q.id == last.question)
    assert "Not stated in the source, assumed here:" in html
    assert html.count("dt-assumed") == 1
    assert question.options[last.option].label.replace("'", "&#39;") in html
    assert "1 of the 1 disagreements have such an answer on their path" in html
    assert (
        "Counting only the 1 decisions whose path rests on stated facts alone, the tree agrees with 1."
        in html
    )


def test_without_assumed_answers_the_page_gives_one_rate() -> None:
    html = page(replace(MAIN, scenarios=[s for s in MAIN.scenarios if not s.assumed]), str)
    assert "Counting only" not in html


def test_an_assumed_answer_must_be_one_the_scenario_gives() -> None:
    s = next(x for x in MAIN.scenarios if x.id == "uber-querygpt")
    tree = replace(MAIN, scenarios=[*MAIN.scenarios, replace(s, id="x-3", assumed=("nope",))])
    assert any(
        "'x-3': assumes an answer to 'nope', which it does not answer" in str(p)
        for p in validate(tree)
    )


def test_a_team_that_chose_a_later_step_of_the_plan_agrees_under_the_plan_only() -> None:
    from decision_trees.decisions import plan_agreement

    skipped = replace(LIBRARY[0], verdict="long-context", chose="rag", plan=("long-context", "rag"))
    elsewhere = replace(
        LIBRARY[0], verdict="long-context", chose="fine-tune", plan=("long-context", "rag")
    )
    one_away = replace(elsewhere, next_question=("fine-tune",))
    assert (skipped.agrees, skipped.agrees_under_plan) == (False, True)
    assert (elsewhere.agrees, elsewhere.agrees_under_plan, elsewhere.one_answer_away) == (
        False,
        False,
        False,
    )
    assert one_away.one_answer_away and not one_away.agrees_under_plan
    assert plan_agreement([skipped, elsewhere, LIBRARY[0]]) == (2, 3)
    assert agreement([skipped, elsewhere, LIBRARY[0]]) == (1, 3)


def test_every_decisions_plan_starts_at_the_trees_verdict() -> None:
    for d in LIBRARY:
        assert d.plan[0] == d.verdict
        assert d.agrees_under_plan >= d.agrees
