"""The one YAML reader for every user file (rule files, rule tests, gold files, front matter, sources.yaml).

PyYAML's SafeLoader alone is not enough for files from anywhere:

- an alias bomb ("billion laughs") is a few lines that expand to billions of nodes, and a recursive
  alias is a node that contains itself: both are refused after composing (where aliases are still
  shared nodes, so nothing has been expanded) and before anything is built from the document;
- a document nested too deeply would exhaust the stack, and one too large would exhaust memory;
- an unknown tag (`!!python/name:os.system`), a control character, or a scalar its tag cannot read
  (`!!int abc`) raised assorted exceptions; here every one is a `YamlError` with file:line:column;
- an impossible date (`published: 2025-02-30`) made the timestamp constructor raise ValueError;
  here it is read as the string written and remembered in `Document.bad_dates`, so callers can warn
  (front matter) or refuse it (`strict_dates`, for gold and rule-test files).

Front matter, sources.yaml and rule files are read with libyaml's parser and composer when present
(`fast`): the checks run on the composed node graph, so benign input keeps libyaml's speed. A document
libyaml cannot compose, or whose graph fails the checks, is read again with the pure-Python loader, so
every message is PyYAML's own, whichever loader is installed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from checker.errors import CheckerError, Problem

MAX_CHARS = 5_000_000  # a larger document is refused unread
MAX_DEPTH = 50  # levels of nested collections and scalars, counted after expanding aliases
MAX_ALIASES = 100  # alias uses (`*name`) in one document
MAX_EXPANSION = 10_000  # nodes the aliases may add when expanded: far above any honest reuse

TAG_PREFIX = "tag:yaml.org,2002:"


class YamlError(CheckerError):
    """A YAML document that cannot be read, located in its file."""

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        source_line: str | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        super().__init__([Problem(path, message, line, column, None, source_line)])


@dataclass(frozen=True)
class BadDate:
    """A plain scalar that looks like a date but is none (`2025-02-30`): read as the string written."""

    text: str
    line: int
    column: int


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(TAG_PREFIX) :] if tag.startswith(TAG_PREFIX) else tag


class Constructor(SafeConstructor):
    """SafeConstructor that reads an invalid timestamp as the string written (recorded in `bad_dates`,
    0-based marks), and whose scalar constructors raise ConstructorError at the node (`!!int abc`)."""

    def __init__(self) -> None:
        super().__init__()
        self.bad_dates: list[tuple[str, yaml.Mark]] = []

    def construct_lenient_timestamp(self, node: ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError, AttributeError, TypeError):
            text = str(self.construct_scalar(node))
            self.bad_dates.append((text, node.start_mark))
            return text


def _unreadable(node: Node) -> ConstructorError:
    text = node.value if isinstance(node.value, str) else None
    what = "this node" if text is None else repr(text if len(text) <= 40 else text[:40] + "…")
    return ConstructorError(None, None, f"cannot read {what} as {_short_tag(node.tag)}", node.start_mark)


def _located(construct: Callable[[Any, ScalarNode], Any]) -> Callable[[Any, ScalarNode], Any]:
    """A scalar constructor whose ValueError/KeyError (`!!int abc`, `!!bool maybe`, an int of 5,000
    digits) becomes a ConstructorError at the node."""

    def wrapped(self: Any, node: ScalarNode) -> Any:
        try:
            return construct(self, node)
        except (ValueError, KeyError, OverflowError, AttributeError, TypeError):
            raise _unreadable(node) from None

    return wrapped


Constructor.add_constructor(  # type: ignore[type-var]
    TAG_PREFIX + "timestamp", Constructor.construct_lenient_timestamp
)
for _tag, _construct in (
    ("int", SafeConstructor.construct_yaml_int),
    ("float", SafeConstructor.construct_yaml_float),
    ("bool", SafeConstructor.construct_yaml_bool),
):
    Constructor.add_constructor(TAG_PREFIX + _tag, _located(_construct))


class _DepthComposer(Composer):
    """PyYAML's composer recurses once per level: stop at MAX_DEPTH, long before the stack runs out."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self._depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark  # type: ignore[attr-defined]
            raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Loader(Reader, Scanner, Parser, _DepthComposer, Constructor, Resolver):
    """Pure-Python loader: PyYAML's own messages, depth-limited composing, the lenient constructor."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _DepthComposer.__init__(self)
        Constructor.__init__(self)
        Resolver.__init__(self)


def _libyaml_loader() -> type | None:
    """libyaml's parser and composer with the lenient constructor; None without libyaml, or with a
    libyaml older than 0.2.5, whose composer (recursive C) has no nesting limit of its own."""
    try:
        from yaml._yaml import CParser, get_version
    except ImportError:
        return None
    if tuple(get_version()) < (0, 2, 5):
        return None

    class _FastLoader(CParser, Constructor, Resolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Constructor.__init__(self)
            Resolver.__init__(self)

    return _FastLoader


_FAST_LOADER = _libyaml_loader()


def _children(node: Node) -> list[tuple[Node, Any]]:
    """(child, the mark that best locates it): for a mapping value, its key's position (an alias
    node carries the mark of its anchor, not its own); else the parent's."""
    if isinstance(node, MappingNode):
        pairs: list[tuple[Node, Any]] = []
        for key, value in node.value:
            pairs += [(key, node.start_mark), (value, key.start_mark)]
        return pairs
    if isinstance(node, SequenceNode):
        return [(item, node.start_mark) for item in node.value]
    return []


