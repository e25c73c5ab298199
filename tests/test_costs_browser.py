"""The cost calculator in a real browser: costs.js agrees with decision_trees.costs to the cent.

A grid of input sets (hand-picked edge cases, invalid inputs and seeded random
ones) is computed by the Python model and by the page's script in Chromium, and
every number, break-even and sentence must match. The rest drives the page as a
reader would: change the volume, see the chart, sentence and table move, reload
the link and get the same scenario back.
"""

from __future__ import annotations

import random
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from decision_trees import costs
from decision_trees.costs import CostError, apply_query, compute, sentences, to_data

from .conftest import SCREENSHOTS
from .test_browser import local_site, sideways  # noqa: F401 (autouse fixture)

pytestmark = pytest.mark.browser

KINDS = list(costs.KINDS)
FIELDS = [f for f in costs.APPROACH_FIELDS]


def _value(rng: random.Random, spec: costs.FieldSpec) -> Any:
    """A plausible figure for a field: often zero, sometimes a range, cache rates within 0-100."""
    if rng.random() < 0.35:
        return 0
    top = {
        "tokens": 60_000,
        "money": 5_000,
        "percent": 100,
        "count": 5_000_000,
        "hours": 120,
        "months": 12,
    }[spec.unit]
    if spec.key.startswith("price"):
        top = 60
    low = round(rng.uniform(0, top), rng.choice([0, 2, 3]))
    if spec.unit != "percent" and rng.random() < 0.2:
        return [low, round(low + rng.uniform(0, top), 2)]
    return low


def grid() -> list[dict[str, Any]]:
    """Edge cases first, then invalid inputs, then 50 seeded random scenarios."""
    rng = random.Random(20261122)
    scenarios: list[dict[str, Any]] = [
        costs.preset_scenario(preset) for preset in costs.PRESETS.values()
    ]
    scenarios += [
        {"requests": 0, "hourly": 0, "approaches": [{"kind": "rag", "values": {"other": 10}}]},
        {  # 100% cache hits
            "requests": 12345,
            "hourly": 0,
            "approaches": [
                {
                    "kind": "prompt-cached",
                    "values": {
                        "context": 80000,
                        "cache_hit": 100,
                        "price_in": 3,
                        "price_cached": 0.3,
                    },
                }
            ],
        },
        {  # never pays back
            "requests": 1000,
            "hourly": 50,
            "approaches": [
                {"kind": "rag", "values": {"other": 100}},
                {"kind": "fine-tune", "values": {"training": 500, "other": 150}},
            ],
        },
        {  # equal one-offs, level from the start; and an exchange rate
            "requests": 1,
            "hourly": 1,
            "rate": 83.25,
            "approaches": [
                {"kind": "prompt", "values": {"other": 9}},
                {"kind": "prompt-cached", "values": {"other": 3}},
                {"kind": "hybrid", "values": {"hosting": 1.5, "training": [10, 9000]}},
            ],
        },
        {  # break-even exactly on a whole month
            "requests": 0,
            "hourly": 0,
            "approaches": [
                {"kind": "rag", "values": {"other": 5000}},
                {"kind": "fine-tune", "values": {"training": 16000, "other": 3000}},
            ],
        },
    ]
    invalid = [
        {"requests": -5, "approaches": [{"kind": "rag", "values": {}}]},
        {"requests": 1, "approaches": [{"kind": "rag", "values": {"cache_hit": 120}}]},
        {"requests": 1, "approaches": [{"kind": "rag", "values": {"cache_hit": [10, 101]}}]},
        {"requests": 1, "approaches": [{"kind": "distil", "values": {"training": [9, 3]}}]},
        {"requests": 1, "rate": 0, "approaches": [{"kind": "rag", "values": {}}]},
        {"requests": 1, "approaches": [{"kind": "nope", "values": {}}]},
        {"requests": 1, "approaches": [{"kind": "rag", "values": {"speed": 1}}]},
        {"requests": 1, "approaches": []},
        {"requests": 1, "hourly": -0.5, "approaches": [{"kind": "rag", "values": {}}]},
    ]
    scenarios += invalid
    for _ in range(50):
        kinds = rng.sample(KINDS, rng.randint(1, 4))
        scenarios.append(
            {
                "requests": rng.choice([0, 1, 999, 20_000, 3_500_000, [1000, 50_000]]),
                "hourly": rng.choice([0, 45.5, 100, [60, 140]]),
                "rate": rng.choice([1, 1, 0.92, 83.4]),
                "approaches": [
                    {
                        "kind": kind,
                        "label": f"Option {i + 1}",
                        "values": {f.key: _value(rng, f) for f in FIELDS if rng.random() < 0.7},
                    }
                    for i, kind in enumerate(kinds)
                ],
            }
        )
    return scenarios


