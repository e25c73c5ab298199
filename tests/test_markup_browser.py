"""WCAG 2.2 AA details of the project's own markup and CSS, in Chromium on the built site:
target size of the verdict cards' links, code colours, scrollable blocks reachable by keyboard.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from .test_browser import (  # noqa: F401 (local_site is an autouse fixture)
    DESKTOP,
    MAIN,
    PHONE,
    TREES,
    local_site,
    longest_scenario,
    query,
)

pytestmark = pytest.mark.browser


def axe(page: Page, rules: list[str], include: str = "html") -> str:
    """Axe's findings for some rules only, one line per element."""
    page.wait_for_timeout(300)  # colour transitions (125 ms) settle before axe samples them
    results = Axe().run(
        page,
        context={"include": [[include]]},
        options={"runOnly": {"type": "rule", "values": rules}},
    )
    return "\n".join(
        f"{v['id']}: {node['target']}: {node['failureSummary']}"
        for v in results.response["violations"]
        for node in v["nodes"]
    )


CARDS = [
    pytest.param(f"decide/?{MAIN}={query(longest_scenario(TREES[MAIN]))}", id="walker-card"),
    pytest.param("examples/customer-support-chatbot/", id="example-page-card"),
]


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", CARDS)
def test_each_step_link_of_a_verdict_card_is_at_least_24px_square(
    page: Page, site_url: str, path: str, size: dict
) -> None:
    """WCAG 2.2 2.5.8. Axe's target-size rule passes these links as inline text whatever
    their size, so each box the link draws is measured too."""
    page.set_viewport_size(size)
    page.goto(site_url + path)
    expect(page.locator(".dt-verdict-card").first).to_be_visible()
    page.locator(".dt-verdict-card details:not([open]) > summary").evaluate_all(
        "els => els.forEach(e => e.click())"
    )
    boxes = page.locator(".dt-verdict-card .dt-steps a").evaluate_all(
        "els => els.map(a => [a.textContent, [...a.getClientRects()].map(r => [r.width, r.height])])"
    )
    assert len(boxes) >= 3, "the card shows no linked steps: pick a card that has some"
    small = [
        (text, f"{w:.0f}x{h:.1f}") for text, rects in boxes for w, h in rects if min(w, h) < 24
    ]
    assert small == [], f"link targets under 24x24 px: {small}"
    assert (report := axe(page, ["target-size"], ".dt-verdict-card")) == "", report


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_code_colours_on_the_contributing_page_reach_4_5_to_1(
    page: Page, site_url: str, scheme: str
) -> None:
    """Its shell and Python blocks use comments, output, builtins and numbers: the colours
    that Material draws just under 4.5:1 (docs/assets/stylesheets/trees.css corrects them)."""
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(site_url + "contributing/")
    assert page.locator(".md-typeset pre .c1, .md-typeset pre .nb").count() > 0
    assert (report := axe(page, ["color-contrast"], ".md-typeset pre")) == "", report


@pytest.mark.parametrize("path", ["costs/", "contributing/"])
def test_a_phone_reader_can_focus_a_code_block_that_scrolls_sideways(
    browser: Browser, site_url: str, path: str
) -> None:
    """On a touch screen with no hover Material leaves wide code blocks out of the tab
    order (scrollable.js puts them back): the break-even formula on Costs, commands on
    Contributing."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.route(lambda url: not url.startswith(site_url), lambda route: route.abort())
    try:
        page.goto(site_url + path)
        assert page.evaluate("matchMedia('(hover: none)').matches")
        wide = page.locator(".md-typeset pre > code").evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth).length"
        )
        assert wide > 0, "no code block scrolls at 390 px: the test checks nothing here"
        # Material mounts its code blocks after load; give the scripts that long.
        expect(page.locator(".md-typeset pre > code[tabindex='0']")).to_have_count(wide)
        assert (report := axe(page, ["scrollable-region-focusable"])) == "", report
        block = page.locator(".md-typeset pre > code[tabindex='0']").first
        block.focus()
        block.press("ArrowRight")
        # Chromium animates keyboard scrolling: wait for it rather than read at once.
        page.wait_for_function("e => e.scrollLeft > 0", arg=block.element_handle(), timeout=5000)
    finally:
        context.close()
