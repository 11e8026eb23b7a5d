"""Table-driven tests for checker.values: every form, hedge, vague amount, exclusion and relative date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from checker.models import Value
from checker.values import find_values, parse_all

TUE = dt.date(2025, 2, 4)  # a Tuesday
MON = dt.date(2025, 2, 3)
JAN2 = dt.date(2025, 1, 2)


def one(text: str, kind: str, published: dt.date | None = None) -> Value:
    values = find_values(text, kind, published)
    assert len(values) == 1, values
    assert text[values[0].start : values[0].end] == values[0].text
    return values[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrested 80,000 people", 80000),
        ("the 85 000 detainees", 85000),
        ("the 85\u00a0000 detainees", 85000),
        ("the 85\u202f000 detainees", 85000),
        ("the 85000 detainees", 85000),
        ("the nation's 6.4 million people", 6_400_000),
        ("1.4 billion people", 1_400_000_000),
        ("2.5bn viewers", 2_500_000_000),
        ("100k followers", 100_000),
        ("10 bln", 10_000_000_000),
        ("forty thousand prisoners", 40000),
        ("eighty-five thousand prisoners", 85000),
        ("two and a half million people", 2_500_000),
        ("a dozen guards", 12),
        ("half a dozen guards", 6),
        ("a million people", 1_000_000),
        ("half a million people", 500_000),
        ("a quarter million people", 250_000),
        ("one million and a half people", 1_500_000),
        ("two point two million", 2_200_000),
        ("twelve guards", 12),
        ("one hundred and five", 105),
        ("twenty-one trillion three hundred", 21_000_000_000_300),
        ("Twenty-six people die", 26),
        ("the 2,000 people", 2000),
    ],
)
def test_count_value(text: str, expected: int) -> None:
    v = one(text, "count")
    assert v.value == expected and v.low == expected and v.high == expected and v.qualifier is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens of people", 24, 99),
        ("Hundreds of inmates have died", 200, 999),
        ("thousands of inmates", 2000, 9999),
        ("tens of thousands of alleged gang members", 20000, 99999),
        ("hundreds of thousands of people", 200_000, 999_999),
        ("millions of people", 2_000_000, 999_999_999),
        ("housing thousands upon thousands of inmates", 2000, 999_999),
        ("many thousands of inmates", 2000, 999_999),
        ("several thousand inmates", 3000, 9999),
    ],
)
def test_vague_amounts(text: str, low: int, high: int) -> None:
    v = one(text, "count")
    assert (v.value, v.low, v.high, v.vague) == (None, low, high, True)


def test_many_thousands_compatible_with_40000() -> None:
    v = one("a prison for many thousands", "count")
    assert isinstance(v.low, int) and isinstance(v.high, int) and v.low <= 40000 <= v.high


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
    ],
)
def test_qualifiers(text: str, qualifier: str, low: int, high: int | None, span: str) -> None:
    v = one(text, "count")
    assert (v.qualifier, v.low, v.high, v.text) == (qualifier, low, high, span)


def test_range_has_no_single_value() -> None:
    assert one("between 20 and 30 guards", "count").value is None


def test_change_is_not_a_range() -> None:
    assert [v.value for v in find_values("rose from 20 to 30", "count")] == [20, 30]


def test_up_to_has_open_low_for_plain_numbers() -> None:
    assert one("up to 40,000", "number").low is None


@pytest.mark.parametrize(
    "text",
    [
        "in 2023",
        "the 2022 state of emergency",
        "CPAC 2024",
        "Feb. 3, 2025",
        "February 5, 2025",
        "3 February 2025",
        "2025-02-03",
        "91 percent",
        "a 90% approval rating",
        "$80 billion",
        "0:00",
        "at 3:30 p.m.",
        "at 3pm",
        "the 18th",
        "the second time",
        "MS-13",
        "COVID-19",
        "G-20",
        "h20eiHPNlw",
        "192.168.1.2",
        "call 555-123-4567",
        "Following the three-hour meeting",
        "a seven-story building",
        "a 27-year-old man",
        "no one knows",
        "a prison he opened two years ago",
        "three days ago",
        "the 1980s",
        "the 2024-25 budget",
        "Angelina Ruiz, 55, said her son was detained",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_values(text, "count") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The center holds 40,000 prisoners, and had 12,000 inmates as of late 2023.", [40000, 12000]),
        ("the 85,000 Salvadorans apprehended under the 2022 state of emergency", [85000]),
        ("jailing nearly 2% of the nation's 6.4 million people", [6_400_000]),
        ("at least 261 prison deaths between 2022 and 2024", [261]),
        ("hold up to 40,000 inmates, some of them as young as 12", [40000, 12]),
        ("Murders fell to a record low 114 in 2024", [114]),
        ("On Feb. 3, 2025, 300 people marched", [300]),
    ],
)
def test_counts_in_sentences(text: str, expected: list[int]) -> None:
    assert [v.value for v in find_values(text, "count")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a drop of -4 points", -4),
        ("minus five", -5),
        ("4.800", 4.8),
        (".08", 0.08),
    ],
)
def test_number_kind_reads_signs_and_decimals(text: str, expected: float) -> None:
    assert one(text, "number").value == expected


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
    ("text", "value", "unit", "span"),
    [
        ("the potential $80 billion deportation budget", 80_000_000_000, "USD", "$80 billion"),
        ("a US$1.4bn loan", 1_400_000_000, "USD", "US$1.4bn"),
        ("USD 5 million in aid", 5_000_000, "USD", "USD 5 million"),
        ("6 million dollars in aid", 6_000_000, "USD", "6 million dollars"),
        ("I meant €10B", 10_000_000_000, "EUR", "€10B"),
        ("cotton for £2,000", 2000, "GBP", "£2,000"),
        ("valued at $13,009 million in 2013", 13_009_000_000, "USD", "$13,009 million"),
        ("1.5 million euros", 1_500_000, "EUR", "1.5 million euros"),
        ("rose to $ 254 million.", 254_000_000, "USD", "$ 254 million"),
        ("a $1.4 billion deal", 1_400_000_000, "USD", "$1.4 billion"),
        ("C$ 300 million charge", 300_000_000, "CAD", "C$ 300 million"),
        ("361 million pounds profit", 361_000_000, "GBP", "361 million pounds"),
        ("down 50 cents", 0.5, "USD", "50 cents"),
        ("20 Rupees", 20, "INR", "20 Rupees"),
        ("528 million francs", 528_000_000, "FRF", "528 million francs"),
        ("115USD", 115, "USD", "115USD"),
    ],
)
def test_money(text: str, value: float, unit: str, span: str) -> None:
    v = one(text, "money")
    assert (v.value, v.unit, v.text) == (value, unit, span)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("more than $ 247 million", "more_than", 247_000_000, None),
        ("between $1 billion and $2 billion", "between", 1_000_000_000, 2_000_000_000),
        ("$20-30 million", "between", 20_000_000, 30_000_000),
        ("about $100", "about", 90, 110),
    ],
)
def test_money_hedges(text: str, qualifier: str, low: int, high: int | None) -> None:
    v = one(text, "money")
    assert (v.qualifier, v.low, v.high) == (qualifier, low, high)


def test_money_vague() -> None:
    v = one("billions of dollars", "money")
    assert (v.value, v.vague, v.unit, v.low) == (None, True, "USD", 2_000_000_000)


def test_pounds_of_weight_are_not_money() -> None:
    assert find_values("he lost 50 pounds", "money") == []


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
        ("last Monday", TUE, "2025-02-03", "day", "last Monday"),
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
    ("text", "expected"),
    [
        ("two thirds of voters", 2 / 3),
        ("a third of the inmates", 1 / 3),
        ("one-fifth of the budget", 0.2),
        ("three quarters of them", 0.75),
        ("two and a half", 2.5),
        ("1/4 of them", 0.25),
    ],
)
def test_fractions_are_numbers(text: str, expected: float) -> None:
    assert one(text, "number").value == pytest.approx(expected)


@pytest.mark.parametrize("text", ["two thirds of voters", "a quarter of them", "1/4 of them", "a third term"])
def test_fractions_are_not_counts(text: str) -> None:
    assert find_values(text, "count") == []


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


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("it cost 20 dollars 43 cents", "money", [20.43]),
        ("$20 and 43c", "money", [20.43]),
        ("75 USD million", "money", [75_000_000]),
        ("30 MUSD", "money", [30_000_000]),
        ("Rs 500 cr", "money", [5_000_000_000]),
        ("he won $5 million and two cars", "money", [5_000_000]),
        ("Euro 2024 final", "money", []),
        ("We will try one more time.", "money", []),
        ("4 thousand 3 hundred and 21", "number", [4321]),
        ("three lakh crore", "number", [3 * 10**12]),
        ("1.3e6", "number", [1_300_000]),
        ("one over three", "number", [pytest.approx(1 / 3)]),
        ("six million and two thirds", "count", [pytest.approx(6_666_666.67)]),
        ("a couple of guards", "count", [2]),
        ("two thousand people marched", "year", []),
        ("They left in nineteen ninety six", "year", [1996]),
    ],
)
def test_more_forms_and_news_guards(text: str, kind: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, kind, TUE)] == expected


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
