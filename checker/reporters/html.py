"""The editor's review page: one self-contained HTML file (inline style and script, nothing loaded)
with a summary, a card per fact with findings showing every source's quote side by side, filters
by severity, fact and review status, and what each source says of the other facts. Sources are
named as in the text report (by source, the id beside a shared name), new articles marked when a
batch is checked against a corpus; each quote links to its file (a batch's record: the batch).

Article text, titles, sources, paths and URLs are untrusted: every piece is escaped, none goes
into the script, and the Content-Security-Policy allows only the page's own style and script."""

from __future__ import annotations

import html
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from checker import __version__
from checker.models import (
    Article,
    FactResult,
    Finding,
    Mention,
    Qualifier,
    Report,
    Severity,
    Side,
    record_line,
)
from checker.reporters.evidence import Evidence, Place, differences
from checker.reporters.html_assets import CSP, CSS, JS
from checker.reporters.text import normalized, safe, skipped_count, source_names
from checker.reporters.values import format_value
from checker.reviews import STATUSES

UNREVIEWED = "unreviewed"
REVIEW_STATES = (UNREVIEWED, *STATUSES)


def esc(text: object) -> str:
    """Untrusted text as inert HTML (text or attribute value): markup escaped, and control characters
    and bidi overrides shown escaped, as in the terminal report."""
    return html.escape(safe(str(text)), quote=True)


def web_url(url: str | None) -> str | None:
    """The article's URL when it is an http(s) link; anything else (javascript:, data:) is not linked."""
    return url if url and urlsplit(url.strip()).scheme.lower() in {"http", "https"} else None


def file_url(path: str) -> str | None:
    """A file: link to the article's file, absolute so it works wherever the page is saved; none
    when the path names no file (standard input, a file since removed)."""
    if not os.path.isfile(path):
        return None
    return Path(os.path.abspath(path)).as_uri()


def article_link(article: Article, cls: str = "mono") -> str:
    """The article's path ("a.md", a batch's record "feed.jsonl:12") linked to its file."""
    return _link(file_url(article.file) if article.on_disk else None, article.path, cls)


def place_link(place: Place) -> str:
    """Where a quote is: "a.md:13" linked to the file; a batch's record "feed.jsonl:12" linked to
    the batch, with the line of the record's text beside it; standard input without a link."""
    m = place.mention
    href = file_url(place.file) if place.on_disk else None
    if place.record is None:
        return _link(href, f"{place.path}:{m.line}", "path mono")
    return _link(href, f"{place.file}:{place.record}", "path mono") + (
        f' <span class="muted">({esc(record_line(m.line))})</span>'
    )


