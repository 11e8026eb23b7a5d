"""Percentages: forms, hedges and ranges."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "value", "span", "qualifier"),
    [
        ("a 90% approval rating", 90, "90%", None),
        ("his approval rating was 91 percent", 91, "91 percent", None),
        ("91 per cent of voters", 91, "91 per cent", None),
        ("ninety-one percent of voters", 91, "ninety-one percent", None),
        ("rose 2.5 % in May", 2.5, "2.5 %", None),
        ("fell 3 percentage points", 3, "3 percentage points", None),
        ("jailing nearly 2% of the nation", 2, "nearly 2%", "nearly"),
        ("down -5%", -5, "-5%", None),
    ],
)
def test_percent(text: str, value: float, span: str, qualifier: str | None) -> None:
    v = one(text, "percent")
    assert (v.value, v.text, v.qualifier, v.unit) == (value, span, qualifier, "%")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 20% and 30%", 20, 30),
        ("20-30%", 20, 30),
        ("20 to 30 percent", 20, 30),
    ],
)
def test_percent_ranges(text: str, low: int, high: int) -> None:
    v = one(text, "percent")
    assert (v.value, v.low, v.high, v.qualifier) == (None, low, high, "between")
