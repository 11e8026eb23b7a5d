"""The fact types, one entry each: how its values are found, compared and shown.

A new type is one entry here plus its reader module. `find_values`, compare, select and the
reporters read everything they need about a type from its entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.models import Scalar, Value

if TYPE_CHECKING:
    from checker.values.common import Span
    from checker.values.scan import Scan

# The readers are imported when a type's values are first read, not with this registry: the rule
# loader, the comparison and the reporters need only the entries (a warm run reads no text).


def _as_float(value: Scalar) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _as_day(value: Scalar) -> float | None:
    """An ISO date as its day ordinal ("YYYY-MM" has no single day: None)."""
    text = str(value) if value is not None else ""
    try:
        return float(dt.date.fromisoformat(text[:10]).toordinal()) if len(text) >= 10 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Kind:
    """One fact type."""

    name: str
    priority: int  # where two types read the same words, the lower number is meant (a date beats the
    # year inside it, money the number inside it)
    find: Callable[[Scan], list[Value]]  # every value of the type in a sentence
    as_number: Callable[[Scalar], float | None]  # a value as a number, so one comparison serves all
    style: str  # how reporters show a value: "number", "percent", "money" or "literal"
    masks_counts: bool = False  # digits inside its values are no count ("2023", "$5", "9%")
    dated_by_speech: bool = False  # "said on Tuesday" dates the statement, not the fact
    narrower_than: str | None = None  # a stricter reading of another type's values (a count is a number)


def _masked(scan: Scan) -> list[Span]:
    """The spans of the values that hold digits a count must not read ("2023", "$5", "9%"); none to
    look for in a text without a number."""
    if not scan.all_numbers:
        return []
    from checker.values.money import price_years
    from checker.values.percent import is_points, is_share

    return [
        (v.start, v.end)
        for k in KINDS.values()
        if k.masks_counts
        for v in values(scan, k.name)
        # "two thirds of voters" and a change of "13.1 percentage points" are numbers too
        if not (k.name == "percent" and (is_share(v) or is_points(v)))
    ] + price_years(scan.text)


def _counts(kind: str) -> Callable[[Scan], list[Value]]:
    def find(scan: Scan) -> list[Value]:
        from checker.values.counts import find_counts

        return find_counts(scan, kind, _masked(scan))

    return find


def _percents(scan: Scan) -> list[Value]:
    from checker.values.percent import find_percents

    return find_percents(scan)


def _money(scan: Scan) -> list[Value]:
    from checker.values.money import find_money

    return find_money(scan)


def _dates(scan: Scan) -> list[Value]:
    from checker.values.dates import find_dates

    return find_dates(scan.text, scan.published, scan.lang)


def _years(scan: Scan) -> list[Value]:
    """Years, except inside a money amount ("$2023")."""
    from checker.values.common import SpanSet
    from checker.values.years import find_years

    money = SpanSet((v.start, v.end) for v in values(scan, "money"))
    return [v for v in find_years(scan.text, scan.published, scan.lang) if not money.overlaps(v.start, v.end)]


# In the order users read them in help and errors.
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("count", 5, _counts("count"), _as_float, "number", narrower_than="number"),
        Kind("number", 5, _counts("number"), _as_float, "number"),
        Kind("percent", 3, _percents, _as_float, "percent", masks_counts=True),
        Kind("money", 2, _money, _as_float, "money", masks_counts=True),
        Kind("year", 4, _years, _as_float, "literal", masks_counts=True, dated_by_speech=True),
        Kind("date", 1, _dates, _as_day, "literal", masks_counts=True, dated_by_speech=True),
    )
}
BY_PRIORITY: tuple[Kind, ...] = tuple(sorted(KINDS.values(), key=lambda k: k.priority))


def get(name: str) -> Kind:
    """The entry of a fact type; the error names the known ones."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown type {name!r}; known: {', '.join(KINDS)}") from None


def values(scan: Scan, kind: str) -> list[Value]:
    """The values of `kind` in the scanned text, read once per scan."""
    return scan.memo(kind, get(kind).find)
