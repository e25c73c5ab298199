"""Every command of ``python -m decision_trees``: output, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from decision_trees.engine import decide
from decision_trees.loader import get_tree

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decision_trees", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_help_on_every_command() -> None:
    for command in ("", "list", "check", "decide", "walk", "render", "export", "new"):
        done = run(*([command] if command else []), "--help")
        assert done.returncode == 0 and "usage: python -m decision_trees" in done.stdout, command


def test_list_shows_every_tree() -> None:
    done = run("list")
    assert done.returncode == 0
    for slug in (
        "rag-vs-fine-tuning",
        "add-fine-tuning-to-rag",
        "rag-failure-diagnosis",
        "fine-tuning-failure-diagnosis",
    ):
        assert slug in done.stdout


def test_check_all_and_one() -> None:
    done = run("check")
    assert done.returncode == 0
    assert done.stdout.count("ok  ") == 4 and "coverage 100%" in done.stdout
    one = run("check", "rag-failure-diagnosis")
    assert one.returncode == 0 and one.stdout.startswith("ok  rag-failure-diagnosis:")


def test_decide_prints_verdict_path_and_what_would_flip_it() -> None:
    done = run(
        "decide", "rag-vs-fine-tuning", "--answer", "gap=knowledge", "--answer", "freshness=often"
    )
    assert done.returncode == 0
    assert "Verdict: Use RAG (rag)" in done.stdout
    assert "[gap=knowledge]" in done.stdout and "[freshness=often]" in done.stdout
    assert "Would change the verdict:" in done.stdout and "freshness=rarely" in done.stdout


def test_decide_json_matches_the_engine() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    scenario = tree.scenario("code-generation-tool")
    args = [f"--answer={q}={o}" for q, o in scenario.answers.items()]
    done = run("decide", "rag-vs-fine-tuning", *args, "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    decision = decide(tree, scenario.answers)
    assert data["verdict"] == decision.verdict == scenario.expect
    assert [(s["question"], s["option"]) for s in data["path"]] == [
        (s.question, s.option) for s in decision.path
    ]


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (
            ["decide", "rag-vs-fine-tuning", "-a", "gap=knowledge"],
            1,
            "error: no answer for question 'freshness'",
        ),
        (
            ["decide", "rag-vs-fine-tuning", "-a", "gap=knowlege"],
            1,
            "error: question 'gap' has no option 'knowlege'; its options are:",
        ),
        (
            ["decide", "rag-vs-fine-tuning", "-a", "gapp=knowledge"],
            1,
            "error: 'gapp' is not a question of tree 'rag-vs-fine-tuning'",
        ),
        (
            ["decide", "rag-vs-fine-tuning", "-a", "gap"],
            2,
            "error: --answer expects QUESTION=OPTION, got 'gap'",
        ),
        (["decide", "no-such-tree"], 2, "error: no tree 'no-such-tree'; trees are:"),
        (
            ["render", "rag-vs-fine-tuning", "--scenario", "nope", "-o", "-"],
            2,
            "error: tree 'rag-vs-fine-tuning' has no scenario 'nope'",
        ),
        (
            ["export", "rag-vs-fine-tuning", "--format", "yaml"],
            2,
            "error: argument --format/-f: invalid choice: 'yaml'",
        ),
        (
            ["render", "rag-vs-fine-tuning"],
            2,
            "error: the following arguments are required: -o/--output",
        ),
        (["frobnicate"], 2, "error: argument COMMAND: invalid choice: 'frobnicate'"),
        ([], 2, "error: the following arguments are required: COMMAND"),
        (["check", "missing/tree.py"], 2, "error: no such tree file: missing/tree.py"),
        (["new", "Bad Slug"], 2, "error: 'Bad Slug' is not a slug"),
        (["new", "rag-vs-fine-tuning"], 2, "already exists"),
    ],
)
def test_errors_are_one_line_with_the_right_status(
    args: list[str], status: int, message: str
) -> None:
    done = run(*args)
    assert done.returncode == status
    assert message in one_line_error(done)


def test_walk_asks_each_question_and_accepts_keys_or_numbers() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    done = run("walk", "rag-vs-fine-tuning", stdin="knowledge\nnonsense\n1\n")
    assert done.returncode == 0, done.stderr
    assert tree.question("gap").text in done.stdout and "[knowledge]" in done.stdout
    assert "'nonsense' is not an option; type one of: often, rarely" in done.stdout
    assert "Verdict: Use RAG (rag)" in done.stdout and "Path:" in done.stdout


def test_walk_that_runs_out_of_input_fails_cleanly() -> None:
    done = run("walk", "rag-vs-fine-tuning", stdin="knowledge\n")
    assert done.returncode == 1
    assert one_line_error(done) == "error: stopped before a verdict, at question 'freshness'"


def test_render_writes_svg_with_the_scenario_path(tmp_path: Path) -> None:
    out = tmp_path / "tree.svg"
    done = run(
        "render", "rag-vs-fine-tuning", "--scenario", "customer-support-chatbot", "-o", str(out)
    )
    assert done.returncode == 0 and out.is_file()
    root = ET.fromstring(out.read_text().split("\n", 1)[1])
    svg = "{http://www.w3.org/2000/svg}"
    lit = [g for g in root.iter(f"{svg}g") if "dt-path" in g.get("class", "")]
    assert "dt-rag-vs-fine-tuning-gap" in {g.get("id") for g in lit}
    # The verdict's box (its own leaf when several answers lead to it) is lit, titled as the verdict.
    verdicts = [g for g in lit if "dt-verdict" in g.get("class", "")]
    assert [g.find(f"{svg}title").text for g in verdicts] == ["Use RAG"]


@pytest.mark.parametrize(
    ("fmt", "start"), [("json", "{"), ("dot", "digraph"), ("mermaid", "flowchart TD")]
)
def test_export_formats(fmt: str, start: str, tmp_path: Path) -> None:
    done = run("export", "rag-failure-diagnosis", "--format", fmt)
    assert done.returncode == 0 and done.stdout.startswith(start)
    out = tmp_path / f"tree.{fmt}"
    assert run("export", "rag-failure-diagnosis", "-f", fmt, "-o", str(out)).returncode == 0
    assert out.read_text() == done.stdout


def test_commands_refuse_a_tree_that_fails_the_check(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("TREE = 42\n")
    done = run("check", str(broken))
    assert done.returncode == 1
    assert (
        "broken.py: TREE: defines TREE as a int, not a Tree. Fix: end the file with TREE = Tree(...)"
        in done.stdout
    )
