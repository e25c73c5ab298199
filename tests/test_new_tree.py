"""A contributor's path end to end: ``new``, edit, ``check``, publish, build, test; only the
new tree file and the nav's generated block change."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from decision_trees import navigation

ROOT = Path(__file__).resolve().parents[1]
SLUG = "vector-store-choice"
IGNORED = ("site/", "docs/trees/", "docs/changes.xml", ".pytest_cache/", "screenshots/")


def tracked_files() -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [f for f in listing.stdout.splitlines() if (ROOT / f).is_file()]


def snapshot(repo: Path) -> dict[str, str]:
    result = {}
    for path in repo.rglob("*"):
        rel = path.relative_to(repo).as_posix()
        if path.is_file() and "__pycache__" not in rel and not rel.startswith(IGNORED):
            result[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the repository as a fresh clone has it (ignored files left out)."""
    copy = tmp_path / "repo"
    for name in tracked_files():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, copy / name)
    return copy


@pytest.mark.site
def test_a_new_tree_reaches_the_site_and_the_tests(repo: Path) -> None:
    before = snapshot(repo)

    made = run(repo, "-m", "decision_trees", "new", SLUG)
    assert made.returncode == 0, made.stderr
    tree_file = repo / "decision_trees" / "trees" / "vector_store_choice.py"
    assert made.stdout.startswith(f"wrote {tree_file.relative_to(repo)}: edit it")

    # The scaffold passes the check before any edit.
    assert run(repo, "-m", "decision_trees", "check", SLUG).returncode == 0

    # Edit it as the contributing page describes: own title, question and verdict text.
    text = tree_file.read_text()
    text = text.replace('title="Vector store choice?"', 'title="Which vector store?"')
    text = text.replace(
        '"What is the first thing to ask?"', '"Is the corpus above a million chunks?"'
    )
    text = text.replace('"What to do when the answer is yes"', '"Use a managed vector database"')
    tree_file.write_text(text)
    checked = run(repo, "-m", "decision_trees", "check", SLUG)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    published = run(repo, "-m", "decision_trees", "publish")
    assert published.returncode == 0, published.stdout + published.stderr
    built = run(repo, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site")
    assert built.returncode == 0, built.stdout + built.stderr
    page = (repo / "site" / "trees" / SLUG / "index.html").read_text()
    assert "Which vector store?" in page and f'id="dt-{SLUG}-first-question"' in page
    assert "Use a managed vector database" in page
    catalogue = (repo / "site" / "trees" / "index.html").read_text()
    assert f'href="{SLUG}/"' in catalogue
    assert (repo / "site" / "trees" / f"{SLUG}.json").is_file()

    tested = run(
        repo, "-m", "pytest", "-v", "-p", "no:cacheprovider", "tests/test_scenarios.py", "-k", SLUG
    )
    assert tested.returncode == 0, tested.stdout
    for test_id in (f"{SLUG}/a-team-that-answers-yes", f"{SLUG}/a-team-that-answers-no"):
        assert f"test_scenario_reaches_documented_verdict[{test_id}] PASSED" in tested.stdout
    assert "5 passed" in tested.stdout  # two scenarios, well formed, coverage, mutants

    after = snapshot(repo)
    added = sorted(set(after) - set(before))
    changed = sorted(f for f in before if after.get(f) != before[f])
    assert added == ["decision_trees/trees/vector_store_choice.py"]
    assert changed == ["mkdocs.yml"]  # the new page's entry, in the block publish writes
    nav = (repo / "mkdocs.yml").read_text().split(navigation.START, 1)[1].split(navigation.END)[0]
    assert f'- "Which vector store?": trees/{SLUG}.md' in nav


@pytest.mark.site
def test_a_broken_tree_stops_publish_before_the_build_with_the_checkers_words(repo: Path) -> None:
    assert run(repo, "-m", "decision_trees", "new", SLUG).returncode == 0
    tree_file = repo / "decision_trees" / "trees" / "vector_store_choice.py"
    tree_file.write_text(
        tree_file.read_text().replace('goto="second-verdict"', 'goto="secnd-verdict"')
    )
    published = run(repo, "-m", "decision_trees", "publish")  # ./dev build's first step
    assert published.returncode == 1
    output = published.stdout + published.stderr
    assert "Traceback" not in output
    assert (
        "nothing was published" in output and not (repo / "docs" / "trees" / f"{SLUG}.md").exists()
    )
    assert (
        "goes to 'secnd-verdict', which is not a question or verdict (did you mean 'second-verdict'?)"
        in output
    )
