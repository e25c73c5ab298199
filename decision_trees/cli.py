"""``python -m decision_trees``: list, check, decide, walk, render, export and scaffold trees.

Exit status: 0 on success, 1 when a check or a decision fails, 2 on a usage
error. Every failure ends in a one-line reason; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from decision_trees import scaffold
from decision_trees.analysis import coverage, flips, mutant_count, surviving_mutants
from decision_trees.engine import Decision, DecisionError, decide
from decision_trees.export import html_safe, to_dot_file, to_json, to_mermaid
from decision_trees.loader import Loaded, load_trees
from decision_trees.model import Tree
from decision_trees.problems import display
from decision_trees.render import RenderError, to_svg

__all__ = ["main"]

PROG = "python -m decision_trees"


class UsageError(Exception):
    """A bad argument: exit 2 with one line."""


class Failure(Exception):
    """A check or decision that failed: exit 1 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _trees(selector: str | None = None) -> list[Loaded]:
    """All trees, or the one named by slug or by file path."""
    if selector and (selector.endswith(".py") or "/" in selector):
        path = Path(selector)
        if not path.is_file():
            raise UsageError(f"no such tree file: {selector}")
        return load_trees([path])
    loaded = load_trees()
    if selector is None:
        return loaded
    chosen = [item for item in loaded if item.tree is not None and item.tree.slug == selector]
    if not chosen:
        slugs = ", ".join(item.tree.slug for item in loaded if item.tree is not None)
        raise UsageError(f"no tree '{selector}'; trees are: {slugs}")
    return chosen


def _sound_tree(selector: str) -> Tree:
    """The named tree, refusing one with problems: nothing runs on half a tree."""
    [item] = _trees(selector)
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
        answers[question] = option
    return answers


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    rows = []
    for item in _trees():
        if item.tree is None:
            rows.append(("(broken)", str(item.path), "", ""))
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
    for item in _trees(args.tree):
        if item.problems or item.tree is None:
            failed += 1
            for problem in item.problems:
                print(problem, file=out)
            continue
        t = item.tree
        cov = coverage(t)
        mutants = mutant_count(t)
        print(
            f"ok  {t.slug}: {len(t.questions)} questions, {len(t.verdicts)} verdicts, "
            f"{len(t.scenarios)} scenarios; coverage {cov.percent:.0f}% "
            f"({cov.covered}/{cov.total} options and verdicts); "
            f"{mutants - len(surviving_mutants(t))}/{mutants} mutants killed",
            file=out,
        )
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
    print("Path:", file=out)
    for step in decision.path:
        q = tree.question(step.question)
        assert q is not None
        print(
            f"  {q.text} -> {q.options[step.option].label} [{step.question}={step.option}]",
            file=out,
        )
    changes = flips(tree, answers)
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


def _decision_data(tree: Tree, decision: Decision, answers: dict[str, str]) -> dict[str, object]:
    return {
        "tree": tree.slug,
        "verdict": decision.verdict,
        "path": [{"question": s.question, "option": s.option} for s in decision.path],
        "flips": [
            {"question": f.question, "option": f.option, "verdicts": list(f.verdicts)}
            for f in flips(tree, answers)
        ],
    }


def cmd_decide(args: argparse.Namespace, out: TextIO) -> int:
    tree = _sound_tree(args.tree)
    answers = _answers(args.answer or [])
    try:
        decision = decide(tree, answers)
    except DecisionError as error:
        raise Failure(str(error)) from None
    if args.json:
        print(html_safe(json.dumps(_decision_data(tree, decision, answers), indent=2)), file=out)
    else:
        _describe(tree, decision, answers, out)
    return 0


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
            line = sys.stdin.readline()
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
        Path(args.output).write_text(document, encoding="utf-8")
        print(f"wrote {args.output}", file=out)
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
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=out)
    return 0


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
    p.add_argument("--json", action="store_true", help="print the decision as JSON")
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
        "new", help="scaffold a new tree module from a template that passes check"
    )
    p.add_argument("slug", help="the new tree's slug, e.g. 'vector-database-choice'")
    p.set_defaults(run=cmd_new)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status instead of raising."""
    out = out or sys.stdout
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        return int(args.run(args, out))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Failure as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
