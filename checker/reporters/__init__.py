"""Output formats: each reporter turns a finished Report into text; none re-derives findings."""

from __future__ import annotations

from collections.abc import Callable

from checker.errors import CheckerError
from checker.models import Report
from checker.reporters import json_report, text

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_report.render,
}


def get(name: str) -> Callable[[Report], str]:
    """The reporter for a format name; the error lists the known ones."""
    try:
        return REPORTERS[name]
    except KeyError:
        raise CheckerError(f"unknown format {name!r}; choose one of: {', '.join(REPORTERS)}") from None
