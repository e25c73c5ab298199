"""The decision walker in a real browser, against the real built site.

Every scenario's walk is in test_walker_scenarios.py. This file covers what only a
browser can show: shared links, history, keyboard use, Material's instant navigation,
accessibility (axe) and screenshots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, Request, expect

from decision_trees import changelog
from decision_trees.engine import Decision, decide
from decision_trees.loader import all_trees, get_tree
from decision_trees.model import Tree
from decision_trees.pages import FIRST_STEPS, changes
from decision_trees.plan import plan, plan_data
from decision_trees.record import walker_pages

from .conftest import ROOT, SCREENSHOTS, keep_local, lit_ids

pytestmark = pytest.mark.browser

MAIN = "rag-vs-fine-tuning"
TREES = {tree.slug: tree for tree in all_trees()}
WALKED_ON = walker_pages(ROOT / "docs")
"""Tree slug -> the page that walks it, for trees walked away from their own page (Decide)."""
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def walker_url(site_url: str, slug: str) -> str:
    """One walker per tree: on Decide for the main tree, on its own page for the others."""
    return site_url + WALKED_ON.get(slug, f"trees/{slug}/")


@pytest.fixture(autouse=True)
def local_site(page: Page, site_url: str, built_site: Path) -> Iterator[Page]:
    """Every test's page stays on the local site (conftest.keep_local)."""
    keep_local(page, site_url, built_site)
    yield page
    page.unroute_all(behavior="ignoreErrors")


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
    tree = TREES[page.locator(".dt-walker").first.get_attribute("data-tree") or MAIN]
    return lit_ids(tree, decision, prefix, lambda i: page.locator(f"[id='{i}']").count() > 0)


def verdict_title(page: Page) -> str:
    return page.locator(".dt-walker-verdict .admonition-title").inner_text()


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
    # The link names the advice it was made on and the verdict it reached (test_records_browser).
    version = changelog.version(MAIN)
    assert link == f"{site_url}decide/?{MAIN}={query(decision)}&v={version}&was={decision.verdict}"
    page.reload()
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text(title)


