"""The evaluation planner in a real browser: evaluation.js agrees with decision_trees.evaluation.

A grid of input sets (the issue's acceptance case, edge cases, invalid inputs and seeded
random ones) is computed by the Python model and by the page's script in Chromium, and every
number, curve point and sentence must match. The rest drives the page as a reader would.
"""

from __future__ import annotations

import math
import random
from statistics import NormalDist
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from decision_trees import evaluation
from decision_trees.evaluation import EvaluationError, compute, parse_query, sentences

from .conftest import SCREENSHOTS
from .test_browser import local_site, sideways  # noqa: F401 (autouse fixture)

pytestmark = pytest.mark.browser

DATA_JS = 'JSON.parse(document.querySelector("template.dt-eval-data").innerHTML)'


def plan(**values: Any) -> dict[str, Any]:
    return {**evaluation.DEFAULTS, **values}


def grid() -> list[dict[str, Any]]:
    rng = random.Random(20261203)
    sets = [
        plan(baseline=80, difference=5, paired=1, disagree=10),  # the acceptance case, paired
        plan(baseline=80, difference=5, paired=0),  # and unpaired
        plan(paired=1, disagree=10, planned=400),
        plan(paired=0, planned=80, per_doc=3, icc=0.2),
        plan(
            paired=1, disagree=30, judge_pass=90, judge_fail=85, judge_model="anthropic-haiku-4-5"
        ),
        plan(mode="measure", baseline=90, half_width=5, planned=100),
        plan(mode="measure", baseline=99, half_width=0.5, per_doc=4, icc=0.05),
        plan(baseline=50, difference=1, paired=0, alpha=1, power=95),
        *(evaluation.preset_values(k) for k in evaluation.PRESETS),
    ]
    invalid = [
        plan(baseline=0),
        plan(baseline=100),
        plan(difference=0),
        plan(baseline=97, difference=5),
        plan(disagree=4),
        plan(baseline=98, difference=1, disagree=10),
        plan(judge_pass=40, judge_fail=55),
        plan(per_doc=0),
        plan(icc=-0.1),
        plan(model="gpt-9"),
        plan(baseline="lots"),
        plan(mode="guess"),
        plan(planned=2.5),
        plan(mode="measure", half_width=60),
    ]
    sets += invalid
    models = ["", *evaluation.model_prices()]
    for _ in range(60):
        mode = rng.choice(["compare", "compare", "measure"])
        baseline = rng.choice([30, 55.5, 70, 80, 88, 93.2])
        difference = rng.choice([1, 2, 3, 5, 7.5])
        sets.append(
            plan(
                mode=mode,
                baseline=baseline,
                difference=min(difference, 99 - baseline),
                paired=rng.choice([0, 1]),
                disagree=rng.choice([difference + 1, 12, 20, 25]),
                half_width=rng.choice([1, 2.5, 5, 10]),
                alpha=rng.choice([1, 5, 10]),
                power=rng.choice([80, 90, 95, 62.5]),
                planned=rng.choice([0, 0, 50, 400, 2500]),
                per_doc=rng.choice([1, 1, 3, 10]),
                icc=rng.choice([0, 0.05, 0.3]),
                judge_pass=rng.choice([100, 97, 90]),
                judge_fail=rng.choice([100, 92, 80]),
                systems=rng.choice([1, 2, 3]),
                repeats=rng.choice([1, 3]),
                model=rng.choice(models[1:]),
                judge_model=rng.choice(models),
                tokens_in=rng.choice([0, 800, 12000]),
                tokens_out=rng.choice([50, 400]),
            )
        )
    return sets


def python_side(values: dict[str, Any]) -> dict[str, Any]:
    try:
        result = compute(values)
    except EvaluationError as error:
        return {"error": str(error)}
    return {**result, "sentences": sentences(values, result)}


def assert_close(py: Any, js: Any, where: str) -> None:
    if isinstance(py, dict):
        assert set(js) == set(py), f"{where}: keys {sorted(py)} vs {sorted(js)}"
        for key in py:
            assert_close(py[key], js[key], f"{where}.{key}")
    elif isinstance(py, (list, tuple)):
        assert len(js) == len(py), where
        for i, (a, b) in enumerate(zip(py, js, strict=True)):
            assert_close(a, b, f"{where}[{i}]")
    elif isinstance(py, (bool, str)):
        assert js == py, f"{where}: {py!r} vs {js!r}"
    else:
        assert js == pytest.approx(py, rel=1e-9, abs=1e-12), f"{where}: {py} vs {js}"


