"""The evaluation planner's model: how many cases a measurement needs, what it can tell apart,
and what one run of it costs.

Every verdict of the main tree rests on a measurement ("it still falls short", "it passes"),
so this module answers the questions a team has before it trusts one:

- **How sure is one score?** The 95% interval around an accuracy measured on ``n`` cases, by
  the normal (Wald) formula and by Wilson's score formula. The page shows Wilson's: it stays
  inside 0 to 100% and keeps close to its stated coverage near the ends, where Wald's does
  not (SAS documents both; Wicklin's simulation shows Wald's poor coverage).
- **How many cases to tell two systems apart?** Unpaired, the two-proportion test with the
  pooled variance under the null (R's ``power.prop.test``); paired, when both systems answer
  the same cases, McNemar's test through the share of cases the two answer differently
  (Connor 1987, as the open power-and-sample-size calculator gives it):
  ``n = (z_a*sqrt(q) + z_b*sqrt(q - d^2))^2 / d^2``. Miller (2024) shows why pairing is the
  cheaper design for language-model evaluations.
- **Cases that come in groups** (several questions about one document, several turns of one
  conversation) carry less information than independent ones: the cases needed grow by the
  design effect ``1 + (m - 1) * ICC`` (Kerry and Bland 1998).
- **A judge model instead of people.** A judge that passes a share ``Se`` of the answers people
  pass and fails a share ``Sp`` of those people fail scores an accuracy ``p`` as
  ``Se*p + (1-Sp)*(1-p)``, so a true difference ``d`` shows up as ``(Se + Sp - 1) * d``:
  the Rogan-Gladen relation, which also corrects a judged score back,
  ``(p_judged + Sp - 1) / (Se + Sp - 1)``. The planner assumes the judge errs independently
  on each answer and equally often on both systems' answers, and takes ``Se`` and ``Sp`` as
  known; measure them on cases people have graded (the "is the judge good enough" preset).
- **What a run costs**: cases x systems x repeats x tokens, for the answers and for the judge,
  at list prices read from :data:`decision_trees.vendor_facts.FACTS` (never typed here).

The same model is written once more in ``docs/assets/javascripts/evaluation.js``;
``tests/test_evaluation_browser.py`` proves the two agree. Inputs are plain data, percentages
as percent numbers (``80`` for 80%), so a shared link reads the way the form does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from statistics import NormalDist
from typing import Any

from decision_trees.sources import BIBLIOGRAPHY
from decision_trees.vendor_facts import FACTS

__all__ = [
    "FIELDS",
    "MODES",
    "PRESETS",
    "EvaluationError",
    "Field",
    "Preset",
    "compute",
    "design_effect",
    "judged",
    "judged_disagreement",
    "model_prices",
    "page_data",
    "paired_cases",
    "paired_power",
    "parse_query",
    "sentences",
    "unpaired_cases",
    "unpaired_power",
    "wald_interval",
    "wilson_interval",
]

_N = NormalDist()
CURVE_POINTS = 60
"""How many points the chart's curve is drawn through (the same in Python and JavaScript)."""
MAX_CASES = 10_000_000
"""Past this the planner stops searching: no evaluation set is that large."""

MODES = {
    "compare": "Compare two systems",
    "measure": "Measure one rate",
}
"""What a team asks: is one system better than another, or how sure is one score."""


class EvaluationError(ValueError):
    """Input the planner cannot use: one line naming the field, what is wrong and the fix."""


@dataclass(frozen=True)
class Field:
    """One input of the planner. ``unit``: "percent", "points", "count", "ratio", "tokens",
    "model" (a price pair from the vendor facts, or none), "flag" (0 or 1) or "mode"."""

    key: str
    label: str
    unit: str
    help: str
    modes: tuple[str, ...] = ("compare", "measure")


