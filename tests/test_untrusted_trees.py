"""Contributed trees are untrusted data: the broken-tree corpus of issue 8.

Each case is a tree file a stranger might send: the valid base tree of
``test_contributor_errors`` with one edit (a wrong type, code where data belongs,
a newline or an oversized text). Each goes through ``check`` and through every
other command next to a good tree, and must give exactly one line per problem,
naming the file, the line, the node and the fix; no traceback, ever; and the good
tree keeps working.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from decision_trees import loader, validate
from decision_trees.cli import main
from decision_trees.loader import load_trees
from tests.test_contributor_errors import BASE

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(
    r"^(?P<file>\S+?\.py)(?::(?P<line>\d+))?: (?P<node>.+?): (?P<what>.+)\. Fix: (?P<fix>.+)$"
)


@dataclass(frozen=True)
class Expect:
    """One problem line: its node, words from what is wrong and from the fix, and a piece
    of text that the line it points at must hold (None: the problem names no line)."""

    node: str
    what: str
    fix: str
    at: str | None = None


# name: (edits as (old, new) pairs, the problems expected, one line each)
CASES: dict[str, tuple[list[tuple[str, str]], list[Expect]]] = {
    # -- types -------------------------------------------------------------------------
    "options-as-a-list": (
        [
            (
                'options={\n                "facts": Option("Facts", goto="fresh"),\n'
                '                "style": Option("Style", goto="fine-tune"),\n            },',
                'options=[Option("Facts", goto="fresh"), Option("Style", goto="fine-tune")],',
            )
        ],
        [
            Expect(
                "question 'gap'",
                "options is a list, not a dict",
                'write options={"key"',
                "options=[",
            )
        ],
    ),
    "integer-id": (
        [('Verdict("fine-tune", "Fine-tune"', 'Verdict(7, "Fine-tune"')],
        [Expect("verdict #2", "id is 7, not text", "lowercase slug in quotes", "Verdict(7")],
    ),
    "integer-option-key": (
        [('"style": Option("Style"', '2: Option("Style"')],
        [
            Expect(
                "question 'gap', an option",
                "option key is 2, not text",
                "lowercase slug",
                "2: Option",
            )
        ],
    ),
    "list-as-an-answer": (
        [('answers={"gap": "style"}', 'answers={"gap": ["style"]}')],
        [
            Expect(
                "scenario 'code-tool'",
                "answers 'gap' with a list; both must be text",
                "answers={",
                '"gap": ["style"]',
            )
        ],
    ),
    "list-as-a-goto": (
        [('Option("Often", goto="rag")', 'Option("Often", goto=["rag"])')],
        [
            Expect(
                "question 'fresh', option 'often'",
                "goto is a list, not text",
                'write goto="node-id"',
                'goto=["rag"]',
            )
        ],
    ),
    "list-as-a-source": (
        [('expect="rag", source="amanai-lab"', 'expect="rag", source=["amanai-lab"]')],
        [
            Expect(
                "scenario 'support-bot'",
                "source is a list, not text",
                "source=OURS",
                'source=["amanai-lab"]',
            )
        ],
    ),
    "tuple-instead-of-option": (
        [('"often": Option("Often", goto="rag")', '"often": ("Often", "rag")')],
        [
            Expect(
                "question 'fresh', option 'often'",
                "is a tuple, not an Option",
                'write Option("label"',
                '"often": ("Often"',
            )
        ],
    ),
    "order-as-text": (
        [('    start="gap",\n', '    start="gap",\n    order="first",\n')],
        [
            Expect(
                "tree 'order-as-text'",
                "order is 'first', not a whole number",
                "write order=10",
                'order="first"',
            )
        ],
    ),
    "order-none": (
        [('    start="gap",\n', '    start="gap",\n    order=None,\n')],
        [
            Expect(
                "tree 'order-none'",
                "order is None, not a whole number",
                "write order=10",
                "order=None",
            )
        ],
    ),
    "integer-slug": (
        [('slug="integer-slug"', "slug=42")],
        [Expect("tree #1", "slug is 42, not text", "lowercase slug in quotes", "slug=42")],
    ),
    "scenarios-none": (
        [
            ("    scenarios=[\n", "    scenarios=None,\n)\n_SCENARIOS = [\n"),
            ("    ],\n)\n", "    ]\n"),
        ],
        [
            Expect(
                "tree 'scenarios-none'",
                "scenarios is None, not a list",
                "write scenarios=[Scenario(...), ...]",
                "scenarios=None",
            )
        ],
    ),
    "changeable-as-text": (
        [
            (
                '            why="Fresh knowledge',
                '            changeable="no",\n            why="Fresh knowledge',
            )
        ],
        [
            Expect(
                "question 'fresh'",
                "changeable is 'no', not True or False",
                "changeable=False",
                'changeable="no"',
            )
        ],
    ),
    "reviewed-not-a-date": (
        [('    start="gap",\n', '    start="gap",\n    reviewed="2026-13-45",\n')],
        [
            Expect(
                "tree 'reviewed-not-a-date'",
                "reviewed is '2026-13-45', not a date like",
                'reviewed="YYYY-MM-DD"',
                "reviewed=",
            )
        ],
    ),
    "next-step-see-outside-the-site": (
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Index the docs.", see="../../etc/passwd")]',
            ),
        ],
        [
            Expect(
                "verdict 'rag'",
                "next step's see is '../../etc/passwd', not a page of the site",
                "a page under docs/",
                "NextStep(",
            )
        ],
    ),
    "next-step-page-missing": (
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Index.", see="framework/nope.md")]',
            ),
        ],
        [
            Expect(
                "verdict 'rag'",
                "next step points at docs/framework/nope.md, which is not a page",
                "a Markdown page under docs/",
                "NextStep(",
            )
        ],
    ),
    "next-step-anchor-missing": (
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Index.", see="framework/when-rag.md#nope")]',
            ),
        ],
        [
            Expect(
                "verdict 'rag'",
                "next step points at #nope, which is not a heading of docs/framework/when-rag.md",
                "add a heading with {#nope}",
                "NextStep(",
            )
        ],
    ),
    "chose-what-it-expects": (
        [
            (
                'expect="rag", source="amanai-lab"',
                'expect="rag", source="amanai-lab", chose="rag", differs="Same."',
            )
        ],
        [
            Expect(
                "scenario 'support-bot'",
                "chose 'rag', the verdict it expects",
                "set chose only where",
                "chose=",
            )
        ],
    ),
    "differs-without-chose": (
        [
            (
                'expect="rag", source="amanai-lab"',
                'expect="rag", source="amanai-lab", differs="Why."',
            )
        ],
        [
            Expect(
                "scenario 'support-bot'",
                "sets differs without chose",
                "set chose to the verdict",
                "differs=",
            )
        ],
    ),
    "next-step-not-text": (
        [('next_steps=["Index the docs."]', "next_steps=[3]")],
        [
            Expect(
                "verdict 'rag'",
                "next_steps holds 3, not text or a NextStep",
                "NextStep(",
                "next_steps=[3]",
            )
        ],
    ),
    "chose-without-why": (
        [
            (
                'expect="rag", source="amanai-lab"',
                'expect="rag", source="amanai-lab", chose="fine-tune"',
            )
        ],
        [
            Expect(
                "scenario 'support-bot'",
                "sets chose without differs",
                "say in differs why",
                'Scenario("support-bot"',
            )
        ],
    ),
    "chose-not-a-verdict": (
        [
            (
                'expect="rag", source="amanai-lab"',
                'expect="rag", source="amanai-lab", chose="rg", differs="The team chose otherwise."',
            )
        ],
        [
            Expect(
                "scenario 'support-bot'",
                "chose 'rg', which is not a verdict (did you mean 'rag'?)",
                "set chose to one of",
                "chose=",
            )
        ],
    ),
    # -- newlines, control characters, sizes and markup-like text ---------------------
    "slug-with-a-newline": (
        [('slug="slug-with-a-newline"', 'slug="slug-with-a-newline\\n"')],
        [
            Expect(
                "tree #1",
                "contains a line break",
                "lowercase letters, digits and single hyphens",
                "slug=",
            )
        ],
    ),
    "id-with-a-newline": (
        [('Scenario("code-tool"', 'Scenario("code-tool\\n"')],
        [
            Expect(
                "scenario #2",
                "id 'code-tool\\n' contains a line break",
                "lowercase letters",
                'Scenario("code-tool',
            )
        ],
    ),
    "option-key-with-a-newline": (
        [('"often": Option("Often"', '"often\\n": Option("Often"')],
        [
            Expect(
                "question 'fresh', option 'often\\n'",
                "contains a line break",
                "lowercase letters",
                '"often\\n"',
            ),
            Expect(
                "scenario 'support-bot'",
                "answers 'fresh' with 'often', which is not one of its options",
                "use one of",
                '"fresh": "often"',
            ),
        ],
    ),
    "newline-in-text": (
        [('"What is missing?"', '"What is\\nmissing?"')],
        [
            Expect(
                "question 'gap'",
                "text contains a line break (\\n)",
                "write it on one line",
                "What is",
            )
        ],
    ),
    "tab-in-a-label": (
        [('Option("Facts"', 'Option("Fa\\tcts"')],
        [
            Expect(
                "question 'gap', option 'facts'",
                "label contains a tab (\\t)",
                "write it on one line",
                "Fa\\tcts",
            )
        ],
    ),
    "escape-character-in-a-title": (
        [('"Fine-tune", because', '"Fine-tune\\x1b[31m", because')],
        [
            Expect(
                "verdict 'fine-tune'",
                "title contains the control character U+001B",
                "write it on one line",
                "x1b",
            )
        ],
    ),
    "right-to-left-override": (
        [('situation="House style matters."', 'situation="House \\u202estyle matters."')],
        [
            Expect(
                "scenario 'code-tool'",
                "situation contains the invisible bidirectional control U+202E "
                "(RIGHT-TO-LEFT OVERRIDE) at character 7",
                "delete that character",
                "u202e",
            )
        ],
    ),
    "huge-label": (
        [('Option("Style"', 'Option("' + "x" * 100_000 + '"')],
        [
            Expect(
                "question 'gap', option 'style'",
                "label is 100000 characters long; the limit is 80",
                "shorten it to 80",
                "xxxx",
            )
        ],
    ),
    "long-question": (
        [('"What is missing?"', '"What is missing' + " really" * 40 + '?"')],
        [
            Expect(
                "question 'gap'",
                "text is 296 characters long; the limit is 200",
                "shorten it to 200",
                "really",
            )
        ],
    ),
    "character-reference": (
        [('because="Knowledge changes."', 'because="Knowledge &amp; changes."')],
        [
            Expect(
                "verdict 'rag'",
                "because contains the character reference '&amp;'",
                "write the character itself",
                "&amp;",
            )
        ],
    ),
    "numeric-character-reference": (
        [
            (
                'why="Fresh knowledge favours retrieval."',
                'why="Fresh &#60;script&#62; favours retrieval."',
            )
        ],
        [
            Expect(
                "question 'fresh'",
                "why contains the character reference '&#60;'",
                "write the character itself",
                "&#60;",
            )
        ],
    ),
    "template-syntax": (
        [('"Base tree?"', '"Base {{ config.site_name }} tree?"')],
        [
            Expect(
                "tree 'template-syntax'",
                "title contains template syntax '{{'",
                "never run as a template",
                "{{",
            )
        ],
    ),
    "template-statement": (
        [('summary="A valid', "summary=\"{% include 'x' %} A valid")],
        [
            Expect(
                "tree 'template-statement'",
                "summary contains template syntax '{%'",
                "never run as a template",
                "{%",
            )
        ],
    ),
    # -- constructs: the file is data, never code -----------------------------------------
    "exits-the-checker": (
        [("from decision_trees.model", "import sys\n\nsys.exit(0)\nfrom decision_trees.model")],
        [
            Expect(
                "file",
                "imports sys; a tree file may only import names from",
                "remove the other imports",
                "import sys",
            ),
            Expect("file", "has an expression on a line of its own", "remove it", "sys.exit(0)"),
        ],
    ),
    "prints": (
        [("TREE = Tree(", 'print("{}")\nTREE = Tree(')],
        [Expect("file", "has an expression on a line of its own", "remove it", "print(")],
    ),
    "switches-a-rule-off": (
        [
            (
                "from decision_trees.model",
                "from decision_trees import validate\n\nvalidate.LIMITS = {}\nfrom decision_trees.model",
            )
        ],
        [
            Expect(
                "file",
                "imports from decision_trees; a tree file may only import names from",
                "remove the import",
                "import validate",
            ),
            Expect(
                "file",
                "assigns to an attribute (validate.LIMITS = ...)",
                "plain names",
                "validate.LIMITS",
            ),
        ],
    ),
    "raises-a-base-exception": (
        [("TREE = Tree(", "class Stop(BaseException):\n    pass\n\n\nraise Stop()\nTREE = Tree(")],
        [
            Expect("file", "defines a class", "a tree file holds data only", "class Stop"),
            Expect("file", "raises an exception", "a tree file holds data only", "raise Stop()"),
        ],
    ),
    "runs-a-shell-command": (
        [('summary="A valid', 'summary=__import__("os").system("touch pwned") or "A valid')],
        [Expect("file", "uses 'and' or 'or'", "a tree file holds data only", "__import__")],
    ),
    "calls-a-builtin": (
        [('title="Base tree?"', 'title=open("/etc/passwd").read()')],
        [
            Expect(
                "file",
                "calls open('/etc/passwd').read(); only Tree, Question",
                "nothing in a tree file runs",
                "open(",
            )
        ],
    ),
    "calls-eval": (
        [('title="Base tree?"', 'title=eval("1 + 1")')],
        [
            Expect(
                "file",
                "calls eval(); only Tree, Question, Option, Verdict, Scenario and NextStep",
                "write the value out",
                "eval(",
            )
        ],
    ),
    "loop": (
        [("TREE = Tree(", "for i in range(3):\n    pass\nTREE = Tree(")],
        [Expect("file", "has a for loop", "a tree file holds data only", "for i in")],
    ),
    "function": (
        [("TREE = Tree(", "def helper():\n    return 1\n\n\nTREE = Tree(")],
        [Expect("file", "defines a function", "a tree file holds data only", "def helper")],
    ),
    "lambda-and-comprehension": (
        [
            (
                'sources=["amanai-lab"],\n        ),\n        Question(',
                'sources=[k for k in ["amanai-lab"]],\n        ),\n        Question(',
            ),
            ('title="Base tree?"', 'title=(lambda: "x")'),
        ],
        [
            Expect("file", "has a lambda", "a tree file holds data only", "lambda"),
            Expect("file", "has a comprehension", "a tree file holds data only", "for k in"),
        ],
    ),
    "f-string-with-a-call": (
        [('title="Base tree?"', 'title=f"{OURS.upper()}?"')],
        [
            Expect(
                "file",
                "has an f-string with something other than a name inside {...}",
                "put only names of texts in braces",
                'f"{OURS.upper()}',
            )
        ],
    ),
    "f-string-with-a-conversion": (
        [('title="Base tree?"', 'title=f"{OURS!r}?"')],
        [Expect("file", "something other than a name inside {...}", "names of texts", "!r")],
    ),
    "f-string-with-a-number": (
        [("TREE = Tree(", "N = 3\nTREE = Tree("), ('title="Base tree?"', 'title=f"Base {N}?"')],
        [Expect("file", "puts a int (N) into an f-string", "put only names of texts", "{N}")],
    ),
    "assignment-into-a-value": (
        [("TREE = Tree(", "X = {}\nX['a'] = 1\nTREE = Tree(")],
        [
            Expect(
                "file",
                "assigns into a value (X['a'] = ...)",
                "write the whole value at once",
                "X['a']",
            )
        ],
    ),
    "attribute-read": (
        [('title="Base tree?"', "title=OURS.upper")],
        [Expect("file", "reads an attribute (x.y)", "a tree file holds data only", "OURS.upper")],
    ),
    "other-import": (
        [("from decision_trees.model", "from os import system\nfrom decision_trees.model")],
        [Expect("file", "imports from os", "remove the import", "from os")],
    ),
    "star-import": (
        [
            (
                "from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict",
                "from decision_trees.model import *\nfrom decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict",
            )
        ],
        [Expect("file", "imports * from decision_trees.model", "name what you use", "import *")],
    ),
    "misspelt-import": (
        [("import OURS, Option,", "import OURS, Optoin, Option,")],
        [
            Expect(
                "file",
                "imports 'Optoin', which decision_trees.model does not have (did you mean 'Option'?)",
                "import one of",
                "Optoin",
            )
        ],
    ),
    "undefined-name": (
        [
            (
                'source=OURS),\n        Scenario("stable-codes"',
                'source=OUR),\n        Scenario("stable-codes"',
            )
        ],
        [
            Expect(
                "file",
                "uses the name 'OUR', which is not defined above this line (did you mean 'OURS'?)",
                "define it earlier",
                "source=OUR)",
            )
        ],
    ),
    "missing-field": (
        [('Option("Often", goto="rag")', 'Option("Often")')],
        [
            Expect(
                "Option(...)",
                "lacks 'goto'",
                "give every field of Option without a default: label, goto",
                'Option("Often")',
            )
        ],
    ),
    "too-many-values": (
        [('Option("Often", goto="rag")', 'Option("Often", "rag", "extra")')],
        [
            Expect(
                "Option(...)",
                "has 3 values without names; it takes at most 2 (label, goto)",
                "name the extra values",
                '"extra"',
            )
        ],
    ),
    "one-key-twice": (
        [
            (
                '"rarely": Option("Rarely", goto="fine-tune"),',
                '"rarely": Option("Rarely", goto="fine-tune"),\n                "often": Option("Often again", goto="fine-tune"),',
            )
        ],
        [
            Expect(
                "file",
                "has the key 'often' twice in one dict",
                "keep one entry per key",
                "Often again",
            )
        ],
    ),
    "adds-text-and-a-number": (
        [('title="Base tree?"', 'title="Base tree?" + 2')],
        [
            Expect(
                "file", "adds a str and a int", "use + only between two texts", '"Base tree?" + 2'
            )
        ],
    ),
    "multiplies-text": (
        [('title="Base tree?"', 'title="Base tree? " * 3')],
        [Expect("file", "uses the operator '*'", "only + is allowed", "* 3")],
    ),
}


def write_case(directory: Path, name: str) -> Path:
    source = BASE.replace('slug="SLUG"', f'slug="{name}"')
    for old, new in CASES[name][0]:
        assert old in source, f"case {name}: edit target not in the base tree: {old!r}"
        source = source.replace(old, new, 1)
    path = directory / f"{name.replace('-', '_')}.py"
    path.write_text(source, encoding="utf-8")
    return path


def write_good(directory: Path) -> Path:
    path = directory / "good_tree.py"
    # A title of its own: two trees whose titles read the same are refused.
    source = BASE.replace('slug="SLUG"', 'slug="good-tree"').replace("Base tree?", "Good tree?")
    path.write_text(source, encoding="utf-8")
    return path


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """The CLI in this process, as a contributor would meet it: status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    old_err, old_in = sys.stderr, sys.stdin
    sys.stderr, sys.stdin = err, io.StringIO(stdin)
    try:
        status = main(list(args), out=out)
    finally:
        sys.stderr, sys.stdin = old_err, old_in
    return status, out.getvalue(), err.getvalue()


