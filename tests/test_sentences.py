"""checker.sentences on noisy text: citation markers, hard wraps, rows that must stay rows, and
offsets and line numbers that stay those of the original text."""

from __future__ import annotations

import re
import time

import pytest

from checker.sentences import Sentence, clean, split


def texts(text: str, **kwargs: int) -> list[str]:
    return [s.text for s in split(text, **kwargs)]


def assert_exact(text: str, sentences: list[Sentence], first_line: int = 1) -> None:
    """Every sentence is as long as its span, has its line breaks where the text has them, starts
    on the line the text says, and differs from the text only where noise was blanked out or a
    broken word rejoined."""
    for s in sentences:
        original = text[s.start : s.end]
        assert len(s.text) == len(original), s
        assert s.text.count("\n") == original.count("\n"), s
        assert s.line == text.count("\n", 0, s.start) + first_line, s
        assert not s.text[:1].isspace() and not s.text[-1:].isspace(), s
        if "-\n" not in original:
            assert all(a == b or a == " " for a, b in zip(s.text, original, strict=True)), s
        for offset in (m.start() for m in re.finditer(r"\d+", s.text)):
            assert s.line_of(offset) == text.count("\n", 0, s.start + offset) + first_line


# --- Citation and edit markers ------------------------------------------------------------------


def test_markers_do_not_stop_a_split_and_are_not_read() -> None:
    text = (
        "The council approved 14 new parks.[3][9] In May it added two more.[citation needed] "
        "Residents cheered.[a][7]"
    )
    sentences = split(text)
    assert [s.text for s in sentences] == [
        "The council approved 14 new parks.",
        "In May it added two more.",
        "Residents cheered.",
    ]
    assert_exact(text, sentences)


def test_markers_inside_a_sentence_become_spaces_of_their_length() -> None:
    text = "The ferry, launched in 1961,[12] carries 400 cars a day[note 3] and 90 trucks[b] in summer."
    (sentence,) = split(text)
    assert sentence.text == (
        "The ferry, launched in 1961,     carries 400 cars a day         and 90 trucks    in summer."
    )
    assert re.findall(r"\d+", sentence.text) == ["1961", "400", "90"]
    assert_exact(text, [sentence])


def test_raw_wikitext_references_go_and_conversions_keep_their_figure() -> None:
    text = (
        'The ferry sank in {{convert|40|m|ft}} of water.<ref name="a">{{cite web |date=9 May 2024 '
        '|title=Report 12}}</ref> Divers reached it in {{cvt|3.5|km|mi}}.<ref name="a"/> Two were saved.'
    )
    sentences = split(text)
    assert [re.findall(r"[\d.]+\d", s.text) for s in sentences] == [["40"], ["3.5"], []]
    assert [" ".join(s.text.split()) for s in sentences] == [
        "The ferry sank in 40 m of water.",
        "Divers reached it in 3.5 km .",
        "Two were saved.",
    ]
    assert_exact(text, sentences)


def test_the_lines_of_a_reference_list_are_blanked() -> None:
    text = (
        "The storm killed 41 people.\n\n"
        '  1. Ruiz, Ana (3 May 2031). "Storm kills 2 in Norland". Daily Post. Retrieved 3 May 2031.\n'
        '  2. "Storm toll". Archived from the original on 9 May 2031.\n'
    )
    assert [s.text for s in split(text)] == ["The storm killed 41 people."]
    prose = "Retrieved data show 12 cases."  # "Retrieved" without a date is prose
    assert [s.text for s in split(prose)] == [prose]


@pytest.mark.parametrize(
    "marker",
    [
        *("[1]", "[27]", "[b]", "[iv]", "[n 2]", "[nb 1]", "[Note 4]", "[6]:12", "[4]:3–5"),
        *("[update]", "[citation needed]", "[unreliable source?]", "[when?]", "[better source needed]"),
        "[dubious – discuss]",
        *("[2, 3]", "[5–7]", "[ 12 ]"),
    ],
)
def test_marker_forms(marker: str) -> None:
    text = f"Turnout reached 61 percent.{marker} Officials were surprised."
    assert texts(text) == ["Turnout reached 61 percent.", "Officials were surprised."]
    assert clean(text) == text.replace(marker, " " * len(marker))


@pytest.mark.parametrize(
    "text",
    [
        "He said [the mayor] would resign by 2026.",
        "The archive lists it as item [2026] in the catalogue.",
        "Scores were [8, 9, 7] across the three rounds.",
    ],
)
def test_bracketed_words_and_numbers_that_are_no_markers_stay(text: str) -> None:
    assert clean(text) == text
    assert texts(text) == [text]


def test_page_reference_left_behind_a_full_stop() -> None:
    text = "The fund grew to $4 billion.:12 Its managers left in June."
    assert texts(text) == ["The fund grew to $4 billion.", "Its managers left in June."]