def test_copy_link(page: Page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    decision = decide(TREES[MAIN], TREES[MAIN].scenarios[0].answers)
    page.goto(f"{site_url}decide/?{MAIN}={query(decision)}")
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


def longest_scenario(tree: Tree) -> Decision:
    return max((decide(tree, s.answers) for s in tree.scenarios), key=lambda d: len(d.path))


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
    tree = TREES[MAIN]
    steps = longest_scenario(tree).path
    assert len(steps) >= 3
    texts = [tree.question(s.question).text for s in steps]  # type: ignore[union-attr]
    labels = [tree.question(s.question).options[s.option].label for s in steps]  # type: ignore[union-attr]
    pairs = [f"{s.question}:{s.option}" for s in steps]
    prefix = f"dt-{MAIN}"

    page.add_init_script(RECORD_PUSHES)
    page.goto(f"{site_url}decide/?keep=1")
    question = page.locator(".dt-walker-question")
    back = page.get_by_role("button", name="Back", exact=True)
    restart = page.get_by_role("button", name="Start over")
    expect(question).to_have_text(texts[0])
    expect(back).to_be_disabled()
    expect(restart).to_be_disabled()

    answer(page, labels[0])
    answer(page, labels[1])
    expect(question).to_have_text(texts[2])
    assert address(page).endswith(f"?keep=1&{MAIN}={pairs[0]},{pairs[1]}")
    assert pushed(page).endswith(f"?keep=1&{MAIN}={pairs[0]},{pairs[1]}")
    expect(page.locator(".dt-walker-step").first).to_have_text("Question 3")
    expect(page.locator(".dt-walker-answers li")).to_have_count(2)

    back.click()
    expect(question).to_have_text(texts[1])
    assert address(page).endswith(f"?keep=1&{MAIN}={pairs[0]}")
    assert pushed(page).endswith(f"?keep=1&{MAIN}={pairs[0]}")

    page.go_back()  # undoes the Back button: the second answer again
    expect(question).to_have_text(texts[2])
    page.go_back()  # the second answer undone
    expect(question).to_have_text(texts[1])
    first = f"{prefix}-{steps[0].question}--{steps[0].option}"
    assert lit(page) == {f"{prefix}-{steps[0].question}", first, f"{first}--in", f"{first}--out"}
    page.go_forward()  # and re-applied
    expect(question).to_have_text(texts[2])

    # "change" next to an answer goes back to that question.
    page.get_by_role("button", name=f"Change your answer to: {texts[1]}").click()
    expect(question).to_have_text(texts[1])
    expect(question).to_be_focused()

    restart.click()
    expect(question).to_have_text(texts[0])
    assert address(page).endswith("/decide/?keep=1")
    assert pushed(page).endswith("/decide/?keep=1")
    expect(back).to_be_disabled()
    expect(restart).to_be_disabled()
    assert lit(page) == set()
    assert marked(page, "dt-current") == [f"{prefix}-{tree.start}"]
    page.go_back()
    expect(question).to_have_text(texts[1])


def first_options(tree: Tree) -> dict[str, str]:
    """The answers a reader gives by always taking the first option."""
    answers, node = {}, tree.start
    while (q := tree.question(node)) is not None:
        answers[q.id] = next(iter(q.options))
        node = q.options[answers[q.id]].goto
    return answers


def test_keyboard_only(page: Page, site_url: str) -> None:
    tree = TREES[MAIN]
    decision = decide(tree, first_options(tree))
    page.goto(f"{site_url}decide/")
    first = page.locator(".dt-walker-options button").first
    expect(first).to_be_visible()
    for _ in range(300):  # Tab from the top of the page until the first answer has focus
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the walker's first answer")
    page.keyboard.press("Enter")
    question = page.locator(".dt-walker-question")
    for i, step in enumerate(decision.path[1:], start=2):
        text = tree.question(step.question).text  # type: ignore[union-attr]
        expect(question).to_be_focused()
        expect(question).to_have_text(text)
        expect(page.locator(".dt-walker-live")).to_have_text(f"Question {i}: {text}")
        page.keyboard.press("Tab")  # the heading is followed by the answers
        expect(page.locator(".dt-walker-options button").first).to_be_focused()
        page.keyboard.press("Space" if i % 2 else "Enter")
    title = page.locator(".dt-walker-verdict .admonition-title")
    expect(title).to_be_focused()
    expect(title).to_have_text(tree.verdict(decision.verdict).title)  # type: ignore[union-attr]
    expect(page.locator(".dt-walker-live")).to_have_text(f"Verdict: {title.inner_text()}")


def test_invalid_answer_in_link(page: Page, site_url: str) -> None:
    tree = TREES[MAIN]
    steps = longest_scenario(tree).path
    second = tree.question(steps[1].question)
    assert second is not None
    page.goto(
        f"{site_url}decide/?{MAIN}={steps[0].question}:{steps[0].option},{second.id}:sometimes,nope:x"
    )
    note = page.locator(".dt-walker-note").first
    expect(note).to_have_text(f"The link's answer “sometimes” is not an option of “{second.text}”.")
    expect(page.locator(".dt-walker-note").nth(1)).to_contain_text("“nope”")
    expect(page.locator(".dt-walker-question")).to_have_text(second.text)
    expect(page.locator(".dt-walker-answers li")).to_have_count(1)
    answer(page, second.options[steps[1].option].label)
    expect(page.locator(".dt-walker-note")).to_have_count(0)


def test_instant_navigation_mounts_the_walker(page: Page, site_url: str) -> None:
    tree = TREES[MAIN]
    start = tree.question(tree.start)
    assert start is not None
    key = next(iter(start.options))
    second = tree.question(start.options[key].goto)
    assert second is not None
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with page.expect_response("**/sitemap.xml"):  # Material intercepts links once it has it
        page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.dtNoReload = true")
    page.locator(".md-nav__link", has_text=re.compile(r"^\s*Decide\s*$")).first.click()
    page.wait_for_url(re.compile(re.escape(f"{site_url}decide/") + r"(\?.*)?$"))
    expect(page.locator(".dt-walker-question")).to_have_text(start.text)
    assert page.evaluate("window.dtNoReload === true"), "the page was reloaded, not swapped"
    answer(page, start.options[key].label)
    expect(page.locator(".dt-walker-question")).to_have_text(second.text)
    # Away and back again by history: Material fetches the page, the walker restores the answer.
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(lambda url: "/decide/" not in url)
    page.go_back()
    expect(page.locator(".dt-walker-question")).to_have_text(second.text)
    assert page.locator(".dt-walker[data-dt-mounted]").count() == 1
    assert page.evaluate("window.dtNoReload === true")
    assert errors == [], (
        errors
    )  # e.g. Material assigning .href on an SVG link, or JSON run as script


def axe_violations(page: Page, within: tuple[str, ...] = ("html",)) -> str:
    """Axe's findings on the whole page: Material's header, search dialog, nav and footer too;
    or only ``within`` these selectors, for states that change nothing else.

    Only Material's progress bar is left out: it sits outside every landmark by design
    (axe's "region" rule); its name is checked in test_material_gets_accessible_names.
    """
    page.wait_for_timeout(300)  # let colour transitions (125 ms) settle before axe samples them
    include = [[selector] for selector in within]
    results = Axe().run(page, context={"include": include, "exclude": [[".md-progress"]]})
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"])
        for v in results.response["violations"]
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_of_a_walk(page: Page, site_url: str, scheme: str) -> None:
    tree = TREES[MAIN]
    steps = longest_scenario(tree).path
    labels = [tree.question(s.question).options[s.option].label for s in steps]  # type: ignore[union-attr]
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}decide/")
    expect(page.locator(".dt-walker-question")).to_be_visible()
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert (report := axe_violations(page)) == "", f"at the start:\n{report}"
    # A walk changes only the walker and its map: later states check those (the whole page
    # once more at the verdict).
    walker = (".dt-walker", f"#{page.locator('.dt-walker').first.get_attribute('data-figure')}")
    answer(page, labels[0])
    page.mouse.move(0, 0)
    assert (report := axe_violations(page, walker)) == "", f"mid-walk:\n{report}"
    page.locator(".dt-walker-options button").first.focus()
    assert (report := axe_violations(page, walker)) == "", f"with an answer focused:\n{report}"
    page.locator(".dt-walker-options button").first.hover()
    assert (report := axe_violations(page, walker)) == "", (
        f"with the pointer on an answer:\n{report}"
    )
    for label in labels[1:]:
        answer(page, label)
    expect(page.locator(".dt-walker-verdict")).to_be_visible()
    for summary in page.locator(".dt-walker-verdict details summary").all():
        summary.click()  # every fold open, the plan included, for axe to see
    assert (report := axe_violations(page)) == "", f"at a verdict, all of it open:\n{report}"
    page.get_by_role("button", name="Fit the whole tree").click()
    assert (report := axe_violations(page, walker)) == "", f"with the map fitted:\n{report}"


