"""Tree files built to hurt the checker: to make it spin, crash, read what it must not, pass a
tree that breaks the build, or print megabytes.

Each case is a small file (most: the valid base tree of ``test_contributor_errors`` with one
edit) run through the real command line in a subprocess. The check must end with exit status 1
and a finding that names the file, says what is wrong and how to fix it; never a traceback,
never the checker's own "stopped the checker". The subprocess timeout is only a guard against
a hang; what is asserted is the finding.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest

from decision_trees import loader, sitecheck
from tests.test_contributor_errors import BASE
from tests.test_untrusted_trees import LINE

ROOT = Path(__file__).resolve().parents[1]
GUARD = 20  # seconds: far above what any case takes, only so that a hang fails instead of waiting


def tree_source(slug: str, *edits: tuple[str, str], before: str = "") -> str:
    """The base tree as ``slug``, with each (old, new) edit and ``before`` put above TREE."""
    source = BASE.replace('slug="SLUG"', f'slug="{slug}"')
    for old, new in edits:
        assert old in source, old
        source = source.replace(old, new, 1)
    return source.replace("\nTREE = Tree(", f"\n{before}TREE = Tree(", 1)


def check(*paths: Path) -> tuple[str, list[str]]:
    """``check`` on the files, in a subprocess: its output, and its lines that are findings."""
    done = subprocess.run(
        [sys.executable, "-m", "decision_trees", "check", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=GUARD,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-2000:]
    assert "Traceback" not in output and "stopped the checker" not in output, output[-2000:]
    return output, [line for line in done.stdout.splitlines() if LINE.match(line)]


def finding(output: str, *words: str) -> str:
    """The one line of ``output`` that holds every word."""
    found = [line for line in output.splitlines() if all(w in line for w in words)]
    assert found, f"no line with {words} in:\n{output[-3000:]}"
    return found[0]


# -- 1. unbounded work ------------------------------------------------------------------------

DOUBLED_KEY = (
    "A0 = ('a', 'b')\n"
    + "".join(f"A{i + 1} = (A{i}, A{i})\n" for i in range(80))
    + "D = {A80: 1}\n"
)
SHARED_TEXT = "X = '" + "a" * 19_000 + "'\nL = [" + ", ".join(["X"] * 19_000) + "]\n"
MANY_UNKNOWN = (
    "".join(f'name_{i:04d}x = "a"\n' for i in range(900))
    + "L = ["
    + ", ".join(f"nome_{i:05d}q" for i in range(8000))
    + "]\n"
)


def diamond(slug: str, questions: int, options: int) -> str:
    """Every answer of each question leads to the next one: options ** questions paths, and
    scenarios that all answer alike, so that redirecting an answer further down goes unseen."""
    head = "from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict\n"
    qs = []
    for i in range(questions):
        targets = [
            f"q{i + 1}" if i < questions - 1 else ("va" if j % 2 == 0 else "vb")
            for j in range(options)
        ]
        opts = ", ".join(f'"o{j}": Option("O{j}", goto="{t}")' for j, t in enumerate(targets))
        qs.append(
            f'Question("q{i}", "Q{i}?", options={{{opts}}}, why="W.", sources=["amanai-lab"])'
        )
    scenarios = []
    for j in range(options):
        answers = ", ".join(f'"q{i}": "o{j}"' for i in range(questions))
        expect = "va" if j % 2 == 0 else "vb"
        scenarios.append(
            f'Scenario("s{j}", "S{j}", situation="S.", answers={{{answers}}}, '
            f'expect="{expect}", source=OURS)'
        )
    verdicts = ", ".join(
        f'Verdict("{v}", "{v.upper()}", because="B.", next_steps=["N."], sources=["amanai-lab"])'
        for v in ("va", "vb")
    )
    return (
        f'{head}TREE = Tree(slug="{slug}", title="T", summary="S.", start="q0",\n'
        f"questions=[{', '.join(qs)}],\nverdicts=[{verdicts}],\n"
        f"scenarios=[{', '.join(scenarios)}])\n"
    )


WORK = {
    "a dict key nested in itself 80 times through names is refused, not hashed": (
        DOUBLED_KEY,
        ("builds a value holding", "values once its names are filled in; the limit is 50000"),
    ),
    "one long text referenced 19000 times is refused by the text it would hold": (
        SHARED_TEXT,
        ("characters of text once its names are filled in; the limit is 1000000",),
    ),
    "8000 unknown names against 900 defined ones give 5 lines and a count, quickly": (
        MANY_UNKNOWN,
        ("and 7995 more like the 5 above (8000 in all", "run the check again"),
    ),
    "a file with more syntax than the bound is refused before it is read": (
        "L = [" + ", ".join(["1"] * 60_000) + "]\n",
        ("has more than 50000 pieces of syntax", "split it"),
    ),
    "more than 1000 names are refused at the first one past the bound": (
        "".join(f"n{i} = 1\n" for i in range(1200)),
        ("binds more than 1000 names",),
    ),
    "a tree with a trillion paths is refused before its plans are walked": (
        diamond("diamond", 60, 2),
        ("has more than a trillion paths from its start", "at most 20000 answers"),
    ),
}


@pytest.mark.parametrize(("source", "words"), list(WORK.values()), ids=list(WORK))
def test_a_file_built_to_be_expensive_is_one_finding_not_a_hang(
    source: str, words: tuple[str, ...], tmp_path: Path
) -> None:
    slug = re.search(r'slug="([a-z-]+)"', source)
    path = tmp_path / (slug[1].replace("-", "_") + ".py" if slug else "costly.py")
    path.write_text(source, encoding="utf-8")
    output, _ = check(path)
    line = finding(output, *words)
    assert line.startswith(str(path)) and "Fix: " in line


def test_a_tree_built_to_let_mutants_survive_lists_five_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mutants.py"
    path.write_text(diamond("mutants", 60, 4), encoding="utf-8")
    output, lines = check(path)
    survivors = [line for line in lines if "every scenario would still pass" in line]
    assert len(survivors) == 5
    summary = finding(output, "more surviving mutants", "in all; the first 5 are above")
    total = int(re.search(r"\((\d+) in all", summary)[1])  # type: ignore[index]
    assert total > 5_000 and len(output) < 5_000


# -- 2. what used to stop the checker ---------------------------------------------------------

HUGE_HEX = "0x" + "f" * 20_000

INTERNAL = {
    "a number written with 100000 digits is a finding, not Python's conversion error": (
        tree_source("digits", ('start="gap",', 'start="gap", order=' + "9" * 100_000 + ",")),
        ("has a number with more than 4300 digits", "write a small whole number"),
    ),
    "a hexadecimal number with 24000 digits, twice as a dict key, is refused unprinted": (
        tree_source("hex", before=f"X = {{{HUGE_HEX}: 1, {HUGE_HEX}: 2}}\n"),
        ("has a number of about 24083 digits",),
    ),
    "1e999999 (infinity) is refused": (
        tree_source("infinite", ('start="gap",', 'start="gap", order=1e999999,')),
        ("has a number too large to hold",),
    ),
}


@pytest.mark.parametrize(("source", "words"), list(INTERNAL.values()), ids=list(INTERNAL))
def test_a_number_python_cannot_print_is_a_finding(
    source: str, words: tuple[str, ...], tmp_path: Path
) -> None:
    slug = re.search(r'slug="([a-z-]+)"', source)
    assert slug is not None
    path = tmp_path / f"{slug[1]}.py"
    path.write_text(source, encoding="utf-8")
    output, _ = check(path)
    finding(output, str(path), *words)


def _symlink(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


SECRET = "TOP_SECRET_TOKEN_in_a_file_outside_the_repository"

NOT_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "a tree file that is a symlink to a device is refused unread": (
        _symlink("/dev/zero"),
        "is a symbolic link",
    ),
    "a tree file that is a symlink to /dev/urandom is refused unread": (
        _symlink("/dev/urandom"),
        "is a symbolic link",
    ),
    "a tree file that is a named pipe is refused without blocking on it": (
        lambda path: os.mkfifo(path),
        "is a named pipe, not a file",
    ),
    "a directory named like a tree file is refused": (
        lambda path: path.mkdir(),
        "is a directory, not a file",
    ),
}


@pytest.mark.parametrize(("make", "what"), list(NOT_FILES.values()), ids=list(NOT_FILES))
def test_what_is_not_a_plain_file_in_the_trees_folder_is_refused_unopened(
    make: Callable[[Path], None], what: str, tmp_path: Path
) -> None:
    path = tmp_path / "odd.py"
    make(path)
    output, lines = check(path)
    assert lines == [finding(output, f"{path}: file: {what}", "Fix: ")]
    # The loader meets it among the trees (decision_trees/trees is globbed the same way).
    [item] = loader.load_trees(loader.discover(tmp_path))
    assert item.tree is None and [what in p.what for p in item.problems] == [True]


def test_a_tree_file_linked_to_a_file_outside_the_repository_is_never_read(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(f"x = {SECRET}\n", encoding="utf-8")
    trees = tmp_path / "trees"
    trees.mkdir()
    link = trees / "stolen.py"
    link.symlink_to(outside)
    output, lines = check(link)
    assert SECRET not in output
    assert lines == [finding(output, f"{link}: file: is a symbolic link", "Fix: replace the link")]


# -- 3. check passed, then the build broke or wrote over a page ---------------------------------

SITE = {
    "a slug that would overwrite the tracked docs/trees/index.md is refused": (
        "index",
        [],
        "",
        ("has the slug 'index'", "docs/trees/index.md", "overwrite"),
    ),
    "a next step to a snippet the site does not publish is refused": (
        "snippet-link",
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Read.", see="includes/abbreviations.md")]',
            ),
        ],
        "",
        ("docs/includes/abbreviations.md, which is not a page the site publishes",),
    ),
    "a next step to an anchor a hand-written page does not have is refused": (
        "missing-anchor",
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Read.", see="framework/when-rag.md#no-such-heading")]',
            ),
        ],
        "",
        ("#no-such-heading, which is not a heading of docs/framework/when-rag.md",),
    ),
    "a next step to a node the tree page does not have is refused": (
        "missing-node",
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Read.", see="trees/missing-node.md#v-nowhere")]',
            ),
        ],
        "",
        ("#v-nowhere, which is not an id on the page of tree 'missing-node'",),
    ),
    "a next step to the page of a tree that does not exist is refused": (
        "no-such-tree",
        [
            ("import OURS,", "import OURS, NextStep,"),
            (
                'next_steps=["Index the docs."]',
                'next_steps=[NextStep("Read.", see="trees/ghost-tree.md")]',
            ),
        ],
        "",
        ("no tree has the slug 'ghost-tree'",),
    ),
    "a verdict id that makes the diagram's figure id is refused": (
        "figure-id",
        [('Verdict("rag",', 'Verdict("figure",'), ('goto="rag"', 'goto="figure"')],
        "",
        ("makes the element id 'dt-figure-id-figure'", "the figure of the diagram"),
    ),
    "a verdict id that makes a question's outline id is refused": (
        "outline-id",
        [('Verdict("rag",', 'Verdict("o-gap",'), ('goto="rag"', 'goto="o-gap"')],
        "",
        ("makes the element id 'dt-outline-id-o-gap'", "question 'gap' already has"),
    ),
    "a title whose heading id is a scenario row's id is refused": (
        "title-id",
        [('title="Base tree?"', 'title="S: code tool"')],
        "",
        ("makes the element id 's-code-tool'", "the page's title already has"),
    ),
    "a node id starting with a number, the id of a second copy of the figure, is refused": (
        "number-id",
        [('Verdict("rag",', 'Verdict("2-rag",'), ('goto="rag"', 'goto="2-rag"')],
        "",
        ("verdict '2-rag': starts with a number",),
    ),
    "U+FFFF, which XML forbids, in a label is refused with its position": (
        "xml-forbidden",
        [('Option("Often"', 'Option("Of\\uffffen"')],
        "",
        ("label contains the noncharacter U+FFFF, which XML forbids at character 3",),
    ),
    "an escape character (C0 control) in a why is refused with its position": (
        "c0-control",
        [('why="Fresh knowledge', 'why="Fresh \\x1b[2Jknowledge')],
        "",
        ("why contains the control character U+001B at character 7",),
    ),
}

# -- 4. accepted silently -------------------------------------------------------------------

INVISIBLE = {
    "a zero width space in a title is refused with its code point": (
        "\\u200b",
        "format character U+200B (ZERO WIDTH SPACE) at character 5",
    ),
    "a byte order mark inside a title is refused": ("\\ufeff", "format character U+FEFF"),
    "a soft hyphen in a title is refused": ("\\u00ad", "format character U+00AD (SOFT HYPHEN)"),
    "an Arabic letter mark (a bidi control) is refused": (
        "\\u061c",
        "bidirectional control U+061C (ARABIC LETTER MARK)",
    ),
    "a left-to-right isolate is refused": ("\\u2066", "bidirectional control U+2066"),
    "a left-to-right mark is refused": ("\\u200e", "bidirectional control U+200E"),
}
for scenario, (char, what) in INVISIBLE.items():
    SITE[scenario] = (
        "invisible",
        [('title="Base tree?"', f'title="Base{char} tree?"')],
        "",
        (f"title contains the invisible {what}",),
    )
SITE["TREE assigned twice is refused, naming both lines"] = (
    "tree-twice",
    [],
    "",
    ("file: assigns TREE twice (lines 3 and ", "); only the last would count"),
)


@pytest.mark.parametrize(("slug", "edits", "before", "words"), list(SITE.values()), ids=list(SITE))
def test_a_tree_that_would_pass_then_break_or_mislead_is_refused(
    slug: str,
    edits: list[tuple[str, str]],
    before: str,
    words: tuple[str, ...],
    tmp_path: Path,
) -> None:
    source = tree_source(slug, *edits, before=before)
    if slug == "tree-twice":
        source += "TREE = Tree\n"
        words = (*words, f" and {source.count(chr(10))});")
    path = tmp_path / f"{slug.replace('-', '_')}.py"
    path.write_text(source, encoding="utf-8")
    output, _ = check(path)
    line = finding(output, *words)
    assert LINE.match(line) and line.startswith(str(path)), line


def test_a_next_step_to_a_real_heading_and_a_real_tree_node_passes(tmp_path: Path) -> None:
    source = tree_source(
        "good-links",
        ("import OURS,", "import OURS, NextStep,"),
        (
            'next_steps=["Index the docs."]',
            'next_steps=[NextStep("Read.", see="trees/good-links.md#v-fine-tune"), '
            'NextStep("More.", see="framework/when-rag.md#signals")]',
        ),
    )
    path = tmp_path / "good_links.py"
    path.write_text(source, encoding="utf-8")
    [item] = loader.load_trees([path])
    assert item.problems == []


@pytest.mark.parametrize(
    "page",
    sorted(p.relative_to(sitecheck.DOCS).as_posix() for p in sitecheck.DOCS.rglob("*.md")),
)
def test_the_checker_knows_every_heading_id_python_markdown_gives_a_page(page: str) -> None:
    """The checker renders headings alone; the full page, rendered, gives its headings the same
    ids (toc's slugs, explicit ids, duplicates numbered)."""
    path = sitecheck.DOCS / page
    if not sitecheck.published(page):
        pytest.skip("not a published page")
    md = markdown.Markdown(
        extensions=["toc", "attr_list", "md_in_html", "tables", "admonition", "def_list"]
    )
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):  # front matter, which MkDocs takes off before Markdown
        text = text[text.index("\n---", 4) + 4 :]
    md.convert(text)

    def ids(items: list[dict[str, object]]) -> set[str]:
        found: set[str] = set()
        for item in items:
            found.add(str(item["id"]))
            found |= ids(item["children"])  # type: ignore[arg-type]
        return found

    assert ids(md.toc_tokens) <= sitecheck.anchors(path)  # type: ignore[attr-defined]