def python_side(scenario: dict[str, Any]) -> dict[str, Any]:
    try:
        result = compute(scenario)
    except CostError as error:
        return {"error": str(error)}
    return {**to_data(result), "sentences": sentences(result)}


def assert_same(py: dict[str, Any], js: dict[str, Any], where: str) -> None:
    assert ("error" in py) == ("error" in js), f"{where}: {py.get('error')} vs {js.get('error')}"
    if "error" in py:
        assert js["error"] == py["error"], where
        return
    assert js["sentences"] == py["sentences"], where
    assert len(js["cases"]) == len(py["cases"]), where
    for pc, jc in zip(py["cases"], js["cases"], strict=True):
        assert jc["name"] == pc["name"], where
        for pl, jl in zip(pc["lines"], jc["lines"], strict=True):
            assert jl["kind"] == pl["kind"], where
            for key in ("one_off", "monthly", "per_1000"):
                if pl[key] is None:
                    assert jl[key] is None, f"{where} {pl['kind']}.{key}"
                else:
                    assert abs(jl[key] - pl[key]) < 0.005, f"{where} {pl['kind']}.{key}"
            assert len(jl["cumulative"]) == costs.MONTHS + 1
            for m, (a, b) in enumerate(zip(pl["cumulative"], jl["cumulative"], strict=True)):
                assert abs(a - b) < 0.005, f"{where} {pl['kind']} month {m}"
        for pb, jb in zip(pc["break_evens"], jc["break_evens"], strict=True):
            assert (jb["payer"], jb["against"], jb["month"]) == (
                pb["payer"],
                pb["against"],
                pb["month"],
            ), where
            if pb["months"] is None:
                assert jb["months"] is None, where
            else:
                assert jb["months"] == pytest.approx(pb["months"], rel=1e-9), where


def test_python_and_browser_compute_the_same_costs(page: Page, site_url: str) -> None:
    scenarios = grid()
    assert len(scenarios) >= 60
    page.goto(f"{site_url}costs/")
    expect(page.locator(".dt-costs[data-dt-mounted]")).to_have_count(1)
    js = page.evaluate(
        """scenarios => {
            const data = JSON.parse(document.querySelector("template.dt-costs-data").innerHTML);
            return scenarios.map((s) => {
                const r = window.dtCosts.compute(data, s);
                return r.error ? r : { ...r, sentences: window.dtCosts.sentences(r) };
            });
        }""",
        scenarios,
    )
    errors = 0
    for i, (scenario, out) in enumerate(zip(scenarios, js, strict=True)):
        expected = python_side(scenario)
        errors += "error" in expected
        assert_same(expected, out, f"scenario {i}")
    assert errors >= 9  # the invalid inputs were refused on both sides, with the same words


@pytest.mark.parametrize(
    "text", ["1500", "8,000-25,000", "8000 \u2013 25000", "-5", ".5", "1-2-3", "x"]
)
def test_python_and_browser_read_typed_figures_alike(page: Page, site_url: str, text: str) -> None:
    page.goto(f"{site_url}costs/")
    expect(page.locator(".dt-costs[data-dt-mounted]")).to_have_count(1)
    js = page.evaluate(
        """t => { try { return { value: window.dtCosts.parseValue(t, "x") }; }
                  catch (e) { return { error: e.message }; } }""",
        text,
    )
    try:
        value = costs.parse_value(text, "x")
        expected: dict[str, Any] = {"value": list(value) if isinstance(value, tuple) else value}
    except CostError as error:
        expected = {"error": str(error)}
    assert js == expected


