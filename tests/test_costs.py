"""The cost model: its formula on hand-checked numbers, its edge cases, its errors and its defaults.

The worked cases on the Costs page are rendered from this model; the tests at
the end pin the claims the page's prose makes about them, so that a changed
default that turns a claim false fails here instead of on the page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from decision_trees import costs, costs_page
from decision_trees.costs import CostError, apply_query, compute, parse_value, sentences


def scenario(*approaches: dict[str, Any], requests: Any = 1000, hourly: Any = 0) -> dict:
    return {
        "requests": requests,
        "hourly": hourly,
        "approaches": [
            {"kind": a.pop("kind"), "label": a.pop("label", ""), "values": a} for a in approaches
        ],
    }


def lines(result: costs.Result, case: int = 0) -> list[costs.Line]:
    return list(result.cases[case][1])


def test_token_costs_follow_the_formula_by_hand() -> None:
    # 1,000 requests x (1,000 input + 2,000 context) at $2/M in, 500 output at $8/M out.
    result = compute(
        scenario(
            dict(kind="rag", input=1000, context=2000, output=500, price_in=2, price_out=8),
            requests=1000,
        )
    )
    (line,) = lines(result)
    assert line.monthly == pytest.approx(1000 * (3000 * 2 + 500 * 8) / 1e6)  # $10
    assert line.per_1000 == pytest.approx(10.0)
    assert line.one_off == 0
    assert line.cumulative[0] == 0 and line.cumulative[24] == pytest.approx(240.0)


def test_monthly_lines_add_up_embedding_vectors_hosting_other_and_retraining() -> None:
    result = compute(
        scenario(
            dict(
                kind="hybrid",
                embedding=5,
                vectors=2_000_000,
                vector_price=0.5,
                hosting=2,
                other=7,
                retrain_every=4,
                retrain_cost=100,
                training=300,
                prep_hours=10,
                eval_hours=5,
            ),
            requests=0,
            hourly=20,
        )
    )
    (line,) = lines(result)
    assert line.monthly == pytest.approx(5 + 1 + 2 * costs.HOURS_PER_MONTH + 7 + 25)
    assert line.one_off == pytest.approx(300 + 15 * 20)


def test_zero_volume_costs_only_the_fixed_lines_and_has_no_cost_per_request() -> None:
    result = compute(scenario(dict(kind="rag", input=500, price_in=3, other=100), requests=0))
    (line,) = lines(result)
    assert line.monthly == 100
    assert line.per_1000 is None


def test_all_cache_hits_bill_the_whole_context_at_the_cached_price() -> None:
    base = dict(kind="prompt-cached", input=0, context=10_000, price_in=5, price_cached=0.5)
    (hit,) = lines(compute(scenario({**base, "cache_hit": 100}, requests=1000)))
    (miss,) = lines(compute(scenario({**base, "cache_hit": 0}, requests=1000)))
    assert hit.monthly == pytest.approx(1000 * 10_000 * 0.5 / 1e6)
    assert miss.monthly == pytest.approx(1000 * 10_000 * 5 / 1e6)


def test_break_even_is_the_page_formula_rounded_up_to_a_whole_month() -> None:
    # The page's formula on AmanAI Lab's figures: ₹15,000 up front, saving ₹2,000 a month.
    result = compute(
        scenario(
            dict(kind="rag", other=5000),
            dict(kind="fine-tune", training=15000, other=3000),
            requests=0,
        )
    )
    (even,) = result.break_evens[0][1]
    assert (even.payer, even.against) == ("fine-tune", "rag")
    assert even.months == pytest.approx(7.5)
    assert even.month == 8
    ft = lines(result)[1]
    rag = lines(result)[0]
    assert ft.cumulative[7] > rag.cumulative[7] and ft.cumulative[8] <= rag.cumulative[8]


def test_break_even_never_reached_when_the_dearer_setup_saves_nothing_per_month() -> None:
    result = compute(
        scenario(
            dict(kind="rag", other=5000),
            dict(kind="fine-tune", training=15000, other=5000),
            requests=0,
        )
    )
    (even,) = result.break_evens[0][1]
    assert even.months is None and even.month is None
    assert sentences(result) == ["Fine-tuned model never pays back against RAG."]


def test_equal_setup_costs_make_the_cheaper_one_to_run_level_from_the_start() -> None:
    result = compute(
        scenario(dict(kind="prompt", other=10), dict(kind="prompt-cached", other=4), requests=0)
    )
    (even,) = result.break_evens[0][1]
    assert (even.payer, even.month) == ("prompt-cached", 0)
    assert sentences(result) == [
        "Whole corpus in the prompt with caching costs no more than Whole corpus in the prompt "
        "from the start."
    ]


def test_a_range_gives_a_low_and_a_high_case_and_no_midpoint() -> None:
    result = compute(
        scenario(
            dict(kind="rag", other=5000),
            dict(kind="fine-tune", training=(15000, 40000), other=3000),
            requests=0,
        )
    )
    assert [name for name, _ in result.cases] == ["low", "high"]
    assert [ln.one_off for ln in lines(result, 0)] == [0, 15000]
    assert [ln.one_off for ln in lines(result, 1)] == [0, 40000]
    assert [b.month for _, (b,) in result.break_evens] == [8, 20]
    assert sentences(result) == [
        "Fine-tuned model pays back against RAG in month 8 in the low case "
        "and in month 20 in the high case."
    ]


def test_exchange_rate_scales_every_money_figure_and_nothing_else() -> None:
    plain = scenario(dict(kind="fine-tune", training=100, other=10), requests=0)
    converted = {**plain, "rate": 2.5}
    (a,), (b,) = lines(compute(plain)), lines(compute(converted))
    assert (b.one_off, b.monthly) == (a.one_off * 2.5, a.monthly * 2.5)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        pytest.param(
            scenario(dict(kind="rag"), requests=-5),
            "Requests per month must be zero or more, not -5",
            id="negative volume",
        ),
        pytest.param(
            scenario(dict(kind="rag", label="RAG", cache_hit=120)),
            "RAG: cache hit rate must be between 0% and 100%, not 120%",
            id="cache hit rate above 100%",
        ),
        pytest.param(
            scenario(dict(kind="rag", label="RAG", output=-0.5)),
            "RAG: output tokens must be zero or more, not -0.5",
            id="negative tokens",
        ),
        pytest.param(
            scenario(dict(kind="fine-tune", label="FT", training=(40000, 15000))),
            "FT: training: the low end 40000 is above the high end 15000",
            id="range upside down",
        ),
        pytest.param(
            {**scenario(dict(kind="rag")), "rate": 0},
            "The exchange rate must be more than zero, not 0",
            id="zero exchange rate",
        ),
        pytest.param(
            scenario(dict(kind="magic")),
            "Unknown approach 'magic'; approaches are: prompt, prompt-cached, rag, fine-tune, "
            "distil, hybrid",
            id="unknown approach",
        ),
        pytest.param(
            scenario(dict(kind="rag", label="RAG", tokens=5)),
            "RAG: unknown input 'tokens'",
            id="unknown input",
        ),
        pytest.param(scenario(), "No approach to cost: choose at least one", id="no approach"),
    ],
)
def test_bad_input_is_one_clear_line(bad: dict, message: str) -> None:
    with pytest.raises(CostError) as raised:
        compute(bad)
    assert str(raised.value) == message
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500.0),
        ("1,500", 1500.0),
        ("8000-25000", (8000.0, 25000.0)),
        ("8,000 \u2013 25,000", (8000.0, 25000.0)),
        ("0.08-0.7", (0.08, 0.7)),
        (".5", 0.5),
        ("-5", -5.0),
    ],
)
def test_typed_figures_parse_as_numbers_or_ranges(text: str, value: costs.Value) -> None:
    assert parse_value(text, "x") == value


@pytest.mark.parametrize("text", ["", "abc", "1-2-3", "5e3", "1..2", "--5"])
def test_text_that_is_not_a_figure_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(
        CostError, match=re.escape(f"RAG: context tokens: '{text}' is not a number")
    ):
        parse_value(text, "RAG: context tokens")


def test_a_shared_link_is_its_preset_with_the_links_values_on_top() -> None:
    preset, s = apply_query(
        {"preset": "distil", "requests": "1000000", "distil.training": "500-900", "rate": "3"}
    )
    assert preset.key == "distil"
    assert s["requests"] == 1_000_000.0
    assert s["rate"] == 1  # no currency to show: the rate converts nothing
    distil = next(a for a in s["approaches"] if a["kind"] == "distil")
    assert distil["values"]["training"] == (500.0, 900.0)
    assert distil["values"]["prep_hours"] == 40.0  # untouched preset figure
    _, shown = apply_query({"preset": "distil", "show": "EUR", "rate": "0.9"})
    assert shown["rate"] == 0.9
    unknown, _ = apply_query({"preset": "nope"})
    assert unknown.key == costs.DEFAULT_PRESET


def test_every_default_names_a_source_and_vendor_prices_their_date() -> None:
    for preset in costs.PRESETS.values():
        for key, figure in preset.figures.items():
            source = costs.SOURCES[figure.source]  # KeyError names an unknown source
            assert figure.note, f"{preset.key}/{key} says nothing of what it is"
            if source.kind == "vendor":
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.checked), source
                assert source.href.startswith("https://"), source


def test_money_figures_stay_in_their_sources_currency() -> None:
    """The articles' ₹ figures stay in ₹ and $ in $: a preset never mixes them silently."""
    specs = {f.key: f for f in (*costs.GLOBAL_FIELDS, *costs.APPROACH_FIELDS)}
    for preset in costs.PRESETS.values():
        assert preset.currency in costs.CURRENCIES
        for key, figure in preset.figures.items():
            if specs[key.rpartition(".")[2]].unit != "money":
                continue
            source = costs.SOURCES[figure.source]
            assert source.currency in ("", preset.currency), (
                f"{preset.key}/{key}: a {source.currency} figure in a {preset.currency} scenario"
            )


