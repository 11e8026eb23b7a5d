"""Calendar dates, absolute ("Feb. 3, 2025", "January 2023") and relative ("on Monday", "last month")."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from checker.models import Value
from checker.values import days as d
from checker.values import vocab
from checker.values.dateform import DateForm, Example, Published, form, iso_date, numeric_date, triggers
from checker.values.dates_es import FORMS_ES, triggers_es
from checker.values.dayforms import DAY_WORDS
from checker.values.dayforms import FORMS as MORE_FORMS

# A month name stands alone, or capitalised after an infobox label run into it ("FormedSeptember 24").
_MON = rf"(?:(?<![A-Za-z])|{vocab.LABEL_GLUED})(?P<mon>{vocab.MONTH_ALT})"
_FULL_MON = rf"(?P<mon>{vocab.FULL_MONTH_ALT})\b"
_WD_ABBR = vocab.alternation(vocab.WEEKDAY_ABBREVIATIONS)
_WD = rf"(?P<wd>(?:{_WD_ABBR}|{vocab.WEEKDAY_ALT})\.?,?\s+)?"  # an optional weekday before a date
_WD_FULL = vocab.WEEKDAY_ALT
_ORD = r"(?:st|nd|rd|th)?"

_ISO = r"""
    (?<![\d/.])(?P<y>\d{4})(?P<s>[-/. ])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)       # 2025-02-03
  | (?<!\d)(?P<y2>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?!\d)  # 20250203
