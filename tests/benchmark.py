"""Benchmark: what the SVG cache saves, what check, the cost model and a site build cost, and Lighthouse.

Also checks a generated 150-question tree, from its file (read as data, validated, every
mutant tried), and compares the mutation analysis with its brute-force definition.

Run: .venv/bin/python tests/benchmark.py [--repeat N]
Prints medians of N runs and the ratios between them; compare ratios, not
absolute times, across machines. Not collected by pytest (timing is not a test).

Run: .venv/bin/python tests/benchmark.py --lighthouse [--repeat N] [--site DIR]
Builds the site (or takes DIR) and serves it on 127.0.0.1 the way GitHub Pages
serves it, gzip-compressed, then runs Lighthouse (mobile with its simulated slow
4G, and desktop) on Decide, every tree page, the home page and two plain prose
pages. The runs go round-robin, one page after another N times, so a busy moment
on the machine falls on every page alike. Prints the median performance,
accessibility and cumulative layout shift of each page, then checks issue 10's
goals against those medians. Lighthouse comes from npm (``npm install
lighthouse@13`` anywhere; point $LIGHTHOUSE at its binary or put it on PATH) and
drives the Chromium in $CHROME_PATH, else the first on PATH.

Run: .venv/bin/python tests/benchmark.py --suite [--repeat N] [--tree SLUG]
Times the whole test suite in one process (-n 0) and in parallel the way
``./dev test`` runs it (-n auto --dist loadgroup), round-robin N times, and prints
each median and the ratio. With --tree SLUG it times ``./dev tree SLUG`` instead
(the tree's check, then its tests but those in Chromium, in parallel) next to the
same tests in one process; add --browser for ``./dev tree SLUG --browser``. Set PYTEST_XDIST_AUTO_NUM_WORKERS to fix the number of workers. A run
that fails is reported as failed: its time measures nothing.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from decision_trees import costs, render  # noqa: E402
from decision_trees.analysis import (  # noqa: E402
    mutant_count,
    surviving_mutants,
    surviving_mutants_brute_force,
)
from decision_trees.loader import all_trees, load_trees  # noqa: E402
from decision_trees.validate import validate  # noqa: E402
from tests.treegen import balanced_tree  # noqa: E402


def median_seconds(
    action: Callable[[], object], repeat: int, before: Callable[[], object] = lambda: None
) -> float:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def clear(cache: Path) -> None:
    for entry in cache.glob("*.svg"):
        entry.unlink()


def build(env: dict[str, str], out: str) -> None:
    """Publish, then build, as ./dev build does."""
    for command in (
        ["-m", "decision_trees", "publish"],
        ["-m", "mkdocs", "build", "--strict", "-q", "-d", out],
    ):
        subprocess.run(
            [sys.executable, *command], cwd=ROOT, env=env, check=True, capture_output=True
        )


def write_tree_file(directory: Path, questions: int) -> Path:
    """A generated tree as a contributor's file: the model's repr is a valid tree file."""
    tree = balanced_tree(questions)
    path = directory / f"{tree.slug.replace('-', '_')}.py"
    path.write_text(
        "from decision_trees.model import Option, Question, Scenario, Tree, Verdict\n\n"
        f"TREE = {tree!r}\n",
        encoding="utf-8",
    )
    return path


PROSE = ("glossary/", "maintenance/")
"""Plain prose pages: what Decide and the tree pages are measured against."""


def lighthouse_binary() -> str:
    found = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    if not found:
        sys.exit(
            "benchmark: Lighthouse not found: run 'npm install lighthouse@13' in a folder "
            "outside the repository and set LIGHTHOUSE=<folder>/node_modules/.bin/lighthouse"
        )
    return found


def chrome_binary() -> str:
    for candidate in (
        os.environ.get("CHROME_PATH"),
        shutil.which("chromium"),
        shutil.which("google-chrome"),
    ):
        if candidate:
            return candidate
    sys.exit("benchmark: no Chromium found: install it or set CHROME_PATH")


def lighthouse_once(binary: str, chrome: str, url: str, desktop: bool) -> dict[str, float]:
    """One Lighthouse run: performance and accessibility (0-100) and cumulative layout shift."""
    command = [
        binary,
        url,
        "--chrome-flags=--headless=new --no-sandbox",
        "--output=json",
        "--quiet",
        "--only-categories=performance,accessibility",
    ]
    if desktop:
        command.append("--preset=desktop")
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CHROME_PATH": chrome},
    )
    if done.returncode != 0:
        sys.exit(f"benchmark: lighthouse failed on {url}: {done.stderr.strip()[-500:]}")
    report = json.loads(done.stdout)
    return {
        "performance": report["categories"]["performance"]["score"] * 100,
        "accessibility": report["categories"]["accessibility"]["score"] * 100,
        "cls": report["audits"]["cumulative-layout-shift"]["numericValue"],
    }


class _AsPages(http.server.SimpleHTTPRequestHandler):
    """Serves text files gzip-compressed when the browser accepts it, as GitHub Pages does.

    Measuring uncompressed pages would weigh every byte of inline SVG several times
    over and rank pages by a cost readers never pay.
    """

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (
            path.is_file()
            and path.suffix in self.COMPRESSED
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


GOALS = (
    "mobile performance within 3 points of the prose pages",
    "cumulative layout shift at most 0.05",
    "accessibility at least 95",
    "desktop performance 100",
)


def goals(medians: dict[tuple[str, str], dict[str, float]], measured: list[str]) -> list[str]:
    """Issue 10's goals, each page that misses one named: the list is empty when all hold."""
    prose = statistics.mean(medians[(p, "mobile")]["performance"] for p in PROSE)
    misses = []
    for path in measured:
        mobile, desktop = medians[(path, "mobile")], medians[(path, "desktop")]
        if mobile["performance"] < prose - 3:
            misses.append(f"/{path}: mobile {mobile['performance']:.0f} < prose {prose:.0f} - 3")
        for form, med in (("mobile", mobile), ("desktop", desktop)):
            if med["cls"] > 0.05:
                misses.append(f"/{path}: {form} CLS {med['cls']:.3f}")
            if med["accessibility"] < 95:
                misses.append(f"/{path}: {form} accessibility {med['accessibility']:.0f}")
        if desktop["performance"] < 100:
            misses.append(f"/{path}: desktop {desktop['performance']:.0f}")
    return misses


