"""Spanish dates, absolute ("3 de febrero de 2025", "febrero de 2025", "31-dic-1994") and relative
("el lunes", "el lunes pasado", "ayer", "hace tres semanas", "el mes pasado", "en noviembre").

The same resolution as the English forms (dates.py, dayforms.py): towards the past, a bare weekday
the latest such day on or before publication, "pasado"/"anterior" strictly before it, "próximo"
after it. Numeric dates put the day first ("3/2/2025" is 3 February). Month names are written in
lower case in Spanish, so one alone is read as a month ("en noviembre", "cada noviembre"); a
capitalised one ("Julio", a name) only after a word that introduces a date."""

from __future__ import annotations

import datetime as dt
import re

from checker.models import Value
from checker.patterns import alternation
from checker.values import days as d
from checker.values import vocab_es as v
from checker.values.dateform import (
    DateForm,
    Example,
    Published,
    Triggers,
    day_month_date,
    form,
    iso_date,
    month_year_date,
    numeric_date,
)
from checker.values.words_es import parse_words
from checker.values.years import YEAR_WORDS_ES

_MON = rf"(?P<mon>{v.MONTH_ALT}|(?:{v.MONTH_ABBR_ALT})\.?)(?![^\W\d_])"
_FULL_MON = rf"(?P<mon>{v.MONTH_ALT})\b"
_WD = rf"(?:{v.WEEKDAY_ALT})\b|(?:{v.WEEKDAY_ABBR_ALT})\."
_DAYW = rf"(?P<dw>{alternation(v.DAY_WORDS)})"
_DAYN = r"(?P<d>\d{1,2})(?:\s?(?:\.?[º°ª]|er|ro)(?!\w))?"
_YEAR = rf"(?:(?P<y>\d{{4}})(?!\d)|(?P<yw>{YEAR_WORDS_ES}))"

