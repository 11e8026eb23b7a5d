"""checker.values itself: find_values and parse_all across kinds (priorities, spans, unknown kinds).

Each kind has its own file: test_numbers, test_qualifiers, test_percent, test_money, test_years,
test_dates.
"""

from __future__ import annotations

import pytest
from conftest import TUE

from checker.values import find_values, parse_all


def test_parse_all_prefers_specific_kinds() -> None:
    text = "On Feb. 3, 2025, more than 80,000 people (90%) cost $80 billion in 2024."
    kinds = [(v.kind, v.text) for v in parse_all(text, TUE)]
    assert kinds == [
        ("date", "Feb. 3, 2025"),
        ("number", "more than 80,000"),
        ("percent", "90%"),
        ("money", "$80 billion"),
        ("year", "2024"),
    ]


def test_spans_point_into_text() -> None:
    text = "Hundreds died; nearly 2% of 6.4 million people, on Monday, Feb. 3, 2025, for $1.4bn."
    for v in parse_all(text, TUE):
        assert text[v.start : v.end] == v.text


def test_unknown_kind() -> None:
    with pytest.raises(ValueError):
        find_values("1", "speed")