def test_every_preset_computes_and_names_its_approaches() -> None:
    for preset in costs.PRESETS.values():
        result = compute(costs.preset_scenario(preset))
        assert [ln.label for ln in lines(result)] == [label for _, label in preset.approaches]
        assert len(sentences(result)) == len(preset.approaches) * (len(preset.approaches) - 1) // 2


def months(key: str) -> list[list[int | None]]:
    """Break-even months per pair, per case, for a preset."""
    result = compute(costs.preset_scenario(costs.PRESETS[key]))
    return [[b.month for b in evens] for _, evens in result.break_evens]


def test_worked_case_small_corpus_caching_makes_retrieval_slower_to_pay_back() -> None:
    # Pairs: (prompt, cached), (prompt, rag), (cached, rag).
    for _, against_plain, against_cached in months("small-corpus"):
        assert against_plain is not None and against_cached is not None
        assert against_cached > 3 * against_plain


def test_worked_case_distil_pays_back_within_months_in_both_cases() -> None:
    assert all(m is not None and m <= 6 for (m,) in months("distil"))


def test_worked_case_knowledge_never_pays_back_in_either_case() -> None:
    assert months("knowledge") == [[None], [None]]
    # "each training run costs more than the whole monthly RAG bill"
    preset = costs.PRESETS["knowledge"]
    rag = lines(compute(costs.preset_scenario(preset)))[0]
    low_run = preset.figures["fine-tune.retrain_cost"].value[0]  # type: ignore[index]
    assert low_run > rag.monthly


