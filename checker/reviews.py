"""Review decisions on findings, kept by fingerprint in a human-edited YAML file (a baseline).

The file is edited as text, never re-dumped: a new decision is a block appended at the end, a changed
one has its values replaced in place, so comments, order and layout stay as the people left them.
Every rewrite is parsed again and compared with what was meant before it replaces the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from yaml import MappingNode, Node, ScalarNode

from checker import safeyaml
from checker.errors import CheckerError
from checker.models import Report, Review
from checker.outputs import write_atomically
from checker.rulebook import suggest

FILE_NAME = "reviews.yaml"
STATUSES = ("accepted", "disputed", "wrong-extraction")
FIELDS = ("status", "note", "by", "date")
FINGERPRINT = re.compile(r"^[a-z0-9_]+:[0-9a-f]{16}$")
PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_.@-]*$")  # written without quotes (unless a YAML word)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # written plain: YAML reads it as a date
YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}
# What JSON leaves as it is but YAML refuses (C1 controls, BOM, non-characters, lone surrogates from
# undecodable arguments) or reads as a line break (U+0085, U+2028, U+2029): written as \uXXXX.
UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
HEADER = (
    "# checker reviews: a decision per finding, keyed by its fingerprint (see README, Reviews).\n"
    "# status: accepted | disputed | wrong-extraction. Reviewed findings are reported, never failed on.\n"
)


@dataclass(frozen=True)
class Reviews:
    """The decisions of one reviews file, by fingerprint."""

    path: str
    by_fingerprint: dict[str, Review]


@dataclass(frozen=True)
class _Entry:
    """A decision and where its values stand in the text (character offsets), for editing in place."""

    review: Review
    spans: dict[str, tuple[int, int]]  # field -> span of its value
    indent: str  # of the field keys
    end: int  # just after the entry's last value
    flow: tuple[int, int] | None  # span of the whole mapping when written as {…}


def locate(given: Path | None, rule_paths: list[Path] | None) -> Path:
    """--reviews, else reviews.yaml beside the rules: next to the first rule file, or next to the
    first rule folder (not inside it, where it would be read as a rule file); ./reviews.yaml without
    --rules."""
    if given is not None:
        return given
    if not rule_paths:
        return Path(FILE_NAME)
    first = rule_paths[0]
    folder = first.parent if first.is_file() else Path(os.path.normpath(first / ".."))
    return folder / FILE_NAME


def load(path: Path, *, required: bool) -> Reviews:
    """The decisions in `path` (none when it is absent and not `required`); a problem is exit 2 at
    its file:line."""
    if not path.exists():
        if required:
            raise CheckerError(
                f"--reviews: {path} does not exist (`checker review` or `baseline` creates it)"
            )
        return Reviews(str(path), {})
    entries = _parse(_read(path), str(path))
    return Reviews(str(path), {fp: e.review for fp, e in entries.items()})


def decision(fingerprint: str, status: str, note: str, by: str | None) -> Review:
    """A new decision dated today, checked as the `review` command receives it."""
    if status not in STATUSES:
        raise CheckerError(f"--status: {status!r} is not one of {', '.join(STATUSES)}")
    if not FINGERPRINT.match(fingerprint):
        raise CheckerError(
            f"{fingerprint!r} is not a finding's fingerprint: expected FACT:16 hex digits, as in the "
            "`fingerprint` of each finding in `checker check --format json`"
        )
    if not note.strip():
        raise CheckerError("--note: say why (what was checked, with whom)")
    return Review(fingerprint, status, note, by or None, dt.date.today().isoformat())


def attach(report: Report, reviews: Reviews) -> Report:
    """Mark each finding with its decision; a decision whose finding no longer occurs is stale."""
    found = {f.fingerprint for f in report.findings}
    stale = tuple(r for fp, r in reviews.by_fingerprint.items() if fp not in found)
    lines = tuple(
        f"{reviews.path}:{r.line}: stale review of {r.fingerprint} ({r.status}): "
        "the finding no longer occurs; delete the entry"
        for r in stale
    )
    findings = tuple(replace(f, review=reviews.by_fingerprint.get(f.fingerprint)) for f in report.findings)
    return replace(report, findings=findings, warnings=report.warnings + lines, stale_reviews=stale)


def record(path: Path, decisions: list[Review], *, overwrite: bool) -> int:
    """Write `decisions` into the reviews file: new ones appended, existing ones changed in place
    (only with `overwrite`, else kept as they are). Returns how many were new."""
    text = _read(path) if path.exists() else ""
    entries = _parse(text, str(path))
    expected = {fp: e.review for fp, e in entries.items()}
    edits: list[tuple[int, int, str]] = []
    added: list[Review] = []
    for review in decisions:
        entry = entries.get(review.fingerprint)
        if entry is None and review.fingerprint not in expected:
            added.append(review)
        elif entry is None or not overwrite:
            continue  # kept as it is (or twice in `decisions`: the first one counts)
        else:
            edits += _changes(entry, review, text)
        expected[review.fingerprint] = review
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    text = _append(text, added)
    _verify(text, str(path), expected)
    _write(path, text)
    return len(added)


# --- reading ------------------------------------------------------------------------------------------


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:  # keep \r\n as written
            return handle.read()
    except UnicodeDecodeError as exc:
        raise CheckerError(f"{path}: not UTF-8 (byte {exc.start}); convert it with iconv") from None
    except OSError as exc:
        raise CheckerError(f"{path}: cannot read the reviews file: {exc.strerror or exc}") from None


def _parse(text: str, path: str) -> dict[str, _Entry]:
    doc = safeyaml.Document(text, path)
    try:
        root = doc.root()
        if root is None:
            return {}
        if not isinstance(root, MappingNode):
            raise _error(
                doc, root, "expected a mapping of fingerprints to decisions (status, note, by, date)"
            )
        entries: dict[str, _Entry] = {}
        for key, value in root.value:
            entry = _entry(doc, key, value)
            first = entries.get(entry.review.fingerprint)
            if first is not None:
                message = (
                    f"duplicate review of {entry.review.fingerprint} (first at line {first.review.line})"
                )
                raise _error(doc, key, message)
            entries[entry.review.fingerprint] = entry
        return entries
    finally:
        doc.close()


def _error(doc: safeyaml.Document, node: Node, message: str) -> CheckerError:
    return doc.error(message, node.start_mark.line, node.start_mark.column)


def _entry(doc: safeyaml.Document, key: Node, value: Node) -> _Entry:
    fingerprint = doc.construct(key) if isinstance(key, ScalarNode) else None
    if not isinstance(fingerprint, str) or not FINGERPRINT.match(fingerprint):
        raise _error(doc, key, f"expected a finding's fingerprint (FACT:16 hex digits), got {fingerprint!r}")
    if not isinstance(value, MappingNode):
        raise _error(doc, key, f"{fingerprint}: expected a mapping of {', '.join(FIELDS)}")
    values: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    for field_key, field_value in value.value:
        name = doc.construct(field_key) if isinstance(field_key, ScalarNode) else None
        if name not in FIELDS:
            raise _error(doc, field_key, f"{fingerprint}: {suggest(str(name), FIELDS)}")
        if not isinstance(field_value, ScalarNode):
            raise _error(doc, field_value, f"{fingerprint}.{name}: expected a single value")
        values[name] = _field(doc, fingerprint, name, field_value)
        spans[name] = (field_value.start_mark.index, field_value.end_mark.index)
    if "status" not in values:
        raise _error(doc, key, f"{fingerprint}: missing 'status' (one of {', '.join(STATUSES)})")
    line = key.start_mark.line + 1
    review = Review(
        fingerprint, values["status"], values.get("note", ""), values.get("by"), values.get("date"), line
    )
    indent = " " * value.value[0][0].start_mark.column if value.value else "  "
    flow = (value.start_mark.index, value.end_mark.index) if value.flow_style else None
    return _Entry(
        review, spans, indent, max((e for _, e in spans.values()), default=value.end_mark.index), flow
    )


def _field(doc: safeyaml.Document, fingerprint: str, name: str, node: ScalarNode) -> str | None:
    value = doc.construct(node)
    where = f"{fingerprint}.{name}"
    if name == "status" and value not in STATUSES:
        raise _error(doc, node, f"{where}: {value!r} is not one of {', '.join(STATUSES)}")
    if name == "date" and value is not None:
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise _error(doc, node, f"{where}: expected a date YYYY-MM-DD, got {value!r}") from None
    if name == "note":
        return "" if value is None else str(value)
    return None if value is None else str(value)


# --- writing ------------------------------------------------------------------------------------------


def _scalar(value: str | None) -> str:
    """A YAML scalar for `value`: plain when that is unambiguous, else double-quoted (JSON's escapes
    are YAML's), with anything YAML would refuse or fold escaped."""
    if value is None:
        return "null"
    if (PLAIN.match(value) and value.lower() not in YAML_WORDS) or ISO_DATE.match(value):
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _values(review: Review) -> dict[str, str | None]:
    return {"status": review.status, "note": review.note, "by": review.by, "date": review.date}


def _changes(entry: _Entry, review: Review, text: str) -> list[tuple[int, int, str]]:
    """Edits that give `entry` the values of `review`, leaving its comments and layout alone."""
    values = _values(review)
    if entry.flow is not None:
        shown = ", ".join(f"{k}: {_scalar(v)}" for k, v in values.items() if v is not None)
        return [(*entry.flow, "{" + shown + "}")]
    edits = [_replace(text, *entry.spans[k], _scalar(v)) for k, v in values.items() if k in entry.spans]
    missing = [f"{entry.indent}{k}: {_scalar(v)}" for k, v in values.items() if k not in entry.spans and v]
    if missing:
        nl = _newline(text)
        # after the line of the last value (a block scalar's span already ends with its line break)
        eol = entry.end - 1 if text[entry.end - 1 : entry.end] == "\n" else text.find("\n", entry.end)
        at = len(text) if eol < 0 else eol + 1
        edits.append((at, at, ("" if eol >= 0 else nl) + nl.join(missing) + nl))
    return edits


def _replace(text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """An edit of one value; a block scalar (`|`, `>`) keeps the line breaks that end it."""
    old = text[start:end]
    return start, end, new + old[len(old.rstrip("\r\n")) :]


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _append(text: str, added: list[Review]) -> str:
    if not added:
        return text
    nl = _newline(text)
    if not text.strip():
        text = HEADER.replace("\n", nl)
    elif not text.endswith("\n"):
        text += nl
    blocks = []
    for review in added:
        lines = [f"{review.fingerprint}:"]
        lines += [f"  {k}: {_scalar(v)}" for k, v in _values(review).items() if v is not None]
        blocks.append(nl.join(lines) + nl)
    return text + nl + nl.join(blocks)


def _verify(text: str, path: str, expected: dict[str, Review]) -> None:
    """Parse the new text and refuse it unless it holds exactly the decisions meant."""
    try:
        found = {fp: e.review for fp, e in _parse(text, path).items()}
    except CheckerError:
        found = None
    if found != expected:
        raise CheckerError(
            f"{path}: cannot add to this file without disturbing its entries (is it written in flow "
            "style, or does it end with '...'?); nothing was written"
        )


def _write(path: Path, text: str) -> None:
    """Atomically, keeping the file's permissions (a new file gets the usual ones)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CheckerError(f"--reviews: folder {folder} does not exist; create it first (mkdir -p {folder})")
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    if os.linesep != "\n":  # the text stream turns "\n" into the platform's line end by itself
        text = text.replace("\r\n", "\n")
    try:
        write_atomically(path, lambda out: _put(out, text))
        os.chmod(path, mode)
    except OSError as exc:
        raise CheckerError(f"{path}: cannot write the reviews file: {exc.strerror or exc}") from None


def _put(out: TextIO, text: str) -> None:
    out.write(text)