@pytest.fixture()
def planner(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}evaluation/")
    expect(page.locator(".dt-eval[data-dt-mounted]")).to_have_count(1)
    return page


def test_python_and_browser_plan_the_same_evaluations(planner: Page) -> None:
    sets = grid()
    assert len(sets) >= 80
    js = planner.evaluate(
        f"""sets => {{
            const data = {DATA_JS};
            return sets.map((v) => {{
                const r = window.dtEvaluation.compute(data, v);
                return r.error ? r : {{ ...r, sentences: window.dtEvaluation.sentences(data, v, r) }};
            }});
        }}""",
        sets,
    )
    errors = 0
    for i, (values, out) in enumerate(zip(sets, js, strict=True)):
        expected = python_side(values)
        errors += "error" in expected
        assert_close(expected, out, f"set {i}")
    assert errors >= 14  # every invalid set refused on both sides, in the same words


def test_the_acceptance_case_in_the_browser_equals_the_textbook_formulas(planner: Page) -> None:
    z_a, z_b = NormalDist().inv_cdf(0.975), NormalDist().inv_cdf(0.8)
    paired = math.ceil(((z_a * math.sqrt(0.10) + z_b * math.sqrt(0.10 - 0.05**2)) / 0.05) ** 2)
    pbar = 0.825
    unpaired = math.ceil(
        (z_a * math.sqrt(2 * pbar * (1 - pbar)) + z_b * math.sqrt(0.8 * 0.2 + 0.85 * 0.15)) ** 2
        / 0.05**2
    )
    js = planner.evaluate(
        f"""() => {{
            const data = {DATA_JS};
            const base = {{ ...data.defaults, baseline: 80, difference: 5, disagree: 10 }};
            return [window.dtEvaluation.compute(data, {{ ...base, paired: 1 }}).needed,
                    window.dtEvaluation.compute(data, {{ ...base, paired: 0 }}).needed];
        }}"""
    )
    assert js == [paired, unpaired] == [312, 906]


def test_the_browser_normal_distribution_matches_python(planner: Page) -> None:
    xs = [-8.5, -4.2, -2.5, -1.96, -0.3, 0.0, 0.01, 0.67, 1.5, 2.12, 2.9, 4.4, 6.0]
    ps = [1e-9, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999, 1 - 1e-9]
    js = planner.evaluate(
        "([xs, ps]) => [xs.map(window.dtEvaluation.cdf), ps.map(window.dtEvaluation.invCdf)]",
        [xs, ps],
    )
    for x, got in zip(xs, js[0], strict=True):
        assert got == pytest.approx(NormalDist().cdf(x), rel=1e-12, abs=1e-15), x
    for p, got in zip(ps, js[1], strict=True):
        assert got == pytest.approx(NormalDist().inv_cdf(p), rel=1e-12), p


def shown(page: Page) -> list[str]:
    return page.locator(".dt-eval-sentences p").all_inner_texts()


def expected_sentences(url: str) -> list[str]:
    values = parse_query(dict(parse_qsl(urlsplit(url).query)))
    return sentences(values, compute(values))


def test_typing_a_plan_moves_the_words_and_chart_and_the_link_keeps_it(
    page: Page, site_url: str
) -> None:
    page.goto(f"{site_url}evaluation/?preset=new-model#planner")
    planned = page.get_by_label("Cases you have or plan")
    expect(planned).to_have_value("0")
    assert shown(page) == expected_sentences(page.url)
    before = (shown(page), page.locator(".dt-eval-curve").get_attribute("d"))
    planned.fill("400")
    expect(page.locator(".dt-eval-sentences p")).to_have_count(4)
    page.get_by_label("Both systems answer the same cases").select_option("0")
    expect(page.locator(".dt-eval-sentences p").first).to_contain_text("for each system")
    assert "planned=400" in page.url and "paired=0" in page.url
    after = (shown(page), page.locator(".dt-eval-curve").get_attribute("d"))
    assert after[0] != before[0] and after[1] != before[1]
    assert shown(page) == expected_sentences(page.url)
    assert page.locator(".dt-eval-link").input_value() == page.url
    page.reload()
    expect(page.get_by_label("Cases you have or plan")).to_have_value("400")
    assert shown(page) == after[0]


