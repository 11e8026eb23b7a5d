"""Property-based tests of the readers: no text makes them raise, every span points into the text,
and a value written in a supported form reads back as itself."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import Value
from checker.sentences import MAX_SENTENCE, split
from checker.values import find_values, parse_all

KINDS = ("count", "number", "percent", "money", "year", "date")
FEW = settings(max_examples=200, deadline=None)

# Pieces that the readers react to, so that random texts reach deep into them.
PIECES = (
    *("0", "1", "7", "12", "45", "100", "2023", "1,200", "3.5", "1 234", ".5", "½", "3/4", "1e9"),
    *("1e400", "9" * 60, "2^", "x10^", "^-", "0^-1", "e-", "e+"),
    *(" ", "  ", "\n", ",", ".", "-", "–", "%", "$", "€", "£", "US$", "Rs.", "(", ")", ":", "/", "'"),
    *("one", "two", "twenty", "hundred", "thousand", "million", "billion", "lakh", "crore", "dozen"),
    *("a", "an", "and", "half", "quarter", "thirds", "point", "over", "in", "out of", "of"),
    *("hundreds", "tens of", "thousands", "several", "many", "a few", "scores"),
    *("percent", "per cent", "percentage points", "dollars", "cents", "euros", "pounds", "USD", "bn", "k"),
    *("about", "more than", "nearly", "up to", "between", "from", "to", "some", "~", "minus"),
    *("May", "may", "Feb.", "March", "Monday", "Sunday", "last", "next", "this", "week", "month"),
    *("year", "years", "ago", "yesterday", "the", "Mr.", "No.", "on", "since", "in 2019"),
    *("Ana Ruiz,", "said", "people", "deaths"),
)
texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join),
)
published = st.one_of(st.none(), st.dates())  # the ends of the calendar too


def assert_spans(text: str, values: list[Value]) -> None:
    for v in values:
        assert 0 <= v.start < v.end <= len(text), v
        assert text[v.start : v.end] == v.text, v
    starts = [v.start for v in values]
    assert starts == sorted(starts)


@FEW
@given(texts, published)
def test_no_text_makes_a_reader_raise_and_every_span_points_into_it(text: str, day: dt.date | None) -> None:
    for kind in KINDS:
        assert_spans(text, find_values(text, kind, day))
    assert_spans(text, parse_all(text, day))


@FEW
@given(texts)
def test_sentences_cover_the_text_within_the_cap(text: str) -> None:
    for s in split(text):
        assert 0 <= s.start < s.end <= len(text)
        assert len(s.text) == s.end - s.start <= MAX_SENTENCE


def only(text: str, kind: str) -> Value:
    values = find_values(text, kind, dt.date(2025, 2, 4))
    assert len(values) == 1, values
    assert_spans(text, values)
    return values[0]


# Written without commas, years (1800-2100) are read as years and "20250203" as a date, not counts.
COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
counts = st.integers(min_value=0, max_value=10**15).filter(
    lambda n: not 1800 <= n <= 2100 and not COMPACT_DATE.fullmatch(str(n))
)


@FEW
@given(counts, st.booleans())
def test_an_integer_reads_back(n: int, commas: bool) -> None:
    written = f"{n:,}" if commas else str(n)
    for kind in ("count", "number"):
        value = only(f"Officials said {written} people were affected.", kind)
        assert value.value == n and value.text == written


@FEW
@given(st.decimals(min_value=0, max_value=10**6, places=2), st.sampled_from(["%", " percent", " per cent"]))
def test_a_percent_reads_back(x: Decimal, sign: str) -> None:
    written = f"{x}{sign}"
    value = only(f"Turnout was {written} on the day.", "percent")
    assert value.unit == "%" and value.text == written
    assert isinstance(value.value, int | float)
    assert math.isclose(value.value, float(x), rel_tol=1e-12)


@FEW
@given(
    st.decimals(min_value=1, max_value=999, places=1),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("trillion", 10**12), ("", 1)]),
)
def test_dollars_read_back(x: Decimal, scale: tuple[str, int]) -> None:
    word, factor = scale
    written = f"${x} {word}".strip()
    value = only(f"The budget is {written} this year.", "money")
    assert value.unit == "USD" and value.text == written
    assert isinstance(value.value, int | float)
    assert math.isclose(value.value, float(x) * factor, rel_tol=1e-12)


@FEW
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_an_iso_date_reads_back(day: dt.date) -> None:
    value = only(f"The report was filed on {day.isoformat()} by the board.", "date")
    assert value.value == day.isoformat() and value.grain == "day"


@FEW
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_written_date_reads_back(day: dt.date) -> None:
    value = only(f"The report was filed on {day:%B} {day.day}, {day.year} by the board.", "date")
    assert value.value == day.isoformat()
