"""``python -m decision_trees``: list, check, decide, walk, render, export, publish and scaffold
trees, and keep their changelog.

Exit status: 0 on success, 1 when a check or a decision fails, 2 on a usage
error. Every failure ends in a one-line reason; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

from decision_trees import (
    analysis,
    changelog,
    changes_page,
    freshness,
    record,
    scaffold,
    verdict_lock,
)
from decision_trees.analysis import changes as reader_changes
from decision_trees.engine import Decision, DecisionError, Step, decide
from decision_trees.export import html_safe, to_dot_file, to_json, to_mermaid
from decision_trees.loader import Loaded, all_trees, load_trees
from decision_trees.model import Tree
from decision_trees.navigation import NavBlockError, with_tree_nav
from decision_trees.plan import DESTINATION, QUESTION, TREE, Plan, plan, plan_data
from decision_trees.problems import display, one_line
from decision_trees.publish import publish
from decision_trees.render import RenderError, to_svg
from decision_trees.sources import BIBLIOGRAPHY

__all__ = ["main"]

PROG = "python -m decision_trees"


class UsageError(Exception):
    """A bad argument: exit 2 with one line."""


class Failure(Exception):
    """A check or decision that failed: exit 1 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _warn_broken(loaded: Sequence[Loaded], skip: Loaded | None = None) -> None:
    """One line on stderr for each tree file that cannot be used; the command goes on."""
    for item in loaded:
        if item.problems and item is not skip:
            where = display(item.path)
            print(
                f"warning: skipped {where}: {len(item.problems)} problem(s); "
                f"run '{PROG} check {where}'",
                file=sys.stderr,
            )


def _select(loaded: list[Loaded], selector: str) -> list[Loaded]:
    """The files that are (or are meant to be) the tree ``selector``, sound ones first."""
    sound = [i for i in loaded if not i.problems and i.tree is not None and i.tree.slug == selector]
    if sound:
        return sound[:1]
    broken = [i for i in loaded if i.problems and i.claims(selector)]
    if broken:
        return broken[:1]
    slugs = ", ".join(i.tree.slug for i in loaded if i.tree is not None and not i.problems)
    raise UsageError(f"no tree '{selector}'; trees are: {slugs or '(none)'}")


def _is_path(selector: str) -> bool:
    return selector.endswith(".py") or "/" in selector


def _file(selector: str, *, analysis: bool) -> list[Loaded]:
    path = Path(selector)
    if not path.is_symlink() and not path.exists():  # a link or a non-file is refused unread
        raise UsageError(f"no such tree file: {selector}")
    return load_trees([path], analysis=analysis)


def _checked(selector: str | None) -> list[Loaded]:
    """For ``check``: all trees, or the one named by slug or by file path, fully validated."""
    if selector and _is_path(selector):
        return _file(selector, analysis=True)
    if selector is None:
        return load_trees()
    [item] = _select(load_trees(analysis=False), selector)
    if not item.problems and item.tree is not None:
        [item] = load_trees([item.path])  # now with coverage and mutants, for this tree only
    return [item]


def _sound_tree(selector: str) -> Tree:
    """The named tree, refusing one with problems: nothing runs on half a tree.

    Never runs the mutation analysis; a broken file other than the one asked for
    is one warning on stderr.
    """
    if _is_path(selector):
        loaded = _file(selector, analysis=False)
        item = loaded[0]
    else:
        loaded = load_trees(analysis=False)
        [item] = _select(loaded, selector)
        _warn_broken(loaded, skip=item)
    if item.problems or item.tree is None:
        for problem in item.problems:
            print(problem, file=sys.stderr)
        raise Failure(
            f"tree '{selector}' has {len(item.problems)} problem(s); run '{PROG} check {selector}'"
        )
    return item.tree


def _answers(pairs: Sequence[str]) -> dict[str, str]:
    answers: dict[str, str] = {}
    for pair in pairs:
        question, sep, option = pair.partition("=")
        if not sep or not question or not option:
            raise UsageError(f"--answer expects QUESTION=OPTION, got '{pair}'")
        if question in answers:
            raise UsageError(
                f"question '{question}' is answered twice ('{answers[question]}' and '{option}'); "
                "give one --answer per question"
            )
        answers[question] = option
    return answers