_ISO = r"(?<![\d/.])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"  # 2025-02-03
_NUMERIC = r"""
    (?<![\d/.:,-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)   # 3/2/ or 03.02.
    (?P<y>\d{4}|\d{2})(?![\d/-]|[.,]\d)                            # 2025 or 25
"""
_DMY = rf"""
    (?:\b(?:(?:el\s+|este\s+)?(?:pasado|pr[oó]ximo)\s+|este\s+)?    # (el) próximo
       (?P<wd>{_WD})\s*,?\s+(?:\(\s*)?)?(?:(?:el\s+)?d[ií]a\s+)?     # lunes, | el día
    (?:{_DAYN}|\b{_DAYW})                                          # 3, 1.º, primero, diez
    \s*(?:de\s+|[-/]\s*)?{_MON}                                    # de febrero, -dic, Jun
    (?:(?:\s*,?\s+(?:del?\s+)?|\s+del\s+|\s*[-/]\s*){_YEAR}          # de 2025, del 2019, -1994
      | \s*[-/]\s*(?P<y2>\d{{2}})(?!\d)                             # -95
    )?
"""
_DM_NUMERIC = r"""
    \b(?P<d>\d{1,2})\s+(?:de\s+(?P<m>\d{1,2})\s+del?\s+(?P<y>\d{4})   # 9 de 8 de 1971
      | del\s+(?P<m2>\d{1,2})(?!\s*(?:[.,]?\d|%|por)))\b               # 17 del 11
"""
_MY = rf"""
    (?:\b(?:a\s+)?(?:principios|mediados|finales|fines)\s+de\s+)?   # a mediados de
    \b{_MON}\s*(?:,|\s+del?|[-/])?\s*                                  # febrero de
    (?:{_YEAR}|(?<=del\s)(?P<y2>\d{{2}})(?!\d))                          # 2025, (abril del) 87
"""
_MY_DIGITS = r"(?<![\d/.:-])(?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/-])"  # 12-2015
_DM_DIGITS = r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?!\d|(?P=s)|[.,]\d)"  # 20/11
_LEAD = re.compile(
    rf"(?:\b(?:el|del|al|desde|hasta|para|este|próximo|en|antes\s+del|después\s+del|{_WD})"
    r"|\d{1,2}/\d{1,2},?(?:\s+o|\s+y)?)\s*\(?\s*$",
    re.IGNORECASE,
)
_REL_DAY = r"\b(?P<w>anteayer|antier|antes\s+de\s+ayer|ayer|hoy|pasado\s+mañana|mañana)\b"
_NOT_REL = re.compile(r"\b(?:la|esta|una|cada|por\s+la|de\s+la|en\s+la|toda\s+la|pasado)\s+$", re.IGNORECASE)
_NOT_REL_AFTER = re.compile(r"\s+(?:en\s+)?d[ií]a\b", re.IGNORECASE)  # "hoy día", "hoy en día"
_AGO = rf"""
    \bhace\s+(?P<n>\d{{1,3}}|{v.COUNT_ALT})                                # hace tres
    \s+(?P<u>d[ií]as?|semanas?|meses|mes|quincenas?)\b                       # semanas
  | \b(?P<n2>\d{{1,3}}|{v.COUNT_ALT})\s+(?P<u2>d[ií]as?|semanas?|meses|mes)\s+atrás\b  # dos semanas atrás
"""
_PAST = r"pasad[oa]|anterior"
_NEXT = r"pr[oó]xim[oa]|que\s+viene|siguiente"
_WEEKDAY = rf"""
    (?<!\blos\s)(?<!\blas\s)                                            # not "los lunes"
    \b(?:(?P<pre>(?:el\s+|este\s+)?(?:pasado|pr[oó]ximo)|este|el)\s+)?    # el (pasado) / este
    (?P<wd>{_WD})
    (?:\s+(?P<post>{_PAST}|{_NEXT}))?(?!\w)                             # pasado, que viene
"""
_WEEK = rf"(?P<mod>semana\s+(?:{_PAST}|{_NEXT})|(?:pasada|pr[oó]xima)\s+semana|esta\s+semana)"
_WEEK_DAY = rf"""
    \b(?P<wd>{v.WEEKDAY_ALT})\s+(?:de\s+)?(?:la\s+)?{_WEEK}                   # lunes de la semana pasada
  | \b(?:la\s+)?(?P<mod2>semana\s+(?:{_PAST}|{_NEXT})|(?:pasada|pr[oó]xima)\s+semana|esta\s+semana)
    \s*(?:-\s*|,\s*)?(?:el\s+)?(?P<wd2>{v.WEEKDAY_ALT})\b                    # la semana pasada, el lunes
"""
_PERIOD = rf"""
    \b(?:(?:el|la)\s+)?(?:
        (?P<pre>pasad[oa]|pr[oó]xim[oa])\s+(?P<u>mes|semana)                 # el pasado mes
      | (?P<u2>mes|semana)\s+(?P<post>{_PAST}|{_NEXT}|en\s+curso)            # el mes pasado
      | (?P<this>este|esta)\s+(?P<u3>mes|semana)                             # este mes
    )\b
"""
_BARE = rf"""
    (?:\b(?P<mod>en|desde|hasta|durante|para|de|y|o|a\s+(?:principios|mediados|finales|fines)\s+de
       |este|el\s+pasado|el\s+pr[oó]ximo|pasado|pr[oó]ximo)\s+)?
    \b{_FULL_MON}(?:\s+(?P<post>pasado|pr[oó]ximo|de\s+este\s+año|del\s+año\s+pasado))?
    (?![\s.,]*\d)(?!\s+del?\s+(?:\d|dos\s+mil|mil\b))
"""
_WD_DAY = rf"""
    \b(?P<wd>{v.WEEKDAY_ALT})\s*,?\s+(?:el\s+)?(?:d[ií]a\s+)?(?:(?P<dn>\d{{1,2}})|{_DAYW})\b
    (?!\s*(?:[/:.,]\d|del?\b|{v.MONTH_ALT}|{v.MONTH_ABBR_ALT})|\s+[a-z])
"""
_THE_DAY = rf"""
    \b(?:el\s+)?d[ií]a\s+(?:(?P<dn>\d{{1,2}})|{_DAYW})\b                       # el día 18
    (?:\s+de\s+(?P<mod>este|el\s+pr[oó]ximo|el\s+pasado)\s+mes\b)?                # de este mes
    (?!\s*(?:[/:.,]\d|del?\s+(?!este\b|el\s+pr|el\s+pas)|{v.MONTH_ALT}|{v.MONTH_ABBR_ALT}))
  | \bel\s+(?P<dn2>\d{{1,2}})\s?\.?[º°](?!\s*(?:de|del)\b)                      # el 4.º
"""
_RANGE = rf"""
    \b(?:(?P<lead>del|entre\s+el)\s+)?(?P<d>\d{{1,2}})(?:\s+de\s+{_MON})?  # (del) 3 (de junio), entre el 3
    \s*(?P<link>al|y\s+el|-|–)\s*(?P<d2>\d{{1,2}})\s+de\s+(?P<mon2>{v.MONTH_ALT})\b  # al 9 de junio
    (?:\s*,?\s+(?:del?\s+)?(?P<y>\d{{4}})(?!\d))?                                 # de 2021
"""
_COUNT = rf"\d{{1,3}}|{v.COUNT_ALT}"
_OFFSET = rf"""
    \b(?P<n>{_COUNT})\s+(?P<u>d[ií]as?|semanas?|meses|mes|años?)\s+(?P<dir>antes|despu[eé]s)\s+de\s+
      (?P<base>ayer|hoy|mañana|ahora)\b                                        # dos días antes de ayer
  | \b(?P<n3>{_COUNT})\s+semanas?\s+y\s+(?P<n4>{_COUNT})\s+d[ií]as?\s+antes\s+de\s+(?P<base2>hoy|ayer)\b
"""


