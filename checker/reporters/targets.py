"""Where a run's reports go: the main one (--format, to stdout or -o FILE) and every --report
FORMAT=FILE, all parsed and checked writable before any work is done."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError
from checker.outputs import check_writable
from checker.reporters import REPORTERS, get

EXAMPLE = "sarif=checker.sarif"


@dataclass(frozen=True)
class Target:
    """One report to write: its format, and its file (None: stdout)."""

    format: str
    path: Path | None
    option: str  # the option that asked for it, as given: for error messages

    @property
    def shown_path(self) -> str:
        return str(self.path) if self.path else "stdout"


def parse(spec: str) -> Target:
    """FORMAT=FILE, as --report takes it."""
    name, sep, file = spec.partition("=")
    name, option = name.strip(), f"--report {spec}"
    if not sep or not name or not file.strip():
        raise CheckerError(f"--report: expected FORMAT=FILE such as {EXAMPLE}, got {spec!r}")
    if name not in REPORTERS:
        raise CheckerError(f"{option}: unknown format {name!r}; choose one of: {', '.join(REPORTERS)}")
    return Target(name, Path(file), option)


def _writable(target: Target) -> None:
    if target.path is None:
        return
    try:
        check_writable(target.path)
    except CheckerError as exc:  # its message names --output; say which option it was
        message = "\n".join(p.message for p in exc.problems)
        raise CheckerError(message.replace("--output:", f"{target.option}:", 1)) from None


def plan(fmt: str, output: Path | None, specs: list[str] | None) -> list[Target]:
    """Every report of the run, checked: known formats, FORMAT=FILE well formed, no file given twice,
    every file writable."""
    get(fmt)
    main = Target(fmt, output, "--output" if output else "--format")
    targets = [main, *(parse(spec) for spec in specs or [])]
    seen: dict[Path, Target] = {}
    for target in targets:
        if target.path is None:
            continue
        key = target.path.resolve()
        if key in seen:
            raise CheckerError(
                f"{target.option}: {target.path} is also written by {seen[key].option}; "
                "give each report its own file"
            )
        seen[key] = target
        _writable(target)
    return targets
