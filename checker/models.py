"""Immutable records that flow through the pipeline: articles, values, mentions, findings."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

Scalar = float | int | str | None


class Severity(StrEnum):
    """How serious a disagreement is; members are declared from most to least severe."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe: sorting by rank puts errors first."""
        return list(Severity).index(self)

    def lower(self) -> Severity:
        """One step less severe (info stays info): what a hedged difference earns."""
        members = list(Severity)
        return members[min(self.rank + 1, len(members) - 1)]


class Status(StrEnum):
    """What the sources say about one fact, taken together; declared in report order."""

    CONFLICT = "conflict"  # the sources disagree
    REVISION = "revision"  # the only difference: one source revised its figure
    TEMPORAL = "temporal"  # the only difference: the figure changed over time
    HEDGED = "hedged"  # the only difference: a hedge lets both figures be true
    CONSISTENT = "consistent"
    SINGLE = "single"
    MISSING = "missing"

    @property
    def rank(self) -> int:
        return list(Status).index(self)


class FindingKind(StrEnum):
    """Why two groups of values disagree."""

    CONFLICT = "conflict"  # the values cannot both be true
    HEDGED = "hedged"  # they differ, though a hedge ("more than") lets both be true
    SELF = "self"  # one article states both
    TEMPORAL = "temporal"  # they hold for different dates: the figure changed over time
    REVISION = "revision"  # articles of one source differ: the source revised its figure


