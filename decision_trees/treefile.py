"""Read a tree file as data: check every construct it uses, then build the tree without running it.

Tree files arrive by pull request from anyone, so they are never imported and no line of
them is ever executed. The file is parsed with :mod:`ast`; a small evaluator accepts only
what a tree is made of (imports from :mod:`decision_trees.model` and
:mod:`decision_trees.sources`, names bound to literals, calls of the model's classes, ``+``
between texts or lists, f-strings that insert names of texts) and builds the model objects
itself. Anything else is a
:class:`~decision_trees.problems.Problem` naming the file, the line and the fix.

It also records where each object and dict key was written, so that the validator can
point a problem at its line.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import importlib
import math
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from decision_trees.model import NextStep, Option, Question, Scenario, Tree, Verdict
from decision_trees.problems import Problem, display, show
from decision_trees.vendor_facts import Fact

__all__ = [
    "ALLOWED_MODULES",
    "CONSTRUCTORS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_NAMES",
    "MAX_NODES",
    "MAX_TEXT",
    "TreeFile",
    "Where",
    "read",
]

ALLOWED_MODULES = ("decision_trees.model", "decision_trees.sources", "decision_trees.vendor_facts")
"""The only modules a tree file may import names from. A vendor fact imported by its constant
name (``from decision_trees.vendor_facts import OPENAI_FT_NEW_JOBS_END``) stands for its
sentence, so the tree states the fact as the data says it today."""

CONSTRUCTORS: dict[str, type] = {
    cls.__name__: cls for cls in (Tree, Question, Option, Verdict, Scenario, NextStep)
}
"""The only things a tree file may call."""

MAX_FILE_BYTES = 256 * 1024
"""A tree file larger than this is refused unread (the largest tree today is about 160 KB)."""
MAX_JOINED = 20_000
"""The most characters (or items) one ``+`` or ``*``-unpacking may build."""
MAX_NODES = 50_000
"""The most syntax nodes a file may have (the largest tree today has about 5,200)."""
MAX_DEPTH = 40
"""How deeply expressions may nest (the trees today nest 13 deep)."""
MAX_NAMES = 1_000
"""The most names a file may bind (the trees today bind at most 26)."""
MAX_TEXT = 1_000_000
"""The most characters of text one value may hold once every name in it is filled in: a text
used a thousand times counts a thousand times (the largest tree today holds about 107,000)."""
MAX_ITEMS = 50_000
"""The most values (texts, numbers, lists, dicts, objects) one value may hold once every name in
it is filled in (the largest tree today holds about 3,500)."""
MAX_NUMBER = 10**15
"""Numbers in a tree are small (an order); larger ones are refused before anything prints them."""
MAX_SUGGESTIONS = 50
"""How many "did you mean" hints one file gets; each compares a name with every candidate."""
MAX_CANDIDATES = 500
"""Above this many candidates a misspelt name gets no hint (the comparison grows with both)."""


class TooMuch(Exception):
    """A bound on the work a file may cause was passed; the file is refused at that point."""


_DATA = (
    "a tree file holds data only: imports from decision_trees.model, NAME = value, "
    "texts, numbers, lists, dicts and calls of Tree, Question, Option, Verdict, Scenario "
    "and NextStep (docs/contributing.md, 'What a tree file may contain')"
)

_STATEMENTS: dict[type, str] = {
    ast.FunctionDef: "defines a function",
    ast.AsyncFunctionDef: "defines a function",
    ast.ClassDef: "defines a class",
    ast.For: "has a for loop",
    ast.AsyncFor: "has a for loop",
    ast.While: "has a while loop",
    ast.If: "has an if statement",
    ast.With: "has a with statement",
    ast.AsyncWith: "has a with statement",
    ast.Try: "has a try statement",
    ast.Raise: "raises an exception",
    ast.Assert: "has an assert statement",
    ast.Delete: "deletes a name",
    ast.Global: "has a global statement",
    ast.Nonlocal: "has a nonlocal statement",
    ast.Return: "has a return statement",
    ast.Match: "has a match statement",
    ast.AugAssign: "updates a name in place (+= and the like)",
    ast.AnnAssign: "has a type annotation",
}

_EXPRESSIONS: dict[type, str] = {
    ast.Attribute: "reads an attribute (x.y)",
    ast.Subscript: "indexes a value (x[...])",
    ast.Lambda: "has a lambda",
    ast.ListComp: "has a comprehension",
    ast.SetComp: "has a comprehension",
    ast.DictComp: "has a comprehension",
    ast.GeneratorExp: "has a generator expression",
    ast.IfExp: "has a conditional expression (a if b else c)",
    ast.BoolOp: "uses 'and' or 'or'",
    ast.Compare: "compares values",
    ast.NamedExpr: "uses ':='",
    ast.Await: "uses await",
    ast.Yield: "uses yield",
    ast.YieldFrom: "uses yield",
    ast.Set: "has a set ({a, b})",
    ast.Starred: "unpacks a value with *",
    ast.Slice: "has a slice",
}


_CALLABLE = ", ".join(list(CONSTRUCTORS)[:-1]) + " and " + list(CONSTRUCTORS)[-1]


class _Broken:
    """The value of an expression that was refused; its problem is already reported."""

    def __repr__(self) -> str:
        return "<refused>"


BROKEN = _Broken()


@dataclass(frozen=True)
class Where:
    """Where an object or dict was written: its line, and the line of each field or key."""

    line: int
    fields: Mapping[object, int]


@dataclass
class TreeFile:
    """What came of reading one tree file: the tree (None on any problem) and the problems."""

    path: Path
    tree: Tree | None
    problems: list[Problem]
    where: dict[int, Where] = field(default_factory=dict)
    """``id(obj)`` of every model object and dict built, to where it was written."""
    keep: list[object] = field(default_factory=list, repr=False)
    """The located objects, held so that their ids stay theirs."""

    def line(self, obj: object, key: object = None) -> int | None:
        """The line ``obj`` (or its field or key ``key``) was written on, if it was read here."""
        found = self.where.get(id(obj))
        if found is None:
            return None
        if key is not None:
            try:
                return found.fields.get(key, found.line)
            except TypeError:  # an unhashable key cannot have been recorded
                return found.line
        return found.line


def _kind(value: object) -> str:
    return type(value).__name__


class _Reader:
    """Evaluates the accepted subset of Python; reports everything else."""

    def __init__(self, path: Path) -> None:
        self.label = display(path)
        self.file = TreeFile(path, None, [])
        self.names: dict[str, object] = {}
        self.bound: dict[str, int] = {}
        """The line each name was bound on."""
        self.costs: dict[int, tuple[int, int, int]] = {}
        """``id(value)`` of each list, dict and object built: its characters of text, its
        values and its depth once every name in it is filled in."""
        self.alive: list[object] = []
        """The values in ``costs``, held so that their ids stay theirs."""
        self.hints = 0

    def too_much(self, node: ast.AST | None, what: str, fix: str) -> TooMuch:
        """Refuse the file at a passed bound; the caller raises what this returns."""
        self.refuse(node, what, fix)
        return TooMuch(what)

    def hint(self, word: str, candidates: list[str]) -> str:
        """A "did you mean" for ``word``, within the file's budget of comparisons."""
        if self.hints >= MAX_SUGGESTIONS or len(candidates) > MAX_CANDIDATES:
            return ""
        self.hints += 1
        close = difflib.get_close_matches(word, candidates, n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def cost(self, value: object) -> tuple[int, int, int]:
        if isinstance(value, str):
            return len(value), 1, 0
        return self.costs.get(id(value), (0, 1, 0))

    def account(self, node: ast.AST, value: object, parts: list[object]) -> None:
        """Record what ``value`` holds with every name filled in; refuse it past the bounds."""
        chars, items, depth = 0, 1, 0
        for part in parts:
            c, i, d = self.cost(part)
            chars, items, depth = chars + c, items + i, max(depth, d)
        depth += 1
        if chars > MAX_TEXT:
            raise self.too_much(
                node,
                f"builds a value holding {chars} characters of text once its names are filled "
                f"in; the limit is {MAX_TEXT}",
                "use each long text fewer times, or split the tree",
            )
        if items > MAX_ITEMS:
            raise self.too_much(
                node,
                f"builds a value holding {items} values once its names are filled in; the "
                f"limit is {MAX_ITEMS}",
                "put each list or dict in fewer places, or split the tree",
            )
        if depth > MAX_DEPTH:
            raise self.too_much(
                node,
                f"nests values {depth} deep; the limit is {MAX_DEPTH}",
                "write flatter values",
            )
        self.costs[id(value)] = (chars, items, depth)
        self.alive.append(value)

    def bind(self, name: str, value: object, node: ast.stmt) -> None:
        """Bind ``name``, refusing a second binding: Python would silently keep the last."""
        if name in self.bound:
            what = "assigns TREE twice" if name == "TREE" else f"binds the name '{name}' twice"
            self.refuse(
                node,
                f"{what} (lines {self.bound[name]} and {node.lineno}); only the last would count",
                "keep one of them: give each name one value",
            )
            self.names[name] = BROKEN
            return
        if len(self.bound) >= MAX_NAMES:
            raise self.too_much(
                node, f"binds more than {MAX_NAMES} names", "use fewer names, or split the tree"
            )
        self.bound[name] = node.lineno
        self.names[name] = value

    def refuse(
        self, node: ast.AST | None, what: str, fix: str = _DATA, where: str = "file"
    ) -> _Broken:
        line = getattr(node, "lineno", None)
        self.file.problems.append(Problem(self.label, where, what, fix, line))
        return BROKEN

    def locate(self, obj: object, line: int, fields: Mapping[object, int]) -> None:
        self.file.where[id(obj)] = Where(line, dict(fields))
        self.file.keep.append(obj)

    # -- statements ---------------------------------------------------------------------

    def module(self, tree: ast.Module) -> None:
        for stmt in tree.body:
            self.statement(stmt)

    def statement(self, stmt: ast.stmt) -> None:
        if (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        ):
            return  # a docstring, or a string used as a comment
        if isinstance(stmt, ast.ImportFrom):
            self.import_from(stmt)
        elif isinstance(stmt, ast.Import):
            modules = ", ".join(alias.name for alias in stmt.names)
            self.refuse(
                stmt,
                f"imports {modules}; a tree file may only import names from "
                + " and ".join(ALLOWED_MODULES),
                "write 'from decision_trees.model import Option, Question, Scenario, Tree, Verdict' "
                "and remove the other imports",
            )
        elif isinstance(stmt, ast.Assign):
            self.assign(stmt)
        elif isinstance(stmt, ast.Expr):
            self.refuse(
                stmt,
                "has an expression on a line of its own (a call, say); nothing in a tree file runs",
                "remove it: a tree file only binds names, NAME = value",
            )
        else:
            what = _STATEMENTS.get(type(stmt), f"has a {type(stmt).__name__} statement")
            self.refuse(stmt, what)
            if (
                isinstance(stmt, (ast.AnnAssign, ast.AugAssign))
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id not in self.names
            ):
                self.bind(stmt.target.id, BROKEN, stmt)

    def import_from(self, stmt: ast.ImportFrom) -> None:
        if stmt.module == "__future__" and stmt.level == 0:
            return  # changes nothing here: the file is never compiled
        if stmt.level or stmt.module not in ALLOWED_MODULES:
            name = "." * stmt.level + (stmt.module or "")
            self.refuse(
                stmt,
                f"imports from {name}; a tree file may only import names from "
                + " and ".join(ALLOWED_MODULES),
                "remove the import: a tree is data built from decision_trees.model's classes",
            )
            for alias in stmt.names:
                self.bind(alias.asname or alias.name, BROKEN, stmt)
            return
        module = importlib.import_module(stmt.module)
        public = [n for n in vars(module) if not n.startswith("_")]
        for alias in stmt.names:
            if alias.name == "*":
                self.refuse(
                    stmt,
                    f"imports * from {stmt.module}",
                    f"name what you use: from {stmt.module} import Option, Question, ...",
                )
                continue
            bound = alias.asname or alias.name
            if alias.name.startswith("_") or not hasattr(module, alias.name):
                hint = self.hint(alias.name, public)
                self.refuse(
                    stmt,
                    f"imports '{alias.name}', which {stmt.module} does not have{hint}",
                    f"import one of: {', '.join(sorted(CONSTRUCTORS)) + ', OURS'}"
                    if stmt.module == "decision_trees.model"
                    else f"check the name against {stmt.module.replace('.', '/')}.py",
                )
                self.bind(bound, BROKEN, stmt)
            else:
                value = getattr(module, alias.name)
                # A vendor fact stands for its sentence: the text the data states today.
                self.bind(bound, value.text if isinstance(value, Fact) else value, stmt)

    def assign(self, stmt: ast.Assign) -> None:
        names: list[str] = []
        for target in stmt.targets:
            if isinstance(target, ast.Name):
                names.append(target.id)
            elif isinstance(target, ast.Attribute):
                self.refuse(
                    stmt,
                    f"assigns to an attribute ({ast.unparse(target)[:60]} = ...)",
                    "assign only to plain names, NAME = value",
                )
            elif isinstance(target, ast.Subscript):
                self.refuse(
                    stmt,
                    f"assigns into a value ({ast.unparse(target)[:60]} = ...)",
                    "write the whole value at once, NAME = {...}",
                )
            else:
                self.refuse(
                    stmt,
                    "unpacks a value into several names",
                    "assign one name at a time, NAME = value",
                )
                names.extend(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        value = self.expr(stmt.value)
        for name in names:
            self.bind(name, value, stmt)

    # -- expressions --------------------------------------------------------------------

    def expr(self, node: ast.expr) -> object:
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.JoinedStr):
            return self.fstring(node)
        if isinstance(node, ast.UnaryOp):
            operand = node.operand
            if (
                isinstance(node.op, (ast.USub, ast.UAdd))
                and isinstance(operand, ast.Constant)
                and type(operand.value) in (int, float)
            ):
                number = self.constant(operand)
                if isinstance(number, (int, float)) and isinstance(node.op, ast.USub):
                    return -number
                return number
            return self.refuse(node, "applies an operator to a value", "write the value out")
        if isinstance(node, ast.BinOp):
            return self.join(node)
        if isinstance(node, (ast.List, ast.Tuple)):
            return self.sequence(node)
        if isinstance(node, ast.Dict):
            return self.mapping(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        what = _EXPRESSIONS.get(type(node), f"has a {type(node).__name__} expression")
        return self.refuse(node, what)

    def fstring(self, node: ast.JoinedStr) -> object:
        """An f-string whose every ``{...}`` is the plain name of a text defined above."""
        parts: list[str] = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
                continue
            if (
                not isinstance(value, ast.FormattedValue)
                or not isinstance(value.value, ast.Name)
                or value.conversion != -1
                or value.format_spec is not None
            ):
                return self.refuse(
                    node,
                    "has an f-string with something other than a name inside {...}",
                    'put only names of texts in braces, like f"{PAGE}#anchor", or join texts with +',
                )
            text = self.name(value.value)
            if text is BROKEN:
                return BROKEN
            if not isinstance(text, str):
                return self.refuse(
                    node,
                    f"puts a {_kind(text)} ({value.value.id}) into an f-string",
                    "put only names of texts in braces",
                )
            parts.append(text)
        joined = "".join(parts)
        if len(joined) > MAX_JOINED:
            return self.refuse(
                node,
                f"builds a value longer than {MAX_JOINED} with an f-string",
                "write shorter texts",
            )
        return joined

    def constant(self, node: ast.Constant) -> object:
        value = node.value
        if type(value) is int and abs(value) > MAX_NUMBER:
            return self.refuse(
                node,
                f"has a number of about {int(value.bit_length() * math.log10(2)) + 1} digits; "
                f"numbers in a tree are at most {MAX_NUMBER:,}".replace(",", " "),
                "write a small whole number",
            )
        if type(value) is float and not math.isfinite(value):
            return self.refuse(
                node,
                "has a number too large to hold (it reads as infinity)",
                "write a small number",
            )
        if value is None or type(value) in (str, int, float, bool):
            return value
        return self.refuse(
            node,
            f"has a {_kind(node.value)} constant ({ast.unparse(node)[:20]})",
            "use text in quotes, a number, True, False or None",
        )

    def name(self, node: ast.Name) -> object:
        if node.id in self.names:
            return self.names[node.id]
        hint = self.hint(node.id, list(self.names))
        return self.refuse(
            node,
            f"uses the name '{node.id}', which is not defined above this line{hint}",
            "define it earlier in the file, or import it from decision_trees.model "
            "(a vendor fact from decision_trees.vendor_facts)",
        )

    def join(self, node: ast.BinOp) -> object:
        if not isinstance(node.op, ast.Add):
            symbol = {ast.Mult: "*", ast.Mod: "%", ast.Sub: "-", ast.Div: "/", ast.Pow: "**"}
            return self.refuse(
                node,
                f"uses the operator '{symbol.get(type(node.op), type(node.op).__name__)}'",
                "only + is allowed, to join texts or lists; write the value out",
            )
        left, right = self.expr(node.left), self.expr(node.right)
        if left is BROKEN or right is BROKEN:
            return BROKEN
        if type(left) is not type(right) or type(left) not in (str, list, tuple):
            return self.refuse(
                node,
                f"adds a {_kind(left)} and a {_kind(right)}",
                "use + only between two texts, two lists or two tuples",
            )
        if len(left) + len(right) > MAX_JOINED:  # type: ignore[arg-type]
            return self.refuse(
                node,
                f"builds a value longer than {MAX_JOINED} with +",
                "write shorter texts and lists; a tree's texts have length limits",
            )
        joined = left + right  # type: ignore[operator]
        if not isinstance(joined, str):
            self.account(node, joined, list(joined))
        return joined

    def sequence(self, node: ast.List | ast.Tuple) -> object:
        items: list[object] = []
        broken = False
        for element in node.elts:
            if isinstance(element, ast.Starred):
                value = self.expr(element.value)
                if value is BROKEN:
                    broken = True
                elif isinstance(value, (list, tuple)):
                    items.extend(value)
                else:
                    self.refuse(
                        element,
                        f"unpacks a {_kind(value)} with *",
                        "unpack only lists or tuples, like [*COMMON, 'key']",
                    )
                    broken = True
            else:
                value = self.expr(element)
                broken = broken or value is BROKEN
                items.append(value)
            if len(items) > MAX_JOINED:
                return self.refuse(
                    node, f"builds a list longer than {MAX_JOINED}", "split the tree"
                )
        if broken:
            return BROKEN
        built = items if isinstance(node, ast.List) else tuple(items)
        self.account(node, built, items)
        return built

    def mapping(self, node: ast.Dict) -> object:
        result: dict[object, object] = {}
        lines: dict[object, int] = {}
        broken = False
        for key_node, value_node in zip(node.keys, node.values, strict=True):
            value = self.expr(value_node)
            if key_node is None:  # {**other}
                if value is BROKEN:
                    broken = True
                elif isinstance(value, dict):
                    result.update(value)
                else:
                    self.refuse(
                        value_node,
                        f"unpacks a {_kind(value)} with **",
                        "unpack only dicts, like {**COMMON, 'key': 'value'}",
                    )
                    broken = True
                continue
            key = self.expr(key_node)
            if key is BROKEN or value is BROKEN:
                broken = True
                continue
            if key is not None and type(key) not in (str, int, float, bool):
                # Only plain values are keys: hashing a nested value can take without end.
                self.refuse(
                    key_node,
                    f"uses a {_kind(key)} as a dict key",
                    "write dict keys as text in quotes",
                )
                broken = True
                continue
            if key in lines:
                self.refuse(
                    key_node,
                    f"has the key {show(key)} twice in one dict (lines {lines[key]} and "
                    f"{key_node.lineno}); Python would silently keep only the last",
                    "keep one entry per key",
                )
                broken = True
            result[key] = value
            lines[key] = key_node.lineno
            if len(result) > MAX_JOINED:
                return self.refuse(
                    node, f"builds a dict larger than {MAX_JOINED}", "split the tree"
                )
        if broken:
            return BROKEN
        self.account(node, result, [*result, *result.values()])
        self.locate(result, node.lineno, lines)
        return result

    def call(self, node: ast.Call) -> object:
        func = node.func
        cls = None
        if isinstance(func, ast.Name) and func.id in self.names:
            value = self.names[func.id]
            if value is BROKEN:
                cls = BROKEN
            elif isinstance(value, type) and value in CONSTRUCTORS.values():
                cls = value
        if cls is None:
            shown = ast.unparse(func)[:40]
            self.refuse(
                node,
                f"calls {shown}(); only {_CALLABLE} may be called",
                "write the value out instead; nothing in a tree file runs",
            )
        args = []
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                self.refuse(arg, "unpacks arguments with *", "write each argument out")
                cls = None
            else:
                args.append((arg, self.expr(arg)))
        kwargs: list[tuple[str, ast.expr, object]] = []
        for keyword in node.keywords:
            if keyword.arg is None:
                self.refuse(keyword.value, "unpacks arguments with **", "write each argument out")
                cls = None
            else:
                kwargs.append((keyword.arg, keyword.value, self.expr(keyword.value)))
        if not isinstance(cls, type):
            return BROKEN
        return self.construct(cls, node, args, kwargs)

    def construct(
        self,
        cls: type,
        node: ast.Call,
        args: list[tuple[ast.expr, object]],
        kwargs: list[tuple[str, ast.expr, object]],
    ) -> object:
        fields = [f for f in dataclasses.fields(cls) if f.init]
        names = [f.name for f in fields]
        where = f"{cls.__name__}(...)"
        ok = True
        values: dict[str, object] = {}
        lines: dict[object, int] = {}
        if len(args) > len(fields):
            ok = False
            self.refuse(
                node,
                f"has {len(args)} values without names; it takes at most {len(fields)} "
                f"({', '.join(names)})",
                'name the extra values, like goto="node-id", or remove them',
                where,
            )
        for (arg, value), f in zip(args, fields, strict=False):
            values[f.name], lines[f.name] = value, arg.lineno
        for name, value_node, value in kwargs:
            if name not in names:
                ok = False
                hint = self.hint(name, names)
                self.refuse(
                    value_node,
                    f"has no field '{name}'{hint}",
                    f"use the fields of {cls.__name__}: {', '.join(names)}",
                    where,
                )
            elif name in values:
                ok = False
                self.refuse(
                    value_node,
                    f"gets '{name}' twice, by position and by name",
                    "give each field once",
                    where,
                )
            else:
                values[name], lines[name] = value, value_node.lineno
        missing = [
            f.name
            for f in fields
            if f.name not in values
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ]
        if missing:
            ok = False
            self.refuse(
                node,
                f"lacks {', '.join(repr(m) for m in missing)}",
                f"give every field of {cls.__name__} without a default: "
                + ", ".join(
                    f.name
                    for f in fields
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                ),
                where,
            )
        if not ok or any(v is BROKEN for v in values.values()):
            return BROKEN
        obj = cls(**values)
        self.account(node, obj, list(values.values()))
        self.locate(obj, node.lineno, lines)
        return obj


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _source(path: Path, reader: _Reader) -> bytes | None:
    """The file's bytes, or None when it is refused: a link or anything but a regular file is
    refused before it is opened (a link could lead out of the repository, or to a device that
    never ends), and no more than the size limit is ever read."""
    try:
        info = path.lstat()
    except OSError as error:
        reader.refuse(None, f"cannot be read: {error.strerror}", "check that the file exists")
        return None
    if stat.S_ISLNK(info.st_mode):
        reader.refuse(
            None,
            "is a symbolic link; a tree file must be a file of its own in the repository",
            "replace the link by the tree file itself",
        )
        return None
    if not stat.S_ISREG(info.st_mode):
        reader.refuse(
            None,
            f"is {_not_a_file(info.st_mode)}, not a file",
            "a tree file must be a plain file; remove it or rename it so it does not end in .py",
        )
        return None
    if info.st_size > MAX_FILE_BYTES:
        reader.refuse(
            None,
            f"is {info.st_size // 1024} KB; a tree file may be at most {MAX_FILE_BYTES // 1024} KB",
            "split it into several trees",
        )
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        reader.refuse(None, f"cannot be read: {error.strerror}", "check the file's permissions")
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since lstat
            reader.refuse(None, "is not a file", "a tree file must be a plain file")
            return None
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        reader.refuse(
            None,
            f"is larger than {MAX_FILE_BYTES // 1024} KB",
            "split it into several trees",
        )
        return None
    return data


def _too_big(module: ast.Module, reader: _Reader) -> bool:
    """Refuse a file with too many syntax nodes or too deep a nesting, before reading it."""
    count = 0
    stack: list[tuple[ast.AST, int]] = [(module, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            reader.refuse(
                None,
                f"has more than {MAX_NODES} pieces of syntax; the limit is {MAX_NODES}",
                "split it into several trees",
            )
            return True
        if depth > MAX_DEPTH:
            reader.refuse(
                node,
                f"nests expressions more than {MAX_DEPTH} deep",
                "write flatter values: name the inner ones, or join fewer texts with +",
            )
            return True
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return False


def read(path: Path) -> TreeFile:
    """Read ``path`` as a tree file and build its ``TREE``, reporting every refused construct.

    Never raises for anything in the file, and never runs any of it. Every bound on the work a
    file can cause (its size, its syntax, the values it builds) is a problem, not a hang.
    """
    reader = _Reader(path)
    label = reader.label
    result = reader.file
    data = _source(path, reader)
    if data is None:
        return result
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reader.refuse(None, f"is not UTF-8 text (byte {error.start})", "save the file as UTF-8")
        return result
    try:
        module = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        if "integer string conversion" in str(error.msg):
            what = "has a number with more than 4300 digits"
            fix = f"write a small whole number (at most {MAX_NUMBER:,})".replace(",", " ")
        else:
            what = f"is not valid Python: {error.msg}"
            fix = "correct the syntax at that line"
        result.problems.append(Problem(label, "file", what, fix, error.lineno))
        return result
    except (ValueError, RecursionError, MemoryError) as error:
        reader.refuse(
            None, f"is not valid Python: {type(error).__name__}", "correct the file's syntax"
        )
        return result
    if _too_big(module, reader):
        return result
    try:
        reader.module(module)
    except TooMuch:
        return result
    except (RecursionError, MemoryError):
        reader.refuse(None, "nests values too deeply to read", "write flatter values")
        return result
    if result.problems:
        return result
    tree = reader.names.get("TREE")
    if not isinstance(tree, Tree):
        what = (
            "defines no TREE"
            if "TREE" not in reader.names
            else f"defines TREE as a {_kind(tree)}, not a Tree"
        )
        result.problems.append(Problem(label, "TREE", what, "end the file with TREE = Tree(...)"))
        return result
    result.tree = tree
    return result
