"""More date forms: spelled-out days and years ("May twenty nine", "fourth of July nineteen ninety six"),
day-only dates ("on the 18th", "Sunday 31"), "11/20" without a year, "2/2013", "the first Monday of
last month", "two days before yesterday" and "2 Thursdays ago". All resolve towards the past."""

from __future__ import annotations

import datetime as dt
import re

from checker.models import Value
from checker.patterns import alternation
from checker.values import days as d
from checker.values import vocab
from checker.values.dateform import DateForm, Example, Published, day_month_date, form, month_year_date
from checker.values.vocab import SMALL

_ORD_WORDS = vocab.ORDINALS
DAY_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_WORDS)}
DAY_WORDS["thirtieth"] = 30
_CARDINALS = [w for w, n in SMALL.items() if 1 <= n <= 9]
for _n in range(1, 10):
    DAY_WORDS[f"twenty {_ORD_WORDS[_n - 1]}"] = DAY_WORDS[f"twenty {_CARDINALS[_n - 1]}"] = 20 + _n
DAY_WORDS["thirty first"] = DAY_WORDS["thirty one"] = 31
_COMPOUND_ONLY = dict(DAY_WORDS)  # after a month only ordinals and 21-31: "in March two people died"
DAY_WORDS.update({w: n for w, n in SMALL.items() if 1 <= n <= 20 or n == 30})