def test_marker_at_the_start_of_a_paragraph() -> None:
    text = "[18] Forty homes were lost in the storm.\n\n[19] Power returned on Friday."
    sentences = split(text)
    assert [(s.text, s.line) for s in sentences] == [
        ("Forty homes were lost in the storm.", 1),
        ("Power returned on Friday.", 3),
    ]
    assert_exact(text, sentences)


def test_footnote_number_glued_to_a_full_stop() -> None:
    text = "The levee failed near Marlow.4 (See map.) It was rebuilt in 2019.12\nRepairs cost $3 million."
    sentences = split(text)
    assert [s.text for s in sentences] == [
        "The levee failed near Marlow.",
        "(See map.)",
        "It was rebuilt in 2019.12",
        "Repairs cost $3 million.",
    ]
    assert_exact(text, sentences)


def test_numbers_after_abbreviations_are_no_footnotes() -> None:
    text = "She was ranked No.1 There and then. The vote fell on Jan.6 Officials said so."
    assert clean(text) == text


# --- Lines: rows stay rows, wrapped prose is rejoined ----------------------------------------------


def test_infobox_rows_stay_lines_of_their_own() -> None:
    text = (
        "Casualties\n"
        "Deaths 412\n"
        "Injured 1,300[2]\n"
        "Missing people 17+\n"
        "Aerial view of the flooded district near the mouth of the river, March 2024\n"
        "LocationRiverton, Oregon, United States of America\n"
        "\n"
        "The storm killed 412 people."
    )
    sentences = split(text, first_line=3)
    assert [(s.text, s.line) for s in sentences] == [
        ("Casualties", 3),
        ("Deaths 412", 4),
        ("Injured 1,300", 5),
        ("Missing people 17+", 6),
        ("Aerial view of the flooded district near the mouth of the river, March 2024", 7),
        ("LocationRiverton, Oregon, United States of America", 8),
        ("The storm killed 412 people.", 10),
    ]
    assert_exact(text, sentences, first_line=3)


def test_a_short_row_is_not_joined_to_a_lower_case_line() -> None:
    assert texts("Deaths 412\nmissing since Monday") == ["Deaths 412", "missing since Monday"]


def test_list_items_and_table_rows_are_not_merged() -> None:
    text = (
        "The review listed the failures in order of their cost to the district:\n"
        "- the pump at the east station stopped at 2:10 a.m. on the first night\n"
        "- the backup alarm was switched off by a contractor two weeks earlier\n"
        "1. Repair the pier and the two ramps that lead down to the water\n"
        "2. Replace the deck\n"
        "Seats | 411 | 121\n"
        "Votes | 9.7m | 6.8m"
    )
    assert texts(text) == [
        "The review listed the failures in order of their cost to the district:",
        "- the pump at the east station stopped at 2:10 a.m. on the first night",
        "- the backup alarm was switched off by a contractor two weeks earlier",
        "1. Repair the pier and the two ramps that lead down to the water",
        "2. Replace the deck",
        "Seats | 411 | 121",
        "Votes | 9.7m | 6.8m",
    ]


WRAPPED = (
    "On the morning of March 4 the county engineer closed the old timber\n"
    "Mill Road bridge after inspectors found that two of its main beams had\n"
    "cracked. The detour adds about 11 miles for trucks, and the county pro-\n"
    "vided free shuttle buses for the 240 students who cross it each day.\n"
    "A new span is due in\n"
    "September.\n"
)


def test_hard_wrapped_paragraph_is_rejoined_even_before_capitals() -> None:
    sentences = split(WRAPPED, first_line=20)
    assert [s.line for s in sentences] == [20, 22, 24]
    first, second, third = sentences
    assert first.text == WRAPPED[: WRAPPED.index("cracked.") + len("cracked.")]
    assert "Mill Road bridge" in first.text and first.text.count("\n") == 2
    assert second.text.startswith("The detour") and second.text.endswith("each day.")
    assert third.text == "A new span is due in\nSeptember."
    assert second.line_of(second.text.index("240")) == 23
    assert_exact(WRAPPED, sentences, first_line=20)


def test_word_broken_at_the_end_of_a_line_is_made_whole() -> None:
    second = split(WRAPPED)[1]
    assert "provided free shuttle buses" in " ".join(second.text.split())
    assert "pro-" not in second.text
    at = second.text.index("provided")
    assert second.text[at : at + 10] == "provided\n "  # the break moved behind the word
    assert WRAPPED[second.start + at : second.start + at + 10] == "pro-\nvided"
    assert second.text[at + 10 :] == WRAPPED[second.start + at + 10 : second.end]


def test_compound_broken_at_its_hyphen_keeps_the_hyphen() -> None:
    text = (
        "The inspectors found that the eleven cars were all non-\n"
        "derailed units and that the state-of-\n"
        "the-art sensors had worked as designed during the storm."
    )
    (sentence,) = split(text)
    assert "non-derailed units and that the state-of-the -art sensors" in " ".join(sentence.text.split())
    assert_exact(text, [sentence])