PAGES = [
    "",
    "trees/rag-vs-fine-tuning/",
    "trees/rag-failure-diagnosis/",
    "framework/both/",
    "framework/evolution/",
    "sources/",
    "costs/",
    "examples/customer-support-chatbot/",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
def test_accessibility_of_the_pages(page: Page, site_url: str, path: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + path)
    page.locator("details.dt-maintainer summary").evaluate_all("els => els.forEach(e => e.click())")
    assert (report := axe_violations(page)) == "", report


def test_material_gets_accessible_names(page: Page, site_url: str) -> None:
    """The search dialog and the progress bar of instant navigation (theme overrides)."""
    page.goto(site_url)
    expect(page.locator(".md-search[role=dialog]")).to_have_attribute("aria-label", "Search")
    expect(page.locator(".md-progress[role=progressbar]")).to_have_attribute(
        "aria-label", "Loading the page"
    )


def sideways(page: Page) -> int:
    """How far the page itself scrolls sideways (the figure may scroll inside its own box)."""
    return int(
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    )


def visible_height(page: Page, selector: str) -> float:
    """How many pixels of the element are inside the viewport."""
    return float(
        page.locator(selector).first.evaluate(
            "el => { const r = el.getBoundingClientRect();"
            " return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)); }"
        )
    )


def in_frame(page: Page, node: str) -> bool:
    """Whether the node's centre is inside the map's frame and inside the viewport."""
    return bool(
        page.evaluate(
            """id => { const n = document.getElementById(id).getBoundingClientRect();
                const f = document.querySelector('.dt-map .dt-scroll').getBoundingClientRect();
                const x = n.left + n.width / 2, y = n.top + n.height / 2;
                return x >= f.left && x <= f.right && y >= Math.max(f.top, 0)
                    && y <= Math.min(f.bottom, innerHeight); }""",
            node,
        )
    )


def current_node(page: Page) -> str:
    current = marked(page, "dt-current")
    if current:
        return current[0]
    return page.locator(".dt-map svg g.dt-verdict.dt-path").first.get_attribute("id") or ""


def test_the_map_stays_in_view_at_every_step_of_a_walk(page: Page, site_url: str) -> None:
    """At desktop size the diagram is beside the questions, most of a screen tall, and the
    question being asked (then the verdict) is inside its visible part; taking the first
    answer every time once walked the diagram out of the viewport."""
    page.set_viewport_size(DESKTOP)
    tree = TREES[MAIN]
    for answers in (first_options(tree), longest_scenario_answers(tree)):
        page.goto(f"{site_url}decide/")
        node = tree.start
        while True:
            page.wait_for_timeout(100)
            height = visible_height(page, ".dt-map .dt-scroll")
            assert height >= 0.6 * DESKTOP["height"], f"at {node}: only {height:.0f}px of map"
            assert in_frame(page, current_node(page)), f"at {node}: the lit node is out of view"
            question = tree.question(node)
            if question is None:
                break
            answer(page, question.options[answers[node]].label)
            node = question.options[answers[node]].goto
        expect(page.locator(".dt-walker-verdict")).to_be_visible()


def longest_scenario_answers(tree: Tree) -> dict[str, str]:
    return {s.question: s.option for s in longest_scenario(tree).path}


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_new_reader_goes_from_home_to_a_verdict(page: Page, site_url: str, size: dict) -> None:
    """The home's first screen holds the answer, the 2x2 and the way into Decide; the walk
    keeps the lit path in reach; the verdict card fits a screen."""
    page.set_viewport_size(size)
    page.goto(site_url)
    for selector in (".dt-lede", ".dt-quadrants-table", "a.md-button--primary"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= size["height"], selector
    expect(page.locator(".dt-quadrant-link")).to_have_count(4)
    page.get_by_role("link", name="Start deciding").click()
    page.wait_for_url(re.compile(re.escape(f"{site_url}decide/") + r"(\?.*)?$"))
    tree = TREES[MAIN]
    answers = first_options(tree)
    node = tree.start
    while (question := tree.question(node)) is not None:
        if size is DESKTOP:
            assert in_frame(page, current_node(page)), f"at {node}: the lit node is out of view"
        answer(page, question.options[answers[node]].label)
        node = question.options[answers[node]].goto
    card = page.locator(".dt-walker-verdict")
    expect(card).to_be_visible()
    box = card.bounding_box()
    assert box is not None and box["height"] <= size["height"] - 48, (
        "the card is taller than a screen"
    )
    if size is PHONE:
        page.get_by_role("button", name="See your path on the map").click()
        page.wait_for_timeout(300)
    assert in_frame(page, current_node(page)), "the lit verdict is not in view on the map"


def a_path_to_each_verdict(tree: Tree) -> list[pytest.param]:
    """One scenario per verdict: a card's text is the same whichever path reaches it."""
    chosen: dict[str, Decision] = {}
    for scenario in tree.scenarios:
        decision = decide(tree, scenario.answers)
        chosen.setdefault(decision.verdict, decision)
    return [pytest.param(d, id=verdict) for verdict, d in sorted(chosen.items())]


@pytest.mark.parametrize("decision", a_path_to_each_verdict(get_tree(MAIN)))
def test_every_verdict_card_fits_a_phone_screen(
    page: Page, site_url: str, decision: Decision
) -> None:
    """The verdict, its reason, three steps and the link fit 390x844; the rest is one click away."""
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}decide/?{MAIN}={query(decision)}")
    card = page.locator(".dt-walker-verdict")
    expect(card).to_be_visible()
    box = card.bounding_box()
    assert box is not None and box["height"] <= PHONE["height"] - 48, (
        f"{decision.verdict}: the card is {box and box['height']:.0f} px tall"
    )
    # What is folded is named on one line, in the words the site's own card uses.
    summary = card.locator("details:not(.dt-plan) > summary")
    line = summary.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    assert summary.bounding_box()["height"] < 2 * line  # type: ignore[index]
    verdict = get_tree(MAIN).verdict(decision.verdict)
    assert verdict is not None
    folded = ["all steps"] * (len(verdict.next_steps) > FIRST_STEPS)
    folded += ["costs"] * bool(verdict.costs) + ["risks"] * bool(verdict.risks)
    label = ", ".join(folded) + " and what changes it" if folded else "what changes it"
    expect(summary).to_have_text(label.capitalize())


def all_pages(site: Path) -> list[str]:
    return sorted(
        str(p.parent.relative_to(site)).replace(".", "") + "/"
        for p in site.rglob("index.html")
        if "search" not in p.parts
    )


def test_every_page_on_a_phone_stays_on_the_site_and_never_scrolls_sideways(
    page: Page, site_url: str, built_site: Path
) -> None:
    """No fonts, no repository stars: every request a page makes stays on the site. No page
    scrolls sideways on a phone, nor does any table hide columns in a frame of its own.
    One visit per page checks both (each visit is most of the cost)."""
    elsewhere: set[str] = set()

    def note(request: Request) -> None:
        if not request.url.startswith((site_url, "data:")):
            elsewhere.add(f"{page.url} -> {request.url}")

    page.on("request", note)
    page.set_viewport_size(PHONE)
    problems = []
    for path in all_pages(built_site):
        page.goto(site_url + path.lstrip("/"), wait_until="networkidle")
        if sideways(page) > 0:
            problems.append(f"{path}: the page scrolls sideways")
        hidden = page.evaluate(
            """[...document.querySelectorAll('.md-typeset table')]
                .filter(t => !t.closest('details:not([open])'))
                .filter(t => { const w = t.closest('.md-typeset__scrollwrap') || t.parentElement;
                               return w.scrollWidth > w.clientWidth + 1; }).length"""
        )
        if hidden:
            problems.append(f"{path}: {hidden} table(s) scroll sideways in their frame")
    assert problems == []
    assert sorted(elsewhere) == []


SHIFT = """() => new Promise(done => {
    let total = 0;
    const moved = [];
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            total += e.value;
            for (const s of e.sources || []) {
                const n = s.node;
                const name = n ? (n.id ? "#" + n.id : n.nodeName + "." + (n.className || "")) : "?";
                moved.push(name + " " + JSON.stringify(s.previousRect) + " -> "
                    + JSON.stringify(s.currentRect));
            }
        }
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => done({ total, moved }), 1500);
})"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize(
    "path", ["decide/", "", "trees/rag-vs-fine-tuning/", "trees/rag-failure-diagnosis/"]
)
def test_no_layout_shift_after_load(page: Page, site_url: str, path: str, size: dict) -> None:
    """Space for the walker and the figures is there before the scripts run."""
    page.set_viewport_size(size)
    page.goto(site_url + path)
    shift = page.evaluate(SHIFT)
    assert shift["total"] <= 0.05, f"layout shift {shift['total']:.3f}: {shift['moved']}"


def test_screenshots(page: Page, site_url: str) -> None:
    """PNGs for a human to look at (screenshots/, not committed), and no sideways overflow."""
    SCREENSHOTS.mkdir(exist_ok=True)
    tree = TREES[MAIN]
    decision = longest_scenario(tree)
    for device, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
            page.goto(f"{site_url}decide/?{MAIN}={query(decision).split(',')[0]}")
            page.wait_for_timeout(400)
            page.screenshot(path=SCREENSHOTS / f"decide-{device}-{scheme}-mid-walk.png")
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways mid-walk"
            page.goto(f"{site_url}decide/?{MAIN}={query(decision)}")
            expect(page.locator(".dt-walker-verdict")).to_be_visible()
            page.wait_for_timeout(400)
            page.screenshot(path=SCREENSHOTS / f"decide-{device}-{scheme}-verdict.png")
            assert sideways(page) <= 0, f"{device} {scheme}: the page scrolls sideways at a verdict"
            page.goto(site_url)
            page.screenshot(path=SCREENSHOTS / f"home-{device}-{scheme}.png")


def test_walker_words_what_would_change_it_as_the_example_page_does(
    page: Page, site_url: str
) -> None:
    tree = get_tree(MAIN)
    scenario = next(s for s in tree.scenarios if changes(tree, s.answers))
    example = site_url + f"examples/{scenario.id}/"
    if page.goto(example).status != 200:  # a scenario without a page of its own
        pytest.skip(f"no example page for {scenario.id}")
    printed = page.locator("h2#what-would-change-it + ul > li").all_inner_texts()
    page.goto(f"{site_url}decide/?{MAIN}={query(decide(tree, scenario.answers))}")
    page.locator(".dt-walker-verdict details:not(.dt-plan) summary").click()
    walked = page.locator(".dt-walker-flips li").all_inner_texts()
    assert printed and walked == printed


def test_without_javascript_the_figure_and_outline_remain(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}decide/")
        expect(page.locator("figure.dt-figure svg")).to_be_visible()
        expect(page.locator("details.dt-outline summary")).to_be_visible()
        # The walker keeps its place (nothing moves when scripts run) but shows no dead buttons.
        expect(page.locator(".dt-walker-panel")).to_be_hidden()
        expect(page.locator(".dt-walker-options button").first).to_be_hidden()
    finally:
        context.close()


def plan_rows(tree: Tree, answers: Mapping[str, str]) -> list[list[str]]:
    """The Python plan as the walker marks it up: kind, id, assumed answers, leads."""
    rows = []
    for item in plan_data(tree, plan(tree, answers)):
        pairs = " ".join(f"{s['question']}:{s['option']}" for s in item.get("assumed", []))
        leads = " ".join(f"{lead['option']}:{lead['node']}" for lead in item.get("leads", []))
        ident = item.get("verdict") or item.get("question") or item.get("tree") or ""
        rows.append([item["kind"], ident, pairs, leads])
    return rows


@pytest.mark.parametrize("slug", sorted(TREES))
def test_the_walkers_plan_is_the_python_plan_for_every_scenario(
    page: Page, site_url: str, slug: str
) -> None:
    """Each scenario's path opened as a shared link (history, not a reload: the walker re-reads
    its answers on popstate); the plan in the card must be decision_trees.plan's, item by item."""
    tree = TREES[slug]
    url = walker_url(site_url, slug)
    page.goto(url)
    path = page.evaluate("location.pathname")
    wrong = []
    for scenario in tree.scenarios:
        decision = decide(tree, scenario.answers)
        page.evaluate(
            "u => { history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); }",
            f"{path}?{slug}={query(decision)}",
        )
        expect(page.locator(".dt-walker-verdict")).to_have_attribute(
            "data-verdict", decision.verdict
        )
        shown = page.locator(".dt-walker-verdict .dt-plan-steps > li").evaluate_all(
            "els => els.map(e => [e.dataset.kind, e.dataset.id, e.dataset.assumed || '',"
            " e.dataset.leads || ''])"
        )
        answers = {step.question: step.option for step in decision.path}
        if shown != plan_rows(tree, answers):
            wrong.append(f"{scenario.id}: {shown} != {plan_rows(tree, answers)}")
    assert wrong == []


def test_answer_it_now_takes_the_reader_to_the_question_the_plan_stops_at(
    page: Page, site_url: str
) -> None:
    page.goto(f"{site_url}decide/?{MAIN}=gap:behaviour,baseline:not-yet")
    card = page.locator(".dt-walker-verdict")
    card.locator("details.dt-plan summary").click()
    expect(card.locator(".dt-plan-short-if").first).to_contain_text("held-out set")
    card.get_by_role("button", name="Answer it now").click()
    residual = TREES[MAIN].question("residual")
    assert residual is not None
    expect(page.locator(".dt-walker-question")).to_have_text(residual.text)
    assert f"{MAIN}=gap:behaviour,baseline:fell-short" in page.url
