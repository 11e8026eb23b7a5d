"""Every word of the vocabulary reads through every path that uses it, and the drifted-vocabulary
readings stay fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.values import find_values, vocab
from checker.values.currencies import MINOR, WORDS

TUE = dt.date(2025, 2, 4)
WORD_SCALES = sorted(w for w in vocab.SCALES if w not in vocab.DIGIT_ONLY_SCALES)
BIG_WORDS = sorted(w for w in vocab.BIG if w not in vocab.DIGIT_ONLY_SCALES)


def one(text: str, kind: str, published: dt.date | None = TUE) -> object:
    found = find_values(text, kind, published)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("word", sorted(vocab.SMALL))
def test_number_words_are_counts(word: str) -> None:
    assert one(f"they found {word} boats", "number").value == vocab.SMALL[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(vocab.SCALES))
def test_scales_multiply_digits(word: str) -> None:
    assert one(f"they counted 3 {word} boats", "count").value == 3 * vocab.SCALES[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", WORD_SCALES)
def test_scales_multiply_number_words(word: str) -> None:
    assert one(f"they counted two {word} boats", "count").value == 2 * vocab.SCALES[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", BIG_WORDS)
def test_half_and_two_thirds_of_a_scale(word: str) -> None:
    assert one(f"half a {word} people", "count").value == vocab.BIG[word] // 2  # type: ignore[attr-defined]
    two_thirds = one(f"two thirds of a {word} people", "count")
    assert two_thirds.value == pytest.approx(vocab.BIG[word] * 2 / 3)  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", BIG_WORDS)
def test_money_scales_and_no_year(word: str) -> None:
    money = one(f"it cost $3 {word}", "money")
    assert (money.value, money.unit) == (3 * vocab.BIG[word], "USD")  # type: ignore[attr-defined]
    assert find_values(f"about 2023 {word} people", "year") == []


@pytest.mark.parametrize("word", sorted(vocab.VAGUE))
def test_vague_amounts_are_ranges(word: str) -> None:
    value = one(f"{word.capitalize()} of people came", "count")
    assert (value.value, value.low, value.high) == (None, *vocab.VAGUE[word])  # type: ignore[attr-defined]


def test_scores_alone_is_no_amount() -> None:
    assert find_values("the test scores rose", "count") == []


@pytest.mark.parametrize("n", range(1, 13))
def test_months_read_in_every_form(n: int) -> None:
    name = vocab.MONTHS[n - 1]
    short = [a for a, m in vocab.MONTH_ABBREVIATIONS.items() if m == n]
    for form in [f"{name} 3, 2024", f"3 {name} 2024", *(f"{a}. 3, 2024" for a in short)]:
        assert one(f"it was on {form}", "date").value == f"2024-{n:02d}-03", form  # type: ignore[attr-defined]
    assert one(f"back in {name} 2020", "date").value == f"2020-{n:02d}"  # type: ignore[attr-defined]
    assert one(f"it happened since {name}", "date").grain == "month"  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", vocab.WEEKDAYS)
def test_weekdays_resolve_to_the_latest_such_day(name: str) -> None:
    day = one(f"they met on {name}", "date").value  # type: ignore[attr-defined]
    assert dt.date.fromisoformat(day).strftime("%A") == name and dt.date.fromisoformat(day) <= TUE


@pytest.mark.parametrize("word", sorted(vocab.COUNT_WORDS))
def test_count_words_in_relative_dates(word: str) -> None:
    n = vocab.COUNT_WORDS[word]
    assert one(f"it opened {word} years ago", "year").value == TUE.year - n  # type: ignore[attr-defined]
    assert one(f"it opened {word} weeks ago", "date").value == (TUE - dt.timedelta(weeks=n)).isoformat()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("qualifier", "phrase"), [(q, p) for q, ps in vocab.QUALIFIERS.items() for p in ps])
def test_every_hedge_is_read(qualifier: str, phrase: str) -> None:
    assert one(f"they counted {phrase} 500 boats", "count").qualifier == qualifier  # type: ignore[attr-defined]


@pytest.mark.parametrize("word", sorted(w for w in WORDS if w.isalpha() and w != "pound"))
def test_currency_words(word: str) -> None:
    value = one(f"it cost 5 million {word}s", "money")
    assert value.unit == WORDS[word]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "word", sorted(w for w, (code, _) in MINOR.items() if code == "USD" and w.isalpha() and len(w) > 1)
)
def test_minor_units_join_the_amount(word: str) -> None:
    factor = MINOR[word][1]
    assert one(f"it cost 20 dollars 4 {word}s", "money").value == pytest.approx(20 + 4 * factor)  # type: ignore[attr-defined]