def _write(output: str, text: str, out: TextIO) -> None:
    """Write ``text`` to the file ``output``, or fail in one line saying why."""
    target = Path(output)
    if not target.parent.is_dir():
        raise Failure(
            f"cannot write {output}: the directory '{target.parent}' does not exist; create it first"
        )
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise Failure(f"cannot write {output}: {error.strerror or error}") from None
    print(f"wrote {output}", file=out)


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    loaded = load_trees(analysis=False)
    _warn_broken(loaded)
    rows = []
    for item in loaded:
        if item.problems or item.tree is None:
            continue
        t = item.tree
        rows.append(
            (
                t.slug,
                t.title,
                f"{len(t.questions)}q {len(t.verdicts)}v",
                f"{len(t.scenarios)} scenarios",
            )
        )
    width = max(len(r[0]) for r in rows) if rows else 0
    for slug, title, size, scenarios in rows:
        print(f"{slug:<{width}}  {size:<8} {scenarios:<13} {title}", file=out)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    failed = 0
    for item in _checked(args.tree):
        if item.problems or item.tree is None:
            failed += 1
            for problem in item.problems:
                print(problem, file=out)
            continue
        t = item.tree
        if lock_problems := verdict_lock.problems(t, item.path):
            failed += 1
            for problem in lock_problems:
                print(problem, file=out)
            continue
        cov = analysis.coverage(t)
        mutants = analysis.mutant_count(t)
        print(
            f"ok  {t.slug}: {len(t.questions)} questions, {len(t.verdicts)} verdicts, "
            f"{len(t.scenarios)} scenarios; coverage {cov.percent:.0f}% "
            f"({cov.covered}/{cov.total} options and verdicts); "
            f"{mutants - len(analysis.surviving_mutants(t))}/{mutants} mutants killed",
            file=out,
        )
    if args.tree is None:
        sound = load_trees(analysis=False)
        verdicts = {
            i.tree.slug: {v.id for v in i.tree.verdicts}
            for i in sound
            if i.tree is not None and not i.problems
        }
        for change in changelog.CHANGES:  # a broken tree is reported on its own, not as unknown
            if change.tree not in verdicts and any(i.claims(change.tree) for i in sound):
                verdicts[change.tree] = set()
        for problem in changelog.problems(changelog.CHANGES, verdicts):
            failed += 1
            print(problem, file=out)
    for line in freshness.warnings():  # stale vendor facts: reported, never a failure
        print(line, file=out)
    if failed:
        raise Failure(f"{failed} tree(s) failed the check")
    return 0


def _describe(tree: Tree, decision: Decision, answers: dict[str, str], out: TextIO) -> None:
    verdict = tree.verdict(decision.verdict)
    assert verdict is not None
    print(f"Verdict: {verdict.title} ({verdict.id})", file=out)
    print(f"Why: {verdict.because}", file=out)
    print("Next:", file=out)
    for step in verdict.next_steps:
        print(f"  - {getattr(step, 'text', step)}", file=out)
    for heading, items in (("Costs", verdict.costs), ("Risks", verdict.risks)):
        if items:
            print(f"{heading}:", file=out)
            for item in items:
                print(f"  - {item}", file=out)
    print("Path:", file=out)
    for step in decision.path:
        q = tree.question(step.question)
        assert q is not None
        print(
            f"  {q.text} -> {q.options[step.option].label} [{step.question}={step.option}]",
            file=out,
        )
    changes = reader_changes(tree, answers)
    if changes:
        print("Would change the verdict:", file=out)
        for flip in changes:
            titles = [
                v.title
                for vid in flip.verdicts
                if vid != decision.verdict and (v := tree.verdict(vid))
            ]
            if len(flip.verdicts) == 1:
                outcome = titles[0]
            else:
                same = ", or the same" if decision.verdict in flip.verdicts else ""
                outcome = f"{' or '.join(titles)}{same}, depending on later answers"
            print(f"  {flip.question}={flip.option} -> {outcome}", file=out)
    _describe_plan(tree, plan(tree, answers), out)


def _pairs(steps: Sequence[Step]) -> str:
    return ", ".join(f"{s.question}={s.option}" for s in steps)


def _node_name(tree: Tree, node: str) -> str:
    if (q := tree.question(node)) is not None:
        return f"next question: {q.text} [{node}]"
    v = tree.verdict(node)
    return f"{v.title} ({node})" if v else node


