"""Counts and plain numbers: digits, words, fractions, vague amounts ("hundreds"); what is not a count."""

from __future__ import annotations

import pytest
from conftest import TUE, one

from checker.values import find_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrested 80,000 people", 80000),
        ("the 85 000 detainees", 85000),
        ("the 85\u00a0000 detainees", 85000),
        ("the 85\u202f000 detainees", 85000),
        ("the 40 000 detainees", 40000),  # one group after a plain space: only "000"
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
    ("text", "value"),
    [("Following the three-hour meeting", 3), ("a seven-story building", 7), ("a 27-year-old man", 27)],
)
def test_a_whole_number_run_into_its_noun_is_a_count_for_the_rule_to_judge(text: str, value: int) -> None:
    # whether it counts the fact's thing depends on the rule's cue (see test_real_text); a decimal
    # run into its noun ("a 7.8-magnitude quake") is never a count
    assert [v.value for v in find_values(text, "count")] == [value]
    assert find_values("a 7.8-magnitude quake", "count") == []


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
        ("Seats won 365 202", [365, 202]),  # two columns of a row, not 365,202
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


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("3½ million workers", "count", 3_500_000),
        ("3½ million workers", "number", 3_500_000),
        ("a 2 1/2 billion budget", "number", 2_500_000_000),
        ("about ¾ million", "number", 750_000),
    ],
)
def test_a_fraction_in_digits_takes_the_scale_word_after_it(text: str, kind: str, expected: float) -> None:
    assert [v.value for v in find_values(text, kind)] == [expected]


@pytest.mark.parametrize("text", ["two thirds of voters", "a quarter of them", "1/4 of them", "a third term"])
def test_fractions_are_not_counts(text: str) -> None:
    assert find_values(text, "count") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("4 thousand 3 hundred and 21", "number", [4321]),
        ("three lakh crore", "number", [3 * 10**12]),
        ("1.3e6", "number", [1_300_000]),
        ("one over three", "number", [pytest.approx(1 / 3)]),
        ("six million and two thirds", "count", [pytest.approx(6_666_666.67)]),
        ("a couple of guards", "count", [2]),
    ],
)
def test_more_forms_and_news_guards(text: str, kind: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, kind, TUE)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Site: 41°24′12″N 2°10′26″E", [41.40333, 2.17389]),
        ("at 51°30'N 0°7'W", [51.5, 0.11667]),
        ("an angle of 40° to the north", [40]),  # no minutes and no hemisphere: a plain figure
    ],
)
def test_degrees_minutes_and_seconds_read_as_decimal_degrees(text: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, "number", TUE)] == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Area burned: 2.35 e6ha (as of May 3)", [2_350_000]),
        ("It flew 4.1 e6mi in all.", [4_100_000]),
        ("He said 3 e6 things.", [3]),  # not glued to a unit: no template left over
    ],
)
def test_a_scale_left_by_an_unrendered_template_multiplies(text: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, "number", TUE)] == expected


@pytest.mark.parametrize("text", ["an EF3 tornado", "Max. rating1EF3 tornado", "a GT3 car", "the MK2 design"])
def test_capitals_run_into_a_figure_make_a_name(text: str) -> None:
    assert find_values(text, "count") == []


@pytest.mark.parametrize(("text", "expected"), [("NZ$3 million", 3_000_000), ("USD5 million", 5_000_000)])
def test_a_currency_code_run_into_a_figure_keeps_it_an_amount(text: str, expected: int) -> None:
    assert [v.value for v in find_values(text, "money")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total capacity4,120×10^6 m3", [4_120_000_000]),
        ("about 2.5 x 10^3 tonnes", [2500]),
        ("an estimated 12 e6m3 of water", [12_000_000]),
    ],
)
def test_a_power_of_ten_after_a_figure_scales_it(text: str, expected: list[int]) -> None:
    assert [v.value for v in find_values(text, "number", TUE)] == expected


@pytest.mark.parametrize(
    "text", ["a magnitude 5.9 aftershock", "an average of 2.5 children", "17The mayor spoke."]
)
def test_a_decimal_without_a_scale_and_a_line_number_run_into_a_word_are_no_counts(text: str) -> None:
    assert find_values(text, "count") == []


