"""Calendar arithmetic for dates: month tables, day/month/week Values, past-preferring resolution."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from checker.models import Qualifier, Value
from checker.values.vocab import COUNT_WORDS

# The years of a publication date that relative dates are resolved against: far enough from the
# ends of datetime's calendar (years 1-9999) that the longest shift, "999 years after tomorrow", stays
# inside it. A date outside (a "0001-01-01" or "9999-12-31" placeholder) leaves them unresolved.
RESOLVABLE = (dt.MINYEAR + 1000, dt.MAXYEAR - 1000)


def small_number(word: str, words: dict[str, int] = COUNT_WORDS) -> int | None:
    """A small count written in digits or words ("three" -> 3), for "three weeks ago"; `words` are
    the count words of the text's language."""
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else words.get(w)


def _date(
    text: str, start: int, end: int, value: str | None, low: str | None, high: str | None, **more: Any
) -> Value:
    """A date Value for text[start:end]; `more` sets grain, relative, qualifier, unresolved."""
    return Value(
        kind="date", text=text[start:end], start=start, end=end, value=value, low=low, high=high, **more
    )


def day_value(text: str, start: int, end: int, day: dt.date, relative: bool = False) -> Value:
    """A day-precise date."""
    iso = day.isoformat()
    return _date(text, start, end, iso, iso, iso, grain="day", relative=relative)


def month_value(text: str, start: int, end: int, year: int, month: int, relative: bool = False) -> Value:
    """A month-precise date: value "YYYY-MM", low/high its first and last day."""
    last = calendar.monthrange(year, month)[1]
    low, high = dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
    return _date(text, start, end, f"{year:04d}-{month:02d}", low, high, grain="month", relative=relative)


def range_value(
    text: str, start: int, end: int, first: dt.date, last: dt.date, relative: bool = False
) -> Value:
    """Days from `first` to `last` ("June 3–9, 2021"): the value is the first day, low/high the span."""
    iso = first.isoformat()
    return _date(
        text,
        start,
        end,
        iso,
        iso,
        last.isoformat(),
        qualifier=Qualifier.BETWEEN,
        grain="day",
        relative=relative,
    )


def week_value(text: str, start: int, end: int, monday: dt.date) -> Value:
    """A calendar week (Monday..Sunday); value None because no single day is meant."""
    sunday = monday + dt.timedelta(days=6)
    return _date(text, start, end, None, monday.isoformat(), sunday.isoformat(), grain="week", relative=True)


def unresolved(text: str, start: int, end: int, grain: str) -> Value:
    """A relative date with no publication date to resolve it against."""
    return _date(text, start, end, None, None, None, grain=grain, relative=True, unresolved=True)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones such as Feb. 30."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def past_date(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest month/day on or before `published` (Feb. 29 looks back to a leap year)."""
    for year in range(published.year, published.year - 8, -1):
        d = safe_date(year, month, day)
        if d is not None and d <= published:
            return d
    return None


def past_month(month: int, published: dt.date, strict: bool = False) -> tuple[int, int]:
    """(year, month) of the latest such month not after publication (before it when `strict`)."""
    if month < published.month or (month == published.month and not strict):
        return published.year, month
    return published.year - 1, month


def past_weekday(weekday: int, published: dt.date, strict: bool = False) -> dt.date:
    """The latest such weekday on or before publication (strictly before when `strict`)."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return published - dt.timedelta(days=back)


def next_weekday(weekday: int, published: dt.date) -> dt.date:
    """The first such weekday after publication."""
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + dt.timedelta(days=ahead)


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day (Mar. 31 - 1 month -> Feb. 28)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def full_year(y: int) -> int:
    """Two-digit years: 00-29 -> 2000s, 30-99 -> 1900s."""
    if y >= 100:
        return y
    return 2000 + y if y < 30 else 1900 + y