def _describe_plan(tree: Tree, found: Plan, out: TextIO) -> None:
    """The plan as text: each verdict, how you know it fell short, and where the tree goes then."""
    print("Plan:", file=out)
    for number, step in enumerate(found.steps, start=1):
        verdict = tree.verdict(step.verdict)
        assert verdict is not None
        assuming = f", assuming {_pairs(step.assumed)}" if step.assumed else ""
        print(f"  {number}. {verdict.title} ({verdict.id}){assuming}", file=out)
        if verdict.short_if:
            print(f"     Fell short if: {verdict.short_if}", file=out)
    if found.end == QUESTION:
        question = tree.question(found.question)
        assert question is not None
        assuming = f"assuming {_pairs(found.assumed)}, " if found.assumed else ""
        print(f"  Then, {assuming}the tree asks: {question.text} [{question.id}]", file=out)
        for lead in found.leads:
            print(f"     {lead.option} -> {_node_name(tree, lead.node)}", file=out)
    elif found.end == TREE:
        print(
            f"  Then: find out what went wrong with the tree '{found.then_tree}' "
            f"({PROG} walk {found.then_tree})",
            file=out,
        )
    elif found.end == DESTINATION:
        print("  Then: the tree goes no further; the next steps above say what to weigh.", file=out)
    else:
        print(f"  Then: back to '{found.verdicts[-1]}' (a cycle; run '{PROG} check')", file=out)


def _decision_data(tree: Tree, decision: Decision, answers: dict[str, str]) -> dict[str, object]:
    return {
        "tree": tree.slug,
        "verdict": decision.verdict,
        "path": [{"question": s.question, "option": s.option} for s in decision.path],
        "flips": [
            {"question": f.question, "option": f.option, "verdicts": list(f.verdicts)}
            for f in reader_changes(tree, answers)
        ],
        "plan": plan_data(tree, plan(tree, answers)),
    }


def cmd_decide(args: argparse.Namespace, out: TextIO) -> int:
    tree = _sound_tree(args.tree)
    answers = _answers(args.answer or [])
    try:
        decision = decide(tree, answers, exact=True)
    except DecisionError as error:
        raise Failure(str(error)) from None
    form = "json" if args.json else args.format
    if form == "json":
        print(html_safe(json.dumps(_decision_data(tree, decision, answers), indent=2)), file=out)
    elif form == "adr":
        titles = {t.slug: t.title for t in all_trees()}
        walk_url = record.site_url() + record.walker_path(tree.slug)
        out.write(record.render_decision(tree, decision, answers, args.date, walk_url, titles))
    else:
        _describe(tree, decision, answers, out)
    return 0


