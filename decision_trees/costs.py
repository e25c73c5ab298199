"""The cost model: what each way of adapting a model costs to set up and to run, and when one pays back.

One formula, written here and once more in ``docs/assets/javascripts/costs.js``
(tests prove the two agree to the cent). Every default figure lives in
:data:`PRESETS` with its unit, its currency and where it comes from: the seed
articles' ₹ figures stay in ₹ and their $ figures in $, vendor prices carry the
date they were checked, and our own assumptions say so. A range stays a range:
the model computes a low case and a high case instead of a midpoint.

Running costs are per month. Retraining is spread evenly over the months
between rounds, so each approach's cumulative cost is a straight line and two
lines cross at most once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import FACTS

__all__ = [
    "APPROACH_FIELDS",
    "GLOBAL_FIELDS",
    "HOURS_PER_MONTH",
    "KINDS",
    "MONTHS",
    "PRESETS",
    "SOURCES",
    "BreakEven",
    "CostError",
    "Figure",
    "Line",
    "Preset",
    "Result",
    "Source",
    "apply_query",
    "break_even",
    "compute",
    "money",
    "page_data",
    "parse_value",
    "preset_scenario",
    "sentences",
    "to_data",
]

Value = float | tuple[float, float]
"""A figure: one number, or a (low, high) range."""

MONTHS = 24
HOURS_PER_MONTH = 730  # 8,760 hours in a year over 12 months: how hourly fees become monthly ones

KINDS = {
    "prompt": "Whole corpus in the prompt",
    "prompt-cached": "Whole corpus in the prompt with caching",
    "rag": "RAG",
    "fine-tune": "Fine-tuned model",
    "distil": "Fine-tuned smaller model",
    "hybrid": "RAG with a fine-tuned model",
}
"""The approaches a team weighs, by key (also the prefix of their fields in a link)."""


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    unit: str  # "tokens", "money", "percent", "count", "hours", "months"
    per: str  # what the money or count is per, for the label: "per 1M tokens", "per month"


APPROACH_FIELDS = (
    FieldSpec("input", "Prompt tokens", "tokens", "per request"),
    FieldSpec("context", "Context tokens", "tokens", "per request"),
    FieldSpec("output", "Output tokens", "tokens", "per request"),
    FieldSpec("price_in", "Input price", "money", "per 1M tokens"),
    FieldSpec("price_cached", "Cached input price", "money", "per 1M tokens"),
    FieldSpec("price_out", "Output price", "money", "per 1M tokens"),
    FieldSpec("cache_hit", "Cache hit rate", "percent", "of context tokens"),
    FieldSpec("embedding", "Embedding", "money", "per month"),
    FieldSpec("vectors", "Vectors stored", "count", "vectors"),
    FieldSpec("vector_price", "Vector storage price", "money", "per 1M vectors per month"),
    FieldSpec("hosting", "Hosting fee", "money", "per hour"),
    FieldSpec("other", "Other running costs", "money", "per month"),
    FieldSpec("training", "Training", "money", "one-off"),
    FieldSpec("prep_hours", "Data preparation", "hours", "one-off"),
    FieldSpec("eval_hours", "Evaluation", "hours", "one-off"),
    FieldSpec("retrain_every", "Retrain every", "months", "0 = never"),
    FieldSpec("retrain_cost", "Each retraining", "money", "per round"),
)
GLOBAL_FIELDS = (
    FieldSpec("requests", "Requests", "count", "per month"),
    FieldSpec("hourly", "People's time", "money", "per hour"),
)
_FIELD_KEYS = {f.key for f in APPROACH_FIELDS}


class CostError(ValueError):
    """Input the model cannot cost: one line that names the field, what is wrong and the fix."""


@dataclass(frozen=True)
class Source:
    """Where a default figure comes from. ``href`` is a site path for the articles, a URL otherwise."""

    title: str
    publisher: str
    href: str
    kind: str  # "article", "vendor" or "assumption"
    checked: str = ""  # ISO date a vendor figure was read
    note: str = ""
    currency: str = ""  # the currency of the source's money figures: never converted silently


def _vendor(fact: str) -> Source:
    """A vendor price page as the calculator cites it: the fact's source, read on its checked day."""
    f = FACTS[fact]
    page = BIBLIOGRAPHY[f.source]
    return Source(
        page.title, page.publisher, f.url or page.url, "vendor", checked=f.checked, currency="USD"
    )


