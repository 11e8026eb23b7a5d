"""Percentages: "90%", "91 percent", "91 per cent", "ninety-one percent", "2.5 percentage points"."""

from __future__ import annotations

import re

from checker.models import Value
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.common import as_range, hedged
from checker.values.numbers import Num, negative
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
    return values


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
