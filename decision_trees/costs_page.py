"""The cost model on a page: the calculator's mount point and the worked cases, from Jinja templates.

Markup lives in ``templates/`` (autoescaped); this module only gathers the
numbers from :mod:`decision_trees.costs` and the links for the page being built.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from decision_trees import costs, markup
from decision_trees.export import html_safe

__all__ = ["calculator", "worked_case"]

Linker = Callable[[str], str]


def calculator(link: Linker, uid: str = "calculator-app") -> str:
    data = html_safe(json.dumps(costs.page_data(), ensure_ascii=True))
    return markup.flat(
        markup.render("costs_calculator.html", uid=uid, data=data, sources_url=link("sources/"))
    )


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _figure(value: costs.Value, unit: str, currency: str) -> str:
    symbol = costs.CURRENCIES.get(currency, currency + " ") if unit == "money" else ""
    suffix = "%" if unit == "percent" else ""
    ends = value if isinstance(value, tuple) else (value,)
    return "\u2013".join(f"{symbol}{_number(x)}{suffix}" for x in ends)


def _unit(spec: costs.FieldSpec, currency: str) -> str:
    if spec.unit == "money":
        return f"{currency} {spec.per}"
    if spec.unit == "percent":
        return f"% {spec.per}"
    if spec.unit == "count":
        return spec.per
    return f"{spec.unit} {spec.per}" if spec.unit != "months" else f"months ({spec.per})"


def _cell(values: list[float | None], currency: str) -> str:
    texts = ["—" if v is None else costs.money(v, currency) for v in values]
    return f"{texts[0]} \u2013 {texts[1]}" if len(texts) == 2 and texts[0] != texts[1] else texts[0]


def worked_case(key: str, link: Linker, calculator_page: str = "costs/") -> str:
    """A preset computed by the model: inputs with sources, results, break-even in words."""
    preset = costs.PRESETS[key]
    labels = dict(preset.approaches)
    specs = {f.key: f for f in (*costs.GLOBAL_FIELDS, *costs.APPROACH_FIELDS)}
    inputs = []
    for name, figure in preset.figures.items():
        kind, _, field = name.rpartition(".")
        spec = specs[field]
        source = costs.SOURCES[figure.source]
        href = source.href
        if href.startswith("sources/"):
            href = link("sources/") + href.removeprefix("sources/")
        inputs.append(
            {
                "input": f"{labels[kind]}: {spec.label.lower()}" if kind else spec.label,
                "figure": _figure(figure.value, spec.unit, preset.currency),
                "unit": _unit(spec, preset.currency),
                "source": f"{source.publisher}, {source.title}"
                if source.publisher
                else source.title,
                "href": href,
                "checked": source.checked,
                "note": figure.note,
            }
        )
    result = costs.compute(costs.preset_scenario(preset))
    cases = [lines for _, lines in result.cases]
    rows = []
    for i, line in enumerate(cases[0]):
        pick = [case[i] for case in cases]
        rows.append(
            {
                "label": line.label,
                "one_off": _cell([x.one_off for x in pick], preset.currency),
                "monthly": _cell([x.monthly for x in pick], preset.currency),
                "per_1000": _cell([x.per_1000 for x in pick], preset.currency),
            }
        )
    return markup.flat(
        markup.render(
            "costs_case.html",
            key=key,
            title=preset.title,
            inputs=inputs,
            lines=rows,
            ranged=len(cases) == 2,
            sentences=costs.sentences(result),
            open_url=f"{link(calculator_page)}?preset={key}#calculator",
        )
    )
