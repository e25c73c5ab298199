"""Decision records and old links in a real browser, against the real built site.

The record the walker writes must be the command line's record, character for character:
the test reads the date the page wrote (the reader's today) and runs ``decide --format adr
--date`` with that date, so nothing is normalised away. Old links must show today's verdict
and say plainly when it differs; damaged ones must do no harm.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from decision_trees import changelog
from decision_trees.cli import main
from decision_trees.engine import decide
from decision_trees.loader import get_tree
from decision_trees.vendor_facts import long_date

from .conftest import SCREENSHOTS
from .test_browser import walker_url

pytestmark = pytest.mark.browser

MAIN = "rag-vs-fine-tuning"


@pytest.fixture(autouse=True)
def errors(page: Page) -> Iterator[list[str]]:
    """Every uncaught exception on the page; each test ends with none."""
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    yield found
    assert found == []


def walk_link(site_url: str, slug: str, answers: dict[str, str], extra: str = "") -> str:
    pairs = ",".join(f"{q}:{o}" for q, o in answers.items())
    return f"{walker_url(site_url, slug)}?{slug}={pairs}{extra}"


def page_record(page: Page) -> str:
    page.locator(".dt-record summary").click()
    field = page.locator(".dt-record-text")
    expect(field).to_be_visible()
    return field.input_value()


def cli_record(slug: str, answers: dict[str, str], date: str) -> str:
    out = io.StringIO()
    argv = ["decide", slug, "--format", "adr", "--date", date]
    assert main(argv + [f"--answer={q}={o}" for q, o in answers.items()], out=out) == 0
    return out.getvalue()


def path_answers(slug: str, answers: dict[str, str]) -> dict[str, str]:
    """The answers on the path only, in path order, as the walker's link writes them."""
    return {s.question: s.option for s in decide(get_tree(slug), answers).path}


RECORDS = [
    pytest.param(MAIN, {"gap": "knowledge", "fits": "too-large"}, id="main/rag"),
    pytest.param(
        MAIN,
        path_answers(MAIN, get_tree(MAIN).scenarios[0].answers),
        id=f"main/{get_tree(MAIN).scenarios[0].id}",
    ),
    pytest.param(
        MAIN, {"gap": "speed-cost", "levers": "not-yet"}, id="main/plan-stops-at-a-question"
    ),
    pytest.param(
        MAIN, {"gap": "retiring", "migrate-what": "tuned"}, id="main/no-single-answer-changes-it"
    ),
    pytest.param(
        "rag-failure-diagnosis",
        path_answers(
            "rag-failure-diagnosis", get_tree("rag-failure-diagnosis").scenarios[0].answers
        ),
        id="rag-failure-diagnosis/first-scenario",
    ),
]


@pytest.mark.parametrize(("slug", "answers"), RECORDS)
def test_the_page_writes_the_same_record_as_the_command_line(
    page: Page, site_url: str, slug: str, answers: dict[str, str]
) -> None:
    page.goto(walk_link(site_url, slug, answers))
    text = page_record(page)
    found = re.search(r"^Date: (\d{4}-\d{2}-\d{2})$", text, flags=re.M)
    assert found, text[:200]
    assert text == cli_record(slug, answers, found.group(1))


