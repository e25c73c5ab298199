"""What a link to a page shows (issue 18): its own description, Open Graph and Twitter
card tags, a canonical address, and the page's own preview image, current.

Hand-written pages carry a ``description`` in their front matter; tree pages get
theirs from the tree's summary (decision_trees.publish). The tags are added in
overrides/main.html; the hostile-title case is in tests/test_hostile.py, which has
the build with a hostile tree.
"""

from __future__ import annotations

import json
import struct
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.utils import meta
from mkdocs.utils.yaml import yaml_load

from decision_trees.validate import LIMITS
from scripts.social_card import MANIFEST, card_path, fingerprint, previews

pytestmark = pytest.mark.site
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CONFIG = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
SITE_URL = CONFIG["site_url"].rstrip("/") + "/"  # the published address (SITE_URL overrides it)
REDRAW = "run '.venv/bin/python scripts/social_card.py' and commit docs/assets/images/social/"


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    """Every page a link can point to; 404.html is served in place of a missing one."""
    return [p for p in sorted(site.rglob("*.html")) if p.name != "404.html"]


def tag(page: BeautifulSoup, **attrs: str) -> str:
    """The ``content`` of the one ``<meta>`` matching ``attrs``, as a reader sees it."""
    found = page.find_all("meta", attrs=attrs)
    assert len(found) == 1, f"{len(found)} <meta {attrs}>"
    return found[0]["content"]


def hand_written() -> list[Path]:
    """The Markdown pages people write; tree pages are generated and ignored by git."""
    generated = {p for p in (DOCS / "trees").glob("*.md") if p.name != "index.md"}
    return sorted(p for p in DOCS.rglob("*.md") if p not in generated and "includes" not in p.parts)


@pytest.mark.parametrize("path", hand_written(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_each_hand_written_page_describes_itself_in_one_plain_sentence(path: Path) -> None:
    data = meta.get_data(path.read_text(encoding="utf-8"))[1]
    description = data.get("description")
    assert isinstance(description, str), (
        f"{path.relative_to(ROOT)}: add 'description:' to its front matter (one sentence, "
        "120 to 160 characters, saying what the page gives a reader)"
    )
    assert 120 <= len(description) <= 160, f"{len(description)} characters: {description}"
    # Material prints it into an attribute as it is: no markup, quotes or template syntax.
    assert not set(description) & set('<>&"{}'), description
    assert description == " ".join(description.split())


def test_no_two_pages_share_a_description(built_site: Path) -> None:
    seen: dict[str, list[str]] = {}
    for path in pages(built_site):
        description = tag(soup(path), name="description")
        seen.setdefault(description, []).append(path.relative_to(built_site).as_posix())
    shared = {d: where for d, where in seen.items() if len(where) > 1}
    assert not shared, "\n".join(f"{where}: {d}" for d, where in shared.items())


def test_every_page_has_a_description_of_reasonable_length(built_site: Path) -> None:
    for path in pages(built_site):
        description = tag(soup(path), name="description")
        # 120 to 160 by hand; a tree's summary may run to the validator's limit.
        assert 100 <= len(description) <= LIMITS["summary"], (path, description)
        assert description != " ".join(CONFIG["site_description"].split()), path


def test_every_page_has_link_preview_tags_and_a_canonical_address(built_site: Path) -> None:
    for path in pages(built_site):
        page = soup(path)
        where = path.parent.relative_to(built_site).as_posix()
        url = SITE_URL if where == "." else f"{SITE_URL}{where}/"
        canonical = page.find_all("link", rel="canonical")
        assert [link["href"] for link in canonical] == [url], path
        assert tag(page, property="og:url") == url
        assert tag(page, property="og:title").strip(), path
        assert tag(page, property="og:description") == tag(page, name="description"), path
        assert tag(page, property="og:site_name") == CONFIG["site_name"]
        assert tag(page, property="og:type") == ("website" if where == "." else "article")
        assert tag(page, property="og:image") == SITE_URL + card_path(url.removeprefix(SITE_URL))
        assert tag(page, property="og:image:alt").startswith(CONFIG["site_name"])
        assert tag(page, name="twitter:card") == "summary_large_image"


def test_og_title_is_the_pages_title(built_site: Path) -> None:
    home = soup(built_site / "index.html")
    assert tag(home, property="og:title") == CONFIG["site_name"]
    costs = soup(built_site / "costs" / "index.html")
    assert tag(costs, property="og:title") == "Costs"
    tree = soup(built_site / "trees" / "rag-vs-fine-tuning" / "index.html")
    assert tag(tree, property="og:title") == "RAG or fine-tuning?"


def test_every_pages_preview_image_is_a_1200_by_630_png_in_the_site(built_site: Path) -> None:
    shown = previews(built_site)
    assert len(shown) == len(pages(built_site))
    missing = [
        url
        for url, page in shown.items()
        if not (built_site / page["image"].removeprefix(SITE_URL)).is_file()
    ]
    assert missing == [], f"no preview image for {missing}: {REDRAW}"
    for page in shown.values():
        image = built_site / page["image"].removeprefix(SITE_URL)
        head = image.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", image
        assert struct.unpack(">II", head[16:24]) == (1200, 630), image


def test_each_preview_image_shows_its_pages_current_title_and_description(
    built_site: Path,
) -> None:
    """cards.json records what scripts/social_card.py drew on each card."""
    drawn = json.loads(MANIFEST.read_text(encoding="utf-8"))
    shown = {
        url: fingerprint(CONFIG["site_name"], page["title"], page["description"])
        for url, page in previews(built_site).items()
    }
    stale = sorted(
        url or "(home)" for url in shown if drawn.get(url, {}).get("sha256") != shown[url]
    )
    assert stale == [], f"these pages' cards show an old title or description: {stale}; {REDRAW}"
    gone = sorted(set(drawn) - set(shown))
    assert gone == [], f"cards for pages that no longer exist: {gone}; {REDRAW}"


def test_the_preview_images_stay_small() -> None:
    images = list(MANIFEST.parent.rglob("*.png"))
    total = sum(image.stat().st_size for image in images)
    assert total < 1_500_000 and max(image.stat().st_size for image in images) < 80_000, total
