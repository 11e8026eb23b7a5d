"""Shared builders and helpers for the tests.

Tests that need a Rule, Value, Mention or Article build it here, so a change to a constructor is a
one-place edit. Import them by name: ``from conftest import make_rule``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from checker.cli import app
from checker.models import Article, Mention, Scalar, Severity, Value
from checker.rulebook import Rule
from checker.tolerance import Tolerance
from checker.values import find_values

ROOT = Path(__file__).resolve().parents[1]

TUE = dt.date(2025, 2, 4)  # a Tuesday
MON = dt.date(2025, 2, 3)
JAN2 = dt.date(2025, 1, 2)

# --- records -------------------------------------------------------------------------------------------


def rule_tolerance(written: float | str) -> dict[str, Any]:
    """Rule keyword arguments for a tolerance as written in a rule file (500, 0.5 or "5%").

    The one place that knows how a Rule stores its tolerance.
    """
    return {"tolerance": Tolerance.parse(written)}


def make_rule(
    id: str = "f",
    type: str = "count",
    cues: tuple[str, ...] | list[str] = ("x",),
    *,
    tolerance: float | str | None = None,
    severity: Severity | str = Severity.ERROR,
    **fields: Any,
) -> Rule:
    """A Rule, by keyword; `tolerance` as written in a rule file (None: the rule's default)."""
    if tolerance is not None:
        fields.update(rule_tolerance(tolerance))
    return Rule(id=id, type=type, cues=tuple(cues), severity=Severity(severity), **fields)


SAME: Any = object()  # low/high default: the value itself


def make_value(
    value: Scalar = 1,
    *,
    kind: str = "count",
    text: str | None = None,
    start: int = 0,
    end: int = 1,
    low: Scalar = SAME,
    high: Scalar = SAME,
    **fields: Any,
) -> Value:
    """A Value; `text` defaults to str(value), `low`/`high` to the value itself."""
    return Value(
        kind=kind,
        text=str(value) if text is None else text,
        start=start,
        end=end,
        value=value,
        low=value if low is SAME else low,
        high=value if high is SAME else high,
        **fields,
    )


def make_mention(
    fact: str,
    article: str,
    value: Value,
    *,
    quote: str = "quote",
    line: int = 1,
    cue: str = "cue",
    cue_score: float = 100.0,
    rank: float = 100.0,
) -> Mention:
    """A Mention of `value` as `article`'s statement of `fact`."""
    return Mention(
        fact=fact,
        article=article,
        value=value,
        quote=quote,
        line=line,
        cue=cue,
        cue_score=cue_score,
        rank=rank,
    )


def article(text: str = "", *, id: str = "a", path: str | None = None, **fields: Any) -> Article:
    """An Article with body `text`; `path` defaults to "<id>.txt"."""
    return Article(id=id, path=f"{id}.txt" if path is None else path, text=text, **fields)


def one(text: str, kind: str, published: dt.date | None = None) -> Value:
    """The only value of `kind` in `text`; its span must point into the text."""
    values = find_values(text, kind, published)
    assert len(values) == 1, values
    assert text[values[0].start : values[0].end] == values[0].text
    return values[0]


# --- the command line, in this process ---------------------------------------------------------------


@dataclass(frozen=True)
class CliRun:
    """What a run of the CLI gave; named like subprocess.CompletedProcess so tests read the same."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str | os.PathLike[str], cwd: Path = ROOT, input: str | None = None) -> CliRun:
    """`checker ARGS` in this process, from `cwd`. An exception the CLI does not turn into an exit code
    is raised here, so a crash fails the test with its traceback instead of passing as exit 1."""
    with contextlib.chdir(cwd):
        result = CliRunner().invoke(app, [str(a) for a in args], input=input, prog_name="checker")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return CliRun(result.exit_code, result.stdout, result.stderr)