def _price(fact: str, note: str) -> Figure:
    """A vendor amount as a default figure, cited to the page it was read on."""
    amount = FACTS[fact].amount
    if amount is None:
        raise ValueError(f"vendor fact '{fact}' has no amount")
    return Figure(amount, "anthropic" if fact.startswith("anthropic-") else "azure", note)


SOURCES = {
    "aman": Source(
        "RAG vs Fine-Tuning: Which One Should You Choose?",
        "AmanAI Lab",
        "sources/#amanai-lab",
        "article",
        currency="INR",
    ),
    "choose": Source(
        "Fine-Tuning vs RAG: How to Choose for Your AI Product",
        "",
        "sources/#choose-for-your-ai-product",
        "article",
        currency="USD",
    ),
    # Vendor figures come from decision_trees.vendor_facts, with the day each was read.
    "anthropic": _vendor("anthropic-opus-4-5-input"),
    "azure": _vendor("azure-ft-hosting-hourly"),
    "ours": Source("Our assumption", "", "", "assumption"),
}


@dataclass(frozen=True)
class Figure:
    """A default value with its unit, currency and source. ``value`` may be a (low, high) range."""

    value: Value
    source: str  # a key of SOURCES
    note: str = ""


@dataclass(frozen=True)
class Preset:
    """A worked scenario: the approaches compared, and every non-zero input with its source."""

    key: str
    title: str
    currency: str  # "USD" or "INR": the currency every money figure here is in
    approaches: tuple[tuple[str, str], ...]  # (kind, label shown for it in this scenario)
    figures: Mapping[str, Figure]  # "requests", "hourly" or "<kind>.<field>"
    summary: str = ""


@dataclass(frozen=True)
class Line:
    """One approach's costs in one case (low or high), in the scenario's (or display) currency."""

    kind: str
    label: str
    one_off: float
    monthly: float
    per_1000: float | None  # running cost per 1,000 requests; None at zero volume
    cumulative: tuple[float, ...]  # month 0 (the one-off alone) to MONTHS


@dataclass(frozen=True)
class BreakEven:
    """When ``payer`` (the larger one-off) has cost no more in total than ``against``.

    ``month`` is the first whole month, ``months`` the exact crossing; both None
    when it never pays back (it saves nothing per month).
    """

    payer: str
    against: str
    months: float | None
    month: int | None


@dataclass(frozen=True)
class Result:
    cases: tuple[
        tuple[str, tuple[Line, ...]], ...
    ]  # ("low", lines), ("high", lines); or ("", lines)
    break_evens: tuple[tuple[str, tuple[BreakEven, ...]], ...]


