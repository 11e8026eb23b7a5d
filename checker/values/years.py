"""Years: "in 2023", the year inside a date, and relative years ("last year", "two years ago")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from checker.models import Value
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.currencies import WORDS
from checker.values.dayforms import CENTURY_YEAR_WORDS, MILLENNIUM_YEAR_WORDS, spelled_year
from checker.values.days import full_year, small_number
from checker.values.qualifiers import find_qualifier
from checker.values.vocab import COUNT_WORDS, SCALE_WORD_ALT
from checker.values.words_es import parse_words

# Currency names in the plural: "2023 dollars" is an amount, not a year.
_CURRENCY_WORDS = alternation(w + "s" for w in WORDS if w.isalpha())


def _year_pattern(percent: str, amounts: str) -> re.Pattern[str]:
    """Bare years 1800-2100, not inside a code, an amount or a percentage; `percent` and `amounts`
    are the words after a figure that make it no year ("2023 percent", "2023 million")."""
    return re.compile(
        rf"""
    (?<![\w$€£¥.,/:'’-])(?P<y>1[89]\d\d|20\d\d|2100)   # 1800-2100, not inside a code or amount
    (?![\w%] | [.,]\d | [:/]\d                          # not 2023%, 2023.5, 20:23
      | \s?(?:{percent})\b                               # not 2023 percent
      | \s+(?:{amounts})\b                               # not 2023 million, 2023 dollars
    )
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_YEAR = _year_pattern(r"percent|per\ cent", f"{SCALE_WORD_ALT}|{_CURRENCY_WORDS}")
# A year before 1800 only after a word that introduces a year ("in 1776", "the Act of 1707",
# "since 1648") and not before a noun it would count ("in 1500 homes").
_OLD_YEAR = re.compile(
    r"\b(?:in|of|since|from|until|till|by|year|circa|c\.|before|after|around)\s"
    r"(?P<y>1[0-7]\d\d)"
    r"(?=\s*(?:$|[.,;:)!?\]–—-]|\s(?:and|to|when|where|the|a|an|as|with|under|after|before|until|he|she|it"
    r"|they|was|were|had|its|their|his|her)\b))",
    re.IGNORECASE,
)
# A year run into the word that introduces it, where a page lost its spaces around a link
# ("the first since1968to be held", "the2000games began", "introduced in2002"), and a fiscal or
# calendar year's abbreviation run into it ("FY2014", "CY2013").
_GLUED_YEAR = re.compile(
    r"\b(?:the|since|in|of|from|until|by|before|after|during|fy|cy)(?P<y>1[89]\d\d|20\d\d|2100)(?![\d%]|[.,]\d)",
    re.IGNORECASE,
)
# An infobox row's label of a time run into its year: "Founded1850", "Defunct2008", "Construction
# start1963".
_LABEL_YEAR = re.compile(
    r"\b(?:Founded|Established|Opened|Built|Launched|Defunct|Dissolved|Formed|Created|Completed|Closed"
    r"|Inaugurated|Commissioned|Decommissioned|Discovered|Enacted|Signed|Ratified|Introduced|Abolished"
    r"|Started|Began|Ended|Year|(?:Construction|Constructed)\s(?:start|end|began|ended|completed))"
    r"(?P<y>1[89]\d\d|20\d\d|2100)(?![\d%]|[.,]\d)"
)
# A span of years written with a hyphen ("2009-2015"): its second year, later than the first (which
# the bare pattern finds); the hyphen alone keeps it from the bare pattern, as it does in a code.
_HYPHEN_SPAN = re.compile(r"(?<![\w.,/:'’-])(?P<a>1[89]\d\d|20\d\d)-(?P<y>1[89]\d\d|20\d\d)(?![\w%-]|[.,]\d)")
# Spelled-out years: "nineteen ninety six" anywhere; "two thousand and fifteen" only after "in",
# because "two thousand" alone is far more often a count.
_SPELLED = re.compile(
    r"\b(?:in\s+)?"
    + rf"(?P<yw>{CENTURY_YEAR_WORDS}|(?<=in\s){MILLENNIUM_YEAR_WORDS})"
    + rf"(?!\s*(?:-|{SCALE_WORD_ALT}|percent|%|{_CURRENCY_WORDS}))",
    re.IGNORECASE,
)
_REL = re.compile(
    rf"""\b(?:
        (?P<n>\d{{1,2}}|{alternation(COUNT_WORDS)})\s+years?\s+ago            # two years ago
      | (?P<mod>last|this|next|current)\s+(?:calendar\s+)?(?:year|yr)        # last year
    )\b""",
    re.IGNORECASE | re.VERBOSE,
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


def _relative(
    text: str,
    m: re.Match[str],
    published: dt.date | None,
    count_words: dict[str, int],
    shift: Callable[[re.Match[str]], int],
) -> Value | None:
    """A year counted back from publication's ("two years ago": group n, a count in digits or
    `count_words`), else `shift` years from it ("last year": -1)."""
    if m.group("n"):
        n = small_number(m.group("n"), count_words)
        if n is None:
            return None
        years = -n
    else:
        years = shift(m)
    year = None if published is None else published.year + years
    return _year(text, m.start(), m.end(), year, relative=True)


def _find(
    text: str,
    bare: tuple[re.Pattern[str], ...],
    spelled: re.Pattern[str],
    spelled_value: Callable[[str], int | None],
    relative: list[Value | None],
) -> list[Value]:
    """The years the `bare` patterns find (group y), those `spelled` finds (group yw, read by
    `spelled_value`) from 1000 to 2100, and the `relative` ones read, in order of position."""
    found = [_year(text, m.start("y"), m.end("y"), int(m.group("y"))) for p in bare for m in p.finditer(text)]
    for m in spelled.finditer(text):
        year = spelled_value(m.group("yw"))
        if year is not None and 1000 <= year <= 2100:
            found.append(_year(text, m.start("yw"), m.end("yw"), year))
    found += [v for v in relative if v is not None]
    found.sort(key=lambda v: v.start)
    return found


def _spelled_year(words: str) -> int | None:
    """A year in words ("nineteen ninety six"); None for words that start with "twenty" ("twenty
    five"), which are not read as a year."""
    return None if words.lower().startswith("twenty ") else spelled_year(words)


def _shift(m: re.Match[str]) -> int:
    return {"last": -1, "this": 0, "current": 0, "next": 1}[m.group("mod").lower()]


def find_years(text: str, published: dt.date | None = None, lang: str = "en") -> list[Value]:
    """Every year in `text`: bare years 1800-2100, earlier ones after "in", "of", "since"...,
    and relative ones resolved against `published`."""
    if lang == "es":
        return find_years_es(text, published)
    relative = [_relative(text, m, published, COUNT_WORDS, _shift) for m in _REL.finditer(text)]
    if "-" in text:
        relative += [
            _year(text, m.start("y"), m.end("y"), int(m.group("y")))
            for m in _HYPHEN_SPAN.finditer(text)
            if int(m.group("a")) < int(m.group("y"))
        ]
    found = _find(text, (_YEAR, _OLD_YEAR, _GLUED_YEAR, _LABEL_YEAR), _SPELLED, _spelled_year, relative)
    return [y for y in found if not _counts_people(text, y)]


# "wounded over 1800 others", "more than 2000 people": a hedged figure before the people it counts
_PEOPLE_AFTER = re.compile(
    r"\s+(?:others|people|persons|residents|workers|soldiers|civilians|victims|children|students|"
    r"passengers|troops|families|homes|houses|cases|deaths|fans|voters|employees|staff)\b",
    re.IGNORECASE,
)


def _counts_people(text: str, year: Value) -> bool:
    """A bare year that is rather a hedged count of people or things ("over 1800 others")."""
    return (
        not year.relative
        and find_qualifier(text, year.start)[0] is not None
        and _PEOPLE_AFTER.match(text, year.end) is not None
    )


# --- Spanish: "en 2023", "en dos mil dieciocho", "hace un año", "el año pasado", "este año" ---------

_YEAR_ES = _year_pattern(r"por\s+cien(?:to)?", f"{vocab_es.BIG_ALT}|{vocab_es.CURRENCY_ALT}")
_TAIL_ES = alternation([*vocab_es.TEENS, *vocab_es.VEINTI, *vocab_es.UNITS, *vocab_es.TENS])
# Spelled-out years only after "en", "de" or "del": "dos mil dieciocho" alone is far more often a count.
YEAR_WORDS_ES = (
    rf"(?:mil\s+(?:novecientos|ochocientos|setecientos)|dos\s+mil)"
    rf"(?:\s+(?:{_TAIL_ES})(?:\s+y\s+(?:{alternation(vocab_es.UNITS)}))?)?\b"
)
_SPELLED_ES = re.compile(
    rf"\b(?:en|de|del|año)\s+(?P<yw>{YEAR_WORDS_ES})"
    rf"(?!\s*(?:{vocab_es.BIG_ALT}|%|por\s+ciento|{vocab_es.CURRENCY_ALT})\b)",
    re.IGNORECASE,
)
_REL_ES = re.compile(
    rf"""\b(?:
        hace\s+(?P<n>\d{{1,2}}|{vocab_es.COUNT_ALT})\s+años?                        # hace dos años
      | (?P<last>(?:el\s+)?año\s+pasado|el\s+pasado\s+año)                         # el año pasado
      | (?P<this>(?:este|el\s+presente)\s+(?:calendario\s+)?año(?:\s+calendario)?|el\s+año\s+en\s+curso)
      | (?P<next>(?:el\s+)?(?:próximo|proximo)\s+año|el\s+año\s+(?:próximo|proximo|que\s+viene))
      | año\s+(?:calendario|fiscal)\s+(?P<yy>\d{{2}})(?!\d)                        # año calendario 18
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _relative_es(text: str, m: re.Match[str], published: dt.date | None) -> Value | None:
    if m.group("yy"):
        return _year(text, m.start(), m.end(), full_year(int(m.group("yy"))))
    return _relative(text, m, published, vocab_es.COUNT_WORDS, _shift_es)


def _shift_es(m: re.Match[str]) -> int:
    return -1 if m.group("last") else 0 if m.group("this") else 1


def _spelled_year_es(words: str) -> int | None:
    year = parse_words(" ".join(words.lower().split()))
    return None if year is None else int(year)


def find_years_es(text: str, published: dt.date | None = None) -> list[Value]:
    """Every year in Spanish `text`: bare years 1800-2100, spelled-out years after "en", "de" or
    "del", and relative ones resolved against `published`."""
    relative = [_relative_es(text, m, published) for m in _REL_ES.finditer(text)]
    return _find(text, (_YEAR_ES,), _SPELLED_ES, _spelled_year_es, relative)