def shown(page: Page) -> list[str]:
    return page.locator(".dt-costs-sentences p").all_inner_texts()


def expected_sentences(url: str) -> list[str]:
    _, scenario = apply_query(dict(parse_qsl(urlsplit(url).query)))
    return sentences(compute(scenario))


def test_changing_the_volume_moves_everything_and_the_link_keeps_it(
    page: Page, site_url: str
) -> None:
    page.goto(f"{site_url}costs/?preset=distil#calculator")
    requests = page.get_by_label("Requests", exact=True)
    expect(requests).to_have_value("500000")
    assert shown(page) == expected_sentences(page.url)
    before = (
        shown(page),
        page.locator(".dt-costs-line").first.get_attribute("d"),
        page.locator(".dt-costs-summary").inner_text(),
    )
    requests.fill("5000")
    expect(page.locator(".dt-costs-sentences p").first).not_to_have_text(before[0][0])
    assert "requests=5000" in page.url
    after = (
        shown(page),
        page.locator(".dt-costs-line").first.get_attribute("d"),
        page.locator(".dt-costs-summary").inner_text(),
    )
    assert all(a != b for a, b in zip(before, after, strict=True))
    assert shown(page) == expected_sentences(page.url)
    assert page.locator(".dt-costs-link").input_value() == page.url
    page.reload()
    expect(page.get_by_label("Requests", exact=True)).to_have_value("5000")
    assert shown(page) == after[0]
    assert page.locator(".dt-costs-summary").inner_text() == after[2]


@pytest.mark.parametrize("preset", ["fine-tune", "distil"])
def test_preset_links_for_the_verdicts_open_prefilled(
    page: Page, site_url: str, preset: str
) -> None:
    page.goto(f"{site_url}costs/?preset={preset}#calculator")
    expect(page.locator(".dt-costs-preset select")).to_have_value(preset)
    assert shown(page) == expected_sentences(page.url)
    rows = page.locator(".dt-costs-months tbody tr")
    expect(rows).to_have_count(costs.MONTHS + 1)


def test_bad_input_says_what_is_wrong_in_one_line(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}costs/?preset=knowledge#calculator")
    alert = page.get_by_role("alert")
    page.get_by_label("Requests", exact=True).fill("-5")
    expect(alert).to_have_text("Requests per month must be zero or more, not -5")
    page.get_by_label("Requests", exact=True).fill("0")
    expect(page.locator(".dt-costs-error")).to_be_hidden()
    field = page.locator("input[name='rag.embedding']")
    field.fill("lots")
    expect(alert).to_have_text(
        "RAG: embedding: 'lots' is not a number or a range; write e.g. 1500 or 8000-25000"
    )
    expect(field).to_have_attribute("aria-invalid", "true")


def test_choosing_a_preset_and_a_display_currency(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}costs/")
    page.locator(".dt-costs-preset select").select_option("knowledge")
    expect(page.locator(".dt-costs-summary")).to_contain_text("₹5,000")
    assert "preset=knowledge" in page.url
    page.get_by_text("Show the results in another currency").click()
    page.get_by_label("Currency code").fill("EUR")
    page.get_by_label("Units of it per 1 INR").fill("0.5")
    expect(page.locator(".dt-costs-summary")).to_contain_text("EUR 2,500")
    assert "show=EUR" in page.url and "rate=0.5" in page.url
    page.go_back()  # choosing a scenario was a step in history; typing figures was not
    expect(page.locator(".dt-costs-preset select")).to_have_value(costs.DEFAULT_PRESET)
    expect(page.locator(".dt-costs-summary")).not_to_contain_text("₹")


def test_keyboard_reaches_and_changes_the_volume(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}costs/?preset=distil")
    requests = page.get_by_label("Requests", exact=True)
    select = page.locator(".dt-costs-preset select")
    select.focus()
    page.keyboard.press("Tab")
    expect(requests).to_be_focused()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("2000")
    expect(requests).to_have_value("2000")
    assert shown(page) == expected_sentences(page.url)


