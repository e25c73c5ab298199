"""The decision walker in a real browser, against the real built site.

Every scenario of every tree is clicked through on its tree page and must reach
the verdict the Python engine reaches, with exactly that path lit on the figure.
The rest covers what only a browser can show: shared links, history, keyboard
use, Material's instant navigation, accessibility (axe) and screenshots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, Route, expect

from decision_trees.analysis import flips
from decision_trees.engine import Decision, decide
from decision_trees.loader import all_trees, get_tree
from decision_trees.model import Tree

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

MAIN = "rag-vs-fine-tuning"
TREES = {tree.slug: tree for tree in all_trees()}
SCENARIOS = [
    pytest.param(tree.slug, scenario.id, id=f"{tree.slug}/{scenario.id}")
    for tree in TREES.values()
    for scenario in tree.scenarios
]


@pytest.fixture(autouse=True)
def local_site(page: Page, site_url: str, built_site: Path) -> Iterator[Page]:
    """Keep the browser off the network, and let instant navigation work on the local server.

    Material only swaps pages for URLs in its sitemap, which names the published
    site; pointing the sitemap at the local server makes the tests see what readers see.
    """
    home = re.search(
        r'<link rel="canonical" href="([^"]+)"', (built_site / "index.html").read_text()
    )
    page.route(lambda url: not url.startswith(site_url), lambda route: route.abort())

    def sitemap(route: Route) -> None:
        response = route.fetch()
        body = response.text()
        if home:
            body = body.replace(home.group(1), site_url)
        route.fulfill(response=response, body=body)

    page.route("**/sitemap.xml", sitemap)
    yield page


def query(decision: Decision) -> str:
    return ",".join(f"{step.question}:{step.option}" for step in decision.path)


def answer(page: Page, label: str) -> None:
    page.locator(".dt-walker-options").get_by_role("button", name=label, exact=True).click()


def click_through(page: Page, tree: Tree, answers: Mapping[str, str]) -> None:
    """Answer from the start, as a reader would: the button labelled with each answer."""
    node = tree.start
    while (question := tree.question(node)) is not None:
        expect(page.locator(".dt-walker-question")).to_have_text(question.text)
        option = question.options[answers[node]]
        answer(page, option.label)
        node = option.goto


def marked(page: Page, name: str) -> list[str]:
    """Ids of the elements with class ``name`` on the walker's figure."""
    figure = page.locator(".dt-walker").first.get_attribute("data-figure")
    return page.locator(f"#{figure} .{name}").evaluate_all("els => els.map(e => e.id)")


def lit(page: Page) -> set[str]:
    return set(marked(page, "dt-path"))


def expected_lit(page: Page, decision: Decision) -> set[str]:
    prefix = (page.locator(".dt-walker").first.get_attribute("data-figure") or "").removesuffix(
        "-figure"
    )
    ids = {f"{prefix}-{decision.verdict}"}
    for step in decision.path:
        ids |= {f"{prefix}-{step.question}", f"{prefix}-{step.question}--{step.option}"}
    return ids


def verdict_title(page: Page) -> str:
    return page.locator(".dt-walker-verdict .admonition-title").inner_text()


@pytest.mark.parametrize(("slug", "scenario_id"), SCENARIOS)
def test_walker_reaches_documented_verdict(
    page: Page, site_url: str, slug: str, scenario_id: str
) -> None:
    tree = TREES[slug]
    scenario = tree.scenario(scenario_id)
    assert scenario is not None
    decision = decide(tree, scenario.answers)
    assert decision.verdict == scenario.expect

    page.goto(f"{site_url}trees/{slug}/")
    click_through(page, tree, scenario.answers)

    expected = tree.verdict(scenario.expect)
    assert expected is not None
    expect(page.locator(".dt-walker-verdict")).to_have_attribute("data-verdict", decision.verdict)
    assert verdict_title(page) == expected.title
    assert lit(page) == expected_lit(page, decision)
    assert marked(page, "dt-current") == []
    # "What would change the verdict" agrees with analysis.flips on the reader's answers.
    taken = {step.question: step.option for step in decision.path}
    shown = page.locator(".dt-walker-flips li").evaluate_all(
        "els => els.map(e => [e.dataset.flip, e.dataset.verdicts])"
    )
    assert shown == [[f"{f.question}:{f.option}", " ".join(f.verdicts)] for f in flips(tree, taken)]
    assert f"{slug}={query(decision)}" in page.url


