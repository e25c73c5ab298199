"""The evaluation planner's model against the textbook formulas, computed here by hand.

Each expected number below is worked out in the test from the published formula (with
``statistics.NormalDist`` for the normal quantiles), not by calling the module's helpers, so
a slip in the module cannot agree with itself. The last tests pin what the Evaluation page
says in prose, so that a changed default that makes a sentence false fails here.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import pytest

from decision_trees import evaluation
from decision_trees.evaluation import EvaluationError, compute, parse_query, sentences
from decision_trees.vendor_facts import FACTS

Z = NormalDist().inv_cdf


def plan(**values: object) -> dict:
    return {**evaluation.DEFAULTS, **values}


# ---- The acceptance case: 80% against 85%, 5% two-sided, 80% power ------------------


def connor_paired_cases(d: float, disagree: float, alpha: float, power: float) -> float:
    """Connor (1987) as the open power-and-sample-size calculator writes it, two-sided."""
    return (
        (Z(1 - alpha / 2) * math.sqrt(disagree) + Z(power) * math.sqrt(disagree - d**2)) / d
    ) ** 2


def pooled_unpaired_cases(p1: float, p2: float, alpha: float, power: float) -> float:
    """R's power.prop.test solved for n: pooled variance under the null, unpooled under H1."""
    pbar = (p1 + p2) / 2
    return (
        Z(1 - alpha / 2) * math.sqrt(2 * pbar * (1 - pbar))
        + Z(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    ) ** 2 / (p2 - p1) ** 2


def test_paired_80_against_85_with_10_percent_answered_differently_needs_312_cases() -> None:
    expected = math.ceil(connor_paired_cases(0.05, 0.10, 0.05, 0.80))
    assert expected == 312  # 311.6 by hand: (1.960*0.3162 + 0.8416*0.3122)^2 / 0.0025
    result = compute(plan(baseline=80, difference=5, paired=1, disagree=10))
    assert result["needed"] == expected
    assert result["total_cases"] == expected


def test_unpaired_80_against_85_needs_906_cases_per_system() -> None:
    expected = math.ceil(pooled_unpaired_cases(0.80, 0.85, 0.05, 0.80))
    assert expected == 906  # 905.4 by hand
    result = compute(plan(baseline=80, difference=5, paired=0))
    assert result["needed"] == expected
    assert result["total_cases"] == 2 * expected


def test_pairing_needs_under_a_fifth_of_the_cases_here() -> None:
    paired = compute(plan(paired=1, disagree=10))["needed"]
    unpaired = compute(plan(paired=0))["total_cases"]
    assert paired / unpaired < 0.2  # 312 cases against 1,812


def test_the_power_at_the_cases_needed_is_the_power_asked_for() -> None:
    for values in (plan(paired=1, disagree=10), plan(paired=0), plan(paired=1, disagree=30)):
        result = compute({**values, "planned": result_needed(values)})
        assert 0.80 <= result["power_at_planned"] < 0.81


def result_needed(values: dict) -> int:
    return compute(values)["needed"]


def test_mcnemar_power_matches_connor_solved_for_power() -> None:
    n, d, q = 250, 0.05, 0.10
    by_hand = NormalDist().cdf((d * math.sqrt(n) - Z(0.975) * math.sqrt(q)) / math.sqrt(q - d * d))
    result = compute(plan(paired=1, disagree=10, planned=n))
    assert result["power_at_planned"] == pytest.approx(by_hand, rel=1e-12)


# ---- One score's interval ----------------------------------------------------------------


def test_100_cases_at_80_percent_are_known_to_about_8_points() -> None:
    """The review's figure: a standard error of 4 points, a 95% interval of about ±8."""
    result = compute(plan(planned=100))
    w_low, w_high = result["interval_at_planned"]["wald"]
    se = math.sqrt(0.8 * 0.2 / 100)
    assert (w_low, w_high) == pytest.approx((0.8 - Z(0.975) * se, 0.8 + Z(0.975) * se))
    assert (w_high - w_low) / 2 == pytest.approx(0.0784, abs=1e-4)


def test_wilson_interval_by_hand_and_inside_zero_to_one() -> None:
    p, n, z = 0.95, 40, Z(0.975)
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    assert evaluation.wilson_interval(p, n) == pytest.approx((centre - half, centre + half))
    assert evaluation.wald_interval(p, n)[1] == 1.0  # Wald runs past 100% and is clipped
    assert evaluation.wilson_interval(p, n)[1] < 1.0


def test_measuring_a_rate_to_within_5_points_needs_the_smallest_n_that_does() -> None:
    result = compute(plan(mode="measure", baseline=90, half_width=5))
    n = result["needed"]
    for cases, fits in ((n, True), (n - 1, False)):
        low, high = evaluation.wilson_interval(0.9, cases)
        assert ((high - low) / 2 <= 0.05) is fits


# ---- Clusters, judges, costs ---------------------------------------------------------------


def test_three_cases_per_conversation_at_icc_point_1_need_1_2_times_the_cases() -> None:
    alone = compute(plan(paired=0))["needed"]
    grouped = compute(plan(paired=0, per_doc=3, icc=0.1))
    assert grouped["design_effect"] == pytest.approx(1 + (3 - 1) * 0.1)
    assert grouped["needed"] == math.ceil(pooled_unpaired_cases(0.8, 0.85, 0.05, 0.8) * 1.2)
    assert grouped["needed"] > alone
    assert grouped["documents"] == math.ceil(grouped["needed"] / 3)


def test_a_judge_shrinks_the_difference_by_its_youden_index() -> None:
    """Se = 0.9 and Sp = 0.8 score 80% as 0.9*0.8 + 0.2*0.2 = 76%, 85% as 79.5%."""
    result = compute(plan(paired=0, judge_pass=90, judge_fail=80))
    assert result["seen_a"] == pytest.approx(0.76)
    assert result["seen_b"] == pytest.approx(0.795)
    assert result["seen_difference"] == pytest.approx((0.9 + 0.8 - 1) * 0.05)
    assert result["needed"] == math.ceil(pooled_unpaired_cases(0.76, 0.795, 0.05, 0.8))


def test_a_judge_that_agrees_with_people_changes_nothing() -> None:
    assert compute(plan(judge_pass=100, judge_fail=100)) == compute(plan())


def test_a_judge_adds_disagreement_on_cases_both_systems_got_right() -> None:
    """Both right on 77.5%, A alone 2.5%, B alone 7.5%, both wrong 12.5% (80/85, 10% apart)."""
    s, f = 0.9, 0.1
    by_hand = 0.775 * 2 * s * (1 - s) + 0.125 * 2 * f * (1 - f) + 0.10 * (s * (1 - f) + f * (1 - s))
    result = compute(plan(paired=1, disagree=10, judge_pass=90, judge_fail=90))
    assert result["seen_disagree"] == pytest.approx(by_hand)
    assert result["needed"] == math.ceil(connor_paired_cases(0.8 * 0.05, by_hand, 0.05, 0.8))


def test_a_run_costs_cases_times_systems_times_repeats_times_tokens_at_list_price() -> None:
    opus_in = FACTS["anthropic-opus-4-5-input"].amount
    opus_out = FACTS["anthropic-opus-4-5-output"].amount
    haiku_in = FACTS["anthropic-haiku-4-5-input"].amount
    haiku_out = FACTS["anthropic-haiku-4-5-output"].amount
    assert None not in (opus_in, opus_out, haiku_in, haiku_out)
    values = plan(
        planned=500,
        systems=2,
        repeats=3,
        tokens_in=1000,
        tokens_out=200,
        judge_model="anthropic-haiku-4-5",
        judge_in=1500,
        judge_out=100,
    )
    cost = compute(values)["cost"]
    runs = 500 * 2 * 3
    assert cost["runs"] == runs
    assert cost["answers"] == pytest.approx(runs * (1000 * opus_in + 200 * opus_out) / 1e6)  # type: ignore[operator]
    assert cost["judge"] == pytest.approx(runs * (1500 * haiku_in + 100 * haiku_out) / 1e6)  # type: ignore[operator]
    assert cost["total"] == pytest.approx(cost["answers"] + cost["judge"])


def test_every_price_pair_in_the_vendor_facts_becomes_a_model_with_a_name() -> None:
    models = evaluation.model_prices()
    assert {"anthropic-opus-4-5", "anthropic-haiku-4-5"} <= set(models)
    for stem, model in models.items():
        assert model["input"] == FACTS[f"{stem}-input"].amount
        assert model["output"] == FACTS[f"{stem}-output"].amount
        assert model["name"] and " costs" not in model["name"]
        assert model["url"].startswith("https://")


# ---- Bad input: one line that names the field ---------------------------------------------


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (dict(baseline=0), "Accuracy you expect must be more than 0% and at most 100%, not 0%"),
        (dict(baseline=100), "Accuracy you expect must be below 100%, not 100%"),
        (dict(difference=0), "Difference that matters must be more than 0 points, not 0"),
        (dict(baseline=97, difference=5), "cannot pass 100%"),
        (dict(disagree=4), "must be at least the difference (5%)"),
        (dict(baseline=98, difference=1, disagree=10), "is more than these accuracies allow"),
        (dict(judge_pass=50, judge_fail=50), "more often than chance"),
        (dict(per_doc=2.5), "Cases per document or conversation must be a whole number from 1"),
        (dict(icc=1.5), "Intra-cluster correlation must be from 0 to 1, not 1.5"),
        (dict(model="gpt-9"), "Answering model: no list price for 'gpt-9'"),
        (dict(baseline="lots"), "Accuracy you expect: expected a number, got 'lots'"),
        (dict(mode="guess"), "Unknown question 'guess'"),
        (dict(speed=1), "Unknown input 'speed'"),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_bad_input_says_what_is_wrong_in_one_line(values: dict, message: str) -> None:
    with pytest.raises(EvaluationError) as caught:
        compute(plan(**values))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_shared_link_opens_its_preset_with_its_own_values_on_top() -> None:
    values = parse_query({"preset": "tuned-vs-prompt", "planned": "1,000", "baseline": "x"})
    assert values["per_doc"] == 3 and values["planned"] == 1000.0
    assert values["baseline"] == "x"  # kept as typed, so compute names it
    with pytest.raises(EvaluationError, match="got 'x'"):
        compute(values)
    assert parse_query({})["mode"] == evaluation.PRESETS[evaluation.DEFAULT_PRESET].values.get(
        "mode", "compare"
    )


# ---- What the page says --------------------------------------------------------------------


def test_each_preset_computes_and_speaks() -> None:
    for key in evaluation.PRESETS:
        values = evaluation.preset_values(key)
        words = sentences(values, compute(values))
        assert words and all(w.endswith(".") for w in words)


def test_the_page_prose_about_the_presets_holds() -> None:
    new_model = evaluation.preset_values("new-model")
    assert sentences(new_model, compute(new_model))[0] == (
        "To tell 85% from 80% four times in five at 5% significance, you need 312 cases, "
        "each answered by both systems."
    )
    tuned = compute(evaluation.preset_values("tuned-vs-prompt"))
    assert 1000 < tuned["needed"] < 2500  # "well over a thousand" on the page
    judge = compute(evaluation.preset_values("judge"))
    assert 100 < judge["needed"] < 200  # "about 140 answers that people fail"


def test_the_numbers_the_evaluation_page_writes_in_prose_hold() -> None:
    """docs/evaluation.md states these in words; a changed formula that breaks one fails here."""
    low, high = evaluation.wilson_interval(0.8, 100)
    assert (round(low * 100, 1), round(high * 100, 1)) == (71.1, 86.7)
    assert round(pooled_unpaired_cases(0.80, 0.83, 0.05, 0.8), -2) == 2600  # "about 2,600"
    assert compute(plan(paired=0))["needed"] == 906  # "about 900 each"
    ten = compute(plan(paired=0, baseline=82, difference=4, planned=80))["power_at_planned"]
    assert 0.08 < ten < 0.12  # "about one time in ten"
    assert compute(plan(paired=1, difference=3, disagree=10))["needed"] == 870  # "about 870"
    low, high = evaluation.wilson_interval(0.8, 50)
    assert (round(low * 100), round(high * 100)) == (67, 89)  # a slice of 50 cases
    judge = compute(plan(paired=0, baseline=82, difference=4, judge_pass=95, judge_fail=90))
    assert judge["seen_difference"] == pytest.approx(0.034)  # "reports a 4-point gain as 3.4"


def test_the_page_plans_on_independent_errors_and_the_pilots_upper_bound() -> None:
    """Evaluation's paired section: 29% disagreement if errors were independent (about 910
    cases), and a 50-case pilot's 10% read at its upper Wilson bound (about 670)."""
    independent = 0.80 * (1 - 0.85) + 0.85 * (1 - 0.80)
    assert round(independent, 2) == 0.29
    assert math.ceil(evaluation.paired_cases(0.05, independent, 0.05, 0.8)) == 909
    low, high = evaluation.wilson_interval(0.10, 50)
    assert (round(low * 100), round(high * 100)) == (4, 21)
    assert math.ceil(evaluation.paired_cases(0.05, high, 0.05, 0.8)) == 669  # "about 670"


def test_a_judges_rate_on_bad_answers_is_sized_on_the_answers_people_fail() -> None:
    """Evaluation's judge section: about 140 failing answers pin a 90% rate to 5 points, about
    700 graded answers when one in five fails; the 95% rate on good answers needs about 75."""
    z = NormalDist().inv_cdf(0.975)
    failing = math.ceil(z * z * 0.90 * 0.10 / 0.05**2)
    assert failing == 139 and round(failing / 0.2, -2) == 700
    assert math.ceil(z * z * 0.95 * 0.05 / 0.05**2) == 73
