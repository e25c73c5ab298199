"""Shared fixtures: the trees, the real built site, a local server for it, and Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from decision_trees.loader import all_trees
from decision_trees.model import Tree

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "screenshots"


def last_commit_epoch(repo: Path = ROOT) -> str | None:
    """The last commit's time in seconds since the epoch, or None outside git."""
    done = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=repo, capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or None if done.returncode == 0 else None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--tree",
        action="append",
        default=[],
        metavar="SLUG",
        help="run only the tests that concern this tree (repeatable); see concerns_tree",
    )


def concerns_tree(item: pytest.Item, slug: str) -> bool:
    """Whether a test is about one tree: a parameter is the tree or its slug, or the
    parameters' id names the slug whole (``slug/scenario``, ``trees/slug/``, ``'slug'``).

    Whole, not as a substring as ``-k`` matches: ``-k rag`` would pick most of the suite."""
    callspec = getattr(item, "callspec", None)
    if callspec is None:
        return False
    if any(v == slug or getattr(v, "slug", None) == slug for v in callspec.params.values()):
        return True
    ident = callspec.id.removeprefix("chromium-")  # pytest-playwright's browser name
    return re.search(rf"(?<![a-z0-9-]){re.escape(slug)}(?![a-z0-9-])", ident) is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    slugs = config.getoption("--tree")
    if not slugs:
        return
    known = {t.slug for t in all_trees()}
    if unknown := [s for s in slugs if s not in known]:
        raise pytest.UsageError(
            f"--tree: no tree {', '.join(map(repr, unknown))}; trees are: {', '.join(sorted(known))}"
        )
    kept = [i for i in items if any(concerns_tree(i, s) for s in slugs)]
    chosen = {id(i) for i in kept}
    config.hook.pytest_deselected(items=[i for i in items if id(i) not in chosen])
    items[:] = kept


def pytest_configure(config: pytest.Config) -> None:
    """Builds made by the tests take their dates from the last commit, as ``./dev`` sets them."""
    if "SOURCE_DATE_EPOCH" not in os.environ and (epoch := last_commit_epoch()):
        os.environ["SOURCE_DATE_EPOCH"] = epoch


@pytest.fixture(scope="session")
def trees() -> list[Tree]:
    return all_trees()


BUILDER = os.environ.get("SITE_BUILDER", "mkdocs")
"""Which generator made the site under test: ``mkdocs`` (built here) or ``zensical``
(built before the run, into ``SITE_DIR``; see the Zensical job in .github/workflows/ci.yml)."""


def publish_and_build(
    out: Path, cwd: Path = ROOT, env: dict[str, str] | None = None, *quiet: str
) -> tuple[bool, str]:
    """``python -m decision_trees publish``, then ``mkdocs build --strict`` into ``out``, as
    ``./dev build`` runs them; whether both passed, and what they printed."""
    printed = ""
    for command in (
        [sys.executable, "-m", "decision_trees", "publish"],
        [sys.executable, "-m", "mkdocs", "build", "--strict", *quiet, "--site-dir", str(out)],
    ):
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, env=env
        )
        printed += done.stdout + done.stderr
        if done.returncode != 0:
            return False, f"{' '.join(command[2:4])} failed:\n{done.stdout}\n{done.stderr}"
    return True, printed


def _build_site(out: Path) -> str | None:
    """``mkdocs build --strict`` into ``out``, after publish; None on success, else the output."""
    passed, printed = publish_and_build(out)
    if not passed:
        return printed
    (out / ".build-log").write_text(printed, encoding="utf-8")
    return None


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as ``mkdocs build --strict`` makes it, built once per test session.

    With ``SITE_BUILDER=zensical`` it is the site in ``SITE_DIR`` instead, built by
    ``zensical build --strict`` before the run (this machine's MkDocs is not used).

    Under pytest-xdist every worker is a session of its own: the first worker to get
    here builds into the folder the workers share, under a lock, and the others wait
    for it and read the same site (tests only read it)."""
    if BUILDER != "mkdocs":
        site = Path(os.environ.get("SITE_DIR", ""))
        if BUILDER != "zensical" or not (site / "index.html").is_file():
            pytest.fail(
                f"SITE_BUILDER={BUILDER!r} needs SITE_BUILDER=zensical and SITE_DIR set to the "
                "folder 'zensical build' wrote (it holds index.html)",
                pytrace=False,
            )
        return site
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = tmp_path_factory.mktemp("site")
        if (failure := _build_site(out)) is not None:
            pytest.fail(f"mkdocs build --strict failed:\n{failure}", pytrace=False)
        return out
    import fcntl  # POSIX, as ./dev is; only needed when the site is shared

    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, above each worker's
    out, failed = shared / "site", shared / "site.failed"
    with (shared / "site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if not (out / ".build-log").exists() and not failed.exists():
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            if (failure := _build_site(out)) is not None:
                failed.write_text(failure, encoding="utf-8")
    if failed.exists():
        pytest.fail(
            f"mkdocs build --strict failed:\n{failed.read_text(encoding='utf-8')}",
            pytrace=False,
        )
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """A built site served on a loopback port; yields its root URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on a loopback port for the browser tests."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config) -> str | None:
    """pytest-playwright's ``base_url`` (``--base-url`` or the ``base_url`` ini value), as a
    plain function: the plugin's own is an instance method of a class, which pytest 9
    deprecates with a warning on every run that launches a browser."""
    return pytestconfig.getoption("--base-url", None) or pytestconfig.getini("base_url") or None


def keep_local(page: Page, site_url: str, built_site: Path) -> None:
    """Keep the browser off the network, and let instant navigation work on the local server.

    Material only swaps pages for URLs in its sitemap, which names the published
    site; pointing the sitemap at the local server makes the tests see what readers see.
    Undo with ``page.unroute_all(behavior="ignoreErrors")``: Material may still be fetching
    the sitemap when a test ends, and closing the page under that fetch would fail the next
    test's setup."""
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


def chromium_executable() -> str | None:
    """A Chromium or Chrome already on the machine (Playwright cannot download one everywhere)."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    mac = Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
    return str(mac) if mac.exists() else None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Point pytest-playwright at the installed Chromium, with no background network."""
    executable = chromium_executable()
    if executable is None:
        pytest.fail(
            "no Chromium found: run './dev test', which installs it, or set CHROMIUM_PATH",
            pytrace=False,
        )
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


def drawn_ids(tree: Tree, node: str, prefix: str) -> list[str]:
    """Ids a node may be drawn under: its own, or for a verdict several answers lead to, one
    leaf per answer (``q--key--verdict``, see render.to_dot)."""
    ids = [f"{prefix}-{node}"]
    if tree.verdict(node) is not None:
        ids += [
            f"{prefix}-{q.id}--{k}--verdict"
            for q in tree.questions
            for k, o in q.options.items()
            if o.goto == node
        ]
    return ids


def lit_ids(tree: Tree, decision: Any, prefix: str, exists: Callable[[str], bool]) -> set[str]:
    """What a figure lights for a decision: each question on the path, each answer's box,
    stem and arrow, and the verdict's box (the leaf under the last answer, if it has one)."""
    ids = set()
    for step in decision.path:
        answer = f"{prefix}-{step.question}--{step.option}"
        ids |= {f"{prefix}-{step.question}", answer, f"{answer}--in", f"{answer}--out"}
    last = decision.path[-1]
    leaf = f"{prefix}-{last.question}--{last.option}--verdict"
    ids.add(leaf if exists(leaf) else f"{prefix}-{decision.verdict}")
    return ids
