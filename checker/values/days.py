"""Calendar arithmetic for dates and the date Values both languages build: days, ranges, months, weeks,
resolved towards the past against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
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


def exact_day(text: str, start: int, end: int, year: int, month: int, day: int) -> Value | None:
    """A day written with its year; None for an impossible one ("Feb. 30")."""
    found = safe_date(year, month, day)
    return day_value(text, start, end, found) if found else None


def day_of_month(
    text: str, start: int, end: int, month: int, day: int, year: int | None, published: dt.date | None
) -> Value | None:
    """A day of a month ("Feb. 3", "3 de febrero"): in `year` when it is written, else the latest such
    day on or before publication (or soon after it, see SOON)."""
    if year is not None:
        return exact_day(text, start, end, year, month, day)
    if not 1 <= day <= 31:
        return None
    if published is None:
        return unresolved(text, start, end, "day")
    found = day_near(month, day, published, day_ahead(text, start, end))
    return day_value(text, start, end, found, relative=True) if found else None


def day_range(
    text: str,
    start: int,
    end: int,
    first: tuple[int, int],
    last: tuple[int, int],
    year: int | None,
    published: dt.date | None,
) -> Value | None:
    """The days from `first` to `last`, each (month, day) ("June 3–9", "del 3 al 9 de junio"): in
    `year` when it is written, else in that of the first day as `day_near` reads it."""
    (month, day), (month2, day2) = first, last
    resolved = year
    if resolved is None:
        if published is None:
            return unresolved(text, start, end, "day")
        latest = day_near(month, day, published, day_ahead(text, start, end))
        if latest is None:
            return None
        resolved = latest.year
    low, high = safe_date(resolved, month, day), safe_date(resolved, month2, day2)
    if low is None or high is None or high <= low:
        return None  # "March 15 to 3" is no range
    return range_value(text, start, end, low, high, relative=year is None)


def shifted_day(text: str, start: int, end: int, n: int, unit: str, published: dt.date | None) -> Value:
    """The day `n` units from publication ("yesterday": -1 day, "three weeks ago": -3 weeks)."""
    if published is None:
        return unresolved(text, start, end, "day")
    return day_value(text, start, end, shift(published, n, unit), relative=True)


def weekday_value(
    text: str, start: int, end: int, weekday: int, direction: str, published: dt.date | None
) -> Value:
    """A weekday (0 is Monday): the first after publication when `direction` is "next", else the latest
    on or before it (strictly before when "past"; when "last", not the day before publication either:
    written on a Sunday, "last Saturday's earthquake" is eight days before, "yesterday" is one)."""
    if published is None:
        return unresolved(text, start, end, "day")
    if direction == "next":
        day = next_weekday(weekday, published)
    else:
        day = past_weekday(weekday, published, strict=direction in ("past", "last"))
        if direction == "last" and (published - day).days == 1:
            day -= dt.timedelta(days=7)
    return day_value(text, start, end, day, relative=True)


def day_of_week(text: str, start: int, end: int, weekday: int, step: int, published: dt.date | None) -> Value:
    """A weekday of the week `step` weeks from publication's ("Monday of last week": -1)."""
    if published is None:
        return unresolved(text, start, end, "day")
    return day_value(text, start, end, _monday(published, step) + dt.timedelta(days=weekday), relative=True)


def period_value(text: str, start: int, end: int, grain: str, step: int, published: dt.date | None) -> Value:
    """The "week" or "month" `step` of them from publication's ("last month": -1, "this week": 0)."""
    if published is None:
        return unresolved(text, start, end, grain)
    if grain == "week":
        return week_value(text, start, end, _monday(published, step))
    first = add_months(published.replace(day=1), step)
    return month_value(text, start, end, first.year, first.month, relative=True)


def day_in_month(
    text: str,
    start: int,
    end: int,
    day: int,
    published: dt.date | None,
    step: int | None = None,
    weekday: int | None = None,
) -> Value | None:
    """A day of the month alone: in the month `step` months from publication's ("the 3rd of last
    month": -1), else the latest such day (and `weekday`, if given) on or before publication."""
    if not 1 <= day <= 31:
        return None
    if published is None:
        return unresolved(text, start, end, "day")
    if step is not None:
        first = add_months(published.replace(day=1), step)
        found = safe_date(first.year, first.month, day)
    else:
        found = latest_day(day, published, weekday)
    return day_value(text, start, end, found, relative=True) if found else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones such as Feb. 30."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A day written without its year is the latest such day on or before publication, unless the
# sentence looks ahead ("will", "set for", "scheduled") and the next such day comes within SOON days
# of publication: "the launch, now set for Dec. 25" on Dec. 22 is three days away.
SOON = 62
AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|due)|set\s+(?:[\w'’]+\s+){0,3}?for"  # "set the launch for"
    r"|scheduled|planned|planning|slated|targeted|targeting|target|upcoming|expected\s+(?:to|on)"
    r"|due\s+(?:to|on)|next)\b",
    re.I,
)


def day_near(month: int, day: int, published: dt.date, ahead: bool = False) -> dt.date | None:
    """A month/day without its year, as read on `published`: the latest on or before it, or, when
    the sentence looks `ahead`, the next one if it comes within SOON days."""
    if ahead:
        for year in (published.year, published.year + 1):
            found = safe_date(year, month, day)
            if found is not None and published < found <= published + dt.timedelta(days=SOON):
                return found
    return past_date(month, day, published)


# "until March 23", "through March 23": the end of a period that runs on from the day of writing
UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|thru)\s+$", re.I)


def looks_ahead(text: str, start: int, end: int) -> bool:
    """The words around a date (its sentence, as far as 150 characters before) speak of what is to come."""
    return AHEAD.search(text, max(0, start - 150), min(len(text), end + 60)) is not None


def day_ahead(text: str, start: int, end: int) -> bool:
    """A day of a month may be one to come: its sentence looks ahead, or the day ends a period right
    after "until" or "through" ("fund the government through March 23")."""
    return looks_ahead(text, start, end) or UNTIL_BEFORE.search(text, max(0, start - 10), start) is not None


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


def next_month(month: int, published: dt.date) -> tuple[int, int]:
    """(year, month) of the first such month after publication's."""
    return (published.year if month > published.month else published.year + 1), month


def latest_day(day: int, published: dt.date, weekday: int | None = None) -> dt.date | None:
    """The latest date on or before `published` with that day of the month (and weekday, if given)."""
    first = published.replace(day=1)
    for back in range(0, 84):
        month = add_months(first, -back)
        found = safe_date(month.year, month.month, day)
        if found is not None and found <= published and (weekday is None or found.weekday() == weekday):
            return found
    return None


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


def _monday(published: dt.date, step: int) -> dt.date:
    """The Monday of the week `step` weeks from publication's."""
    return published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)


# Days in each unit a date is shifted by; months and years shift whole months.
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def shift(day: dt.date, n: int, unit: str) -> dt.date:
    """`day` moved by `n` units ("day", "week", "fortnight", "month" or "year"; back when `n` < 0)."""
    if unit in ("month", "year"):
        return add_months(day, n * (12 if unit == "year" else 1))
    return day + dt.timedelta(days=n * _UNIT_DAYS[unit])


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


def day_and_month(a: int, b: int, day_first: bool) -> tuple[int, int]:
    """(day, month) of two figures written day first (Spanish "3/2") or month first (English "2/3"),
    the other way round where that reading gives no month ("20/11" in English)."""
    day, month = (a, b) if day_first else (b, a)
    return (month, day) if month > 12 else (day, month)
