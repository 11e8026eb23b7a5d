"""A rule's tolerance, parsed once: how far apart two values may be and still count as the same."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
EPSILON = 1e-9  # float noise: 0.1 + 0.2 is within a tolerance of 0.3


@dataclass(frozen=True)
class Tolerance:
    """Absolute (in the fact's unit) or relative (a share of the larger of the two values compared)."""

    amount: float = 0.0
    relative: bool = False

    @classmethod
    def parse(cls, value: Any) -> Tolerance:
        """500, 0.5 or "5%"; a ValueError says what is wrong with anything else."""
        expected = f'expected a number or a percentage like "5%", got {value!r}'
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError(expected)
        if isinstance(value, str):
            m = PERCENT.match(value)
            if m is None:
                raise ValueError(expected)
            return cls(float(m.group(1)) / 100, relative=True)
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"expected a tolerance of 0 or more, got {value!r}")
        return cls(float(value))

    def slack(self, a: float, b: float) -> float:
        """The difference allowed between `a` and `b`; an unbounded end (a hedge such as "more than")
        gives no slack of its own."""
        if not self.relative:
            return self.amount + EPSILON
        finite = [abs(x) for x in (a, b) if math.isfinite(x)]
        return self.amount * max(finite, default=0.0) + EPSILON

    def within(self, a: float, b: float) -> bool:
        """True when two point values count as the same."""
        return abs(a - b) <= self.slack(a, b)

    def overlap(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """True when the ranges [low, high] a and b touch, within the tolerance."""
        return a[0] <= b[1] + self.slack(a[0], b[1]) and b[0] <= a[1] + self.slack(b[0], a[1])

    def __str__(self) -> str:
        return f"{self.amount * 100:g}%" if self.relative else f"{self.amount:g}"
