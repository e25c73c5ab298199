"""The errors a contributor meets: one broken tree per validation rule.

Each case is a real tree file on disk, made from a valid base tree by one
edit, the kind of mistake a pull request brings. ``check`` must report it in
one line that names the file (and line), the node, what is wrong and the fix,
and must never show a traceback.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from decision_trees.cli import main
from decision_trees.loader import load_trees

BASE = """\
from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

TREE = Tree(
    slug="SLUG",
    title="Base tree?",
    summary="A valid tree that each case breaks in one place.",
    start="gap",
    questions=[
        Question(
            "gap",
            "What is missing?",
            options={
                "facts": Option("Facts", goto="fresh"),
                "style": Option("Style", goto="fine-tune"),
            },
            why="Knowledge and behaviour need different tools.",
            sources=["amanai-lab"],
        ),
        Question(
            "fresh",
            "Does the knowledge change often?",
            options={
                "often": Option("Often", goto="rag"),
                "rarely": Option("Rarely", goto="fine-tune"),
            },
            why="Fresh knowledge favours retrieval.",
            sources=["amanai-lab"],
        ),
    ],
    verdicts=[
        Verdict("rag", "Use RAG", because="Knowledge changes.", next_steps=["Index the docs."], sources=["amanai-lab"]),
        Verdict("fine-tune", "Fine-tune", because="Behaviour is off.", next_steps=["Collect examples."], sources=["amanai-lab"]),
    ],
    scenarios=[
        Scenario("support-bot", "Support bot", situation="Policies change weekly.", answers={"gap": "facts", "fresh": "often"}, expect="rag", source="amanai-lab"),
        Scenario("code-tool", "Code tool", situation="House style matters.", answers={"gap": "style"}, expect="fine-tune", source=OURS),
        Scenario("stable-codes", "Stable codes", situation="Codes never change.", answers={"gap": "facts", "fresh": "rarely"}, expect="fine-tune", source=OURS),
    ],
)
"""

# name: (edits as (old, new) pairs, node named, what the message says, what the fix says)
CASES: dict[str, tuple[list[tuple[str, str]], str, str, str]] = {
    "typo-in-target": (
        [('goto="fresh"', 'goto="frsh"')],
        "question 'gap', option 'facts'",
        "goes to 'frsh', which is not a question or verdict (did you mean 'fresh'?)",
        "set goto to one of: fine-tune, fresh, gap, rag",
    ),
    "undeclared-option": (
        [('"fresh": "often"}', '"fresh": "sometimes"}')],
        "scenario 'support-bot'",
        "answers 'fresh' with 'sometimes', which is not one of its options",
        "use one of: often, rarely",
    ),
    "verdict-no-scenario-reaches": (
        [
            (
                '"style": Option("Style", goto="fine-tune"),',
                '"style": Option("Style", goto="fine-tune"),\n                "neither": Option("Neither", goto="prompt-first"),',
            ),
            (
                "    verdicts=[\n",
                '    verdicts=[\n        Verdict("prompt-first", "Prompt first", because="b", next_steps=["n"], sources=["amanai-lab"]),\n',
            ),
        ],
        "verdict 'prompt-first'",
        "is not reached by any scenario",
        "add a scenario that reaches it",
    ),
    "option-no-scenario-takes": (
        [
            (
                'answers={"gap": "facts", "fresh": "rarely"}, expect="fine-tune"',
                'answers={"gap": "facts", "fresh": "often"}, expect="rag"',
            )
        ],
        "question 'fresh', option 'rarely'",
        "is not exercised by any scenario",
        "add a scenario that answers 'fresh' with 'rarely'",
    ),
    "cycle": (
        [
            (
                '"rarely": Option("Rarely", goto="fine-tune")',
                '"rarely": Option("Rarely", goto="gap")',
            )
        ],
        "question 'gap'",
        "is part of a cycle: gap -> fresh -> gap",
        "point option of 'fresh' that goes to 'gap' at a node further down",
    ),
    "unknown-source": (
        [
            (
                'why="Fresh knowledge favours retrieval.",\n            sources=["amanai-lab"]',
                'why="Fresh knowledge favours retrieval.",\n            sources=["amanai"]',
            )
        ],
        "question 'fresh'",
        "cites 'amanai', which is not in the bibliography (did you mean 'amanai-lab'?)",
        "use a key from decision_trees/sources.py or add the source there",
    ),
    "no-source": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"]',
                'next_steps=["Index the docs."], sources=[]',
            )
        ],
        "verdict 'rag'",
        "cites no source",
        "add sources=[...] with keys from decision_trees/sources.py",
    ),
    "unreachable-node": (
        [
            (
                "    verdicts=[\n",
                '    verdicts=[\n        Verdict("orphan", "Orphan", because="b", next_steps=["n"], sources=["amanai-lab"]),\n',
            )
        ],
        "verdict 'orphan'",
        "cannot be reached from the start",
        "point an option at it, or delete it",
    ),
    "one-option-question": (
        [('                "often": Option("Often", goto="rag"),\n', "")],
        "question 'fresh'",
        "has 1 option(s); a question needs at least two",
        "add options, or replace the question by the node its option leads to",
    ),
    "bad-start": (
        [('start="gap"', 'start="gapp"')],
        "tree 'bad-start'",
        "starts at 'gapp', which is not a question (did you mean 'gap'?)",
        "set start to one of: gap, fresh",
    ),
    "unanswered-question": (
        [('answers={"gap": "facts", "fresh": "rarely"}', 'answers={"gap": "facts"}')],
        "scenario 'stable-codes'",
        "does not reach a verdict: no answer for question 'fresh'",
        'add "fresh": ... to its answers',
    ),
    "wrong-verdict": (
        [('"fresh": "often"}, expect="rag"', '"fresh": "often"}, expect="fine-tune"')],
        "scenario 'support-bot'",
        "reaches 'rag' but documents 'fine-tune'",
        "if the documented verdict is right, the tree is wrong: fix the branch",
    ),
    "unknown-verdict-expected": (
        [('expect="rag"', 'expect="rg"')],
        "scenario 'support-bot'",
        "expects 'rg', which is not a verdict (did you mean 'rag'?)",
        "set expect to one of: fine-tune, rag",
    ),
    "surviving-mutant": (
        [('answers={"gap": "style"}', 'answers={"gap": "style", "fresh": "rarely"}')],
        "question 'gap', option 'style'",
        "could go to 'fresh' instead of 'fine-tune' and every scenario would still pass",
        "add a scenario that answers 'gap' with 'style' and whose verdict differs once it goes to 'fresh'",
    ),
    "markup-in-text": (
        [('"What is missing?"', '"What is <script>missing</script>?"')],
        "question 'gap'",
        "text contains markup",
        "write plain text",
    ),
    "id-not-a-slug": (
        [('Verdict("rag", "Use RAG"', 'Verdict("Use RAG", "Use RAG"')],
        "verdict 'Use RAG'",
        "id 'Use RAG' is not a lowercase slug",
        "use lowercase letters, digits and single hyphens",
    ),
    "duplicate-id": (
        [('Verdict("fine-tune", "Fine-tune"', 'Verdict("rag", "Fine-tune"')],
        "node 'rag'",
        "is defined more than once",
        "give each question and verdict its own id",
    ),
    "duplicate-scenario": (
        [('Scenario("code-tool"', 'Scenario("support-bot"')],
        "scenario 'support-bot'",
        "is defined more than once",
        "give each scenario its own id",
    ),
    "misspelt-field": (
        [('"often": Option("Often", goto="rag")', '"often": Option("Often", go="rag")')],
        "Option(...)",
        "has no field 'go' (did you mean 'goto'?)",
        "use the fields of Option: label, goto",
    ),
    "syntax-error": (
        [('title="Base tree?",', 'title="Base tree?"')],
        "file",
        "is not valid Python",
        "correct the syntax at that line",
    ),
    "no-tree": (
        [("TREE = Tree(", "TRE = Tree(")],
        "TREE",
        "defines no TREE",
        "end the file with TREE = Tree(...)",
    ),
    "then-unknown-question": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], short_if="Misses.", then={"fersh": "rarely"})',
            )
        ],
        "verdict 'rag'",
        "then answers 'fersh', which is not a question (did you mean 'fresh'?)",
        "use one of: gap, fresh",
    ),
    "then-unknown-option": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], short_if="Misses.", then={"fresh": "rarley"})',
            )
        ],
        "verdict 'rag'",
        "then answers 'fresh' with 'rarley', which is not one of its options (did you mean 'rarely'?)",
        "use one of: often, rarely",
    ),
    "then-tree-unknown": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], short_if="Misses.", then_tree="rag-failure-diagnosys")',
            )
        ],
        "verdict 'rag'",
        "then_tree 'rag-failure-diagnosys' is not a tree (did you mean 'rag-failure-diagnosis'?)",
        "use the slug of a tree:",
    ),
    "costs-not-a-list": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], costs="An index to keep.")',
            )
        ],
        "verdict 'rag'",
        "costs is 'An index to keep.', not a list",
        'write costs=["...", "..."]: one plain sentence each, or leave it out',
    ),
    "risk-not-text": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], risks=["Stale pages.", 3])',
            )
        ],
        "verdict 'rag'",
        "risks holds 3, not text",
        'write each of risks as one plain sentence in quotes, "..."',
    ),
    "then-without-short-if": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], then={"fresh": "rarely"})',
            )
        ],
        "verdict 'rag'",
        "has a then or then_tree but no short_if",
        "say in short_if, in one or two sentences, how the team will know its step fell short",
    ),
    "then-never-moves": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], short_if="Misses.", then={"gap": "facts"})',
            )
        ],
        "verdict 'rag'",
        "then changes no answer on any path that reaches it, so its plan never moves on",
        "set then to answers that differ from a path to it",
    ),
    "plan-cycle": (
        [
            (
                'next_steps=["Index the docs."], sources=["amanai-lab"])',
                'next_steps=["Index the docs."], sources=["amanai-lab"], short_if="Misses.", then={"fresh": "rarely"})',
            ),
            (
                'next_steps=["Collect examples."], sources=["amanai-lab"])',
                'next_steps=["Collect examples."], sources=["amanai-lab"], short_if="Misses.", then={"fresh": "often"})',
            ),
        ],
        "verdict 'rag'",
        "is part of a plan cycle: fine-tune -> rag -> fine-tune",
        "so that its fallen-short step does not lead back to",
    ),
    "plan-pin-wrong": (
        [
            (
                'expect="rag", source="amanai-lab")',
                'expect="rag", source="amanai-lab", plan=("rag", "fine-tune"))',
            )
        ],
        "scenario 'support-bot'",
        "pins the plan rag -> fine-tune, but the tree's plan is rag",
        "if the pinned plan is right, fix the verdicts' then; if the tree is right, update plan",
    ),
    "file-name-mismatch": (
        [('slug="SLUG"', 'slug="another-name"')],
        "tree 'another-name'",
        "is in file_name_mismatch.py, but its slug asks for another_name.py",
        "rename the file or the slug so that they match",
    ),
}


def write_case(directory: Path, name: str) -> Path:
    edits = CASES[name][0]
    source = BASE.replace('slug="SLUG"', f'slug="{name}"') if name != "file-name-mismatch" else BASE
    for old, new in edits:
        assert old in source, f"case {name}: edit target not in the base tree: {old!r}"
        source = source.replace(old, new, 1)
    path = directory / f"{name.replace('-', '_')}.py"
    path.write_text(source, encoding="utf-8")
    return path


def run_check(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["check", *args], out=out)
    return status, out.getvalue()


def test_the_base_tree_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "base.py"
    path.write_text(BASE.replace("SLUG", "base"), encoding="utf-8")
    [loaded] = load_trees([path])
    assert loaded.problems == []


@pytest.mark.parametrize("name", list(CASES))
def test_a_broken_tree_gets_one_clear_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_case(tmp_path, name)
    _, node, what, fix = CASES[name]
    status, output = run_check(str(path))
    assert status == 1
    assert "Traceback" not in output + capsys.readouterr().err
    lines = [line for line in output.splitlines() if f": {node}: " in line and what in line]
    assert lines, f"no line names {node!r} with {what!r}:\n{output}"
    line = lines[0]
    match = re.match(rf"^(?P<file>\S*{re.escape(path.name)})(?::(?P<line>\d+))?: ", line)
    assert match, f"line does not start with the file name: {line}"
    assert "Fix: " in line and fix in line.split("Fix: ", 1)[1], line
    if match["line"]:  # where a line is given, it must be a real line of the file
        assert 1 <= int(match["line"]) <= len(path.read_text().splitlines())


def test_a_duplicate_slug_across_files_names_both(tmp_path: Path) -> None:
    first = tmp_path / "dup.py"
    first.write_text(BASE.replace("SLUG", "dup"), encoding="utf-8")
    other = tmp_path / "sub"
    other.mkdir()
    second = other / "dup.py"
    second.write_text(BASE.replace("SLUG", "dup"), encoding="utf-8")
    loaded = load_trees([first, second])
    messages = [str(p) for item in loaded for p in item.problems]
    assert len(messages) == 1
    assert "tree 'dup': has the same slug as" in messages[0] and str(first.name) in messages[0]
    assert "Fix: give this tree a slug of its own" in messages[0]


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    source = (
        BASE.replace("SLUG", "many")
        .replace('goto="fresh"', 'goto="frsh"')
        .replace('sources=["amanai-lab"]', 'sources=["nope"]', 1)
    )
    path = tmp_path / "many.py"
    path.write_text(source, encoding="utf-8")
    status, output = run_check(str(path))
    assert status == 1
    assert "goes to 'frsh'" in output and "cites 'nope'" in output


def test_the_real_command_prints_no_traceback(tmp_path: Path) -> None:
    """The common mistakes of issue 4, through the command a contributor types."""
    for name in (
        "typo-in-target",
        "undeclared-option",
        "verdict-no-scenario-reaches",
        "cycle",
        "unknown-source",
        "misspelt-field",
    ):
        path = write_case(tmp_path, name)
        done = subprocess.run(
            [sys.executable, "-m", "decision_trees", "check", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 1, name
        assert "Traceback" not in done.stdout + done.stderr
        assert done.stderr.strip() == "error: 1 tree(s) failed the check"
        assert all(path.name in line and "Fix: " in line for line in done.stdout.splitlines()), (
            done.stdout
        )
