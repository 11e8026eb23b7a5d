"""Every word of the Spanish vocabulary reads through the paths that use it."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.values import find_values, vocab_es

TUE = dt.date(2025, 2, 4)


def one(text: str, kind: str) -> object:
    found = find_values(text, kind, TUE, "es")
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("word", sorted(w for w in vocab_es.SMALL if w not in ("un", "una")))
def test_number_words_are_numbers(word: str) -> None:
    assert one(f"encontraron {word} barcos", "number").value == vocab_es.SMALL[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab_es.SCALES))
def test_scales_multiply_digits(word: str) -> None:
    assert one(f"contaron 3 {word} barcos", "count").value == 3 * vocab_es.SCALES[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab_es.VAGUE))
def test_vague_words_are_ranges(word: str) -> None:
    value = one(f"llegaron {word} de barcos", "count")
    assert (value.low, value.high) == vocab_es.VAGUE[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab_es.MONTH_NUMBERS))
def test_months(word: str) -> None:
    value = one(f"el 3 de {word} de 2020", "date")
    assert value.value == f"2020-{vocab_es.MONTH_NUMBERS[word]:02d}-03"  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab_es.WEEKDAYS))
def test_weekdays(word: str) -> None:
    day = one(f"llegó el {word}", "date").value  # type: ignore[attr-defined]
    assert dt.date.fromisoformat(str(day)).weekday() == vocab_es.WEEKDAYS[word]


@pytest.mark.parametrize(
    ("qualifier", "phrase"), [(q, p) for q, ps in vocab_es.QUALIFIERS.items() for p in ps]
)
def test_hedges(qualifier: object, phrase: str) -> None:
    assert one(f"{phrase} 500 presos", "count").qualifier == qualifier  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab_es.CURRENCY_WORDS))
def test_currency_words(word: str) -> None:
    value = one(f"pagaron 3 millones de {word}", "money")
    assert value.unit == vocab_es.CURRENCY_WORDS[word]  # type: ignore[attr-defined]
