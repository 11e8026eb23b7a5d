"""Fractions ("two thirds", "a quarter", "one-fifth", "1/4"): numbers, but never counts of things."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.values.numbers import Num, as_number

_NUMERATORS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_DENOMINATORS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "hundredth": 100,
}
_FRACTION = re.compile(
    r"\b(?:(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+)?"
    r"(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+|\s*-\s*)"
    r"(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|hundredths?)\b(?!\s+(?:of\s+)?(?:an?\s+)?(?:thousand|million|billion|dozen))"
    r"|(?<![\w/.,-])(?P<dnum>\d{1,3})/(?P<dden>\d{1,3})(?![\w/]|\.\d)",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b|\s*(?:[.,;:)]|$)")
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_WHOLE = {w: n for w, n in _NUMERATORS.items() if w not in ("a", "an")}


def _value(m: re.Match[str]) -> Decimal | None:
    if m.group("dnum"):
        top, bottom = int(m.group("dnum")), int(m.group("dden"))
        return Decimal(top) / Decimal(bottom) if 0 < top < bottom else None  # "24/7" is no fraction
    den = m.group("den").lower()
    den = den[:-1] if den.endswith("s") and den != "halves" else den
    value = Decimal(_NUMERATORS[m.group("num").lower()]) / _DENOMINATORS[den.replace("halves", "half")]
    whole = m.group("whole")
    if whole:
        value += int(whole) if whole.isdigit() else _WHOLE[whole.lower()]
    return value


def _is_fraction(text: str, m: re.Match[str]) -> bool:
    """Tell "a third of voters" and "two thirds" from the ordinal in "a third term"."""
    if _AND_BEFORE.search(text, 0, m.start()):
        return False  # "one million and a half" is the words parser's
    if m.group("num").lower() in ("a", "an", "one"):
        return bool(_OF_AFTER.match(text, m.end()))
    return m.group("den").lower().endswith(("s", "half"))


def find_fractions(text: str) -> list[Num]:
    """Every fraction in `text`, its value rounded to 15 significant digits."""
    found = []
    for m in _FRACTION.finditer(text):
        if m.group("num") and not m.group("whole") and not _is_fraction(text, m):
            continue
        value = _value(m)
        if value is not None:
            num = as_number(round(value, 15))
            found.append(Num(m.start(), m.end(), num, num, num, words=not m.group("dnum")))
    return found
