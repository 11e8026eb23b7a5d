"""Money: currencies, scales, minor units, hedges and vague amounts, and what is not money."""

from __future__ import annotations

import pytest
from conftest import TUE, one

from checker.values import find_values


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
        ("This ten-billion-dollar collider", 10_000_000_000, "USD", "ten-billion-dollar"),
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
    # nor millions of pounds of a force or a weight
    assert find_values("its engines make 3.2 million pounds-force (14 MN)", "money") == []
    assert find_values("some 3.2 million pounds of thrust at liftoff", "money") == []
    assert find_values("a cargo of 2 million pounds (907 tonnes) of grain", "money") == []
    assert [v.value for v in find_values("fined 2 million pounds (2.5 million dollars)", "money")] == [
        2_000_000,
        2_500_000,
    ]


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
    ],
)
def test_more_forms_and_news_guards(text: str, kind: str, expected: list[float]) -> None:
    assert [v.value for v in find_values(text, kind, TUE)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Damage$41.2 billion (2021 USD)", [(41_200_000_000, "USD")]),
        ("Damage> 12 billion (2019 USD)", [(12_000_000_000, "USD")]),  # the currency given after
        ("It cost 40 million (2010 EUR) to build", [(40_000_000, "EUR")]),
        ("losses of $3.1 billion ($5.2 billion in 2019 US dollars)", [(3.1e9, "USD"), (5.2e9, "USD")]),
        ("$900 million in constant 2015 dollars", [(900_000_000, "USD")]),
        ("She sold it for 1999 dollars in 2004.", [(1999, "USD")]),  # a price, not "in" a year's dollars
    ],
)
def test_the_year_of_the_prices_is_not_an_amount(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v.value, v.unit) for v in find_values(text, "money", TUE)] == expected


def test_a_range_holds_the_year_of_the_prices_between_its_ends() -> None:
    [damage] = find_values("Damage$41.2 billion (2021 USD) to $90 billion (2021 USD)", "money", TUE)
    assert (damage.low, damage.high, damage.qualifier, damage.unit) == (41.2e9, 90e9, "between", "USD")
    # two amounts in two sentences' worth of words stay two
    apart = "Damage$41.2 billion (2021 USD), said the agency, rising to $90 billion"
    assert [v.value for v in find_values(apart, "money", TUE)] == [41.2e9, 90e9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Losses reached T$208.0 (US$90.4) million (Table 1).", [(208_000_000, "TOP"), (90_400_000, "USD")]),
        ("The port cost NT$5 billion (US$160 million).", [(5_000_000_000, "TWD"), (160_000_000, "USD")]),
        ("Tickets went for J$ 300 each.", [(300, "JMD")]),
        ("He paid $300 (about half) to the firm.", [(300, "USD")]),  # no scale after the bracket
        ("The fund ($90 million) grew.", [(90_000_000, "USD")]),
    ],
)
def test_dollars_of_other_lands_and_a_scale_after_a_bracketed_restatement(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v.value, v.unit) for v in find_values(text, "money", TUE)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USAID Assistance to Haiti in FY 2031 $45,678,900", [(45_678_900, "USD")]),
        ("Total in 2031 € 12,500", [(12_500, "EUR")]),
        ("Tickets cost 30$ each.", [(30, "USD")]),  # a sign after the figure, nothing after it
    ],
)
def test_a_sign_before_a_figure_belongs_to_it_not_to_the_year_before(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v.value, v.unit) for v in find_values(text, "money", TUE)] == expected
