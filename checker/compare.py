"""Compare what the sources say about one fact: cluster equal values, then judge each pair of clusters."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from itertools import combinations

from checker.models import Finding, Mention, Scalar, Side
from checker.rulebook import Rule

LOWER = {"error": "warning", "warning": "info", "info": "info"}
INF = math.inf


def as_number(value: Scalar) -> float | None:
    """Numbers as floats and ISO dates as day ordinals, so one comparison serves every type."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value)
    try:
        return float(dt.date.fromisoformat(text[:10]).toordinal()) if len(text) >= 10 else None
    except ValueError:
        return None


def interval(mention: Mention) -> tuple[float, float]:
    """The closed range of values the mention's words allow."""
    low, high = as_number(mention.value.low), as_number(mention.value.high)
    return (-INF if low is None else low), (INF if high is None else high)


def is_precise(mention: Mention) -> bool:
    """A point value (not vague, not a month-precise date, not an open range without a figure)."""
    return as_number(mention.value.value) is not None


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

    def side(self) -> Side:
        first = self.mentions[0].value
        texts = dict.fromkeys(m.value.text for m in self.mentions)
        return Side(first.value, first.low, first.high, " / ".join(texts), self.articles, first.unit)


def _within(a: float, b: float, rule: Rule) -> bool:
    if rule.relative_tolerance:
        return abs(a - b) <= rule.tolerance * max(abs(a), abs(b))
    return abs(a - b) <= rule.tolerance + 1e-9


def clusters(rule: Rule, mentions: list[Mention]) -> list[Cluster]:
    """Precise values grouped by value (a sweep over sorted values: linear after the sort);
    vague ones grouped by the range their words allow."""
    precise = sorted((m for m in mentions if is_precise(m)), key=lambda m: as_number(m.value.value) or 0.0)
    groups: list[Cluster] = []
    for m in precise:
        point = as_number(m.value.value)
        assert point is not None
        low, high = interval(m)
        if groups and groups[-1].point is not None and _within(groups[-1].point, point, rule):
            last = groups[-1]
            last.low, last.high = max(last.low, low), min(last.high, high)
            last.mentions.append(m)
        else:
            groups.append(Cluster(point, low, high, [m]))
    vague: dict[tuple[float, float], Cluster] = {}
    for m in mentions:
        if not is_precise(m):
            key = interval(m)
            vague.setdefault(key, Cluster(None, key[0], key[1])).mentions.append(m)
    return groups + list(vague.values())


def _overlap(a: Cluster, b: Cluster, rule: Rule) -> bool:
    slack = rule.tolerance * max(abs(a.low), abs(b.high), 1.0) if rule.relative_tolerance else rule.tolerance
    return a.low <= b.high + slack and b.low <= a.high + slack


def _judge(a: Cluster, b: Cluster, rule: Rule) -> tuple[str, str] | None:
    """(kind, severity) of the disagreement between two clusters, or None when they fit together."""
    if not _overlap(a, b, rule):
        return "conflict", rule.severity
    if a.point is None or b.point is None:
        return None  # a vague amount or a month that contains the other value: consistent
    return "hedged", LOWER[rule.severity]


def describe(side: Side, rule: Rule) -> str:
    sources = ", ".join(side.articles)
    shown = format_value(side.value, rule.type, side.unit) if side.value is not None else f"“{side.text}”"
    return f"{shown} ({sources}: “{side.text}”)" if side.value is not None else f"{shown} ({sources})"


def format_value(value: Scalar, kind: str, unit: str | None = None) -> str:
    """A normalized value for people: 80,000 / 90% / USD 80,000,000,000 / 2023 / 2025-02-03."""
    if value is None:
        return "?"
    if kind in ("year", "date") or isinstance(value, str):
        return str(value)
    number = float(value)
    text = f"{int(number):,}" if number.is_integer() else f"{number:,.4f}".rstrip("0").rstrip(".")
    if kind == "percent":
        return text + "%"
    if kind == "money":
        return f"{unit or ''} {text}".strip()
    return text


def _finding(rule: Rule, a: Cluster, b: Cluster, kind: str, severity: str) -> Finding:
    sa, sb = a.side(), b.side()
    articles = tuple(dict.fromkeys(sa.articles + sb.articles))
    if len(articles) == 1:
        kind = "self"
        lead = f"{articles[0]} contradicts itself"
    elif kind == "hedged":
        hedges = sorted(
            {m.value.qualifier.replace("_", " ") for m in a.mentions + b.mentions if m.value.qualifier}
        )
        lead = f"sources differ, though the hedge ({', '.join(hedges)}) lets both be true"
    else:
        lead = "sources disagree"
    message = f"{rule.id}: {lead}: {describe(sa, rule)} vs {describe(sb, rule)}"
    return Finding(rule.id, severity, kind, articles, message, (sa, sb))


def compare(rule: Rule, mentions: list[Mention]) -> tuple[str, list[Finding]]:
    """The fact's status and its findings, from every article's chosen mentions."""
    usable = [m for m in mentions if not m.value.unresolved]
    by_unit: dict[str | None, list[Mention]] = {}
    for m in usable:  # amounts in different currencies cannot be compared without exchange rates
        by_unit.setdefault(m.value.unit, []).append(m)
    findings = []
    for same_unit in by_unit.values():
        for a, b in combinations(clusters(rule, same_unit), 2):
            verdict = _judge(a, b, rule)
            if verdict:
                findings.append(_finding(rule, a, b, *verdict))
    articles = {m.article for m in mentions}
    if findings:
        status = "conflict"
    elif not articles:
        status = "missing"
    elif len(articles) == 1:
        status = "single"
    else:
        status = "consistent"
    return status, findings