def test_page_break_inside_a_sentence() -> None:
    text = (
        "(c) Samples were sent by courier to the state laboratory in\n"
        "\n"
        "Helena, Montana.\n"
        "\n"
        "The barge carried 12 containers of grain and 4 sealed\n"
        "\n"
        "tanks of fuel oil for Cairo.\n"
        "\n"
        "Map 2\n"
        "\n"
        "Flooded streets seen from a helicopter."
    )
    sentences = split(text)
    assert [(" ".join(s.text.split()), s.line) for s in sentences] == [
        ("(c) Samples were sent by courier to the state laboratory in Helena, Montana.", 1),
        (
            "The barge carried 12 containers of grain and 4 sealed tanks of fuel oil for Cairo.",
            5,
        ),
        ("Map 2", 9),
        ("Flooded streets seen from a helicopter.", 11),
    ]
    assert_exact(text, sentences)


def test_footnote_numbers_in_hard_wrapped_text() -> None:
    text = (
        "About 600 residents within half a mile of the plant were told to leave\n"
        "their homes for the night. 3 The fire was out by noon on the next day,\n"
        "and the plant reopened a week later.\n"
    )
    sentences = split(text)
    assert [s.text.replace("\n", " ") for s in sentences] == [
        "About 600 residents within half a mile of the plant were told to leave their homes for the night.",
        "The fire was out by noon on the next day, and the plant reopened a week later.",
    ]
    assert_exact(text, sentences)


def test_a_sentence_opening_with_a_number_is_kept_outside_wrapped_text() -> None:
    text = "Rain fell for a week. 3 Rivers Park was closed."
    assert texts(text) == ["Rain fell for a week.", "3 Rivers Park was closed."]


def test_caption_after_a_sentence_is_not_run_into_the_next_line() -> None:
    text = (
        "Volunteers clear mud from a school in Riverton, Oregon, on March 6, 2024. (Photo/Jane Doe)\n"
        "Volunteers clear mud from a school in Riverton, Oregon, on March 6, 2024."
    )
    assert len(split(text)) == 3


def test_crlf_line_ends() -> None:
    text = "Deaths 412\r\nInjured 90\r\n\r\nThe storm killed 412 people.\r\n"
    sentences = split(text)
    assert [s.text.strip() for s in sentences] == ["Deaths 412", "Injured 90", "The storm killed 412 people."]
    assert [s.line for s in sentences] == [1, 2, 4]


# --- Sentence ends ---------------------------------------------------------------------------------


def test_letter_after_a_number_is_no_initial() -> None:
    assert texts("The train was numbered 45K. It left at noon.") == [
        "The train was numbered 45K.",
        "It left at noon.",
    ]


def test_keep_sees_the_spans_of_the_original_text() -> None:
    text = "Nothing here.\n\nThe bridge[4] reopened. It carries 9,000 cars.\n\nNor here."
    seen: list[str] = []

    def keep(start: int, end: int) -> bool:
        seen.append(text[start:end])
        return "bridge" in text[start:end]

    sentences = split(text, keep=keep)
    assert seen == ["Nothing here.", "The bridge[4] reopened. It carries 9,000 cars.", "Nor here."]
    assert [s.text for s in sentences] == ["The bridge    reopened.", "It carries 9,000 cars."]
    assert_exact(text, sentences)


# --- Linear time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ruiz met Gen. Ortiz on Feb. 3 and said so.[12] " * 20_000,  # one paragraph, 20,000 sentences
        "x" + "." * 400_000 + "x",
        "a." * 200_000 + " B",
        "[" * 400_000,
        "The quick brown fox jumps over the lazy dog and keeps on running pro-\nvided " * 5_000,
    ],
)
def test_split_is_linear(text: str) -> None:
    started = time.perf_counter()
    split(text)
    assert time.perf_counter() - started < 5.0  # was minutes for the first text when quadratic


def test_a_list_of_references_broken_over_lines_is_blanked_and_the_lines_kept() -> None:
    text = "analyses of the world record [\n2,\n3,\n4]. However, others differ."
    cleaned = clean(text)
    assert cleaned.count("\n") == 3 and not any(ch.isdigit() for ch in cleaned)
    assert len(cleaned) == len(text)


def test_a_stop_run_into_the_next_sentence_ends_it() -> None:
    text = "Scientists have searched for it for forty-five years.Peter Higgs attended the event."
    assert texts(text) == [
        "Scientists have searched for it for forty-five years.",
        "Peter Higgs attended the event.",
    ]
    text = "The vote was held on 1 October 2017.This referendum was first called in June."
    assert texts(text) == [
        "The vote was held on 1 October 2017.",
        "This referendum was first called in June.",
    ]
    # initials, abbreviations and decimals run into a capital stay within the sentence
    for kept in ("The U.S.Army said so.", "It cost 3.5Bn dollars.", "See e.g.Smith for more."):
        assert texts(kept) == [kept]
