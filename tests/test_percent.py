"""Percentages: forms, hedges and ranges."""

from __future__ import annotations

import pytest
from conftest import one

from checker.values import find_values


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


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "span"),
    [
        ("the strike closed one-fourth of the county's clinics", 25, 24.5, 25.5, "one-fourth"),
        ("about one in five riders paid no fare", 20, 18, 22, "about one in five"),
        ("two-thirds of the jurors agreed", 66.67, 66.17, 67.17, "two-thirds"),
        ("3 out of 4 ferries were late", 75, 74.5, 75.5, "3 out of 4"),
        ("half of the wells ran dry", 50, 49.5, 50.5, "half"),
    ],
)
def test_a_fraction_of_a_whole_is_a_share_in_percent(
    text: str, value: float, low: float, high: float, span: str
) -> None:
    v = one(text, "percent")
    assert (v.value, v.low, v.high, v.text, v.unit) == (value, low, high, span, "%")


@pytest.mark.parametrize(
    "text",
    [
        "a quarter of a million ballots",
        "half an hour later",
        "2 1/2 miles of road",
        "one of five ferries sank",
    ],
)
def test_a_fraction_that_is_no_share_of_a_whole_is_no_percent(text: str) -> None:
    assert find_values(text, "percent") == []


def test_a_share_in_words_is_still_a_number() -> None:
    assert [v.value for v in find_values("two thirds of the jurors", "number")] == [pytest.approx(2 / 3)]


def test_a_change_in_percentage_points_is_a_number_too() -> None:
    text = "Support for the measure rose 13.1 percentage points in a year."
    assert [v.value for v in find_values(text, "percent")] == [13.1]
    assert [v.value for v in find_values(text, "number")] == [13.1]
    # a plain percent stays a percent only
    assert find_values("Support reached 55% in May.", "number") == []


def test_a_label_s_spaced_dash_is_no_minus_sign() -> None:
    assert [v.value for v in find_values("• Turnout - 84.6 per cent", "percent")] == [84.6]
    assert [v.value for v in find_values("a change of -3.5%", "percent")] == [-3.5]