def _link(href: str | None, text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    if href is None:
        return f"<span{attr}>{esc(text)}</span>"
    return f'<a{attr} href="{esc(href)}" rel="noopener noreferrer">{esc(text)}</a>'


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def review_state(finding: Finding) -> str:
    return finding.review.status if finding.review else UNREVIEWED


class Page:
    """The review page of one report: lookups over its records, and one method per part."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.evidence = Evidence(report)
        self.articles: dict[str, Article] = {a.id: a for a in report.articles}
        self.labels = report.labels()  # sources by name, the id beside a shared one
        self.named = source_names(report)  # the same, "(new)" after a new article's, for plain text
        self.by_fact: dict[str, list[Finding]] = {}
        for finding in report.findings:
            self.by_fact.setdefault(finding.fact, []).append(finding)

    # --- the parts of the page ---------------------------------------------------------------------

    def render(self) -> str:
        flagged = [f for f in self.report.facts if f.id in self.by_fact]
        quiet = [f for f in self.report.facts if f.id not in self.by_fact]
        title = f"checker review: {_count(len(self.report.findings), 'finding')}"
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            f'<h1>checker review <span class="muted mono">checker {esc(__version__)}</span></h1>',
            self.summary(),
            self.filters(flagged),
            '<main id="cards">',
            *(self.card(fact) for fact in flagged),
            "" if flagged else '<p class="panel">No findings: the sources agree on every fact.</p>',
            "</main>",
            self.quiet(quiet),
            self.article_table(),
            f"<script>{JS}</script>",
            "</body>",
            "</html>",
        ]
        # ASCII only (the rest as character references): the page reads the same whatever encoding
        # the stream it is written to has.
        return "\n".join(p for p in parts if p).encode("ascii", "xmlcharrefreplace").decode("ascii") + "\n"

    def summary(self) -> str:
        r = self.report
        levels = Counter(f.severity for f in r.findings)
        by_level = ", ".join(f"{levels[s]} {s.value}" for s in Severity if levels[s]) or "none"
        reviewed = sum(1 for f in r.findings if f.review)
        articles = str(len(r.articles))
        if r.corpus:
            articles += f" ({len(r.new_articles)} new, {len(r.corpus)} corpus)"
        items = [
            ("Articles", articles),
            ("Facts", str(len(r.facts))),
            ("Findings", f"{len(r.findings)} ({by_level})"),
            ("Reviewed", f"{reviewed} of {len(r.findings)}"),
            ("Skipped", str(len(r.skipped))),
            ("Stale reviews", str(len(r.stale_reviews))),
        ]
        cells = "".join(
            f'<div data-summary="{esc(k.lower())}"><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>' for k, v in items
        )
        skipped = [f"<code>{esc(path)}</code>: {esc(reason)}" for path, reason in r.skipped]
        stale = [
            f"<code>{esc(s.fingerprint)}</code> ({esc(s.status)}{', line ' + str(s.line) if s.line else ''})"
            + (f": {esc(s.note)}" if s.note else "")
            for s in r.stale_reviews
        ]
        return (
            f'<section id="summary" class="panel"><dl>{cells}</dl>'
            + _details(f"Skipped: {skipped_count(r).removesuffix(' skipped')}", skipped, "skipped")
            + _details("Stale reviews: the finding no longer occurs; delete the entry", stale, "stale")
            + _details("Warnings", [esc(w) for w in r.warnings], "warnings")
            + "</section>"
        )

    def filters(self, flagged: list[FactResult]) -> str:
        severities = Counter(f.severity.value for f in self.report.findings)
        reviews = Counter(review_state(f) for f in self.report.findings)
        facts = "".join(
            f'<option value="{esc(f.id)}">{esc(f.id)} ({len(self.by_fact[f.id])})</option>' for f in flagged
        )
        return (
            '<section id="filters" class="panel" aria-label="Filters" hidden>'
            + _boxes("severity", "Severity", [(s.value, severities[s.value]) for s in Severity])
            + _boxes("review", "Review", [(s, reviews[s]) for s in REVIEW_STATES])
            + '<label>Fact <select id="fact-filter" name="fact"><option value="">all facts</option>'
            + facts
            + '</select></label><button type="button" id="show-all">Show all</button>'
            + f'<p id="shown" class="muted" aria-live="polite">{len(flagged)} facts with findings</p>'
            + "</section>"
        )

    def card(self, fact: FactResult) -> str:
        findings = self.by_fact[fact.id]
        worst = min((f.severity for f in findings), key=lambda s: s.rank)
        placed = {id(p.mention) for f in findings for p in self.evidence.all_places(f)}
        others = [m for m in fact.mentions if id(m) not in placed]
        head = (
            f"<header><h2>{esc(fact.id)}</h2>"
            f'<span class="mono muted">{esc(fact.type)}</span>'
            f'<span class="badge status">{esc(fact.status)}</span>'
            + (f"<p>{esc(fact.description)}</p>" if fact.description else "")
            + "</header>"
        )
        rest = (
            "<details><summary>Also stated, not compared</summary>"
            + "".join(self.mention(self.evidence.place(m), fact.type) for m in others)
            + "</details>"
            if others
            else ""
        )
        body = "".join(self.finding(f, fact) for f in findings)
        return (
            f'<article class="card sev-{worst.value}" id="fact-{esc(fact.id)}" data-fact="{esc(fact.id)}">'
            f"{head}{body}{rest}</article>"
        )

    def finding(self, finding: Finding, fact: FactResult) -> str:
        state = review_state(finding)
        sides = "".join(
            self.side(side, places, fact.type)
            for side, places in zip(finding.sides, self.evidence.places(finding), strict=True)
        )
        return (
            f'<section class="finding" data-severity="{finding.severity.value}" data-review="{esc(state)}"'
            f' data-fingerprint="{esc(finding.fingerprint)}">'
            '<div class="finding-head">'
            f'<span class="badge severity sev-{finding.severity.value}">{finding.severity.value}</span>'
            f'<span class="badge kind">{esc(finding.kind.value)}</span>'
            f'<span class="badge review review-{esc(state)}">{esc(state)}</span>'
            f'<code class="fingerprint">{esc(finding.fingerprint)}</code></div>'
            f'<p class="message">{esc(finding.readable)}</p>'
            f"{_difference(finding)}{_review(finding)}"
            f'<div class="sides">{sides}</div></section>'
        )

    def side(self, side: Side, places: list[Place], kind: str) -> str:
        who = ", ".join(self.named.get(a, a) for a in side.articles)
        mentions = "".join(self.mention(p, kind) for p in places)
        return (
            f'<div class="side"><h3 class="side-value">{esc(side_value(side, kind))}</h3>'
            f'<p class="muted">stated by {esc(who)}</p>{mentions}</div>'
        )

    def mention(self, place: Place, kind: str) -> str:
        m = place.mention
        article = self.articles.get(m.article)
        name = self.labels.get(m.article, m.article)
        facts = [
            ("written", esc(m.value.text)),
            ("normalized", esc(normalized(m, kind))),
            ("qualifier", esc(Qualifier(m.value.qualifier).words if m.value.qualifier else "none")),
            ("line", str(m.line)),
        ]
        if m.as_of:
            facts.append(("as of", esc(m.as_of)))
        rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
        return (
            f'<figure class="mention" data-article="{esc(m.article)}"><figcaption>'
            + _link(web_url(article.url if article else None), name, "source")
            + self.new_badge(m.article)
            + " &middot; "
            + place_link(place)
            + f"</figcaption><blockquote>{highlight(m)}</blockquote>"
            + f'<dl class="facts">{rows}</dl></figure>'
        )

    def quiet(self, facts: list[FactResult]) -> str:
        if not facts:
            return ""
        rows = []
        for fact in facts:
            said = [
                f"<li>{esc(self.named.get(m.article, m.article))}: &ldquo;{esc(m.value.text)}&rdquo; &rarr; "
                f"{esc(normalized(m, fact.type))}</li>"
                for m in fact.mentions
            ] or ['<li class="muted">no source states it</li>']
            rows.append(
                f'<tr data-fact="{esc(fact.id)}"><td><code>{esc(fact.id)}</code><br>'
                f'<span class="muted">{esc(fact.description)}</span></td>'
                f"<td>{esc(fact.status)}</td><td><ul>{''.join(said)}</ul></td></tr>"
            )
        return (
            '<section id="quiet" class="panel"><h2>Facts without findings</h2>'
            "<table><thead><tr><th>fact</th><th>status</th><th>what each source says</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )

    def article_table(self) -> str:
        rows = "".join(
            f'<tr id="article-{esc(a.id)}"{self.new_attr(a.id)}><td><code>{esc(a.id)}</code>'
            f"{self.new_badge(a.id)}</td><td>{esc(a.source or '')}</td>"
            f"<td>{esc(a.published.isoformat() if a.published else '')}</td>"
            f"<td>{_link(web_url(a.url), a.title or a.url or '')}</td>"
            f"<td>{article_link(a)}</td></tr>"
            for a in self.report.articles
        )
        return (
            '<section id="articles" class="panel"><h2>Articles</h2><table><thead><tr><th>id</th>'
            "<th>source</th><th>published</th><th>title</th><th>file</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>"
        )

    # --- lookups -----------------------------------------------------------------------------------

    def is_new(self, article_id: str) -> bool:
        """A new article of a batch checked against a corpus (in a plain run, none is marked)."""
        return bool(self.report.corpus) and article_id not in self.report.corpus

    def new_badge(self, article_id: str) -> str:
        return ' <span class="badge new">new</span>' if self.is_new(article_id) else ""

    def new_attr(self, article_id: str) -> str:
        return ' class="new"' if self.is_new(article_id) else ""


def highlight(m: Mention) -> str:
    """The quote, escaped, with the value as written marked: at the value's offsets in the sentence,
    else where its words first occur."""
    quote, text = m.quote, m.value.text
    start, end = m.value.start, m.value.end
    if not (0 <= start < end <= len(quote) and quote[start:end] == text):
        start = quote.find(text) if text else -1
        end = start + len(text)
    if start < 0:
        return esc(quote)
    return f"{esc(quote[:start])}<mark>{esc(quote[start:end])}</mark>{esc(quote[end:])}"


def side_value(side: Side, kind: str) -> str:
    """A side's normalized value, with the range its words allow when that is wider."""
    low = format_value(side.low, kind, side.unit) if side.low is not None else "…"
    high = format_value(side.high, kind, side.unit) if side.high is not None else "…"
    if side.value is None:
        return f"{low} – {high}"
    shown = format_value(side.value, kind, side.unit)
    return shown if side.low == side.high == side.value else f"{shown} ({low} – {high})"


def _difference(finding: Finding) -> str:
    abs_diff, rel_diff = differences(finding)
    if abs_diff is None or rel_diff is None:
        return ""
    return (
        f'<p class="difference">difference: abs <span class="mono">{abs_diff:,}</span>, '
        f'rel <span class="mono">{rel_diff:g}</span> ({rel_diff:.2%})</p>'
    )


def _review(finding: Finding) -> str:
    r = finding.review
    if r is None:
        return ""
    who = ", ".join(esc(x) for x in (r.by, r.date) if x)
    return (
        f'<p class="review-note"><strong>{esc(r.status)}</strong>'
        + (f": {esc(r.note)}" if r.note else "")
        + (f' <span class="muted">({who})</span>' if who else "")
        + "</p>"
    )


def _boxes(name: str, legend: str, options: Iterable[tuple[str, int]]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="{name}" value="{esc(value)}" checked> {esc(value)}'
        f' <span class="muted">({n})</span></label>'
        for value, n in options
    )
    return f'<fieldset data-filter="{name}"><legend>{legend}</legend>{boxes}</fieldset>'


def _details(title: str, items: list[str], key: str) -> str:
    if not items:
        return ""
    lis = "".join(f"<li>{item}</li>" for item in items)
    return f'<details id="{key}"><summary>{esc(title)} ({len(items)})</summary><ul>{lis}</ul></details>'


def render(report: Report) -> str:
    return Page(report).render()


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
