"""Compare what the sources say about one fact: cluster equal values, then judge each pair of clusters."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations, groupby
from typing import TypeVar

from checker.models import Finding, FindingKind, Mention, Qualifier, Severity, Side, Status, Value
from checker.reporters.values import format_value
from checker.rulebook import Rule
from checker.values.dates import in_year, is_yearless, on_weekday, with_year
from checker.values.kinds import get as get_kind

INF = math.inf
T = TypeVar("T")
# A fact whose only finding is of one of these kinds says so in its status, not "conflict".
STATUS_KINDS = {FindingKind.HEDGED, FindingKind.TEMPORAL, FindingKind.REVISION}
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


def describe(side: Side, rule: Rule, dated: bool = False, names: Mapping[str, str] | None = None) -> str:
    """One side for a finding's message; `dated` adds the date its figure holds for. Articles are
    named by their ids, or by `names` where it has them."""
    named = ", ".join((names or {}).get(a, a) for a in side.articles)
    sources = named + (f", as of {side.as_of[0]}" if dated and side.as_of else "")
    if side.value is None:
        return f"“{side.text}” ({sources})"
    return f"{format_value(side.value, rule.type, side.unit)} ({sources}: “{side.text}”)"


def _apart_in_time(a: Cluster, b: Cluster) -> bool:
    """True when every figure of one side holds for a date at least TEMPORAL_DAYS before every
    figure of the other: the figure changed over time rather than the sources disagreeing."""
    if "" in a.dates or "" in b.dates:
        return False
    early, late = sorted((a, b), key=lambda c: c.dates[0])
    gap = _day(late.dates[0], first=True) - _day(early.dates[-1], first=False)
    return gap.days >= TEMPORAL_DAYS


def _day(iso: str, first: bool) -> dt.date:
    """The first or last day of an ISO date, month ("2010-08": as of August 2010) or year."""
    year, month, day = ([int(p) for p in iso.split("-")] + [0, 0])[:3]
    if day:
        return dt.date(year, month, day)
    if first:
        return dt.date(year, month or 1, 1)
    month = month or 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shared_source(a: Cluster, b: Cluster, sources: Mapping[str, str | None]) -> str | None:
    """A source with two different articles on opposite sides: it revised its own figure. One
    article on both sides gives two figures itself; that is no revision."""
    shared = sorted(
        {
            s
            for x in a.articles
            for y in b.articles
            if x != y and (s := sources.get(x)) and s == sources.get(y)
        }
    )
    return shared[0] if shared else None


# The order in which a finding's kind is named when its groups differ in several ways.
KIND_ORDER = (FindingKind.CONFLICT, FindingKind.REVISION, FindingKind.TEMPORAL, FindingKind.HEDGED)


# A value read from one article only, and only weakly (its best rank below this: far from its cue,
# across clauses, with figures between) or ten times off, against a group that three or more
# articles agree on, is more likely a misreading than a disagreement: it is reported, as information.
WEAK_RANK = 70.0
CONSENSUS = 3


FAR_APART = 10.0  # a lone figure this many times smaller or larger than the consensus


def _lone_weak_reading(a: Cluster, b: Cluster, kind: str) -> bool:
    """`a` is one article's weak reading and `b` what three or more articles agree on: read far from
    its cue, or (a count, number or amount) ten times smaller or larger."""
    if len(a.articles) != 1 or len(b.articles) < CONSENSUS:
        return False
    if max(m.rank for m in a.mentions) < WEAK_RANK:
        return True
    return (
        a.point is not None
        and b.point is not None
        and kind in ("count", "number", "money")
        and min(abs(a.point), abs(b.point)) * FAR_APART <= max(abs(a.point), abs(b.point))
    )


def _verdict(
    a: Cluster, b: Cluster, rule: Rule, sources: Mapping[str, str | None]
) -> tuple[FindingKind, Severity, str] | None:
    """How two groups disagree: kind, severity and the lead of the message; None when they agree."""
    judged = _judge(a, b, rule)
    if judged is None:
        return None
    kind, severity = judged
    if _lone_weak_reading(a, b, rule.type) or _lone_weak_reading(b, a, rule.type):
        severity = Severity.INFO  # one source's doubtful reading against three or more that agree
    revised_by = _shared_source(a, b, sources)
    if revised_by:
        return FindingKind.REVISION, rule.temporal_severity, f"{revised_by} revised its figure"
    if _apart_in_time(a, b):
        return FindingKind.TEMPORAL, rule.temporal_severity, "changed over time"
    if kind == FindingKind.HEDGED:
        hedges = sorted({Qualifier(q).words for m in a.mentions + b.mentions if (q := m.value.qualifier)})
        return kind, severity, f"sources differ, though the hedge ({', '.join(hedges)}) lets both be true"
    return kind, severity, "sources disagree"


def _message(rule: Rule, lead: str, sides: list[Side], dated: bool, names: Mapping[str, str] | None) -> str:
    joined = (" → " if dated else " vs ").join(describe(side, rule, dated, names) for side in sides)
    return f"{rule.id}: {lead}: {joined}"


def _finding(
    rule: Rule, groups: list[Cluster], sources: Mapping[str, str | None], names: Mapping[str, str]
) -> Finding | None:
    """One finding for all the groups of values a fact has (in one unit), or None when they agree.
    Its severity is the highest any two groups earn; its kind and lead those of the most serious."""
    judged = [(a, b, v) for a, b in combinations(groups, 2) if (v := _verdict(a, b, rule, sources))]
    if not judged:
        return None
    verdicts = [v for _, _, v in judged]
    kind, _, lead = min(verdicts, key=lambda v: (KIND_ORDER.index(v[0]), v[1].rank))
    severity = min((v[1] for v in verdicts), key=lambda s: s.rank)
    sides = [g.side() for g in groups]
    articles = tuple(dict.fromkeys(a for side in sides for a in side.articles))
    disputed = tuple(dict.fromkeys(x for a, b, _ in judged for x in (*a.articles, *b.articles)))
    named_lead = lead
    if len(articles) == 1:
        kind, lead = FindingKind.SELF, f"{articles[0]} contradicts itself"
        named_lead = f"{names.get(articles[0], articles[0])} contradicts itself"
    dated = kind == FindingKind.TEMPORAL
    if dated:
        sides.sort(key=lambda side: side.as_of[:1])
    message = _message(rule, lead, sides, dated, None)
    by_name = _message(rule, named_lead, sides, dated, names) if names else ""
    return Finding(
        rule.id, severity, kind, articles, message, tuple(sides), by_name=by_name, disputed=disputed
    )


def in_others_year(
    mentions: list[Mention], named: Mapping[str, frozenset[int]] | None = None
) -> list[Mention]:
    """Date mentions with each day written without its year read in the year the other articles give
    the fact: in an article with no publication date, every such day ("set to return on December 11")
    takes the year most of the other articles' readings fall in, and is left unresolved when they are
    split between years or there are none; in any article, a day read in another year (from the
    publication date or the story's year) takes the year most articles write out with the fact's day
    when the article itself names that year (`named`: the years each article's text names): a report
    of 2007 looking back at "August 29" in a story of 2005."""
    years: Counter[int] = Counter()
    written: Counter[int] = Counter()
    days: Counter[str] = Counter()
    for _, found in groupby(mentions, key=lambda m: m.article):
        read = [m.value for m in found if m.value.value is not None]
        years.update({_year(v) for v in read})
        written.update({_year(v) for v in read if not is_yearless(v)})
        days.update({str(v.value) for v in read if v.grain == "day"})
    if any(m.value.unresolved for m in mentions) and (year := _most(years)) is not None:
        mentions = [replace(m, value=with_year(m.value, year)) if m.value.unresolved else m for m in mentions]
    if any(m.value.unresolved for m in mentions) and (day := _most(days)) is not None:
        mentions = [replace(m, value=on_weekday(m.value, day)) if m.value.unresolved else m for m in mentions]
    if (year := _most(written)) is None:
        return mentions
    return [_to_year(m, year, named or {}) for m in mentions]


def _to_year(mention: Mention, year: int, named: Mapping[str, frozenset[int]]) -> Mention:
    """The mention read in `year` when it is a day written without its year, read in another, in an
    article that names `year`; else as it is."""
    value = mention.value
    if value.value is None or not is_yearless(value) or _year(value) == year:
        return mention
    return replace(mention, value=in_year(value, year)) if year in named.get(mention.article, ()) else mention


def _year(value: Value) -> int:
    return int(str(value.value)[:4])


def _most(counted: Counter[T]) -> T | None:
    """What is counted most often (a year, a day), or None when nothing is or two share the lead."""
    ranked = counted.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def compare(
    rule: Rule,
    mentions: list[Mention],
    sources: Mapping[str, str | None] | None = None,
    names: Mapping[str, str] | None = None,
) -> tuple[Status, list[Finding]]:
    """The fact's status and its findings, from every article's chosen mentions; `sources` maps
    article ids to source names, so that a source's own revisions are told apart; `names` maps them
    to how the reports people read name them (each finding's `by_name` message)."""
    by_unit: dict[str | None, list[Mention]] = {}
    for m in mentions:  # amounts in different currencies cannot be compared without exchange rates
        if not m.value.unresolved:
            by_unit.setdefault(m.value.unit, []).append(m)
    found = (_finding(rule, clusters(rule, unit), sources or {}, names or {}) for unit in by_unit.values())
    findings = [f for f in found if f is not None]
    articles = {m.article for m in mentions}
    if findings:
        kinds = {f.kind for f in findings}
        status = Status(kinds.pop()) if kinds <= STATUS_KINDS and len(kinds) == 1 else Status.CONFLICT
    elif not articles:
        status = Status.MISSING
    elif len(articles) == 1:
        status = Status.SINGLE
    else:
        status = Status.CONSISTENT
    return status, findings