def _pair(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> str:
    paths = []
    for slug, title in (first, second):
        path = tmp_path / f"{slug.replace('-', '_')}.py"
        path.write_text(
            tree_source(slug, ('title="Base tree?"', f'title="{title}"')), encoding="utf-8"
        )
        paths.append(path)
    loaded = loader.load_trees(paths)
    return "\n".join(str(p) for item in loaded for p in item.problems)


def test_a_title_that_reads_as_another_trees_is_flagged(tmp_path: Path) -> None:
    # Fullwidth letters (NFKC), other case, doubled spaces and a Cyrillic a (U+0430) for the Latin one.
    output = _pair(
        tmp_path, ("first-tree", "Base tree?"), ("second-tree", "\uff22\uff21\uff33\uff25  tree?")
    )
    finding(
        output, "tree 'second-tree': has a title that reads the same as that of tree 'first-tree'"
    )
    output = _pair(tmp_path, ("third-tree", "Rag tree?"), ("fourth-tree", "R\u0430g tree?"))
    finding(output, "tree 'fourth-tree': has a title that reads the same")


def test_a_slug_that_can_be_mistaken_for_another_trees_is_flagged(tmp_path: Path) -> None:
    output = _pair(tmp_path, ("fine-tuning", "One tree?"), ("fine-tunlng", "Another tree?"))
    finding(output, "tree 'fine-tunlng': has a slug that can be mistaken for 'fine-tuning'")