FIELDS = (
    Field("mode", "What you want to know", "mode", ""),
    Field(
        "baseline",
        "Accuracy you expect",
        "percent",
        "of the current system, or of the rate you measure",
    ),
    Field(
        "difference",
        "Difference that matters",
        "points",
        "the smallest gain worth acting on",
        ("compare",),
    ),
    Field(
        "paired",
        "Both systems answer the same cases",
        "flag",
        "a paired comparison",
        ("compare",),
    ),
    Field(
        "disagree",
        "Cases the two answer differently",
        "percent",
        "one right and the other wrong; from a pilot run",
        ("compare",),
    ),
    Field("half_width", "Precision you need", "points", "plus or minus, at 95%", ("measure",)),
    Field("alpha", "Significance", "percent", "two-sided; 5 is usual"),
    Field("power", "Power", "percent", "how often a real difference shows; 80 is usual"),
    Field("planned", "Cases you have or plan", "count", "0 if none yet"),
    Field("per_doc", "Cases per document or conversation", "count", "1 if each stands alone"),
    Field("icc", "Intra-cluster correlation", "ratio", "0 to 1; how alike a document's cases are"),
    Field("judge_pass", "Judge passes what people pass", "percent", "100 if people grade"),
    Field("judge_fail", "Judge fails what people fail", "percent", "100 if people grade"),
    Field("systems", "Systems run", "count", "each answers every case"),
    Field("repeats", "Runs of each case", "count", "to average out sampling"),
    Field("model", "Answering model", "model", "list prices from the vendor facts"),
    Field("tokens_in", "Input tokens per case", "tokens", "prompt, context and the case"),
    Field("tokens_out", "Output tokens per case", "tokens", "the answer"),
    Field("judge_model", "Judge model", "model", "none if people grade"),
    Field("judge_in", "Judge input tokens per case", "tokens", "rubric, case and answer"),
    Field("judge_out", "Judge output tokens per case", "tokens", "its verdict and reasons"),
)
_KEYS = {f.key for f in FIELDS}


@dataclass(frozen=True)
class Preset:
    """A common question with inputs a team can start from; ``values`` overrides DEFAULTS."""

    key: str
    title: str
    summary: str
    values: Mapping[str, Any]


DEFAULTS: dict[str, Any] = {
    "mode": "compare",
    "baseline": 80,
    "difference": 5,
    "paired": 1,
    "disagree": 10,
    "half_width": 5,
    "alpha": 5,
    "power": 80,
    "planned": 0,
    "per_doc": 1,
    "icc": 0,
    "judge_pass": 100,
    "judge_fail": 100,
    "systems": 2,
    "repeats": 1,
    "model": "anthropic-opus-4-5",
    "tokens_in": 2000,
    "tokens_out": 400,
    "judge_model": "",
    "judge_in": 3000,
    "judge_out": 300,
}
"""Every input's starting value; the token counts are our assumptions, to be replaced."""

PRESETS = {
    p.key: p
    for p in (
        Preset(
            "new-model",
            "Is the prompt on the new model better?",
            "Your best prompt on the current model against the same prompt on a newer one, "
            "both answering the same cases and scored by people.",
            {"baseline": 80, "difference": 5, "paired": 1, "disagree": 10},
        ),
        Preset(
            "tuned-vs-prompt",
            "Is the tuned model better than the best prompt?",
            "A fine-tuned model against your best prompt on the strongest model, on the same "
            "held-out cases, three from each conversation, graded by a judge model.",
            {
                "baseline": 82,
                "difference": 4,
                "paired": 1,
                "disagree": 14,
                "per_doc": 3,
                "icc": 0.1,
                "judge_pass": 95,
                "judge_fail": 90,
                "judge_model": "anthropic-haiku-4-5",
            },
        ),
        Preset(
            "judge",
            "Is the judge good enough?",
            "How many answers that people fail the judge must see to know how often it fails "
            "them, to within 5 points; divide by the share that fail for how many to grade.",
            {
                "mode": "measure",
                "baseline": 90,
                "half_width": 5,
                "systems": 1,
                "tokens_in": 0,
                "tokens_out": 0,
                "judge_model": "anthropic-haiku-4-5",
            },
        ),
    )
}
DEFAULT_PRESET = "new-model"