def assert_problem_lines(output: str, path: Path, expected: list[Expect]) -> None:
    """Exactly one well-formed line per expected problem, each pointing at the right line."""
    lines = output.splitlines()
    assert len(lines) == len(expected), "\n".join(lines)
    source = path.read_text(encoding="utf-8").splitlines()
    for want in expected:
        found = [
            m
            for line in lines
            if (m := LINE.match(line)) and m["node"] == want.node and want.what in m["what"]
        ]
        assert found, f"no line for {want.node!r}: {want.what!r} in:\n{output}"
        match = found[0]
        assert match["file"].endswith(path.name)
        assert want.fix in match["fix"], match.string
        if want.at is not None:
            assert match["line"], f"no line number: {match.string}"
            assert want.at in source[int(match["line"]) - 1], (
                match.string,
                source[int(match["line"]) - 1][:80],
            )


@pytest.mark.parametrize("name", list(CASES))
def test_a_broken_tree_is_one_line_per_problem_with_file_line_node_and_fix(
    name: str, tmp_path: Path
) -> None:
    path = write_case(tmp_path, name)
    status, out, err = run("check", str(path))
    assert status == 1
    assert err == "error: 1 tree(s) failed the check\n"
    assert "Traceback" not in out + err
    assert_problem_lines(out, path, CASES[name][1])


