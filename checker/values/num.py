"""The Num record: a number as written, with its span, value and the scale word that multiplied it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

Number = int | float


@dataclass(frozen=True)
class Num:
    """A number as written: span, value (None when vague) and the range a vague amount allows."""

    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    vague: bool = False
    scale: int = 1  # its own scale word's multiplier ("6.4 million" -> 10**6); a range partner may borrow it
    words: bool = False
    compound: bool = False  # a modifier joined by a hyphen ("7.8-magnitude"): a number, never a count


def as_number(x: Decimal) -> Number:
    """Integral decimals become ints, others floats (floats from Decimal avoid 6.4e6 rounding noise)."""
    return int(x) if x == x.to_integral_value() else float(x)