class Document:
    """One YAML document of a file: `root()` composes and checks it, `construct()` builds values.

    `first_line` is the file line the text starts on (front matter starts on line 2), so every
    position reported is a position in the file."""

    def __init__(self, text: str, path: str, *, fast: bool = False, first_line: int = 1) -> None:
        self.text = text
        self.path = path
        self.first_line = first_line
        self._lines = text.splitlines()
        self._loader: Any = None
        if len(text) > MAX_CHARS:
            raise YamlError(path, f"YAML document larger than {MAX_CHARS:,} characters; not read", first_line)
        self._fast = fast and _FAST_LOADER is not None
        self._open(_FAST_LOADER if self._fast else _Loader)

    def _open(self, loader_class: Any) -> None:
        try:
            self._loader = loader_class(self.text)
        except (yaml.YAMLError, UnicodeError) as exc:
            if not self._fast:
                raise self._error(exc) from None
            self._fast = False
            self._open(_Loader)

    @property
    def bad_dates(self) -> list[BadDate]:
        """Date-like scalars that are no date, in file positions (1-based)."""
        return [
            BadDate(text, mark.line + self.first_line, mark.column + 1)
            for text, mark in self._loader.bad_dates
        ]

    def error(self, message: str, line0: int | None = None, column0: int | None = None) -> YamlError:
        """A YamlError at a 0-based position of the text."""
        if line0 is None:
            return YamlError(self.path, message)
        source = self._lines[line0] if 0 <= line0 < len(self._lines) else None
        column = None if column0 is None else column0 + 1
        return YamlError(self.path, message, line0 + self.first_line, column, source)

    def _at(self, message: str, mark: Any) -> YamlError:
        return self.error(message, mark.line, mark.column) if mark is not None else self.error(message)

    def _error(self, exc: BaseException) -> YamlError:
        if isinstance(exc, ConstructorError):
            problem = exc.problem or ""
            if problem.startswith("could not determine a constructor for the tag"):
                tag = problem.rsplit(" ", 1)[-1].strip("'")
                problem = (
                    f"unsupported tag {_short_tag(tag)!r}: only plain YAML is read (strings, numbers, "
                    "booleans, dates, null, lists and mappings)"
                )
            return self._at(f"YAML error: {problem}", exc.problem_mark or exc.context_mark)
        if isinstance(exc, yaml.MarkedYAMLError):
            problem = exc.problem or exc.context or ""
            kind = "YAML error" if problem.startswith("nested deeper") else "YAML syntax error"
            return self._at(f"{kind}: {problem}", exc.problem_mark or exc.context_mark)
        if isinstance(exc, yaml.reader.ReaderError | UnicodeError):
            # libyaml reports a byte offset, PyYAML a character one: find the character ourselves.
            found = Reader.NON_PRINTABLE.search(self.text)
            if found is None:
                return self.error(f"YAML error: {exc}")
            pos = found.start()
            line0 = self.text.count("\n", 0, pos)
            column0 = pos - (self.text.rfind("\n", 0, pos) + 1)
            char = found.group()
            kind = "control character" if unicodedata.category(char) == "Cc" else "character"
            return self.error(f"{kind} U+{ord(char):04X} is not allowed in YAML", line0, column0)
        return self.error(f"YAML error: {exc}")

    def root(self) -> Node | None:
        """The document's node graph, checked; None for an empty document."""
        try:
            node = self._loader.get_single_node()
            if node is not None:
                self._check(node)
        except (yaml.YAMLError, UnicodeError, YamlError) as exc:
            if self._fast:  # read again for PyYAML's own message and position
                self._loader.dispose()
                self._fast = False
                self._open(_Loader)
                return self.root()
            raise exc if isinstance(exc, YamlError) else self._error(exc) from None
        return node

    def _check(self, root: Node) -> None:
        """Refuse nesting deeper than MAX_DEPTH, more than MAX_ALIASES alias uses, a recursive alias, or
        aliases that expand to more than MAX_EXPANSION nodes. Aliases are shared nodes here, so each
        node is visited once (iteratively) and nothing is expanded. The first pass is all a document
        without aliases needs; the second, for one with a few, follows them."""
        seen = {id(root)}
        aliases = 0
        stack: list[tuple[Node, int]] = [(root, 1)] if type(root) is not ScalarNode else []
        while stack:  # collections only: scalars, most of a document, are checked where they stand
            node, depth = stack.pop()
            if depth >= MAX_DEPTH and node.value:
                raise self._at(f"nested deeper than {MAX_DEPTH} levels", node.start_mark)
            mapping = type(node) is MappingNode
            for child in [n for pair in node.value for n in pair] if mapping else node.value:
                if id(child) in seen:
                    aliases += 1
                    if aliases > MAX_ALIASES:
                        where = next((k for k, v in node.value if v is child), node) if mapping else node
                        message = f"more than {MAX_ALIASES} aliases in one document; not read"
                        raise self._at(message, where.start_mark)
                    continue
                seen.add(id(child))
                if type(child) is not ScalarNode:
                    stack.append((child, depth + 1))
        if aliases:
            self._check_aliases(root)

    def _check_aliases(self, root: Node) -> None:
        done: dict[int, tuple[int, int]] = {}  # id -> (size, height) with aliases expanded
        open_: set[int] = set()
        added = 0
        stack: list[tuple[Node, Any, bool]] = [(root, root.start_mark, False)]
        while stack:
            node, where, leaving = stack.pop()
            key = id(node)
            if leaving:
                parts = [done[id(child)] for child, _ in _children(node)]
                height = 1 + max((h for _, h in parts), default=0)
                if height > MAX_DEPTH:
                    raise self._at(f"nested deeper than {MAX_DEPTH} levels (with aliases expanded)", where)
                done[key] = (1 + sum(s for s, _ in parts), height)
                open_.discard(key)
            elif key in open_:
                raise self._at("recursive alias: a node contains an alias to itself", where)
            elif key in done:
                added += done[key][0]
                if added > MAX_EXPANSION:
                    message = (
                        f"aliases expand to more than {MAX_EXPANSION:,} nodes (an alias bomb?); not read"
                    )
                    raise self._at(message, where)
            else:
                open_.add(key)
                stack.append((node, where, True))
                stack.extend((child, mark, False) for child, mark in reversed(_children(node)))

    def construct(self, node: Node) -> Any:
        """The Python value of a checked node (and everything under it)."""
        try:
            return self._loader.construct_document(node)
        except (yaml.YAMLError, RecursionError) as exc:
            raise self._error(exc) from None
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError):
            raise self._error(_unreadable(node)) from None  # not seen; located at the node at least

    def close(self) -> None:
        if self._loader is not None:
            self._loader.dispose()


def load(text: str, path: str, *, fast: bool = False, first_line: int = 1, strict_dates: bool = False) -> Any:
    """The document's data (None when empty). Every problem is a YamlError located in `path`; with
    `strict_dates`, so is an impossible date (else it is read as the string written)."""
    doc = Document(text, path, fast=fast, first_line=first_line)
    try:
        node = doc.root()
        data = None if node is None else doc.construct(node)
    finally:
        doc.close()
    if strict_dates and doc.bad_dates:
        bad = doc.bad_dates[0]
        raise doc.error(
            f"{bad.text!r} is not a valid date (expected YYYY-MM-DD; quote it if it is meant as text)",
            bad.line - first_line,
            bad.column - 1,
        )
    return data
