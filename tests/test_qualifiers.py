"""Hedges ("more than", "nearly", "up to") and ranges ("between 20 and 30"); a change is not a range."""

from __future__ import annotations

import pytest
from conftest import one

from checker.values import find_values


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high", "span"),
    [
        ("arrested more than 80,000 people", "more_than", 80000, None, "more than 80,000"),
        ("over 500 people", "more_than", 500, None, "over 500"),
        ("upwards of 500 people", "more_than", 500, None, "upwards of 500"),
        ("in excess of 500 people", "more_than", 500, None, "in excess of 500"),
        ("well over 500 people", "more_than", 500, None, "well over 500"),
        ("at least 261 prison deaths", "at_least", 261, None, "at least 261"),
        ("no fewer than 261 deaths", "at_least", 261, None, "no fewer than 261"),
        ("a minimum of 261 deaths", "at_least", 261, None, "a minimum of 261"),
        ("nearly 1,000 deaths", "nearly", 900, 1000, "nearly 1,000"),
        ("almost 1,000 deaths", "nearly", 900, 1000, "almost 1,000"),
        ("close to 1,000 deaths", "nearly", 900, 1000, "close to 1,000"),
        ("just under 1,000 deaths", "nearly", 900, 1000, "just under 1,000"),
        ("about 1,000 deaths", "about", 900, 1100, "about 1,000"),
        ("around 1,000 deaths", "about", 900, 1100, "around 1,000"),
        ("roughly 1,000 deaths", "about", 900, 1100, "roughly 1,000"),
        ("some 1,000 deaths", "about", 900, 1100, "some 1,000"),
        ("approximately 1,000 deaths", "about", 900, 1100, "approximately 1,000"),
        ("an estimated 1,000 deaths", "about", 900, 1100, "an estimated 1,000"),
        ("~1,000 deaths", "about", 900, 1100, "~1,000"),
        ("hold up to 40,000 inmates", "up_to", 0, 40000, "up to 40,000"),
        ("as many as 40,000 inmates", "up_to", 0, 40000, "as many as 40,000"),
        ("fewer than 100 guards", "less_than", 0, 100, "fewer than 100"),
        ("less than 100 guards", "less_than", 0, 100, "less than 100"),
        ("under 100 guards", "less_than", 0, 100, "under 100"),
        ("between 20 and 30 guards", "between", 20, 30, "between 20 and 30"),
        ("20 to 30 guards", "between", 20, 30, "20 to 30"),
        ("20-30 guards", "between", 20, 30, "20-30"),
        ("20 to 30 million people", "between", 20_000_000, 30_000_000, "20 to 30 million"),
        # a hedge on the first end leaves a range a range
        ("between about 8,330 and 17,160 deaths", "between", 8330, 17160, "between about 8,330 and 17,160"),
    ],
)
def test_qualifiers(text: str, qualifier: str, low: int, high: int | None, span: str) -> None:
    v = one(text, "count")
    assert (v.qualifier, v.low, v.high, v.text) == (qualifier, low, high, span)


def test_range_has_no_single_value() -> None:
    assert one("between 20 and 30 guards", "count").value is None


def test_change_is_not_a_range() -> None:
    assert [v.value for v in find_values("rose from 20 to 30", "count")] == [20, 30]
    assert [v.value for v in find_values("rose from about 20 to 30", "count")] == [20, 30]
    assert [v.value for v in find_values("more than 20 to 30", "count")] == [20, 30]


def test_up_to_has_open_low_for_plain_numbers() -> None:
    assert one("up to 40,000", "number").low is None


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high", "span"),
    [
        ("Fatalities≥108", "at_least", 108, None, "≥108"),
        ("Missing>200", "more_than", 200, None, ">200"),
        ("Deaths 157+ total", "at_least", 157, None, "157+"),
        ("80-plus people died", "at_least", 80, None, "80-plus"),
        ("Injured <= 40", "up_to", 0, 40, "<= 40"),
        ("Homes lost < 12", "less_than", 0, 12, "< 12"),
    ],
)
def test_hedges_written_as_signs(text: str, qualifier: str, low: int, high: int | None, span: str) -> None:
    v = one(text, "count")
    assert (v.qualifier, v.low, v.high, v.text) == (qualifier, low, high, span)


def test_an_amount_written_with_plus_is_at_least_that() -> None:
    v = one("$30 million-plus for repairs", "money")
    assert (v.qualifier, v.low, v.high, v.text) == ("at_least", 30_000_000, None, "$30 million-plus")


def test_a_plus_between_figures_is_no_hedge() -> None:
    assert [v.qualifier for v in find_values("scored 3+4 points", "count")] == [None, None]