def _iso_date(text: str) -> str:
    """``--date``: a real calendar day written YYYY-MM-DD."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD")


def cmd_changelog(args: argparse.Namespace, out: TextIO) -> int:
    if args.record:
        loaded = load_trees(analysis=False)
        [item] = _select(loaded, args.record)
        if item.problems or item.tree is None:
            raise Failure(f"tree '{args.record}' has problems; run '{PROG} check {args.record}'")
        try:
            path = verdict_lock.record(item.tree, item.path)
        except verdict_lock.LockError as error:
            raise Failure(str(error)) from None
        print(
            f"recorded {display(path)}: advice version {changelog.version(item.tree.slug)}",
            file=out,
        )
        return 0
    if args.tree and args.tree not in {c.tree for c in changelog.CHANGES}:
        _select(load_trees(analysis=False), args.tree)  # an unknown slug: say which exist
    for change in changelog.entries(args.tree):
        print(f"{change.version}  {change.tree}", file=out)
        print(f"  What: {change.what}", file=out)
        print(f"  Why: {change.why}", file=out)
        print("  Sources:", file=out)
        for key in change.sources:
            source = BIBLIOGRAPHY.get(key)
            named = ", ".join(filter(None, (source.title, source.url))) if source else key
            print(f"    - {named} [{key}]", file=out)
    return 0


def _read_line() -> str:
    """One line from stdin; '' at the end of input, or when there is no input at all."""
    if sys.stdin is None:
        return ""
    try:
        return sys.stdin.readline()
    except (OSError, ValueError, UnicodeDecodeError):  # closed, or not text
        return ""


def cmd_walk(args: argparse.Namespace, out: TextIO) -> int:
    tree = _sound_tree(args.tree)
    answers: dict[str, str] = {}
    node = tree.start
    print(f"{tree.title}  (answer with the option key or its number; Ctrl-D to stop)", file=out)
    while (question := tree.question(node)) is not None:
        keys = list(question.options)
        print(f"\n{question.text}", file=out)
        for number, key in enumerate(keys, start=1):
            print(f"  {number}. [{key}] {question.options[key].label}", file=out)
        while True:
            print("> ", end="", file=out, flush=True)
            line = _read_line()
            if not line:
                raise Failure(f"stopped before a verdict, at question '{question.id}'")
            reply = line.strip()
            if reply.isdigit() and 1 <= int(reply) <= len(keys):
                reply = keys[int(reply) - 1]
            if reply in question.options:
                break
            print(
                f"  '{reply}' is not an option; type one of: {', '.join(keys)} (or 1-{len(keys)})",
                file=out,
            )
        answers[question.id] = reply
        node = question.options[reply].goto
    print("", file=out)
    _describe(tree, decide(tree, answers), answers, out)
    return 0


def cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    tree = _sound_tree(args.tree)
    path, verdict = (), None
    if args.scenario:
        scenario = tree.scenario(args.scenario)
        if scenario is None:
            raise UsageError(
                f"tree '{tree.slug}' has no scenario '{args.scenario}'; scenarios are: {', '.join(s.id for s in tree.scenarios)}"
            )
        decision = decide(tree, scenario.answers)
        path, verdict = decision.path, decision.verdict
    try:
        svg = to_svg(tree, path=path, verdict=verdict)
    except RenderError as error:
        raise Failure(str(error)) from None
    document = f'<?xml version="1.0" encoding="UTF-8"?>\n{svg}\n'
    if args.output == "-":
        out.write(document)
    else:
        _write(args.output, document, out)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    tree = _sound_tree(args.tree)
    text = {
        "json": lambda: to_json(tree) + "\n",
        "dot": lambda: to_dot_file(tree),
        "mermaid": lambda: to_mermaid(tree),
    }[args.format]()
    if args.output in (None, "-"):
        out.write(text)
    else:
        _write(args.output, text, out)
    return 0


def _publish_once(config: Path, out: TextIO) -> None:
    """Check every tree, write their pages and exports, and their block of the config's nav."""
    if not config.is_file():
        raise UsageError(f"no such file: {config}; run from the repository root or give --config")
    loaded = load_trees()
    broken = [item for item in loaded if item.problems or item.tree is None]
    if broken:
        for item in broken:
            for problem in item.problems:
                print(problem, file=sys.stderr)
        raise Failure(
            f"{len(broken)} tree(s) failed the check; nothing was published. "
            f"Fix them ('{PROG} check' lists every problem) and publish again"
        )
    trees = sorted(
        (item.tree for item in loaded if item.tree is not None), key=lambda t: (t.order, t.slug)
    )
    try:
        text = config.read_text(encoding="utf-8")
        nav = with_tree_nav(text, trees, display(config))
    except NavBlockError as error:
        raise Failure(str(error)) from None
    except OSError as error:
        raise Failure(f"cannot read {config}: {error.strerror or error}") from None
    files = {item.tree.slug: item.path for item in loaded if item.tree is not None}
    docs = config.parent / "docs"
    changed = publish(trees, docs / "trees", files, feed_to=docs / changes_page.FEED)
    if nav != text:
        tmp = config.with_name(f".{config.name}.{os.getpid()}.tmp")
        tmp.write_text(nav, encoding="utf-8")
        tmp.replace(config)  # whole, so a server reading it never sees half a file
    print(
        f"published {len(trees)} tree(s): {len(changed)} file(s) changed in "
        f"{display(docs)}, nav in {display(config)} "
        f"{'updated' if nav != text else 'up to date'}",
        file=out,
    )


