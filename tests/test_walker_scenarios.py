"""Every scenario of every tree, clicked through in the walker in a real browser.

Each must reach the verdict the Python engine reaches, with exactly that path lit on the
figure, the same "what would change it" list and the same step links. The walks share one
tab per worker: "Start over" between walks, as a reader would, instead of loading the page
again for each (the page load was most of the time; a walk is a few clicks).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from decision_trees.engine import decide
from decision_trees.export import site_path
from decision_trees.model import NextStep
from decision_trees.pages import changes

from .conftest import keep_local
from .test_browser import (
    TREES,
    click_through,
    expected_lit,
    lit,
    marked,
    query,
    verdict_title,
    walker_url,
)

pytestmark = pytest.mark.browser

SCENARIOS = [
    pytest.param(tree.slug, scenario.id, id=f"{tree.slug}/{scenario.id}")
    for tree in TREES.values()
    for scenario in tree.scenarios
]


@pytest.fixture(scope="module")
def tab(
    browser: Browser, browser_context_args: dict, site_url: str, built_site: Path
) -> Iterator[Page]:
    """One tab for every walk on this worker, kept on the local site."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    keep_local(page, site_url, built_site)
    yield page
    page.unroute_all(behavior="ignoreErrors")
    context.close()


def start_walk(tab: Page, url: str) -> None:
    """The walker at its first question: "Start over" if the tab is on its page after a walk,
    else the page loaded afresh (the first walk, another tree, or a tab a failed test left)."""
    restart = tab.locator(".dt-walker-restart")
    if tab.url.split("?")[0].split("#")[0] == url and restart.is_enabled():
        restart.click()
        expect(tab.locator(".dt-walker-verdict")).to_have_count(0)
    else:
        tab.goto(url)


@pytest.mark.parametrize(("slug", "scenario_id"), SCENARIOS)
def test_walker_reaches_documented_verdict(
    tab: Page, site_url: str, slug: str, scenario_id: str
) -> None:
    tree = TREES[slug]
    scenario = tree.scenario(scenario_id)
    assert scenario is not None
    decision = decide(tree, scenario.answers)
    assert decision.verdict == scenario.expect

    start_walk(tab, walker_url(site_url, slug))
    click_through(tab, tree, scenario.answers)

    expected_verdict = tree.verdict(scenario.expect)
    assert expected_verdict is not None
    expect(tab.locator(".dt-walker-verdict")).to_have_attribute("data-verdict", decision.verdict)
    assert verdict_title(tab) == expected_verdict.title
    assert lit(tab) == expected_lit(tab, decision)
    assert marked(tab, "dt-current") == []
    # "What would change the verdict" agrees with pages.changes, in the same order.
    taken = {step.question: step.option for step in decision.path}
    shown = tab.locator(".dt-walker-flips li").evaluate_all(
        "els => els.map(e => [e.dataset.flip, e.dataset.verdicts])"
    )
    expected = [[f"{f.question}:{f.option}", " ".join(f.verdicts)] for f in changes(tree, taken)]
    assert shown == expected
    # Next steps link to the pages that explain them, as the site's own cards do.
    hrefs = tab.locator(".dt-walker-verdict .dt-steps a").evaluate_all(
        "els => els.map(a => a.href)"
    )
    assert hrefs == [
        site_url + site_path(step.see)
        for step in expected_verdict.next_steps
        if isinstance(step, NextStep) and step.see
    ]
    assert f"{slug}={query(decision)}" in tab.url
