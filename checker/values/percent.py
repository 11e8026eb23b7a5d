"""Percentages: "90%", "91 percent", "91 per cent", "ninety-one percent", "2.5 percentage points";
and shares written as fractions of a whole ("one-fourth of the agencies", "one in five cases",
"two-thirds of voters"): 25, 20 and 66.67, each read to the nearest whole percent (±0.5)."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.models import Value
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.common import as_range, hedged
from checker.values.numbers import Num, negative
from checker.values.parts import find_fractions
from checker.values.scan import Scan

_PCT_AFTER = re.compile(
    r"\s?(?:%|per\s?cent(?:age)?s?(?:\s+points?)?\b|percentage\s+points?\b|pct\b\.?|pc\b(?!\w))",
    re.IGNORECASE,
)
# Spanish: "91 %", "91 por ciento", "cien por cien", "2 puntos porcentuales".
_PCT_AFTER_ES = re.compile(rf"\s?(?:{alternation(vocab_es.PERCENT_WORDS)})(?!\w)", re.IGNORECASE)
PCT_AFTER = {"en": _PCT_AFTER, "es": _PCT_AFTER_ES}


def _percent_hits(text: str, nums: tuple[Num, ...], lang: str = "en") -> list[tuple[Num, int]]:
    """Numbers followed by a percent sign or word, each with the end of the sign."""
    hits = []
    after = PCT_AFTER[lang]
    for num in nums:
        m = None if num.vague else after.match(text, num.end)
        if m:
            hits.append((negative(text, num), m.end()))
    return hits


def find_percents(scan: Scan) -> list[Value]:
    """Every percentage in the text; "20-30%" and "between 20% and 30%" become one "between" value."""
    text = scan.text
    values: list[Value] = []
    nums = {n.end: n for n in scan.numbers}
    for num, end in _percent_hits(text, scan.numbers, scan.lang):
        value = hedged(text, "percent", num, num.start, end, unit="%", lang=scan.lang)
        prev = _range_partner(text, values, nums, num, scan.lang)
        if prev is not None:
            merged = as_range(text, "percent", prev[0], value, prev[1], num, scan.lang)
            if merged is not None:
                if values and values[-1].start == prev[0].start:
                    values.pop()
                value = merged
        values.append(value)
    taken = [(v.start, v.end) for v in values]
    shares = [v for v in _shares(scan) if not any(a < v.end and v.start < b for a, b in taken)]
    return sorted(values + shares, key=lambda v: v.start)


# A fraction that is a share of a whole: "of" (or "de") after it, not "of a million" (an amount).
SHARE_OF = re.compile(
    r"\s+(?:of|de|del)\b(?!\s+(?:a|an|un|una)?\s*(?:hundred|thousand|million|billion|trillion|mil|mill[oó]n|millones)\b)",
    re.IGNORECASE,
)
RATIO = re.compile(r"\s(?:in|out\s+of|de\s+cada)\s", re.IGNORECASE)  # "one in five", "3 out of 4"


PERCENT_SIGN = re.compile(r"%|per\s?cent|percentage|pct|\bpc\b|por\s+ciento|porcentual", re.IGNORECASE)


def is_share(value: Value) -> bool:
    """The percent is a fraction of a whole ("one in five"), read by `_shares`, with no percent sign."""
    return PERCENT_SIGN.search(value.text) is None


POINTS = re.compile(r"percentage\s+points?|puntos\s+porcentuales|punto\s+porcentual", re.IGNORECASE)


def is_points(value: Value) -> bool:
    """The percent is a change in percentage points ("up 13.1 percentage points"): a number too."""
    return POINTS.search(value.text) is not None


def _shares(scan: Scan) -> list[Value]:
    """Fractions below one that are shares of a whole, as percents to the nearest whole one."""
    text = scan.text
    found = []
    for f in find_fractions(scan):
        if f.value is None or not 0 < f.value < 1 or f.scale != 1:
            continue
        if not (SHARE_OF.match(text, f.end) or RATIO.search(text, f.start, f.end)):
            continue
        pct = round(float(f.value) * 100, 2)
        value = hedged(
            text,
            "percent",
            Num(f.start, f.end, pct, pct, pct, words=True),
            f.start,
            f.end,
            "%",
            lang=scan.lang,
        )
        if value.qualifier is None:  # a share in words is a rounded one
            value = replace(value, low=round(pct - 0.5, 2), high=round(pct + 0.5, 2))
        found.append(value)
    return found


def _range_partner(
    text: str, values: list[Value], nums: dict[int, Num], num: Num, lang: str = "en"
) -> tuple[Value, Num] | None:
    """The value just before `num` that may open a range: a percent, or a bare number ("20-30%")."""
    for pos in range(num.start, max(0, num.start - 12), -1):
        bare = nums.get(pos)
        if bare is not None and bare.value is not None:
            if values and values[-1].end >= bare.end:
                return values[-1], bare
            return hedged(text, "percent", bare, bare.start, bare.end, unit="%", lang=lang), bare
    return None
