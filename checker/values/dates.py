"""Calendar dates, absolute ("Feb. 3, 2025", "January 2023") and relative ("on Monday", "last month")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from checker.models import Value
from checker.values import days as d
from checker.values.dayforms import DIGIT_FORMS
from checker.values.dayforms import FORMS as MORE_FORMS

Published = dt.date | None
Handler = Callable[[str, re.Match[str], Published], Value | None]

_MON = (
    r"(?<![A-Za-z])(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_FULL_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
_WD = r"(?P<wd>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_WD_FULL = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ORD = r"(?:st|nd|rd|th)?"
_I = re.IGNORECASE

_ISO = re.compile(
    r"(?<![\d/.])(?P<y>\d{4})(?P<s>[-/. ])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d])"
    r"|(?<!\d)(?P<y2>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?![\d])"
)
_NUMERIC = re.compile(
    r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
    r"(?![\d/-]|\.\d)"
)
_MDY = re.compile(
    _WD + _MON + r"(?:\.?,?\s*|[/-])(?P<d>\d{1,2})" + _ORD + r"(?![\d:]|,\d|\.\d)"
    r"(?:(?:\s*,?\s*(?:in\s+|of\s+)?|-)(?P<y>\d{4})(?![\d]))?",
    _I,
)
_DMY = re.compile(
    _WD
    + r"(?:the\s+)?(?<![\d.,$€£])(?P<d>\d{1,2})"
    + _ORD
    + r"(?:\s+(?:of\s+)?|[/-])"
    + _MON
    + r"(?![a-z])\.?(?:(?:,?\s+(?:in\s+|of\s+)?|[/-])(?P<y>\d{4})(?!\d)|-(?P<y2>\d{2})\b)?",
    _I,
)
_MY = re.compile(
    r"(?:\b(?:early|mid|late)[-\s]+)?" + _MON + r"\.?(?:,|\s+of)?[\s/-]*(?P<y>\d{4})(?![\d])", _I
)
# "the day before" / "the next day" point at another event in the story, not at the publication
# date, so they are deliberately not read.
_REL_DAY = re.compile(r"\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow)\b", _I)
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<u>day|week|month|fortnight)s?\s+(?:ago|earlier)\b",
    _I,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|this\s+past|past|previous|this\s+coming|this\s+upcoming|coming"
    r"|next|this)\s+)?(?P<wd>" + _WD_FULL + r")\b",
    _I,
)
_WEEK_DAY = re.compile(
    r"\b(?:(?P<wd>" + _WD_FULL + r")\s+(?:of\s+)?(?P<mod>last|this|next)\s+week"
    r"|(?P<mod2>last|this|next|previous)\s+week(?:'s|\s*-)?\s+(?P<wd2>" + _WD_FULL + r"))\b",
    _I,
)
_TITLE = re.compile(r"\bthe\s+$", _I)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PERIOD = re.compile(r"\b(?P<mod>last|this|next|previous)\s+(?P<u>week|month)\b", _I)
_BARE = re.compile(
    r"\b(?P<mod>in|since|until|till|by|from|during|through|last|this|next|early|late|mid|of"
    r"|before|after|between|and|or)(?:\s+|-)(?:(?:early|late|mid)[-\s]+)?" + _FULL_MON + r"(?![\s.,]*\d)"
)


def _bad_month(m: re.Match[str]) -> bool:
    """Lower-case "may"/"march" are verbs, not months."""
    glued = m.end("mon") < len(m.string) and m.string[m.end("mon")].isdigit()  # "mar3"
    return m.group("mon")[:1].islower() and m.group("mon").lower()[:3] in ("may", "mar") and not glued


def _iso(text: str, m: re.Match[str], pub: Published) -> Value | None:
    y, mo, dd = (
        (m.group("y"), m.group("m"), m.group("d"))
        if m.group("y")
        else (m.group("y2"), m.group("m2"), m.group("d2"))
    )
    day = d.safe_date(int(y), int(mo), int(dd))
    return d.day_value("date", text, m.start(), m.end(), day) if day else None


def _numeric(text: str, m: re.Match[str], pub: Published) -> Value | None:
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if m.group("s") == "." and len(y) == 2:
        return None  # "1.2.30" is more likely a version number
    month, day_n = (b, a) if a > 12 else (a, b)  # US month/day first unless impossible
    day = d.safe_date(d.full_year(int(y)), month, day_n)
    return d.day_value("date", text, m.start(), m.end(), day) if day else None


def _day_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if _bad_month(m):
        return None
    month, day_n, start = d.month_of(m.group("mon")), int(m.group("d")), m.start()
    year = m.group("y") or m.groupdict().get("y2")
    if year:
        day = d.safe_date(d.full_year(int(year)), month, day_n)
        return d.day_value("date", text, start, m.end(), day) if day else None
    if not 1 <= day_n <= 31:
        return None
    if pub is None:
        return d.unresolved(text, start, m.end(), "day")
    day = d.past_date(month, day_n, pub)
    return d.day_value("date", text, start, m.end(), day, relative=True) if day else None


def _month_year(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if _bad_month(m) or (m.group("mon").lower() == "may" and m.group(0).lower().startswith("may-")):
        return None
    return d.month_value(text, m.start(), m.end(), int(m.group("y")), d.month_of(m.group("mon")))


def _rel_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    w = " ".join(m.group("w").lower().split())
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2}[w]
    return d.day_value("date", text, m.start(), m.end(), pub + dt.timedelta(days=shift), relative=True)


def _ago(text: str, m: re.Match[str], pub: Published) -> Value | None:
    n = d.small_number(m.group("n"))
    if n is None:
        return None
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    unit = m.group("u").lower()
    if unit == "month":
        day = d.add_months(pub, -n)
    else:
        day = pub - dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    return d.day_value("date", text, m.start(), m.end(), day, relative=True)


def _weekday(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = " ".join((m.group("mod") or "").lower().split())
    if not mod and _TITLE.search(text, 0, m.start()) and _NAME_AFTER.match(text, m.end()):
        return None  # "the Sunday Times" is a newspaper
    start = m.start("wd") if mod in ("", "this") else m.start()
    if pub is None:
        return d.unresolved(text, start, m.end(), "day")
    wd = d.WEEKDAYS[m.group("wd")[:3].lower()]
    if mod in ("next", "this coming", "coming", "this upcoming"):
        day = d.next_weekday(wd, pub)
    else:
        day = d.past_weekday(wd, pub, strict=mod in ("last", "previous", "past", "this past"))
    return d.day_value("date", text, start, m.end(), day, relative=True)


def _week_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    mod = (m.group("mod") or m.group("mod2")).lower()
    wd = d.WEEKDAYS[(m.group("wd") or m.group("wd2"))[:3].lower()]
    step = {"last": -1, "previous": -1, "this": 0, "next": 1}[mod]
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
    return d.day_value("date", text, m.start(), m.end(), monday + dt.timedelta(days=wd), relative=True)


def _period(text: str, m: re.Match[str], pub: Published) -> Value | None:
    unit, mod = m.group("u").lower(), m.group("mod").lower()
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), unit)
    step = {"last": -1, "previous": -1, "this": 0, "next": 1}[mod]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return d.week_value(text, m.start(), m.end(), monday)
    first = d.add_months(pub.replace(day=1), step)
    return d.month_value(text, m.start(), m.end(), first.year, first.month, relative=True)


def _bare_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = m.group("mod").lower()
    start = m.start() if mod in ("last", "this", "next", "early", "late", "mid") else m.start("mon")
    if pub is None:
        return d.unresolved(text, start, m.end(), "month")
    month = d.month_of(m.group("mon"))
    if mod == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif mod == "this":
        year = pub.year
    else:
        year, month = d.past_month(month, pub, strict=mod == "last")
    return d.month_value(text, start, m.end(), year, month, relative=True)


_FORMS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_ISO, _iso),
    (_NUMERIC, _numeric),
    (_MDY, _day_month),
    (_DMY, _day_month),
    (_MY, _month_year),
    (_REL_DAY, _rel_day),
    (_AGO, _ago),
    (_WEEKDAY, _weekday),
    (_WEEK_DAY, _week_day),
    (_PERIOD, _period),
    (_BARE, _bare_month),
    *MORE_FORMS,
)


# Most forms need a month or weekday name or a relative word; the rest need digits with a
# separator or an ordinal suffix. Two cheap searches spare the twenty form patterns on most
# sentences (tests check that they never change an answer).
WORDY = re.compile(
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yester|today|tonight"
    r"|tomorrow|tmrw|now|ago|week|month|year|day|decade|centur|nineteen|twenty|thousand|fortnight|spring"
    r"|summer|autumn|fall|winter|quarter|season)",
    re.IGNORECASE,
)
DIGITY = re.compile(r"\d[-/. ]\d|\d(?:st|nd|rd|th)\b|(?:19|20)\d\d[01]\d", re.IGNORECASE)
_DIGIT_FORMS: tuple[tuple[re.Pattern[str], Handler], ...] = ((_ISO, _iso), (_NUMERIC, _numeric), *DIGIT_FORMS)


def find_dates(text: str, published: Published = None) -> list[Value]:
    """Every date in `text`, longest match first where forms overlap, in order of position."""
    if WORDY.search(text):
        forms = _FORMS
    elif DIGITY.search(text):
        forms = _DIGIT_FORMS
    else:
        return []
    return search(text, published, forms)


def search(
    text: str, published: Published = None, forms: tuple[tuple[re.Pattern[str], Handler], ...] = _FORMS
) -> list[Value]:
    """The dates the given forms read in `text` (all forms by default); where matches overlap the
    longer one wins."""
    found: list[Value] = []
    for pattern, handler in forms:
        for m in pattern.finditer(text):
            value = handler(text, m, published)
            if value is not None:
                found.append(value)
    found.sort(key=lambda v: (v.start, v.start - v.end))
    chosen: list[Value] = []
    for v in found:
        if not chosen or v.start >= chosen[-1].end:
            chosen.append(v)
        elif v.end - v.start > chosen[-1].end - chosen[-1].start and v.start < chosen[-1].end:
            chosen[-1] = v
    return chosen
