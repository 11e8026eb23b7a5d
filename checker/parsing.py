"""The engine of `checker parse`: the values the normalizer reads in a text, as JSON-ready dicts.

English ("en", the default) and Spanish ("es": "80.000", "6,4 millones", "3 de febrero de 2025").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from checker.values import find_values, parse_all
from checker.values.kinds import get as get_kind

__all__ = ["LANGS", "parse_jsonl", "parse_text"]

LANGS: tuple[str, ...] = ("en", "es")


def parse_text(
    text: str, kind: str | None = None, published: dt.date | None = None, lang: str = "en"
) -> list[dict[str, Any]]:
    """Every value in `text` (all kinds when `kind` is None), each as `Value.to_dict()`.

    Raises ValueError for an unknown kind or an unsupported language.
    """
    if lang not in LANGS:
        raise ValueError(f"unknown lang {lang!r}; known: {', '.join(LANGS)}")
    values = parse_all(text, published, lang) if kind is None else find_values(text, kind, published, lang)
    return [v.to_dict() for v in values]


def _published(raw: object) -> dt.date | None:
    """A "YYYY-MM-DD" date or an ISO datetime (its date part); None when absent."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError(f"published must be a string like 2025-02-04, got {raw!r}")
    try:
        if len(raw) > 10:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"published must be YYYY-MM-DD or an ISO datetime, got {raw!r}") from None


def _parse_record(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    kind = record.get("type")
    if kind is not None:
        get_kind(kind)  # an unknown type is a ValueError naming the known ones
    lang = record.get("lang") or "en"
    if not isinstance(lang, str):
        raise ValueError('"lang" must be a string')
    return {"values": parse_text(text, kind, _published(record.get("published")), lang)}


def parse_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """One JSON line out per JSON line in: {"values": [...]} or {"error": "line N: ..."}; never raises.

    Input lines are objects {"text", "type"?, "published"?, "lang"?}; blank lines are skipped.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out = _parse_record(line)
        except (ValueError, TypeError, RecursionError) as exc:
            out = {"error": f"line {number}: {exc}"}
        yield json.dumps(out, ensure_ascii=False)