_SPACE_OR_HYPHEN = r"[\s-]+"  # "twenty-ninth", "twenty ninth"
_DAYW = rf"(?P<dw>{alternation(DAY_WORDS, _SPACE_OR_HYPHEN)})"
_DAYW_AFTER_MON = rf"(?P<dw>{alternation(_COMPOUND_ONLY, _SPACE_OR_HYPHEN)})"
_DAYN = r"(?P<dn>\d{1,2})(?:st|nd|rd|th)?"
_TENS = alternation(vocab.TENS)
_TEEN = alternation(vocab.TEENS)
_UNIT = alternation(vocab.UNITS[1:])
_TAIL = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNIT}))?|{_TEEN}|{_UNIT})"  # ninety six, twelve, five
CENTURY_YEAR_WORDS = rf"(?:eighteen|nineteen|seventeen|sixteen|twenty)\s+(?:hundred(?:\s+and)?\s+)?{_TAIL}"
MILLENNIUM_YEAR_WORDS = rf"two\s+thousand(?:\s+and)?(?:\s+{_TAIL})?\b"  # two thousand and five
YEAR_WORDS = rf"(?P<yw>{CENTURY_YEAR_WORDS}|{MILLENNIUM_YEAR_WORDS})"  # or nineteen ninety six
_MON = rf"(?P<mon>{vocab.MONTH_ALT})\b\.?"
_YEAR = rf"""(?:,?\s+(?:of\s+)?(?:
    {YEAR_WORDS} | (?P<y>\d{{4}})\b | '?(?P<y2>\d{{2}})\b(?!\s*(?:%|percent))
))?"""
_SPELLED_DAY_AFTER = rf"\b{_MON}\s+(?:the\s+)?{_DAYW_AFTER_MON}\b{_YEAR}"  # May twenty ninth
_SPELLED_DAY_BEFORE = rf"\b(?:the\s+)?{_DAYW}(?:\s+day)?\s+(?:of\s+)?{_MON}{_YEAR}"  # fourth of July
_DAY_SPELLED_YEAR = rf"""
    \b{_DAYN}\s+(?:of\s+)?{_MON}\s+(?:of\s+)?                 # 4th of July
    (?:{YEAR_WORDS} | '?(?P<y2>\d{{2}})\b(?!\s*(?:%|percent)))  # nineteen ninety six, '96
"""
_MONTH_SPELLED_YEAR = rf"\b{_MON}\s+{YEAR_WORDS}"
# "August 29, two thousand five": a year in words after the day's digits, whole ("two thousand"
# alone may count people) and ending there ("two thousand five hundred people" is no year)
_MONTH_DAY_SPELLED_YEAR = rf"""
    \b{_MON}\s+{_DAYN}\b,?\s+
    (?P<yw>{CENTURY_YEAR_WORDS}|two\s+thousand(?:\s+and)?\s+{_TAIL})\b(?![\s-]+[a-z])
"""
_MONTH_OF_YY = rf"\b{_MON}\s+of\s+'?(?P<my>\d{{2}})\b"  # March of '96
# A weekday written out or abbreviated ("Sunday", "Sun."), never a word that starts like one ("Fried").
_WD = rf"(?P<wd>(?:{alternation([*vocab.WEEKDAYS, *vocab.WEEKDAY_ABBREVIATIONS])})(?![a-z])\.?)"
_WD_DAY = rf"""
    \b{_WD},?\s+(?:the\s+)?(?:{_DAYN}|{_DAYW})\b              # Sunday the 31st, Sunday 31
    (?!\s*(?:[/:.]\d|of\b|{_MON})|\s+[a-z])                   # not "Sunday 31 times"
"""
_THE_NTH = r"""
    \b(?:(?:on\s+(?:the\s+)?|the\s+)(?P<dn>\d{1,2})(?:st|nd|rd|th)\b   # on the 18th
         (?=\s*(?:[.,;:!?)]|$|-\s))                                      # ending a clause
      | (?P<dn2>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the\s+)?              # 3rd of
        (?P<mod>previous|last|this|next)\s+month\b                       # last month
    )
"""
_NOT_VERBS = alternation(m for m in vocab.MONTHS if m[:3].lower() not in vocab.MONTH_VERBS)
_YEAR_MONTH = rf"""
    \b(?P<y>(?:19|20)\d\d)\s+(?P<mon>{_NOT_VERBS})\b                      # 2013 June
  | \b(?:in|the)\s+(?:the\s+)?(?P<mon2>{_NOT_VERBS.lower()})\b(?![\s.,]*\d)  # in june
"""
_LEAD = re.compile(
    rf"(?:\b(?:on|since|until|by|before|after|this|{_WD})|\d{{1,2}}/\d{{1,2}},?(?:\s+or|\s+and)?)\s+$",
    re.IGNORECASE,
)
_DM = r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?!\d|(?P=s)|\.\d)"  # 11/20
_MONTH_YEAR = r"(?<![\d/.:-])(?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/-])"  # 5/2013
_NTH_OF = rf"""
    \b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+{_WD}  # the first Monday
    \s+(?:of|in)\s+                                                       # of
    (?:the\s+)?(?P<mod>this|last|previous|next|the)?\s*month\b                            # last month
"""
_COUNT = rf"\d{{1,3}}|{alternation(vocab.COUNT_WORDS)}"
_OFFSET = rf"""
    \b(?P<n>{_COUNT})\s+(?P<u>day|week|month|year)s?\s+(?P<dir>before|after|from)\s+  # two days before
      (?P<base>yesterday|today|tomorrow|tmrw|now)\b                                 # yesterday
  | \b(?P<n2>{_COUNT})\s+(?P<wd2>{vocab.WEEKDAY_ALT})s\s+(?:ago|back)\b             # 2 Thursdays ago
  | \b(?P<n3>{_COUNT})\s+weeks?\s+and\s+(?P<n4>{_COUNT})\s+days?\s+ago\b           # 3 weeks and 2 days ago
"""


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
    if m.group("mon")[:1].islower() and m.group("mon").lower()[:3] in vocab.MONTH_VERBS:
        return None  # "may"/"march" are verbs
    month, year = vocab.month_number(m.group("mon")), _year_of(m)
    words, digits = m.groupdict().get("dw"), m.groupdict().get("dn")
    if words is None and digits is None:
        return d.month_value(text, m.start(), m.end(), year, month) if year else None
    day_n = DAY_WORDS[" ".join(words.lower().replace("-", " ").split())] if words else int(digits or 0)
    return d.day_of_month(text, m.start(), m.end(), month, day_n, year, pub)


def _day_of_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    words = m.groupdict().get("dw")
    digits = m.groupdict().get("dn") or m.groupdict().get("dn2") or 0
    day_n = DAY_WORDS[" ".join(words.lower().replace("-", " ").split())] if words else int(digits)
    mod, wd = m.groupdict().get("mod"), m.groupdict().get("wd")
    step = {"this": 0, "next": 1}.get(mod.lower(), -1) if mod else None
    weekday = vocab.weekday_number(wd) if wd else None
    return d.day_in_month(text, m.start(), m.end(), day_n, pub, step, weekday)