def _fmt(x: float) -> str:
    """A number as JavaScript's String() writes it, so errors read the same in both."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


# ---- Prices: read from the vendor facts, never typed here ----------------------------------


def model_prices() -> dict[str, dict[str, Any]]:
    """Every model with an input and an output list price among the vendor facts, by stem.

    ``anthropic-opus-4-5-input`` and ``anthropic-opus-4-5-output`` make the model
    ``anthropic-opus-4-5``; its name is the fact's sentence up to " costs".
    """
    out: dict[str, dict[str, Any]] = {}
    for key, fact in FACTS.items():
        if fact.topic != "price" or not key.endswith("-input") or fact.amount is None:
            continue
        stem = key.removesuffix("-input")
        output = FACTS.get(f"{stem}-output")
        if output is None or output.amount is None:
            continue
        source = BIBLIOGRAPHY.get(fact.source)
        out[stem] = {
            "name": fact.text.partition(" costs ")[0] or stem,
            "input": fact.amount,
            "output": output.amount,
            "unit": "USD per 1M tokens",
            "checked": min(fact.checked, output.checked),
            "source": f"{source.publisher}, {source.title}" if source else fact.source,
            "url": fact.url or (source.url if source else ""),
        }
    return out


# ---- The formulas ----------------------------------------------------------------------------


def _z(p: float) -> float:
    return _N.inv_cdf(p)


def wald_interval(p: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """The normal (Wald) interval ``p ± z*sqrt(p(1-p)/n)``, clipped to [0, 1]."""
    z = _z(1 - (1 - confidence) / 2)
    half = z * math.sqrt(p * (1 - p) / n)
    return (max(0.0, p - half), min(1.0, p + half))


def wilson_interval(p: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson's score interval: centred on ``(p + z²/2n) / (1 + z²/n)``, always inside [0, 1]."""
    z = _z(1 - (1 - confidence) / 2)
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def design_effect(per_doc: float, icc: float) -> float:
    """How many times more cases clustered cases need than independent ones: 1 + (m-1)·ICC."""
    return 1 + (per_doc - 1) * icc


def judged(p: float, sensitivity: float, specificity: float) -> float:
    """The accuracy a judge reports when the true one is ``p`` (Rogan-Gladen's relation)."""
    return sensitivity * p + (1 - specificity) * (1 - p)


def judged_disagreement(
    p_a: float, d: float, disagree: float, sensitivity: float, specificity: float
) -> float:
    """The share of cases on which the judge scores the two systems differently.

    The true outcomes split into four cells from A's accuracy ``p_a``, the difference
    ``d = p_b - p_a`` and the share answered differently; the judge then passes each answer
    on its own (a true pass with probability ``sensitivity``, a true fail with
    ``1 - specificity``).
    """
    b_only = (disagree + d) / 2
    a_only = (disagree - d) / 2
    both = p_a - a_only
    neither = 1 - both - a_only - b_only
    s, f = sensitivity, 1 - specificity
    return (
        both * 2 * s * (1 - s)
        + neither * 2 * f * (1 - f)
        + (a_only + b_only) * (s * (1 - f) + f * (1 - s))
    )


def unpaired_cases(p_a: float, p_b: float, alpha: float, power: float) -> float:
    """Cases per system for a two-sided two-proportion test, pooled variance under the null.

    ``n = (z_a*sqrt(2*pbar*qbar) + z_b*sqrt(pa*qa + pb*qb))^2 / d^2``: R's
    ``power.prop.test`` solved for n.
    """
    z_a, z_b = _z(1 - alpha / 2), _z(power)
    pbar = (p_a + p_b) / 2
    top = z_a * math.sqrt(2 * pbar * (1 - pbar)) + z_b * math.sqrt(
        p_a * (1 - p_a) + p_b * (1 - p_b)
    )
    return top * top / ((p_b - p_a) ** 2)


def unpaired_power(p_a: float, p_b: float, alpha: float, n: float) -> float:
    """The power of the unpaired test with ``n`` cases per system (one tail, as R's default)."""
    z_a = _z(1 - alpha / 2)
    pbar = (p_a + p_b) / 2
    x = (math.sqrt(n) * abs(p_b - p_a) - z_a * math.sqrt(2 * pbar * (1 - pbar))) / math.sqrt(
        p_a * (1 - p_a) + p_b * (1 - p_b)
    )
    return _N.cdf(x)