@pytest.mark.parametrize("name", list(CASES))
def test_other_trees_keep_working_next_to_a_broken_one(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = write_good(tmp_path), write_case(tmp_path, name)
    monkeypatch.setattr(loader, "discover", lambda directory=None: sorted([good, bad]))
    warning = f"warning: skipped {bad}: {len(CASES[name][1])} problem(s); run "

    status, out, err = run("list")
    assert (status, err.count("\n")) == (0, 1) and err.startswith(warning), err
    assert out.startswith("good-tree ")
    answers = ["-a", "gap=facts", "-a", "fresh=often"]
    status, out, err = run("decide", "good-tree", *answers)
    assert status == 0 and "Verdict: Use RAG (rag)" in out and err.startswith(warning)
    status, out, _ = run("decide", "good-tree", "--json", *answers)
    assert status == 0 and json.loads(out)["verdict"] == "rag"
    status, out, _ = run("walk", "good-tree", stdin="style\n")
    assert status == 0 and "Verdict: Fine-tune (fine-tune)" in out
    status, out, _ = run("export", "good-tree", "-f", "json")
    assert status == 0 and json.loads(out)["slug"] == "good-tree"
    status, out, _ = run("render", "good-tree", "-o", "-")
    assert status == 0 and "<svg" in out
    status, out, err = run("check")
    assert status == 1 and "ok  good-tree:" in out and "Traceback" not in out + err

    # Asked for by name, the broken tree is refused: its problems, then one line of error.
    status, out, err = run("decide", name, *answers)
    lines = err.splitlines()
    assert status == 1 and out == ""
    assert (
        lines[-1]
        == f"error: tree '{name}' has {len(CASES[name][1])} problem(s); run 'python -m decision_trees check {name}'"
    )
    assert all(LINE.match(line) for line in lines[:-1]) and len(lines) == len(CASES[name][1]) + 1


def test_the_checker_never_runs_a_tree_file(tmp_path: Path) -> None:
    """A file that would exit, print, write a file or switch a rule off does none of it."""
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.py"
    evil.write_text(
        "import os\nimport sys\nfrom decision_trees import validate\n"
        f"open({str(marker)!r}, 'w').write('x')\n"
        "print('not JSON')\nvalidate.LIMITS['label'] = 10**9\nsys.exit(0)\nTREE = 1\n",
        encoding="utf-8",
    )
    long_label = write_case(tmp_path, "huge-label")
    done = subprocess.run(
        [sys.executable, "-m", "decision_trees", "check", str(evil)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1 and not marker.exists()
    assert "not JSON" not in done.stdout and "Traceback" not in done.stdout + done.stderr
    # 3 imports, 3 lines that would run, the assignment and its '**'; TREE is not looked at
    assert len(done.stdout.splitlines()) == 8
    limit = validate.LIMITS["label"]
    loaded = load_trees([evil, long_label])
    assert validate.LIMITS["label"] == limit == 80
    assert any("label is 100000 characters long" in str(p) for p in loaded[1].problems)


def test_every_tree_in_the_repository_and_the_template_reads_as_data(tmp_path: Path) -> None:
    from decision_trees import scaffold, treefile

    for path in loader.discover():
        assert treefile.read(path).problems == [], path
    new = scaffold.write("template-check", tmp_path)
    [item] = load_trees([new])
    assert item.problems == []


def test_a_tree_written_as_its_own_repr_reads_back_equal(tmp_path: Path) -> None:
    """Every model object's repr is a constructor call the reader accepts."""
    from decision_trees import treefile

    for tree in loader.all_trees():
        path = tmp_path / f"{tree.slug.replace('-', '_')}.py"
        path.write_text(
            "from decision_trees.model import NextStep, Option, Question, Scenario, Tree, Verdict\n\n"
            f"TREE = {tree!r}\n",
            encoding="utf-8",
        )
        read = treefile.read(path)
        assert read.problems == [] and read.tree == tree


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"TREE = '\xff'\n", "is not UTF-8 text"),
        (b"TREE = 'a\x00'\n", "is not valid Python"),
        (
            b"x = " + b"[" * 300 + b"]" * 300 + b"\n",
            "is not valid Python: too many nested parentheses",
        ),
        (b"x = " + b" + ".join([b'"a"'] * 30_000) + b"\n", "is not valid Python"),
        (b"x = " + b" + ".join([b'"a"'] * 900) + b"\n", "nests expressions more than 40 deep"),
        (b"# " + b"x" * 300_000 + b"\n", "a tree file may be at most 256 KB"),
        (
            b"x0 = 'a'\n" + b"".join(b"x%d = x%d + x%d\n" % (i + 1, i, i) for i in range(40)),
            "builds a value longer than 20000 with +",
        ),
    ],
    ids=[
        "not-utf8",
        "null-byte",
        "deep-nesting",
        "huge-expression",
        "long-chain",
        "huge-file",
        "doubling",
    ],
)
def test_files_that_are_not_trees_at_all_are_one_line(
    content: bytes, what: str, tmp_path: Path
) -> None:
    path = tmp_path / "odd.py"
    path.write_bytes(content)
    status, out, err = run("check", str(path))
    assert status == 1 and "Traceback" not in out + err
    [line] = out.splitlines()
    assert line.startswith(f"{path}") and ": file: " in line and what in line and "Fix: " in line


