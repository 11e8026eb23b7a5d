"""Counts and plain numbers: every number in a sentence that is not part of a date, year, percent or
money amount; counts never negative, never a fraction, never an age ("Ana Ruiz, 55, said")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.models import Value
from checker.values.common import Span, SpanSet, as_range, hedged, plus_minus
from checker.values.numbers import Num, negative
from checker.values.parts import find_fractions
from checker.values.scan import Scan

# "a mile", "an acre": the article is the figure of one unit of measure.
_ONE_UNIT = re.compile(
    r"\b(?i:an?)(?=\s+(?:mile|kilometre|kilometer|metre|meter|foot|acre|hectare|pound|ounce|ton|tonne)\b)"
)
# News style gives a person's age between commas after the name: "Ana Ruiz, 55, said".
_AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
_AGE_AFTER = re.compile(r"\s*,")
AGE_LOOKBACK = 60  # characters searched back for the name before an age


def _is_age(text: str, num: Num) -> bool:
    return (
        num.value is not None
        and num.value < 130
        and bool(_AGE_BEFORE.search(text, max(0, num.start - AGE_LOOKBACK), num.start))
        and bool(_AGE_AFTER.match(text, num.end))
    )


# A law report's citation ("576 U.S. 644", "142 S. Ct. 2228", "F. Supp. 3d"), a public law's number
# ("P.L. 107-231") or a bill's ("H.R. 3590"): names of texts, not amounts.
_CITATION = re.compile(
    r"\b\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?(?:2d|3d|4th|Supp\.(?:\s?[23]d)?))?)"
    r"\s+(?:\d{1,5}|_+)\b"
    r"|\b(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?)\s?\d{1,3}[-–]\d{1,4}\b"
    r"|\b(?:H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.)\s?\d{1,5}\b"
)
# "(1)the Shrine ...; (2)St. Sebastian's Church": the number of an item of a list, at its head
_ENUMERATOR = re.compile(r"(?:^|[;:\n])\s*(\(\d{1,2}\))(?=\s?[^\W\d_])")
# A figure's error bars, printed as its superscript and subscript and run into it when the page lost
# them ("410+160−180 Mpc", "36þ5 −4 M⊙", "3.0+0.5 −0.5", "36−4 M⊙"): no figures of their own.
_ERROR_BARS = re.compile(
    r"(?<=\d)\s?[+þ]\s?\d+(?:\.\d+)?\s*[−–-]\s?\d+(?:\.\d+)?"
    r"|(?<=\d)þ\s?\d+(?:\.\d+)?|(?<!\w)þ\d+(?:\.\d+)?"
    r"|−\s?\d+(?:\.\d+)?(?=\s?M\s?[⊙☉])"  # no mass of the sun's is negative
)
# "No one was killed", "nobody died": none, where a verb of what befell them follows.
_NOBODY = re.compile(
    r"\b(?:[Nn]o\s+one|[Nn]obody)(?=\s+(?:was|were|has\s+been|had\s+been|is|died|perished|survived)\b)"
)
RANGE_REACH = 16  # characters from a figure to the one whose scale word it borrows ("2.5 to 3 million")


def _decimal(num: Num, nums: list[Num]) -> bool:
    """A figure with decimals and no scale word ("a magnitude 6.4 aftershock"), nor one after it to
    borrow: no count of things."""
    if num.value is None or num.scale > 1 or num.value == int(num.value):
        return False
    return not any(n.scale > 1 and 0 <= n.start - num.end <= RANGE_REACH for n in nums)


def _numbers(scan: Scan, kind: str, masked: list[Span]) -> list[Num]:
    """The numbers to read as `kind`, outside the masked spans, in order of position."""
    text = scan.text
    masked = masked + [m.span() for m in _CITATION.finditer(text)] if "." in text else masked
    if "(" in text:
        masked = masked + [m.span(1) for m in _ENUMERATOR.finditer(text)]
    if "−" in text or "+" in text or "þ" in text:
        masked = masked + [m.span() for m in _ERROR_BARS.finditer(text)]
    masks = SpanSet(masked)
    fractions = [f for f in find_fractions(scan) if not masks.overlaps(f.start, f.end)]
    amounts = [f for f in fractions if f.scale >= 1000]  # "3 million and a half" counts things
    fractions = [f for f in fractions if f.scale < 1000]
    taken = SpanSet(masked + [(f.start, f.end) for f in fractions + amounts])
    nums = [n for n in scan.numbers if not taken.overlaps(n.start, n.end)] + amounts
    compounds = [n for n in scan.compounds if not taken.overlaps(n.start, n.end)]
    if kind == "count":  # "a 12-story building": the rule decides whether the joined word is its cue
        whole = [
            n
            for n in compounds
            if isinstance(n.value, int) or (n.value is not None and n.value == int(n.value))
        ]
        counted = [n for n in nums + whole if not _is_age(text, n) and not _decimal(n, nums)]
        nobody = [  # "No one was killed": a count of none
            Num(m.start(), m.end(), 0, 0, 0, words=True)
            for m in (_NOBODY.finditer(text) if scan.lang == "en" else ())
            if not taken.overlaps(m.start(), m.end())
        ]
        return sorted(counted + nobody, key=lambda n: n.start)
    ones = [  # "more than a mile long": one of a unit of measure, where the article stands for the figure
        Num(m.start(), m.end(), 1, 1, 1, words=True)
        for m in (_ONE_UNIT.finditer(text) if scan.lang == "en" else ())
        if not taken.overlaps(m.start(), m.end())
    ]
    return sorted([negative(text, n) for n in nums + fractions + compounds] + ones, key=lambda n: n.start)


def find_counts(scan: Scan, kind: str, masked: Iterable[Span]) -> list[Value]:
    """Every count (kind "count") or plain number (kind "number") in the text, ranges merged."""
    text = scan.text
    floor = None if kind == "number" else 0
    values: list[Value] = []
    prev: Num | None = None
    for num in _numbers(scan, kind, list(masked)):
        value = hedged(text, kind, num, num.start, num.end, floor=floor, lang=scan.lang)
        joinable = prev is not None and not (num.compound or prev.compound)  # not "23-2020-September"
        merged = (
            plus_minus(text, kind, values[-1], value, prev, num)
            or as_range(text, kind, values[-1], value, prev, num, scan.lang)
            if values and prev and joinable
            else None
        )
        if merged is not None:
            values.pop()
        values.append(merged or value)
        prev = num
    return values
