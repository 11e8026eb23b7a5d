"""Compare what the sources say about one fact: cluster equal values, then judge each pair of clusters."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import combinations

from checker.models import Finding, FindingKind, Mention, Qualifier, Severity, Side, Status
from checker.reporters.values import format_value
from checker.rulebook import Rule
from checker.values.kinds import get as get_kind

INF = math.inf


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

    def side(self) -> Side:
        first = self.mentions[0].value
        texts = dict.fromkeys(m.value.text for m in self.mentions)
        return Side(first.value, first.low, first.high, " / ".join(texts), self.articles, first.unit)


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


def describe(side: Side, rule: Rule) -> str:
    sources = ", ".join(side.articles)
    if side.value is None:
        return f"“{side.text}” ({sources})"
    return f"{format_value(side.value, rule.type, side.unit)} ({sources}: “{side.text}”)"


def _finding(rule: Rule, a: Cluster, b: Cluster, kind: FindingKind, severity: Severity) -> Finding:
    sa, sb = a.side(), b.side()
    articles = tuple(dict.fromkeys(sa.articles + sb.articles))
    if len(articles) == 1:
        kind = FindingKind.SELF
        lead = f"{articles[0]} contradicts itself"
    elif kind == FindingKind.HEDGED:
        hedges = sorted({Qualifier(q).words for m in a.mentions + b.mentions if (q := m.value.qualifier)})
        lead = f"sources differ, though the hedge ({', '.join(hedges)}) lets both be true"
    else:
        lead = "sources disagree"
    message = f"{rule.id}: {lead}: {describe(sa, rule)} vs {describe(sb, rule)}"
    return Finding(rule.id, severity, kind, articles, message, (sa, sb))


def compare(rule: Rule, mentions: list[Mention]) -> tuple[Status, list[Finding]]:
    """The fact's status and its findings, from every article's chosen mentions."""
    by_unit: dict[str | None, list[Mention]] = {}
    for m in mentions:  # amounts in different currencies cannot be compared without exchange rates
        if not m.value.unresolved:
            by_unit.setdefault(m.value.unit, []).append(m)
    findings = [
        _finding(rule, a, b, *verdict)
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
