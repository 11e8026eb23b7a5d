"""Output formats: each reporter turns a finished Report into text; none re-derives findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TextIO

from checker.errors import CheckerError
from checker.models import Report, Severity
from checker.reporters import github, html, json_report, jsonl, junit, markdown, sarif, text

Writer = Callable[[Report, TextIO], None]
REPORTERS: dict[str, Writer] = {
    "text": text.write,
    "json": json_report.write,
    "jsonl": jsonl.write,
    "markdown": markdown.write,
    "sarif": sarif.write,
    "github": github.write,
    "junit": junit.write,
    "html": html.write,
}
# The formats people read: --min-severity trims their findings. The machine formats keep them all.
FOR_PEOPLE = frozenset({"text", "markdown", "github", "html"})


def get(name: str) -> Writer:
    """The reporter for a format name (it writes the report to a stream); the error lists the known ones."""
    try:
        return REPORTERS[name]
    except KeyError:
        raise CheckerError(f"unknown format {name!r}; choose one of: {', '.join(REPORTERS)}") from None


def at_least(report: Report, severity: Severity) -> Report:
    """The report with only the findings at `severity` or above (the records themselves unchanged)."""
    kept = tuple(f for f in report.findings if f.severity.rank <= severity.rank)
    return report if len(kept) == len(report.findings) else replace(report, findings=kept)


def shown(name: str, report: Report, min_severity: Severity) -> Report:
    """What format `name` shows of the report under --min-severity."""
    return at_least(report, min_severity) if name in FOR_PEOPLE else report