def test_the_record_downloads_under_its_name_and_copies(page: Page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    answers = {"gap": "knowledge", "fits": "too-large"}
    page.goto(walk_link(site_url, MAIN, answers))
    text = page_record(page)
    with page.expect_download() as info:
        page.locator(".dt-record-download").click()
    download = info.value
    assert download.suggested_filename == f"decision-{MAIN}-rag.md"
    assert Path(download.path()).read_text(encoding="utf-8") == text
    page.locator(".dt-record-copy").click()
    expect(page.locator(".dt-record-status")).to_have_text("Record copied.")
    assert page.evaluate("navigator.clipboard.readText()") == text


def test_the_shared_link_names_the_advice_version_and_the_verdict(
    page: Page, site_url: str
) -> None:
    answers = {"gap": "knowledge", "fits": "too-large"}
    page.goto(walk_link(site_url, MAIN, answers))
    link = page.locator(".dt-walker-link").input_value()
    assert link.endswith(f"&v={changelog.version(MAIN)}&was=rag")
    # Opened as it is, today's link says nothing about changes.
    page.goto(link)
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text("Use RAG")
    expect(page.locator(".dt-walker-version, .dt-walker-changed")).to_have_count(0)


def guard_first_answers() -> dict[str, str]:
    tree = get_tree(MAIN)
    for scenario in tree.scenarios:
        decision = decide(tree, scenario.answers)
        if decision.verdict == "guard-first":
            return {s.question: s.option for s in decision.path}
    raise AssertionError("no scenario reaches guard-first")


def test_an_old_link_shows_todays_verdict_and_says_what_changed_and_why(
    page: Page, site_url: str
) -> None:
    tree = get_tree(MAIN)
    answers = guard_first_answers()
    page.goto(walk_link(site_url, MAIN, answers, "&v=2026-11-22&was=fine-tune"))
    now = tree.verdict("guard-first")
    was = tree.verdict("fine-tune")
    assert now is not None and was is not None
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text(now.title)
    notice = page.locator(".dt-walker-changed")
    expect(notice).to_be_visible()
    entry = changelog.newer_than(MAIN, "2026-11-22")[0]
    expect(notice).to_contain_text(
        f"This link records that these answers led to “{was.title}” on the advice of "
        f"{long_date('2026-11-22')}"
    )
    expect(notice).to_contain_text(f"Today they lead to “{now.title}”")
    expect(notice).to_contain_text(f"changed on {long_date(entry.date)}")
    expect(notice).to_contain_text(entry.why[:60])
    # Walking on from here is a new walk: the notice goes, and so do v and was.
    page.locator(".dt-walker-revisit").last.click()
    expect(notice).to_have_count(0)
    assert "was=" not in page.url and "v=" not in page.url


def test_an_old_link_to_a_retired_verdict_names_it(page: Page, site_url: str) -> None:
    slug = "add-fine-tuning-to-rag"
    answers = path_answers(slug, get_tree(slug).scenarios[0].answers)
    page.goto(walk_link(site_url, slug, answers, "&v=2026-11-21&was=fine-tune-for-format"))
    expect(page.locator(".dt-walker-changed")).to_contain_text("“Fine-tune for the output format”")


def test_an_answer_that_no_longer_exists_stops_the_walk_with_one_line(
    page: Page, site_url: str
) -> None:
    tree = get_tree(MAIN)
    gap = tree.question("gap")
    assert gap is not None
    page.goto(walk_link(site_url, MAIN, {"gap": "retired-option"}, "&v=2026-11-21&was=rag"))
    expect(page.locator(".dt-walker-question")).to_have_text(gap.text)
    notes = page.locator(".dt-walker-note")
    expect(notes.filter(has_text="“retired-option”")).to_have_count(1)
    expect(
        notes.filter(has_text="This link records that these answers reached “Use RAG”")
    ).to_have_count(1)


def test_a_link_with_todays_version_and_another_verdict_is_damaged(
    page: Page, site_url: str
) -> None:
    answers = guard_first_answers()
    page.goto(walk_link(site_url, MAIN, answers, f"&v={changelog.version(MAIN)}&was=fine-tune"))
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text(
        get_tree(MAIN).verdict("guard-first").title  # type: ignore[union-attr]
    )
    expect(
        page.locator(".dt-walker-version").filter(has_text="This link is damaged")
    ).to_have_count(1)
    expect(page.locator(".dt-walker-changed")).to_have_count(0)


def test_an_old_link_lists_the_changes_since_but_never_the_first_entry(
    page: Page, site_url: str
) -> None:
    first = changelog.entries(MAIN)[-1]
    page.goto(walk_link(site_url, MAIN, guard_first_answers(), f"&v={first.version}&was=fine-tune"))
    items = page.locator(".dt-walker-changes li")
    expect(items).to_have_count(len(changelog.newer_than(MAIN, first.version)))
    expect(page.locator(".dt-walker-changed")).not_to_contain_text(first.why)


@pytest.mark.parametrize(
    ("extra", "note"),
    [
        ("&v=yesterday&was=rag", "advice version we do not know (“yesterday”)"),
        ("&v=2026-02-30&was=rag", "advice version we do not know (“2026-02-30”)"),
        ("&v=2999-01-01&was=rag", "advice version we do not know"),
        ("&v=2026-12-03&was=constructor", "verdict we do not know (“constructor”)"),
        ("&v=%E0%A4%A&was=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "verdict we do not know"),
        ("&v=&was=", "advice version we do not know"),
        ("&v=2026-11-25&was=rag", "advice version we do not know (“2026-11-25”)"),
        ("&v=2026-01-01&was=rag", "advice version we do not know (“2026-01-01”)"),
        ("&v=2026-12-03.9&was=rag", "advice version we do not know (“2026-12-03.9”)"),
    ],
    ids=[
        "word",
        "impossible date",
        "future",
        "prototype key",
        "broken escapes and markup",
        "empty",
        "a date with no entry",
        "before the tree was published",
        "a same-day version that does not exist",
    ],
)
def test_a_damaged_link_falls_back_to_todays_advice_with_one_line(
    page: Page, site_url: str, extra: str, note: str
) -> None:
    page.goto(walk_link(site_url, MAIN, {"gap": "knowledge", "fits": "too-large"}, extra))
    expect(page.locator(".dt-walker-verdict .admonition-title")).to_have_text("Use RAG")
    expect(page.locator(".dt-walker-version").filter(has_text=note)).to_have_count(1)
    expect(page.locator(".dt-walker-changed")).to_have_count(0)
    assert page.locator("img[src=x]").count() == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1366, 390])
