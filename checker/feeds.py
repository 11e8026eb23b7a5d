"""Read JSON Lines batches: one article a line, {"id", "source", "published", "url", "title", "text"}.

A batch is a .jsonl file, or standard input given as `-`. Standard input is copied once into a
temporary file (removed at exit), so that the worker processes, which are handed file paths, read
it like any other batch. A line that cannot be used is a warning naming the file and line; the
other lines are read. Blank lines are ignored.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import Problem
from checker.models import STDIN_FILE

SUFFIXES = (".jsonl",)
STDIN = "-"
STDIN_LABEL = STDIN_FILE
RECORD_AT = re.compile(r"(.+):([0-9]+)")
SPOOL_PREFIX = "checker-stdin-"
SPOOL_NAME = "stdin.jsonl"
TEXT_KEYS = ("source", "url", "title")  # strings or null; `id` may also be a number
LINES = "the record's text"
JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


@dataclass(frozen=True)
class Record:
    """One usable line of a batch: where it is, its text, and its other fields (metadata)."""

    where: str  # "feed.jsonl:12": the file and the line, as reports show the article's path
    file: str  # "feed.jsonl", "<stdin>": the batch, as reports name it
    line: int
    text: str
    meta: dict[str, Any]


def spool_stdin() -> Path:
    """Standard input, read once, as a .jsonl file that any process can read."""
    folder = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    if sys.stdin is None:  # no standard input at all (a closed descriptor): an empty batch
        data = b""
    else:
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    path = folder / SPOOL_NAME
    path.write_bytes(data)
    return path


def label(path: Path) -> str:
    """How reports name the batch: its path, or <stdin> for the copy of standard input."""
    if path.name == SPOOL_NAME and path.parent.name.startswith(SPOOL_PREFIX):
        return STDIN_LABEL
    return str(path)


def split(where: str) -> tuple[str, int | None]:
    """A location as reports give it, split into its file and the line of a batch's record:
    ("feed.jsonl", 12) for "feed.jsonl:12", ("<stdin>", 3) for "<stdin>:3"; (where, None) for
    anything else (a file of its own)."""
    found = RECORD_AT.fullmatch(where)
    if found and (found[1] == STDIN_LABEL or Path(found[1]).suffix.lower() in SUFFIXES):
        return found[1], int(found[2])
    return where, None


def _decode(raw: bytes, first: bool) -> str:
    text = raw.decode("utf-8")
    return text.removeprefix("\ufeff") if first else text


def _kind(value: object) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)


def _parse(raw: bytes, first: bool) -> tuple[dict[str, Any] | None, str]:
    """The line's object, or None and why it cannot be used."""
    try:
        data = json.loads(_decode(raw, first))
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (byte {exc.start} of the line)"
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return None, "not valid JSON: nested too deeply"
    if not isinstance(data, dict):
        return None, f"expected a JSON object with a 'text' field, got {_kind(data)}"
    text = data.get("text")
    if not isinstance(text, str):
        got = "no 'text' field" if "text" not in data else f"'text' is {_kind(text)}"
        return None, f"{got}; a record needs its article's text as a string"
    if not text.strip():
        return None, "'text' is empty"
    return data, ""


def _metadata(data: dict[str, Any], where: str, warnings: list[Problem]) -> dict[str, Any]:
    """The record's fields but its text; a field of the wrong type is dropped with a warning."""
    meta = {k: v for k, v in data.items() if k != "text"}
    if isinstance(meta.get("id"), int | float) and not isinstance(meta.get("id"), bool):
        meta["id"] = str(meta["id"])
    for key in ("id", *TEXT_KEYS):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            warnings.append(Problem(where, f"{key}: expected a string, got {json.dumps(value)}; ignored"))
            del meta[key]
    return meta


def records(path: Path, warnings: list[Problem]) -> Iterator[Record]:
    """The usable records of a batch, line by line (streamed); every other line is a warning."""
    name = label(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        warnings.append(Problem(name, f"cannot read file, skipped: {exc.strerror or exc}", skipped=True))
        return
    blank = True
    with stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            blank = False
            where = f"{name}:{number}"
            data, why = _parse(raw, number == 1)
            if data is None:
                warnings.append(Problem(where, f"{why}; line skipped", skipped=True))
                continue
            text = data["text"].replace("\r\n", "\n")
            yield Record(where, name, number, text, _metadata(data, where, warnings))
    if blank:
        warnings.append(Problem(name, "no records (empty batch), skipped", skipped=True))
