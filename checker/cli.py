"""Command-line interface: typer wiring, defaults and exit codes only."""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated

import typer

from checker import __version__
from checker.errors import CheckerError
from checker.pipeline import check as run_check
from checker.reporters import REPORTERS
from checker.reporters import get as get_reporter
from checker.rulebook import load_rules

PACKAGE = Path(__file__).resolve().parent
FAIL_LEVELS = ("error", "warning", "info", "never")
RANK = {"error": 0, "warning": 1, "info": 2}


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2


app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="Extract the facts your rules name from every article, compare the sources, flag disagreements.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def default_dir(name: str) -> Path:
    """rules/ or articles/: in the current folder if present, else the pack shipped with checker."""
    for candidate in (Path.cwd() / name, PACKAGE / "_default" / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise CheckerError(f"no {name}/ folder here and none shipped with checker; pass the paths explicitly")


def _fail(exc: CheckerError) -> typer.Exit:
    typer.echo(str(exc), err=True)
    return typer.Exit(Exit.USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """checker: a cross-source consistency checker for news.

    Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage, rule or input error.
    """


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files or folders (.txt, .md, searched recursively). Default: articles/."
        ),
    ] = None,
    rules: Annotated[
        list[Path] | None,
        typer.Option("--rules", "-r", help="Rule files or folders (*.yaml). Repeatable. Default: rules/."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(REPORTERS)}.")
    ] = "text",
    fail_on: Annotated[
        str,
        typer.Option(help="Lowest severity that makes the run fail (exit 1): error, warning, info or never."),
    ] = "error",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
) -> None:
    """Check articles against the rules and report where the sources disagree.

    Examples:\n
      checker check                                   # rules/ over articles/\n
      checker check batch/ --rules rules/ --format json -o report.json\n
      checker check batch/ --fail-on warning
    """
    try:
        if fail_on not in FAIL_LEVELS:
            raise CheckerError(f"--fail-on: {fail_on!r} is not one of {', '.join(FAIL_LEVELS)}")
        reporter = get_reporter(fmt)
        report = run_check(
            [str(p) for p in rules or [default_dir("rules")]],
            [str(p) for p in paths or [default_dir("articles")]],
        )
    except CheckerError as exc:
        raise _fail(exc) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    rendered = reporter(report)
    if output:
        output.write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    failing = fail_on != "never" and any(RANK[f.severity] <= RANK[fail_on] for f in report.findings)
    raise typer.Exit(Exit.FINDINGS if failing else Exit.OK)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Rule files or folders. Default: rules/.")
    ] = None,
) -> None:
    """Validate rule files: every problem with its file, line and key path (exit 2 if any)."""
    try:
        rules = load_rules([str(p) for p in paths or [default_dir("rules")]])
    except CheckerError as exc:
        raise _fail(exc) from None
    typer.echo(f"ok: {len(rules.rules)} facts in {len(rules.files)} files")


def main() -> None:
    """Console-script entry point."""
    app()