@pytest.mark.parametrize("preset", list(evaluation.PRESETS))
def test_each_common_question_opens_prefilled_from_its_link(
    page: Page, site_url: str, preset: str
) -> None:
    page.goto(f"{site_url}evaluation/?preset={preset}#planner")
    expect(page.locator(".dt-eval-preset select")).to_have_value(preset)
    values = evaluation.preset_values(preset)
    expect(page.get_by_label("Accuracy you expect")).to_have_value(str(values["baseline"]))
    assert shown(page) == sentences(values, compute(values))
    worked = page.locator(f"#evaluation-case-{preset} .dt-eval-verdict").all_inner_texts()
    assert worked == shown(page)  # the page's worked question says what the planner says


def test_choosing_a_question_is_a_step_in_history(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}evaluation/")
    page.locator(".dt-eval-preset select").select_option("judge")
    expect(page.locator(".dt-eval-sentences p").first).to_contain_text("To know a rate near 90%")
    expect(page.get_by_label("Difference that matters")).to_be_hidden()
    assert "preset=judge" in page.url
    page.go_back()
    expect(page.locator(".dt-eval-preset select")).to_have_value(evaluation.DEFAULT_PRESET)
    expect(page.get_by_label("Difference that matters")).to_be_visible()


def test_bad_input_says_what_is_wrong_in_one_line(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}evaluation/#planner")
    alert = page.get_by_role("alert")
    field = page.get_by_label("Cases the two answer differently")
    field.fill("3")
    expect(alert).to_have_text(
        "Cases the two answer differently must be at least the difference (5%) and at most "
        "100%, not 3%"
    )
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".dt-eval-results")).to_have_class("dt-eval-results dt-eval-stale")
    field.fill("10")
    expect(page.locator(".dt-eval-error")).to_be_hidden()
    page.get_by_label("Accuracy you expect").fill("lots")
    expect(alert).to_have_text("Accuracy you expect: expected a number, got 'lots'")


def test_keyboard_reaches_and_changes_the_plan(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}evaluation/?preset=new-model")
    select = page.locator(".dt-eval-preset select")
    select.focus()
    for _ in range(40):  # through the results (chart table, link, copy button) to the form
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "baseline":
            break
    expect(page.get_by_label("Accuracy you expect")).to_be_focused()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("70")
    expect(page.locator(".dt-eval-sentences p").first).to_contain_text("75% from 70%")
    assert shown(page) == expected_sentences(page.url)


def axe_on(page: Page, selector: str) -> str:
    page.wait_for_timeout(300)  # let colour transitions settle before axe samples them
    results = Axe().run(page, context=selector)
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"])
        for v in results.response["violations"]
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_planner_and_worked_questions_accessibility(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"{site_url}evaluation/?preset=tuned-vs-prompt&planned=900#planner")
    expect(page.locator(".dt-eval-sentences p").first).to_be_visible()
    page.locator(".dt-eval-numbers summary").click()
    assert (report := axe_on(page, ".dt-eval")) == "", report
    page.get_by_label("Power", exact=True).fill("120")
    expect(page.get_by_role("alert")).not_to_be_empty()
    assert (report := axe_on(page, ".dt-eval")) == "", f"with an error shown:\n{report}"
    for key in evaluation.PRESETS:
        assert (report := axe_on(page, f"#evaluation-case-{key}")) == "", report


def test_planner_screenshots(page: Page, site_url: str) -> None:
    """PNGs for a human to look at (screenshots/, not committed), and no sideways overflow."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for device, size in (("desktop", (1366, 900)), ("phone", (390, 844))):
        page.set_viewport_size({"width": size[0], "height": size[1]})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto(f"{site_url}evaluation/?preset=tuned-vs-prompt&planned=900#planner")
            expect(page.locator(".dt-eval-sentences p").first).to_be_visible()
            page.wait_for_timeout(300)
            page.locator(".dt-eval").screenshot(
                path=SCREENSHOTS / f"evaluation-{device}-{scheme}-planner.png"
            )
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways"


def test_without_javascript_the_page_still_answers_the_common_questions(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}evaluation/")
        expect(page.locator(".dt-eval-nojs")).to_be_visible()
        box = page.locator(".dt-eval").bounding_box()
        assert box is not None and box["height"] < 200  # no empty room kept for a script
        expect(page.locator("#evaluation-case-new-model .dt-eval-verdict").first).to_contain_text(
            "you need 312 cases"
        )
    finally:
        context.close()


def test_the_planner_makes_no_request_off_the_site(page: Page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{site_url}evaluation/?preset=judge#planner")
    expect(page.locator(".dt-eval-sentences p").first).to_be_visible()
    page.get_by_label("Cases you have or plan").fill("250")
    expect(page.locator(".dt-eval-sentences p")).to_have_count(3)
    assert [u for u in requests if not u.startswith(site_url)] == []