def test_a_second_tree_with_a_taken_slug_leaves_the_first_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_good(tmp_path)
    copy = tmp_path / "copy"
    copy.mkdir()
    twin = copy / "good_tree.py"
    twin.write_text(good.read_text(), encoding="utf-8")
    monkeypatch.setattr(loader, "discover", lambda directory=None: [good, twin])
    status, out, err = run("decide", "good-tree", "-a", "gap=style")
    assert status == 0 and "Verdict: Fine-tune" in out
    assert (
        err
        == f"warning: skipped {twin}: 1 problem(s); run 'python -m decision_trees check {twin}'\n"
    )
    status, out, err = run("check")
    assert status == 1 and f"{twin}:4: tree 'good-tree': has the same slug as {good}" in out


def test_the_contributing_pages_example_reads_as_data(tmp_path: Path) -> None:
    """The example under 'What a tree file may contain' uses only what it allows."""
    from decision_trees import treefile

    page = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    section = page.split("### What a tree file may contain", 1)[1].split("\n## ", 1)[0]
    [example] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    path = tmp_path / "example.py"
    path.write_text(example, encoding="utf-8")
    assert [p.what for p in treefile.read(path).problems] == ["defines no TREE"]
    path.write_text(example + "TREE = SCALE\n", encoding="utf-8")
    assert [p.what for p in treefile.read(path).problems] == [
        "defines TREE as a Question, not a Tree"
    ]
    rows = dict(re.findall(r"^\| (.+?) \| (\d+) \|$", section, flags=re.M))
    stated = {
        "label": "option `label` (drawn on an arrow)",
        "title": "`title` of a tree, verdict or scenario",
        "text": "question `text`",
        "next step": "next step",
        "summary": "tree `summary`",
        "long": "`why`, `because`, `situation`, `differs`",
        "short_if": "verdict `short_if`",
        "cost or risk": "each of a verdict's `costs` and `risks`",
    }
    assert {key: int(rows[row]) for key, row in stated.items()} == {
        key: validate.LIMITS[key] for key in stated
    }


