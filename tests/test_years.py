"""Years: written, relative ("a year ago") and what is not a year."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import JAN2, TUE, one

from checker.values import find_values


@pytest.mark.parametrize(
    ("text", "published", "years"),
    [
        ("in 2023", None, [2023]),
        ("the 2022 state of emergency", None, [2022]),
        ("in March 2022", None, [2022]),
        ("Feb. 3, 2025", None, [2025]),
        ("between 2022 and 2024", None, [2022, 2024]),
        ("a prison he opened a year ago", TUE, [2024]),
        ("one year ago", TUE, [2024]),
        ("two years ago", TUE, [2023]),
        ("last year", TUE, [2024]),
        ("this year", TUE, [2025]),
        ("last year", JAN2, [2024]),
        ("2,023 cases", None, []),
        ("2023 percent", None, []),
        ("$2023", None, []),
        ("3,000 people", None, []),
    ],
)
def test_years(text: str, published: dt.date | None, years: list[int]) -> None:
    found = find_values(text, "year", published)
    assert [v.value for v in found] == years
    assert all(v.grain == "year" and v.low == v.high == v.value for v in found)


def test_relative_year_unresolved_without_published() -> None:
    v = one("a year ago", "year")
    assert (v.value, v.low, v.high, v.relative, v.unresolved) == (None, None, None, True, True)


def test_relative_year_marked_relative() -> None:
    v = one("last year", "year", TUE)
    assert v.relative and not v.unresolved


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("two thousand people marched", "year", []),
        ("They left in nineteen ninety six", "year", [1996]),
    ],
)
def test_more_forms_and_news_guards(text: str, kind: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, kind, TUE)] == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The town was founded in 1776.", [1776]),
        ("the Act of 1707, which joined them", [1707]),
        ("Built in 1500 homes were lost", []),  # a count after "in", before the noun it counts
        ("Call 1066 for help", []),  # no word that introduces a year
    ],
)
def test_years_before_1800_after_a_word_that_introduces_a_year(text: str, years: list[int]) -> None:
    assert [v.value for v in find_values(text, "year")] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("the first games since1972to be held on the island", [1972]),  # spaces lost around a link
        ("the2004games began in September", [2004]),
        ("The bridge was introduced in2011.", [2011]),
        ("theory2019 and offset2020x", []),  # no word that introduces a year: a code
        ("since20115 units", []),  # more digits: no year
    ],
)
def test_a_year_run_into_the_word_that_introduces_it(text: str, years: list[int]) -> None:
    assert [v.value for v in find_values(text, "year")] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Funding lapsed on the first day of FY2026.", [2026]),
        ("the first since1968to be held", [1968]),
        ("Budgets for CY2025 were cut.", [2025]),
        ("Founded1850\nDefunct2008", [1850, 2008]),  # an infobox's labels run into their years
        ("Construction start1963\nConstruction end1967", [1963, 1967]),
        ("Deaths2021", []),  # a label of no time: a count
    ],
)
def test_a_year_run_into_the_word_or_abbreviation_before_it(text: str, years: list[int]) -> None:
    assert [v.value for v in find_values(text, "year")] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("cars of the model years 2009-2015 were recalled", [2009, 2015]),  # a span with a hyphen
        ("in the 2019-2020 season", [2019, 2020]),
        ("ISBN 978-1-2009-2015-3", []),  # inside a code
        ("order 2015-2009 filed", [2015]),  # no span runs backwards
        ("the 2019-20 season", [2019]),
    ],
)
def test_a_span_of_years_written_with_a_hyphen_gives_both(text: str, years: list[int]) -> None:
    assert [v.value for v in find_values(text, "year")] == years


@pytest.mark.parametrize(
    ("text", "years", "counts"),
    [
        ("The blasts wounded over 1800 others.", [], [1800]),
        ("Some 2000 people fled the town in 2004.", [2004], [2000]),
        # a year stays a year without the hedge, or without the people after it
        ("In 2019 people voted early.", [2019], []),
        ("It was built in about 1900 and rebuilt in 1950.", [1900, 1950], []),
    ],
)
def test_a_hedged_figure_before_the_people_it_counts_is_no_year(
    text: str, years: list[int], counts: list[int]
) -> None:
    assert [v.value for v in find_values(text, "year")] == years
    assert [v.value for v in find_values(text, "count")] == counts
