"""Matching and choosing: cues (fuzzy), near/exclude, and ranking the right figure above distractors."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import article, make_rule

from checker.cues import Phrase, Words, stem
from checker.extract import extract
from checker.rulebook import Rule
from checker.select import FactMatcher


def fact(
    kind: str, cues: tuple[str, ...], near: tuple[str, ...] = (), exclude: tuple[str, ...] = (), **kw: object
) -> Rule:
    return make_rule("f", kind, cues, near=near, exclude=exclude, **kw)


def chosen(rule: Rule, text: str, published: dt.date | None = None) -> list[object]:
    return [
        m.value.value if m.value.value is not None else (m.value.low, m.value.high)
        for m in extract(article(text, published=published), [FactMatcher(rule)])["f"]
    ]


CAPACITY = fact(
    "count",
    ("capacity", "hold up to", "built to house"),
    near=("prison", "center", "CECOT"),
    exclude=("Guantanamo",),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The center has a capacity for 40,000 prisoners, and had 12,000 inmates as of late 2023.", [40000]),
        ("The center had 12,000 inmates as of late 2023 and has a capacity for 40,000.", [40000]),
        ("The prison, built to house 40,000 people, held 12,000 in 2023.", [40000]),
        ("CECOT is big enough to hold up to 40,000 inmates, some of them as young as 12.", [40000]),
        ("The US plans to hold up to 30,000 migrants at Guantanamo, a prison in Cuba.", []),
        ("Its capacity is 40,000.", []),  # no `near` term
        ("The prison is huge. It has a capacity of 40,000.", [40000]),  # a short line: its paragraph counts
        (
            "The prison is huge. Across the region, stadiums built lately have a capacity of 40,000 each.",
            [],
        ),  # a sentence of prose must name its own subject
    ],
)
def test_capacity_beats_distractors(text: str, expected: list[object]) -> None:
    assert chosen(CAPACITY, text) == expected


def test_near_scope_sentence_keeps_near_in_the_sentence() -> None:
    strict = fact("count", ("capacity",), near=("prison",), near_scope="sentence")
    assert chosen(strict, "The prison is huge. It has a capacity of 40,000.") == []


@pytest.mark.parametrize(
    ("cue", "sentence", "matches"),
    [
        ("arrests", "The government arrested 80,000 people.", True),
        ("arrested", "Mass arrests followed.", True),
        ("prison opened", "The prison was opened in 2023.", True),  # up to two words apart
        ("prison opened", "The prison, officials said, opened in 2023.", False),  # not across a comma
        ("prison opened", "The prison in the capital was opened", False),  # three words apart
        ("prison opened", "the prisons opening day", True),
        ("hold", "A household of five.", False),  # no match inside another word
        ("approval rating", "his aproval ratings rose", True),  # a typo and an inflection
        ("capacity", "The capital city", False),
        ("crossings", "He drove across it daily", False),  # words must start alike
        ("houses", "public housing", True),
    ],
)
def test_cue_matching(cue: str, sentence: str, matches: bool) -> None:
    assert (Phrase(cue).best(Words.of(sentence), 85) is not None) == matches


def test_words_between_a_phrase_cost_points() -> None:
    words = Words.of("the prison was opened; the prison opened")
    assert Phrase("prison opened").best(words, 85).score == 100.0  # type: ignore[union-attr]
    gapped = Phrase("prison opened").best(Words.of("The prison was first opened"), 0)
    assert gapped is not None and gapped.score == 90.0 and gapped.last_word == 4


def test_stemming_meets_inflections_and_possessives() -> None:
    assert stem("arrests") == stem("arrested") == stem("arresting") == "arrest"
    assert stem("Bukele’s") == stem("Bukele's") == stem("Bukele")
    assert stem("capacities") == "capacity"
    assert stem("detainees") == stem("detainee") != stem("detained")  # a noun stays apart from the verb
    assert stem("boxes") == stem("box") and stem("status") == "status"
    # a consonant doubled before the ending stays: "jammed" (the verb) does not meet "jam" (the noun)
    assert stem("jammed") != stem("jam") and stem("added") == stem("add")


def test_precise_figure_beats_vague_one_in_another_sentence() -> None:
    rule = fact("count", ("arrested", "apprehended"), near=("people", "Salvadorans"))
    text = (
        "Soldiers arrested tens of thousands of people. "
        "The 85,000 Salvadorans apprehended under the emergency remain in prison."
    )
    assert chosen(rule, text) == [85000, (20000, 99999)]


def test_relative_year_resolved_against_publication() -> None:
    rule = fact("year", ("opened",), near=("prison",))
    text = "Bukele offered a prison he opened a year ago."
    assert chosen(rule, text, dt.date(2025, 2, 4)) == [2024]
    assert chosen(rule, text, None) == [(None, None)]  # unresolved, never guessed


def test_statement_date_loses_to_event_date() -> None:
    rule = fact("date", ("offer", "proposal"), near=("Bukele", "Rubio"))
    text = (
        "Rubio said on Tuesday that the United States would study the offer from Bukele. "
        "On Monday, Bukele said his new proposal was more important."
    )
    assert chosen(rule, text, dt.date(2025, 2, 4)) == ["2025-02-03"]


def test_strong_mentions_that_disagree_are_all_kept() -> None:
    rule = fact("percent", ("approval rating",))
    text = "His approval rating was 90% in May. By November his approval rating was 91%."
    assert chosen(rule, text) == [90, 91]


def test_figure_in_brackets_is_a_conversion_not_the_fact() -> None:
    rule = fact("money", ("emergency funding", "emergency aid"))
    text = "The federal government released $60m (£47.5m) in emergency funding."
    assert chosen(rule, text) == [60_000_000]


def test_the_words_a_figure_binds_through_are_stems() -> None:
    from checker.select import BIND_SKIP

    assert frozenset(stem(w) for w in ("of", "people", "persons", "individuals")) == BIND_SKIP