def test_the_site_build_stops_with_the_checkers_lines_for_a_tree_that_would_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tree calling sys.exit(0) used to end `mkdocs build --strict` with status 0 and no
    output; now the build stops, naming each line, and the good tree is never the issue."""
    import macros

    good, bad = write_good(tmp_path), write_case(tmp_path, "exits-the-checker")
    monkeypatch.setattr(loader, "discover", lambda directory=None: [good, bad])
    with pytest.raises(macros.TreeCheckError) as stopped:
        macros._trees()
    lines = str(stopped.value).splitlines()
    assert lines[0] == "decision trees failed the check:"
    assert [line.strip().split(": file: ")[0] for line in lines[1:]] == [
        f"{bad}:1",  # import sys
        f"{bad}:3",  # sys.exit(0)
    ]


def test_a_lone_surrogate_in_ids_still_prints_one_line_per_problem(tmp_path: Path) -> None:
    """Text that cannot be encoded, echoed in messages (a duplicate id), is escaped."""
    source = BASE.replace('slug="SLUG"', 'slug="surrogate"')
    for old in ('Verdict("fine-tune", "Fine-tune"', 'Verdict("rag", "Use RAG"'):
        source = source.replace(
            old, old.replace('("fine-tune"', '("x\\ud800"').replace('("rag"', '("x\\ud800"')
        )
    path = tmp_path / "surrogate.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "decision_trees", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "node 'x\\ud800': is defined more than once" in done.stdout
    assert len(lines) >= 3 and all(LINE.match(line) for line in lines), done.stdout


def test_every_type_and_text_mistake_of_a_file_comes_in_one_run(tmp_path: Path) -> None:
    combined = [
        "options-as-a-list",
        "order-as-text",
        "changeable-as-text",
        "newline-in-text",
        "character-reference",
        "list-as-a-source",
        "escape-character-in-a-title",
    ]
    source = BASE.replace('slug="SLUG"', 'slug="many-mistakes"')
    expected: list[Expect] = []
    for name in combined:
        edits, wanted = CASES[name]
        for old, new in edits:
            assert old in source, (name, old)
            source = source.replace(old, new, 1)
        expected += [
            Expect(w.node.replace(f"tree '{name}'", "tree 'many-mistakes'"), w.what, w.fix, w.at)
            for w in wanted
        ]
    path = tmp_path / "many_mistakes.py"
    path.write_text(source, encoding="utf-8")
    status, out, _ = run("check", str(path))
    assert status == 1
    assert_problem_lines(out, path, expected)


def test_decide_prints_a_next_steps_text_not_its_repr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "good_tree.py"
    source = BASE.replace('slug="SLUG"', 'slug="good-tree"').replace(
        "import OURS,", "import OURS, NextStep,"
    )
    source = source.replace(
        'next_steps=["Index the docs."]',
        'next_steps=[NextStep("Index the docs.", see="framework/when-rag.md#signals")]',
    )
    path.write_text(source, encoding="utf-8")
    monkeypatch.setattr(loader, "discover", lambda directory=None: [path])
    status, out, err = run("decide", "good-tree", "-a", "gap=facts", "-a", "fresh=often")
    assert (status, err) == (0, "") and "  - Index the docs.\n" in out
