"""Output formats: each reporter turns a finished Report into text; none re-derives findings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from checker.errors import CheckerError
from checker.models import Report
from checker.reporters import json_report, text

Writer = Callable[[Report, TextIO], None]
REPORTERS: dict[str, Writer] = {
    "text": text.write,
    "json": json_report.write,
}


def get(name: str) -> Writer:
    """The reporter for a format name (it writes the report to a stream); the error lists the known ones."""
    try:
        return REPORTERS[name]
    except KeyError:
        raise CheckerError(f"unknown format {name!r}; choose one of: {', '.join(REPORTERS)}") from None