class Qualifier(StrEnum):
    """The hedge on a value, or how two values make a range."""

    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    ABOUT = "about"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    BETWEEN = "between"

    @property
    def words(self) -> str:
        """As a reader would say it: "more than"."""
        return self.value.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Value:
    """One value found in a piece of text, normalized.

    `value` is a number for count/number/percent/money, an int for year and an
    ISO string for date ("YYYY-MM-DD", or "YYYY-MM" for a month-precise date).
    It is None for a vague amount ("hundreds") or an unresolved relative date.
    `low`/`high` bound what the words allow; None on a side means unbounded.
    `start`/`end` are character offsets in the text that was searched.
    """

    kind: str
    text: str
    start: int
    end: int
    value: Scalar
    low: Scalar
    high: Scalar
    qualifier: Qualifier | None = None
    unit: str | None = None
    grain: str | None = None
    vague: bool = False
    relative: bool = False
    unresolved: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Value:
        """The inverse of to_dict (used by the extraction cache)."""
        values = {f.name: data[f.name] for f in fields(cls)}
        if values["qualifier"] is not None:
            values["qualifier"] = Qualifier(values["qualifier"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "grain": self.grain,
            "vague": self.vague,
            "relative": self.relative,
            "unresolved": self.unresolved,
        }


# A year written in figures ("in 2005", "the 2005 season"), not part of a longer number or decimal.
NAMED_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d,]|\.\d)")
STDIN_FILE = "<stdin>"  # how reports name standard input (`-`): no file to open or link to


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article: its metadata and body text (line numbers count from the file's first line,
    or, for a record of a JSON Lines batch, from the first line of the record's text).

    `path` is where reports say the article is: its file, or for a record its batch and line
    ("feed.jsonl:12", "<stdin>:3"), as warnings and `id@path` name it. `file` is the file itself
    ("feed.jsonl", "<stdin>"; the same as `path` when not given) and `record` the record's line in it.
    """

    id: str
    path: str
    text: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    body_line: int = 1  # file line on which `text` starts (after front matter)
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    file: str = ""
    record: int | None = None
    lang: str | None = None  # "en" or "es" as its metadata gives it; None: told from the text
    years: frozenset[int] = frozenset()  # the years the text names, kept when the text is dropped

    def __post_init__(self) -> None:
        if not self.file:
            object.__setattr__(self, "file", self.path)

    def without_text(self) -> Article:
        """The metadata alone: what a report keeps, so memory does not grow with the texts read, and
        the years the text names."""
        named = frozenset(int(y) for y in NAMED_YEAR.findall(self.text))
        return replace(self, text="", meta={}, years=named)

    @property
    def on_disk(self) -> bool:
        """Whether `file` names a file one can open (standard input does not)."""
        return self.file != STDIN_FILE

    def file_line(self, line: int) -> int:
        """The line of `file` that holds line `line` of the text: a record is one line of its batch."""
        return self.record if self.record is not None else line

    def where(self, line: int) -> str:
        """Line `line` of the text, for people: "a.md:13", or for a record of a batch
        "feed.jsonl:12, line 3 of the record's text"; never "feed.jsonl:12:3"."""
        if self.record is None:
            return f"{self.path}:{line}"
        return f"{self.file}:{self.record}, {record_line(line)}"

    def line_cell(self, line: int) -> str:
        """Line `line` in a report's table: "13", or for a record its batch's line and, in brackets,
        the line of its text: "12 (3)"."""
        return str(line) if self.record is None else f"{self.record} ({line})"


def record_line(line: int) -> str:
    """Which line of a record's text a value is on, in words."""
    return f"line {line} of the record's text"


@dataclass(frozen=True, slots=True)
class Mention:
    """A value chosen as an article's statement of a fact, with its evidence."""

    fact: str
    article: str
    value: Value
    quote: str
    line: int
    cue: str
    cue_score: float
    rank: float
    as_of: str | None = None  # the date the figure holds for: "as of <date>" in the text, else publication

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {
            "article": self.article,
            "value": v.value,
            "low": v.low,
            "high": v.high,
            "qualifier": v.qualifier,
            "text": v.text,
            "quote": self.quote,
            "line": self.line,
            "unit": v.unit,
            "grain": v.grain,
            "vague": v.vague,
            "relative": v.relative,
            "unresolved": v.unresolved,
            "cue": self.cue,
            "cue_score": round(self.cue_score, 1),
            "rank": round(self.rank, 1),
            "as_of": self.as_of,
        }


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a disagreement: a value and the articles that state it."""

    value: Scalar
    low: Scalar
    high: Scalar
    text: str
    articles: tuple[str, ...]
    unit: str | None = None
    as_of: tuple[str, ...] = ()  # the dates its figures hold for, earliest first

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "text": self.text,
            "articles": list(self.articles),
            "as_of": list(self.as_of),
        }


@dataclass(frozen=True, slots=True)
class Review:
    """A person's decision on one finding, kept in the reviews file under the finding's fingerprint."""

    fingerprint: str
    status: str  # accepted | disputed | wrong-extraction
    note: str
    by: str | None
    date: str | None  # ISO date of the decision
    line: int = field(default=0, compare=False)  # where the entry starts in the reviews file

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "note": self.note, "by": self.by, "date": self.date}


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement on one fact between sources (or within one source)."""

    fact: str
    severity: Severity
    kind: FindingKind
    articles: tuple[str, ...]
    message: str
    sides: tuple[Side, ...]
    review: Review | None = None  # set when the reviews file holds a decision on this fingerprint
    # The message with every article named by its source (see source_labels): what people read.
    # Empty: the same as `message`, which names article ids and is what the machine formats keep.
    by_name: str = field(default="", compare=False)
    # The articles on the sides that disagree with another side (a vague amount that fits every
    # figure is on no such side); empty: all of `articles`.
    disputed: tuple[str, ...] = field(default=(), compare=False)

    @property
    def readable(self) -> str:
        """The message for the reports people read: sources by name."""
        return self.by_name or self.message

    @property
    def disputants(self) -> tuple[str, ...]:
        """The articles that state a value in dispute."""
        return self.disputed or self.articles

    @property
    def fingerprint(self) -> str:
        """A stable id for review decisions: the fact, and each side's articles and normalized value
        (never line numbers or wording), so it survives re-runs and edits that move text, and changes
        when a value does."""
        sides = sorted(
            json.dumps([sorted(side.articles), side.value, side.low, side.high, side.unit], default=str)
            for side in self.sides
        )
        digest = hashlib.sha256(json.dumps([self.fact, sides]).encode()).hexdigest()
        return f"{self.fact}:{digest[:16]}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "fingerprint": self.fingerprint,
            "severity": self.severity,
            "kind": self.kind,
            "articles": list(self.articles),
            "message": self.message,
            "sides": [s.to_dict() for s in self.sides],
            **({"review": self.review.to_dict()} if self.review else {}),
        }