def lighthouse(repeat: int, site: Path | None) -> None:
    binary, chrome = lighthouse_binary(), chrome_binary()
    with tempfile.TemporaryDirectory() as tmp:
        if site is None:
            site = Path(tmp) / "site"
            build({**os.environ, "NO_MKDOCS_2_WARNING": "1"}, str(site))
        handler = functools.partial(_AsPages, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        measured = ["decide/", *(f"trees/{t.slug}/" for t in all_trees())]
        paths = [*measured, "", *PROSE]
        forms = ("mobile", "desktop")
        runs: dict[tuple[str, str], list[dict[str, float]]] = {
            (p, f): [] for p in paths for f in forms
        }
        print(f"Lighthouse ({binary}), gzip as on GitHub Pages, median of {repeat} rounds")
        try:
            for _ in range(repeat):
                for form in forms:
                    for path in paths:
                        runs[(path, form)].append(
                            lighthouse_once(binary, chrome, base + path, form == "desktop")
                        )
        finally:
            server.shutdown()
    medians = {
        key: {k: statistics.median(r[k] for r in results) for k in results[0]}
        for key, results in runs.items()
    }
    print(f"  {'page':40} {'form':8} {'perf':>5} {'range':>7} {'a11y':>5} {'CLS':>6}")
    for form in forms:
        for path in paths:
            med, perf = medians[(path, form)], [r["performance"] for r in runs[(path, form)]]
            print(
                f"  {'/' + path:40} {form:8} {med['performance']:5.0f} "
                f"{min(perf):3.0f}-{max(perf):<3.0f} {med['accessibility']:5.0f} {med['cls']:6.3f}"
            )
    misses = goals(medians, measured)
    print("Goals (Decide and every tree page): " + "; ".join(GOALS))
    print("  all hold" if not misses else "\n".join(f"  missed: {m}" for m in misses))


PARALLEL = ("-n", "auto", "--dist", "loadgroup")
"""What ``./dev`` adds to pytest's arguments."""


def timed_run(command: list[str]) -> tuple[float, str, bool]:
    """Wall time of one command, pytest's last summary line, and whether it passed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    summary = re.sub(r"^=+ | =+$", "", lines[-1]) if lines else done.stderr.strip()[-200:]
    return seconds, summary, done.returncode == 0


def suite(repeat: int, tree: str | None, browser: bool) -> None:
    """The suite (or one tree's loop) in one process and in parallel, round-robin."""
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    selection = ["--tree", tree, *([] if browser else ["-m", "not browser"])] if tree else []
    check = [sys.executable, "-m", "decision_trees", "check", *([tree] if tree else [])]
    serial = [*pytest, "-n", "0", *selection]
    parallel = [*pytest, *PARALLEL, *selection]
    if tree:
        forms = {
            f"tests of {tree}, serial (-n 0)": [serial],
            f"./dev tree {tree}{' --browser' if browser else ''}: check + tests, parallel": [
                check,
                parallel,
            ],
        }
    else:
        forms = {"serial (-n 0)": [serial], "parallel (" + " ".join(PARALLEL) + ")": [parallel]}
    env_workers = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"{'one tree, ' + tree if tree else 'whole suite'}: median of {repeat} rounds, "
        f"{cores} cores, workers {env_workers or 'auto'}"
    )
    times: dict[str, list[float]] = {form: [] for form in forms}
    for round_ in range(1, repeat + 1):
        for form, commands in forms.items():
            total, ok, summary = 0.0, True, ""
            for command in commands:
                seconds, summary, passed = timed_run(command)
                total, ok = total + seconds, ok and passed
            times[form].append(total)
            status = "" if ok else "   FAILED: this time measures nothing"
            print(f"  round {round_}: {form:55} {total:7.1f} s   {summary}{status}", flush=True)
    medians = {form: statistics.median(t) for form, t in times.items()}
    for form, median in medians.items():
        print(f"  median {form:55} {median:7.1f} s")
    first, second = medians.values()
    print(
        f"  parallel takes {second / first:.2f} of the serial time ({first / second:.2f}x faster)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument(
        "--lighthouse", action="store_true", help="run Lighthouse on the built site"
    )
    parser.add_argument("--site", type=Path, help="with --lighthouse: a built site to serve")
    parser.add_argument(
        "--suite", action="store_true", help="time the test suite serial and in parallel"
    )
    parser.add_argument("--tree", metavar="SLUG", help="with --suite: time one tree's loop")
    parser.add_argument(
        "--browser", action="store_true", help="with --tree: its Chromium tests too"
    )
    args = parser.parse_args()
    if (args.tree and not args.suite) or (args.browser and not args.tree):
        parser.error("--tree goes with --suite, --browser with --tree")
    if args.suite:
        suite(args.repeat, args.tree, args.browser)
        return
    if args.lighthouse:
        lighthouse(args.repeat, args.site)
        return
    repeat = args.repeat
    trees = all_trees()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        os.environ["DECISION_TREES_CACHE"] = str(cache)
        svg_dir = render.cache_dir()
        draw_all = lambda: [render.to_svg(t) for t in trees]  # noqa: E731
        cold = median_seconds(draw_all, repeat, before=lambda: clear(svg_dir))
        draw_all()
        warm = median_seconds(draw_all, repeat)
        check = median_seconds(lambda: [validate(t) for t in trees], repeat)
        big_file = write_tree_file(Path(tmp), 150)
        [big] = load_trees([big_file])
        assert big.problems == [] and big.tree is not None, big.problems
        check_big = median_seconds(lambda: load_trees([big_file]), repeat)
        small = balanced_tree(25)
        fast_25 = median_seconds(lambda: surviving_mutants(small), repeat)
        brute_25 = median_seconds(lambda: surviving_mutants_brute_force(small), 1)
        scenarios = [costs.preset_scenario(p) for p in costs.PRESETS.values()]
        model = median_seconds(lambda: [costs.compute(s) for s in scenarios], repeat)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        out = str(Path(tmp) / "site")
        build_cold = median_seconds(lambda: build(env, out), repeat, before=lambda: clear(svg_dir))
        build_warm = median_seconds(lambda: build(env, out), repeat)
    print(f"{len(trees)} trees, median of {repeat} runs each")
    print(f"  draw every tree, cache empty : {cold * 1000:8.1f} ms")
    print(f"  draw every tree, cache warm  : {warm * 1000:8.1f} ms   ({cold / warm:.0f}x faster)")
    print(f"  validate every tree (mutants): {check * 1000:8.1f} ms")
    print(
        f"  check a 150-question file    : {check_big * 1000:8.1f} ms   "
        f"({mutant_count(big.tree)} mutants, {len(big.tree.scenarios)} scenarios)"
    )
    print(
        f"  mutants of 25 questions      : {fast_25 * 1000:8.1f} ms   "
        f"(brute force {brute_25 * 1000:.0f} ms, {brute_25 / fast_25:.0f}x slower)"
    )
    print(f"  cost model, every preset     : {model * 1000:8.3f} ms")
    print(f"  site build, cache empty      : {build_cold * 1000:8.1f} ms")
    print(
        f"  site build, cache warm       : {build_warm * 1000:8.1f} ms   ({build_cold / build_warm:.1f}x faster)"
    )


if __name__ == "__main__":
    main()
