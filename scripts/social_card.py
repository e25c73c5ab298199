"""Draw each page's link-preview image (1200 x 630) under docs/assets/images/social/.

Open Graph and Twitter cards (overrides/main.html) point a page at
``assets/images/social/<its URL>.png`` (``index.png`` for the home page): the
page's title and description, under the site's name. Material's social plugin
would draw these at build time, but it needs Cairo, Pillow and fonts fetched from
Google Fonts; this project builds offline and byte-identically, so the cards are
drawn here and committed, and the build never runs this script.

It builds the site (strict) into a temporary folder and reads each page's
og:title and og:description as a reader's link preview shows them, tree pages
included. ``cards.json`` beside the images records, per page, the image and a
SHA-256 of the text drawn on it; tests/test_page_metadata.py recomputes it from
the built site and fails when a page's title or description changed without its
card being drawn again. Then run:

    .venv/bin/python scripts/social_card.py

It renders HTML cards in headless Chromium (CHROMIUM_PATH, or chromium or Chrome
on PATH), with the machine's own sans-serif fonts, and stores them as 8-bit
palette PNGs (at most 256 colours; the rare edge shades take the nearest) to keep
them small.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CARDS = "assets/images/social"
MANIFEST = DOCS / CARDS / "cards.json"
WIDTH, HEIGHT = 1200, 630

# The home page's four answers, in the words of its lede.
ANSWERS = [
    ("Lacks facts", "RAG"),
    ("Behaves wrongly", "Fine-tuning"),
    ("Does both", "Both"),
    ("Not measured yet", "Neither yet"),
]

STYLE = """
  html, body {{ margin: 0; width: {width}px; height: {height}px; }}
  body {{
    box-sizing: border-box; padding: 64px 80px 64px;
    display: flex; flex-direction: column;
    background: #3f51b5; color: #fff;
    font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
  }}
  .site {{ margin: 0 0 28px; font-size: 30px; font-weight: 700; color: #64ffda; }}
  h1 {{ margin: 0; font-size: {title_size}px; line-height: 1.08; letter-spacing: -1px;
        overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
        -webkit-line-clamp: 3; overflow: hidden; }}
  p {{ margin: 28px 0 0; font-size: 34px; line-height: 1.35; max-width: 1040px;
       color: rgba(255, 255, 255, 0.9); overflow-wrap: anywhere;
       display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: {lines};
       overflow: hidden; }}
  ul {{ margin: auto 0 0; padding: 0; list-style: none; display: flex; gap: 20px; }}
  li {{ flex: 1; padding: 18px 20px; border-radius: 10px; background: #303f9f;
        border-top: 6px solid #64ffda; }}
  li span {{ display: block; font-size: 22px; color: rgba(255, 255, 255, 0.8); }}
  li b {{ display: block; margin-top: 6px; font-size: 32px; }}
  .rule {{ margin-top: auto; height: 10px; background: #64ffda; border-radius: 5px;
           width: 160px; }}
"""


def card_path(url: str) -> str:
    """A page's card, from its URL relative to the site: ``costs/`` -> social/costs.png."""
    return f"{CARDS}/{url.strip('/') or 'index'}.png"


def fingerprint(site_name: str, title: str, description: str) -> str:
    """What a card shows, hashed: a changed title or description means a stale card."""
    text = "\n".join((site_name, title, description))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def card_html(site_name: str, title: str, description: str, home: bool) -> str:
    """One card as HTML. Every text is escaped: tree titles come from contributors."""
    style = STYLE.format(
        width=WIDTH,
        height=HEIGHT,
        title_size=88 if home or len(title) <= 28 else 68,
        lines=3 if home else 4,
    )
    if home:
        answers = "".join(
            f"<li><span>{html.escape(when)}</span><b>{html.escape(what)}</b></li>"
            for when, what in ANSWERS
        )
        body = f"<h1>{html.escape(title)}</h1><p>{html.escape(description)}</p><ul>{answers}</ul>"
    else:
        body = (
            f'<div class="site">{html.escape(site_name)}</div>'
            f"<h1>{html.escape(title)}</h1><p>{html.escape(description)}</p>"
            '<div class="rule"></div>'
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<style>{style}</style></head><body>{body}</body></html>"
    )


def meta(page: BeautifulSoup, prop: str) -> str:
    found = page.find("meta", property=prop)
    return " ".join(str(found["content"]).split()) if found else ""


def previews(site: Path) -> dict[str, dict[str, str]]:
    """URL -> the og:title, og:description and og:image path of every page that has them."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if not (image := meta(page, "og:image")):
            continue  # 404.html
        url = path.parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        found[url] = {
            "title": meta(page, "og:title"),
            "description": meta(page, "og:description"),
            "image": image,
        }
    return found


# Chromium decodes its own screenshot on a canvas and maps each pixel to one of the 256
# most frequent colours (others to the nearest of them, by weighted RGB distance).
QUANTISE = """async (png) => {
  const img = new Image();
  img.src = "data:image/png;base64," + png;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height;
  const context = canvas.getContext("2d");
  context.drawImage(img, 0, 0);
  const data = context.getImageData(0, 0, img.width, img.height).data;
  const key = (i) => (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) counts.set(key(i), (counts.get(key(i)) || 0) + 1);
  const palette = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 256).map((e) => e[0]);
  const index = new Map(palette.map((colour, i) => [colour, i]));
  const nearest = (c) => {
    let best = 0, bestDistance = Infinity;
    palette.forEach((p, i) => {
      const r = (c >> 16) - (p >> 16), g = ((c >> 8) & 255) - ((p >> 8) & 255), b = (c & 255) - (p & 255);
      const distance = 2 * r * r + 4 * g * g + 3 * b * b;
      if (distance < bestDistance) { bestDistance = distance; best = i; }
    });
    return best;
  };
  let out = "";
  for (let i = 0; i < data.length; i += 4) {
    let n = index.get(key(i));
    if (n === undefined) index.set(key(i), (n = nearest(key(i))));
    out += String.fromCharCode(n);
  }
  return { width: img.width, height: img.height, palette, pixels: btoa(out) };
}"""


def palette_png(tab: Page, screenshot: bytes) -> bytes:
    """The screenshot as an 8-bit palette PNG, a fraction of the size of Chromium's RGB one."""
    found = tab.evaluate(QUANTISE, base64.b64encode(screenshot).decode("ascii"))
    width, height = found["width"], found["height"]
    pixels = base64.b64decode(found["pixels"])
    rows = b"".join(b"\x00" + pixels[y * width : (y + 1) * width] for y in range(height))
    plte = b"".join(struct.pack(">I", c)[1:] for c in found["palette"])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", plte)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def chromium() -> str:
    """A Chromium or Chrome on this machine, as the tests find one (tests/conftest.py)."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    sys.exit("social_card: no Chromium found; install it or set CHROMIUM_PATH")


def build(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"social_card: mkdocs build --strict failed:\n{done.stdout}{done.stderr}")


def main() -> None:
    site_name = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        pages = previews(Path(tmp))
    manifest = {}
    shutil.rmtree(DOCS / CARDS, ignore_errors=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
        for url, page in pages.items():
            image = card_path(url)
            tab.set_content(card_html(site_name, page["title"], page["description"], url == ""))
            shot = tab.screenshot(clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
            out = DOCS / image
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(palette_png(tab, shot))
            manifest[url] = {
                "image": image,
                "sha256": fingerprint(site_name, page["title"], page["description"]),
            }
        browser.close()
    MANIFEST.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    total = sum(f.stat().st_size for f in (DOCS / CARDS).rglob("*.png"))
    print(f"wrote {len(manifest)} cards under docs/{CARDS}/ ({total // 1024} KiB) and cards.json")


if __name__ == "__main__":
    main()
