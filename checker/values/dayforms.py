"""More date forms: spelled-out days and years ("May twenty nine", "fourth of July nineteen ninety six"),
day-only dates ("on the 18th", "Sunday 31"), "11/20" without a year, "2/2013", "the first Monday of
last month", "two days before yesterday" and "2 Thursdays ago". All resolve towards the past."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from checker.models import Value
from checker.values import days as d
from checker.values.words import SMALL

Published = dt.date | None
Handler = Callable[[str, re.Match[str], Published], Value | None]

_ORD_WORDS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
]
DAY_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_WORDS)}
DAY_WORDS["thirtieth"] = 30
_CARDINALS = [w for w, n in SMALL.items() if 1 <= n <= 9]
for _n in range(1, 10):
    DAY_WORDS[f"twenty {_ORD_WORDS[_n - 1]}"] = DAY_WORDS[f"twenty {_CARDINALS[_n - 1]}"] = 20 + _n
DAY_WORDS["thirty first"] = DAY_WORDS["thirty one"] = 31
_COMPOUND_ONLY = dict(DAY_WORDS)  # after a month only ordinals and 21-31: "in March two people died"
DAY_WORDS.update({w: n for w, n in SMALL.items() if 1 <= n <= 20 or n == 30})


def _alt(words: dict[str, int]) -> str:
    return "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


_DAYW = rf"(?P<dw>{_alt(DAY_WORDS)})"
_DAYW_AFTER_MON = rf"(?P<dw>{_alt(_COMPOUND_ONLY)})"
_DAYN = r"(?P<dn>\d{1,2})(?:st|nd|rd|th)?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TAIL = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNIT}))?|{_TEEN}|{_UNIT})"
YEAR_WORDS = (
    rf"(?P<yw>(?:eighteen|nineteen|seventeen|sixteen|twenty)\s+(?:hundred(?:\s+and)?\s+)?{_TAIL}"
    rf"|two\s+thousand(?:\s+and)?(?:\s+{_TAIL})?\b)"
)
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_YEAR = rf"(?:,?\s+(?:of\s+)?(?:{YEAR_WORDS}|(?P<y>\d{{4}})\b|'?(?P<y2>\d{{2}})\b(?!\s*(?:%|percent))))?"
_I = re.IGNORECASE
_SPELLED = tuple(
    re.compile(p, _I)
    for p in (
        rf"\b{_MON}\s+(?:the\s+)?{_DAYW_AFTER_MON}\b{_YEAR}",
        rf"\b(?:the\s+)?{_DAYW}(?:\s+day)?\s+(?:of\s+)?{_MON}{_YEAR}",
        rf"\b{_DAYN}\s+(?:of\s+)?{_MON}\s+(?:of\s+)?(?:{YEAR_WORDS}|'?(?P<y2>\d{{2}})\b(?!\s*(?:%|percent)))",
        rf"\b{_MON}\s+{YEAR_WORDS}",
        rf"\b{_MON}\s+of\s+'?(?P<my>\d{{2}})\b",
    )
)
_WD = r"(?P<wd>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)"
_WD_DAY = re.compile(
    rf"\b{_WD},?\s+(?:the\s+)?(?:{_DAYN}|{_DAYW})\b(?!\s*(?:[/:.]\d|of\b|{_MON})|\s+[a-z])", _I
)
_THE_NTH = re.compile(
    r"\b(?:(?:on\s+(?:the\s+)?|the\s+)(?P<dn>\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$|-\s))"
    r"|(?P<dn2>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the\s+)?(?P<mod>previous|last|this|next)\s+month\b)",
    _I,
)
_YEAR_MONTH = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)\s+(?P<mon>January|February|April|June|July|August|September|October|November"
    r"|December)\b|\b(?:in|the)\s+(?:the\s+)?(?P<mon2>january|february|april|june|july|august|september"
    r"|october|november|december)\b(?![\s.,]*\d)",
    _I,
)
_LEAD = re.compile(
    r"(?:\b(?:on|since|until|by|before|after|this|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)"
    r"|\d{1,2}/\d{1,2},?(?:\s+or|\s+and)?)\s+$",
    _I,
)
_DM = re.compile(r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?!\d|(?P=s)|\.\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/.:-])(?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/-])")
_NTH_OF = re.compile(
    rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+{_WD}\s+(?:of|in)\s+"
    r"(?:the\s+)?(?P<mod>this|last|previous|next|the)?\s*month\b",
    _I,
)
_NUM = r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_OFFSET = re.compile(
    rf"\b{_NUM}\s+(?P<u>day|week|month|year)s?\s+(?P<dir>before|after|from)\s+"
    r"(?P<base>yesterday|today|tomorrow|tmrw|now)\b"
    rf"|\b{_NUM.replace('P<n>', 'P<n2>')}\s+(?P<wd2>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s"
    r"\s+(?:ago|back)\b"
    rf"|\b(?P<n3>\d{{1,2}}|an?|one|two|three)\s+weeks?\s+and\s+(?P<n4>\d{{1,2}}|an?|one|two|three|four|five|six)"
    r"\s+days?\s+ago\b",
    _I,
)


def spelled_year(words: str) -> int | None:
    w = " ".join(words.lower().replace("-", " ").replace(" and ", " ").split())
    if w.startswith("two thousand"):
        rest = w[len("two thousand") :].strip()
        return 2000 + (_small(rest) if rest else 0)
    head, _, rest = w.partition(" ")
    rest = rest.replace("hundred", "").strip()
    return SMALL[head] * 100 + _small(rest)


def _small(words: str) -> int:
    return sum(SMALL.get(p, 0) for p in words.split())


def _year_of(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    if g.get("yw"):
        return spelled_year(m.group("yw"))
    if g.get("y"):
        return int(m.group("y"))
    two = g.get("y2") or g.get("my")
    return d.full_year(int(two)) if two else None


def _spelled(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if m.group("mon")[:1].islower() and m.group("mon").lower()[:3] in ("may", "mar"):
        return None  # "may"/"march" are verbs
    month, year = d.month_of(m.group("mon")), _year_of(m)
    words, digits = m.groupdict().get("dw"), m.groupdict().get("dn")
    if words is None and digits is None:
        return d.month_value(text, m.start(), m.end(), year, month) if year else None
    day_n = DAY_WORDS[" ".join(words.lower().replace("-", " ").split())] if words else int(digits or 0)
    if year is not None:
        day = d.safe_date(year, month, day_n)
        return d.day_value("date", text, m.start(), m.end(), day) if day else None
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    past = d.past_date(month, day_n, pub)
    return d.day_value("date", text, m.start(), m.end(), past, relative=True) if past else None


def _latest_day(day_n: int, pub: dt.date, weekday: int | None = None) -> dt.date | None:
    """The latest date on or before `pub` with that day of the month (and weekday, if given)."""
    first = pub.replace(day=1)
    for back in range(0, 84):
        month = d.add_months(first, -back)
        day = d.safe_date(month.year, month.month, day_n)
        if day is not None and day <= pub and (weekday is None or day.weekday() == weekday):
            return day
    return None


def _day_of_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    words = m.groupdict().get("dw")
    digits = m.groupdict().get("dn") or m.groupdict().get("dn2") or 0
    day_n = DAY_WORDS[" ".join(words.lower().replace("-", " ").split())] if words else int(digits)
    if not 1 <= day_n <= 31:
        return None
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    wd = m.groupdict().get("wd")
    mod = m.groupdict().get("mod")
    if mod:
        first = d.add_months(pub.replace(day=1), {"this": 0, "next": 1}.get(mod.lower(), -1))
        day = d.safe_date(first.year, first.month, day_n)
    else:
        day = _latest_day(day_n, pub, d.WEEKDAYS[wd[:3].lower()] if wd else None)
    return d.day_value("date", text, m.start(), m.end(), day, relative=True) if day else None


def _day_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if not _LEAD.search(text, max(0, m.start() - 20), m.start()):
        return None  # a bare "11/20" may be a score or a fraction
    a, b = int(m.group("a")), int(m.group("b"))
    month, day_n = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day_n <= 31):
        return None
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    day = d.past_date(month, day_n, pub)
    return d.day_value("date", text, m.start(), m.end(), day, relative=True) if day else None


def _month_year(text: str, m: re.Match[str], pub: Published) -> Value | None:
    month = int(m.group("m"))
    return d.month_value(text, m.start(), m.end(), int(m.group("y")), month) if 1 <= month <= 12 else None


def _year_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if m.group("y"):
        return d.month_value(text, m.start(), m.end(), int(m.group("y")), d.month_of(m.group("mon")))
    if pub is None:
        return d.unresolved(text, m.start("mon2"), m.end(), "month")
    year, month = d.past_month(d.month_of(m.group("mon2")), pub)
    return d.month_value(text, m.start("mon2"), m.end(), year, month, relative=True)


def _nth_of(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    mod = (m.group("mod") or "this").lower()
    first = d.add_months(pub.replace(day=1), {"last": -1, "previous": -1, "next": 1}.get(mod, 0))
    n = (
        int(m.group("n")[0])
        if m.group("n")[0].isdigit()
        else ("first", "second", "third", "fourth").index(m.group("n").lower()) + 1
    )
    ahead = (d.WEEKDAYS[m.group("wd")[:3].lower()] - first.weekday()) % 7
    day = first + dt.timedelta(days=ahead + 7 * (n - 1))
    return d.day_value("date", text, m.start(), m.end(), day, relative=True)


def _offset(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    if m.group("wd2"):
        n = d.small_number(m.group("n2")) or 1
        day = d.past_weekday(d.WEEKDAYS[m.group("wd2")[:3].lower()], pub, strict=True)
        return d.day_value("date", text, m.start(), m.end(), day - dt.timedelta(weeks=n - 1), relative=True)
    if m.group("n3"):
        back = 7 * (d.small_number(m.group("n3")) or 1) + (d.small_number(m.group("n4")) or 1)
        return d.day_value("date", text, m.start(), m.end(), pub - dt.timedelta(days=back), relative=True)
    n = d.small_number(m.group("n")) or 1
    base = pub + dt.timedelta(
        days={"yesterday": -1, "tomorrow": 1, "tmrw": 1}.get(m.group("base").lower(), 0)
    )
    sign = -1 if m.group("dir").lower() == "before" else 1
    unit = m.group("u").lower()
    if unit in ("month", "year"):
        day = d.add_months(base, sign * n * (12 if unit == "year" else 1))
    else:
        day = base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    return d.day_value("date", text, m.start(), m.end(), day, relative=True)


# The forms that need no month, weekday or relative word: digits and separators only.
DIGIT_FORMS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_THE_NTH, _day_of_month),
    (_DM, _day_month),
    (_MONTH_YEAR, _month_year),
)
FORMS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    *((p, _spelled) for p in _SPELLED),
    (_WD_DAY, _day_of_month),
    (_THE_NTH, _day_of_month),
    (_DM, _day_month),
    (_MONTH_YEAR, _month_year),
    (_YEAR_MONTH, _year_month),
    (_NTH_OF, _nth_of),
    (_OFFSET, _offset),
)
