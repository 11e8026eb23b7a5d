"""Fractions written in digits ("3/4", "2 3/4", "¾", "2½", "22+1⁄2" as wiki pages render 22½), and
the choice among overlapping fractions: the same in every language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from checker.values.num import Num, as_number, rounded

_DIGIT = re.compile(
    r"""
    (?<![\w/.,])(?<!\w-)(?:(?P<whole>\d{1,3})(?:\s{1,2}|\+))?         # 2 (of 2 3/4; 22+1⁄2 of a wiki page)
      (?P<num>\d{1,3})[/⁄](?P<den>\d{1,3})(?![\w/⁄]|\.\d)            # 3/4, 1⁄2, not 3/4/2025
  | (?<![\w/.,])(?:(?P<uwhole>\d{1,3})\s?)?(?P<uni>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])   # 2½
  | (?<![\w/.,+])(?P<fwhole>\d{1,3})\+(?P<fnum>1)(?P<fden>[2-9])(?=\s+[a-z])  # 22+12 years: no slash
    """,
    re.VERBOSE,
)


def _digit_fraction(m: re.Match[str]) -> Num | None:
    if m.group("uni"):
        value = Decimal(str(unicodedata.numeric(m.group("uni")))).quantize(Decimal("1e-15"))
        whole = m.group("uwhole")
    elif m.group("fwhole"):
        value, whole = Decimal(1) / Decimal(int(m.group("fden"))), m.group("fwhole")
    else:
        top, bottom = int(m.group("num")), int(m.group("den"))
        if not 0 < top < bottom:
            return None  # "24/7" is no fraction
        value, whole = Decimal(top) / Decimal(bottom), m.group("whole")
    value += int(whole) if whole else 0
    num = as_number(rounded(value))
    return Num(m.start(), m.end(), num, num, num)


def digit_fractions(text: str) -> list[Num]:
    """Every fraction written in digits in `text`, in order."""
    return [n for m in _DIGIT.finditer(text) if (n := _digit_fraction(m)) is not None]


def longest(found: Iterable[Num]) -> list[Num]:
    """`found` in order of position, the longest of those starting together, without any that
    overlaps one kept before it."""
    chosen: list[Num] = []
    for n in sorted(found, key=lambda n: (n.start, -n.end)):
        if not chosen or n.start >= chosen[-1].end:
            chosen.append(n)
    return chosen
