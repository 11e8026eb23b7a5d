"""One family of user-facing errors, caught once in the CLI and shown without a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    """One located problem in a user's file: what, where, and how to fix it."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    key: str | None = None
    source_line: str | None = None
    skipped: bool = False  # the file was not checked at all (a warning otherwise)

    def render(self) -> str:
        # A key path already locates the problem, so only syntax errors carry a column.
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None and not self.key:
                where += f":{self.column}"
        head = f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
        if self.source_line is None:
            return head
        caret = " " * max((self.column or 1) - 1, 0) + "^"
        return f"{head}\n    {self.source_line}\n    {caret}"


class CheckerError(Exception):
    """A user error (bad rule, bad input, bad option): exit code 2, message only."""

    def __init__(self, problems: list[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(path="checker", message=problems)]
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))


class RuleError(CheckerError):
    """One or more problems in rule files."""


class InputError(CheckerError):
    """A problem with the articles or paths given on the command line."""
