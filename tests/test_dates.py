"""Dates: days, months, weeks, relative dates resolved against publication, and what is not a date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import JAN2, MON, TUE, one

from checker.values import find_values


@pytest.mark.parametrize(
    ("text", "published", "value", "grain", "span"),
    [
        ("Feb. 3, 2025", None, "2025-02-03", "day", "Feb. 3, 2025"),
        ("February 3, 2025", None, "2025-02-03", "day", "February 3, 2025"),
        ("3 February 2025", None, "2025-02-03", "day", "3 February 2025"),
        ("2025-02-03", None, "2025-02-03", "day", "2025-02-03"),
        ("on 10/31/1974", None, "1974-10-31", "day", "10/31/1974"),
        ("Dec. 31 , 1994", None, "1994-12-31", "day", "Dec. 31 , 1994"),
        ("31-Oct-1974", None, "1974-10-31", "day", "31-Oct-1974"),
        ("Monday, April 7", TUE, "2024-04-07", "day", "Monday, April 7"),
        ("March 15", TUE, "2024-03-15", "day", "March 15"),
        ("Feb. 1", TUE, "2025-02-01", "day", "Feb. 1"),
        ("January 2023", None, "2023-01", "month", "January 2023"),
        ("in March 2022", None, "2022-03", "month", "March 2022"),
        ("on Monday", TUE, "2025-02-03", "day", "Monday"),
        ("Monday", TUE, "2025-02-03", "day", "Monday"),
        # written the day after, "last Monday" is the Monday of the week before ("Monday" is yesterday)
        ("last Monday", TUE, "2025-01-27", "day", "last Monday"),
        ("last Saturday's earthquake", TUE, "2025-02-01", "day", "last Saturday"),
        ("on Monday", MON, "2025-02-03", "day", "Monday"),
        ("last Monday", MON, "2025-01-27", "day", "last Monday"),
        ("on Tuesday", TUE, "2025-02-04", "day", "Tuesday"),
        ("on Wednesday", TUE, "2025-01-29", "day", "Wednesday"),
        ("yesterday", TUE, "2025-02-03", "day", "yesterday"),
        ("today", TUE, "2025-02-04", "day", "today"),
        ("last month", TUE, "2025-01", "month", "last month"),
        ("last month", JAN2, "2024-12", "month", "last month"),
        ("in November", JAN2, "2024-11", "month", "November"),
        ("in November", dt.date(2024, 11, 20), "2024-11", "month", "November"),
        ("in January", JAN2, "2025-01", "month", "January"),
        ("3 days ago", TUE, "2025-02-01", "day", "3 days ago"),
        ("a week ago", TUE, "2025-01-28", "day", "a week ago"),
        ("two weeks ago", TUE, "2025-01-21", "day", "two weeks ago"),
        ("three months ago", TUE, "2024-11-04", "day", "three months ago"),
        ("Tuesday of last week", TUE, "2025-01-28", "day", "Tuesday of last week"),
    ],
)
def test_dates(text: str, published: dt.date | None, value: str, grain: str, span: str) -> None:
    v = one(text, "date", published)
    assert (v.value, v.grain, v.text) == (value, grain, span)


def test_month_bounds() -> None:
    v = one("in February 2024", "date")
    assert (v.low, v.high) == ("2024-02-01", "2024-02-29")


def test_day_bounds_equal_value() -> None:
    v = one("Feb. 3, 2025", "date")
    assert v.low == v.high == "2025-02-03" and not v.relative


def test_last_week_is_a_range() -> None:
    v = one("last week", "date", TUE)
    assert (v.value, v.low, v.high, v.grain, v.relative) == (None, "2025-01-27", "2025-02-02", "week", True)


@pytest.mark.parametrize(
    "text",
    [
        "on Monday",
        "yesterday",
        "last week",
        "last month",
        "in November",
        "3 days ago",
        "March 15",
        "Monday, April 7",
    ],
)
def test_relative_dates_unresolved_without_published(text: str) -> None:
    v = one(text, "date")
    assert (v.value, v.low, v.high, v.unresolved, v.relative) == (None, None, None, True, True)


@pytest.mark.parametrize(
    "text",
    [
        "in 2023",
        "You may go.",
        "They march on.",
        "Most Read",
        "at 0:00",
        "Mondays are slow",
        "the Sunday Times",
        "the Easter Sunday attacks",  # a feast, not last Sunday
        "since the Good Friday agreement",
        "it may rain",
        "in the year 2000 people",
        "version 1.2.30",
        "his visit to Panama the day before",
        "the next day",
    ],
)
def test_not_dates(text: str) -> None:
    assert [v for v in find_values(text, "date", TUE) if v.grain in ("day", "month", "week")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on the 18th, police said", "2025-01-18"),
        ("May twenty nine", "2024-05-29"),
        ("fourth of July, 1995", "1995-07-04"),
        ("on 11/20", "2024-11-20"),
        ("two days before yesterday", "2025-02-01"),
        ("the first Monday of last month", "2025-01-06"),
        ("Sunday 31", "2024-03-31"),
    ],
)
def test_more_dates(text: str, value: str) -> None:
    assert [v.value for v in find_values(text, "date", TUE)] == [value]


@pytest.mark.parametrize(
    "text",
    ["In March two people died.", "the 18th century", "the score was 11/20"],
)
def test_more_not_dates(text: str) -> None:
    assert find_values(text, "date", TUE) == []


def test_weekday_then_a_count_is_no_day_of_month() -> None:
    assert [v.text for v in find_values("played on Sunday 31 times", "date", TUE)] == ["Sunday"]


def test_date_pre_checks_never_change_an_answer() -> None:
    from checker.values.dates import find_dates, search

    root = Path(__file__).resolve().parents[1]
    texts = [line for p in sorted(root.glob("**/articles/*.md")) for line in p.read_text().splitlines()]
    peers = root.parent / "shared" / "peer-cases"
    for path in sorted(peers.glob("*.jsonl")) if peers.is_dir() else []:
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()]
    texts += ["14april 2015", "on the 18th.", "2025-02-03", "3/4/2025", "in 5/2013", "20250203 filing"]
    for published in (dt.date(2025, 2, 4), None):
        assert [t for t in texts if find_dates(t, published) != search(t, published)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sentence that looks ahead reads a day of the next weeks in the year of publication
        ("The launch is planned for Saturday, Dec. 25.", "2031-12-25"),
        ("Controllers set the ferry's launch for Dec. 25.", "2031-12-25"),
        ("The vote will be held on Jan. 15.", "2032-01-15"),  # past the new year: the next one
        ("Talks are scheduled for Dec. 28-30.", "2031-12-28"),
        # otherwise the latest such day before publication
        ("The ferry sank on Dec. 25.", "2030-12-25"),
        ("The vote was held on Jan. 15.", "2031-01-15"),
        # a day that ends a period after "until" or "through" may be one to come
        ("The stopgap funds the government through Jan. 19.", "2032-01-19"),
        ("Offices stay open until Dec. 31.", "2031-12-31"),
        ("The strike lasted until Nov. 2.", "2031-11-02"),  # two months back, not ten ahead
        # looking ahead, a day more than two months away is still last year's
        ("The plan will follow the storm of Nov. 2.", "2031-11-02"),
        ("The plan will follow the storm of March 2.", "2031-03-02"),
    ],
)
def test_a_day_without_its_year_that_the_sentence_looks_ahead_to(text: str, value: str) -> None:
    assert str(find_values(text, "date", dt.date(2031, 12, 22))[0].value) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mourners will be able to file past until early Monday.", "2025-02-10"),
        ("The road will stay shut through Friday.", "2025-02-07"),
        ("The hall was open until Monday.", "2025-02-03"),  # no look ahead: the Monday before
        ("She said Monday that the road will reopen.", "2025-02-03"),  # a statement's day
    ],
)
def test_a_weekday_after_until_in_a_sentence_that_looks_ahead_is_the_next(text: str, value: str) -> None:
    assert str(find_values(text, "date", TUE)[0].value) == value


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("On 11 and 15 October, two more quakes struck.", ["2031-10-11", "2031-10-15"]),
        ("Rain fell on 12, 13 and 14 May.", ["2031-05-12", "2031-05-13", "2031-05-14"]),
        ("On October 11 and 15, two more quakes struck.", ["2031-10-11", "2031-10-15"]),
        # not a count after a month and its day, nor thousands after a year
        ("On October 11 and 15 people died.", ["2031-10-11"]),
        ("As of August 30, 2031, 6,053 fires had burned.", ["2031-08-30"]),
        # the seconds of a time before a date, and a list with no "and", list no days
        ("Date 14:46:23, 11 March 2031 (+09:00)", ["2031-03-11"]),
        ("Rain fell on 23, 24 May.", ["2031-05-24"]),
    ],
)
def test_the_days_of_a_list_that_shares_a_month_are_each_a_date(text: str, dates: list[str]) -> None:
    assert [v.value for v in find_values(text, "date", dt.date(2031, 11, 1))] == dates
    listed = {v.text for v in find_values(text, "date", dt.date(2031, 11, 1))}
    assert not [v for v in find_values(text, "count", dt.date(2031, 11, 1)) if v.text in listed]


@pytest.mark.parametrize(
    ("text", "days", "count"),
    [
        ("On 11 and 15 October, two more quakes struck.", ["11", "15 October"], ["two"]),
        ("Polls opened on 3, 5 and 9 March in the north.", ["3", "5", "9 March"], []),
    ],
)
def test_a_list_of_days_is_no_count_when_no_publication_date_gives_its_year(
    text: str, days: list[str], count: list[str]
) -> None:
    found = find_values(text, "date", None)
    assert [v.text for v in found] == days and all(v.unresolved for v in found)
    assert [v.text for v in find_values(text, "count", None)] == count


@pytest.mark.parametrize("published", [None, dt.date(2031, 11, 1)])
def test_a_comma_after_a_month_ends_the_date(published: dt.date | None) -> None:
    text = "On 15 October, 12 quakes struck the valley."
    assert [v.text for v in find_values(text, "date", published)] == ["15 October"]
    assert [v.value for v in find_values(text, "count", published)] == [12]


def test_a_model_s_number_after_a_month_s_name_is_no_day() -> None:
    found = find_values("It launched on a Long March 3B rocket on Dec. 8, 2018.", "date")
    assert [v.value for v in found] == ["2018-12-08"]
    assert find_values("a Long March-4C rocket", "date") == []


def test_a_day_without_its_year_takes_the_year_of_the_dated_day_just_after_it() -> None:
    late_2030 = dt.date(2030, 11, 20)
    text = "The booking window opens on May 5 and stays open through June 8, 2031."
    assert [v.value for v in find_values(text, "date", late_2030)] == ["2031-05-05", "2031-06-08"]
    # a day after the dated one, or one later in its year than it, keeps its reading
    text = "Released Mar 21, 2031 - six months since the Sept. 21 declaration, aid has flowed."
    assert [v.value for v in find_values(text, "date", dt.date(2031, 3, 21))] == ["2031-03-21", "2030-09-21"]
    text = "Talks opened on December 28 and closed on January 3, 2031."
    assert find_values(text, "date", dt.date(2031, 1, 10))[0].value == "2030-12-28"
