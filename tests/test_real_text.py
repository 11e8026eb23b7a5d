"""What real pages do that clean prose does not: each class with sentences written for this test."""

from __future__ import annotations

import pytest

from checker.cues import Words
from checker.values import find_values


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("Deaths412", 412),
        ("Seats68,000", 68000),
        ("Homes destroyed1,250+ destroyed or damaged", 1250),
        ("• Evacuated  9,800", 9800),
    ],
)
def test_infobox_row_run_into_its_label_is_read(row: str, value: int) -> None:
    assert [v.value for v in find_values(row, "count")] == [value]


@pytest.mark.parametrize("text", ["The A320 landed", "a Covid19 wave hit", "Model i7 chips"])
def test_codes_glued_to_letters_mid_sentence_are_not_counts(text: str) -> None:
    assert [v.value for v in find_values(text, "count") if v.value in (320, 19, 7)] == []


def test_label_and_figure_are_separate_words_for_cue_matching() -> None:
    assert Words.of("Deaths412").stems == ("death", "412")