def test_instant_navigation_mounts_the_calculator_once(page: Page, site_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with page.expect_response("**/sitemap.xml"):
        page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.dtNoReload = true")
    page.locator(".md-nav__link", has_text=re.compile(r"^\s*Costs\s*$")).first.click()
    # The calculator writes its preset into the query on mounting, so match the path only.
    page.wait_for_url(re.compile(re.escape(f"{site_url}costs/") + r"(\?.*)?$"))
    expect(page.locator(".dt-costs[data-dt-mounted]")).to_have_count(1)
    expect(page.locator(".dt-costs-sentences p").first).not_to_be_empty()
    assert page.evaluate("window.dtNoReload === true"), "the page was reloaded, not swapped"
    assert errors == []


def axe_on(page: Page, selector: str) -> str:
    """Axe's findings inside ``selector`` (the rest of the Costs page is not this test's)."""
    page.wait_for_timeout(300)  # let colour transitions settle before axe samples them
    results = Axe().run(page, context=selector)
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"])
        for v in results.response["violations"]
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_calculator_and_worked_cases_accessibility(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"{site_url}costs/?preset=small-corpus#calculator")
    expect(page.locator(".dt-costs-sentences p").first).to_be_visible()
    page.locator(".dt-costs-months summary").click()
    page.locator(".dt-costs-more summary").first.click()
    assert (report := axe_on(page, ".dt-costs")) == "", report
    page.get_by_label("Requests", exact=True).fill("-1")
    assert (report := axe_on(page, ".dt-costs")) == "", f"with an error shown:\n{report}"
    for case in ("small-corpus", "distil", "knowledge"):
        assert (report := axe_on(page, f"#costs-case-{case}")) == "", report


# Layout shifts of what follows the calculator: the content its mounting could push down.
SHIFTS = """window.dtShift = 0;
    new PerformanceObserver((list) => {
        const calculator = document.querySelector(".dt-costs");
        for (const e of list.getEntries()) {
            const after = e.sources.some((s) => s.node && calculator &&
                calculator.compareDocumentPosition(s.node) & Node.DOCUMENT_POSITION_FOLLOWING &&
                !calculator.contains(s.node));
            if (after && !e.hadRecentInput) window.dtShift += e.value;
        }
    }).observe({ type: "layout-shift", buffered: true });"""


@pytest.mark.parametrize("size", [(1366, 900), (390, 844)], ids=["desktop", "phone"])
def test_mounting_the_calculator_pushes_nothing_in_view_down(
    page: Page, site_url: str, size: tuple[int, int]
) -> None:
    """Open the calculator's link: the room kept for it means the page after it does not jump.

    (Material's own scroll to the link's anchor shifts the page a little with or
    without the calculator; that shift moves what comes before it, so it is not counted.)
    """
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.add_init_script(SHIFTS)
    page.goto(f"{site_url}costs/?preset=distil#calculator")
    expect(page.locator(".dt-costs[data-dt-mounted]")).to_have_count(1)
    expect(page.locator(".dt-costs-sentences p").first).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.dtShift") == 0


def test_calculator_screenshots(page: Page, site_url: str) -> None:
    """PNGs for a human to look at (screenshots/, not committed), and no sideways overflow."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for device, size in (("desktop", (1366, 900)), ("phone", (390, 844))):
        page.set_viewport_size({"width": size[0], "height": size[1]})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto(f"{site_url}costs/?preset=distil#calculator")
            expect(page.locator(".dt-costs-sentences p").first).to_be_visible()
            page.wait_for_timeout(300)
            page.locator(".dt-costs").screenshot(
                path=SCREENSHOTS / f"costs-{device}-{scheme}-calculator.png"
            )
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways"


def test_without_javascript_the_page_says_the_calculator_needs_it(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}costs/")
        note = page.locator(".dt-costs-nojs")
        expect(note).to_be_visible()
        box = page.locator(".dt-costs").bounding_box()
        assert box is not None and box["height"] < 200  # no empty room kept for a script
        expect(page.locator("#costs-case-distil .dt-costs-verdict")).to_be_visible()
    finally:
        context.close()