def test_worked_case_fragment_shows_the_models_sentences_and_sources() -> None:
    html = costs_page.worked_case("knowledge", lambda target: "../" + target)
    for sentence in sentences(compute(costs.preset_scenario(costs.PRESETS["knowledge"]))):
        assert sentence in html
    assert "₹15,000\u2013₹40,000" in html  # the article's range, in ₹, unconverted
    assert 'href="../sources/#amanai-lab"' in html
    assert "\n\n" not in html  # one raw-HTML block for Markdown


def test_calculator_data_is_inert_in_html() -> None:
    html = costs_page.calculator(lambda target: target)
    data = html.split('<template class="dt-costs-data">', 1)[1].split("</template>", 1)[0]
    assert "<" not in data and "&" not in data


@pytest.mark.site
@pytest.mark.parametrize("key", ["small-corpus", "distil", "knowledge"])
def test_costs_page_shows_each_worked_case_as_the_model_computes_it(
    built_site: Path, key: str
) -> None:
    page = BeautifulSoup((built_site / "costs" / "index.html").read_text("utf-8"), "html.parser")
    case = page.find(id=f"costs-case-{key}")
    assert case is not None, f"no worked case '{key}' on the Costs page"
    shown = [p.get_text() for p in case.find_all("p", class_="dt-costs-verdict")]
    assert shown == sentences(compute(costs.preset_scenario(costs.PRESETS[key])))
    assert case.find("a", href=f"./?preset={key}#calculator") is not None


def test_the_fine_tune_and_smaller_model_verdicts_open_the_calculator_on_their_own_preset() -> None:
    from decision_trees.loader import get_tree
    from decision_trees.model import NextStep

    tree = get_tree("rag-vs-fine-tuning")
    for verdict_id, preset in (("fine-tune", "fine-tune"), ("distil", "distil")):
        verdict = tree.verdict(verdict_id)
        assert verdict is not None
        sees = [s.see for s in verdict.next_steps if isinstance(s, NextStep)]
        assert f"costs.md?preset={preset}#calculator" in sees, sees
        assert preset in costs.PRESETS
