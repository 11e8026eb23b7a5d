"""Compare what the sources say about one fact: cluster equal values, then judge each pair of clusters."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations

from checker.models import Finding, FindingKind, Mention, Qualifier, Severity, Side, Status
from checker.reporters.values import format_value
from checker.rulebook import Rule
from checker.values.kinds import get as get_kind

INF = math.inf
TEMPORAL_DAYS = 2  # figures dated this far apart changed over time (a day apart is the same news cycle)


def interval(mention: Mention, kind: str) -> tuple[float, float]:
    """The closed range of values the mention's words allow."""
    as_number = get_kind(kind).as_number
    low, high = as_number(mention.value.low), as_number(mention.value.high)
    return (-INF if low is None else low), (INF if high is None else high)


@dataclass
class Cluster:
    """Mentions whose values are equal within the rule's tolerance."""

    point: float | None
    low: float
    high: float
    mentions: list[Mention] = field(default_factory=list)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    @property
    def range(self) -> tuple[float, float]:
        return self.low, self.high

    @property
    def dates(self) -> tuple[str, ...]:
        """The dates its figures hold for, earliest first ("" where one is unknown)."""
        return tuple(sorted({m.as_of or "" for m in self.mentions}))

    def side(self) -> Side:
        first = self.mentions[0].value
        texts = dict.fromkeys(m.value.text for m in self.mentions)
        dates = tuple(d for d in self.dates if d)
        return Side(first.value, first.low, first.high, " / ".join(texts), self.articles, first.unit, dates)


def clusters(rule: Rule, mentions: list[Mention]) -> list[Cluster]:
    """Precise values grouped by value (a sweep over sorted values: linear after the sort);
    vague ones grouped by the range their words allow."""
    as_number = get_kind(rule.type).as_number
    points = [(p, m) for m in mentions if (p := as_number(m.value.value)) is not None]
    groups: list[Cluster] = []
    for point, m in sorted(points, key=lambda pm: pm[0]):
        low, high = interval(m, rule.type)
        if groups and groups[-1].point is not None and rule.tolerance.within(groups[-1].point, point):
            last = groups[-1]
            last.low, last.high = max(last.low, low), min(last.high, high)
            last.mentions.append(m)
        else:
            groups.append(Cluster(point, low, high, [m]))
    vague: dict[tuple[float, float], Cluster] = {}
    for m in mentions:
        if as_number(m.value.value) is None:
            key = interval(m, rule.type)
            vague.setdefault(key, Cluster(None, key[0], key[1])).mentions.append(m)
    return groups + list(vague.values())


def _judge(a: Cluster, b: Cluster, rule: Rule) -> tuple[FindingKind, Severity] | None:
    """(kind, severity) of the disagreement between two clusters, or None when they fit together."""
    if not rule.tolerance.overlap(a.range, b.range):
        return FindingKind.CONFLICT, rule.severity
    if a.point is None or b.point is None:
        return None  # a vague amount or a month that contains the other value: consistent
    return FindingKind.HEDGED, rule.severity.lower()


def describe(side: Side, rule: Rule, dated: bool = False) -> str:
    """One side for a finding's message; `dated` adds the date its figure holds for."""
    sources = ", ".join(side.articles) + (f", as of {side.as_of[0]}" if dated and side.as_of else "")
    if side.value is None:
        return f"“{side.text}” ({sources})"
    return f"{format_value(side.value, rule.type, side.unit)} ({sources}: “{side.text}”)"


def _apart_in_time(a: Cluster, b: Cluster) -> bool:
    """True when every figure of one side holds for a date at least TEMPORAL_DAYS before every
    figure of the other: the figure changed over time rather than the sources disagreeing."""
    if "" in a.dates or "" in b.dates:
        return False
    early, late = sorted((a, b), key=lambda c: c.dates[0])
    gap = dt.date.fromisoformat(late.dates[0]) - dt.date.fromisoformat(early.dates[-1])
    return gap.days >= TEMPORAL_DAYS


def _shared_source(a: Cluster, b: Cluster, sources: Mapping[str, str | None]) -> str | None:
    """A source with articles on both sides: it revised its own figure."""
    left = {sources.get(x) for x in a.articles} - {None}
    right = {sources.get(x) for x in b.articles} - {None}
    shared = sorted(s for s in left & right if s)
    return shared[0] if shared else None


def _finding(
    rule: Rule,
    a: Cluster,
    b: Cluster,
    kind: FindingKind,
    severity: Severity,
    sources: Mapping[str, str | None],
) -> Finding:
    sa, sb = a.side(), b.side()
    articles = tuple(dict.fromkeys(sa.articles + sb.articles))
    revised_by = _shared_source(a, b, sources)
    if len(articles) == 1:
        kind = FindingKind.SELF
        lead = f"{articles[0]} contradicts itself"
    elif revised_by:
        kind, severity = FindingKind.REVISION, rule.temporal_severity
        lead = f"{revised_by} revised its figure"
    elif _apart_in_time(a, b):
        kind, severity = FindingKind.TEMPORAL, rule.temporal_severity
        lead = "changed over time"
        sa, sb = sorted((sa, sb), key=lambda s: s.as_of[:1])
    elif kind == FindingKind.HEDGED:
        hedges = sorted({Qualifier(q).words for m in a.mentions + b.mentions if (q := m.value.qualifier)})
        lead = f"sources differ, though the hedge ({', '.join(hedges)}) lets both be true"
    else:
        lead = "sources disagree"
    dated = kind == FindingKind.TEMPORAL
    message = (
        f"{rule.id}: {lead}: {describe(sa, rule, dated)} {'→' if dated else 'vs'} {describe(sb, rule, dated)}"
    )
    return Finding(rule.id, severity, kind, articles, message, (sa, sb))


def compare(
    rule: Rule, mentions: list[Mention], sources: Mapping[str, str | None] | None = None
) -> tuple[Status, list[Finding]]:
    """The fact's status and its findings, from every article's chosen mentions; `sources` maps
    article ids to source names, so that a source's own revisions are told apart."""
    by_unit: dict[str | None, list[Mention]] = {}
    for m in mentions:  # amounts in different currencies cannot be compared without exchange rates
        if not m.value.unresolved:
            by_unit.setdefault(m.value.unit, []).append(m)
    findings = [
        _finding(rule, a, b, *verdict, sources or {})
        for same_unit in by_unit.values()
        for a, b in combinations(clusters(rule, same_unit), 2)
        if (verdict := _judge(a, b, rule))
    ]
    articles = {m.article for m in mentions}
    if findings:
        status = Status.CONFLICT
    elif not articles:
        status = Status.MISSING
    elif len(articles) == 1:
        status = Status.SINGLE
    else:
        status = Status.CONSISTENT
    return status, findings