def _sources_stamp() -> list[tuple[str, int]]:
    """Every file of the package (trees, code, templates) with its modification time."""
    package = Path(__file__).resolve().parent
    return sorted(
        (str(p), p.stat().st_mtime_ns)
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def cmd_publish(args: argparse.Namespace, out: TextIO) -> int:
    config = Path(args.config)
    _publish_once(config, out)
    if not args.watch:
        return 0
    print("watching decision_trees/ for changes (Ctrl-C stops)", file=out, flush=True)
    seen = _sources_stamp()
    while True:
        time.sleep(1)
        if (now := _sources_stamp()) != seen:
            seen = now
            # A new process, so edited code is imported afresh; it prints its own line or errors.
            subprocess.run(
                [sys.executable, "-m", "decision_trees", "publish", "--config", str(config)],
                check=False,
            )


def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    try:
        path = scaffold.write(args.slug)
    except scaffold.ScaffoldError as error:
        raise UsageError(str(error)) from None
    print(f"wrote {display(path)}: edit it, then run '{PROG} check {args.slug}'", file=out)
    return 0


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG, description="Executable decision trees: RAG, fine-tuning, both or neither."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    p = commands.add_parser("list", help="list the trees")
    p.set_defaults(run=cmd_list)

    p = commands.add_parser("check", help="validate trees: structure, scenarios, coverage, mutants")
    p.add_argument(
        "tree", nargs="?", help="a tree slug or a path to a tree file (default: all trees)"
    )
    p.set_defaults(run=cmd_check)

    p = commands.add_parser("decide", help="run a tree on a set of answers")
    p.add_argument("tree", help="tree slug")
    p.add_argument(
        "--answer",
        "-a",
        action="append",
        metavar="QUESTION=OPTION",
        help="an answer; repeat for each question",
    )
    p.add_argument("--json", action="store_true", help="print the decision as JSON (--format json)")
    p.add_argument(
        "--format",
        "-f",
        choices=["text", "json", "adr"],
        default="text",
        help="text (default), JSON, or a Markdown decision record (adr)",
    )
    p.add_argument(
        "--date",
        type=_iso_date,
        default=date.today().isoformat(),
        metavar="YYYY-MM-DD",
        help="the decision record's date (default: today)",
    )
    p.set_defaults(run=cmd_decide)

    p = commands.add_parser("walk", help="answer a tree's questions one by one in the terminal")
    p.add_argument("tree", help="tree slug")
    p.set_defaults(run=cmd_walk)

    p = commands.add_parser("render", help="draw a tree to SVG with Graphviz")
    p.add_argument("tree", help="tree slug")
    p.add_argument("--scenario", help="highlight this scenario's path")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.svg",
        help="where to write the SVG ('-' for stdout)",
    )
    p.set_defaults(run=cmd_render)

    p = commands.add_parser("export", help="write a tree as JSON, DOT or Mermaid")
    p.add_argument("tree", help="tree slug")
    p.add_argument("--format", "-f", required=True, choices=["json", "dot", "mermaid"])
    p.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: stdout)")
    p.set_defaults(run=cmd_export)

    p = commands.add_parser(
        "publish", help="write the tree pages, their exports and nav entries before a site build"
    )
    p.add_argument(
        "--config",
        default="mkdocs.yml",
        metavar="FILE",
        help="the site's configuration; pages go to docs/trees beside it (default: mkdocs.yml)",
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help="then stay running and publish again whenever a file of the package changes",
    )
    p.set_defaults(run=cmd_publish)

    p = commands.add_parser(
        "new", help="scaffold a new tree module from a template that passes check"
    )
    p.add_argument("slug", help="the new tree's slug, e.g. 'vector-database-choice'")
    p.set_defaults(run=cmd_new)

    p = commands.add_parser(
        "changelog", help="the dated changes to each tree's advice; --record refreshes a lock"
    )
    p.add_argument("tree", nargs="?", help="one tree's entries (default: all, newest first)")
    p.add_argument(
        "--record",
        metavar="TREE",
        help="write decision_trees/trees/TREE.verdicts.json, every path's and scenario's "
        "verdict as of the latest entry (refused when one moved and no new entry says why)",
    )
    p.set_defaults(run=cmd_changelog)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status instead of raising."""
    out = out or sys.stdout
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        return int(args.run(args, out))
    except UsageError as error:
        print(one_line(f"error: {error}"), file=sys.stderr)
        return 2
    except Failure as error:
        print(one_line(f"error: {error}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``check | head``): stop quietly, as other Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