def test_screenshots_of_the_record_and_the_changes_page(
    page: Page, site_url: str, scheme: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    page.goto(walk_link(site_url, MAIN, guard_first_answers(), "&v=2026-11-22&was=fine-tune"))
    expect(page.locator(".dt-walker-changed")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".dt-walker-changed").scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / f"record-notice-{scheme}-{width}.png")
    page.locator(".dt-record summary").click()
    page.locator(".dt-record-actions").scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / f"record-{scheme}-{width}.png")
    page.goto(f"{site_url}changes/")
    expect(page.locator(".dt-change").first).to_be_visible()
    page.screenshot(path=SCREENSHOTS / f"changes-{scheme}-{width}.png")


def test_the_browser_escapes_hostile_text_exactly_as_python_does(page: Page, site_url: str) -> None:
    from decision_trees.record import md

    from .test_records import HOSTILE

    corpus = [text for text, _ in HOSTILE] + [
        "\u2028line\u2029sep\x85nel\u00a0nbsp\ufeffbom",
        "1) one 2. two",
        "=== setext",
        "+ plus",
        "٣. Arabic-Indic digit",
        "`code` <b>&amp;</b> [a]: b \\* ~~ ||",
        "emoji 😀 and  double  spaces ",
        "",
    ]
    page.goto(f"{site_url}decide/")
    got = page.evaluate("(texts) => texts.map((t) => window.dtMarkdownText(t))", corpus)
    assert got == [md(text) for text in corpus]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_of_the_record_and_the_old_link_notice(
    page: Page, site_url: str, scheme: str
) -> None:
    from .test_browser import axe_violations

    page.emulate_media(color_scheme=scheme)
    page.goto(walk_link(site_url, MAIN, guard_first_answers(), "&v=2026-11-22&was=fine-tune"))
    expect(page.locator(".dt-walker-changed")).to_be_visible()
    page.locator(".dt-record summary").click()
    expect(page.locator(".dt-record-text")).to_be_visible()
    assert (report := axe_violations(page)) == "", report
    page.goto(f"{site_url}changes/")
    assert (report := axe_violations(page)) == "", report