def _year_of(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"])
    if g.get("yw"):
        value = parse_words(" ".join(g["yw"].lower().split()))
        return int(value) if value is not None else None
    return d.full_year(int(g["y2"])) if g.get("y2") else None


def _day_number(m: re.Match[str]) -> int:
    g = m.groupdict()
    if g.get("dw"):
        return v.DAY_WORDS[" ".join(g["dw"].lower().split())]
    return int(g.get("d") or g.get("dn") or g.get("dn2") or 0)


def _day_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    month = v.month_number(m.group("mon"))
    return d.day_of_month(text, m.start(), m.end(), month, _day_number(m), _year_of(m), pub)


def _dm_numeric(text: str, m: re.Match[str], pub: Published) -> Value | None:
    month = int(m.group("m") or m.group("m2"))
    if not 1 <= month <= 12:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return d.day_of_month(text, m.start(), m.end(), month, int(m.group("d")), year, pub)


def _range(text: str, m: re.Match[str], pub: Published) -> Value | None:
    link = " ".join(m.group("link").lower().split())
    lead = (m.group("lead") or "").lower()
    if (lead == "del" or not lead) != (link in ("al", "-", "–")) or (not lead and link == "al"):
        return None  # "del 3 al 9", "entre el 3 y el 9", "3–9"
    month2 = v.month_number(m.group("mon2"))
    month = v.month_number(m.group("mon")) if m.group("mon") else month2
    first, last, year = (month, int(m.group("d"))), (month2, int(m.group("d2"))), m.group("y")
    return d.day_range(text, m.start(), m.end(), first, last, int(year) if year else None, pub)


def _month_year(text: str, m: re.Match[str], pub: Published) -> Value | None:
    year = _year_of(m)
    if year is None or year < dt.MINYEAR:
        return None
    return d.month_value(text, m.start(), m.end(), year, v.month_number(m.group("mon")))


def _rel_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    w = " ".join(m.group("w").lower().split())
    if w in ("mañana", "hoy") and (
        _NOT_REL.search(text, max(0, m.start() - 12), m.start()) or _NOT_REL_AFTER.match(text, m.end())
    ):
        return None  # "esta mañana", "por la mañana" (the morning), "hoy en día" (nowadays)
    shift = {"ayer": -1, "hoy": 0, "mañana": 1, "pasado mañana": 2}.get(w, -2)  # anteayer
    return d.shifted_day(text, m.start(), m.end(), shift, "day", pub)


def _unit(word: str) -> str:
    """The unit ("day", "week", "fortnight", "month", "year") a Spanish word of time names."""
    stems = (("mes", "month"), ("año", "year"), ("quincena", "fortnight"), ("semana", "week"))
    return next((unit for stem, unit in stems if word.lower().startswith(stem)), "day")


def _ago(text: str, m: re.Match[str], pub: Published) -> Value | None:
    n = d.small_number(m.group("n") or m.group("n2"), v.COUNT_WORDS)
    unit = _unit(m.group("u") or m.group("u2"))
    return None if n is None else d.shifted_day(text, m.start(), m.end(), -n, unit, pub)


_STEP = {"past": -1, "next": 1}  # weeks or months from publication's, by direction


def _direction(*mods: str | None) -> str:
    """ "past" (strictly before), "next" or "" for the words around a weekday or period."""
    words = " ".join(x.lower() for x in mods if x)
    if re.search(_PAST, words):
        return "past"
    return "next" if re.search(_NEXT, words) else ""


def _weekday(text: str, m: re.Match[str], pub: Published) -> Value | None:
    direction = _direction(m.group("pre"), m.group("post"))
    start = m.start() if direction else m.start("wd")
    return d.weekday_value(text, start, m.end(), v.weekday_number(m.group("wd")), direction, pub)


def _week_day(text: str, m: re.Match[str], pub: Published) -> Value | None:
    step = _STEP.get(_direction(m.group("mod") or m.group("mod2")), 0)
    wd = v.weekday_number(m.group("wd") or m.group("wd2"))
    return d.day_of_week(text, m.start(), m.end(), wd, step, pub)


def _period(text: str, m: re.Match[str], pub: Published) -> Value | None:
    unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
    step = _STEP.get(_direction(m.group("pre"), m.group("post")), 0)
    return d.period_value(text, m.start(), m.end(), "week" if unit == "semana" else "month", step, pub)


def _bare_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = " ".join((m.group("mod") or "").lower().split())
    post = " ".join((m.group("post") or "").lower().split())
    if not mod and not post and m.group("mon")[:1].isupper():
        return None  # "Julio", "Mayo": a name unless a word introduces the date
    start = (
        m.start()
        if mod in ("este", "el pasado", "el próximo", "el proximo", "pasado", "próximo")
        else m.start("mon")
    )
    if pub is None:
        return d.unresolved(text, start, m.end(), "month")
    month = v.month_number(m.group("mon"))
    direction = _direction(mod if mod in ("pasado", "el pasado", "próximo", "el próximo") else "", post)
    if direction == "next":
        year, month = d.next_month(month, pub)
    elif mod == "este" or post == "de este año":
        year = pub.year
    elif post == "del año pasado":
        year = pub.year - 1
    else:
        year, month = d.past_month(month, pub, strict=direction == "past")
    return d.month_value(text, start, m.end(), year, month, relative=True)


def _day_of_month(text: str, m: re.Match[str], pub: Published) -> Value | None:
    mod = (m.groupdict().get("mod") or "").lower()
    wd = m.groupdict().get("wd")
    step = (1 if "pr" in mod else -1 if "pasado" in mod else 0) if mod else None
    weekday = v.weekday_number(wd) if wd else None
    return d.day_in_month(text, m.start(), m.end(), _day_number(m), pub, step, weekday)


def _offset(text: str, m: re.Match[str], pub: Published) -> Value | None:
    if pub is None:
        return d.unresolved(text, m.start(), m.end(), "day")
    base_word = (m.group("base") or m.group("base2")).lower()
    base = pub + dt.timedelta(days={"ayer": -1, "mañana": 1}.get(base_word, 0))
    if m.group("n3"):
        back = 7 * (d.small_number(m.group("n3"), v.COUNT_WORDS) or 1)
        back += d.small_number(m.group("n4"), v.COUNT_WORDS) or 1
        return d.day_value(text, m.start(), m.end(), base - dt.timedelta(days=back), relative=True)
    n = d.small_number(m.group("n"), v.COUNT_WORDS) or 1
    sign = -1 if m.group("dir").lower() == "antes" else 1
    day = d.shift(base, sign * n, _unit(m.group("u")))
    return d.day_value(text, m.start(), m.end(), day, relative=True)


FORMS_ES: tuple[DateForm, ...] = (
    form("es-iso", _ISO, iso_date, "digits", Example("el 2025-02-03", "2025-02-03")),
    form(
        "es-numeric", _NUMERIC, numeric_date(day_first=True), "digits", Example("el 3/2/2025", "2025-02-03")
    ),
    form(
        "es-day-month-year",
        _DMY,
        _day_month,
        "month",
        Example("el 3 de febrero de 2025", "2025-02-03"),
        Example("el 3 de febrero", "2025-02-03"),
        Example("el lunes, 3 de febrero del 2025", "2025-02-03"),
        Example("el 1.º de febrero", "2025-02-01"),
        Example("el diez de octubre de dos mil dieciocho", "2018-10-10"),
        Example("vendió el 31-dic-1994", "1994-12-31"),
    ),
    form(
        "es-range",
        _RANGE,
        _range,
        "month",
        Example("del 3 al 9 de junio de 2021", "2021-06-03"),
        Example("entre el 30 de mayo y el 2 de junio de 2023", "2023-05-30"),
        Example("31 de enero-12 de febrero de 2024", "2024-01-31"),
        Example("1–5 de febrero de 2024", "2024-02-01"),
    ),
    form(
        "es-day-month-digits-words",
        _DM_NUMERIC,
        _dm_numeric,
        "digits",
        Example("el 9 de 8 de 1971", "1971-08-09"),
    ),
    form(
        "es-day-month-digits",
        _DM_DIGITS,
        day_month_date(_LEAD, day_first=True),
        "digits",
        Example("el 20/11", "2024-11-20"),
    ),
    form(
        "es-month-year",
        _MY,
        _month_year,
        "month",
        Example("en febrero de 2023", "2023-02"),
        Example("en abril del 87", "1987-04"),
        Example("en dic. 2018", "2018-12"),
    ),
    form("es-month-year-digits", _MY_DIGITS, month_year_date, "digits", Example("en 12-2015", "2015-12")),
    form(
        "es-relative-day",
        _REL_DAY,
        _rel_day,
        "relative",
        Example("dijo ayer", "2025-02-03"),
        Example("por la mañana", None),
    ),
    form("es-ago", _AGO, _ago, "relative", Example("hace tres semanas", "2025-01-14")),
    form(
        "es-weekday",
        _WEEKDAY,
        _weekday,
        "weekday",
        Example("se reunieron el lunes", "2025-02-03"),
        Example("el martes pasado", "2025-01-28"),
        Example("el próximo viernes", "2025-02-07"),
    ),
    form(
        "es-week-day", _WEEK_DAY, _week_day, "weekday", Example("el lunes de la semana pasada", "2025-01-27")
    ),
    form("es-period", _PERIOD, _period, "relative", Example("el mes pasado", "2025-01")),
    form(
        "es-bare-month",
        _BARE,
        _bare_month,
        "month",
        Example("desde noviembre", "2024-11"),
        Example("en noviembre pasado", "2024-11"),
        Example("dijo Julio Pérez", None),
    ),
    form("es-weekday-day", _WD_DAY, _day_of_month, "weekday", Example("el domingo 2", "2025-02-02")),
    form(
        "es-the-day",
        _THE_DAY,
        _day_of_month,
        "relative ordinal",
        Example("el día 18", "2025-01-18"),
        Example("algo el 4.º?", "2025-02-04"),
    ),
    form("es-offset", _OFFSET, _offset, "relative", Example("dos días antes de ayer", "2025-02-01")),
)

# Trigger classes, as dateform.TRIGGERS holds the English ones: a form is tried only when one of the
# classes it needs occurs in the text.
TRIGGERS_ES: dict[str, str] = {
    "month": rf"(?<![^\W\d_])(?:{alternation(m[:3] for m in v.MONTH_NUMBERS)})",
    "weekday": rf"(?<![^\W\d_])(?:{alternation(w[:3] for w in [*v.WEEKDAYS, *v.WEEKDAY_ABBREVIATIONS])})",
    "relative": r"(?<![^\W\d_])(?:ayer|antier|antea|hoy|maña|hace|pasad|pr[oó]xim|semana|mes|d[ií]a|atrás)",
    "digits": r"\d[-/. ]\d|(?:19|20)\d\d[01]\d|\d\s+del?\s+\d",
    "ordinal": r"\d\s?\.?[º°ª]",
}
triggers_es = Triggers(TRIGGERS_ES)
