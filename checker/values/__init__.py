"""Find and normalize values (counts, numbers, percents, money, years, dates) in a piece of text.

Conventions (see checker.models.Value):

* Hedges widen the interval: more_than / at_least -> [x, None]; nearly -> [0.9x, x];
  about -> [0.9x, 1.1x]; up_to / less_than -> [0, x] (lower bound None for kind "number").
* Ranges ("between 20 and 30", "20-30", "20 to 30 million") come back as ONE value with
  value None, qualifier "between", low/high the two ends; "from 20 to 30" is a change, not a range.
* Vague amounts ("hundreds", "tens of thousands") have value None, vague=True, low/high the range.
* Fractions ("two thirds", "a quarter", "1/4", "one over three") are read for kind "number" only,
  never as counts, unless scaled into an amount ("3 million and a half", "two thirds of a million").
* Minor units join the amount ("20 dollars 43 cents" -> 20.43 USD); bare dinar/riyal/rial and bare
  "N pounds" (weight) are not read as money.
* Money is in currency units with the ISO code in `unit` ("50 cents" -> 0.5 USD); percent unit is "%".
* Dates: value "YYYY-MM-DD" (grain day) or "YYYY-MM" (grain month, low/high first/last day);
  "last week" is grain "week" with value None and low/high Monday..Sunday. A date without a year
  takes the latest year that puts it on or before `published`; a bare weekday is the latest such
  day on or before `published`, and "last <weekday>" the latest strictly before it. Anything that
  needs `published` and does not get it comes back unresolved (value/low/high None).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker.models import Value
from checker.values.common import as_range, hedged, overlaps
from checker.values.dates import find_dates
from checker.values.money import find_money
from checker.values.numbers import Num, negative, scan_numbers
from checker.values.parts import find_fractions
from checker.values.percent import find_percents
from checker.values.years import find_years

__all__ = ["KIND_PRIORITY", "find_values", "parse_all"]

KIND_PRIORITY: tuple[str, ...] = ("date", "money", "percent", "year", "number")


# Each finder is a pure function of the sentence (and publication date). A sentence is asked for
# several kinds, and counts need the spans of every other kind, so each finder's answer is kept
# for the last sentences seen: every finder then runs once per sentence.
@lru_cache(maxsize=64)
def _dates(text: str, published: dt.date | None) -> tuple[Value, ...]:
    return tuple(find_dates(text, published))


@lru_cache(maxsize=64)
def _years(text: str, published: dt.date | None) -> tuple[Value, ...]:
    return tuple(find_years(text, published))


@lru_cache(maxsize=64)
def _money(text: str) -> tuple[Value, ...]:
    return tuple(find_money(text))


@lru_cache(maxsize=64)
def _percents(text: str) -> tuple[Value, ...]:
    return tuple(find_percents(text))


@lru_cache(maxsize=64)
def _taken(text: str, published: dt.date | None) -> tuple[tuple[int, int], ...]:
    """Spans that belong to a more specific kind, so their digits are no count."""
    found = _dates(text, published) + _years(text, published) + _percents(text) + _money(text)
    return tuple((v.start, v.end) for v in found)


# News style gives a person's age between commas after the name: "Ana Ruiz, 55, said".
_AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
_AGE_AFTER = re.compile(r"^\s*,")


def _is_age(text: str, num: Num) -> bool:
    return (
        num.value is not None
        and num.value < 130
        and bool(_AGE_BEFORE.search(text[: num.start]))
        and bool(_AGE_AFTER.match(text[num.end :]))
    )


def _find_numbers(text: str, kind: str, published: dt.date | None) -> list[Value]:
    fractions = [f for f in find_fractions(text) if not overlaps(f.start, f.end, _taken(text, published))]
    amounts = [f for f in fractions if f.scale >= 1000]  # "3 million and a half" counts things
    fractions = [f for f in fractions if f.scale < 1000]
    taken = _taken(text, published) + tuple((f.start, f.end) for f in fractions + amounts)
    nums = [n for n in scan_numbers(text) if not overlaps(n.start, n.end, taken)] + amounts
    nums.sort(key=lambda n: n.start)
    if kind == "count":
        nums = [n for n in nums if not _is_age(text, n)]
    if kind == "number":
        nums = sorted([negative(text, n) for n in nums + fractions], key=lambda n: n.start)
    floor = None if kind == "number" else 0
    values: list[Value] = []
    prev: Num | None = None
    for num in nums:
        value = hedged(text, kind, num, num.start, num.end, floor=floor)
        merged = as_range(text, kind, values[-1], value, prev, num) if values and prev else None
        if merged is not None:
            values.pop()
        values.append(merged or value)
        prev = num
    return values


def _find_years(text: str, published: dt.date | None) -> list[Value]:
    money = [(v.start, v.end) for v in _money(text)]
    return [v for v in _years(text, published) if not overlaps(v.start, v.end, money)]


def find_values(text: str, kind: str, published: dt.date | None = None) -> list[Value]:
    """Every value of `kind` in `text`, in order of position, non-overlapping; spans index `text`."""
    if kind in ("count", "number"):
        return _find_numbers(text, kind, published)
    if kind == "percent":
        return list(_percents(text))
    if kind == "money":
        return list(_money(text))
    if kind == "year":
        return _find_years(text, published)
    if kind == "date":
        return list(_dates(text, published))
    raise ValueError(f"unknown kind {kind!r}")


def parse_all(text: str, published: dt.date | None = None) -> list[Value]:
    """Values of all kinds; where spans overlap the more specific kind wins (date > money > ... > number)."""
    chosen: list[Value] = []
    for kind in KIND_PRIORITY:
        for value in find_values(text, kind, published):
            if not overlaps(value.start, value.end, [(v.start, v.end) for v in chosen]):
                chosen.append(value)
    return sorted(chosen, key=lambda v: v.start)
