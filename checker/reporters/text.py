"""Plain-text report for a terminal: findings first, then per fact what each source says."""

from __future__ import annotations

import re
from typing import TextIO

from checker import feeds
from checker.models import Article, FactResult, Finding, Mention, Qualifier, Report
from checker.reporters.values import format_value

QUOTE_WIDTH = 90
# What an article must not send to an editor's terminal: control characters (ANSI escapes, OSC-8
# links start with ESC), C1 controls, and bidi overrides that can reorder what a line shows.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text from an article, with anything that could hide or fake terminal output shown escaped."""
    return UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def short_quote(m: Mention) -> str:
    """The sentence, cut around the value so the evidence stays on one line."""
    text = " ".join(m.quote.split())
    if len(text) <= QUOTE_WIDTH:
        return text
    at = text.find(m.value.text)
    start = max(0, min(at - QUOTE_WIDTH // 3, len(text) - QUOTE_WIDTH)) if at >= 0 else 0
    cut = text[start : start + QUOTE_WIDTH]
    return ("…" if start else "") + cut + ("…" if start + QUOTE_WIDTH < len(text) else "")


def normalized(m: Mention, kind: str) -> str:
    v = m.value
    if v.unresolved:
        return "unresolved (no published date)"
    if v.value is None or v.grain == "month" or v.qualifier == Qualifier.BETWEEN:
        low = format_value(v.low, kind, v.unit) if v.low is not None else "…"
        high = format_value(v.high, kind, v.unit) if v.high is not None else "…"
        return f"{low} – {high}"
    shown = format_value(v.value, kind, v.unit)
    return f"{shown} ({Qualifier(v.qualifier).words})" if v.qualifier else shown


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1] for r in rows
    ]


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def source_names(report: Report) -> dict[str, str]:
    """How the reports people read name each article: by its source (see models.source_labels), and,
    when a new batch is checked against a corpus, each new article marked "(new)"."""
    labels = report.labels()
    if report.corpus:
        labels = {a: name if a in report.corpus else f"{name} (new)" for a, name in labels.items()}
    return labels


def skipped_count(report: Report) -> str:
    """ "2 files skipped", "3 records skipped" (lines of a JSON Lines batch), "1 file and 2 records
    skipped"; empty when nothing was."""
    records = sum(1 for path, _ in report.skipped if feeds.split(path)[1] is not None)
    files = len(report.skipped) - records
    parts = [plural(n, word) for n, word in ((files, "file"), (records, "record")) if n]
    return f"{' and '.join(parts)} skipped" if parts else ""


def line_cell(m: Mention, articles: dict[str, Article]) -> str:
    """The mention's line in a table: "13", or for a record of a batch "12 (3)" (see Article.line_cell)."""
    article = articles.get(m.article)
    return article.line_cell(m.line) if article else str(m.line)


def _fact(fact: FactResult, names: dict[str, str], articles: dict[str, Article]) -> list[str]:
    head = f"{fact.id} ({fact.type}): {fact.status}"
    if fact.description:
        head += f" — {fact.description}"
    if not fact.mentions:
        return [head, "  no source states it", ""]
    rows = [["source", "written", "normalized", "line", "quote"]]
    rows += [
        [
            safe(names.get(m.article, m.article)),
            safe(m.value.text),
            normalized(m, fact.type),
            line_cell(m, articles),
            safe(short_quote(m)),
        ]
        for m in fact.mentions
    ]
    return [head, *_table(rows), ""]


def _reviewed(f: Finding) -> str:
    """An editor's recorded decision on the finding, if any."""
    return f"  [{r.status}: {safe(r.note)}]" if (r := f.review) else ""


def articles_read(report: Report) -> str:
    """ "5 articles", or with a corpus "1 new article checked against 5"."""
    if not report.corpus:
        return plural(len(report.articles), "article")
    new = len(report.new_articles)
    return f"{new} new {'article' if new == 1 else 'articles'} checked against {len(report.corpus)}"


def facts_shown(report: Report) -> list[FactResult]:
    """Every fact, conflicts first; with a corpus, only those a new article states."""
    facts = sorted(report.facts, key=lambda f: f.status.rank)
    if not report.corpus:
        return facts
    return [f for f in facts if any(m.article not in report.corpus for m in f.mentions)]


def render(report: Report) -> str:
    lines = [
        f"checker: {articles_read(report)}, {plural(len(report.facts), 'fact')}, "
        f"{plural(len(report.findings), 'finding')}"
        + (f", {skipped_count(report)}" if report.skipped else ""),
        "",
    ]
    if report.skipped:
        lines.append("Skipped")
        lines += [f"  {safe(path)}: {safe(reason)}" for path, reason in report.skipped]
        lines.append("")
    if report.findings:
        lines.append("Findings")
        lines += [f"  {f.severity:<8} {safe(f.readable)}{_reviewed(f)}" for f in report.findings]
        lines.append("")
    names = source_names(report)
    articles = {a.id: a for a in report.articles}
    for fact in facts_shown(report):
        lines += _fact(fact, names, articles)
    return "\n".join(lines).rstrip() + "\n"


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
