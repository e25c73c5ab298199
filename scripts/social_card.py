"""Draw the site's link-preview image, docs/assets/images/social-card.png (1200 x 630).

Open Graph and Twitter cards (overrides/main.html) point every page at this one
image. Material's social plugin would draw a card per page, but it needs Cairo,
Pillow and fonts fetched from Google Fonts at build time; this project builds
offline and byte-identically, so the card is drawn once, here, and committed.
The build never runs this script. Run it again after changing ``site_name`` or
``site_description`` in mkdocs.yml (the card prints both, and the image's alt
text in overrides/main.html is made from them):

    .venv/bin/python scripts/social_card.py

It renders an HTML card in headless Chromium (CHROMIUM_PATH, or chromium or
Chrome on PATH), with the machine's own sans-serif fonts.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from pathlib import Path

from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "assets" / "images" / "social-card.png"
WIDTH, HEIGHT = 1200, 630

# The home page's four answers, in the words of its lede.
ANSWERS = [
    ("Lacks facts", "RAG"),
    ("Behaves wrongly", "Fine-tuning"),
    ("Does both", "Both"),
    ("Not measured yet", "Neither yet"),
]

CARD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body {{ margin: 0; width: {width}px; height: {height}px; }}
  body {{
    box-sizing: border-box; padding: 72px 80px 64px;
    display: flex; flex-direction: column;
    background: #3f51b5; color: #fff;
    font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
  }}
  h1 {{ margin: 0; font-size: 88px; line-height: 1.05; letter-spacing: -1px; }}
  p {{ margin: 28px 0 0; font-size: 34px; line-height: 1.35; max-width: 1000px;
       color: rgba(255, 255, 255, 0.88); }}
  ul {{ margin: auto 0 0; padding: 0; list-style: none; display: flex; gap: 20px; }}
  li {{ flex: 1; padding: 18px 20px; border-radius: 10px; background: #303f9f;
        border-top: 6px solid #64ffda; }}
  li span {{ display: block; font-size: 22px; color: rgba(255, 255, 255, 0.8); }}
  li b {{ display: block; margin-top: 6px; font-size: 32px; }}
</style></head><body>
  <h1>{title}</h1>
  <p>{description}</p>
  <ul>{answers}</ul>
</body></html>
"""


def card_html() -> str:
    """The card as HTML, its title and description taken from mkdocs.yml."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    answers = "".join(
        f"<li><span>{html.escape(when)}</span><b>{html.escape(what)}</b></li>"
        for when, what in ANSWERS
    )
    return CARD.format(
        width=WIDTH,
        height=HEIGHT,
        title=html.escape(config["site_name"]),
        description=html.escape(" ".join(config["site_description"].split())),
        answers=answers,
    )


def chromium() -> str:
    """A Chromium or Chrome on this machine, as the tests find one (tests/conftest.py)."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    sys.exit("social_card: no Chromium found; install it or set CHROMIUM_PATH")


def main() -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
        page.set_content(card_html())
        OUT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUT), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
        browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
