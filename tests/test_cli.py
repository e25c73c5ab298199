"""Every command of ``python -m decision_trees``: output, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import re
import shlex
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
    for command in ("", "list", "check", "decide", "walk", "render", "export", "publish", "new"):
        done = run(*([command] if command else []), "--help")
        assert done.returncode == 0 and "usage: python -m decision_trees" in done.stdout, command


def test_the_nav_block_in_mkdocs_yml_is_what_publish_writes() -> None:
    """The tree pages' nav entries are committed; a tree added, renamed or removed without
    running publish leaves them stale, and this fails until it is run."""
    from decision_trees.loader import all_trees
    from decision_trees.navigation import with_tree_nav

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    trees = sorted(all_trees(), key=lambda t: (t.order, t.slug))
    assert config == with_tree_nav(config, trees), (
        "mkdocs.yml's tree pages are stale: run 'python -m decision_trees publish' and commit it"
    )


def publish_in(tmp_path: Path, config: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return run("publish", "--config", str(tmp_path / "mkdocs.yml"))


def test_publish_writes_pages_exports_and_the_nav_block_then_nothing_on_a_second_run(
    tmp_path: Path,
) -> None:
    from decision_trees.loader import all_trees
    from decision_trees.navigation import END, START

    config = f"site_name: x\nnav:\n  - Trees:\n      - trees/index.md\n      {START}\n      - Old: trees/gone.md\n      {END}\n  - Glossary: glossary.md\n"
    done = publish_in(tmp_path, config)
    assert done.returncode == 0, done.stderr
    slugs = [t.slug for t in sorted(all_trees(), key=lambda t: (t.order, t.slug))]
    assert re.fullmatch(
        rf"published {len(slugs)} tree\(s\): {5 * len(slugs) + 1} file\(s\) changed in \S+, "
        r"nav in \S+ updated\n",
        done.stdout,
    )
    for slug in slugs:
        for ext in ("md", "svg", "json", "dot", "mmd"):
            assert (tmp_path / "docs" / "trees" / f"{slug}.{ext}").is_file()
    assert (tmp_path / "docs" / "changes.xml").is_file()  # the changelog's feed
    written = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    entries = re.findall(r"^      - \"[^\"]+\": trees/([a-z0-9-]+)\.md$", written, flags=re.M)
    assert entries == slugs and "Old" not in written
    assert written.endswith(f"      {END}\n  - Glossary: glossary.md\n")
    again = run("publish", "--config", str(tmp_path / "mkdocs.yml"))
    assert again.returncode == 0, again.stderr
    assert " 0 file(s) changed" in again.stdout and again.stdout.rstrip().endswith("up to date")


def test_publish_without_the_nav_markers_or_the_config_says_what_to_do(tmp_path: Path) -> None:
    done = publish_in(tmp_path, "site_name: x\nnav:\n  - Home: index.md\n")
    assert done.returncode == 1
    assert "the nav needs one block for the tree pages" in one_line_error(done)
    assert not (tmp_path / "docs").exists()  # nothing written when the nav cannot be
    done = run("publish", "--config", str(tmp_path / "nope.yml"))
    assert done.returncode == 2 and "no such file" in one_line_error(done)


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
        "decide", "rag-vs-fine-tuning", "--answer", "gap=knowledge", "--answer", "fits=too-large"
    )
    assert done.returncode == 0
    assert "Verdict: Use RAG (rag)" in done.stdout
    assert "[gap=knowledge]" in done.stdout and "[fits=too-large]" in done.stdout
    assert "Would change the verdict:" in done.stdout and "fits=fits" in done.stdout


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
            "error: no answer for question 'fits'",
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
    done = run("walk", "rag-vs-fine-tuning", stdin="knowledge\nnonsense\n3\n")
    assert done.returncode == 0, done.stderr
    assert tree.question("gap").text in done.stdout and "[knowledge]" in done.stdout
    assert "'nonsense' is not an option; type one of: fits, middle, too-large, live" in done.stdout
    assert "Verdict: Use RAG (rag)" in done.stdout and "Path:" in done.stdout


def test_walk_that_runs_out_of_input_fails_cleanly() -> None:
    done = run("walk", "rag-vs-fine-tuning", stdin="knowledge\n")
    assert done.returncode == 1
    assert one_line_error(done) == "error: stopped before a verdict, at question 'fits'"


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


@pytest.mark.parametrize(
    "command",
    [["render", "rag-failure-diagnosis"], ["export", "rag-failure-diagnosis", "-f", "json"]],
)
def test_writing_into_a_missing_directory_or_an_unwritable_path_is_one_line(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "out.txt"
    done = run(*command, "-o", str(missing))
    assert done.returncode == 1
    assert one_line_error(done) == (
        f"error: cannot write {missing}: the directory '{missing.parent}' does not exist; create it first"
    )
    done = run(*command, "-o", str(tmp_path))  # a directory, not a file
    assert done.returncode == 1
    assert one_line_error(done).startswith(f"error: cannot write {tmp_path}: Is a directory")
    if Path("/dev/full").exists():  # writable by anyone, root included, and always full
        done = run(*command, "-o", "/dev/full")
        assert done.returncode == 1
        assert one_line_error(done) == "error: cannot write /dev/full: No space left on device"


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("a" * 300, "it has 300 characters and the limit is 60"),
        ("new-tree\n", "is not a slug: use lowercase letters"),
        ("new\ntree", "is not a slug: use lowercase letters"),
    ],
    ids=["300-characters", "trailing-newline", "newline-inside"],
)
def test_new_refuses_a_long_or_multi_line_slug_in_one_line(slug: str, message: str) -> None:
    done = run("new", slug)
    assert done.returncode == 2
    assert message in one_line_error(done)
    assert not list((ROOT / "decision_trees" / "trees").glob("new*tree*.py"))
    assert not list((ROOT / "decision_trees" / "trees").glob("aaaa*.py"))


def test_walk_with_stdin_closed_or_empty_stops_in_one_line() -> None:
    expected = "error: stopped before a verdict, at question 'gap'"
    closed = subprocess.run(
        ["sh", "-c", f'exec "{sys.executable}" -m decision_trees walk rag-vs-fine-tuning <&-'],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert closed.returncode == 1 and one_line_error(closed) == expected
    empty = subprocess.run(
        [sys.executable, "-m", "decision_trees", "walk", "rag-vs-fine-tuning"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert empty.returncode == 1 and one_line_error(empty) == expected


def test_an_answer_given_twice_is_an_error_naming_the_question() -> None:
    done = run("decide", "rag-vs-fine-tuning", "-a", "gap=knowledge", "-a", "gap=behaviour")
    assert done.returncode == 2
    assert one_line_error(done) == (
        "error: question 'gap' is answered twice ('knowledge' and 'behaviour'); "
        "give one --answer per question"
    )


def test_an_answer_off_the_path_is_an_error_naming_the_question() -> None:
    tree = get_tree("rag-vs-fine-tuning")
    scenario = tree.scenario("customer-support-chatbot")
    path = decide(tree, scenario.answers).path
    off = next(q for q in tree.questions if q.id not in {s.question for s in path})
    args = [f"--answer={s.question}={s.option}" for s in path]
    done = run(
        "decide", "rag-vs-fine-tuning", *args, f"--answer={off.id}={next(iter(off.options))}"
    )
    assert done.returncode == 1
    assert one_line_error(done).startswith(
        f"error: the answer to '{off.id}' is not used: that question is off the path"
    )
    assert run("decide", "rag-vs-fine-tuning", *args).returncode == 0


def test_commands_that_only_read_trees_never_run_the_mutation_analysis(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from decision_trees import analysis
    from decision_trees.cli import main

    calls: list[str] = []

    def refuse(name: str):
        def run_it(*args: object) -> None:
            calls.append(name)
            raise AssertionError(f"{name} ran")

        return run_it

    for name in ("surviving_mutants", "surviving_mutants_brute_force", "mutant_count"):
        monkeypatch.setattr(analysis, name, refuse(name))
    tree = get_tree("rag-vs-fine-tuning")
    scenario = tree.scenario("customer-support-chatbot")
    answers = [f"--answer={q}={o}" for q, o in scenario.answers.items()]
    steps = "\n".join(scenario.answers[s.question] for s in decide(tree, scenario.answers).path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(steps + "\n"))
    for argv in (
        ["list"],
        ["decide", "rag-vs-fine-tuning", *answers],
        ["decide", "rag-vs-fine-tuning", "--json", *answers],
        ["walk", "rag-vs-fine-tuning"],
        ["render", "rag-vs-fine-tuning", "--scenario", scenario.id, "-o", str(tmp_path / "t.svg")],
        ["export", "rag-vs-fine-tuning", "-f", "json"],
        ["export", "rag-vs-fine-tuning", "-f", "mermaid"],
    ):
        assert main(argv, out=io.StringIO()) == 0, argv
    assert calls == []
    # The patch does bite: check runs the analysis, and reports the failure as a problem.
    assert main(["check", "rag-vs-fine-tuning"], out=io.StringIO()) == 1
    assert calls == ["surviving_mutants"]


def readme_sessions() -> list[tuple[str, str]]:
    """The README's console examples: each command and the output printed under it."""
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    sessions = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            if command.startswith("python -m decision_trees "):
                sessions.append((command, output.strip()))
    return sessions


