"""The Num record: a number as written, with its span, value and the scale word that multiplied it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, getcontext

Number = int | float

# Caps on one figure, so that a huge or garbled number costs nothing and crashes nothing: a figure
# beyond any of them is not read at all (no value, never a capped one). News figures stay far inside
# them: the largest amounts in print have about 15 digits, spelled-out numbers about 20 words.
MAX_DIGITS = 28  # digits in one figure ("1,234.5" has 5; a mantissa's count too): the precision
# of decimal arithmetic, so that every figure read is exact
MAX_NUMBER_WORDS = 40  # words in one spelled-out number ("one hundred and five" has 4)
MAX_EXPONENT = 100  # powers of ten: a figure is read only when 10**-100 <= |value| < 10**101
MAX_SPACE_GROUPS = 4  # "1 234 567 890 123" at most; a longer row of space-separated groups is a list


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
    fraction: bool = False  # a fraction ("dos tercios"), read among a Spanish text's numbers: never a count


def within_caps(x: Decimal) -> bool:
    """True when a figure's value is small and large enough to be read (see MAX_EXPONENT)."""
    return x.is_finite() and (x.is_zero() or -MAX_EXPONENT <= x.adjusted() <= MAX_EXPONENT)


def scaled_figure(raw: str, scale: int, half: bool = False) -> Decimal | None:
    """The value of the figure `raw` (digits, a dot for the decimal point) times `scale`, and half a
    `scale` more when `half` ("6,4 millones y medio"); None beyond the caps."""
    if len(raw) - raw.count(".") > MAX_DIGITS:
        return None
    try:
        val = Decimal(raw) * scale
    except InvalidOperation:
        return None
    if half:
        val += Decimal("0.5") * scale
    return val if within_caps(val) else None


def rounded(x: Decimal, places: int = 15) -> Decimal:
    """`x` rounded to `places` decimals, or to as many as the decimal precision leaves a large `x`
    (rounding "two thousand billion and a half" to 15 places would need 29 digits and raise)."""
    return round(x, min(places, getcontext().prec - x.adjusted() - 1))


def as_number(x: Decimal) -> Number:
    """Integral decimals become ints, others floats (floats from Decimal avoid 6.4e6 rounding noise)."""
    return int(x) if x == x.to_integral_value() else float(x)
