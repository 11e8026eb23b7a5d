"""Years: "in 2023", the year inside a date, and relative years ("last year", "two years ago")."""

from __future__ import annotations

import datetime as dt
import re

from checker.models import Value
from checker.values.dayforms import CENTURY_YEAR_WORDS, MILLENNIUM_YEAR_WORDS, spelled_year
from checker.values.days import small_number
from checker.values.vocab import BIG_WORD_ALT

_YEAR = re.compile(
    r"(?<![\w$€£¥.,/:'’-])(?P<y>1[89]\d\d|20\d\d|2100)(?![\w%]|[.,]\d|[:/]\d|\s?(?:percent|per cent)\b"
    rf"|\s+(?:{BIG_WORD_ALT}|dollars|euros|pounds|yen|yuan)\b)",
    re.IGNORECASE,
)
# Spelled-out years: "nineteen ninety six" anywhere; "two thousand and fifteen" only after "in",
# because "two thousand" alone is far more often a count.
_SPELLED = re.compile(
    r"\b(?:in\s+)?"
    + rf"(?P<yw>{CENTURY_YEAR_WORDS}|(?<=in\s){MILLENNIUM_YEAR_WORDS})"
    + r"(?!\s*(?:-|thousand|million|billion|hundred|percent|%|dollars))",
    re.IGNORECASE,
)
_REL = re.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years?\s+ago"
    r"|(?P<mod>last|this|next|current)\s+(?:calendar\s+)?(?:year|yr))\b",
    re.IGNORECASE,
)


def _year(text: str, start: int, end: int, year: int | None, relative: bool = False) -> Value:
    return Value(
        kind="year",
        text=text[start:end],
        start=start,
        end=end,
        value=year,
        low=year,
        high=year,
        grain="year",
        relative=relative,
        unresolved=relative and year is None,
    )


def _relative(text: str, m: re.Match[str], published: dt.date | None) -> Value | None:
    if m.group("n"):
        n = small_number(m.group("n"))
        if n is None:
            return None
        shift = -n
    else:
        shift = {"last": -1, "this": 0, "current": 0, "next": 1}[m.group("mod").lower()]
    year = None if published is None else published.year + shift
    return _year(text, m.start(), m.end(), year, relative=True)


def find_years(text: str, published: dt.date | None = None) -> list[Value]:
    """Every year in `text`: bare years 1800-2100 and relative ones resolved against `published`."""
    found = [_year(text, m.start(), m.end(), int(m.group("y"))) for m in _YEAR.finditer(text)]
    for m in _SPELLED.finditer(text):
        start = m.start("yw")
        year = spelled_year(m.group("yw"))
        if year is not None and 1000 <= year <= 2100 and not m.group("yw").lower().startswith("twenty "):
            found.append(_year(text, start, m.end(), year))
    for m in _REL.finditer(text):
        value = _relative(text, m, published)
        if value is not None:
            found.append(value)
    found.sort(key=lambda v: v.start)
    return found