def _fmt(x: float) -> str:
    """A number as JavaScript's String() writes it, so errors read the same in both."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


_NUMBER = r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)"
_VALUE = re.compile(rf"(-?{_NUMBER})(?:-({_NUMBER}))?")


def parse_value(text: str, where: str) -> Value:
    """``"1500"``, ``"8000-25000"`` (commas, spaces and an en dash allowed) as a number or a range.

    A leading minus is kept, so that a negative figure gets :func:`compute`'s own message.
    """
    cleaned = text.replace(",", "").replace("\u2013", "-").replace(" ", "")
    match = _VALUE.fullmatch(cleaned)
    if match is None:
        raise CostError(
            f"{where}: '{text}' is not a number or a range; write e.g. 1500 or 8000-25000"
        )
    low, high = match.groups()
    return float(low) if high is None else (float(low), float(high))


def _check(value: Any, where: str, *, percent: bool = False, positive: bool = False) -> Value:
    """A value as the model uses it, or a one-line error."""
    numbers = list(value) if isinstance(value, (list, tuple)) else [value]
    if len(numbers) not in (1, 2) or not all(
        isinstance(n, (int, float)) and not isinstance(n, bool) and math.isfinite(n)
        for n in numbers
    ):
        raise CostError(f"{where}: expected a number or a [low, high] pair, got {value!r}")
    for n in numbers:
        if n < 0 or (positive and n == 0):
            bound = "more than zero" if positive else "zero or more"
            raise CostError(f"{where} must be {bound}, not {_fmt(n)}")
        if percent and n > 100:
            raise CostError(f"{where} must be between 0% and 100%, not {_fmt(n)}%")
    if len(numbers) == 2:
        if numbers[0] > numbers[1]:
            raise CostError(
                f"{where}: the low end {_fmt(numbers[0])} is above the high end {_fmt(numbers[1])}"
            )
        return (float(numbers[0]), float(numbers[1]))
    return float(numbers[0])


def _validated(scenario: Mapping[str, Any]) -> dict[str, Any]:
    """The scenario with every value checked: the same checks, in the same order, as costs.js."""
    out: dict[str, Any] = {
        "requests": _check(scenario.get("requests", 0), "Requests per month"),
        "hourly": _check(scenario.get("hourly", 0), "People's time per hour"),
        "rate": _check(scenario.get("rate", 1), "The exchange rate", positive=True),
        "approaches": [],
    }
    if isinstance(out["rate"], tuple):
        raise CostError("The exchange rate: expected one number, not a range")
    approaches = scenario.get("approaches") or []
    if not approaches:
        raise CostError("No approach to cost: choose at least one")
    for approach in approaches:
        kind = approach.get("kind")
        if kind not in KINDS:
            raise CostError(f"Unknown approach '{kind}'; approaches are: {', '.join(KINDS)}")
        label = approach.get("label") or KINDS[kind]
        values = approach.get("values") or {}
        unknown = sorted(set(values) - _FIELD_KEYS)
        if unknown:
            raise CostError(f"{label}: unknown input '{unknown[0]}'")
        checked = {
            f.key: _check(
                values.get(f.key, 0), f"{label}: {f.label.lower()}", percent=f.unit == "percent"
            )
            for f in APPROACH_FIELDS
        }
        out["approaches"].append({"kind": kind, "label": label, "values": checked})
    return out


def _end(value: Value, high: bool) -> float:
    return (value[1] if high else value[0]) if isinstance(value, tuple) else value


def _line(
    approach: Mapping[str, Any], requests: float, hourly: float, rate: float, high: bool
) -> Line:
    """The formula. costs.js computes exactly this, operation for operation."""
    v = {k: _end(x, high) for k, x in approach["values"].items()}
    hit = v["cache_hit"] / 100
    uncached = v["input"] + v["context"] * (1 - hit)
    cached = v["context"] * hit
    per_request = (
        uncached * v["price_in"] + cached * v["price_cached"] + v["output"] * v["price_out"]
    ) / 1_000_000
    tokens = requests * per_request
    vectors = v["vectors"] * v["vector_price"] / 1_000_000
    hosting = v["hosting"] * HOURS_PER_MONTH
    retrain = v["retrain_cost"] / v["retrain_every"] if v["retrain_every"] > 0 else 0
    monthly = (tokens + v["embedding"] + vectors + hosting + v["other"] + retrain) * rate
    one_off = (v["training"] + (v["prep_hours"] + v["eval_hours"]) * hourly) * rate
    per_1000 = monthly / requests * 1000 if requests > 0 else None
    return Line(
        kind=approach["kind"],
        label=approach["label"],
        one_off=one_off,
        monthly=monthly,
        per_1000=per_1000,
        cumulative=tuple(one_off + monthly * m for m in range(MONTHS + 1)),
    )


def break_even(a: Line, b: Line) -> BreakEven:
    """When the approach that costs more up front has caught up through lower running costs."""
    # The payer costs more up front; of two equal one-offs, the one cheaper to run (level from the start).
    first = a.one_off > b.one_off or (a.one_off == b.one_off and a.monthly <= b.monthly)
    payer, against = (a, b) if first else (b, a)
    extra = payer.one_off - against.one_off
    saving = against.monthly - payer.monthly
    if extra <= 0:
        months: float | None = 0.0  # equal one-off and no dearer per month: level from the start
    elif saving <= 0:
        months = None
    else:
        months = extra / saving
    month = None if months is None else math.ceil(months)
    return BreakEven(payer.kind, against.kind, months, month)


def compute(scenario: Mapping[str, Any]) -> Result:
    """Every approach's costs, low and high case where any figure is a range, and every break-even.

    ``scenario`` is plain data (what :func:`to_data` gives and the page's script
    uses): ``requests``, ``hourly``, optional ``rate`` (display currency per unit
    of the scenario's), and ``approaches``: ``[{"kind", "label", "values"}]``.
    Raises :class:`CostError` with a one-line reason on bad input.
    """
    s = _validated(scenario)
    ranged = any(isinstance(s[k], tuple) for k in ("requests", "hourly")) or any(
        isinstance(x, tuple) for a in s["approaches"] for x in a["values"].values()
    )
    cases = []
    evens = []
    for name, high in (("low", False), ("high", True)) if ranged else (("", False),):
        requests, hourly = _end(s["requests"], high), _end(s["hourly"], high)
        lines = tuple(_line(a, requests, hourly, s["rate"], high) for a in s["approaches"])
        cases.append((name, lines))
        evens.append(
            (
                name,
                tuple(
                    break_even(lines[i], lines[j])
                    for i in range(len(lines))
                    for j in range(i + 1, len(lines))
                ),
            )
        )
    return Result(tuple(cases), tuple(evens))


def to_data(result: Result) -> dict[str, Any]:
    """The result as plain data, in the shape costs.js returns (for the agreement test)."""
    return {
        "cases": [
            {
                "name": name,
                "lines": [
                    {
                        "kind": ln.kind,
                        "one_off": ln.one_off,
                        "monthly": ln.monthly,
                        "per_1000": ln.per_1000,
                        "cumulative": list(ln.cumulative),
                    }
                    for ln in lines
                ],
                "break_evens": [
                    {"payer": b.payer, "against": b.against, "months": b.months, "month": b.month}
                    for b in dict(result.break_evens)[name]
                ],
            }
            for name, lines in result.cases
        ]
    }


def preset_scenario(preset: Preset) -> dict[str, Any]:
    """A preset's figures as a scenario for :func:`compute`; unset inputs are zero."""
    figures = preset.figures
    return {
        "requests": figures["requests"].value if "requests" in figures else 0,
        "hourly": figures["hourly"].value if "hourly" in figures else 0,
        "rate": 1,
        "approaches": [
            {
                "kind": kind,
                "label": label,
                "values": {
                    f.key: figures[f"{kind}.{f.key}"].value
                    for f in APPROACH_FIELDS
                    if f"{kind}.{f.key}" in figures
                },
            }
            for kind, label in preset.approaches
        ],
    }


def apply_query(query: Mapping[str, str]) -> tuple[Preset, dict[str, Any]]:
    """A shared link's scenario: its preset, with the link's own values on top (as costs.js reads it)."""
    preset = PRESETS.get(query.get("preset", ""), PRESETS[DEFAULT_PRESET])
    scenario = preset_scenario(preset)
    kinds = {a["kind"]: a for a in scenario["approaches"]}
    for key, text in query.items():
        if key == "rate" and not query.get("show", "").strip():
            continue  # a rate without a currency to show converts nothing, as on the page
        if key in ("requests", "hourly", "rate"):
            scenario[key] = parse_value(text, key)
        elif "." in key and key.split(".", 1)[0] in kinds and key.split(".", 1)[1] in _FIELD_KEYS:
            kind, name = key.split(".", 1)
            kinds[kind]["values"][name] = parse_value(text, key)
    return preset, scenario


def _presets(*items: Preset) -> dict[str, Preset]:
    return {p.key: p for p in items}


# Vendor list prices used as stand-ins for "a large model" and "a small model" (USD per 1M tokens).
_LARGE = {
    "price_in": _price("anthropic-opus-4-5-input", "Claude Opus 4.5, base input"),
    "price_cached": _price("anthropic-opus-4-5-cache-read", "Claude Opus 4.5, cache hits"),
    "price_out": _price("anthropic-opus-4-5-output", "Claude Opus 4.5, output"),
}
_HAIKU_IN = FACTS["anthropic-haiku-4-5-input"].amount or 0.0
_HAIKU_OUT = FACTS["anthropic-haiku-4-5-output"].amount or 0.0
_HOSTING = Figure(
    (0.0, _price("azure-ft-hosting-hourly", "").value),
    "azure",
    "Nothing where a tuned model is billed per token; Microsoft's example hourly fee for a "
    "tuned model on an Azure Standard deployment, charged while deployed, used or not",
)
_TUNED_LARGE = {
    "price_in": Figure(
        (_LARGE["price_in"].value, 2 * _LARGE["price_in"].value),  # type: ignore[operator]
        "ours",
        "Base input price to twice it: fine-tuned models are "
        "usually priced higher than base models (How to Choose); no vendor figure used",
    ),
    "price_out": Figure(
        (_LARGE["price_out"].value, 2 * _LARGE["price_out"].value),  # type: ignore[operator]
        "ours",
        "Base output price to twice it, as above",
    ),
}
_TUNED_SMALL = {
    "price_in": Figure(
        (_HAIKU_IN, 2 * _HAIKU_IN),
        "ours",
        f"Claude Haiku 4.5's ${_HAIKU_IN:g} input (Anthropic) to twice it: "
        "fine-tuned models are usually priced higher (How to Choose)",
    ),
    "price_out": Figure(
        (_HAIKU_OUT, 2 * _HAIKU_OUT),
        "ours",
        f"Claude Haiku 4.5's ${_HAIKU_OUT:g} output (Anthropic) to twice it",
    ),
}
_TRAINING_USD = Figure(
    (300.0, 3000.0),
    "ours",
    'Our reading of "several hundred to a few thousand dollars" for a GPT-4 run on 50K examples '
    "(How to Choose); the article gives no numbers",
)
_HOURS = {
    "prep_hours": Figure(40.0, "aman", "Data preparation, hours of work"),
    "eval_hours": Figure(20.0, "aman", "Evaluation and testing, hours of work"),
}


_EXAMPLES_IN_PROMPT = {
    "input": Figure(500.0, "ours", "Instructions and input"),
    "context": Figure(2500.0, "ours", "Worked examples, a stable prefix"),
    "output": Figure(300.0, "ours", "Output length"),
    "cache_hit": Figure(80.0, "ours", "Share of requests that find the examples cached"),
    **_LARGE,
}
"""A large model with worked examples cached in its prompt (the distil and fine-tune presets)."""
_EXAMPLES_LEARNT = {
    "input": Figure(500.0, "ours", "Instructions and input; the examples are learnt"),
    "output": Figure(300.0, "ours", "Output length"),
}
"""The same task on a tuned model: the examples are in its weights, not its prompt."""


def _with(kind: str, figures: Mapping[str, Figure]) -> dict[str, Figure]:
    return {f"{kind}.{k}": v for k, v in figures.items()}


PRESETS = _presets(
    Preset(
        key="small-corpus",
        title="A small corpus: the whole of it in the prompt, with and without caching, or RAG",
        currency="USD",
        summary="A 40,000-token corpus answered 20,000 times a month by a large model.",
        approaches=(
            ("prompt", "Whole corpus in the prompt"),
            ("prompt-cached", "Whole corpus in the prompt with caching"),
            ("rag", "RAG"),
        ),
        figures={
            "requests": Figure(20000.0, "ours", "Requests per month"),
            "hourly": Figure(100.0, "ours", "Cost of an engineer's hour"),
            **_with(
                "prompt",
                {
                    "input": Figure(500.0, "ours", "Instructions and question"),
                    "context": Figure(40000.0, "ours", "The whole corpus"),
                    "output": Figure(400.0, "ours", "Answer length"),
                    **_LARGE,
                },
            ),
            **_with(
                "prompt-cached",
                {
                    "input": Figure(500.0, "ours", "Instructions and question"),
                    "context": Figure(40000.0, "ours", "The whole corpus, a stable prefix"),
                    "output": Figure(400.0, "ours", "Answer length"),
                    "cache_hit": Figure(
                        90.0, "ours", "Share of requests that find the corpus cached"
                    ),
                    **_LARGE,
                },
            ),
            **_with(
                "rag",
                {
                    "input": Figure(500.0, "ours", "Instructions and question"),
                    "context": Figure(4000.0, "ours", "Retrieved passages"),
                    "output": Figure(400.0, "ours", "Answer length"),
                    **_LARGE,
                    "vectors": Figure(100.0, "ours", "40,000 tokens in chunks of about 400"),
                    "vector_price": Figure(
                        (0.08, 0.7),
                        "choose",
                        'Managed vector database, $ per million vectors per month, "typically"',
                    ),
                    "prep_hours": Figure(
                        40.0, "ours", "Building and testing the index and retrieval"
                    ),
                },
            ),
        },
    ),
    Preset(
        key="distil",
        title="A high-volume behaviour task: a large model with examples, or a fine-tuned smaller one",
        currency="USD",
        summary="Half a million requests a month that need a format and a tone, not new facts.",
        approaches=(
            ("prompt-cached", "Large model with examples in the prompt"),
            ("distil", "Fine-tuned smaller model"),
        ),
        figures={
            "requests": Figure(500000.0, "ours", "Requests per month"),
            "hourly": Figure(100.0, "ours", "Cost of an engineer's hour"),
            **_with(
                "prompt-cached",
                _EXAMPLES_IN_PROMPT,
            ),
            **_with(
                "distil",
                {
                    **_EXAMPLES_LEARNT,
                    **_TUNED_SMALL,
                    "hosting": _HOSTING,
                    "training": _TRAINING_USD,
                    **_HOURS,
                    "retrain_every": Figure(6.0, "ours", "Months between retraining rounds"),
                    "retrain_cost": _TRAINING_USD,
                },
            ),
        },
    ),
    Preset(
        key="fine-tune",
        title="A behaviour task at moderate volume: examples in the prompt, or the model fine-tuned",
        currency="USD",
        summary="50,000 requests a month; the same large model with examples, or tuned.",
        approaches=(
            ("prompt-cached", "Large model with examples in the prompt"),
            ("fine-tune", "Fine-tuned model"),
        ),
        figures={
            "requests": Figure(50000.0, "ours", "Requests per month"),
            "hourly": Figure(100.0, "ours", "Cost of an engineer's hour"),
            **_with(
                "prompt-cached",
                _EXAMPLES_IN_PROMPT,
            ),
            **_with(
                "fine-tune",
                {
                    **_EXAMPLES_LEARNT,
                    **_TUNED_LARGE,
                    "hosting": _HOSTING,
                    "training": _TRAINING_USD,
                    **_HOURS,
                    "retrain_every": Figure(6.0, "ours", "Months between retraining rounds"),
                    "retrain_cost": _TRAINING_USD,
                },
            ),
        },
    ),
    Preset(
        key="knowledge",
        title="A knowledge system whose facts change: RAG, or fine-tuning the knowledge in",
        currency="INR",
        summary="AmanAI Lab's own ₹ figures, with monthly retraining to keep the facts current.",
        approaches=(("rag", "RAG"), ("fine-tune", "Fine-tuned model retrained monthly")),
        figures={
            **_with(
                "rag",
                {
                    "embedding": Figure(500.0, "aman", "Embedding API, ₹ per month"),
                    "other": Figure(
                        4500.0,
                        "aman",
                        "LLM API calls ₹3,000 and vector database "
                        "₹1,500, ₹ per month, for 1000 users",
                    ),
                },
            ),
            **_with(
                "fine-tune",
                {
                    "other": Figure(
                        3000.0,
                        "ours",
                        "The same ₹3,000 of LLM calls as RAG (AmanAI Lab); "
                        "kind to fine-tuning, whose models are usually priced higher "
                        "(How to Choose)",
                    ),
                    "training": Figure(
                        (15000.0, 40000.0),
                        "aman",
                        "Upfront total, ₹, with the 60 hours of preparation and evaluation",
                    ),
                    "retrain_every": Figure(1.0, "ours", "The facts change monthly"),
                    "retrain_cost": Figure(
                        (8000.0, 25000.0),
                        "aman",
                        "Training on an A100 GPU, ₹ per run; data work not counted",
                    ),
                },
            ),
        },
    ),
)
DEFAULT_PRESET = "fine-tune"

CURRENCIES = {"USD": "$", "INR": "₹"}


def _month(m: int) -> str:
    return f"in month {m}" + (f" (beyond the chart's {MONTHS} months)" if m > MONTHS else "")


def _when(b: BreakEven) -> str:
    if b.month is None:
        return "never"
    return "from the start" if b.month == 0 else _month(b.month)


def _one(b: BreakEven, labels: Mapping[str, str]) -> str:
    payer, against = labels[b.payer], labels[b.against]
    if b.month is None:
        return f"{payer} never pays back against {against}."
    if b.month == 0:
        return f"{payer} costs no more than {against} from the start."
    return f"{payer} pays back against {against} {_month(b.month)}."


def sentences(result: Result) -> list[str]:
    """One sentence per pair of approaches naming the break-even (costs.js words it the same)."""
    labels = {ln.kind: ln.label for ln in result.cases[0][1]}
    if len(result.break_evens) == 1:
        return [_one(b, labels) for b in result.break_evens[0][1]]
    out = []
    for low, high in zip(result.break_evens[0][1], result.break_evens[1][1], strict=True):
        if low.payer != high.payer:
            out.append(f"Low case: {_one(low, labels)} High case: {_one(high, labels)}")
        elif _when(low) == _when(high):
            out.append(_one(low, labels)[:-1] + ", in both cases.")
        else:
            out.append(
                f"{labels[low.payer]} pays back against {labels[low.against]} "
                f"{_when(low)} in the low case and {_when(high)} in the high case."
            )
    return out


def money(x: float, currency: str) -> str:
    """A whole amount with its symbol, or its code when the currency has no symbol here."""
    symbol = CURRENCIES.get(currency)
    amount = f"{round(x):,}"
    return f"{symbol}{amount}" if symbol else f"{currency} {amount}"


def page_data() -> dict[str, Any]:
    """Everything costs.js needs besides the formula: fields, presets with sources, and labels."""
    return {
        "months": MONTHS,
        "hours_per_month": HOURS_PER_MONTH,
        "kinds": KINDS,
        "currencies": CURRENCIES,
        "default_preset": DEFAULT_PRESET,
        "approach_fields": [asdict(f) for f in APPROACH_FIELDS],
        "global_fields": [asdict(f) for f in GLOBAL_FIELDS],
        "sources": {k: asdict(s) for k, s in SOURCES.items()},
        "presets": {
            p.key: {
                "title": p.title,
                "summary": p.summary,
                "currency": p.currency,
                "approaches": [list(a) for a in p.approaches],
                "figures": {
                    k: {
                        "value": list(f.value) if isinstance(f.value, tuple) else f.value,
                        "source": f.source,
                        "note": f.note,
                    }
                    for k, f in p.figures.items()
                },
            }
            for p in PRESETS.values()
        },
    }
