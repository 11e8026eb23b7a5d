"""Output formats: each reporter turns a finished Report into text; none re-derives findings."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import ClassVar, TextIO

from checker.errors import CheckerError
from checker.models import Report, Severity

Writer = Callable[[Report, TextIO], None]


class _Writers(Mapping[str, Writer]):
    """Format name -> its reporter's `write`, each module imported when its format is first used (a
    run writes one or two formats; the page's assets and the SARIF tables need not load for JSON)."""

    MODULES: ClassVar[dict[str, str]] = {
        "text": "text",
        "json": "json_report",
        "jsonl": "jsonl",
        "markdown": "markdown",
        "sarif": "sarif",
        "github": "github",
        "junit": "junit",
        "html": "html",
    }

    def __getitem__(self, name: str) -> Writer:
        module = importlib.import_module(f"checker.reporters.{self.MODULES[name]}")
        writer: Writer = module.write
        return writer

    def __iter__(self) -> Iterator[str]:
        return iter(self.MODULES)

    def __len__(self) -> int:
        return len(self.MODULES)


REPORTERS: Mapping[str, Writer] = _Writers()
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
