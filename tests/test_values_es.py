"""Spanish values: digits by the Spanish convention, number words, hedges, percents, money, years and
dates (lang "es"); every Spanish date form's examples; English readings unchanged by the same text."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.models import Qualifier
from checker.values import find_values
from checker.values.dateform import DateForm
from checker.values.dates import find_dates, search
from checker.values.dates_es import FORMS_ES, triggers_es

TUE = dt.date(2025, 2, 4)  # a Tuesday, as in the English tests


def read(text: str, kind: str, published: dt.date | None = TUE) -> list[object]:
    return [v.value for v in find_values(text, kind, published, "es")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("más de 80.000 personas", 80000),
        ("85 mil detenidos", 85000),
        ("6,4 millones de habitantes", 6400000),
        ("40 000 reos", 40000),
        ("40\u202f000 reos", 40000),
        ("un millón de personas", 1000000),
        ("ochenta mil detenidos", 80000),
        ("ochenta y cinco mil detenidos", 85000),
        ("dos mil millones", 2000000000),
        ("1.234.567,5 metros", 1234567.5),
        ("1,234,567 votos", 1234567),  # two comma groups: never a decimal
        ("6.4 millones", 6400000),  # a dot before one digit: a decimal point
        ("2 millones y medio", 2500000),
        ("medio millón de votos", 500000),
        ("veintitrés presos", 23),
        ("veintitres presos", 23),
        ("un billón", 10**12),  # the long scale: a million millions
        ("10k", 10000),
    ],
)
def test_numbers_follow_the_spanish_convention(text: str, value: float) -> None:
    assert read(text, "number")[:1] == [value]


def test_a_bare_un_is_an_article_and_fractions_are_numbers_not_counts() -> None:
    assert read("un tribunal y una cárcel", "count") == []
    assert read("dos tercios de la población", "number") == [pytest.approx(2 / 3)]
    assert read("dos tercios de la población", "count") == []
    assert read("ganó un tercer mandato", "number") == []  # an ordinal
    assert read("siete con cincuenta", "number") == [7.5]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("miles de presos", 2000, 9999),
        ("decenas de miles de detenidos", 20000, 99999),
        ("cientos de reos", 200, 999),
        ("miles de millones de personas", 2 * 10**9, 10**12 - 1),
    ],
)
def test_vague_amounts_are_ranges(text: str, low: int, high: int) -> None:
    [v] = find_values(text, "count", TUE, "es")
    assert (v.value, v.low, v.high, v.vague) == (None, low, high, True)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("más de 80.000", Qualifier.MORE_THAN, 80000, None),
        ("al menos 261", Qualifier.AT_LEAST, 261, None),
        ("por lo menos 261", Qualifier.AT_LEAST, 261, None),
        ("casi 2.000", Qualifier.NEARLY, 1800, 2000),
        ("cerca de 2.000", Qualifier.NEARLY, 1800, 2000),
        ("hasta 40.000", Qualifier.UP_TO, 0, 40000),
        ("unos 1.000", Qualifier.ABOUT, 900, 1100),
        ("alrededor de 1.000", Qualifier.ABOUT, 900, 1100),
        ("menos de 100", Qualifier.LESS_THAN, 0, 100),
    ],
)
def test_hedges(text: str, qualifier: Qualifier, low: int, high: int | None) -> None:
    [v] = find_values(text + " personas", "count", TUE, "es")
    assert (v.qualifier, v.low, v.high, v.text) == (qualifier, low, high, text)


def test_ranges_and_changes() -> None:
    [v] = find_values("entre 20.000 y 30.000 presos", "count", TUE, "es")
    assert (v.qualifier, v.low, v.high) == (Qualifier.BETWEEN, 20000, 30000)
    assert read("pasó de 20.000 a 30.000 presos", "count") == [20000, 30000]  # a change, no range


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("el 91 % de los encuestados", 91, None),
        ("el 91% de los encuestados", 91, None),
        ("un 91 por ciento", 91, None),
        ("casi el 2 % de la población", 2, Qualifier.NEARLY),
        ("más del 90 % lo aprueba", 90, Qualifier.MORE_THAN),
        ("creció 2,5 puntos porcentuales", 2.5, None),
    ],
)
def test_percents(text: str, value: float, qualifier: Qualifier | None) -> None:
    [v] = find_values(text, "percent", TUE, "es")
    assert (v.value, v.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("US$ 6 millones", 6000000, "USD"),
        ("6 millones de dólares", 6000000, "USD"),
        ("$ 80.000", 80000, "USD"),
        ("15 dólares y 15 centavos", 15.15, "USD"),
        ("25 euros", 25, "EUR"),
        ("un dólar", 1, "USD"),
        ("1.400 millones de dólares", 1400000000, "USD"),
    ],
)
def test_money(text: str, value: float, unit: str) -> None:
    [v] = find_values(text, "money", TUE, "es")
    assert (v.value, v.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("inaugurada en 2023", 2023),
        ("abrió hace un año", 2024),
        ("hace dos años", 2023),
        ("el año pasado", 2024),
        ("este año", 2025),
        ("en dos mil diecinueve", 2019),
    ],
)
def test_years(text: str, value: int) -> None:
    assert read(text, "year") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el 3 de febrero de 2025", "2025-02-03"),
        ("el 3 de febrero", "2025-02-03"),
        ("el lunes", "2025-02-03"),
        ("el lunes pasado", "2025-02-03"),
        ("ayer", "2025-02-03"),
        ("hace tres semanas", "2025-01-14"),
        ("en noviembre", "2024-11"),
        ("el mes pasado", "2025-01"),
        ("en febrero de 2023", "2023-02"),
        ("el 3/2/2025", "2025-02-03"),  # day first
    ],
)
def test_dates(text: str, value: str) -> None:
    assert read(text, "date") == [value]


def test_relative_dates_need_a_publication_date() -> None:
    [v] = find_values("el lunes", "date", None, "es")
    assert (v.value, v.unresolved) == (None, True)


def test_a_range_of_days_run_together_by_a_dash_is_one_date_range() -> None:
    [v] = find_values("Fecha | 31 de enero-12 de febrero de 2024 |", "date", None, "es")
    assert (v.value, v.low, v.high) == ("2024-01-31", "2024-01-31", "2024-02-12")  # no year "-12"
    [v] = find_values("1–5 de febrero de 2024", "date", None, "es")
    assert (v.low, v.high) == ("2024-02-01", "2024-02-05")
    assert read("el 3 al 9 de junio de 2021", "date") == ["2021-06-09"]  # "al" needs "del"


def test_english_reading_of_the_same_text_is_unchanged() -> None:
    assert [v.value for v in find_values("80.000 people", "count", TUE)] == [80]
    assert find_values("el 3 de febrero", "date", TUE) == []


CASES = [(f, e) for f in FORMS_ES for e in f.examples]


def test_every_spanish_form_has_an_example_and_a_unique_name() -> None:
    assert all(f.examples for f in FORMS_ES)
    assert len({f.name for f in FORMS_ES}) == len(FORMS_ES)


@pytest.mark.parametrize(("form", "example"), CASES, ids=[f"{f.name}:{e.text}" for f, e in CASES])
def test_spanish_form_reads_its_example(form: DateForm, example) -> None:  # type: ignore[no-untyped-def]
    own = form.find(example.text, example.published)
    whole = find_dates(example.text, example.published, "es")
    if example.value is None:
        assert [v.value for v in own if v.value is not None] == []
        return
    assert example.value in [v.value for v in own], f"{form.name} does not read {example.text!r}"
    assert example.value in [v.value for v in whole], f"the full search loses {example.text!r}"
    assert form.needs & triggers_es(example.text), f"{form.name}'s cheap check rejects {example.text!r}"
    assert find_dates(example.text, example.published, "es") == search(
        example.text, example.published, FORMS_ES
    )