def _year_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if m.group("y"):
        return d.month_value(text, m.start(), m.end(), int(m.group("y")), vocab.month_number(m.group("mon")))
    if pub is None:
        return d.unresolved(text, m.start("mon2"), m.end(), "month")
    year, month = d.past_month(vocab.month_number(m.group("mon2")), pub)
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
    ahead = (vocab.weekday_number(m.group("wd")) - first.weekday()) % 7
    day = first + dt.timedelta(days=ahead + 7 * (n - 1))
    return d.day_value(text, m.start(), m.end(), day, relative=True)


def _offset(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    if m.group("wd2"):
        n = d.small_number(m.group("n2")) or 1
        day = d.past_weekday(vocab.weekday_number(m.group("wd2")), pub, strict=True)
        return d.day_value(text, m.start(), m.end(), day - dt.timedelta(weeks=n - 1), relative=True)
    if m.group("n3"):
        back = 7 * (d.small_number(m.group("n3")) or 1) + (d.small_number(m.group("n4")) or 1)
        return d.day_value(text, m.start(), m.end(), pub - dt.timedelta(days=back), relative=True)
    n = d.small_number(m.group("n")) or 1
    base = pub + dt.timedelta(
        days={"yesterday": -1, "tomorrow": 1, "tmrw": 1}.get(m.group("base").lower(), 0)
    )
    sign = -1 if m.group("dir").lower() == "before" else 1
    day = d.shift(base, sign * n, m.group("u").lower())
    return d.day_value(text, m.start(), m.end(), day, relative=True)


FORMS: tuple[DateForm, ...] = (
    form(
        "month-spelled-day",
        _SPELLED_DAY_AFTER,
        _spelled,
        "month",
        Example("May twenty ninth 2019", "2019-05-29"),
    ),
    form(
        "spelled-day-month",
        _SPELLED_DAY_BEFORE,
        _spelled,
        "month",
        Example("the fourth of July", "2024-07-04"),
    ),
    form(
        "day-month-spelled-year",
        _DAY_SPELLED_YEAR,
        _spelled,
        "month",
        Example("4th July nineteen ninety six", "1996-07-04"),
    ),
    form(
        "month-day-spelled-year",
        _MONTH_DAY_SPELLED_YEAR,
        _spelled,
        "month",
        Example("on August 29, two thousand five.", "2005-08-29"),
        Example("on March 11, two thousand five hundred people", None),
    ),
    form(
        "month-spelled-year",
        _MONTH_SPELLED_YEAR,
        _spelled,
        "month",
        Example("June nineteen ninety", "1990-06"),
    ),
    form("month-of-yy", _MONTH_OF_YY, _spelled, "month", Example("in March of '96", "1996-03")),
    form("weekday-day", _WD_DAY, _day_of_month, "weekday", Example("on Sunday the 2nd", "2025-02-02")),
    form("the-nth", _THE_NTH, _day_of_month, "ordinal", Example("on the 18th.", "2025-01-18")),
    form(
        "day-month-digits",
        _DM,
        day_month_date(_LEAD, day_first=False),
        "digits",
        Example("on 11/20", "2024-11-20"),
        Example("scored 11/20", None),
    ),
    form("month-year-digits", _MONTH_YEAR, month_year_date, "digits", Example("in 5/2013", "2013-05")),
    form(
        "year-month",
        _YEAR_MONTH,
        _year_month,
        "month",
        Example("2013 June", "2013-06"),
        Example("in june", "2024-06"),
    ),
    form(
        "nth-weekday-of", _NTH_OF, _nth_of, "weekday", Example("the first Monday of last month", "2025-01-06")
    ),
    form(
        "offset",
        _OFFSET,
        _offset,
        "relative weekday",
        Example("two days before yesterday", "2025-02-01"),
        Example("2 Thursdays ago", "2025-01-23"),
        Example("3 weeks and 2 days ago", "2025-01-12"),
    ),
)