def test_percentage_points_run_into_a_figure_leave_it_a_number() -> None:
    assert [v.value for v in find_values("Swing Increase 0.8pp Decrease 2.3pp", "number")] == [0.8, 2.3]
    assert find_values("a 3PP rise", "number") == []  # capitals: a code, not points


def test_a_capitalised_word_run_into_a_figure_inside_a_line_leaves_the_figure_a_count() -> None:
    # a page that lost its spaces around a link
    text = "Over 4,000 runners from 61National Federations took part."
    assert [v.value for v in find_values(text, "count")] == [4000, 61]
    # a figure at a line's start is the line's number
    assert find_values("Notes\n61National Federations took part.", "count") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("2.5 to 3 million people", 2_500_000, 3_000_000), ("1.5 million", 1_500_000, 1_500_000)],
)
def test_a_decimal_with_a_scale_word_of_its_own_or_its_partners_is_a_count(
    text: str, low: int, high: int
) -> None:
    [value] = find_values(text, "count")
    assert (value.low, value.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FatalitiesNone", [0]),
        ("Deaths: None", [0]),
        ("| Injuries | none |", [0]),
        ("None of the victims were named.", []),
        ("There were none.", []),
        ("in one of the most intense outbreaks", []),
        ("one of the deadliest storms", []),
        ("one of the victims", [1]),
        ("two shocks, one with a magnitude of 6.1", [2]),  # "one with a" picks one of them out
        ("one person with an injury", [1]),
    ],
)
def test_a_rows_none_is_zero_and_one_of_a_class_is_no_count(text: str, expected: list[int]) -> None:
    assert [v.value for v in find_values(text, "count")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juno was confirmed in orbit at 0353 UTC.", []),
        ("its final advisory at 10:00 a.m. EST (1500 UTC) that day", []),
        ("about 1500 people waited", [1500]),  # no time zone: an amount
        ("at 2560 UTC", [2560]),  # no hour of a day
    ],
)
def test_four_digits_before_a_time_zone_are_a_clock_time(text: str, expected: list[int]) -> None:
    assert [v.value for v in find_values(text, "count")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mass 100kg", [100]),
        ("Distance:56.7km (35.2miles)", [56.7, 35.2]),
        ("Lowest pressure 908mbar (hPa)", [908]),
        ("winds of 185km/h", [185]),
        ("the F-16 jets", []),  # a name, not an amount
        ("an Airbus A320-214 jet", []),  # a model's variant, no amount
        ("a 40-minute climb to 38,000 feet", [40, 38_000]),
    ],
)
def test_a_unit_run_into_its_figure_keeps_the_figure(text: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, "number")] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He won the 100m final in 9.58s.", [100, 9.58]),  # metres of a race, seconds run in
        ("the 200m freestyle and the 400m hurdles", [200, 400]),
        ("a £100m deal and 100m people", [100_000_000]),  # millions elsewhere (the £ is money)
        ("in the 1990s", []),  # a decade, not seconds
    ],
)
def test_a_race_s_metres_and_seconds_run_into_their_figures(text: str, values: list[float]) -> None:
    assert [v.value for v in find_values(text, "number")] == values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a row's figures run together where a mirror dropped the cells' spaces
        ("Popular vote18,768,63913,288,686", "count", [18_768_639, 13_288_686]),
        ("Total votes13,062,917100.00%", "count", [13_062_917]),
        ("Total votes13,062,917100.00%", "percent", [100.0]),
        ("Registered voters/turnout34,899,94537.43%", "percent", [37.43]),
        # a figure whose groups are all of three stays whole; a bad group is no run of figures
        ("1,234,567 people", "count", [1_234_567]),
        ("12,34,567 people", "count", [1_234_567]),
        ("code 1,2345", "count", [1, 2345]),
    ],
)
def test_figures_run_together_in_a_row_are_parted_at_their_groups(
    text: str, kind: str, expected: list[float]
) -> None:
    assert [v.value for v in find_values(text, kind)] == expected