def paired_cases(d: float, disagree: float, alpha: float, power: float) -> float:
    """Cases both systems answer for McNemar's test (Connor 1987, normal approximation)."""
    z_a, z_b = _z(1 - alpha / 2), _z(power)
    top = z_a * math.sqrt(disagree) + z_b * math.sqrt(disagree - d * d)
    return top * top / (d * d)


def paired_power(d: float, disagree: float, alpha: float, n: float) -> float:
    """The power of McNemar's test on ``n`` paired cases (the formula above, solved for power)."""
    z_a = _z(1 - alpha / 2)
    x = (abs(d) * math.sqrt(n) - z_a * math.sqrt(disagree)) / math.sqrt(disagree - d * d)
    return _N.cdf(x)


# ---- Checking the inputs ---------------------------------------------------------------------


def _number(values: Mapping[str, Any], key: str) -> float:
    spec = next(f for f in FIELDS if f.key == key)
    value = values.get(key, DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise EvaluationError(f"{spec.label}: expected a number, got {value!r}")
    return float(value)


def _between(
    label: str, x: float, low: float, high: float, *, open_low: bool = False, unit: str = ""
) -> None:
    if (x <= low if open_low else x < low) or x > high:
        word = "more than" if open_low else "from"
        raise EvaluationError(
            f"{label} must be {word} {_fmt(low)}{unit} {'and at most' if open_low else 'to'} "
            f"{_fmt(high)}{unit}, not {_fmt(x)}{unit}"
        )


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """The inputs as the formulas use them (shares, not percentages), or a one-line error.

    evaluation.js runs the same checks in the same order, with the same words.
    """
    unknown = sorted(set(values) - _KEYS)
    if unknown:
        raise EvaluationError(f"Unknown input '{unknown[0]}'")
    mode = values.get("mode", DEFAULTS["mode"])
    if mode not in MODES:
        raise EvaluationError(f"Unknown question '{mode}'; questions are: {', '.join(MODES)}")
    v = {  # in field order, as evaluation.js checks them
        f.key: _number(values, f.key)
        for f in FIELDS
        if f.key not in ("mode", "model", "judge_model")
    }
    label = {f.key: f.label for f in FIELDS}
    _between(label["baseline"], v["baseline"], 0, 100, open_low=True, unit="%")
    if v["baseline"] >= 100:
        raise EvaluationError(f"{label['baseline']} must be below 100%, not {_fmt(v['baseline'])}%")
    _between(label["alpha"], v["alpha"], 0, 50, open_low=True, unit="%")
    _between(label["power"], v["power"], 0, 99.9, open_low=True, unit="%")
    _between(label["judge_pass"], v["judge_pass"], 0, 100, unit="%")
    _between(label["judge_fail"], v["judge_fail"], 0, 100, unit="%")
    _between(label["icc"], v["icc"], 0, 1)
    for key in ("planned", "tokens_in", "tokens_out", "judge_in", "judge_out"):
        if v[key] < 0:
            raise EvaluationError(f"{label[key]} must be zero or more, not {_fmt(v[key])}")
    for key in ("per_doc", "systems", "repeats"):
        if v[key] < 1 or not v[key].is_integer():
            raise EvaluationError(f"{label[key]} must be a whole number from 1, not {_fmt(v[key])}")
    if not v["planned"].is_integer():
        raise EvaluationError(
            f"{label['planned']} must be a whole number, not {_fmt(v['planned'])}"
        )
    prices = model_prices()
    for key in ("model", "judge_model"):
        name = values.get(key, DEFAULTS[key])
        if name and name not in prices:
            raise EvaluationError(
                f"{label[key]}: no list price for '{name}'; models are: {', '.join(sorted(prices))}"
            )
        v[key] = name or ""
    sens, spec = v["judge_pass"] / 100, v["judge_fail"] / 100
    if sens + spec <= 1:
        raise EvaluationError(
            "The judge must agree with people more often than chance: the two judge rates "
            f"add up to {_fmt(v['judge_pass'] + v['judge_fail'])}%, and need more than 100%"
        )
    out = {
        "mode": mode,
        "p_a": v["baseline"] / 100,
        "alpha": v["alpha"] / 100,
        "power": v["power"] / 100,
        "sens": sens,
        "spec": spec,
        **{k: v[k] for k in ("planned", "per_doc", "icc", "systems", "repeats")},
        **{k: v[k] for k in ("tokens_in", "tokens_out", "judge_in", "judge_out")},
        "model": v["model"],
        "judge_model": v["judge_model"],
    }
    if mode == "measure":
        if v["half_width"] <= 0 or v["half_width"] >= 50:
            raise EvaluationError(
                f"{label['half_width']} must be more than 0 and below 50 points, "
                f"not {_fmt(v['half_width'])}"
            )
        out["half_width"] = v["half_width"] / 100
        return out
    d = v["difference"] / 100
    if d <= 0:
        raise EvaluationError(
            f"{label['difference']} must be more than 0 points, not {_fmt(v['difference'])}"
        )
    if v["baseline"] + v["difference"] > 100:
        raise EvaluationError(
            f"{label['baseline']} plus the difference is {_fmt(v['baseline'] + v['difference'])}%; "
            "it cannot pass 100%"
        )
    out["d"] = d
    out["paired"] = v["paired"] == 1
    if v["paired"] not in (0, 1):
        raise EvaluationError(
            f"{label['paired']}: expected 1 (yes) or 0 (no), not {_fmt(v['paired'])}"
        )
    if out["paired"]:
        q = v["disagree"] / 100
        if q < d or q > 1:
            raise EvaluationError(
                f"{label['disagree']} must be at least the difference ({_fmt(v['difference'])}%) "
                f"and at most 100%, not {_fmt(v['disagree'])}%"
            )
        if (q - d) / 2 > out["p_a"] or (q + d) / 2 > 1 - out["p_a"]:
            raise EvaluationError(
                f"{label['disagree']}: {_fmt(v['disagree'])}% is more than these accuracies allow; "
                "each system can be alone in being right only where the other is wrong"
            )
        out["q"] = q
    return out


# ---- The planner -----------------------------------------------------------------------------


def _cases(x: float) -> int:
    """Whole cases, rounding up; an exact whole number (to 1e-9) is not rounded past."""
    nearest = round(x)
    return int(nearest) if abs(x - nearest) < 1e-9 else math.ceil(x)


def _grid(top: float) -> list[int]:
    """Case counts the chart is drawn at: CURVE_POINTS steps from 0 to a round top."""
    step = max(1, math.ceil(top / CURVE_POINTS))
    return [i * step for i in range(CURVE_POINTS + 1)]


def _cost(s: Mapping[str, Any], cases: int) -> dict[str, Any]:
    prices = model_prices()
    runs = cases * s["systems"] * s["repeats"]
    answers = 0.0
    if s["model"]:
        m = prices[s["model"]]
        answers = runs * (s["tokens_in"] * m["input"] + s["tokens_out"] * m["output"]) / 1e6
    judge = 0.0
    if s["judge_model"]:
        j = prices[s["judge_model"]]
        judge = runs * (s["judge_in"] * j["input"] + s["judge_out"] * j["output"]) / 1e6
    return {"runs": runs, "answers": answers, "judge": judge, "total": answers + judge}


def compute(values: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the planner shows for ``values`` (a preset's, a link's or the form's).

    Raises :class:`EvaluationError` with a one-line reason on bad input. evaluation.js
    returns the same dict for the same input.
    """
    s = _validated(values)
    deff = design_effect(s["per_doc"], s["icc"])
    confidence = 1 - s["alpha"]
    out: dict[str, Any] = {"mode": s["mode"], "design_effect": deff}
    if s["mode"] == "measure":
        p = s["p_a"]
        n = 1
        while n < MAX_CASES:
            low, high = wilson_interval(p, n, confidence)
            if (high - low) / 2 <= s["half_width"]:
                break
            n = n * 2
        lo_n, hi_n = n // 2, n  # the half-width falls as n grows: search the last doubling
        while hi_n - lo_n > 1:
            mid = (lo_n + hi_n) // 2
            low, high = wilson_interval(p, mid, confidence)
            if (high - low) / 2 <= s["half_width"]:
                hi_n = mid
            else:
                lo_n = mid
        needed = _cases(hi_n * deff)
        top = max(needed * 2, s["planned"] * 1.25, 10)
        curve = []
        for c in _grid(top):
            if c == 0:
                continue
            low, high = wilson_interval(p, c / deff, confidence)
            curve.append([c, (high - low) / 2])
        out.update(needed=needed, curve=curve)
        cost_cases = int(s["planned"]) or needed
    else:
        sens, spec = s["sens"], s["spec"]
        p_a, d = s["p_a"], s["d"]
        seen_a, seen_b = judged(p_a, sens, spec), judged(p_a + d, sens, spec)
        seen_d = seen_b - seen_a
        if s["paired"]:
            q = judged_disagreement(p_a, d, s["q"], sens, spec)
            raw = paired_cases(seen_d, q, s["alpha"], s["power"])

            def power_at(c: float) -> float:
                return paired_power(seen_d, q, s["alpha"], c / deff)

            out["seen_disagree"] = q
        else:
            raw = unpaired_cases(seen_a, seen_b, s["alpha"], s["power"])

            def power_at(c: float) -> float:
                return unpaired_power(seen_a, seen_b, s["alpha"], c / deff)

        needed = _cases(raw * deff)
        top = max(needed * 1.5, s["planned"] * 1.25, 10)
        curve = [[c, power_at(c) if c > 0 else 0.0] for c in _grid(top)]
        out.update(
            paired=s["paired"],
            needed=needed,
            total_cases=needed if s["paired"] else 2 * needed,
            seen_a=seen_a,
            seen_b=seen_b,
            seen_difference=seen_d,
            curve=curve,
        )
        if s["planned"] > 0:
            out["power_at_planned"] = power_at(s["planned"])
        cost_cases = int(s["planned"]) or needed
    out["documents"] = math.ceil(out["needed"] / s["per_doc"])
    if s["planned"] > 0:
        low, high = wilson_interval(s["p_a"], s["planned"] / deff, confidence)
        w_low, w_high = wald_interval(s["p_a"], s["planned"] / deff, confidence)
        out["interval_at_planned"] = {"wilson": [low, high], "wald": [w_low, w_high]}
    out["cost_cases"] = cost_cases
    out["cost"] = _cost(s, cost_cases)
    return out


# ---- Words -----------------------------------------------------------------------------------

_OFTEN = {50: "half the time", 75: "three times in four", 80: "four times in five",
          90: "nine times in ten", 95: "19 times in 20", 99: "99 times in 100"}  # fmt: skip


def _round(x: float, places: int) -> float:
    """Half up, the same float operations as evaluation.js (which cannot use Python's round)."""
    scale = 10**places
    return math.floor(x * scale + 0.5) / scale


def _pct(share: float) -> str:
    """A share as a percentage: whole when it is one, else one decimal."""
    x = _round(share * 100, 1)
    return f"{int(x)}%" if x.is_integer() else f"{x:.1f}%"


def _often(share: float) -> str:
    x = _round(share * 100, 0)
    return _OFTEN.get(int(x), f"{int(x)}% of the time")


def _count(n: float) -> str:
    return f"{int(n):,}"


def _money(x: float) -> str:
    if x < 100:
        return f"${_round(x, 2):,.2f}"
    return f"${int(_round(x, 0)):,}"


def sentences(values: Mapping[str, Any], result: Mapping[str, Any]) -> list[str]:
    """The result in words, one sentence each (evaluation.js words it the same)."""
    s = _validated(values)
    prices = model_prices()
    out = []
    confidence = _pct(1 - s["alpha"])
    docs = ""
    if s["per_doc"] > 1:
        docs = (
            f", from about {_count(result['documents'])} documents of "
            f"{_count(s['per_doc'])} cases each"
        )
    if s["mode"] == "measure":
        out.append(
            f"To know a rate near {_pct(s['p_a'])} to within ±{_pct(s['half_width'])[:-1]} points "
            f"({confidence} confidence), you need {_count(result['needed'])} cases{docs}."
        )
    else:
        a, b = _pct(s["p_a"]), _pct(s["p_a"] + s["d"])
        often = _often(s["power"])
        if result["paired"]:
            size = f"{_count(result['needed'])} cases, each answered by both systems"
        else:
            size = (
                f"{_count(result['needed'])} cases for each system "
                f"({_count(result['total_cases'])} in all)"
            )
        out.append(
            f"To tell {b} from {a} {often} at {_pct(s['alpha'])} significance, "
            f"you need {size}{docs}."
        )
        if s["sens"] < 1 or s["spec"] < 1:
            out.append(
                f"Your judge scores them as {_pct(result['seen_b'])} and {_pct(result['seen_a'])}: "
                f"a {_pct(result['seen_difference'])[:-1]}-point gap instead of "
                f"{_pct(s['d'])[:-1]}, which is why it takes more cases."
            )
        if s["planned"] > 0:
            kind = "paired " if result["paired"] else ""
            each = "" if result["paired"] else " for each system"
            out.append(
                f"With {_count(s['planned'])} {kind}cases{each} you would tell them apart "
                f"{_often(result['power_at_planned'])}."
            )
    if s["planned"] > 0:
        low, high = result["interval_at_planned"]["wilson"]
        out.append(
            f"On {_count(s['planned'])} cases, a score of {_pct(s['p_a'])} has a "
            f"{confidence} interval from {_pct(low)} to {_pct(high)}."
        )
    cost = result["cost"]
    if cost["total"] > 0:
        parts = []
        runs = _count(cost["runs"])
        if cost["answers"] > 0:
            parts.append(
                f"{_money(cost['answers'])} for {runs} answers from {prices[s['model']]['name']}"
            )
        if cost["judge"] > 0:
            parts.append(
                f"{_money(cost['judge'])} for {runs} verdicts from "
                f"{prices[s['judge_model']]['name']}"
            )
        out.append(
            f"One run costs about {_money(cost['total'])} at list prices: {' and '.join(parts)}."
        )
    return out


# ---- Links and the page ----------------------------------------------------------------------


_NUMBER = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")


def parse_query(query: Mapping[str, str]) -> dict[str, Any]:
    """A shared link's inputs: its preset's, with the link's own values on top.

    Numbers are read as evaluation.js reads them; a value that is not a number is kept as
    text so that :func:`compute` names it in its error, as the page does.
    """
    preset = PRESETS.get(query.get("preset", ""), PRESETS[DEFAULT_PRESET])
    values: dict[str, Any] = {**DEFAULTS, **preset.values}
    for key, text in query.items():
        if key not in _KEYS:
            continue
        if key in ("mode", "model", "judge_model"):
            values[key] = text
            continue
        cleaned = text.replace(",", "").strip()
        values[key] = float(cleaned) if _NUMBER.fullmatch(cleaned) else text
    return values


def preset_values(key: str) -> dict[str, Any]:
    """A preset's full set of inputs."""
    return {**DEFAULTS, **PRESETS[key].values}


def page_data() -> dict[str, Any]:
    """Everything evaluation.js needs besides the formulas: fields, presets, prices, labels."""
    return {
        "modes": MODES,
        "fields": [asdict(f) for f in FIELDS],
        "defaults": DEFAULTS,
        "default_preset": DEFAULT_PRESET,
        "presets": {
            k: {"title": p.title, "summary": p.summary, "values": dict(p.values)}
            for k, p in PRESETS.items()
        },
        "models": model_prices(),
        "often": {str(k): v for k, v in _OFTEN.items()},
        "curve_points": CURVE_POINTS,
        "max_cases": MAX_CASES,
    }