"""
_NUMERIC = r"""
    (?<![\d/.:-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)   # 2/3/ or 03.02.
    (?P<y>\d{4}|\d{2})(?![\d/-]|\.\d)                             # 2025 or 25
"""
# No comma between a month and its day: in "On 15 October, 12 quakes struck" the comma ends the date.
_MDY = rf"""
    {_WD}{_MON}
    (?:\.?\s*|[/-])(?P<d>\d{{1,2}}){_ORD}(?![\d:A-Za-z]|,\d|\.\d)  # Feb. 3, Feb 3rd, Feb-3; not "March 3B"
    (?:(?:\s*,?\s*(?:in\s+|of\s+)?|-)(?P<y>\d{{4}})(?!\d))?         # , 2025
"""
_DMY = rf"""
    {_WD}(?:the\s+)?(?<![\d.,$€£])(?P<d>\d{{1,2}}){_ORD}            # 3, 3rd, the 3rd
    (?:\s+(?:of\s+)?|[/-]){_MON}(?![a-z])\.?                         # of February, -Feb
    (?:(?:,?\s+(?:in\s+|of\s+)?|[/-])(?P<y>\d{{4}})(?!\d)            # 2025
      | -(?P<y2>\d{{2}})\b                                            # -25
    )?
"""
_MY = rf"(?:\b(?:early|mid|late)[-\s]+)?{_MON}\.?(?:,|\s+of)?[\s/-]*(?P<y>\d{{4}})(?!\d)"
# "the day before" / "the next day" point at another event in the story, not at the publication
# date, so they are deliberately not read.
_REL_DAY = r"\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|today|tomorrow)\b"
_AGO = rf"""
    \b(?P<n>\d{{1,3}}|{vocab.alternation(vocab.COUNT_WORDS)})
    \s+(?P<u>day|week|month|fortnight)s?\s+(?:ago|earlier)\b        # three weeks ago
"""
_WEEKDAY = rf"""
    \b(?:(?P<mod>last|this\s+past|past|previous|this\s+coming|this\s+upcoming|coming|next|this)\s+)?
    (?P<wd>{_WD_FULL})\b                                             # (last) Monday
"""
_WEEK_DAY = rf"""
    \b(?:(?P<wd>{_WD_FULL})\s+(?:of\s+)?(?P<mod>last|this|next)\s+week          # Monday of last week
      | (?P<mod2>last|this|next|previous)\s+week(?:'s|\s*-)?\s+(?P<wd2>{_WD_FULL})  # last week's Monday
    )\b
"""
_TO = r"\s*(?P<link>[-–—]|to|through|until|and)\s*"  # the link between two days of a range
_RANGE_MDD = rf"""
    (?:\b(?:from|between)\s+)?{_MON}\.?\s+(?P<d>\d{{1,2}}){_ORD}      # (from) June 3
    {_TO}(?:(?P<mon2>{vocab.MONTH_ALT})\.?\s+)?(?P<d2>\d{{1,2}}){_ORD}    # –9, to July 2
    (?![\d:]|,\d|\.\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?                   # , 2021
"""
_RANGE_DDM = rf"""
    (?:\b(?:from|between)\s+)?(?<![\d.,$€£])(?P<d>\d{{1,2}}){_ORD}      # (from) 3
    {_TO}(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}(?![a-z])\.?          # –9 June
    (?:,?\s+(?P<y>\d{{4}})(?!\d))?                                     # 2021
"""
_RANGE_DMDM = rf"""
    (?:\b(?:from|between)\s+)?(?<![\d.,$€£])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}(?![a-z])\.?  # 26 Sept.
    {_TO}(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon2>{vocab.MONTH_ALT})(?![a-z])\.?              # and 1 Oct.
    (?:,?\s+(?P<y>\d{{4}})(?!\d))?                                                            # 2022
"""
_TITLE = re.compile(r"\bthe\s+$", re.IGNORECASE)
TITLE_LOOKBACK = 20  # characters searched back for the "the" of a title ("the Sunday Times")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A day of the year named after its weekday ("Easter Sunday", "Good Friday", "Super Tuesday"): no
# weekday counted from the day of writing.
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Easter|Palm|Good|Holy|Maundy|Ash|Bloody|Black|Super|Cyber|Giving|Shrove|Whit|Low)\s+$"
)
_PERIOD = r"\b(?P<mod>last|this|next|previous)\s+(?P<u>week|month)\b"
_BARE = rf"""
    \b(?P<mod>in|since|until|till|by|from|during|through|last|this|next|early|late|mid|of
       |before|after|between|and|or)
    (?:\s+|-)(?:(?:early|late|mid)[-\s]+)?{_FULL_MON}(?![\s.,]*\d)   # in March, since early May
"""


def _bad_month(m: re.Match[str]) -> bool:
    """Lower-case "may"/"march" are verbs, not months."""
    glued = m.end("mon") < len(m.string) and m.string[m.end("mon")].isdigit()  # "mar3"
    return m.group("mon")[:1].islower() and m.group("mon").lower()[:3] in vocab.MONTH_VERBS and not glued


def _day_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if _bad_month(m):
        return None
    year = m.group("y") or m.groupdict().get("y2")
    month, day = vocab.month_number(m.group("mon")), int(m.group("d"))
    return d.day_of_month(text, m.start(), m.end(), month, day, d.full_year(int(year)) if year else None, pub)


def _range(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if _bad_month(m) or (m.group("link").lower() == "and" and not m.group(0).lower().startswith("between")):
        return None  # "on March 3 and 20 people died": "and" makes a range only after "between"
    month = vocab.month_number(m.group("mon"))
    month2 = vocab.month_number(m.group("mon2")) if m.groupdict().get("mon2") else month
    first, last, year = (month, int(m.group("d"))), (month2, int(m.group("d2"))), m.group("y")
    return d.day_range(text, m.start(), m.end(), first, last, int(year) if year else None, pub)


def _month_year(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if _bad_month(m) or (m.group("mon").lower() == "may" and m.group(0).lower().startswith("may-")):
        return None
    year = int(m.group("y"))
    if year < dt.MINYEAR:
        return None  # "May 0000" names no month
    return d.month_value(text, m.start(), m.end(), year, vocab.month_number(m.group("mon")))


_STEP = {"last": -1, "previous": -1, "this": 0, "next": 1}  # weeks or months from publication's
_NEXT = ("next", "this coming", "coming", "this upcoming")  # before a weekday: the first after publication
_PAST = ("last", "previous", "past", "this past")  # the latest strictly before publication


def _rel_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    w = " ".join(m.group("w").lower().split())
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2}[w]
    return d.shifted_day(text, m.start(), m.end(), shift, "day", pub)


def _ago(text: str, m: re.Match[str], pub: Published) -> Value | None:
    n = d.small_number(m.group("n"))
    return None if n is None else d.shifted_day(text, m.start(), m.end(), -n, m.group("u").lower(), pub)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:early\s+|late\s+)?$", re.I)


def _weekday(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = " ".join((m.group("mod") or "").lower().split())
    title = _TITLE.search(text, max(0, m.start() - TITLE_LOOKBACK), m.start())
    if not mod and title and _NAME_AFTER.match(text, m.end()):
        return None  # "the Sunday Times" is a newspaper
    if not mod and _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "on Easter Sunday": a feast, not last Sunday
    start = m.start("wd") if mod in ("", "this") else m.start()
    direction = "next" if mod in _NEXT else "last" if mod == "last" else "past" if mod in _PAST else ""
    if (
        not mod
        and _UNTIL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        and d.looks_ahead(text, start, m.end())
    ):
        direction = "next"  # "will be open until early Monday": the Monday to come
    return d.weekday_value(text, start, m.end(), vocab.weekday_number(m.group("wd")), direction, pub)


def _week_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    step = _STEP[(m.group("mod") or m.group("mod2")).lower()]
    wd = vocab.weekday_number(m.group("wd") or m.group("wd2"))
    return d.day_of_week(text, m.start(), m.end(), wd, step, pub)


def _period(text: str, m: re.Match[str], pub: Published) -> Value | None:
    unit, step = m.group("u").lower(), _STEP[m.group("mod").lower()]
    return d.period_value(text, m.start(), m.end(), unit, step, pub)


def _bare_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = m.group("mod").lower()
    start = m.start() if mod in ("last", "this", "next", "early", "late", "mid") else m.start("mon")
    if pub is None:
        return d.unresolved(text, start, m.end(), "month")
    month = vocab.month_number(m.group("mon"))
    if mod == "next":
        year, month = d.next_month(month, pub)
    elif mod == "this":
        year = pub.year
    else:
        year, month = d.past_month(month, pub, strict=mod == "last")
    return d.month_value(text, start, m.end(), year, month, relative=True)


FORMS: tuple[DateForm, ...] = (
    form(
        "iso",
        _ISO,
        iso_date,
        "digits",
        Example("filed 2025-02-03", "2025-02-03"),
        Example("20250203", "2025-02-03"),
    ),
    form("numeric", _NUMERIC, numeric_date(day_first=False), "digits", Example("on 2/3/2025", "2025-02-03")),
    form(
        "month-day-year",
        _MDY,
        _day_month,
        "month",
        Example("Monday, Feb. 3, 2025", "2025-02-03"),
        Example("on Feb 3rd", "2025-02-03"),
        Example("on Feb 3", None, published=None),
    ),
    form("day-month-year", _DMY, _day_month, "month", Example("3 February 2025", "2025-02-03")),
    form(
        "range-month-days",
        _RANGE_MDD,
        _range,
        "month",
        Example("held June 3–9, 2021 in Oslo", "2021-06-03"),
        Example("between March 1 and 15, 2024", "2024-03-01"),
        Example("From January 7 to 31, 2025", "2025-01-07"),
        Example("talks on Oct. 4-6 ended", "2024-10-04"),
        Example("from May 30 to June 2, 2023", "2023-05-30"),
        Example("on March 3 and 20 people died", None),
    ),
    form("range-days-month", _RANGE_DDM, _range, "month", Example("from 3 to 9 June 2021", "2021-06-03")),
    form(
        "range-day-months",
        _RANGE_DMDM,
        _range,
        "month",
        Example("an impact between 26 September and 1 October 2022", "2022-09-26"),
        Example("from 28 October to 3 November 2021", "2021-10-28"),
        Example("on 3 March and 20 April people marched", None),
    ),
    form("month-year", _MY, _month_year, "month", Example("in March 2022", "2022-03")),
    form("relative-day", _REL_DAY, _rel_day, "relative", Example("said yesterday", "2025-02-03")),
    form("ago", _AGO, _ago, "relative", Example("two weeks ago", "2025-01-21")),
    form(
        "weekday",
        _WEEKDAY,
        _weekday,
        "weekday",
        Example("met on Monday", "2025-02-03"),
        Example("last Tuesday", "2025-01-28"),
        Example("in the Sunday Times", None),
    ),
    form("week-day", _WEEK_DAY, _week_day, "weekday", Example("Monday of last week", "2025-01-27")),
    form("period", _PERIOD, _period, "relative", Example("last month", "2025-01")),
    form(
        "bare-month",
        _BARE,
        _bare_month,
        "month",
        Example("since November", "2024-11"),
        Example("It may be in may", None),
        flags=0,  # capitalised only: "in may" is no month
    ),
    *MORE_FORMS,
)


def find_dates(text: str, published: Published = None, lang: str = "en") -> list[Value]:
    """Every date in `text` (written in `lang`), longest match first where forms overlap, in order of
    position."""
    forms, present = (FORMS_ES, triggers_es(text)) if lang == "es" else (FORMS, triggers(text))
    if not present:
        return []
    return _in_the_sentence_s_year(
        text, search(text, published, tuple(f for f in forms if f.needs & present))
    )


def _in_the_sentence_s_year(text: str, found: list[Value]) -> list[Value]:
    """A day written without its year shortly before a date written with one ("opens on May 5 and
    remains open through June 8, 2018") is in that date's year when it falls before it within that
    year; the publication date, which resolves it otherwise, is as often a year off."""
    dated = [v for v in found if isinstance(v.value, str) and _FOUR_DIGITS.search(v.text)]
    if not dated or len(dated) == len(found):
        return found
    out = []
    for v in found:
        later = [d for d in dated if 0 < d.start - v.end <= YEAR_REACH]
        if later and is_yearless(v) and isinstance(v.value, str) and len(v.value) == 10:
            month, other, year = v.value[5:], str(later[0].value)[5:10], int(str(later[0].value)[:4])
            if int(v.value[:4]) != year and month <= other:
                v = in_year(v, year)
        out.append(v)
    return out


YEAR_REACH = 80  # characters from a day without its year to the dated day that lends it its year


# "11 and 15 October", "12, 13 and 14 May": the days listed before a day and its month;
# "October 11 and 15": those after a month and its day.
# A list ends with "and", "or" or "&" before its last day: "14:46:23, 11 March" lists no days.
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_BEFORE = re.compile(rf"(?<![\w:.,/-])(?:{_ORDINAL_DAY},\s+)*{_ORDINAL_DAY},?\s+(?:and|or|&)\s+$")
_DAYS_AFTER = re.compile(
    rf"(?:,\s+{_ORDINAL_DAY}\b(?!,\d))*,?\s+(?:and|or|&)\s+{_ORDINAL_DAY}\b(?!,\d)"
    r"(?=\s*(?:[,.;)]|$|\s+(?:in|at|on|when|respectively)\b))"  # not "October 11 and 15 people"
)
_DAY = re.compile(r"\d{1,2}")
_ENDS_WITH_DAY = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def listed_days(text: str, found: list[Value]) -> list[Value]:
    """The days listed beside a dated day that share its month and year, each a date of its own; beside
    a day whose year is unknown (no publication date), each a day as unknown, never a figure."""
    extra: list[Value] = []
    for v in found:
        unknown = v.unresolved and v.grain == "day"
        if not unknown and (
            not isinstance(v.value, str) or not _ISO_DAY.match(v.value) or not v.value == v.low == v.high
        ):
            continue
        if v.text[:1].isdigit():
            m = _DAYS_BEFORE.search(text, max(0, v.start - 40), v.start)
        elif _ENDS_WITH_DAY.search(v.text):
            m = _DAYS_AFTER.match(text, v.end)
        else:
            continue  # "August 30, 2023, 6,053 fires": no day follows a year
        if m is None:
            continue
        for day in _DAY.finditer(text, m.start(), m.end()):
            if not isinstance(v.value, str):  # a day whose year is unknown: so are the others'
                extra.append(replace(v, text=day.group(), start=day.start(), end=day.end()))
                continue
            try:
                iso = dt.date.fromisoformat(v.value).replace(day=int(day.group())).isoformat()
            except ValueError:
                continue
            extra.append(
                replace(v, text=day.group(), start=day.start(), end=day.end(), value=iso, low=iso, high=iso)
            )
    return extra


def search(text: str, published: Published = None, forms: tuple[DateForm, ...] = FORMS) -> list[Value]:
    """The dates the given forms read in `text` (all forms by default); where matches overlap the
    longer one wins. The other days of a list that shares one month ("on 11 and 15 October") are
    each a date."""
    if published is not None and not d.RESOLVABLE[0] <= published.year <= d.RESOLVABLE[1]:
        published = None  # at the ends of the calendar, "999 years after tomorrow" has no date
    found = [v for f in forms for v in f.find(text, published)]
    found.sort(key=lambda v: (v.start, v.start - v.end))
    chosen: list[Value] = []
    for v in found:
        if not chosen or v.start >= chosen[-1].end:
            chosen.append(v)
        elif v.end - v.start > chosen[-1].end - chosen[-1].start and v.start < chosen[-1].end:
            chosen[-1] = v
    return sorted([*chosen, *listed_days(text, chosen)], key=lambda v: v.start)


# --- dates without a year in an article without a publication date ---------------------------------

_DAY_WORD_ALT = vocab.alternation(DAY_WORDS, r"[\s-]+")  # "twenty-ninth", "twenty ninth"
_YEARLESS = re.compile(
    # after the weekday, if any: "Wednesday, Oct. 13"
    rf"^(?:(?:{vocab.WEEKDAY_ALT}|{vocab.alternation(vocab.WEEKDAY_ABBREVIATIONS)})\.?,?\s+)?"
    rf"(?:(?:{vocab.MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{vocab.MONTH_ALT})\b"
    # or in words: "August twenty-ninth", "the third of May"
    rf"|(?:{vocab.MONTH_ALT})\.?\s+(?:the\s+)?(?:{_DAY_WORD_ALT})\b"
    rf"|(?:the\s+)?(?:{_DAY_WORD_ALT})\s+of\s+(?:{vocab.MONTH_ALT})\b)",
    re.I,
)
_WEEKDAY_ALONE = re.compile(rf"(?:(?:last|this|past)\s+)?(?P<day>{vocab.WEEKDAY_ALT})", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")
_DATED_YEAR = re.compile(
    # The month may be run into an infobox label: "FormedSeptember 24, 2024".
    rf"(?:(?<![A-Za-z])|{vocab.LABEL_GLUED})(?:{vocab.MONTH_ALT})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    rf"(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b\d{{1,2}}\s+(?:{vocab.MONTH_ALT})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b",
)


_BARE_YEAR = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w.,/-]|\s*(?:%|percent))")


class NarrativeYears:
    """The year an article's story is in at each point: that of the last date written with its year
    before it ("February 3, 2023", "May 2021"), else of the first after it; in an article with no
    such date, that of the last year named alone before it in its paragraph ("its first 2023
    expedition ... on 18 June"; not one after it, which as often names a law or an earlier event:
    "the Act of 2002", nor one paragraphs before: "took office in 2019"). Read once per article."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [(m.start(), int(m.group("y1") or m.group("y2"))) for m in _DATED_YEAR.finditer(text)]
        self.named_alone = not found
        if self.named_alone:
            found = [(m.start(), int(m.group())) for m in _BARE_YEAR.finditer(text)]
        self.offsets = [o for o, _ in found]
        self.years = [y for _, y in found]

    def at(self, offset: int) -> int | None:
        if not self.years:
            return None
        i = bisect.bisect_left(self.offsets, offset)
        if i > 0:
            if self.named_alone and self.text.find("\n", self.offsets[i - 1], offset) != -1:
                return None  # a year named alone in another paragraph is as often a past event's
            return self.years[i - 1]
        return None if self.named_alone else self.years[0]


def is_yearless(value: Value) -> bool:
    """The value is a day written without its year ("on August 29", "7 January")."""
    return bool(_YEARLESS.match(value.text)) and not _FOUR_DIGITS.search(value.text)


def with_year(value: Value, year: int) -> Value:
    """A day written without its year ("on February 1", "7 January") read in `year`, for an article
    with no publication date to resolve it against; any other value unchanged."""
    if value.value is not None or not value.unresolved:
        return value
    return in_year(value, year)


def on_weekday(value: Value, day: str) -> Value:
    """A weekday named alone ("on Wednesday") in an article with no publication date read as `day`
    (an ISO date) when `day` falls on that weekday; any other value unchanged."""
    m = _WEEKDAY_ALONE.fullmatch(value.text)
    if value.value is not None or not value.unresolved or m is None or len(day) != len("2010-10-13"):
        return value
    if vocab.weekday_number(m.group("day")) != dt.date.fromisoformat(day).weekday():
        return value
    return replace(value, value=day, low=day, high=day, grain="day", unresolved=False)


def in_year(value: Value, year: int) -> Value:
    """A day written without its year read in `year`, whatever year it was read in before; any other
    value unchanged."""
    if not _YEARLESS.match(value.text):
        return value
    for found in search(value.text, dt.date(year, 12, 31)):
        if found.start == 0 and found.end == len(value.text) and found.value is not None:
            return Value(
                kind=value.kind,
                text=value.text,
                start=value.start,
                end=value.end,
                value=found.value,
                low=found.low,
                high=found.high,
                qualifier=found.qualifier or value.qualifier,
                grain=found.grain,
            )
    return value


# A day told from the last one the narration named: "that day", "the next day", "two days later", "the
# day before" (at a clause's end: "a day after the vote" counts from the vote, whose date is not known).
ANCHORED_DAY = re.compile(
    r"\b(?:(?P<back>the\s+(?:day\s+before|previous\s+day|preceding\s+day))(?!\s+yesterday)"
    r"|(?P<same>that\s+(?:same\s+)?day|the\s+same\s+day)"
    r"|(?:the\s+)?(?:next|following)\s+day"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?P<dir>later|earlier|afterwards)"
    r")\b",
    re.I,
)


def anchored_days(text: str, anchors: list[Value]) -> list[Value]:
    """The days in `text` told from the last day named before them (`anchors`: day-precise dates with
    their offsets in `text`, negative for those in the sentences before it): "Late that day" after
    "on September 26" is September 26, "the day before" one day earlier."""
    found = []
    for m in ANCHORED_DAY.finditer(text):
        before = [v for v in anchors if v.end <= m.start() and v.grain == "day" and v.value is not None]
        if not before:
            continue
        anchor = dt.date.fromisoformat(str(before[-1].value))
        if m.group("same"):
            shift = 0
        elif m.group("back"):
            shift = -1
        elif m.group("n"):
            n = m.group("n").lower()
            count = int(n) if n.isdigit() else 1 if n == "a" else vocab.SMALL[n]
            shift = -count if m.group("dir").lower() == "earlier" else count
        else:
            shift = 1
        try:
            day = anchor + dt.timedelta(days=shift)
        except OverflowError:
            continue  # the day after 31 December 9999 is no date
        found.append(d.day_value(text, m.start(), m.end(), day, relative=True))
    return found
