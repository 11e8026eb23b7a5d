"""GitHub Actions workflow commands: one annotation per finding, on the line of its first source
(a record of a JSON Lines batch: the batch's line that holds it; standard input: no file), and,
when the job has a step summary, the whole Markdown report appended to it."""

from __future__ import annotations

import os
from collections import Counter
from typing import TextIO

from checker.models import Finding, Report, Severity
from checker.reporters import markdown
from checker.reporters.evidence import Evidence, Place
from checker.reporters.text import safe

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job) and
# drops the rest without a word; so no more than that are written, one plain log line counts what
# was left out, and the job summary (GITHUB_STEP_SUMMARY) lists every finding.
CAP = 10


def escape_data(text: str) -> str:
    """A command's message, escaped as GitHub's toolkit does (actions/toolkit, command.ts)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: its message escapes, and `:` and `,`, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int | None) -> str:
    """`::name k=v,k=v::message`, properties that are None left out."""
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def _anchor(places: list[Place], corpus: frozenset[str]) -> Place | None:
    """Where the annotation goes: the first source's place; checked against a corpus, the first new
    article's (the file a pull request adds is where its reviewer looks)."""
    new = [p for p in places if p.mention.article not in corpus]
    chosen = new or places
    return chosen[0] if chosen else None


def annotation(finding: Finding, evidence: Evidence, names: dict[str, str] | None = None) -> str:
    """The finding, at its first (new) source's line, with every source's place and words below;
    sources by name."""
    places = list(evidence.all_places(finding))
    named = names or {}
    lines = [finding.readable]
    for p in places:
        m = p.mention
        lines.append(f"{named.get(m.article, m.article)} ({p.where()}): “{m.value.text}”")
    first = _anchor(places, evidence.report.corpus)
    at = first if first and first.on_disk else None
    return command(
        COMMANDS[finding.severity],
        "\n".join(safe(" ".join(line.split())) for line in lines),
        file=at.file if at else None,
        line=at.file_line if at else None,
        title=finding.fact,
    )


def _left_out(counts: Counter[Severity]) -> str:
    parts = [f"{n} {level.value}{'s' if n > 1 else ''}" for level in Severity if (n := counts[level])]
    return (
        f"checker: {sum(counts.values())} more findings not annotated ({', '.join(parts)}): GitHub shows "
        f"{CAP} annotations of each level per step; the job summary and the json/sarif reports list them all"
    )


def render(report: Report) -> str:
    evidence = Evidence(report)
    names = report.labels()  # a new article needs no mark here: the annotation is on its file
    shown: Counter[Severity] = Counter()
    left: Counter[Severity] = Counter()
    lines = []
    for finding in report.findings:
        if shown[finding.severity] < CAP:
            shown[finding.severity] += 1
            lines.append(annotation(finding, evidence, names))
        else:
            left[finding.severity] += 1
    if left:
        lines.append(_left_out(left))
    return "".join(line + "\n" for line in lines)


def append_summary(report: Report, out: TextIO) -> None:
    """Append the Markdown report to the file GITHUB_STEP_SUMMARY names, if any; a failure is a
    warning annotation, not a failed run."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as summary:
            summary.write(markdown.render(report) + "\n")
    except OSError as exc:
        out.write(command("warning", f"checker: cannot append to GITHUB_STEP_SUMMARY {target}: {exc}") + "\n")


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
    append_summary(report, out)
