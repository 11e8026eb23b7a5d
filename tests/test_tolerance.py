"""Tolerance: parsed once, one slack rule for grouping and for overlap, open-ended ranges included."""

from __future__ import annotations

import math

import pytest

from checker.tolerance import Tolerance

INF = math.inf


@pytest.mark.parametrize(
    ("written", "amount", "relative"),
    [(0, 0.0, False), (500, 500.0, False), ("5%", 0.05, True), (" 2.5 % ", 0.025, True)],
)
def test_parse(written: object, amount: float, relative: bool) -> None:
    assert Tolerance.parse(written) == Tolerance(amount, relative)


@pytest.mark.parametrize("bad", [-3, "lots", "5", True, None, math.nan, math.inf, [5]])
def test_parse_refuses_what_cannot_work(bad: object) -> None:
    with pytest.raises(ValueError, match="expected"):
        Tolerance.parse(bad)


def test_relative_tolerance_is_a_share_of_the_larger_value() -> None:
    five = Tolerance.parse("5%")
    assert five.within(100_000, 95_500) and not five.within(100_000, 94_000)


def test_open_range_gets_no_infinite_slack() -> None:
    """50,000 against "more than 80,000" is a conflict whatever the tolerance's kind."""
    for tol in (Tolerance.parse("5%"), Tolerance.parse(1000)):
        assert not tol.overlap((50_000, 50_000), (80_000, INF))
        assert not tol.overlap((80_000, INF), (50_000, 50_000))


def test_open_range_within_tolerance_overlaps() -> None:
    assert Tolerance.parse("5%").overlap((78_000, 78_000), (80_000, INF))
    assert Tolerance.parse(2000).overlap((-INF, 10_000), (12_000, 12_000))
    assert not Tolerance.parse(0).overlap((-INF, 10_000), (12_000, 12_000))


def test_both_sides_open_overlap() -> None:
    assert Tolerance().overlap((80_000, INF), (85_000, INF))