def test_shared_link_opens_at_the_verdict(page: Page, site_url: str) -> None:
    tree = TREES[MAIN]
    scenario = tree.scenarios[0]
    decision = decide(tree, scenario.answers)
    page.goto(f"{site_url}decide/?{MAIN}={query(decision)}")
    title = tree.verdict(decision.verdict).title  # type: ignore[union-attr]
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text(title)
    assert lit(page) == expected_lit(page, decision)
    # Opening a link does not move focus into the walker.
    assert page.evaluate("document.activeElement === document.body")
    link = page.locator(".dt-walker-link").input_value()
    assert link == f"{site_url}decide/?{MAIN}={query(decision)}"
    page.reload()
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text(title)


def test_copy_link(page: Page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(f"{site_url}decide/?{MAIN}=gap:knowledge,fits:too-large")
    link = page.locator(".dt-walker-link").input_value()
    page.get_by_role("button", name="Copy link to this verdict").click()
    expect(page.locator(".dt-walker-copied")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == link
    # Without the Clipboard API the link is selected for the reader to copy.
    page.evaluate(
        "() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }"
    )
    page.get_by_role("button", name="Copy link to this verdict").click()
    expect(page.locator(".dt-walker-copied")).to_contain_text("copy the selected link")
    assert page.evaluate("document.activeElement.classList.contains('dt-walker-link')")
    assert page.evaluate("getSelection().toString() || document.activeElement.value") == link


# Material's navigation.tracking rewrites the URL's hash on its own timer as the page
# scrolls (to the heading in view, or none above the first), so under load it lands
# before or after any assertion. What the walker owns is the path and query, and keeping
# whatever hash the page has when it pushes a new entry: both are checked as it pushes.
RECORD_PUSHES = """window.dtPushed = [];
const push = history.pushState.bind(history);
history.pushState = (state, title, url) => {
  window.dtPushed.push([String(url), location.hash]);
  push(state, title, url);
};"""


def pushed(page: Page) -> str:
    """The last URL the walker pushed, less its hash, once checked to keep the page's hash."""
    url, hash_then = page.evaluate("window.dtPushed.at(-1)")
    assert url.endswith(hash_then) and url.count("#") == (1 if hash_then else 0), url
    return url.split("#", 1)[0]


def address(page: Page) -> str:
    """The address bar's path and query: what the walker owns, whatever the hash is now."""
    return page.url.split("#", 1)[0]


def test_back_start_over_and_browser_history(page: Page, site_url: str) -> None:
    page.add_init_script(RECORD_PUSHES)
    page.goto(f"{site_url}decide/?keep=1#questions")
    question = page.locator(".dt-walker-question")
    back = page.get_by_role("button", name="Back", exact=True)
    restart = page.get_by_role("button", name="Start over")
    expect(question).to_have_text("What stops the model doing the job today?")
    expect(back).to_be_disabled()
    expect(restart).to_be_disabled()

    answer(page, "It lacks facts: our documents, data or recent events")
    # The first answer comes before any scrolling: the reader's #questions is kept.
    assert page.evaluate("window.dtPushed[0][0]").endswith(
        f"?keep=1&{MAIN}=gap:knowledge#questions"
    )
    answer(page, "Yes: roughly 200,000 tokens or less")
    third = (
        "With prompt caching, is sending it with every request within your latency and "
        "cost budget at your volume?"
    )
    expect(question).to_have_text(third)
    assert address(page).endswith(f"?keep=1&{MAIN}=gap:knowledge,fits:fits")
    assert pushed(page).endswith(f"?keep=1&{MAIN}=gap:knowledge,fits:fits")
    expect(page.locator(".dt-walker-step").first).to_have_text("Question 3")
    expect(page.locator(".dt-walker-answers li")).to_have_count(2)

    back.click()
    expect(question).to_have_text("Does everything the model needs fit comfortably in one prompt?")
    assert address(page).endswith(f"?keep=1&{MAIN}=gap:knowledge")
    assert pushed(page).endswith(f"?keep=1&{MAIN}=gap:knowledge")

    page.go_back()  # undoes the Back button: the second answer again
    expect(question).to_have_text(third)
    page.go_back()  # the second answer undone
    expect(question).to_have_text("Does everything the model needs fit comfortably in one prompt?")
    assert lit(page) == {"dt-rag-vs-fine-tuning-gap", "dt-rag-vs-fine-tuning-gap--knowledge"}
    page.go_forward()  # and re-applied
    expect(question).to_have_text(third)

    # "change" next to an answer goes back to that question.
    page.get_by_role(
        "button",
        name="Change your answer to: Does everything the model needs fit comfortably in one prompt?",
    ).click()
    expect(question).to_have_text("Does everything the model needs fit comfortably in one prompt?")
    expect(question).to_be_focused()

    restart.click()
    expect(question).to_have_text("What stops the model doing the job today?")
    assert address(page).endswith("/decide/?keep=1")
    assert pushed(page).endswith("/decide/?keep=1")
    expect(back).to_be_disabled()
    expect(restart).to_be_disabled()
    assert lit(page) == set()
    assert marked(page, "dt-current") == ["dt-rag-vs-fine-tuning-gap"]
    page.go_back()
    expect(question).to_have_text("Does everything the model needs fit comfortably in one prompt?")


def test_keyboard_only(page: Page, site_url: str) -> None:
    tree = TREES[MAIN]
    page.goto(f"{site_url}decide/")
    first = page.locator(".dt-walker-options button").first
    expect(first).to_be_visible()
    for _ in range(300):  # Tab from the top of the page until the first answer has focus
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the walker's first answer")
    page.keyboard.press("Enter")  # gap: knowledge
    question = page.locator(".dt-walker-question")
    expect(question).to_be_focused()
    expect(question).to_have_text("Does everything the model needs fit comfortably in one prompt?")
    expect(page.locator(".dt-walker-live")).to_have_text(
        "Question 2: Does everything the model needs fit comfortably in one prompt?"
    )
    page.keyboard.press("Tab")  # the heading is followed by the answers
    expect(page.locator(".dt-walker-options button").first).to_be_focused()
    page.keyboard.press("Tab")  # the second answer: far larger than one prompt
    expect(page.locator(".dt-walker-options button").nth(1)).to_be_focused()
    page.keyboard.press("Space")  # fits: too-large
    title = page.locator(".dt-walker-verdict .admonition-title")
    expect(title).to_be_focused()
    expect(title).to_have_text(tree.verdict("rag").title)  # type: ignore[union-attr]
    expect(page.locator(".dt-walker-live")).to_have_text(f"Verdict: {title.inner_text()}")


def test_invalid_answer_in_link(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}decide/?{MAIN}=gap:knowledge,fits:sometimes,nope:x")
    note = page.locator(".dt-walker-note").first
    expect(note).to_have_text(
        "The link's answer “sometimes” is not an option of “Does everything the model needs fit comfortably in one prompt?”."
    )
    expect(page.locator(".dt-walker-note").nth(1)).to_contain_text("“nope”")
    expect(page.locator(".dt-walker-question")).to_have_text(
        "Does everything the model needs fit comfortably in one prompt?"
    )
    expect(page.locator(".dt-walker-answers li")).to_have_count(1)
    answer(page, "No: far larger, or it keeps growing")
    expect(page.locator(".dt-walker-note")).to_have_count(0)
    expect(page.locator(".dt-walker-verdict")).to_have_attribute("data-verdict", "rag")


def test_instant_navigation_mounts_the_walker(page: Page, site_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with page.expect_response("**/sitemap.xml"):  # Material intercepts links once it has it
        page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.dtNoReload = true")
    page.locator(".md-nav__link", has_text=re.compile(r"^\s*Decide\s*$")).first.click()
    page.wait_for_url(f"{site_url}decide/")
    expect(page.locator(".dt-walker-question")).to_have_text(
        "What stops the model doing the job today?"
    )
    assert page.evaluate("window.dtNoReload === true"), "the page was reloaded, not swapped"
    answer(page, "It lacks facts: our documents, data or recent events")
    expect(page.locator(".dt-walker-question")).to_have_text(
        "Does everything the model needs fit comfortably in one prompt?"
    )
    # Away and back again by history: Material fetches the page, the walker restores the answer.
    page.locator(".md-nav__link", has_text=re.compile(r"^\s*Costs\s*$")).first.click()
    page.wait_for_url(f"{site_url}costs/")
    page.go_back()
    expect(page.locator(".dt-walker-question")).to_have_text(
        "Does everything the model needs fit comfortably in one prompt?"
    )
    assert page.locator(".dt-walker[data-dt-mounted]").count() == 1
    assert page.evaluate("window.dtNoReload === true")
    assert errors == [], (
        errors
    )  # e.g. Material assigning .href on an SVG link, or JSON run as script


def axe_violations(page: Page) -> str:
    """Axe's findings on the page content (Material's own header and sidebars are not ours)."""
    page.wait_for_timeout(300)  # let colour transitions (125 ms) settle before axe samples them
    results = Axe().run(page, context=".md-content")
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"])
        for v in results.response["violations"]
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}decide/")
    expect(page.locator(".dt-walker-question")).to_be_visible()
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert (report := axe_violations(page)) == "", f"at the start:\n{report}"
    answer(page, "It lacks facts: our documents, data or recent events")
    page.mouse.move(0, 0)
    assert (report := axe_violations(page)) == "", f"mid-walk:\n{report}"
    page.locator(".dt-walker-options button").first.focus()
    assert (report := axe_violations(page)) == "", f"with an answer focused:\n{report}"
    page.locator(".dt-walker-options button").first.hover()
    assert (report := axe_violations(page)) == "", f"with the pointer on an answer:\n{report}"
    answer(page, "No: far larger, or it keeps growing")
    expect(page.locator(".dt-walker-verdict")).to_be_visible()
    assert (report := axe_violations(page)) == "", f"at a verdict:\n{report}"


def sideways(page: Page) -> int:
    """How far the page itself scrolls sideways (the figure may scroll inside its own box)."""
    return int(
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    )


def test_screenshots(page: Page, site_url: str) -> None:
    """PNGs for a human to look at (screenshots/, not committed), and no sideways overflow."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for device, size in (("desktop", (1280, 900)), ("phone", (390, 844))):
        page.set_viewport_size({"width": size[0], "height": size[1]})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto(f"{site_url}decide/?{MAIN}=gap:knowledge")
            walker = page.locator(".dt-walker")
            # Just below Material's sticky header, once its title has finished changing.
            walker.evaluate("el => scrollTo(0, el.getBoundingClientRect().top + scrollY - 64)")
            page.wait_for_timeout(400)
            page.screenshot(path=SCREENSHOTS / f"decide-{device}-{scheme}-mid-walk.png")
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways mid-walk"
            page.goto(f"{site_url}decide/?{MAIN}=gap:knowledge,fits:too-large")
            expect(page.locator(".dt-walker-verdict")).to_be_visible()
            box = walker.bounding_box()
            assert box is not None
            page.screenshot(
                path=SCREENSHOTS / f"decide-{device}-{scheme}-verdict.png",
                full_page=True,
                clip={
                    "x": 0,
                    "y": box["y"] + page.evaluate("scrollY") - 16,
                    "width": size[0],
                    "height": box["height"] + 32,
                },
            )
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways at a verdict"


def test_walker_words_what_would_change_it_as_the_example_page_does(
    page: Page, site_url: str
) -> None:
    tree = get_tree("rag-vs-fine-tuning")
    scenario = tree.scenario("customer-support-chatbot")
    page.goto(f"{site_url}examples/customer-support-chatbot/")
    printed = page.locator("h2#what-would-change-it + ul > li").all_inner_texts()
    answers = ",".join(f"{s.question}:{s.option}" for s in decide(tree, scenario.answers).path)
    page.goto(f"{site_url}decide/?rag-vs-fine-tuning={answers}")
    walked = page.locator(".dt-walker-flips li").all_inner_texts()
    assert printed and walked == printed


def test_without_javascript_the_figure_and_outline_remain(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}decide/")
        expect(page.locator("figure.dt-figure svg")).to_be_visible()
        expect(page.locator("details.dt-outline summary")).to_be_visible()
        expect(page.locator(".dt-walker")).to_be_hidden()
    finally:
        context.close()
