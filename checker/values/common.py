"""Shared helpers: build Value records from numbers, hedges and ranges; span overlap tests."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from checker.models import Qualifier, Value
from checker.values.numbers import Num
from checker.values.qualifiers import PLUS_AFTER, Bound, find_qualifier, interval, range_start

Span = tuple[int, int]


def overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    """True when [start, end) shares a character with any of `spans` (one pass over them: to test
    many spans against the same set, build a `SpanSet` once)."""
    return any(start < e and s < end for s, e in spans)


class SpanSet:
    """Spans to test others against, each test O(log n): a sentence with thousands of numbers
    masked by thousands of dates or amounts stays linear."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with any of the spans, as `overlaps`."""
        i = bisect.bisect_left(self._starts, end)  # the spans that start before `end`
        return i > 0 and self._reach[i - 1] > start


def hedged(
    text: str,
    kind: str,
    num: Num,
    start: int,
    end: int,
    unit: str | None = None,
    scale: float = 1,
    floor: int | None = 0,
    lang: str = "en",
) -> Value:
    """A Value for one number, its hedge (if any, in `lang`) folded into `text` and the interval."""
    if num.value is None:
        low, high = _scaled(num.low, scale), _scaled(num.high, scale)
        return Value(
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            value=None,
            low=low,
            high=high,
            unit=unit,
            vague=True,
        )
    value = _scaled(num.value, scale)
    assert value is not None
    qual, qstart = find_qualifier(text, start, lang)
    plus = PLUS_AFTER.match(text, end) if qual is None else None
    if plus:
        qual, end = Qualifier.AT_LEAST, plus.end()
    low, high = interval(value, qual, floor)
    return Value(
        kind=kind,
        text=text[qstart:end],
        start=qstart,
        end=end,
        value=value,
        low=low,
        high=high,
        qualifier=qual,
        unit=unit,
    )


def _scaled(x: Bound, scale: float) -> Bound:
    if x is None or scale == 1:
        return x
    y = round(x * scale, 9)
    return int(y) if y == int(y) else y


PLUS_MINUS = re.compile(r"\s*(?:±|\+\s?/\s?[-−–]|\+[-−])\s*")  # "151±5 m", "11.93 +/- 0.01"


def plus_minus(
    text: str, kind: str, a: Value, b: Value, a_num: Num | None = None, b_num: Num | None = None
) -> Value | None:
    """One Value for a figure and its margin ("151±5" is 151, between 146 and 156; "465 ± 20
    thousand" is 465,000, the margin's scale the figure's too), else None."""
    if (
        a.qualifier
        or b.qualifier
        or not isinstance(a.value, int | float)
        or not isinstance(b.value, int | float)
    ):
        return None
    between, margin = text[a.end : b.start], b.value
    if margin < 0 and text[b.start : b.start + 1] in "-−–":  # "+/- 1" was read as +/ and -1
        between, margin = between + text[b.start], -margin
    if margin < 0 or not PLUS_MINUS.fullmatch(between):
        return None
    value = a.value
    if a_num is not None and b_num is not None and b_num.scale > 1 and a_num.scale == 1:
        value = _scaled(value, b_num.scale) or value
    low, high = round(value - margin, 10), round(value + margin, 10)
    if kind == "count" and low < 0:
        low = 0
    return Value(
        kind=kind,
        text=text[a.start : b.end],
        start=a.start,
        end=b.end,
        value=value,
        low=low,
        high=high,
        qualifier=Qualifier.ABOUT,
        unit=a.unit,
    )


def as_range(
    text: str, kind: str, a: Value, b: Value, a_num: Num, b_num: Num, lang: str = "en"
) -> Value | None:
    """One "between" Value for two neighbouring values that form a range, else None."""
    if a.value is None or b.value is None or b.qualifier or a.unit != b.unit:
        return None
    if a.qualifier not in (None, Qualifier.ABOUT):
        return None  # "between about 8,330 and 17,160" is a range; "more than 20 to 30" is not
    start = range_start(text, a.start, a.end, b.start, lang)
    if start is None:
        return None
    low = a.value
    if b_num.scale > 1 and a_num.scale == 1 and isinstance(low, int | float):
        borrowed = _scaled(low, b_num.scale)  # "20 to 30 million": the first borrows the scale
        if borrowed is not None and isinstance(b.value, int | float) and borrowed < b.value:
            low = borrowed
    if not isinstance(low, int | float) or not isinstance(b.value, int | float) or low >= b.value:
        return None
    return Value(
        kind=kind,
        text=text[start : b.end],
        start=start,
        end=b.end,
        value=None,
        low=low,
        high=b.value,
        qualifier=Qualifier.BETWEEN,
        unit=a.unit,
    )