@pytest.mark.parametrize(("command", "output"), readme_sessions())
def test_the_readme_shows_what_each_command_prints(command: str, output: str) -> None:
    done = run(*shlex.split(command.removeprefix("python -m decision_trees ")))
    assert (done.stdout + done.stderr).strip() == output


def test_decide_prints_the_plan_each_verdict_how_you_know_it_fell_short_and_what_comes_next() -> (
    None
):
    done = run("decide", "rag-vs-fine-tuning", "-a", "gap=knowledge", "-a", "fits=fits",
               "-a", "context-cost=yes")  # fmt: skip
    assert done.returncode == 0
    plan_text = done.stdout.split("Plan:\n", 1)[1]
    tree = get_tree("rag-vs-fine-tuning")
    long_context, rag = tree.verdict("long-context"), tree.verdict("rag")
    assert long_context is not None and rag is not None
    assert plan_text.splitlines() == [
        f"  1. {long_context.title} (long-context)",
        f"     Fell short if: {long_context.short_if}",
        f"  2. {rag.title} (rag), assuming context-cost=no",
        f"     Fell short if: {rag.short_if}",
        "  Then: find out what went wrong with the tree 'rag-failure-diagnosis' "
        "(python -m decision_trees walk rag-failure-diagnosis)",
    ]


def test_decide_names_the_question_a_plan_stops_at_and_where_each_answer_leads() -> None:
    done = run("decide", "rag-vs-fine-tuning", "-a", "gap=behaviour", "-a", "baseline=not-yet")
    plan_text = done.stdout.split("Plan:\n", 1)[1]
    assert "  Then, assuming baseline=fell-short, the tree asks: What still fails" in plan_text
    assert "     format -> Constrain the output to a schema (structured-outputs)" in plan_text
    assert "     behaviour -> next question: " in plan_text


def test_decide_json_carries_the_plan_as_plan_data_computes_it() -> None:
    from decision_trees.plan import plan, plan_data

    answers = {"gap": "speed-cost", "levers": "not-yet"}
    done = run("decide", "rag-vs-fine-tuning", "--json",
               *[f"--answer={q}={o}" for q, o in answers.items()])  # fmt: skip
    tree = get_tree("rag-vs-fine-tuning")
    data = json.loads(done.stdout)
    assert data["plan"] == plan_data(tree, plan(tree, answers))
    assert [item["kind"] for item in data["plan"]] == ["verdict", "question"]
    assert data["plan"][1]["assumed"] == [{"question": "levers", "option": "tried"}]
