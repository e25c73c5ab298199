"""The evaluation planner on a page: its mount point and the worked presets, from Jinja templates.

Markup lives in ``templates/`` (autoescaped); this module only gathers the numbers from
:mod:`decision_trees.evaluation` and the links for the page being built.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from decision_trees import evaluation, markup
from decision_trees.export import html_safe

__all__ = ["planner", "worked_question"]

Linker = Callable[[str], str]


def planner(uid: str = "planner-app") -> str:
    data = html_safe(json.dumps(evaluation.page_data(), ensure_ascii=True, sort_keys=True))
    return markup.flat(markup.render("evaluation_planner.html", uid=uid, data=data))


def _shown(field: evaluation.Field, value: object, models: dict) -> str:
    if field.unit == "mode":
        return evaluation.MODES[str(value)]
    if field.unit == "flag":
        return "yes" if value == 1 else "no"
    if field.unit == "model":
        return models[value]["name"] if value else "none"
    number = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    return {"percent": f"{number}%", "points": f"{number} points"}.get(field.unit, number)


def worked_question(key: str, link: Linker, planner_page: str = "evaluation/") -> str:
    """A preset answered by the model, so the page's numbers cannot drift from the planner's."""
    values = evaluation.preset_values(key)
    result = evaluation.compute(values)
    models = evaluation.model_prices()
    mode = values["mode"]
    inputs = [
        {"label": f.label, "value": _shown(f, values[f.key], models)}
        for f in evaluation.FIELDS
        if mode in f.modes
        and f.unit != "mode"
        and not (f.key == "disagree" and not values["paired"])
        and not (
            f.key.startswith("judge_")
            and f.key not in ("judge_pass", "judge_fail", "judge_model")
            and not values["judge_model"]
        )
    ]
    return markup.flat(
        markup.render(
            "evaluation_case.html",
            key=key,
            sentences=evaluation.sentences(values, result),
            inputs=inputs,
            open_url=f"{link(planner_page)}?preset={key}#planner",
        )
    )
