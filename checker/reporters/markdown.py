"""Markdown for a pull-request comment or a job summary: a summary line, then per flagged fact its
findings and a table of what every source says."""

from __future__ import annotations

import re
from collections import Counter
from typing import TextIO

from checker.models import Article, FactResult, Finding, Mention, Report, Severity
from checker.reporters.text import line_cell, normalized, safe, short_quote, skipped_count, source_names

# Characters that would end a table cell (|) or turn article text into markup.
MARKUP = re.compile(r"([\\`*_\[\]<>|~])")
SPACE = re.compile(r"\s+")


def cell(text: str) -> str:
    """Article text for one table cell: on one line, control characters shown escaped, markup inert."""
    return MARKUP.sub(r"\\\1", safe(SPACE.sub(" ", text)))


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> str:
    """One line: what was checked and what was found."""
    levels = Counter(f.severity for f in report.findings)
    found = ", ".join(_count(levels[s], s.value) for s in Severity if levels[s])
    head = f"**checker**: {_count(len(report.findings), 'finding')}" + (f" ({found})" if found else "")
    tail = f" in {_count(len(report.facts), 'fact')} across {_count(len(report.articles), 'article')}"
    if report.corpus:
        tail += f" ({len(report.new_articles)} new, {len(report.corpus)} corpus)"
    skipped = f"; {skipped_count(report)}" if report.skipped else ""
    return head + tail + skipped


def _quote(m: Mention) -> str:
    """The quote with the value as written in bold."""
    text = " ".join(short_quote(m).split())
    written = " ".join(m.value.text.split())
    at = text.find(written)
    if at < 0 or not written:
        return cell(text)
    return f"{cell(text[:at])}**{cell(written)}**{cell(text[at + len(written) :])}"


def _table(fact: FactResult, names: dict[str, str], articles: dict[str, Article]) -> list[str]:
    rows = ["| source | written | normalized | line | quote |", "|---|---|---|---:|---|"]
    for m in fact.mentions:
        written, shown = cell(m.value.text), cell(normalized(m, fact.type))
        source = cell(names.get(m.article, m.article))
        rows.append(f"| {source} | {written} | {shown} | {line_cell(m, articles)} | {_quote(m)} |")
    return rows


def _fact(
    fact: FactResult, findings: list[Finding], names: dict[str, str], articles: dict[str, Article]
) -> list[str]:
    head = f"### `{fact.id}` ({fact.type}): {fact.status}"
    lines = [head, ""]
    if fact.description:
        lines += [cell(fact.description), ""]
    for f in findings:
        lines.append(f"- **{f.severity}** ({f.kind}): {cell(f.readable)} <sub>`{f.fingerprint}`</sub>")
    return [*lines, "", *_table(fact, names, articles), ""]


def render(report: Report) -> str:
    lines = [summary(report), ""]
    by_fact: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_fact.setdefault(finding.fact, []).append(finding)
    names = source_names(report)
    articles = {a.id: a for a in report.articles}
    for fact in report.facts:
        if fact.id in by_fact:
            lines += _fact(fact, by_fact[fact.id], names, articles)
    if report.skipped:
        lines += ["**Skipped**", ""]
        lines += [f"- {cell(path)}: {cell(reason)}" for path, reason in report.skipped]
    return "\n".join(lines).rstrip() + "\n"


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
