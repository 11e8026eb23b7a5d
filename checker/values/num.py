"""The Num record (a number as written) and the scale words and suffixes that multiply numbers."""

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


SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lac": 10**5,
    "lkh": 10**5,
    "crore": 10**7,
    "krore": 10**7,
    "koti": 10**7,
    "cr": 10**7,
    "dozen": 12,
    "doz": 12,
    "dz": 12,
}
SUFFIXES: dict[str, int] = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mm": 10**6,
    "mil": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "g": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "tln": 10**12,
}


def as_number(x: Decimal) -> Number:
    """Integral decimals become ints, others floats (floats from Decimal avoid 6.4e6 rounding noise)."""
    return int(x) if x == x.to_integral_value() else float(x)
