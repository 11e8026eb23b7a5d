"""A finding with its evidence, read off the report's records: each side's mentions (article, path,
file and line in it, value as written, quote, line) and the spread of the side values. Shared by
the formats that point at files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from checker.models import Article, FactResult, Finding, Mention, Report, Scalar, Side

DIGITS = 6  # rounding of differences: enough for any figure a story quotes, none of the float noise


@dataclass(frozen=True)
class Place:
    """Where one article states one side of a finding: the mention, and the article it is in (None
    when the report does not hold it)."""

    mention: Mention
    article: Article | None = None

    @property
    def path(self) -> str:
        """The article's path as reports name it: "a.md", or a batch's record "feed.jsonl:12"."""
        return self.article.path if self.article else self.mention.article

    @property
    def file(self) -> str:
        """The file that holds the mention: "a.md", "feed.jsonl", "<stdin>"."""
        return self.article.file if self.article else self.path

    @property
    def file_line(self) -> int:
        """The line of `file` that holds the mention: a record's own line in its batch."""
        return self.article.file_line(self.mention.line) if self.article else self.mention.line

    @property
    def record(self) -> int | None:
        return self.article.record if self.article else None

    @property
    def on_disk(self) -> bool:
        """Whether `file` can be opened and linked to (standard input cannot)."""
        return self.article.on_disk if self.article else True

    def where(self) -> str:
        """For people: "a.md:13", "feed.jsonl:12, line 3 of the record's text"."""
        return self.article.where(self.mention.line) if self.article else f"{self.path}:{self.mention.line}"

    def to_dict(self) -> dict[str, Any]:
        m = self.mention
        return {
            "article": m.article,
            "path": self.path,
            "text": m.value.text,
            "quote": m.quote,
            "line": m.line,
            "file": self.file,
            "file_line": self.file_line,
        }


def _owner(mention: Mention, sides: tuple[Side, ...]) -> int | None:
    """The side a mention was grouped into: the one naming its article and its words, preferring the
    side whose value is exactly the mention's (an article can state two values, one on each side).
    Unresolved relative dates are compared with nothing, so they belong to no side."""
    if mention.value.unresolved:
        return None
    found = [
        i
        for i, side in enumerate(sides)
        if mention.article in side.articles
        and mention.value.text in side.text.split(" / ")
        and mention.value.unit == side.unit
    ]
    exact = [i for i in found if (sides[i].value, sides[i].low, sides[i].high) == _bounds(mention)]
    chosen = exact or found
    return chosen[0] if chosen else None


def _bounds(mention: Mention) -> tuple[Scalar, Scalar, Scalar]:
    return mention.value.value, mention.value.low, mention.value.high


def _number(value: Scalar) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def differences(finding: Finding) -> tuple[float | int | None, float | None]:
    """Absolute and relative difference between the lowest and highest side values; relative to the
    larger magnitude, as a relative tolerance is. None when fewer than two sides hold a number, or a
    side holds something else (a date)."""
    values = [side.value for side in finding.sides if side.value is not None]
    numbers = [n for v in values if (n := _number(v)) is not None]
    if len(numbers) < 2 or len(numbers) != len(values):
        return None, None
    low, high = min(numbers), max(numbers)
    spread = round(high - low, DIGITS)
    scale = max(abs(low), abs(high))
    return spread, (round(spread / scale, DIGITS) if scale else 0.0)


class Evidence:
    """Lookups over one report: its articles, and the places behind every finding's sides."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.articles: dict[str, Article] = {a.id: a for a in report.articles}
        self.facts: dict[str, FactResult] = {f.id: f for f in report.facts}

    def place(self, mention: Mention) -> Place:
        return Place(mention, self.articles.get(mention.article))

    def places(self, finding: Finding) -> list[list[Place]]:
        """Per side, where each of its articles states it, in the order of the fact's mentions."""
        per_side: list[list[Place]] = [[] for _ in finding.sides]
        fact = self.facts.get(finding.fact)
        for mention in fact.mentions if fact else ():
            i = _owner(mention, finding.sides)
            if i is not None:
                per_side[i].append(self.place(mention))
        return per_side

    def all_places(self, finding: Finding) -> Iterator[Place]:
        for side in self.places(finding):
            yield from side

    def record(self, finding: Finding) -> dict[str, Any]:
        """The finding's own dict, each side with its quote, line and places, and the differences."""
        data = finding.to_dict()
        for side, record, places in zip(finding.sides, data["sides"], self.places(finding), strict=True):
            # The side's value is its first mention's: that mention's quote and line lead.
            exact = [p for p in places if _bounds(p.mention) == (side.value, side.low, side.high)]
            lead = (exact or places)[0] if places else None
            record["quote"] = lead.mention.quote if lead else None
            record["line"] = lead.mention.line if lead else None
            record["mentions"] = [p.to_dict() for p in places]
        data["abs_diff"], data["rel_diff"] = differences(finding)
        return data

    def records(self) -> Iterator[dict[str, Any]]:
        for finding in self.report.findings:
            yield self.record(finding)