@dataclass(frozen=True, slots=True)
class FactResult:
    """Everything the sources say about one fact, and its status."""

    id: str
    type: str
    description: str
    severity: Severity
    status: Status
    mentions: tuple[Mention, ...]
    scale: int = 1  # the mentions' figures are in this scale ("scale: billion": 2.6 is 2,600,000,000)

    def to_dict(self, mentions: bool = True) -> dict[str, Any]:
        head: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "description": self.description,
            "severity": self.severity,
            "status": self.status,
        }
        if self.scale != 1:
            head["scale"] = self.scale
        return {**head, "mentions": [m.to_dict() for m in self.mentions]} if mentions else head


def source_labels(articles: Iterable[Article]) -> dict[str, str]:
    """How the reports people read name each article: by its source, with its id beside it when
    another article has the same source name ("Reuters [reuters-0204]"), by its id when it has none."""
    listed = list(articles)
    count = Counter(a.source.strip().casefold() for a in listed if a.source and a.source.strip())
    labels = {}
    for a in listed:
        name = (a.source or "").strip()
        labels[a.id] = a.id if not name else f"{name} [{a.id}]" if count[name.casefold()] > 1 else name
    return labels


@dataclass(frozen=True, slots=True)
class Report:
    """The result of a run: what was read, what each source says per fact, and the findings."""

    articles: tuple[Article, ...]
    facts: tuple[FactResult, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason) of every file that was not checked
    stale_reviews: tuple[Review, ...] = ()  # reviews whose finding no longer occurs
    # Ids of the articles read only as the corpus a new batch is checked against (--against); the
    # others are new. Empty in a plain run: every article is new.
    corpus: frozenset[str] = frozenset()

    @property
    def new_articles(self) -> tuple[Article, ...]:
        return tuple(a for a in self.articles if a.id not in self.corpus)

    def labels(self) -> dict[str, str]:
        """Each article id's name in the reports people read (see source_labels)."""
        return source_labels(self.articles)

    def article_dicts(self) -> Iterator[dict[str, Any]]:
        for a in self.articles:
            yield {
                "id": a.id,
                "path": a.path,
                "source": a.source,
                "title": a.title,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "new": a.id not in self.corpus,
                "file": a.file,
                "record": a.record,
            }

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": list(self.article_dicts()),
            "facts": [f.to_dict() for f in self.facts],
            "findings": [f.to_dict() for f in self.findings],
            "warnings": list(self.warnings),
            "skipped": [{"path": path, "reason": reason} for path, reason in self.skipped],
            **({"stale_reviews": list(self.stale_dicts())} if self.stale_reviews else {}),
        }

    def stale_dicts(self) -> Iterator[dict[str, Any]]:
        for r in self.stale_reviews:
            yield {"fingerprint": r.fingerprint, **r.to_dict()}


# Seconds one article's extraction may take before it is stopped (checker.extract.ArticleTimeout);
# the default of `checker check --time-budget`. math.inf lifts the limit.
ARTICLE_TIME_BUDGET = 10.0
Tick = Callable[[int], None]  # told how many more files are done


@dataclass(frozen=True)
class Extracted:
    """What one article yields: its metadata (the text is not kept) and each fact's chosen mentions."""

    article: Article
    mentions: dict[str, list[Mention]]
