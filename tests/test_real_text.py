"""What real pages do that clean prose does not: each class with sentences written for this test."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import article, make_rule, run_cli

from checker.cues import (
    IRREGULAR_FILE,
    Phrase,
    Words,
    irregular_forms,
    irregular_forms_in_dictionary,
    stem,
)
from checker.extract import extract, gather
from checker.rulebook import Rule
from checker.select import (
    FactMatcher,
    measured_in,
    modified_parts,
)
from checker.sentences import clean
from checker.values import find_values
from checker.values.dates import NarrativeYears, anchored_days


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("Deaths412", 412),
        ("Seats68,000", 68000),
        ("Homes destroyed1,250+ destroyed or damaged", 1250),
        ("• Evacuated  9,800", 9800),
        ("Non-fatal injuries3; one guard and two officers[3][4]", 3),  # no reference number
        ("Total Missing4,321", 4321),  # a label in title case
    ],
)
def test_infobox_row_run_into_its_label_is_read(row: str, value: int) -> None:
    assert next(v.value for v in find_values(clean(row), "count")) == value


@pytest.mark.parametrize(
    "text", ["The A320 landed", "a Covid19 wave hit", "Model i7 chips", "flight MAS320 vanished"]
)
def test_codes_glued_to_letters_mid_sentence_are_not_counts(text: str) -> None:
    assert [v.value for v in find_values(text, "count") if v.value in (320, 19, 7)] == []


def test_mm_run_into_a_figure_is_millimetres_unless_money() -> None:
    assert [v.value for v in find_values("Rain reached 254.8mm in Al Ain.", "number")] == [254.8]
    rain = make_rule("f", "number", ("rain",), near=("millimetres",))
    assert chosen(rain, "Rain reached 254.8mm in Al Ain.") == [254.8]
    assert [v.value for v in find_values("The fund raised $5mm.", "money")] == [5_000_000]


def test_a_currency_code_run_into_its_figure_is_money() -> None:
    assert [v.value for v in find_values("It cost USD100 million.", "money")] == [100_000_000]


def test_label_and_figure_are_separate_words_for_cue_matching() -> None:
    assert Words.of("Deaths412").stems == ("death", "412")


@pytest.mark.parametrize(
    ("row", "stems"),
    [
        ("OpenedMarch 3, 1998", ("open", "march", "3", "1998")),
        ("ScaleRichter 6.1", ("scal", "richter", "6", "1")),
        ("McArthur and iPad", ("mcarthur", "and", "ipad")),  # a capital inside a name splits nothing
    ],
)
def test_a_label_run_into_a_capitalised_word_is_two_words(row: str, stems: tuple[str, ...]) -> None:
    assert Words.of(row).stems == stems


def test_a_date_run_into_its_label_is_read() -> None:
    assert [v.value for v in find_values("OpenedMarch 3, 1998", "date")] == ["1998-03-03"]
    assert [v.value for v in find_values("ClosedDecember 1999", "date", dt.date(2025, 1, 1))] == ["1999-12"]
    assert [v.text for v in find_values("the Marchers walked on May 3", "date", dt.date(2025, 6, 1))] == [
        "May 3"
    ]


# --- choosing the value the cue governs (sentences written for these tests) ---------------------------

HERDS = make_rule("f", "count", ("herds",))
CLOSED = make_rule("f", "count", ("schools closed", "closed"))
OPENED = make_rule("f", "year", ("opened",))
FUNDS = make_rule("f", "money", ("package",))
MAGNITUDE = make_rule("f", "number", ("quake", "magnitude"))
VISIT = make_rule("f", "date", ("visit", "visited"))
ROWS = make_rule("f", "count", ("seats",), near=("Labour",))


def chosen(rule: Rule, text: str, published: dt.date | None = None, title: str | None = None) -> list[object]:
    found = extract(article(text, published=published, title=title), [FactMatcher(rule)])["f"]
    return [m.value.value for m in found]


def test_a_count_of_places_is_not_the_count_of_the_fact() -> None:
    assert chosen(HERDS, "Inspectors found 57 infected dairy herds in six U.S. states.") == [57]
    assert chosen(HERDS, "The herds were culled in 14 counties after 230 tested positive.") == [230]


def test_a_time_offset_is_not_the_figure() -> None:
    assert chosen(MAGNITUDE, "Eleven days after the quake, officials revised its magnitude to 6.9.") == [6.9]


def test_a_duration_is_not_the_figure() -> None:
    rule = make_rule("f", "count", ("closed",))
    assert chosen(rule, "For 3 hours crews closed 14 roads across the county.") == [14]


def test_a_vague_amount_keeps_its_own_verb() -> None:
    rule = make_rule("f", "count", ("damaged",))
    text = "The hailstorm injured at least 12 people and damaged hundreds of cars."
    assert [m.value.low for m in extract(article(text), [FactMatcher(rule)])["f"]] == [200]


def test_a_part_is_not_a_second_total() -> None:
    text = "The $900 million package, including $150 million for bridges, passed on Monday."
    assert chosen(FUNDS, text) == [900_000_000]


def test_a_part_in_another_sentence_is_no_self_contradiction() -> None:
    rule = make_rule("f", "count", ("flooded",))
    text = "The storm flooded 64 homes. The flooded streets included 9 homes on the river."
    assert chosen(rule, text) == [64]
    hazmat = make_rule("f", "count", ("hazardous materials",), near=("cars",))
    assert chosen(hazmat, "The train included 20 tank cars of hazardous materials.") == [20]


def test_the_word_one_loses_to_a_figure() -> None:
    assert chosen(CLOSED, "One of the districts said 48 schools closed for the week.") == [48]


def test_a_year_naming_another_event_loses() -> None:
    assert chosen(OPENED, "Built under the Harbour Act of 1872, the dock opened in 1891.") == [1891]
    # unless the name is the fact's own cue
    storm = make_rule("f", "year", ("Hurricane Delia",))
    assert chosen(storm, "It was the strongest landfall, surpassing Hurricane Delia of 2009.") == [2009]


def test_the_day_a_statement_was_made_is_not_the_event() -> None:
    text = "The minister on Thursday pledged more aid after her visit to the valley on Feb. 2, 2025."
    assert chosen(VISIT, text, dt.date(2025, 2, 7)) == ["2025-02-02"]


def test_rows_of_figures_stay_separate_numbers() -> None:
    assert [v.value for v in find_values("Seats won 320 148 61", "count")] == [320, 148, 61]


def test_a_row_takes_its_subject_from_the_title() -> None:
    assert chosen(ROWS, "Seats won 320", title="Labour landslide in the 2029 election") == [320]


def test_a_long_row_of_figures_still_takes_its_subject_from_the_title() -> None:
    row = "Polling day 2 May 2029, 07:00 (2029-05-02T07:00) BST"
    assert chosen(make_rule("f", "date", ("polling day",), near=("Labour",)), row, title="Labour wins") == [
        "2029-05-02"
    ]


SHARE = make_rule("f", "percent", ("vote share", "share"), near=("Greens",))


def test_a_sentence_opening_with_a_pronoun_takes_its_subject_from_the_one_before() -> None:
    text = "The Greens doubled their seats. Their vote share was 11.2%, a record."
    assert chosen(SHARE, text) == [11.2]
    assert chosen(SHARE, "The Greens doubled their seats. The party's vote share was 11.2%.") == [11.2]


def test_a_definite_subject_or_a_pronoun_after_an_opening_phrase_points_back() -> None:
    area = make_rule("f", "number", ("acres",), near=("Creek",))
    text = "Smoke rose from the Creek fire. The fire had burned 4,100 acres of brush and timber by noon."
    assert chosen(area, text) == [4100]
    opening = (
        "Smoke rose from the Creek fire. Driven by strong winds, it burned 4,100 acres of brush and timber."
    )
    assert chosen(area, opening) == [4100]


def test_an_excluded_subject_in_the_sentence_before_rules_out_one_that_points_back() -> None:
    total = make_rule("f", "number", ("acres",), exclude=("Ridge fire",))
    text = (
        "To the east burned the Ridge fire. This fire had scorched 2,300 acres of brush and timber by noon."
    )
    assert chosen(total, text) == []
    assert chosen(total, text.replace("Ridge", "Creek")) == [2300]
    # unless it names its subject itself
    points = make_rule("f", "count", ("points",), near=("Harbour FC",), exclude=("Rovers",))
    text = "Rovers lost heavily on Monday. In the end, they said, Harbour FC finished with 77 points."
    assert chosen(points, text) == [77]
    assert chosen(points, text.replace("Harbour FC finished", "the side finished")) == []


def test_the_title_rules_out_a_pronoun_that_opens_the_story_only() -> None:
    total = make_rule("f", "number", ("acres",), exclude=("Ridge Fire",))
    lead = "Driven by dry winds across the valley, it burned 2,300 acres of brush and timber.\n\nMore text."
    assert chosen(total, lead, title="Ridge Fire") == []
    later = "The Ridge Fire is out.\n\nDriven by dry winds across the valley, it burned 2,300 acres of brush."
    assert chosen(total, later, title="Ridge Fire and the valley") == [2300]  # not the story's opening


def test_a_pronoun_opening_a_paragraph_points_to_the_page_s_subject() -> None:
    area = make_rule("f", "number", ("acres",), near=("Creek",))
    text = "Fed by dry brush and strong winds through the night, it burned 4,100 acres."
    assert chosen(area, text, title="Creek Fire") == [4100]
    assert chosen(area, text, title="Ridge Fire") == []


def test_only_the_sentence_before_names_the_subject_of_a_pronoun() -> None:
    text = (
        "The Greens held 4 seats. In the north the Liberals gained ground. "
        "Their vote share was 19.5% in the region."
    )
    assert chosen(SHARE, text) == []  # "Their" is the Liberals: the Greens are two sentences back


def test_a_long_sentence_does_not_take_its_subject_from_the_paragraph() -> None:
    text = "The Greens held 4 seats. Across the country the winning party took 41.0% of the vote share."
    assert chosen(SHARE, text) == []


def test_a_figure_bound_to_the_fact_s_word_beats_one_nearer_the_cue() -> None:
    toll = make_rule("f", "count", ("Chile", "in Chile"), near=("deaths", "killed"))
    assert chosen(toll, "Losses: 412 deaths, 1,930 injured, 57 missing in Chile") == [412]
    injured = make_rule("f", "count", ("injured", "wounded"))
    assert chosen(injured, "Casualties: 412 deaths, 1,930 injured, 57 missing") == [1930]


def test_a_figure_bound_to_a_cue_through_people() -> None:
    viewers = make_rule("f", "count", ("watched", "viewers"))
    text = "The race was watched by 60,000 fans at the track, and some 40 million people watched it at home."
    assert chosen(viewers, text) == [40_000_000]


def test_a_near_term_used_as_a_modifier_binds_nothing() -> None:
    herds = make_rule("f", "count", ("reported", "cases"), near=("dairy", "human"))
    text = "Officials reported 3 human cases, while 68 dairy cow herds in nine states had cases."
    assert chosen(herds, text) == [3]


VOTES = make_rule("f", "count", ("Assembly", "assembly vote"))


def test_a_bill_number_is_not_a_count() -> None:
    text = "The Assembly passed A.B. 12 as No. 4471, the Water Act, by 52 votes."
    assert chosen(VOTES, "The Assembly took up No. 4471 and passed it with 52 in favour.") == [52]
    assert chosen(VOTES, "The Assembly took up Bill 4471.") == []
    assert 4471 not in chosen(VOTES, text)
    counts = make_rule("f", "count", ("counts", "convicted"))
    cite = "He was convicted on 7 counts under 18 U.S.C. § 1343 (Dkt. 212), see 598 U.S. 175."
    assert chosen(counts, cite) == [7]
    assert chosen(counts, "He was convicted under 18 U.S.C. § 1343.") == []
    assert chosen(counts, "He was convicted on 7 counts (see Table 3 and page 12).") == [7]
    assert chosen(counts, "Counts of conviction are listed in Table 3, p. 12.") == []


def test_a_tally_or_score_is_not_taken_for_a_count_unless_it_is_a_vote() -> None:
    assert chosen(VOTES, "The Assembly side won the match (52–27).") == []  # a score
    assert chosen(VOTES, "The Assembly approved it (52–27).") == [52]  # a vote, after its verb
    assert chosen(VOTES, "The Assembly vote was 61–18–2.") == [61]  # a vote's tally: the votes for
    assert chosen(VOTES, "The Assembly passed it with 61 votes (61–18–2).") == [61]
    goals = make_rule("f", "count", ("titles", "title"), near=("Uruguay",))
    assert chosen(goals, "Uruguay won the final 3–1, earning their fourth world title.") == [4]
    judges = make_rule("f", "count", ("ruling", "decision", "ruled"), near=("court",))
    assert chosen(judges, "The court, in a seven to two ruling, upheld the law.") == [7]  # not 2
    assert chosen(judges, "By a 7-2 decision, the court upheld the law.") == [7]  # no modifier
    assert chosen(judges, "The court ruled 7–2 to reverse.") == [7]
    assert chosen(judges, "The court heard it in May. The decision was 7-2.") == [7]


def test_a_figure_that_counts_something_else_is_never_the_fact() -> None:
    herds = make_rule("f", "count", ("herds",))
    assert chosen(herds, "Officials found infected herds in six states.") == []  # places, not herds
    seats = make_rule("f", "count", ("seats", "won"), near=("Greens",))
    assert chosen(seats, "The Greens won 14 more seats than in 2019.") == []  # a difference


def test_an_ordinal_numbers_its_cue() -> None:
    minute = make_rule("f", "number", ("minute",), near=("Okafor",))
    assert chosen(minute, "Okafor headed in the opener in the 61st minute.") == [61]
    assert chosen(minute, "Okafor headed in the 61st minute to level the score.") == [61]
    # "the Nth nation to do it" ranks it among those that did: no count of nations
    nations = make_rule("f", "count", ("nations",), near=("cup",))
    assert chosen(nations, "Norland became the ninth nation to win the cup.") == []
    launches = make_rule("f", "count", ("launch", "launches"))
    assert chosen(launches, "It was the agency's sixth launch this year.") == [6]
    titles = make_rule("f", "count", ("title", "titles"), near=("Zambia",))
    assert chosen(titles, "Zambia won a record fourth title on Saturday.") == [4]
    assert chosen(launches, "The first of them slipped; a launch is set for June.") == []
    cases = make_rule("f", "count", ("cases",))
    assert chosen(cases, "The first cases were recorded in the capital in December.") == []  # no count
    # "first" opens a series: no count of one
    case = make_rule("f", "count", ("case", "cases"), near=("Norland",))
    assert chosen(case, "Norland reported its first cholera case on 2 May.") == []
    # the ordinal numbers the outbreak a preposition's object (the cue) qualifies
    local = make_rule("f", "count", ("locally acquired", "local transmission"), near=("Tampa",))
    assert chosen(local, "Tampa saw the second outbreak of local transmission this year.") == []


def test_figures_in_a_row_of_columns_are_not_taken_for_the_fact() -> None:
    seats = make_rule("f", "count", ("seats",), near=("Greens",))
    page = "Seats won 38 61 12\nSeat change Increase 9 Decrease 14 Increase 2"
    assert chosen(seats, page, title="Greens in the 2029 election") == []
    # a header that opens with the subject says whose the first column is (see below)
    assert chosen(seats, "Party Greens Liberals Labour\n" + page, title="2029 election") == [38]
    last = "Previous result 20 seats, 11.2% 75 seats, 40.1% 10 seats, 9.9%"
    assert chosen(seats, last, title="Greens in the 2029 election") == []


def test_seconds_are_a_duration() -> None:
    magnitude = make_rule("f", "number", ("magnitude", "shaking"))
    assert chosen(magnitude, "Shaking lasted 45 seconds after the magnitude 6.1 shock.") == [6.1]


LEFT = make_rule("f", "date", ("departed", "left"))


def test_a_day_without_its_year_takes_the_story_s_year_when_the_article_has_no_date() -> None:
    text = "The ferry sank on 9 March 2021 off Crete.\n\nIt had departed Piraeus on March 7, late at night."
    assert chosen(LEFT, text) == ["2021-03-07"]
    before = "The ship departed on 4 May. Its voyage ended at Lisbon on 30 June 2019."
    assert chosen(LEFT, before) == ["2019-05-04"]  # no dated year before it: the first after it
    assert chosen(LEFT, "The ship departed on 4 May.") == [None]  # no year anywhere: left unresolved


def test_a_publication_date_still_decides_a_day_without_its_year() -> None:
    text = "The ferry sank on 9 March 2019. It departed Piraeus on March 7."
    assert chosen(LEFT, text, published=dt.date(2021, 3, 10)) == ["2021-03-07"]


def test_the_value_is_measured_from_the_nearest_occurrence_of_its_cue() -> None:
    rule = make_rule("f", "date", ("collapse",))
    text = "On 3 May 2011 engineers warned of a collapse; the mill's collapse came on 2 June 2011."
    assert chosen(rule, text) == ["2011-06-02"]


def test_a_cue_after_non_is_not_the_cue() -> None:
    rule = make_rule("f", "count", ("derailed",), near=("cars", "wagons"))
    assert chosen(rule, "A further 9 non-derailed wagons were damaged.") == []


def test_a_date_opening_the_sentence_dates_its_main_clause() -> None:
    rule = make_rule("f", "date", ("collapsed",))
    text = (
        "On 14 August 2018, shortly before noon local time and in heavy rain, a 210-metre span of the "
        "motorway viaduct over the Polcevera valley collapsed."
    )
    assert chosen(rule, text) == ["2018-08-14"]
    # not the cue of a participle's clause after the main clause
    docking = make_rule("f", "date", ("docking", "docked"), near=("capsule",))
    burn = (
        "The capsule docked with the station on March 12, 2031. On March 3, 2031, the capsule fired "
        "its thrusters for an hour, moving its docking window by a day."
    )
    assert chosen(docking, burn) == ["2031-03-12"]  # the burn's date is no second reading
    # "during" is no participle
    during = "On March 9, 2031, during a quiet night, the capsule docked with the station."
    assert chosen(docking, during) == ["2031-03-09"]


def test_the_headline_repeated_in_the_body_is_left_to_the_story() -> None:
    rule = make_rule("f", "count", ("killed", "kills"), near=("Peru",))
    title = "Landslide Kills More Than 40 in Peru"
    text = f"{title}\n\nA landslide in northern Peru killed 43 people on Sunday."
    assert chosen(rule, text, title=title) == [43]


def test_a_difference_is_not_the_total() -> None:
    seats = make_rule("f", "count", ("seats", "won"), near=("Greens",))
    assert chosen(seats, "The Greens won 14 more seats than in 2019, for a total of 38 seats.") == [38]


@pytest.mark.parametrize(
    ("text", "read"),
    [("a magnitude-6.4 shock", [6.4]), ("a category-4 storm", [4]), ("COVID-19 wards", []), ("covid-19", [])],
)
def test_a_figure_after_a_measure_word_and_a_hyphen_is_read(text: str, read: list[float]) -> None:
    assert [v.value for v in find_values(text, "number")] == read


def test_rows_that_borrow_their_subject_do_not_contradict_the_row_that_names_it() -> None:
    injured = make_rule("f", "count", ("injured",), near=("casualties", "total"))
    rows = (
        "Casualties 412 deaths, 1,930 injured\n"
        "• 300 deaths, 1,200 injured in Chile\n"
        "• 112 deaths, 730 injured in Peru"
    )
    assert chosen(injured, rows) == [1930]


def test_an_excluded_term_rules_out_its_own_clause_only() -> None:
    crowd = make_rule("f", "count", ("fans", "crowd"), exclude=("television", "TV"))
    text = "A crowd of 61,000 fans filled the ground, and 9 million more watched on television."
    assert chosen(crowd, text) == [61000]
    assert chosen(crowd, "A crowd of 61,000 fans watched on television.") == []
    which = "A crowd of 61,000 fans saw it, which television crews said was a record."
    assert chosen(crowd, which) == [61000]  # the words before the comma stand on their own
    assert chosen(crowd, "On television, a crowd of 61,000 fans saw it.") == []
    crew = make_rule("f", "count", ("crew",), exclude=("workers",))
    assert chosen(crew, "A road crew of 9 was resurfacing the deck; two of the workers survived.") == []
    # an em dash with no space around it parts two clauses as a spaced one does
    heard = make_rule("f", "date", ("decided",), exclude=("argued",))
    assert chosen(heard, "No. 21-407. Argued May 3, 2031—Decided July 9, 2031") == ["2031-07-09"]
    assert chosen(heard, "No. 21-407. Argued May 3, 2031 then decided July 9, 2031") == []


def test_template_field_names_are_neither_values_nor_cue_words() -> None:
    teams = make_rule("f", "count", ("teams",))
    assert chosen(teams, "- Team1: Brazil\n- Team1Score: 2\n- Team2: Chile") == []
    assert len(Words.of("H5N1 in Team1Score").stems) == 3  # two codes and "in"
    assert [v.value for v in find_values("Deaths412", "count")] == [412]
    assert [v.value for v in find_values("No. engines9", "count")] == [9]  # "No." heads a label too
    assert chosen(make_rule("f", "count", ("engines",)), "Stages2\nNo. engines9\nThrust 7.6 MN") == [9]


def test_an_additional_amount_is_not_the_total() -> None:
    cost = make_rule("f", "money", ("cost", "costs"))
    text = "The telescope cost $9.7 billion. Its extended mission costs an additional $300 million."
    assert chosen(cost, text) == [9_700_000_000]
    assert chosen(cost, "The maker estimated an additional cost of $6.3 billion for the fix.") == []
    assert chosen(cost, "The program's total cost of $20 billion includes training.") == [20_000_000_000]
    payments = make_rule("f", "count", ("payments",))
    assert chosen(payments, "The agency is sending another 37 million payments this week.") == []
    assert chosen(payments, "The agency has sent 127 million payments so far.") == [127_000_000]


def test_the_first_weeks_of_a_threshold_are_the_fact_when_it_is_measured_in_them() -> None:
    limit = make_rule("f", "number", ("weeks",), near=("law",))
    assert chosen(limit, "The law bans the procedure after the first 12 weeks of pregnancy.") == [12]
    days = make_rule("f", "number", ("days",), near=("fire",))
    assert chosen(days, "Most of the damage was done within the first three days of the fire.") == []


def test_those_left_out_of_all_are_not_the_count() -> None:
    votes = make_rule("f", "count", ("voted for",))
    assert chosen(votes, "All but two members of the council voted for the plan.") == []
    assert chosen(votes, "In all, 220 members voted for the plan.") == [220]


def test_a_row_of_a_page_whose_title_is_excluded_is_ruled_out() -> None:
    toll = make_rule("f", "count", ("deaths", "fatalities"), exclude=("Creek Fire",))
    assert chosen(toll, "• Fatalities:  4", title="Creek Fire") == []
    assert chosen(toll, "• Fatalities:  31", title="2029 California wildfires") == [31]


@pytest.mark.parametrize(
    "text", ["Bankman-Fried, 31, of Stanford", "Monetary, 4 times", "a Sunny, 12 degrees"]
)
def test_a_word_that_starts_like_a_weekday_is_not_one(text: str) -> None:
    assert find_values(text, "date", dt.date(2024, 3, 10)) == []


def test_the_others_besides_one_named_are_not_the_total() -> None:
    teams = make_rule("f", "count", ("teams",))
    text = "The cup drew hosts Japan and 23 other teams. In all, 24 teams took part."
    assert chosen(teams, text) == [24]


def test_a_label_on_the_line_above_is_the_cue_of_a_row_of_figures() -> None:
    turnout = make_rule("f", "percent", ("turnout",))
    page = "Results\nRegistered 3,120,400\nTurnout 1,904,300\n61.0% (Increase 2.1 pp)\n\nThe count ended."
    assert chosen(turnout, page) == [61.0]
    prose = "Turnout was a worry for every party.\n\n61.0% of the ballots were cast by post."
    assert chosen(turnout, prose) == []  # a paragraph apart, and prose: no label


def test_a_measure_in_a_unit_the_fact_is_not_in_is_not_the_fact() -> None:
    length = make_rule("f", "number", ("long",), near=("miles",))
    assert chosen(length, "The train was 2.9 km long, or nearly two miles.") == [2]  # not the km
    span = make_rule("f", "number", ("main span",))  # a fact that names no unit takes any
    assert chosen(span, "Its main span of 450 metres is the longest.") == [450]
    assert chosen(length, "The train was 1.8 miles long.") == [1.8]
    assert chosen(
        length, "The 9,500-foot train, or 1.8 mi, was long for the line, the report said in miles."
    ) == [1.8]


DATE_RULE = make_rule("f", "date", ("summit", "met"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The summit ran June 3–9, 2021 in Oslo.", "2021-06-03", "2021-06-09"),
        ("Delegates met from 28 to 30 November 2022.", "2022-11-28", "2022-11-30"),
        ("Delegates met between May 30 and June 2, 2023.", "2023-05-30", "2023-06-02"),
    ],
)
def test_date_ranges_keep_their_year_and_span(text: str, low: str, high: str) -> None:
    (value,) = find_values(text, "date", dt.date(2025, 2, 4))
    assert (value.value, value.low, value.high) == (low, low, high)


def test_the_day_beats_the_month_in_one_article() -> None:
    text = "The summit was held in early May 2021.\n\nLeaders met for the summit on 4 May 2021 in Porto."
    assert chosen(DATE_RULE, text) == ["2021-05-04"]


def test_a_figure_inside_a_range_beats_the_range_in_one_article() -> None:
    deaths = make_rule("f", "count", ("flu deaths", "central estimate"), near=("agency",))
    text = (
        "The agency estimates that between 4,100 and 9,800 flu deaths occurred this winter. "
        "Its central estimate is 6,250 flu deaths."
    )
    assert chosen(deaths, text) == [6250]
    # a figure outside the range does not stand for it
    assert chosen(deaths, text.replace("6,250", "12,500"))[0] is None


def test_as_of_in_the_text_dates_the_figure() -> None:
    rule = make_rule("f", "count", ("patients",))
    text = "As of 2 March 2022, 1,204 patients were in hospital."
    found = extract(article(text, published=dt.date(2022, 3, 9)), [FactMatcher(rule)])["f"]
    assert [(m.value.value, m.as_of) for m in found] == [(1204, "2022-03-02")]
    plain = extract(
        article("The ward held 1,204 patients.", published=dt.date(2022, 3, 9)), [FactMatcher(rule)]
    )
    assert [m.as_of for m in plain["f"]] == ["2022-03-09"]


@pytest.mark.parametrize(
    ("cue", "sentence"),
    [
        ("fly", "The crew flew 212 sorties."),
        ("flown", "The crew flew 212 sorties."),
        ("hold", "The arena held 18,000 fans."),
        ("send", "Donors sent 212 trucks of aid."),
        ("flee", "Some 212 families fled the valley."),
        ("take", "Rebels took 212 prisoners."),  # lemmas that lose their "e" when stemmed
        ("become", "In all, 212 cells became storms."),
        ("drive", "Crews drove 212 trucks to the coast."),
    ],
)
def test_irregular_word_forms_meet_their_cue(cue: str, sentence: str) -> None:
    rule = make_rule("f", "count", (cue,))
    assert chosen(rule, sentence) != [], f"{cue!r} does not find {sentence!r}"


def test_comparatives_are_not_irregular_forms() -> None:
    assert Words.of("newer bridges").stems[0] != Words.of("new").stems[0]


def test_a_compound_modifier_is_a_number_when_it_is_the_cue() -> None:
    assert chosen(MAGNITUDE, "A 6.9-magnitude quake struck the coast.") == [6.9]
    seats, arenas = make_rule("f", "count", ("seats",)), make_rule("f", "count", ("arenas",))
    assert chosen(seats, "They built a 40,000-seat arena.") == [40000]  # a count of what it is run into
    assert chosen(arenas, "They built a 40,000-seat arena.") == []  # not of the word after
    delegates = make_rule("f", "number", ("delegates",))
    assert chosen(delegates, "After a 2-day recess, 140 delegates voted.") == [140]  # the modifier loses


def test_a_measure_joined_by_a_hyphen_is_a_measure_in_its_unit() -> None:
    zone = make_rule("f", "number", ("exclusion zone", "mile radius"))
    assert chosen(zone, "Police set up a 2-mile exclusion zone that covered up to 4,500 homes.") == [2]
    assert chosen(zone, "Police set up a 3-hour exclusion zone.") == []  # a modifier, not a measure


def test_a_unit_written_as_its_abbreviation_meets_a_near_term() -> None:
    target = make_rule("f", "number", ("target",), near=("grams",))
    assert chosen(target, "The target core weighed 45 g, about 1.6 oz.") == [45]
    assert chosen(target, "The target was 45 pieces.") == []  # no gram anywhere


def test_an_earlier_subset_is_not_the_total() -> None:
    cases = make_rule("f", "count", ("cases",))
    text = "Five cases are confirmed. Like the previous four cases, the patient had handled sick goats."
    assert chosen(cases, text) == [5]


def test_the_parts_of_a_breakdown_are_not_the_total() -> None:
    counts = make_rule("f", "count", ("counts",))
    listed = "She faced these charges.\n\n• Bribery (3 counts)\n• Perjury (2 counts)\n• Fraud (1 count)\n"
    assert chosen(counts, listed) == []
    prose = "She was found guilty of three counts of bribery, two counts of perjury and one count of fraud."
    assert chosen(counts, prose) == []
    assert chosen(counts, "She was found guilty on six counts. " + prose) == [6]
    assert chosen(counts, "She was found guilty of three counts of bribery.") == [3]  # one part alone is read


def test_a_date_before_after_and_its_cue_dates_another_event() -> None:
    vote = make_rule("f", "date", ("referendum",))
    later = "The mayor resigned Monday after voters rejected the referendum."
    assert chosen(vote, later, published=dt.date(2024, 5, 8)) == []
    held = "The referendum was held on Sunday after a short campaign."
    assert chosen(vote, held, published=dt.date(2024, 5, 8)) == ["2024-05-05"]


def test_a_threshold_and_the_count_above_it_are_not_the_measure() -> None:
    assert chosen(MAGNITUDE, "Aftershocks: 310+ with a magnitude 3.5 or greater") == []
    assert chosen(MAGNITUDE, "Dozens more shook the valley, 14 of magnitude 5.0 or higher.") == []
    assert chosen(MAGNITUDE, "The quake had a magnitude of 6.1, and 14 aftershocks followed.") == [6.1]


def test_a_page_titled_by_an_exclude_term_is_about_what_the_rule_leaves_out() -> None:
    total = make_rule("f", "count", ("homes destroyed", "destroyed"), exclude=("Ridge Fire",))
    text = (
        "Crews said on Tuesday that the flames had destroyed 2,310 homes across the northern valley."
        " The fires destroyed 9,400 homes in all."
    )
    assert chosen(total, text, title="Ridge Fire") == [9400]  # the page's fire aside; the whole kept
    assert chosen(total, text, title="Ridge Fire evacuations lifted") == [2310, 9400]  # a title about more


def test_counts_of_kinds_of_one_thing_are_parts_of_the_total() -> None:
    fleet = make_rule("f", "count", ("fleet of", "consisted of"), near=("buses",))
    assert chosen(fleet, "The fleet consisted of 212 diesel buses and 38 electric buses.") == []
    assert chosen(fleet, "The city's fleet of 250 buses includes 38 electric ones.") == [250]
    mixed = "Officials said 260 people have been monitored and 33 who have symptoms have been tested."
    found = find_values(mixed, "count")
    terms = frozenset(stem(w) for w in ("people", "monitored", "homes"))
    assert modified_parts(mixed, found, terms) == set()  # "have" is no kind of people
    kinds = "Crews found 12 burned homes and 40 damaged homes."
    assert modified_parts(kinds, find_values(kinds, "count"), terms) == {0, 1}


def test_the_shipped_irregular_forms_are_the_lemmatizers() -> None:
    """checker/irregular_en.json is read out of simplemma's dictionary; after a simplemma upgrade,
    `CHECKER_UPDATE_GOLDEN=1 python -m pytest tests/test_real_text.py` writes it again."""
    found = irregular_forms_in_dictionary()
    if os.environ.get("CHECKER_UPDATE_GOLDEN") == "1":
        IRREGULAR_FILE.write_text(json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    assert irregular_forms() == found
    assert found["held"] == "hold" and found["fled"] == "flee" and "newer" not in found
    # abbreviations are no forms of a word: "M87" holds no "be", "US" is not "we", "Ave" not "avenue";
    # a unit's or a compass point's are kept ("SW of" is "southwest of")
    assert "m" not in found and "us" not in found and "ave" not in found and "hwy" not in found
    assert stem("SW") == stem("southwest") and stem("km") == stem("kilometer")
    assert Phrase("is located").best(Words.of("the M87 galaxy located far away"), 85) is None


def test_a_figure_with_its_own_noun_far_from_the_cue_counts_that_noun() -> None:
    clubs = make_rule("f", "count", ("clubs",))
    text = "It had the holders and 19 other clubs, who came through qualifying, run by the five UEFA zones."
    assert chosen(clubs, text) == []  # not 19 (others), not 5 (regions)
    assert chosen(clubs, "Twenty clubs took part, drawn from the five UEFA regions.") == [20]


def test_a_baseline_year_is_not_the_year_of_the_fact() -> None:
    target = make_rule("f", "year", ("by",), near=("emissions",))
    assert chosen(target, "The plan cuts emissions to half of 2010 levels by 2035.") == [2035]
    assert chosen(target, "The plan cuts emissions below 2010 levels.") == []


def test_a_day_without_its_year_in_an_undated_page_takes_the_storys_year() -> None:
    formed = make_rule("f", "date", ("became a storm",))
    text = "On March 4, it became a storm over open water, well out at sea."
    assert chosen(formed, text) == [None]  # no year anywhere: the day is reported, undated
    assert chosen(formed, "Storm Ada\n\nDissipatedMarch 9, 2021\n\n" + text) == [
        "2021-03-04"
    ]  # a label's row
    assert NarrativeYears("FormedMarch 4, 2021\nIt grew on May 2.").years == [2021]


RUNOFF_RULES = "facts:\n  vote: {description: day of the runoff vote, type: date, cues: [runoff]}\n"


def runoff_reports(tmp_path: Path, texts: dict[str, str]) -> Path:
    """A folder of reports named by `texts`' keys, beside a rule for the day of a runoff vote."""
    (tmp_path / "rules.yaml").write_text(RUNOFF_RULES)
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in texts.items():
        (articles / f"{name}.txt").write_text(text)
    return articles


def runoff_days(tmp_path: Path, articles: Path) -> list[tuple[str, object]]:
    """Each report's day of the runoff, as `check` reports it."""
    result = run_cli("check", articles, "-r", tmp_path / "rules.yaml", "--format", "json", "--no-cache")
    [fact] = json.loads(result.stdout)["facts"]
    return [(m["article"], m["value"]) for m in fact["mentions"]]


def test_a_day_without_its_year_takes_the_year_the_other_reports_give(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "facts:\n  vote: {description: day of the runoff vote, type: date, cues: [runoff]}\n"
    )
    articles = tmp_path / "articles"
    articles.mkdir()
    dated = "---\npublished: {}\n---\nThe runoff will be held on October {}.\n"
    (articles / "a.txt").write_text(dated.format("2030-10-03", 30))
    (articles / "b.txt").write_text("The runoff was held on October 30, 2030, in every province.\n")
    (articles / "c.txt").write_text("Voters return for the runoff on October 30.\n")  # undated
    (articles / "d.txt").write_text("The runoff, on 29 October, was calm.\n")  # undated, another day

    def read(*names: str) -> list[tuple[str, object]]:
        picked = tmp_path / "picked"
        shutil.rmtree(picked, ignore_errors=True)
        picked.mkdir()
        for name in names:
            shutil.copy(articles / name, picked / name)
        result = run_cli("check", picked, "-r", tmp_path / "rules.yaml", "--format", "json", "--no-cache")
        [fact] = json.loads(result.stdout)["facts"]
        return [(m["article"], m["value"]) for m in fact["mentions"]]

    assert read("a.txt", "b.txt", "c.txt", "d.txt") == [
        ("a", "2030-10-30"),
        ("b", "2030-10-30"),
        ("c", "2030-10-30"),
        ("d", "2030-10-29"),  # in the others' year, a day that disagrees is told as one
    ]
    assert read("c.txt", "d.txt") == [("c", None), ("d", None)]  # no report gives a year
    (articles / "e.txt").write_text(dated.format("2031-10-02", 29))
    assert read("a.txt", "e.txt", "c.txt") == [
        ("a", "2030-10-30"),
        ("c", None),  # the other reports are split between two years
        ("e", "2031-10-29"),
    ]


def test_a_day_read_in_another_year_takes_the_others_year_when_its_article_names_it(tmp_path: Path) -> None:
    looking_back = "---\npublished: 2032-11-05\n---\n{}The runoff on October 30 drew few voters.\n"
    articles = runoff_reports(
        tmp_path,
        {
            "a": "The runoff was held on October 30, 2030, in every province.\n",
            "b": "---\npublished: 2031-02-01\n---\nThe runoff, on 30 October 2030, was calm.\n",
            "c": looking_back.format("Two years after the 2030 election. "),
            "d": looking_back.format(""),  # names no year: read from its date
        },
    )
    assert runoff_days(tmp_path, articles) == [
        ("a", "2030-10-30"),
        ("b", "2030-10-30"),
        ("c", "2030-10-30"),
        ("d", "2032-10-30"),
    ]


def test_a_day_written_in_words_is_a_day_without_its_year(tmp_path: Path) -> None:
    looking_back = "---\npublished: 2032-11-05\n---\n{}The runoff on October {} drew few voters.\n"
    articles = runoff_reports(
        tmp_path,
        {
            "a": "The runoff was held on October 30, 2030, in every province.\n",
            "b": looking_back.format("", "thirtieth"),  # names no year: read from its date
            "c": looking_back.format("Two years after the 2030 election. ", "30"),
        },
    )
    # "October thirtieth" gives no year of its own, so it does not split the year the reports write
    assert runoff_days(tmp_path, articles) == [("a", "2030-10-30"), ("b", "2032-10-30"), ("c", "2030-10-30")]


def test_a_cue_run_into_the_label_or_figure_before_it_is_found_as_explain_finds_it() -> None:
    signed = make_rule("f", "date", ("signed",), near=("President",))
    timeline = "Action Timeline\n\n2031-06-03PresidentSigned by President.Library of Congress\n"
    assert chosen(signed, timeline) == ["2031-06-03"]
    dead = make_rule("f", "count", ("dead",))
    assert chosen(dead, "Figures\n\nAs of 2031-06-03Dead 412, of them 30 children\n") == [412]


def test_a_weekday_alone_in_an_undated_report_takes_the_others_day_if_it_falls_on_it(tmp_path: Path) -> None:
    articles = runoff_reports(
        tmp_path,
        {
            "a": "The runoff was held on Sunday, October 30, 2033.\n",
            "b": "The runoff, on 30 October 2033, was calm.\n",
            "c": "Turnout in Sunday's runoff was low.\n",  # undated
            "d": "Turnout in the runoff on Saturday was low.\n",  # undated, another weekday
            "e": "Results of the runoff came in on Wednesday, Oct. 30.\n",  # undated
        },
    )
    assert runoff_days(tmp_path, articles) == [
        ("a", "2033-10-30"),
        ("b", "2033-10-30"),
        ("c", "2033-10-30"),  # 30 October 2033 is a Sunday
        ("d", None),  # not a Saturday: left unresolved, no disagreement made up
        ("e", "2033-10-30"),  # a weekday before the day: the day in the others' year
    ]


def test_explain_shows_a_day_as_the_comparison_reads_it_across_reports(tmp_path: Path) -> None:
    articles = runoff_reports(
        tmp_path,
        {
            "a": "The runoff was held on Sunday, October 30, 2033.\n",
            "b": "Turnout in Sunday's runoff was low.\n",  # undated
        },
    )
    result = run_cli("explain", "vote", articles, "-r", tmp_path / "rules.yaml", "-f", "json")
    chosen = {
        item["article"]: (c["value"], c["resolved"])
        for item in json.loads(result.stdout)
        for c in item["candidates"]
        if c["verdict"] == "chosen"
    }
    assert chosen == {"a": ("2033-10-30", False), "b": ("2033-10-30", True)}  # as `check` reports them
    text = run_cli("explain", "vote", articles, "-r", tmp_path / "rules.yaml").stdout
    assert "→ 2033-10-30 (in the year or on the day the other reports give)" in text


def test_a_part_of_the_facts_own_noun_with_nothing_before_it_to_be_part_of_is_the_fact() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("mine",))
    assert chosen(deaths, "The mine had a record of fines and accidents, including eight deaths.") == [8]
    assert chosen(deaths, "The mine had a history of cave-ins, including one death.") == [1]
    text = "The blast caused 40 deaths, including eight deaths among rescuers at the mine."
    assert chosen(deaths, text) == [40]  # a total stands before the part


def test_a_figure_counting_a_near_term_is_no_measure_in_the_facts_unit() -> None:
    depth = make_rule("f", "number", ("metres underground", "underground"), near=("miners",))
    text = "Experts will help keep 33 miners trapped deep underground fit until they are freed."
    assert chosen(depth, text) == []
    assert chosen(depth, "The miners are trapped 650 metres underground.") == [650]


def test_an_unrendered_wiki_template_between_figure_and_scale_is_skipped() -> None:
    fund = make_rule("f", "money", ("fund",))
    assert chosen(fund, "The fund will raise $412Template:Nbspbillion over ten years.") == [412_000_000_000]


def test_a_vague_count_is_not_a_measure() -> None:
    length = make_rule("f", "number", ("miles long", "long"), near=("miles",))
    text = "The convoy, about 2 miles long, left dozens of trucks behind."
    assert chosen(length, text) == [2]
    assert chosen(length, "The convoy was long and left dozens of trucks behind, miles away.") == []
    assert chosen(length, "The pipeline, hundreds of miles long, was closed.") == [
        None
    ]  # vague, but a length


def test_a_unit_of_measure_after_an_article_is_one_of_it() -> None:
    length = make_rule("f", "number", ("miles long", "long"), near=("miles",))
    assert chosen(length, "A freight train more than a mile long blocked the crossing.") == [1]
    quake = make_rule("f", "number", ("magnitude", "quake"))
    assert chosen(quake, "The quake struck a mile off the coast.") == []  # the fact is in no unit


def test_a_threshold_with_its_unit_is_not_the_measure() -> None:
    wind = make_rule("f", "number", ("winds", "wind speed"), near=("mph",))
    text = "It came ashore as a major storm, with winds of 111 mph or higher, after peaking at 150 mph winds."
    assert chosen(wind, text) == [150]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ferry left on 3 May 2022. Late that day, it ran aground.", "2022-05-03"),
        ("The ferry left on 3 May 2022. The next day, it ran aground.", "2022-05-04"),
        ("The ferry left on 3 May 2022 and, two days later, it ran aground.", "2022-05-05"),
        ("On 3 May 2022 the ferry reached port, having run aground the day before.", "2022-05-02"),
    ],
)
def test_a_day_told_from_the_last_one_named(text: str, day: str) -> None:
    grounding = make_rule("f", "date", ("ran aground", "run aground"))
    assert day in chosen(grounding, text, published=dt.date(2022, 6, 1))


def test_a_day_counted_from_an_event_without_a_date_is_not_read() -> None:
    assert anchored_days("It sank a day after the storm.", []) == []
    assert anchored_days("Two days later it sank.", []) == []  # no day named before it


def test_a_part_named_by_the_cue_is_the_fact() -> None:
    roads = make_rule("f", "money", ("roads", "road repairs"), exclude=("total spending",))
    text = "The law sets $90 billion in total spending – including $12 billion for road repairs, and more."
    assert chosen(roads, text) == [12_000_000_000]  # the dash ends the excluded clause
    cases = make_rule("f", "count", ("cases",))
    assert chosen(cases, "Officials reported 10 cases, including 3 cases in Texas.") == [10]


def test_an_exclude_term_before_and_the_rules_out_its_own_half_only() -> None:
    year = make_rule("f", "year", ("since",), exclude=("Dorian",))
    text = "It was the wettest storm since Dorian in 2019 and the deadliest since Hurricane Ida in 2021."
    assert chosen(year, text) == [2021]


def test_the_date_of_an_arrest_over_an_event_is_not_its_date() -> None:
    started = make_rule("f", "date", ("started", "starting"))
    text = "In March 2024, a man was arrested for starting the blaze near the ridge."
    assert chosen(started, text) == []
    assert chosen(started, "In March 2024, a blaze started near the ridge.") == ["2024-03"]


def test_a_compound_noun_of_its_own_counts_its_last_noun() -> None:
    cases = make_rule("f", "count", ("cases",), near=("dairy",))
    text = "Officials now report that 42 dairy cattle herds in nine states have confirmed cases in cows."
    assert chosen(cases, text) == []
    assert chosen(cases, "Officials now report 42 dairy cases, up from 30 last week.") == [42]


def test_a_partitive_counts_the_noun_after_of() -> None:
    killed = make_rule("f", "count", ("presumed dead", "killed"), near=("crew",))
    text = "Six members of a road crew that had been filling potholes overnight were presumed dead."
    assert chosen(killed, text) == [6]


def test_the_date_of_more_of_the_same_is_not_the_first_ones() -> None:
    quake = make_rule("f", "date", ("quake", "struck"))
    assert chosen(quake, "Wednesday brought more quakes to the valley.", published=dt.date(2024, 5, 9)) == []
    assert chosen(quake, "A quake hit the valley on Monday.", published=dt.date(2024, 5, 9)) == ["2024-05-06"]


def test_that_number_takes_the_cue_of_the_sentence_before() -> None:
    share = make_rule("f", "percent", ("of global",), near=("U.S.",), exclude=("1990",))
    text = (
        "In 1990, the U.S. made around 40% of global output of chips. By 2019, that number had fallen to 12%."
    )
    assert chosen(share, text) == [12]
    alone = "The U.S. once made much of global output of chips. Analysts say 12% is likely by 2030."
    assert chosen(share, alone) == []  # no pointer: the cue stays in its own sentence


def test_a_part_of_them_takes_the_cue_of_the_sentence_before() -> None:
    ward = make_rule("f", "count", ("infections", "infected"), near=("Norland",))
    text = "By May 2, the region had logged 830 infections in nine provinces. Norland holds 412 of them."
    assert chosen(ward, text) == [412]
    asked = "By May 2, the region had logged 830 infections. Of those, 412 were in Norland."
    assert chosen(ward, asked) == [412]
    alone = "By May 2, the region had logged 830 infections. Norland holds 412 beds."
    assert chosen(ward, alone) == []  # no pointer: the cue stays in its own sentence
    # a figure of its own before the pointer is what "of them" points back to
    own = "By May 2, the region had logged 830 infections. Norland has 40 wards, and 12 of them are full."
    assert chosen(ward, own) == []
    # and so with a clause an `exclude` term rules out: the pointer is not read against itself
    clubs = make_rule("f", "count", ("runners",), exclude=("won prizes",))
    text = "Runners from 40 clubs won prizes, and 12 of them set records."
    assert chosen(clubs, text) == []


def test_an_age_between_commas_after_a_name_is_read_for_an_age_fact() -> None:
    age = make_rule("f", "number", ("years old", "aged", "age"))
    assert chosen(age, "Ana Ruiz, 31, of Miami, was charged on Friday with two counts of fraud.") == [31]
    counts = make_rule("f", "count", ("counts",))
    assert chosen(counts, "Ana Ruiz, 31, of Miami, was charged on Friday with two counts of fraud.") == [2]


def test_a_row_that_names_part_of_an_excluded_title_is_about_that_part() -> None:
    deaths = make_rule(
        "f", "count", ("Ruritania",), near=("deaths", "dead"), exclude=("Ruritania and Borduria",)
    )
    rows = (
        "Casualties\n\n• 310 deaths and 1 200 injured in Ruritania\n• 45 deaths and 90 injured in Borduria\n"
    )
    assert chosen(deaths, rows, title="Floods in Ruritania and Borduria") == [310]
    assert (
        chosen(deaths, "Casualties\n\n• 355 deaths in all\n", title="Floods in Ruritania and Borduria") == []
    )


def test_a_day_told_from_the_edge_of_the_calendar_is_no_date() -> None:
    text = "On December 31, 9999 it began. The next day it ended."
    assert anchored_days(text, find_values(text, "date", dt.date(2024, 1, 1))) == []


def test_the_description_lends_no_cue(tmp_path: Path) -> None:
    # The description is for readers: its words match nothing, however many of them a sentence holds
    # (weak cues taken from it chose wrong figures far more often than right ones on held-out text).
    (tmp_path / "rules.yaml").write_text(
        "facts:\n"
        "  aftershock:\n"
        "    description: magnitude of the largest aftershock that struck hours after the main earthquake\n"
        "    type: number\n"
        "    cues: [second quake]\n"
        "    near: [magnitude]\n"
        "  deaths: {description: people killed by the earthquake, type: count, cues: [killed]}\n"
        "  depth: {description: depth of the main earthquake in kilometres, type: number, cues: [deep]}\n"
    )
    articles = tmp_path / "articles"
    articles.mkdir()
    largest = "Hours later, the largest aftershock, of magnitude 6.9, struck the coast.\n"
    (articles / "a.txt").write_text(largest)
    (articles / "b.txt").write_text("Hours later, a second quake of magnitude 6.9 struck the coast.\n")
    result = run_cli("check", articles, "-r", tmp_path / "rules.yaml", "--format", "json", "--no-cache")
    [fact] = [f for f in json.loads(result.stdout)["facts"] if f["id"] == "aftershock"]
    assert [(m["article"], m["value"]) for m in fact["mentions"]] == [("b", 6.9)]


def test_a_bare_row_under_a_field_is_a_further_item_not_a_second_reading() -> None:
    magnitude = make_rule("f", "number", ("magnitude", "Mw"))
    assert chosen(magnitude, "Earthquakes\n\nMagnitudeMw 6.4\nMw 5.9\nDepth10 km\n") == [6.4]
    # a row of its own words is a field of its own, read as usual
    assert chosen(magnitude, "Earthquakes\n\nMagnitudeMw 6.4\nAftershock magnitude Mw 5.9\n") == [6.4, 5.9]


def test_a_figure_of_what_followed_is_not_the_facts() -> None:
    text = "A magnitude 6.4 quake shook the valley at dawn. It was followed by a magnitude 5.9 quake at noon."
    assert chosen(MAGNITUDE, text) == [6.4]
    after = make_rule("f", "number", ("followed by",), near=("magnitude",))
    assert chosen(after, text) == [5.9]  # unless the cue is that very phrase


def test_an_exclude_term_after_and_a_bare_verb_with_a_figure_rules_out_that_clause_only() -> None:
    shed = make_rule("f", "money", ("shed",), near=("city",), exclude=("reinvest",))
    text = "The city will shed $3 billion of its $9 billion debt and reinvest about $1 billion in parks."
    assert chosen(shed, text) == [3_000_000_000]
    # with no figure of its own after the verb, "and" parts no clause
    assert chosen(shed, "The city will shed $3 billion of debt and reinvest the savings.") == []


def test_an_exclude_term_in_a_relative_clause_or_after_until_rules_out_that_clause_only() -> None:
    toll = make_rule("f", "count", ("killed",), near=("city",), exclude=("2031 storm",))
    text = "The 2031 storm was the second disaster for the city, which saw a flood that killed 40 people."
    assert chosen(toll, text) == [40]
    # a relative clause about the excluded thing named right before it is ruled out with it
    toll = make_rule("f", "count", ("killed",), near=("flood",), exclude=("2015 flood",))
    text = "The dam burst four years after the 2015 flood, which killed 19 people."
    assert chosen(toll, text) == []
    assets = make_rule("f", "money", ("assets",), near=("Norco",), exclude=("Delta Bank",))
    text = "Norco's $12.5 billion in assets made it the largest failure until Delta Bank failed in 2033."
    assert chosen(assets, text) == [12_500_000_000]


def test_an_exclude_term_after_and_a_modal_verb_rules_out_that_clause_only() -> None:
    yeas = make_rule("f", "count", ("vote",), near=("Senate",), exclude=("House",))
    text = "The bill cleared the Senate by a vote of 61 and will now go to the House for a vote."
    assert chosen(yeas, text) == [61]
    assert chosen(yeas, "The bill cleared the Senate and the House by a vote of 61.") == []


def test_an_exclude_term_after_and_a_gerund_rules_out_that_clause_only() -> None:
    seats = make_rule("f", "count", ("seats",), near=("Greens",), exclude=("lost", "losing"))
    text = "The Greens had their best night, winning 14 seats with 9% of the vote and losing 2 others."
    assert chosen(seats, text) == [14]
    assert chosen(seats, "The Greens lost 14 seats.") == []


POPULAR = make_rule("f", "count", ("votes",), near=("Greens",))
RESULTS = (
    "Results\n\nParty Greens Liberal Democrats Reform\nLeader Ana Ruiz Tom Hale Ed Burr\n"
    "Popular vote 1,204,300 806,120 455,000\n"
)


def test_a_header_that_opens_with_the_subject_owns_the_first_column() -> None:
    assert chosen(POPULAR, RESULTS) == [1204300]
    last = make_rule("f", "count", ("votes",), near=("Reform",))
    assert chosen(last, RESULTS) == [455000]


def test_a_header_naming_the_subject_over_a_column_holds_at_the_sentence_scope_too() -> None:
    sentence_scope = replace(POPULAR, near_scope="sentence")
    assert chosen(sentence_scope, RESULTS) == [1204300]
    # a row with no header naming the subject is still not read at that scope
    assert chosen(sentence_scope, "Results\n\nPopular vote 1,204,300 806,120 455,000\n") == []


def test_a_header_column_is_found_by_the_subject_s_fullest_name() -> None:
    # "Ruiz" alone stands after "Ana", which could be a column of its own; "Ana Ruiz" opens the header
    names = "Results\n\nNominee Ana Ruiz Tom Hale Lee\nParty GP LD\nPopular vote 1,204,300 806,120\n"
    assert chosen(make_rule("f", "count", ("votes",), near=("Ruiz", "Ana Ruiz")), names) == [1204300]
    assert chosen(make_rule("f", "count", ("votes",), near=("Hale Lee", "Tom Hale Lee")), names) == [806120]


def test_a_subject_between_other_columns_is_read_where_the_names_leave_it_one_place() -> None:
    # one name after the label and one after the subject: three columns, the subject the second
    middle = make_rule("f", "count", ("votes",), near=("Liberal Democrats",))
    assert chosen(middle, RESULTS) == [806120]
    # "Green Left" may be one name or two, "Reform Unity" too: the second column or the third
    ambiguous = (
        "Results\n\nParty Green Left Liberal Democrats Reform Unity\nPopular vote 1,100 2,200 3,300 4,400\n"
    )
    assert chosen(middle, ambiguous) == []
    # without a header naming the subject, a row of figures is read for no fact
    assert chosen(POPULAR, "Results\n\nPopular vote 1,204,300 806,120 455,000\n", title="Greens") == []


# A table whose header names the columns and whose rows name their subjects.
OUTBREAK = (
    "Cholera outbreak by province\n\n"
    "Province Cases Deaths Last report\n"
    "Nampula 4,210 61 12 new cases 3 May 2024[4]\n"
    "Zambezia 2,877 35 closed 20 April 2024\n"
    "Total 7,087 96 as of 3 May 2024\n"
)
CASES = make_rule("f", "count", ("cases",), near=("Zambezia",))
TOTAL_DEATHS = make_rule("f", "count", ("deaths",), near=("cholera",))


def test_a_row_s_figure_is_read_under_its_column_name_in_the_header() -> None:
    assert chosen(CASES, OUTBREAK) == [2877]
    assert chosen(replace(CASES, near=("Nampula",)), OUTBREAK) == [4210]
    assert chosen(make_rule("f", "count", ("deaths",), near=("Nampula",)), OUTBREAK) == [61]
    # the total row is read for a fact whose subject the page names
    assert chosen(TOTAL_DEATHS, OUTBREAK, title="Cholera in Mozambique") == [96]
    # not when the page does not name the subject (a line above the table is no title)
    assert chosen(TOTAL_DEATHS, OUTBREAK) == []
    # the quote shows the column's name over the row
    found = extract(article(OUTBREAK), [FactMatcher(CASES)])["f"]
    assert found[0].quote == "Cases\nZambezia 2,877 35 closed 20 April 2024"
    assert found[0].line == 5


def test_a_row_that_does_not_name_the_subject_is_not_read_under_a_header() -> None:
    # "cases" in the notes of a row is no name of the fact's subject
    assert chosen(make_rule("f", "count", ("deaths",), near=("Sofala",)), OUTBREAK) == []
    no_total = OUTBREAK.replace("Total 7,087 96 as of 3 May 2024\n", "")
    assert chosen(TOTAL_DEATHS, no_total, title="Cholera in Mozambique") == []


def test_a_header_without_a_column_of_names_is_not_read() -> None:
    # "Week Cases Deaths" names no row's subject: the rows' first figures would be misread
    weekly = "Week Cases Deaths\nNampula week 14 320 5\n"
    assert chosen(replace(CASES, near=("Nampula",)), weekly) == []


def test_a_results_table_reads_the_party_s_seats_after_its_leader_s_name() -> None:
    results = "Party Leader % Seats ±\nHarbour Party Ana Ruiz 41.2 212 +30\nUnion Tom Hale 33.0 160 -22\n"
    assert chosen(make_rule("f", "count", ("seats",), near=("Union",)), results) == [160]
    # "Vote %" names one column when the rows hold one figure fewer than a lone "%" would make
    results = (
        "Party Leader Vote % Seats +/–\nHarbour Party Ana Ruiz 41.2% 212 +30\nUnion Tom Hale 33.0% 160 −22\n"
    )
    assert chosen(make_rule("f", "count", ("seats",), near=("Union",)), results) == [160]
    shares = (
        "Party Leader Votes % Seats\nHarbour Party Ana Ruiz 9,120 41.2% 212\nUnion Tom Hale 7,310 33.0% 160\n"
    )
    assert chosen(make_rule("f", "count", ("seats",), near=("Union",)), shares) == [160]
    assert chosen(make_rule("f", "percent", ("%",), near=("Harbour Party",)), results) == []
    assert chosen(make_rule("f", "count", ("seats",), near=("Harbour",)), results) == [212]


def test_a_row_labelled_as_before_the_event_or_a_change_is_not_the_fact() -> None:
    infobox = "Party Harbour Union Green\nSeats before 40 52 6\nSeats won 61 31 9\nSeat change 21 21 3\n"
    assert chosen(make_rule("f", "count", ("seats",), near=("Harbour",)), infobox) == [61]
    # unless the rule's own cue says so
    assert chosen(make_rule("f", "count", ("seats before",), near=("Harbour",)), infobox) == [40]
    assert chosen(make_rule("f", "count", ("seat change",), near=("Harbour",)), infobox) == [21]
    last = make_rule("f", "count", ("seats",), near=("election",))
    assert chosen(last, "2031 Thule election\nLast election 33.1%, 284 seats\n") == []
    assert chosen(last, "2031 Thule election\nSeats won 261\n") == [261]
    assert chosen(last, "2031 Thule election\nCurrent seats 250 98\n") == []


def test_a_part_told_out_of_a_whole_is_what_the_verb_after_them_says() -> None:
    spent = make_rule("f", "money", ("spent", "will be spent"), near=("fund",))
    text = "Auditors expect $312 million of the originally approved $900 million fund to be spent."
    assert chosen(spent, text) == [312_000_000]
    # the cue between them names the whole
    approved = make_rule("f", "money", ("approved", "originally approved"), near=("fund",))
    assert chosen(approved, text) == [900_000_000]
    # and so does the whole's own noun
    engines = make_rule("f", "count", ("engines",))
    assert chosen(engines, "Inspectors grounded 8 of its 30 engines on Monday.") == [30]
    # "out of the" joins them and names neither; "to her" is no qualifier of a whole
    grounded = make_rule("f", "count", ("out of the", "grounded"))
    assert chosen(grounded, "Inspectors grounded 8 out of the 30 engines on Monday.") == [8]
    share = make_rule("f", "percent", ("of the vote",), near=("Ruiz",))
    assert chosen(share, "Ruiz won with 58.5% of the vote to her rival's 41.5%.") == [58.5]


def test_a_whole_the_description_gives_is_not_the_fact_its_part_is() -> None:
    flooded = make_rule(
        "f", "count", ("locks", "flooded"), description="how many of the six canal locks flooded"
    )
    text = "Engineers said 4 of 6 locks flooded overnight."
    assert chosen(flooded, text) == [4]
    # without the whole in the description, the whole's own noun still names the whole
    assert chosen(make_rule("f", "count", ("locks",), description="the canal's locks"), text) == [6]
    seats = make_rule(
        "f", "count", ("council seats",), description="the number of the 60 council seats on the ballot"
    )
    assert chosen(seats, "Voters filled 20 of the 60 council seats on Sunday.") == [20]
    # a whole told with a name's possessive ("out of Ostland's 54 bridges")
    closed = make_rule("f", "count", ("closed", "had to be closed"))
    assert chosen(closed, "For the first time, 12 out of Ostland's 54 bridges had to be closed.") == [12]


def test_plain_spaces_part_columns_in_an_article_that_groups_thousands_with_commas() -> None:
    infobox = "Party Harbour Union Green\nPopular vote 4,120,505 3,870,204 1,002,311\nSeats won 206 197 118\n"
    assert chosen(make_rule("f", "count", ("seats won",), near=("Union",)), infobox) == [197]
    # where the article writes none with commas, a run of spaced groups is still one figure
    census = "Ostland census\nPopulation 1 234 567\n"
    assert chosen(make_rule("f", "count", ("population",), near=("Ostland",)), census) == [1_234_567]


def test_a_piped_table_is_read_by_its_cells() -> None:
    piped = "| Country | Confirmed cases | Deaths |\n| Chad | 1,020 | 14 |\n| Niger | 875 | 9 |\n"
    assert chosen(make_rule("f", "count", ("deaths",), near=("Niger",)), piped) == [9]
    assert chosen(make_rule("f", "count", ("confirmed cases",), near=("Chad",)), piped) == [1020]


def test_a_restatement_after_the_first_figures_unit_is_no_figure_between() -> None:
    planned = make_rule("f", "number", ("planned",), near=("grams", "g"))
    assert chosen(planned, "Payload mass 45 g (1.6 oz) (planned)") == [45]


def test_a_pronoun_after_a_pronoun_points_to_the_last_sentence_that_names_its_subject() -> None:
    year = make_rule("f", "year", ("by",), near=("emissions",))
    text = (
        "The Clean Ports Act passed in March. It targets port emissions in the long run. "
        "It also funds new cranes, to be installed by 2031."
    )
    assert chosen(year, text) == []
    # one pronoun sentence still takes its subject from the sentence before
    assert chosen(year, "Port emissions are to fall sharply. It is meant to happen by 2031.") == [2031]


def test_amounts_beside_different_cues_are_items_of_a_list_not_the_total() -> None:
    funds = make_rule("f", "money", ("grants", "for research"))
    text = "The law includes $12 billion in grants for new plants and $4 billion for research on batteries."
    assert chosen(funds, text) == []
    assert chosen(funds, "The law includes $12 billion in grants for new plants.") == [12_000_000_000]
    # two phrases of one cue hit from the same word ("events", "events in") are one cue, not two
    events = make_rule("f", "count", ("events", "events in"))
    assert chosen(events, "Events | 141 in 12 sports |") == [141]


def test_the_bounds_of_a_class_in_a_map_key_are_not_a_measure() -> None:
    wind = make_rule("f", "number", ("mph", "highest winds"), near=("storm", "Orla"))
    key = "Map key\nCategory 2 (96–110 mph, 154–177 km/h)\nTropical storm (≤73 mph)\n"
    assert chosen(wind, "Storm Orla\n\nHighest winds105 mph (165 km/h)\n\n" + key, title="Storm Orla") == [
        105
    ]
    assert chosen(wind, key, title="Storm Orla") == []
    # a range in prose is a range, read as one
    assert chosen(wind, "The storm's winds reached 96–110 mph on Monday.") == [None]


def test_speeds_are_measures_of_their_own() -> None:
    text = "gusts of 125 Miles\nper hour, or 201 km/h, and 90 mph"
    assert [measured_in(text, v) for v in find_values(text, "number")] == [
        "mile per hour",
        "kilometre per hour",
        "mile per hour",
    ]
    wind = make_rule("f", "number", ("winds",), near=("miles per hour",))
    assert chosen(wind, "Its winds reached 125 miles per hour (201 km/h) at landfall.") == [125]


def test_an_exclude_term_in_the_head_of_a_list_rules_its_bullet_rows_out() -> None:
    magnitude = make_rule("f", "number", ("Mw", "magnitude"), exclude=("aftershocks",))
    page = (
        "Quake\n\nMagnitudeMw 6.4\nAftershocks\n• 310 (to 9 May)[3]\n• Largest: Mw 5.1 on 8 May\nDeaths12\n"
    )
    assert chosen(magnitude, page) == [6.4]
    # without the head, the bullet row is read as usual
    assert chosen(magnitude, "Quake\n\nSeismic data\n• Largest: Mw 5.1 on 8 May\n") == [5.1]


def test_a_row_under_a_field_with_one_word_of_its_own_is_a_further_item() -> None:
    magnitude = make_rule("f", "number", ("Mw",))
    rows = "Quake\n\nIntensity IX (Violent) (6.4 Mw)\nVIII (Violent) (5.9 Mw)\n"
    assert chosen(magnitude, rows) == [6.4]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Mean diameter: 151±5 m", 151, 146, 156),
        ("a period of 11.93 ± 0.01 hr", 11.93, 11.92, 11.94),
        ("a margin of 3 +/- 1 points", 3, 2, 4),
        ("a total of 465 ± 20 thousand tonnes escaped", 465_000, 445_000, 485_000),  # the margin's scale
    ],
)
def test_a_figure_and_its_margin_are_one_value(text: str, value: float, low: float, high: float) -> None:
    [found] = find_values(text, "number")
    assert (found.value, found.low, found.high) == (value, low, high)


def test_a_number_word_joined_to_a_unit_is_a_number_or_a_count_of_that_word() -> None:
    assert [v.value for v in find_values("the eight-degree Celsius water", "number")] == [8]
    members, crews = make_rule("f", "count", ("members",)), make_rule("f", "count", ("crew",))
    assert chosen(members, "A five-member crew was aboard.") == [5]
    assert chosen(crews, "A five-member crew was aboard.") == []  # a crew of five, not five crews
    temperature = make_rule("f", "number", ("Celsius",), near=("water",))
    assert chosen(temperature, "Divers pulled two men from the eight-degree Celsius water.") == [8]


def test_a_degree_sign_keeps_its_letter() -> None:
    assert Words.of("engine MAN-C9.2 at 8 °C").stems[-1] == "°c"
    celsius = make_rule("f", "number", ("°C",), near=("water",))
    assert chosen(celsius, "Engine MAN-C9.2 of 41,480 kW beside the water.") == []
    assert chosen(celsius, "The water was 8 °C at dawn.") == [8]


def test_seconds_and_firsts_are_no_parts_of_a_whole() -> None:
    assert [v.value for v in find_values("a threshold of 73 seconds", "number")] == [73]
    assert [v.text for v in find_values("a twenty-first of the total", "number")] == ["a twenty-first"]


def test_words_that_part_early_are_other_words_unless_a_slip() -> None:
    built = make_rule("f", "year", ("constructed in",))
    assert chosen(built, "The ship was contracted in 2013 and built later.") == []
    assert Phrase("arrested").best(Words.of("Police arested 41 people"), 85) is not None  # a slip
    assert Phrase("constructed").best(Words.of("It was contracted in 2013"), 70) is None


@pytest.mark.parametrize(
    ("name", "sentence", "matches"),
    [
        ("Olympia", "The 2018 Winter Olympics opened on 9 February.", False),  # a letter for another
        ("Olympics", "The flame was lit in Olympia in October.", False),
        ("Labour", "Labor party leader Keir Starmer won 411 seats.", True),  # a letter more or less
        ("North America", "The North American winter storm killed 246.", True),
        ("Olympics", "the Olympic Games", True),  # inflected
    ],
)
def test_a_name_is_not_a_name_spelt_with_another_letter(name: str, sentence: str, matches: bool) -> None:
    assert (Phrase(name).best(Words.of(sentence), 85) is not None) is matches
    # lower-case words still match a slip of one letter for another ("arested" above)
    assert Phrase("olympia").best(Words.of("The Olympic Games"), 85) is not None


def test_words_joined_without_a_space_match_only_side_by_side() -> None:
    assert Phrase("Crew-2").best(Words.of("Crew Dragon Demo-2"), 85) is None
    assert Phrase("Crew-2").best(Words.of("the Crew-2 mission"), 85) is not None
    # words a space parts may still stand apart
    assert Phrase("crew 2").best(Words.of("crew of flight 2"), 85) is not None
    launch = make_rule("f", "date", ("launched",), near=("Demo-2",), exclude=("Crew-2",))
    text = "Crew Dragon Demo-2 launched on 30 May 2020."
    assert chosen(launch, text, title="Crew Dragon Demo-2") == ["2020-05-30"]


def test_a_phrase_skips_words_but_no_figure() -> None:
    assert (
        Phrase("next year").best(Words.of("an increase of $1,455 billion over the next 10 years"), 85) is None
    )
    assert Phrase("14 September").best(Words.of("lying in state from 14 to 18 September"), 85) is None
    # a figure in words is a figure too
    assert Phrase("next year").best(Words.of("over the next four years"), 85) is None
    both = Words.of("killing 31 people in Haiti and four in the Dominican Republic")
    assert Phrase("Haiti and the Dominican Republic").best(both, 85) is None
    assert Phrase("prison opened").best(Words.of("The prison was first opened in 2023"), 85) is not None
    deficit = make_rule("f", "money", ("increase in the deficit",), exclude=("next year",))
    text = "It would lead to an increase in the deficit of $1,455 billion over the next 10 years."
    assert chosen(deficit, text) == [1_455_000_000_000]


def test_a_preposition_that_ends_a_phrase_follows_its_word_at_once() -> None:
    assert Phrase("launched on").best(Words.of("It was mated to its launch vehicle on 16 April."), 85) is None
    assert Phrase("launched on").best(Words.of("It was launched on 5 June."), 85) is not None
    # one inside a phrase may be reached across words
    returned = Words.of("It returned its sample to Earth in 2023.")
    assert Phrase("returned to Earth").best(returned, 85) is not None
    assert Phrase("margin of").best(Words.of("Marine Le Pen of the National Front"), 85) is None


def test_a_difference_or_margin_of_a_share_is_no_share() -> None:
    share = make_rule("f", "percent", ("of the vote",), near=("Ruiz",))
    text = "Ruiz won with a difference of more than 20% of the vote over Soto."
    assert chosen(share, text) == []
    assert chosen(share, "Ruiz won 58% of the vote, a margin of 16 points.") == [58]


@pytest.mark.parametrize(
    ("noun", "verb"), [("collision", "collided"), ("explosions", "exploded"), ("decision", "decides")]
)
def test_the_noun_of_a_verb_in_de_meets_the_verb(noun: str, verb: str) -> None:
    assert stem(noun) == stem(verb)


def test_short_and_double_s_nouns_keep_their_ending() -> None:
    assert [stem(w) for w in ("vision", "mission", "version")] == ["vision", "mission", "version"]


def test_a_pronoun_may_name_the_page_s_subject_from_its_title() -> None:
    size = make_rule("f", "number", ("diameter",), near=("Zorbex",))
    text = (
        "Zorbex is a small moon found in 2004. It circles a larger rock every 12 hours. "
        "After years of study, the union of astronomers named the pair in 2020. "
        "At a diameter of 170 metres, it is one of the smallest named objects."
    )
    assert chosen(size, text, title="Zorbex") == [170]
    assert chosen(size, text, title="Small moons") == []


def test_a_span_of_time_is_the_fact_when_the_fact_is_measured_in_it() -> None:
    change = make_rule("f", "number", ("shortened",), near=("minutes",))
    assert chosen(change, "The impact shortened the moon's orbit by 32 minutes.") == [32]
    quake = make_rule("f", "number", ("magnitude",))
    assert chosen(quake, "Shaking from the magnitude quake lasted 45 seconds.") == []


def test_a_reference_number_run_into_a_word_is_no_figure() -> None:
    period = make_rule("f", "number", ("orbit",), near=("hours",))
    assert chosen(period, "We fitted the orbit parameters with respect to the primary4–6.") == []
    assert [v.value for v in find_values("Deaths412", "count")] == [412]  # a row's label, not a note


def test_what_would_have_happened_is_not_the_fact() -> None:
    launched = make_rule("f", "date", ("launched",))
    text = "Under the old plan the probe would have launched in March 2029; it launched on 4 June 2030."
    assert chosen(launched, text) == ["2030-06-04"]
    assert chosen(launched, "Under the old plan the probe would have launched in March 2029.") == []


def test_a_figure_expected_on_a_condition_is_not_the_fact() -> None:
    drop = make_rule("f", "number", ("pressure drop",), near=("valve",))
    text = (
        "A pressure drop of roughly 4 bar was expected if the valve sealed fully. "
        "Engineers measured a pressure drop of 9 bar at the valve."
    )
    assert chosen(drop, text) == [9]
    assert chosen(drop, "A pressure drop of roughly 4 bar was expected if the valve sealed fully.") == []
    assert chosen(drop, "A pressure drop of roughly 4 bar was expected at the valve.") == [4]  # no condition


def test_a_span_in_hours_and_minutes_is_one_figure_in_minutes() -> None:
    delay = make_rule("f", "number", ("into the climb", "minutes"), near=("balloon",))
    text = "The balloon lost its radio link about 2 hours and 10 minutes into the climb."
    found = extract(article(text), [FactMatcher(delay)])["f"]
    assert [(m.value.value, m.value.low, m.value.high) for m in found] == [(130, 117, 143)]
    assert chosen(delay, "The balloon lost its radio link 1 hour, 5 minutes into the climb.") == [65]
    # a fact not measured in minutes reads no such sum
    bare = make_rule("f", "number", ("into the climb",), near=("balloon",))
    assert 130 not in chosen(bare, "The balloon lost its radio link 2 hours and 10 minutes into the climb.")


def test_a_span_in_three_units_is_one_figure_in_the_smallest_the_fact_is_measured_in() -> None:
    airborne = make_rule("f", "number", ("time aloft", "seconds aloft"), near=("drone",))
    row = "The drone's time aloft: 1 hr 12 min 30 sec, all sorties together"
    assert chosen(airborne, row) == [4350]
    # in minutes, the seconds after them are its fraction
    in_minutes = make_rule("f", "number", ("time aloft", "minutes aloft"), near=("drone",))
    assert chosen(in_minutes, row) == [72.5]


def test_a_figure_run_into_a_span_of_time_qualifies_the_measure() -> None:
    gusts = make_rule("f", "number", ("highest winds",))
    assert chosen(gusts, "Highest winds10-minute sustained: 95 mph (150 km/h)") == [95]
    assert chosen(gusts, "Highest winds 1-minute sustained: 120 mph") == [120]
    wait = make_rule("f", "number", ("wait", "minutes"))
    assert chosen(wait, "Riders face a 45-minute wait at peak hours.") == [45]  # the fact is in minutes


def test_a_figure_that_counts_a_noun_is_not_a_measure_in_the_facts_unit() -> None:
    distance = make_rule("f", "number", ("from Ravenna", "kilometres from"), near=("Ravenna",))
    text = (
        "Some 1.4 million people from Ravenna and the hills around it felt the shaking. "
        "The epicentre lay 41.5 km from Ravenna."
    )
    assert chosen(distance, text) == [41.5]
    assert chosen(distance, "Some 1.4 million people from Ravenna felt the shaking.") == []


def test_an_ordinal_in_a_cue_names_no_unit() -> None:
    assert FactMatcher(make_rule("f", "number", ("second quake",))).units == frozenset()
    assert FactMatcher(make_rule("f", "number", ("seconds", "launch"))).units == {"second"}
    assert FactMatcher(make_rule("f", "number", ("miles long",))).units == {"mile"}


def test_a_measure_excluded_in_the_sentence_before_leaves_a_pronoun_sentence_in() -> None:
    deadliest = make_rule("f", "year", ("deadliest since",), exclude=("costliest", "Carla"))
    text = "Storm Oda was the costliest storm on record. It was also the deadliest since the 1928 gale."
    assert chosen(deadliest, text) == [1928]
    # a name excluded in the sentence before still rules the pronoun sentence out
    named = "Storm Carla struck in May. It was the deadliest since the 1928 gale."
    assert chosen(deadliest, named) == []


def test_the_number_of_a_category_is_no_measure() -> None:
    winds = make_rule("f", "number", ("sustained winds",))
    assert chosen(winds, "It peaked as a Category 4 storm with sustained winds of 150 mph.") == [150]
    assert chosen(winds, "It peaked as a Category 4 storm with sustained winds.") == []
    category = make_rule("f", "number", ("Category",))
    assert chosen(category, "It made landfall as a Category 4 storm.") == [4]


def test_an_undated_page_without_a_dated_year_takes_the_year_named_alone() -> None:
    text = "Its 2019 season went well. On its first 2024 voyage the ferry sank on 9 May."
    years = NarrativeYears(text)
    assert years.at(text.index("9 May")) == 2024
    dated = "The ferry was built in 1990. It sank on 9 May 2024, and was raised on 2 June."
    assert NarrativeYears(dated).at(dated.index("2 June")) == 2024  # a dated year comes first
    sank = make_rule("f", "date", ("sank",))
    assert chosen(sank, text) == ["2024-05-09"]
    # a year named only after the day names a law or an earlier event as often as the story's
    law = "The ferry sank on 9 May. The Ferry Safety Act of 2002 requires an inquiry."
    assert NarrativeYears(law).at(law.index("9 May")) is None
    # nor does one named paragraphs before, as often a past event's
    past = "Ruiz took office in 2029.\n\nThe runoff will be held on 30 October."
    assert NarrativeYears(past).at(past.index("30 October")) is None


def test_a_figure_in_brackets_in_the_facts_unit_is_the_facts() -> None:
    gap = make_rule("f", "number", ("metres from", "from the pier"), near=("wreck",))
    text = "The wreck lies about 2,000 feet (610 metres) from the pier."
    assert chosen(gap, text) == [610]
    length = make_rule("f", "number", ("length", "feet long"), near=("ferry",))
    assert chosen(length, "Ferry Aldo\nLength 38.1 m (125 ft)\n") == [125]
    # in any other unit, a bracketed figure stays a conversion of the first
    plain = make_rule("f", "number", ("from the pier",), near=("wreck",))
    assert chosen(plain, text) == [2000]
    # after a figure with a noun of its own too: a span in days after one in another count
    mission = make_rule("f", "number", ("mission length", "days"), near=("lander",))
    assert chosen(mission, "Lander Orla\nMission lengthPrimary: 30 sols (31 days)\n") == [31]


def test_a_figure_of_the_event_a_record_is_counted_from_is_not_the_facts() -> None:
    text = "Its magnitude makes it the largest quake in the region since the 1931 Mw 7.3 Hawke's Bay quake."
    assert chosen(MAGNITUDE, text) == []
    assert chosen(MAGNITUDE, "Magnitude 6.9 Mw. It is the largest since the 1931 quake.") == [6.9]
    deadliest = make_rule("f", "year", ("deadliest since",))
    assert chosen(deadliest, "It was the deadliest since the 1931 Hawke's Bay quake.") == [1931]


def test_a_label_run_into_a_currency_is_two_words() -> None:
    damage = make_rule("f", "money", ("damage",))
    assert chosen(damage, "Storm Oda\nTotal damageUS$4.2 billion\n") == [4_200_000_000]


def test_each_superlative_of_a_list_is_a_clause_of_its_own() -> None:
    deadliest = make_rule("f", "year", ("deadliest",), exclude=("strongest",))
    text = "It is the strongest storm on record, the deadliest since the 1928 gale, and the costliest yet."
    assert chosen(deadliest, text) == [1928]
    assert chosen(deadliest, "It was the strongest and deadliest storm since 1928.") == []


def test_a_date_far_from_the_cue_is_no_count_of_the_word_after_it() -> None:
    landfall = make_rule("f", "date", ("landfall",), near=("Texas",))
    text = (
        "The storm peaked with winds of 150 mph early on August 4, 2031 while nearing the coast of "
        "Texas, and made landfall just below peak strength near Port Lavaca."
    )
    assert chosen(landfall, text) == ["2031-08-04"]


def test_a_figure_of_an_event_that_came_hours_later_is_not_the_facts() -> None:
    text = "A 6.6 quake shook the island at dawn. Another quake of magnitude 6.1 struck six hours later."
    assert chosen(MAGNITUDE, "In addition, a quake of magnitude 6.1 struck six hours later.") == []
    assert chosen(MAGNITUDE, text) == [6.6]
    struck = make_rule("f", "number", ("struck",), near=("magnitude",))  # the cue tells of the later quake
    assert chosen(struck, "In addition, a quake of magnitude 6.1 struck six hours later.") == [6.1]
    toll = make_rule("f", "count", ("toll",))
    assert chosen(toll, "The toll rose to 50 two days later.") == [50]


def test_a_pronoun_after_an_opening_date_with_its_comma_points_back() -> None:
    flights = make_rule("f", "count", ("flights",), near=("drone",))
    text = "The team flew a drone over the dunes. On May 3, 2031 (UTC), it made its 40th and last flight."
    assert chosen(flights, text) == [40]


def test_a_pictures_date_ranks_below_the_events_and_is_no_field() -> None:
    stuck = make_rule("f", "date", ("blocking the canal", "Date"), near=("Aldo",))
    page = "Aldo blockage\nSatellite image of Aldo blocking the canal on 9 May 2031\nDate8–12 May 2031\n"
    assert chosen(stuck, page) == ["2031-05-08"]
    # with nothing else, the picture's date is still read
    assert chosen(stuck, "Aerial view of Aldo blocking the canal on 9 May 2031.") == ["2031-05-09"]
    # a wire photo's caption: "... is seen at ..., Tuesday, <date>"
    launch = make_rule("f", "date", ("launch",), near=("Orion",))
    text = (
        "Workers on the Orion launch pad are seen on Dec. 21, 2031. "
        "Controllers confirmed a targeted launch date of Dec. 25 for Orion."
    )
    assert chosen(launch, text, dt.date(2031, 12, 22)) == ["2031-12-25"]
    assert chosen(launch, "Orion's launch is seen as likely on Dec. 25, 2031.") == ["2031-12-25"]
    text = (
        "Students pose for a photograph in front of the Orion launch pad on Aug. 2, 2031. "
        "Launch date: Dec. 25, 2031 (Orion)"
    )
    assert chosen(launch, text) == ["2031-12-25"]


def test_a_count_run_into_its_noun_is_read_below_one_standing_alone() -> None:
    floors = make_rule("f", "count", ("story", "stories"), near=("building",))
    assert chosen(floors, "A section of the 12-story building collapsed.") == [12]
    seats = make_rule("f", "count", ("seats",), near=("Greens",))
    text = "The Greens won a 74-seat majority and a total of 211 seats."
    assert chosen(seats, text) == [211]
    meeting = make_rule("f", "count", ("meetings",))
    assert chosen(meeting, "After a three-hour meeting, the board held 4 meetings more.") == [4]
    assert [v.value for v in find_values("a 7.8-magnitude quake killed 40", "count")] == [40]


def test_a_defined_term_opening_a_sentence_points_back() -> None:
    enacted = make_rule("f", "year", ("signed into law",), near=("Ferry Safety Act",))
    text = "Inspectors act under the Ferry Safety Act. The Act, signed into law in 2004, sets their powers."
    assert chosen(enacted, text) == [2004]
    # a name of two capitalised words is no defined term
    assert chosen(enacted, "The Harbour Board, signed into law in 2004, sets their powers.") == []


def test_for_the_first_time_is_an_occasion_not_a_count() -> None:
    flights = make_rule("f", "count", ("flights", "times"), near=("drone",))
    assert chosen(flights, "The drone is a test of flight on another world for the first time.") == []
    assert chosen(flights, "The drone made its fifth flight on Monday.") == [5]


def test_the_subject_of_a_clause_ruled_out_is_still_the_sentences() -> None:
    flights = make_rule("f", "count", ("flights",), near=("drone",), exclude=("first flight",))
    text = "The drone is dustier since its first flight in May, but it looks good after 50 flights."
    assert chosen(flights, text) == [50]


def test_the_date_of_a_report_on_the_event_is_not_the_events() -> None:
    collapsed = make_rule("f", "date", ("collapse",), near=("bridge",))
    text = "Engineers studied the Arno flood, with a report released in March 2031, and the bridge collapse."
    assert chosen(collapsed, text) == []
    released = make_rule("f", "date", ("report released",), near=("bridge",))
    assert chosen(released, "The bridge report released in March 2031 blamed corrosion.") == ["2031-03"]


@pytest.mark.parametrize(
    "text",
    [
        "Cases were reported by 25 jurisdictions.",
        "Measles cases were confirmed in 12 hospitals.",
        "Cases turned up at 4 schools and 3 sites in the valley.",
        "Cases were confirmed in 12 different countries.",
    ],
)
def test_a_count_of_places_is_not_a_count_of_cases(text: str) -> None:
    cases = make_rule("f", "count", ("cases", "confirmed"))
    assert chosen(cases, text) == []
    assert chosen(make_rule("f", "count", ("hospitals",)), "Cases were confirmed in 12 hospitals.") == [12]


def test_a_part_named_by_a_relative_clause_holding_the_cue_is_the_fact() -> None:
    under_act = make_rule("f", "count", ("under the Act", "solely under"))
    text = "The agency moved about 260 people, including 137 who were removed solely under the Act."
    assert chosen(under_act, text) == [137]
    moved = make_rule("f", "count", ("moved",), near=("people",))
    assert chosen(moved, text) == [260]


def test_the_first_few_of_them_are_a_part_not_the_count() -> None:
    segments = make_rule("f", "count", ("mirror segments",), near=("mirror",))
    text = "The first six mirror segments were tested in 2011. The 18 mirror segments shipped in 2012."
    assert chosen(segments, text) == [18]
    assert chosen(segments, "The first six mirror segments were tested in 2011.") == []


def test_some_of_the_counted_picked_out_by_a_participle_are_a_part() -> None:
    toll = make_rule("f", "count", ("death toll", "victims"))
    text = "The death toll in the collapse reached 95 on Tuesday, with 85 of victims identified."
    assert chosen(toll, text) == [95]
    killed = make_rule("f", "count", ("killed",))
    assert chosen(killed, "In all, 12 of the passengers killed were children.") == [12]  # the cue's own verb


def test_a_vague_count_of_a_noun_is_the_count_itself() -> None:
    arrests = make_rule("f", "count", ("arrested",))
    assert chosen(arrests, "Police have arrested tens of thousands of people accused of gang ties.") == [None]


def test_a_span_of_the_calendar_is_the_fact_when_the_fact_is_measured_in_it() -> None:
    life = make_rule("f", "number", ("mission duration", "years of operation"), near=("probe",))
    assert chosen(life, "Probe Aldo\nMission duration 5 years (design), 10 years (goal)\n") == [5]
    crowd = make_rule("f", "count", ("visitors",))
    assert chosen(crowd, "The fair drew 40 visitors in 3 days.") == [40]  # a time span still, otherwise


def test_including_starts_a_clause_for_exclude() -> None:
    damage = make_rule("f", "money", ("damage",), exclude=("insured losses",))
    text = "Damage from the storm is estimated at $12.5 billion, including insured and uninsured losses."
    assert chosen(damage, text) == [12_500_000_000]
    assert chosen(damage, "Insured losses reached $4 billion.") == []


def test_others_and_more_after_a_listed_figure_count_the_cues_kind() -> None:
    injured = make_rule("f", "count", ("injured",), near=("blast",))
    assert chosen(injured, "The blast killed 9 workers and injured 14 others.") == [14]
    assert chosen(injured, "The blast caused the deaths of 9 workers; 14 others were injured.") == [14]
    missing = make_rule("f", "count", ("missing",), near=("blast",))
    text = "The blast left more than 60 people dead, 30 more missing and more than 900 people injured."
    assert chosen(missing, text) == [30]
    wounded = make_rule("f", "count", ("wounded",), near=("blast",))
    assert chosen(wounded, "The blast left 8 guards dead and 11 more wounded on Friday.") == [11]
    # "N more" that is no item of a list stays a difference
    seats = make_rule("f", "count", ("seats",), near=("Greens",))
    assert chosen(seats, "The Greens won 14 more seats than in 2031, for a total of 52.") == [52]


def test_a_figure_after_another_verb_beside_one_bound_to_the_cue_is_that_verbs() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("blast",))
    text = (
        "The blast resulted in 60 deaths. Blasts hit a depot near the port, resulting in at least 60 "
        "deaths and injuring an estimated 900 people as of May 5, according to the ministry."
    )
    assert chosen(deaths, text, dt.date(2031, 5, 6)) == [60]
    text = "The blasts resulted in 60 deaths, injured 900 people, and destroyed 40 homes."
    assert chosen(deaths, text) == [60]


def test_a_date_before_who_declared_something_else_dates_the_declaration() -> None:
    blast = make_rule("f", "date", ("explosion", "explosions"), near=("Tarsa",))
    text = (
        "The explosion at the Tarsa depot on May 3, 2031 broke windows for miles. "
        "On May 4, Governor Ana Ruiz declared an emergency over the effects of the explosion in Tarsa."
    )
    assert chosen(blast, text) == ["2031-05-03"]
    # a statement that may tell of the event keeps its rank: "On Monday, Ruiz said ..."
    offer = make_rule("f", "date", ("offer",), near=("Ruiz",))
    assert chosen(offer, "On May 4, 2031, Ruiz said her offer stood.") == ["2031-05-04"]


def test_a_figure_told_of_the_event_a_record_is_counted_from_is_that_events() -> None:
    deaths = make_rule("f", "count", ("killed", "deaths"), near=("storm",))
    text = (
        "It was the deadliest storm in the region since the 2003 Great Gale, which killed 318 people. "
        "The storm killed 57 people."
    )
    assert chosen(deaths, text) == [57]


def test_a_cue_that_ends_in_a_preposition_takes_the_figure_after_it() -> None:
    since = make_rule("f", "year", ("for the first time since",), near=("regatta",))
    assert chosen(since, "The regatta was not held in 2031 for the first time since 1887.") == [1887]
    total = make_rule("f", "count", ("a total of",), near=("boats",))
    assert chosen(total, "In 12 races a total of 140 boats took part.") == [140]


def test_an_exclude_term_after_but_or_and_a_participle_rules_out_its_own_clause() -> None:
    convicted = make_rule("f", "year", ("convicted",), near=("Ruiz",), exclude=("imprisoned",))
    text = "Ruiz was convicted on fraud charges in 2027 and imprisoned for two years."
    assert chosen(convicted, text) == [2027]
    share = make_rule("f", "percent", ("won",), near=("Ruiz",), exclude=("needed",))
    text = "Ruiz won 48.4% of the vote but fell short of the majority needed to avoid a runoff."
    assert chosen(share, text) == [48.4]
    # the term in the figure's own clause still rules it out
    assert chosen(share, "Ruiz won 51% of the vote needed, officials said.") == []


def test_a_date_of_birth_is_no_other_facts_date() -> None:
    convicted = make_rule("f", "date", ("convicted",), near=("Ruiz",))
    text = "Ana Ruiz (born March 19, 1986) is a former clerk who was convicted of fraud."
    assert chosen(convicted, text) == []
    born = make_rule("f", "date", ("born",), near=("Ruiz",))
    assert chosen(born, text) == ["1986-03-19"]


def test_the_date_of_a_report_on_the_fact_is_not_the_facts() -> None:
    failed = make_rule("f", "date", ("failed",), near=("bank",))
    assert (
        chosen(failed, "Today, we released our first report on why the bank failed.", dt.date(2031, 4, 28))
        == []
    )
    text = "Today's blog post looks at why the bank failed."
    assert chosen(failed, text, dt.date(2031, 4, 28)) == []
    assert chosen(failed, "The bank failed today.", dt.date(2031, 3, 10)) == ["2031-03-10"]


def test_more_before_a_verb_counts_the_others_not_a_difference() -> None:
    missing = make_rule("f", "count", ("missing",), near=("floods",))
    text = "The floods killed 4,000 people. At least 9,000 more are missing, officials said of the floods."
    assert chosen(missing, text) == [9000]


def test_and_before_a_dated_phrase_starts_a_clause_for_exclude() -> None:
    verdict = make_rule("f", "date", ("convicted",), near=("Ruiz",), exclude=("sentenced",))
    text = "Ruiz was convicted of fraud on April 20, 2031 and on June 25, 2031 was sentenced to 5 years."
    assert chosen(verdict, text) == ["2031-04-20"]


def test_half_of_a_whole_is_a_share_not_the_figure() -> None:
    rank = make_rule("f", "number", ("largest",), near=("Bank",))
    assert chosen(rank, "The Bank soon became the largest lender to almost half of all startups.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("was sentenced to 22+1⁄2 years", 22.5),
        ("Sentence: 22+12 years in prison", 22.5),
        ("22 1⁄2 miles", 22.5),
    ],
)
def test_a_wiki_pages_rendered_fraction_is_a_mixed_number(text: str, value: float) -> None:
    assert [v.value for v in find_values(text, "number")] == [value]


def test_an_exclude_term_rules_out_a_sentence_of_one_clause_from_the_comma_before_it() -> None:
    aid = make_rule("f", "money", ("provided",), near=("USAID",), exclude=("Department of Defense",))
    text = "This includes $15 million provided by USAID, with more funding from the Department of Defense."
    assert chosen(aid, text) == [15_000_000]
    # the words after that comma are ruled out, and a term with no comma before it rules out the whole
    text = "USAID provided $15 million, with $4 million from the Department of Defense."
    assert chosen(aid, text) == [15_000_000]
    assert chosen(aid, "The Department of Defense provided $15 million through USAID.") == []
    toll = make_rule("f", "count", ("died",), near=("floods",), exclude=("in Sindh",))
    assert chosen(toll, "In Sindh, 300 people died in the floods.") == []


def test_a_bracketed_count_with_a_word_of_its_own_is_a_part_not_a_restatement() -> None:
    hospital = make_rule("f", "count", ("hospitalized",), near=("crush",))
    assert chosen(hospital, "Crush\nNon-fatal injuries300+ (25 hospitalized)") == [25]


def test_a_participle_s_clause_with_its_own_figure_is_a_clause_of_its_own() -> None:
    total = make_rule("f", "count", ("bringing the total to", "total"), near=("cases",), exclude=("new",))
    text = "Officials reported 40 new cases, bringing the total to 912, as testing rose."
    assert chosen(total, text) == [912]
    # without a figure of its own it stays part of the clause before
    assert chosen(total, "Officials reported 40 new cases in all, bringing relief.") == []
    # a subject's name among the terms governs the participle's clause too
    crew = make_rule("f", "count", ("passengers and crew",), exclude=("Flight 77",))
    text = "In 2031, Flight 77 crashed on takeoff, killing all 98 passengers and crew aboard."
    assert chosen(crew, text) == []


def test_a_term_in_a_bracketed_aside_with_a_figure_rules_out_the_aside() -> None:
    seats = make_rule("f", "count", ("won",), near=("Labour",), exclude=("2027", "Greens won"))
    text = "Labour won 91 of the 180 seats (up six since 2027), and the Greens won 14 seats."
    assert chosen(seats, text) == [91]
    # a term outside any aside still rules out its clause, and one in a clause with no other
    # clause free of terms the whole sentence
    assert chosen(seats, "Labour won 91 seats (up six since 2027) in 2027.") == []


def test_a_figure_opening_the_words_after_the_comma_keeps_the_exclude_term_on_the_whole() -> None:
    deaths = make_rule("f", "count", ("fatalities",), near=("quake",), exclude=("in Niigata",))
    text = "The quake caused more than 480 fatalities in Ishikawa, four in Niigata and two in Toyama."
    assert chosen(deaths, text) == []
    # or the fact's subject is named in the item before the comma: that item is the fact's
    ontario = make_rule("f", "count", ("killed",), near=("Ontario",), exclude=("in Quebec",))
    text = "The storm killed 121 people in Ontario, 15 in Quebec and four in Maine."
    assert chosen(ontario, text) == [121]
    # unless the term is that figure's own noun: only that item is ruled out
    dead = make_rule("f", "count", ("dead",), exclude=("missing",))
    assert chosen(dead, "- Casualties: 312 dead, 40 missing") == [312]
    assert chosen(dead, "Casualties 312 dead, 40 still missing") == []


def test_the_other_n_is_a_part() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("quake",))
    text = (
        "The quake caused 426 deaths. Of these, 231 deaths were caused by the quake directly, "
        "and the other 195 were deaths from illness after it."
    )
    assert 195 not in chosen(deaths, text)
    assert chosen(deaths, "After the quake, the other 195 deaths came from illness.") == []


def test_beside_a_figure_bound_to_the_cue_one_bound_to_the_subject_counts_the_subject() -> None:
    deaths = make_rule("f", "count", ("died",), near=("crashes",))
    text = (
        "In all, 346 people died in the crashes. The jet was grounded after 346 people died in two crashes."
    )
    assert chosen(deaths, text) == [346]


def test_a_model_number_and_a_list_number_are_names_not_counts() -> None:
    fleet = make_rule("f", "count", ("aircraft", "fleet"))
    assert chosen(fleet, "The pilot flew the Boeing 737 MAX, so he could feel the aircraft.") == []
    assert chosen(fleet, "Regulators grounded all 387 Boeing 737 MAX aircraft.") == [387]
    mourners = make_rule("f", "count", ("lying in state",), near=("Westminster Hall",))
    assert chosen(mourners, "Gallery\n4. The Queen lying in state at Westminster Hall\n") == []


def test_an_image_file_name_on_its_own_line_is_page_furniture() -> None:
    assert clean("Intro.\nBoeing 737 MAX grounded aircraft, April 2019.jpg\nNext").count("2019") == 0
    assert "2019" in clean("The photo of April 2019 shows the jets.")


def test_an_exclude_term_after_a_figure_after_and_rules_out_its_own_clause() -> None:
    deaths = make_rule("f", "count", ("killed",), near=("flood",), exclude=("missing",))
    text = "By 3 May, 41 people were reported killed by the flood and 17 were missing."
    assert chosen(deaths, text) == [41]
    assets = make_rule("f", "money", ("assets",), near=("Bank",), exclude=("deposits",))
    text = "The Bank held about $88 billion in assets and $61 billion in deposits at the end of 2030."
    assert chosen(assets, text) == [88_000_000_000]
    # a range is one figure: the term after it still rules it out
    assert chosen(deaths, "Between 40 and 45 people killed by the flood are missing.") == []
    # bare figures joined by "and" are a list: a term before them keeps its comma's scope
    golds = make_rule("f", "count", ("golds",), near=("Norway",), exclude=("Sweden",))
    text = "Norway led with total golds (16) and total medals (37), with Sweden second (8 and 18)."
    assert chosen(golds, text) == [16]


def test_a_semicolon_before_a_verb_starts_a_clause_for_exclude() -> None:
    length = make_rule("f", "number", ("long",), near=("dam",), exclude=("breach",))
    text = "The dam was 30 m tall and 2.4 km long; the breached part was about 90 m long."
    assert chosen(length, text) == [2.4]
    # a list item or an aside after the semicolon goes on about the figure before it
    fighters = make_rule("f", "count", ("firefighters", "firefighter"), exclude=("injuries",))
    assert chosen(fighters, "Injuries 4; one firefighter and three visitors") == []
    # a clause that goes on about the one before (a pronoun early on) keeps the term's reach
    crew = make_rule("f", "count", ("crew",), near=("ship",), exclude=("workers",))
    text = "Near the ship stood a crew of six on a night shift; two of their co-workers were rescued."
    assert chosen(crew, text) == []


def test_a_figure_before_additional_is_an_addition_not_the_total() -> None:
    counties = make_rule("f", "count", ("counties",), near=("aid",))
    text = (
        "Two additional counties, Lorne and Vey, are now eligible for aid. "
        "Residents of 41 counties can apply for aid."
    )
    assert chosen(counties, text) == [41]
    assert chosen(counties, "Two additional counties, Lorne and Vey, are now eligible for aid.") == []
    # the cue itself may ask for the addition
    added = make_rule("f", "count", ("additional counties",), near=("aid",))
    assert chosen(added, "Two additional counties are now eligible for aid.") == [2]


def test_a_figure_in_a_unit_of_measure_is_no_count() -> None:
    fires = make_rule("f", "count", ("fires", "wildfires"), near=("Norland",))
    text = "Wildfires burned 2,400,000 hectares across Norland this year. Norland counted 3,120 wildfires."
    assert chosen(fires, text) == [3120]
    assert chosen(fires, "Wildfires burned 2.4 million hectares across Norland.") == []
    # a count the fact measures in a unit it names still reads
    hours = make_rule("f", "count", ("hours",), near=("blackout",))
    assert chosen(hours, "The blackout lasted 14 hours.") == [14]


def test_nights_and_consecutive_days_are_a_time_span() -> None:
    crowd = make_rule("f", "count", ("attend", "expected"), near=("fair",))
    text = "The fair was to run over two consecutive nights. Over 9,000 people were expected to attend."
    assert chosen(crowd, text) == [9000]
    assert chosen(crowd, "Crowds were expected to attend the fair for three nights.") == []


def test_inches_after_feet_are_a_measure() -> None:
    segments = make_rule("f", "count", ("segments",), near=("mirror",))
    text = "The 3.1-metre (10 ft 2 in) mirror is made of segments of beryllium."
    assert chosen(segments, text) == []
    assert chosen(segments, "The mirror has 12 segments.") == [12]


def test_a_serial_number_is_a_name() -> None:
    seats = make_rule("f", "count", ("seats",), near=("jet",))
    text = "The jet, serial number 512, had 180 seats."
    assert chosen(seats, text) == [180]
    assert chosen(seats, "The jet had seats; its Serial number 512 was new.") == []


def test_a_row_takes_its_pages_subject_whatever_the_near_scope() -> None:
    height = make_rule("f", "number", ("height",), near=("dam",), near_scope="sentence")
    assert chosen(height, "Height42 m (138 ft)\n", title="Lorne Dam") == [42]
    assert chosen(height, "Height42 m (138 ft)\n", title="Lorne Bridge") == []
    # a sentence of prose still names its own subject
    prose = "The structure, completed after years of work by the regional board, rose to a height of 42 m."
    assert chosen(height, prose, title="Lorne Dam") == []


def test_a_part_that_names_the_facts_subject_is_the_fact_not_a_part() -> None:
    miners = make_rule("f", "count", ("killed", "miners"), near=("miners",))
    text = "At least 64 people were killed, including 51 miners and 13 rescuers, officials said."
    assert chosen(miners, text) == [51]
    island = make_rule("f", "count", ("killed",), near=("Tobago",))
    text = "Forty people were confirmed killed by the storm, including the 12 on Tobago."
    assert chosen(island, text) == [12]
    # a part that does not name the subject stays a part of the total
    toll = make_rule("f", "count", ("killed",), near=("blast",))
    assert chosen(toll, "The blast killed 64 people, including 51 miners and 13 rescuers.") == [64]
    # one of a series is no part naming a subject
    segments = make_rule("f", "count", ("segments",), near=("mirror",))
    text = "The first six mirror segments arrived in 2031. The mirror has 18 segments."
    assert chosen(segments, text) == [18]
    # a subject the sentence names before the part too is the whole's as well
    budget = make_rule("f", "money", ("billion",), near=("parks",))
    text = "The plan puts $40 billion into parks, of which $6 billion goes to urban parks."
    assert chosen(budget, text) == [40_000_000_000]


def test_a_figure_after_including_is_part_of_the_one_before_not_an_item_beside_it() -> None:
    homes = make_rule("f", "count", ("households", "families"), near=("agency",))
    text = "The agency has approved $12 million for 2,310 households, including repairs for 914 families."
    assert chosen(homes, text) == [2310]


def test_an_amount_per_hour_or_day_is_a_rate() -> None:
    rain = make_rule("f", "number", ("rainfall", "inches"), near=("storm",))
    text = (
        'The storm brought rainfall rates of 3"/hr at times. In all, 11.2 inches of rain fell in the storm.'
    )
    assert chosen(rain, text) == [11.2]
    crossings = make_rule("f", "count", ("crossed",), near=("border",))
    assert chosen(crossings, "About 900 people a day crossed the border in May.") == []
    # the cue may ask for the rate, and a speed keeps its unit
    daily = make_rule("f", "count", ("a day",), near=("border",))
    assert chosen(daily, "About 900 people a day crossed the border.") == [900]
    wind = make_rule("f", "number", ("winds",), near=("storm",))
    assert chosen(wind, "The storm had winds of 120 miles per hour.") == [120]
    # an amount per match, person or head is a rate too, unless the cue holds its "per"
    matches = make_rule("f", "count", ("matches",), near=("goals",))
    assert chosen(matches, "The side got its goals at 2 per match over the season.") == []
    per_match = make_rule("f", "number", ("per match",), near=("goals",))
    assert chosen(per_match, "The side got its goals at 2 per match over the season.") == [2]


def test_and_before_a_verb_of_its_own_starts_a_clause_for_exclude() -> None:
    opened = make_rule("f", "year", ("opened",), near=("canal",), exclude=("dug",))
    text = "The canal was dug by 2029 and was opened on 3 May 2031."
    assert chosen(opened, text) == [2031]
    # a place after a figure after "and" lists parts: the term still rules them out
    deaths = make_rule("f", "count", ("deaths",), near=("storm",), exclude=("in Iowa",))
    text = "Two deaths were blamed on the storm in Ohio and one in Iowa."
    assert chosen(deaths, text) == []


def test_areas_and_volumes_in_metres_and_feet_are_measures() -> None:
    crews = make_rule("f", "count", ("deployed",), near=("crews",))
    text = "A 1,000 sq ft (93 m2) command post was deployed for the crews."
    assert chosen(crews, text) == []
    water = make_rule("f", "number", ("released",), near=("dam", "cubic metres"))
    assert chosen(water, "The dam released 24 million m3 of water.") == [24_000_000]


def test_the_first_since_is_a_record_not_a_count() -> None:
    tornadoes = make_rule("f", "count", ("tornado", "tornadoes"), near=("storm",))
    text = "The storm produced the first intense tornado in the state since 1972."
    assert chosen(tornadoes, text) == []
    titles = make_rule("f", "count", ("titles",), near=("club",))
    assert chosen(titles, "The club won its third league title.") == [3]


def test_but_inside_brackets_parts_no_clause_for_exclude() -> None:
    postponed = make_rule("f", "date", ("postponed",), near=("race",), exclude=("cancelled",))
    text = "The race was postponed on 24 March 2031, its first delay (others were cancelled but not moved)."
    assert chosen(postponed, text) == ["2031-03-24"]


def test_a_sentence_whose_figures_are_all_ruled_out_says_so() -> None:
    postponed = make_rule("f", "date", ("postponed",), near=("race",), exclude=("planned",))
    text = "The race had been planned for 3 May 2031, but it was postponed."
    evidence = gather(article(text), [FactMatcher(postponed)], exhaustive=True)["f"]
    assert evidence.found == []
    reason = "excluded: its figures stand only in clauses an `exclude` term rules out ('planned')"
    assert [r.reason for r in evidence.rejected] == [reason]
    # so does one of counts, where an ordinal might still have read the fact
    votes = make_rule("f", "count", ("passed", "by a vote of"), exclude=("Senate",))
    text = "The Senate passed it by a vote of 55-45; the House then passed it by voice."
    evidence = gather(article(text), [FactMatcher(votes)], exhaustive=True)["f"]
    assert evidence.found == []
    reason = "excluded: its figures stand only in clauses an `exclude` term rules out ('Senate')"
    assert [r.reason for r in evidence.rejected] == [reason]


def test_a_pressure_is_a_measure_in_hectopascals_or_millibars() -> None:
    pressure = make_rule("f", "number", ("lowest pressure", "pressure"), near=("millibars",))
    assert chosen(pressure, "Its lowest pressure was 948 hPa at dawn.") == [948]
    # a vague distance is no pressure
    text = "The storm grew from an area of low pressure several hundred kilometres south of the islands."
    assert chosen(pressure, text) == []
    # "MB" is megabytes: an image's size on a page of pictures is no pressure, "mb" is millibars
    mb = make_rule("f", "number", ("pressure", "mb"))
    assert chosen(mb, "Download the image of the storm's low pressure\n\n3 MB - JPEG\n") == []
    assert chosen(mb, "The pressure fell to 902 mb.") == [902]


def test_a_figure_over_its_caption_is_read_with_it() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("flood",))
    sheet = (
        "Key figures\n\n2.4 million\n\nPeople Displaced by the Flood\n\n"
        "1,377\n\nDeaths Caused by\nthe Flood in\nthe Region\n"
    )
    assert chosen(deaths, sheet) == [1_377]
    # a line of prose under a figure is no caption, nor is a figure with words beside it
    assert chosen(deaths, "1,377\n\nThe flood caused many deaths across the region.\n") == []
    assert chosen(deaths, "Page 12\n\nDeaths caused by the flood\n") == []


def test_a_span_in_the_next_unit_of_time_up_is_read_in_the_fact_s_unit() -> None:
    hold = make_rule("f", "number", ("held", "seconds"), near=("breath",))
    assert chosen(hold, "She held her breath for about four minutes.") == [240]
    assert chosen(hold, "She held her breath for 4 minutes and 12 seconds.") == [252]
    # two units apart is no reading of the fact: "3 days" is no span in seconds
    assert chosen(hold, "She held her breath, 3 days after the dive.") == []
    wait = make_rule("f", "number", ("waited", "hours"), near=("crew",))
    assert chosen(wait, "The crew waited two days for rescue.") == [48]
    # a speed whose words name an hour is no span of time
    speed = make_rule("f", "number", ("peak intensity", "kilometres an hour"), near=("storm",))
    assert chosen(speed, "The storm kept its peak intensity for about three days.") == []


def test_a_description_ending_in_a_unit_names_the_fact_s_unit() -> None:
    hold = make_rule("f", "number", ("held",), near=("breath",), description="time she held it, in seconds")
    text = "She held her breath for about four minutes while the crowd watched."
    assert chosen(hold, text) == [240]
    assert chosen(hold, "She held her breath for 46 seconds.") == [46]
    # no unit in the description: the span stays a span
    plain = make_rule("f", "number", ("held",), near=("breath",), description="how long she held it")
    assert chosen(plain, text) == []
    # what it is not may follow the unit
    noted = replace(hold, description="time she held it, in seconds (not her practice times)")
    assert chosen(noted, text) == [240]
    noted = replace(hold, description="time she held it, in seconds; not her practice times")
    assert chosen(noted, text) == [240]


def test_the_fact_s_unit_after_a_far_figure_is_no_noun_it_counts() -> None:
    speed = make_rule("f", "number", ("speed",), near=("train",), description="its speed, in miles per hour")
    text = "The speed of the train, as the recorder later showed to investigators, reached 106 mph."
    assert chosen(speed, text) == [106]


def test_nautical_miles_are_a_unit_of_their_own() -> None:
    width = make_rule(
        "f",
        "number",
        ("spanned", "nautical miles"),
        near=("gale",),
        description="its width, in nautical miles",
    )
    text = "At its peak the storm's gale-force winds spanned 610 nautical miles (702 mi; 1,130 km)."
    assert chosen(width, text) == [610]
    assert chosen(width, "Gale-force winds spanned 610 nmi (1,130 km).") == [610]


def test_a_span_in_years_and_months_is_one_figure_in_years_for_a_fact_in_years() -> None:
    years = make_rule("f", "number", ("years",), near=("comet",))
    assert chosen(years, "It reached the comet ten years and eight months after launch.") == [10.666667]
    # days and hours, hours, minutes and seconds; a row's label may open with an acronym
    days = make_rule("f", "number", ("Mission duration",), near=("days",))
    assert chosen(days, "Mission duration8 days, 3 hours, 18 minutes, 35 seconds") == [8.137905]
    hours = make_rule("f", "number", ("EVA duration",), near=("hours",))
    assert chosen(hours, "EVA duration2 hours, 31 minutes 40 seconds") == [2.527778]
    # a fact of whole units, as its description says, reads the whole units
    whole = make_rule(
        "f", "number", ("operating for",), near=("years",), description="how many whole years it ran"
    )
    assert chosen(whole, "Operating for 37 years, 5 months and 26 days, the probe still calls home.") == [37]
    # in a unit after the first: the units after it are its fractions
    in_hours = make_rule("f", "number", ("Mission duration",), near=("hours",))
    assert chosen(in_hours, "Mission duration5 days, 22 hours, 54 minutes, 41 seconds") == [142.911389]
    assert chosen(years, "It reached the comet after 10 years.") == [10]
    # a span's last units after a larger one no chain reads (months, then days) are no span alone
    days = make_rule("f", "number", ("Elapsed", "orbit"), near=("days",))
    assert chosen(days, "Elapsed: 4 years, 10 months, 17 days") == []


def test_a_span_in_weeks_and_days_is_one_figure_in_days() -> None:
    lasted = make_rule("f", "number", ("lasted", "duration"), near=("days",))
    assert chosen(lasted, "Duration5 weeks and 3 days") == [38]
    assert chosen(lasted, "The storm lasted 2 weeks and 4 days in all.") == [18]
    months = make_rule("f", "number", ("lasted",), near=("months",))
    assert chosen(months, "The strike lasted 1 year and 2 months.") == [14]


def test_a_row_takes_the_heading_of_its_section_of_rows() -> None:
    one_minute = make_rule("f", "number", ("highest winds",), near=("km/h",), exclude=("10-minute",))
    box = (
        "Storm Ada\n"
        "Formed 3 March 2031\n"
        "Very intense tropical cyclone\n"
        "10-minute sustained (RSMC)\n"
        "Highest winds 210 km/h (130 mph)\n"
        "Lowest pressure 930 hPa (mbar)\n"
        "Category 4-equivalent tropical cyclone\n"
        "1-minute sustained (JTWC)\n"
        "Highest winds 240 km/h (150 mph)\n"
    )
    assert chosen(one_minute, box) == [240]
    # a field whose value is a name, or a place list, heads no section
    born = make_rule("f", "date", ("died",), exclude=("born",))
    card = "Queen Ada\nBorn Princess Ada of Thule\nMayfair, London\nDied 8 March 2031\n"
    assert chosen(born, card) == ["2031-03-08"]
    # a row of names heads the columns below it, which the heading above it no longer governs
    votes = make_rule("f", "count", ("electoral vote",), near=("Ada Ruiz",), exclude=("poll",))
    box = "2031 Thule election\nOpinion polls\nNominee Ada Ruiz Bea Moll\nElectoral vote 41 29\n"
    assert chosen(votes, box) == [41]
    # without the row of names, the heading above rules the row out, unless it is a mere link
    tally = make_rule("f", "count", ("electoral vote",), exclude=("poll",))
    assert chosen(tally, "2031 Thule election\nStraw polls\nElectoral vote 41\n") == []
    assert chosen(tally, "2031 Thule election\nOpinion polls\nElectoral vote 41\n") == [41]
    # an election box's link to its opinion polls heads nothing
    turnout = make_rule("f", "percent", ("turnout",), exclude=("opinion poll",))
    assert chosen(turnout, "2031 Thule election\nOpinion polls\nTurnout71.4%\n") == [71.4]


def test_figures_before_the_same_verb_are_no_kinds_of_one_thing() -> None:
    # "had" is a word of a cue ("had to leave"), but no noun whose kinds the figures count
    evacuated = make_rule("f", "count", ("evacuated", "had to leave"), near=("people",))
    text = "About 9,000 people had been evacuated and 150 roads had been closed."
    assert chosen(evacuated, text) == [9_000]
    cars = make_rule("f", "count", ("cars",), near=("derailed",))
    assert chosen(cars, "The train derailed with 38 loaded cars and 11 empty cars.") == []


def test_an_excluded_currency_rules_out_its_amounts_not_the_sentence() -> None:
    damage = make_rule("f", "money", ("damage",), exclude=("yuan", "insured"))
    assert chosen(damage, "Property damageAbout 61 billion yuan (US$9.4 billion)") == [9_400_000_000]
    assert chosen(damage, "The damage came to 61 billion yuan.") == []
    assert chosen(damage, "Insured damage came to US$2 billion.") == []  # other terms still rule out
    # a name in capitals is no currency
    senator = make_rule("f", "money", ("damage",), exclude=("Rand",))
    assert chosen(senator, "Rand said the damage was $5 million.") == []


def test_an_excluded_unit_rules_out_its_figures_not_the_sentence() -> None:
    distance = make_rule("f", "number", ("from Earth",), near=("light-years",), exclude=("parsecs",))
    text = "The galaxy lies about 16.2 million parsecs (52 million light-years) from Earth."
    assert chosen(distance, text) == [52_000_000]
    assert chosen(distance, "The galaxy lies 16.2 million parsecs from Earth.") == []
    # a restatement of the excluded figure in a unit the fact is not measured in goes with it
    fires = make_rule("f", "count", ("fires",), exclude=("acres",))
    assert chosen(fires, "The fires had burned 12,400 acres (50 square kilometres) by noon.") == []
    assert chosen(fires, "Crews fought 31 fires that had burned 12,400 acres.") == [31]


def test_a_figure_within_a_near_term_is_the_name_s_not_the_fact_s() -> None:
    distance = make_rule("f", "number", ("located",), near=("Messier 83", "galaxy"))
    assert chosen(distance, "The probe is located near Messier 83, or M83, a galaxy.") == []
    text = "The galaxy Messier 83 is located about 15 million light-years away."
    assert chosen(distance, text) == [15_000_000]
    # a cue may hold the fact's own figure
    magnitude = make_rule("f", "number", ("magnitude 7.1",), near=("quake",))
    assert chosen(magnitude, "The quake, of magnitude 7.1, struck at dawn.") == [7.1]
    # and so with a number word ("the two")
    titles = make_rule("f", "count", ("combined",), near=("the two",))
    assert chosen(titles, "The two clubs had combined to win 9 of the last 12 cups.") == [9]


def test_a_mass_in_solar_masses_is_not_read_in_another_unit() -> None:
    mass = make_rule("f", "number", ("solar masses", "M☉", "mass"), near=("black hole",))
    text = "The black hole, 40 million light-years away, has a mass of 2.1 billion solar masses."
    assert chosen(mass, text) == [2_100_000_000]
    assert chosen(mass, "The black hole lies 40 million light-years away; its mass is unknown.") == []
    assert chosen(mass, "Mass of the black hole: 36 M☉") == [36]


def test_a_count_in_words_is_no_measure_in_a_unit() -> None:
    altitude = make_rule("f", "number", ("orbits", "altitude", "kilometres"), near=("probe",))
    assert chosen(altitude, "Probe facts. Time to complete one orbit: 97 minutes") == []
    assert chosen(altitude, "The probe orbits at an altitude of 610 km.") == [610]
    # a unit after it still makes it one
    depth = make_rule("f", "number", ("depth",), near=("km",))
    assert chosen(depth, "The quake struck at a depth of ten km.") == [10]


def test_a_field_s_row_below_that_names_the_fact_s_word_is_its_item() -> None:
    box = "Aftershocks 900+\nCasualties2 dead\n57 injured\n\nThe quake struck at night."
    injured = make_rule("f", "count", ("Casualties", "injured"))
    assert chosen(injured, box) == [57]
    dead = make_rule("f", "count", ("Casualties", "dead"))
    assert chosen(dead, box) == [2]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The distance to the source is 520+150\n−190 Mpc.", [520]),
        ("masses of 31þ4 −3 M ⊙ and þ3 24−5 M ⊙", [31, 24]),
        ("with 2.6−0.4 M ⊙ c radiated", [2.6]),
        ("two black holes (of 31 M☉ and 24 M☉)", [2, 31, 24]),
        ("Total output 2.6+0.4\n−0.4\nM × c2", [2.6]),
        ("The vote was 5+2 in favour; 500+ people came.", [5, 2, 500]),
    ],
)
def test_error_bars_run_into_a_figure_are_no_figures(text: str, figures: list[float]) -> None:
    assert [v.value for v in find_values(text, "number")] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Doe v. Roe, 581 U.S. 212 (2017), was decided that spring.",
        "See 143 S. Ct. 1141 and 999 F. Supp. 3d 12.",
        "The act (P.L. 117-58) funds bridges.",
        "The Senate took up H.R. 5376 in August.",
    ],
)
def test_law_report_citations_and_bill_numbers_are_no_counts(text: str) -> None:
    assert find_values(text, "count") == [] and find_values(text, "number") == []


def test_the_number_at_the_head_of_a_list_item_is_no_count() -> None:
    text = "Targets:\n(1)the Grand Hotel in Kandy; (2)St. Mary's Church in Galle; (3)a street of 40 homes."
    assert [v.value for v in find_values(text, "count")] == [40]
    # a figure restated in brackets stays one
    assert [v.value for v in find_values("He was sentenced to five (5) years.", "count")] == [5, 5]


def test_a_figure_after_and_with_a_verb_of_its_own_opens_a_clause() -> None:
    deaths = make_rule("f", "count", ("died",), near=("storm",))
    text = "So far, 31 people have been confirmed to have died in the storm and 6 remain missing."
    assert chosen(deaths, text) == [31]
    infected = make_rule("f", "count", ("infected",))
    assert chosen(infected, "About 900 people were infected, and at least 70 died.") == [900]
    dead = make_rule("f", "count", ("dead",), near=("storm",))
    assert chosen(dead, "At least 12 people are dead after the storm and 40 missing.") == [12]
    assert chosen(
        dead, "By Monday, 12 people were confirmed dead and 4 others went missing in the storm."
    ) == [12]


def test_another_group_named_by_its_own_verb_is_no_part() -> None:
    working = make_rule("f", "count", ("required to work",))
    text = "About 600,000 staff were sent home, while another 900,000 were required to work unpaid."
    assert chosen(working, text) == [900_000]
    home = make_rule("f", "count", ("sent home",))
    assert chosen(home, text) == [600_000]


def test_an_amount_that_is_one_end_of_a_range_takes_that_end() -> None:
    text = "Between 3,000 and 9,000 children were exposed to the tainted water."
    upper = make_rule(
        "f", "count", ("children",), description="the upper end of the estimated range of children"
    )
    lower = make_rule("f", "count", ("children",), description="the lower bound of the estimate of children")
    either = make_rule("f", "count", ("children",), description="children exposed (not an upper estimate)")
    assert (chosen(upper, text), chosen(lower, text)) == ([9_000], [3_000])
    assert chosen(either, text) == [None]  # a range, as written


def test_in_fields_run_together_a_label_s_value_follows_it() -> None:
    reheard = make_rule("f", "date", ("Reheard",), near=("court",))
    line = "Heard May 4, 2031 Reheard October 2, 2031 Decided March 9, 2032 |"
    assert chosen(reheard, line, title="A court case") == ["2031-10-02"]
    decided = make_rule("f", "date", ("Decided",), near=("court",))
    assert chosen(decided, line, title="A court case") == ["2032-03-09"]


def test_a_date_before_and_and_the_cue_is_the_verb_before_it_s() -> None:
    announced = make_rule("f", "date", ("announced", "were announced"), near=("probe",))
    text = "The signal from the probe was detected on 3 May 2031 and was announced on 9 June 2031."
    assert chosen(announced, text) == ["2031-06-09"]
    text = "The probe's signal was detected on 3 May 2031 and was announced by its team on 9 June 2031."
    assert chosen(announced, text) == ["2031-06-09"]
    # the verb's object or place and an adverb before the cue stand between
    docked = make_rule("f", "date", ("docked",), near=("capsule",))
    text = "The capsule was launched into orbit atop a heavy rocket on 4 May 2031 and successfully docked."
    assert chosen(docked, text) == []


def test_a_figure_after_a_name_numbers_the_name() -> None:
    crew = make_rule("f", "count", ("crew",))
    text = "Its crew of two is the smallest since Gordon Cooper's flight aboard “Faith 7” in 1963."
    assert chosen(crew, text) == [2]
    assert chosen(crew, "The crew rode a Falcon 9 rocket to orbit.") == []
    # a measure after a name is no name's number; the name that is the cue keeps its figure
    period = make_rule("f", "number", ("shorter",), near=("minutes",))
    assert chosen(period, "The impact made its orbit around Didymos 32 minutes shorter.") == [32]
    mission = make_rule("f", "count", ("Vostok",))
    assert chosen(mission, "It was the crew of Vostok 6 that landed.") == [6]


def test_a_row_whose_label_counts_places_or_kinds_is_no_other_count() -> None:
    box = "Nations participating 92\nAthletes participating 2,900\nEvents 109 in 15 sports"
    athletes = make_rule("f", "count", ("participants",))
    assert chosen(athletes, box) == [2_900]
    nations = make_rule("f", "count", ("Nations",))
    assert chosen(nations, box) == [92]


def test_a_figure_before_a_hyphen_and_a_figure_is_no_modifier() -> None:
    yeas = make_rule("f", "count", ("House approval",))
    text = "It became law after House approval by a vote of 241-183 on August 1."
    assert chosen(yeas, text) == [241]


def test_a_tally_after_the_verb_and_its_object_is_a_vote() -> None:
    yeas = make_rule("f", "count", ("passed", "approved"), near=("Senate",))
    assert chosen(yeas, "The bill passed the Senate 72-25 on a Tuesday.") == [72]
    assert chosen(yeas, "The Senate approved the legislation 72-25.") == [72]
    assert chosen(yeas, "The Senate passed it (72–25).") == [72]
    # a number after a name with no vote before it is still the name's
    assert chosen(yeas, "The Senate staff flew aboard Soyuz 11-3 in May.") == []


def test_the_states_of_united_states_is_no_plural_of_state() -> None:
    gain = make_rule("f", "count", ("net gain",), near=("Democrats",), exclude=("state House", "states"))
    text = "Democrats made a net gain of 41 seats in the United States House of Representatives."
    assert chosen(gain, text) == [41]
    assert chosen(gain, "Democrats made a net gain of 41 seats in state House races.") == []
    # the name itself still matches the name
    named = make_rule("f", "count", ("net gain",), near=("United States",))
    assert chosen(named, text) == [41]
    # nor is "United" a form of "unit"
    units = make_rule("f", "count", ("housing units", "units"), near=("fund",))
    assert chosen(units, "The fund built 900 units.") == [900]
    assert chosen(units, "The fund gave United Nations agencies 12.") == []


def test_an_ordinal_after_an_indefinite_article_is_no_count() -> None:
    yeas = make_rule("f", "count", ("voted", "vote"), near=("House",))
    assert chosen(yeas, "The House passed the bill in a second vote of 213-211 in June.") == [213]
    titles = make_rule("f", "count", ("titles", "title"), near=("club",))
    assert chosen(titles, "The club won its third league title.") == [3]


def test_an_ordinal_counts_a_measured_fact_only_in_its_unit() -> None:
    days = make_rule("f", "number", ("days in orbit", "flight"), near=("shuttle",))
    assert chosen(days, "The shuttle flew its 28th flight.") == []
    assert chosen(days, "The shuttle spent 16 days in orbit on its 28th flight.") == [16]
    minute = make_rule("f", "number", ("minute",), near=("Okafor",))
    assert chosen(minute, "Okafor scored in the 61st minute.") == [61]


def test_an_infobox_s_links_to_the_events_before_and_after_are_no_words_of_this_one() -> None:
    vote = make_rule("f", "date", ("election",), exclude=("2027",))
    assert chosen(vote, "Election held ← 2027 9 May 2031 (2031-05-09) 2035 →\n") == ["2031-05-09"]
    assert chosen(vote, "The election of 2027 was held on 9 May 2027.") == []


def test_a_phrase_skips_no_and_or_or() -> None:
    injured = make_rule("f", "count", ("injured", "people injured"), near=("blast",))
    text = "The blast killed four people and injured 212 others."
    assert chosen(injured, text) == [212]
    assert chosen(injured, "The blast left 212 people injured.") == [212]


def test_the_banner_over_an_old_revision_is_no_text_of_the_story() -> None:
    vote = make_rule("f", "date", ("election",))
    page = (
        "This is an old revision of this page, as edited by Ada (talk | contribs) at 00:45, "
        "7 November 2031 (→Election: fix).\nThe election was held on 3 November 2031.\n"
    )
    assert chosen(vote, page) == ["2031-11-03"]


def test_one_of_a_group_is_no_count() -> None:
    killed = make_rule("f", "count", ("detonated", "killed"), near=("attackers",))
    text = "Other attackers fired on cafés, with one of them detonating a vest."
    assert chosen(killed, text) == []
    assert chosen(killed, "Police said one attacker detonated a vest near the stadium.") == [1]


def test_no_one_before_what_befell_them_is_a_count_of_none() -> None:
    killed = make_rule("f", "count", ("killed",))
    assert chosen(killed, "No one was killed in the blast, the police said.") == [0]
    assert chosen(killed, "Officials said nobody was killed.") == [0]
    assert find_values("There is no one here, and no one knows why.", "count") == []


def test_a_tally_before_it_grew_is_no_figure_of_the_fact() -> None:
    damaged = make_rule("f", "count", ("buildings", "damaged"))
    text = "Initially some 300 buildings, rising to over 900 by the next week, were damaged by the blast."
    assert 300 not in chosen(damaged, text)


def test_passengers_and_crew_together_are_neither_group_alone() -> None:
    passengers = make_rule("f", "count", ("passengers",))
    assert chosen(passengers, "The jet was carrying 150 passengers and crew.") == []
    assert chosen(passengers, "It went down with 144 passengers and six crew on board.") == [144]
    aboard = make_rule("f", "count", ("carrying", "on board"))
    assert chosen(aboard, "The jet was carrying 150 passengers and crew.") == [150]


def test_a_tally_before_its_cue_is_one_figure_for_the_first_side() -> None:
    majority = make_rule("f", "count", ("ruling",), near=("court",))
    text = "The 6–3 ruling requires all fifty states to comply."
    assert chosen(majority, text, title="A Supreme Court case") == [6]
    assert chosen(majority, "In a 6-to-3 ruling, the court struck down two provisions.") == [6]


def test_lists_of_names_and_figures_pair_in_order() -> None:
    second = make_rule("f", "year", ("Mk-2",))
    first = make_rule("f", "year", ("Mk-1",))
    text = "Its two trial flights, Mk-1 and Mk-2, were flown in 2017 and 2020 respectively."
    assert (chosen(first, text), chosen(second, text)) == ([2017], [2020])
    greens = make_rule("f", "count", ("seats",), near=("Greens",))
    reds = make_rule("f", "count", ("seats",), near=("Reds",))
    text = "The Reds and the Greens won 210 and 95 seats."
    assert (chosen(reds, text), chosen(greens, text)) == ([210], [95])
    # a comma after the name before a verb lists no names
    assert chosen(second, "The Mk-2, flown in 2020 and again in 2021, was lost.") == [2020]


def test_a_comma_then_a_named_subject_its_verb_and_a_figure_open_a_clause() -> None:
    greens = make_rule("f", "count", ("won",), near=("Greens",), exclude=("Reds won", "Blues won"))
    text = "The Reds won 210 seats, the Greens won 95, and the Blues won 40."
    assert chosen(greens, text) == [95]
    reds = make_rule("f", "count", ("won",), near=("Reds",), exclude=("Greens won", "Blues won"))
    assert chosen(reds, text) == [210]
    # an opening phrase with no figure of the fact's kind is no clause of its own
    aid = make_rule("f", "money", ("providing",), exclude=("to date",))
    assert chosen(aid, "To date, the Ministry is providing $14 million in relief.") == []
    # and so does "and" before them
    north = make_rule("f", "percent", ("rain",), near=("North Cape",), exclude=("South Cape",))
    text = "North Cape received 310% more rain than usual and South Cape received 200% more."
    assert chosen(north, text) == [310]


def test_a_bare_dollar_sign_is_the_fact_s_own_dollar_when_it_names_another() -> None:
    loss = make_rule(
        "f",
        "money",
        ("insured losses",),
        exclude=("USD",),
        description="insured losses, in Australian dollars",
    )
    assert chosen(loss, "Insured losses came to $2.3 billion (US$1.5 billion).") == [2_300_000_000]
    assert chosen(loss, "Insured losses came to US$1.5 billion.") == []
    # a fact in yuan: "$" is the U.S. dollar the term rules out
    damage = make_rule("f", "money", ("damage",), exclude=("USD",), description="damage, in yuan")
    assert chosen(damage, "The damage reached 8 billion yuan ($1.2 billion).") == [8_000_000_000]


def test_in_before_a_length_in_millimetres_is_inches() -> None:
    wind = make_rule("f", "number", ("peak",), near=("mph",))
    assert chosen(wind, "With peak totals of 60.5 in (1,537 mm), it was the wettest storm.") == []
    rain = make_rule("f", "number", ("peak totals",), near=("inches",))
    assert chosen(rain, "With peak totals of 60.5 in (1,537 mm), it was the wettest storm.") == [60.5]
    # "in" before a place is a preposition
    assert chosen(wind, "Winds peaked at 150 mph in Rockport.") == [150]


def test_a_fact_in_a_scale_reports_its_figures_in_it() -> None:
    area = make_rule("f", "number", ("burnt",), near=("hectares",))
    area = replace(area, scale=10**6)
    assert chosen(area, "The fires burnt an estimated 24.3 million hectares of land.") == [24.3]
    assert chosen(area, "The fires burnt 18,600,000 hectares.") == [18.6]
    tonnes = replace(make_rule("f", "number", ("emitted",), near=("tonnes",)), scale=10**3)
    assert chosen(tonnes, "We find that 465 ± 20 thousand tonnes of methane were emitted.") == [465]


def test_explain_gives_a_figure_in_the_facts_scale(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "facts:\n  area: {type: number, cues: [burnt], near: [hectares], scale: million}\n"
    )
    (tmp_path / "a.txt").write_text("The fires burnt 24.3 million hectares of land.\n")
    result = run_cli("explain", "area", tmp_path / "a.txt", "-r", tmp_path / "rules.yaml")
    assert "value: '24.3 million' → 24.3" in result.stdout


def test_figures_before_the_running_total_a_sentence_ends_on_are_its_parts() -> None:
    toll = make_rule("f", "count", ("fatalities", "dead"), near=("fire",))
    text = (
        "Police said six fatalities from the fire have been identified and a further 40 people are "
        "presumed dead, bringing the total number of fatalities to 46."
    )
    assert chosen(toll, text) == [46]
    aid = make_rule("f", "money", ("assistance",), near=("U.S.",))
    text = "The U.S. added $2 million, raising its total assistance for the response to $9.5 million."
    assert chosen(aid, text) == [9_500_000]
    # without a running total, the figures stand as they are
    assert chosen(toll, "Six fatalities from the fire have been identified.") == [6]


def test_a_measure_in_another_unit_is_not_a_span_in_days() -> None:
    lasted = make_rule("f", "number", ("after burning", "days"), near=("fire",))
    text = "The fire was contained on a Sunday after burning 98,200 acres."
    assert chosen(lasted, text) == []
    assert chosen(lasted, "The fire was contained after burning for 17 days.") == [17]


def test_a_labels_colon_is_no_clause_between_it_and_its_value() -> None:
    aboard = make_rule("f", "count", ("occupants",), near=("plane",))

    def rank(row: str) -> float:
        text = f"The crash of the plane.\n{row}\nIt was the worst crash in years."
        (found,) = extract(article(text, title="The plane crash"), [FactMatcher(aboard)])["f"]
        return found.rank

    assert rank("- Occupants: 46") == rank("- Occupants 46")


def test_a_fact_that_ends_a_span_reads_the_end_of_a_range() -> None:
    ended = make_rule("f", "date", ("lying in state ended", "until"), near=("coffin",))
    text = "The coffin lay in state from 14 to 19 September 2022, until the lying in state ended."
    assert chosen(ended, text) == ["2022-09-19"]
    season = make_rule("f", "date", ("season ended", "end"), near=("fire season",))
    text = "The fire season ran June 2019 – 31 March 2020, its end a relief."
    assert chosen(season, text) == ["2020-03-31"]
    # a fact that starts it reads the start of the same words, and one that is neither both as written
    opened = make_rule("f", "date", ("opening", "began"), near=("games",))
    assert chosen(opened, "The games began June 2019 – 31 March 2020.") == ["2019-06"]
    assert chosen(opened, "The games began from 3 to 9 June 2021.") == ["2021-06-03"]
    held = make_rule("f", "date", ("held",), near=("games",))
    assert chosen(held, "The games were held June 2019 – March 2020.") == ["2019-06"]


def test_a_measure_in_watts_is_not_a_mass() -> None:
    mass = make_rule("f", "number", ("lander module", "mass", "kg"), near=("lander",))
    text = "Lander Module: 738 W (WS with Bias)\n\nLander Module mass: 1752 kg (3862 lb)"
    assert chosen(mass, text) == [1752]


def test_the_votes_against_are_the_second_side_of_a_tally() -> None:
    text = "The Senate passed the bill by a vote of 51–48, with every Democrat voting against it."
    nays = make_rule("f", "count", ("voting against", "nays"), near=("Senate",))
    yeas = make_rule("f", "count", ("vote", "votes for"), near=("Senate",))
    assert chosen(nays, text) == [48]
    assert chosen(yeas, text) == [51]


def test_an_infobox_numbered_field_is_about_the_side_its_number_names() -> None:
    infobox = (
        "Election results\n- Nominee1: Ana Ruiz\n- Party1: Green Party\n- Leader Since1: 2019\n"
        "- Votes1: 1,200\n- Majority Votes: 250\n- Nominee2: Bo Lee\n- Party2: Blue Party\n- Votes2: 950"
    )
    blue = make_rule("f", "count", ("votes",), near=("Blue Party",), exclude=("2019",))
    green = make_rule("f", "count", ("votes",), near=("Ana Ruiz",), exclude=("Blue",))
    assert chosen(blue, infobox, title="2024 election") == [950]
    assert chosen(green, infobox, title="2024 election") == [1200]
    # the same fields in raw wikitext
    wikitext = (
        "{{Infobox election\n| party1 = Green Party\n| votes1 = 1,200\n"
        "| party2 = Blue Party\n| votes2 = 950\n}}"
    )
    assert chosen(blue, wikitext, title="2024 election") == [950]


def test_a_verb_right_before_a_part_names_the_part_not_the_whole() -> None:
    votes = make_rule("f", "count", ("votes", "receiving"), near=("city",))
    text = "The city won on the first ballot, receiving 51 of the 88 votes cast."
    assert chosen(votes, text) == [51]
    # the whole's own noun alone still names the whole (see the test of a part told out of a whole)
    assert chosen(make_rule("f", "count", ("votes",), near=("city",)), text) == [88]


def test_a_figure_surpassed_is_another_record_unless_the_fact_is_that_record() -> None:
    text = "Norway won the most medals, with 39, surpassing the previous record of 37 medals set in 2010."
    assert chosen(make_rule("f", "count", ("medals",), near=("Norway",)), text) == [39]
    record = make_rule("f", "count", ("previous record",), near=("medals",))
    assert chosen(record, text) == [37]


def test_a_rate_in_brackets_is_no_restatement_of_the_figure_before() -> None:
    rate = make_rule("f", "number", ("per match", "goals per game"), near=("tournament",))
    text = "The tournament's goals scored: 148 (2.31 per match)."
    assert chosen(rate, text) == [2.31]
    # a conversion in brackets still restates the figure before it
    distance = make_rule("f", "number", ("distance",), near=("tournament",))
    assert chosen(distance, "The tournament's distance was 26 miles (42 km).") == [26]


def test_an_exclude_term_in_a_trailing_participle_clause_leaves_its_clauses_figure() -> None:
    seats = make_rule("f", "count", ("won",), near=("Green Party",), exclude=("increase",))
    text = (
        "The Green Party received 37.4% of the vote, its best share since 1989, "
        "and won 303 seats, further increasing its majority."
    )
    assert chosen(seats, text) == [303]
    # nor any words after a comma that follows the clause's figure
    turnout = make_rule("f", "percent", ("turnout",), exclude=("up from", "in 2027"))
    text = "It was a turnout of 71.2% of voters, up from 66% in 2027 and the best since 1992 (77%)."
    assert chosen(turnout, text) == [71.2]
    deaths = make_rule("f", "count", ("died",), near=("storm",), exclude=("Kent",))
    text = "The storm hit at night, and 1,204 people died, with 877 in Kent, so the count went on for weeks."
    assert chosen(deaths, text) == [1204]
    # a phrase that leads into its clause, and a term after a comma with no figure before it, still
    # rule out the clause before it
    declared = make_rule("f", "date", ("declared",), near=("emergency",), exclude=("ended",))
    text = "On 8 August 2014 an emergency was declared, and on 29 March 2016, the agency ended the emergency."
    assert chosen(declared, text) == ["2014-08-08"]


def test_a_part_of_another_kind_than_its_whole_is_the_fact_its_noun_names() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("outbreak",))
    text = "In the outbreak 1,604 hospitalized cases, including 34 deaths, were reported to the agency."
    assert chosen(deaths, text) == [34]
    # a part of the same kind as its whole is still a part
    cases = make_rule("f", "count", ("cases",), near=("outbreak",))
    assert chosen(cases, "The outbreak reached 15 cases, including 3 cases in Texas.") == [15]


def test_a_latitude_is_the_figure_that_says_north_or_south() -> None:
    row = "Coordinates41°52′55″N 87°37′40″W / 41.88194°N 87.62778°W / 41.88194; -87.62778"
    latitude = make_rule("f", "number", ("coordinates", "latitude"), near=("site",))
    longitude = make_rule("f", "number", ("coordinates", "longitude"), near=("site",))
    assert chosen(latitude, row, title="The site") == [41.88194]
    assert chosen(longitude, row, title="The site") == [87.62778]
    landing = "The lander touched down at coordinates 12.5°S 44.25°E, near the rim of the crater site."
    assert chosen(latitude, landing) == [12.5]
    # a row of figures that says no hemisphere is read as any row
    assert chosen(latitude, "Coordinates 41.88194 87.62778", title="The site") == []
    # the hemisphere in words, the figure in degrees
    words = (
        "The landing site is centered at about 4.5 degrees north latitude and 135.9 degrees east longitude."
    )
    assert chosen(latitude, words) == [4.5]
    assert chosen(longitude, words) == [135.9]


def test_a_long_sentence_naming_no_subject_takes_it_from_the_title_at_a_low_rank() -> None:
    deaths = make_rule("f", "count", ("have died", "killed"), near=("floods",))
    text = "Rescue teams worked through the night, and officials said at least 33 people have died so far."
    title = "2021 Henan floods"
    (found,) = extract(article(text, title=title), [FactMatcher(deaths)])["f"]
    assert found.value.value == 33 and found.rank < 60
    # a sentence that names the subject outranks it
    both = text + " The floods killed 302 people in all, the province said later that week."
    assert chosen(deaths, both, title=title) == [302]
    # no subject in the title: nothing
    assert chosen(deaths, text, title="Night shift") == []
    # at the sentence scope, the title does not stand in
    assert chosen(replace(deaths, near_scope="sentence"), text, title=title) == []


def test_a_date_once_planned_is_not_the_event_s() -> None:
    opened = make_rule("f", "date", ("open", "took place"), near=("games",))
    text = (
        "The games were set to open on 18 July 2022, a founder's birthday. "
        "The games took place from 28 July to 8 August 2022."
    )
    assert chosen(opened, text) == ["2022-07-28"]
    # a date still expected is the event's
    assert chosen(opened, "The games are set to open on 28 July 2022.") == ["2022-07-28"]


def test_a_further_figure_after_its_own_verb_adds_to_another_kind_and_is_the_fact() -> None:
    injured = make_rule("f", "count", ("injured",), near=("quake",))
    text = "The quake led to the deaths of at least 610 people and injured a further 2,130."
    assert chosen(injured, text) == [2130]
    # a further figure after its own verb's first figure adds to it: a part
    killed = make_rule("f", "count", ("killed",), near=("quake",))
    text = "The quake killed 50 people, and an aftershock killed a further 10 the next day."
    assert chosen(killed, text) == [50]


def test_an_exclude_term_in_a_bracket_with_its_own_figure_rules_out_that_aside_only() -> None:
    goals = make_rule("f", "count", ("goals scored",), near=("tournament",), exclude=("per match",))
    row = "Goals scored | 148 (2.31 per match) |"
    assert chosen(goals, row, title="The tournament") == [148]
    # a term in a bracket without a figure of its own still rules out the figure it qualifies
    capacity = make_rule("f", "count", ("capacity",), near=("stadium",), exclude=("Olympics",))
    assert chosen(capacity, "The stadium's capacity was 110,000 (for the Olympics).") == []


def test_a_margin_or_the_base_of_a_ratio_is_no_count() -> None:
    votes = make_rule("f", "count", ("votes",), near=("city",))
    text = "The city lost the two earlier bids in the final rounds by three and four votes respectively."
    assert chosen(votes, text) == []
    assert chosen(votes, "The city won with 63 votes, beating its rival by 18 votes.") == [63]
    margin = make_rule("f", "count", ("won by",), near=("city",))
    assert chosen(margin, "The city won by 18 votes.") == [18]
    # a cue read from another word among the margin's ("voting" for "votes") names no margin
    text = "The city lost both bids in the last rounds of voting by three and four votes respectively."
    assert chosen(votes, text) == []
    winning = make_rule("f", "count", ("winning margin",), near=("city",))
    assert chosen(winning, "The city took the vote with a winning margin of 18.") == [18]
    deaths = make_rule("f", "count", ("died",), near=("outbreak",))
    text = "Before this outbreak, about 1 to 3 out of every 100 people with the disease died."
    assert 100 not in chosen(deaths, text)


def test_a_clock_time_and_its_restatement_add_no_distance_to_a_date() -> None:
    landed = make_rule("f", "date", ("touched down",), near=("lander",))
    text = "The lander touched down on Mars at 11:52:59 a.m. PST (2:52:59 p.m. EST) on Nov. 26, 2018."
    assert chosen(landed, text) == ["2018-11-26"]
    # a zone set off by commas before the date ("p.m., EST., July 20"); a comma before "and" still parts
    launched = make_rule("f", "date", ("launched",), near=("vehicle",))
    text = "The vehicle was launched from , Nevada, at 08:32:00 a.m., EST., May 16, 2031, and then rose."
    assert chosen(launched, text) == ["2031-05-16"]
    text = "The lander touched down on May 20, 2031, at 20:17 UTC, and rolled out on May 21 at 02:56 UTC."
    assert chosen(landed, text) == ["2031-05-20"]


def test_figures_a_comma_parts_in_prose_are_no_columns() -> None:
    turnout = make_rule("f", "percent", ("turnout of",), near=("vote",))
    text = "On a turnout of 62.5 percent, 61.3 percent voted no, while 38.7 percent voted yes."
    assert chosen(turnout, text) == [62.5]
    # figures with no word between them in a row are still columns
    assert chosen(turnout, "Turnout of vote 62.5% 61.3% 38.7%") == []


def test_two_cues_hit_from_one_word_are_one_cue_not_items_of_a_list() -> None:
    damage = make_rule("f", "money", ("damage", "in damage"))
    text = "The storm caused $4.1 billion in damage ($6.2 billion in 2020 US dollars), mostly near the coast."
    assert chosen(damage, text) == [4_100_000_000]


def test_a_word_spelt_nearly_alike_is_no_cue_by_default() -> None:
    homes = make_rule("f", "count", ("residences",), near=("fire",))
    assert chosen(homes, "The fire forced over 700 residents to flee.") == []
    assert chosen(homes, "The fire destroyed over 700 residences.") == [700]


def test_the_direct_and_indirect_parts_of_a_toll_are_no_total() -> None:
    deaths = make_rule("f", "count", ("fatalities", "deaths"))
    assert chosen(deaths, "Fatalities24 direct, 30 indirect") == []
    assert chosen(deaths, "The storm caused 52 direct and 82 indirect deaths.") == []
    assert chosen(deaths, "Fatalities 12 total (8 direct, 4 indirect)") == [12]
    # a toll told one way only is that toll; a rule for the direct deaths reads its part
    assert chosen(deaths, "The storm was responsible for 585 direct deaths.") == [585]
    direct = make_rule("f", "count", ("direct deaths", "direct"))
    assert chosen(direct, "Fatalities24 direct, 30 indirect") == [24]
    # parts told in brackets; a rule for the indirect deaths reads the indirect part, not the direct
    indirect = make_rule("f", "count", ("indirect", "fatalities"))
    assert chosen(indirect, "Fatalities: 0 (direct), 2 (indirect)") == [2]
    assert chosen(deaths, "Fatalities: 0 (direct), 2 (indirect)") == []


def test_a_page_s_own_dates_are_not_the_fact_s() -> None:
    held = make_rule("f", "date", ("Date", "held on"), near=("summit",))
    assert chosen(held, "Summit on water\nRelease Date March 3, 2031") == []
    assert chosen(held, "Summit on water\nPublication date (electronic) : 2031 March 05") == []
    assert chosen(held, "Summit on water\nDate March 3, 2031") == ["2031-03-03"]


def test_the_size_of_a_change_or_the_figure_before_it_is_not_the_fact() -> None:
    seats = make_rule("f", "count", ("seats", "down to"), near=("Union",))
    assert chosen(seats, "The Union were down by 40 seats, leaving them with 212.") == []
    assert chosen(seats, "The Union increased its seat tally from 160 to 181.") == [181]
    assert chosen(seats, "The Union fell by 40 seats to 212.") == [212]
    # a fact that is a change, by its cues or its description, reads it
    rise = make_rule("f", "count", ("seats", "rose by"), near=("Union",))
    assert chosen(rise, "The Union's seats rose by 21.") == [21]
    cap = make_rule("f", "money", ("defense cap",), description="the increase in the defense cap, in dollars")
    assert chosen(cap, "The defense cap was increased by $60 billion.") == [60_000_000_000]


def test_another_figure_with_its_own_verb_is_another_group_not_a_part() -> None:
    injured = make_rule("f", "count", ("injured",), near=("blast",))
    assert chosen(injured, "Eight people were killed and another ten injured in the blast.") == [10]
    # "another" after the fact's own verb adds to it
    killed = make_rule("f", "count", ("killed",), near=("blast",))
    assert chosen(killed, "The blast killed eight people, and another ten were killed in the fire.") == [8]


def test_a_figure_told_out_of_the_one_before_it_is_a_part() -> None:
    killed = make_rule("f", "count", ("killed",))
    text = "112 people have been reported killed, 95 of which in the capital and its suburbs."
    assert chosen(killed, text) == [112]
    children = make_rule("f", "count", ("children",))
    assert chosen(children, "At least 40 people were killed, 12 of whom were children.") == [12]


def test_a_measure_restated_in_brackets_adds_no_distance_to_its_cue() -> None:
    distance = make_rule("f", "number", ("north of Lyon",), description="how far, in kilometres")
    text = "On 2 May 2031 the glider came down 80 km (50 mi; 43 nmi) north of Lyon in the hills."
    assert chosen(distance, text) == [80]


def test_a_figure_told_for_another_place_than_the_fact_s_is_not_it() -> None:
    toll = make_rule("f", "count", ("killing", "killed"), near=("Jamaica",))
    text = "The storm came ashore in Cuba, killing six people in the Bahamas and 14 in Jamaica."
    assert chosen(toll, text) == [14]
    # a month is no place
    assert chosen(toll, "The storm killed 14 people in Jamaica and 2 more in September.") == [14]
    # a noun of its own may stand between the figure and its place, and a place may be "the" thing
    images = make_rule("f", "count", ("images",), near=("Nomad",))
    text = "The probe sent back 9,400 images from the orbiter and 310 images from Nomad."
    assert chosen(images, text) == [310]


def test_a_row_labelled_as_another_thing_s_date_is_not_the_fact_s() -> None:
    lost = make_rule("f", "date", ("Date", "broke apart"), near=("orbiter",))
    assert chosen(lost, "Orbiter Vega\nLaunch date March 3, 2031") == []
    assert chosen(lost, "Orbiter Vega\nDate March 9, 2031") == ["2031-03-09"]
    launch = make_rule("f", "date", ("Date", "launched"), near=("orbiter",))
    assert chosen(launch, "Orbiter Vega\nLaunch date March 3, 2031") == ["2031-03-03"]
    assert chosen(launch, "The date the orbiter launched was March 3, 2031.") == ["2031-03-03"]


def test_a_change_s_icon_after_a_row_s_figure_marks_its_change_not_a_column() -> None:
    turnout = make_rule("f", "percent", ("Turnout",), near=("election",))
    assert chosen(turnout, "2031 Thule election\nTurnout71.40% Increase 2.15%") == [71.4]
    seats = make_rule("f", "count", ("Seat change",), near=("election",))
    assert chosen(seats, "2031 Thule election\nSeat change Increase 21 Decrease 17") == []


def test_a_name_s_gloss_in_brackets_adds_no_distance() -> None:
    vote = make_rule("f", "date", ("general election",))
    text = (
        "The 12th general election of members of the Thule Diet (Thulean: Althing kosningar, "
        "romanized: althing kosningar, also the 12th Diet poll) is scheduled on 4 May 2031."
    )
    assert chosen(vote, text) == ["2031-05-04"]


def test_an_exclude_term_qualifying_a_figure_of_another_measure_rules_out_only_that_figure() -> None:
    seats = make_rule("f", "count", ("seats", "won"), near=("Labour",), exclude=("of the vote",))
    text = "The Labour Party won 202 seats and 32.1% of the vote."
    assert chosen(seats, text) == [202]
    # the term still rules the sentence out where it qualifies nothing else
    assert chosen(seats, "Labour won 202 seats and most of the vote.") == []
    share = make_rule("f", "percent", ("of the vote",), near=("Labour",), exclude=("seats",))
    assert chosen(share, "Labour won 33% of the vote and 12 seats.") == [33]
    assert chosen(share, "Labour won 33% of the vote and most seats.") == []
    # an excluded year qualifies no figure: "in 2017" still rules out its clause
    seats_2019 = make_rule("f", "count", ("seats",), near=("Labour",), exclude=("2017",))
    assert chosen(seats_2019, "Labour won 262 seats in 2017.") == []


def test_a_sum_added_to_others_is_not_the_total() -> None:
    aid = make_rule("f", "money", ("humanitarian assistance", "assistance"), near=("United States",))
    text = "On May 5, the United States announced an additional $3.6 million in humanitarian assistance."
    assert chosen(aid, text) == []
    assert chosen(aid, "The United States has given $3.7 million in humanitarian assistance.") == [3_700_000]
    assert chosen(aid, text.replace("an additional", "another")) == []


def test_a_number_after_a_name_in_capitals_is_that_name_s() -> None:
    cars = make_rule("f", "count", ("tank cars",), near=("train",))
    text = "The train's 63 tank cars carrying crude oil (UN 1267) derailed."
    assert chosen(cars, text.replace("63 ", "")) == []
    assert chosen(cars, text) == [63]
    mass = make_rule("f", "number", ("solar masses",), near=("M87",))
    assert chosen(mass, "M87 (also known as NGC 4486) holds a black hole of 6.5 billion solar masses.") == [
        6_500_000_000
    ]
    # a magnitude's scale is no name
    quake = make_rule("f", "number", ("magnitude",), near=("quake",))
    assert chosen(quake, "The quake had a local magnitude of ML 6.3.") == [6.3]


def test_a_date_before_a_cue_that_has_its_own_date_after_it_is_not_the_cue_s() -> None:
    vote = make_rule("f", "date", ("took place",), near=("referendum",))
    text = "A referendum on the terms proposed on 25 June 2031 took place on 5 July 2031."
    assert chosen(vote, text) == ["2031-07-05"]
    assert chosen(vote, "A referendum on the terms took place on 25 June 2031.") == ["2031-06-25"]


def test_a_figure_compared_after_a_comma_lists_no_part() -> None:
    seats = make_rule("f", "count", ("seats",), near=("Conservatives",), exclude=("2017",))
    text = "The Conservatives won the election with 365 seats, 48 more than they won in 2017."
    assert chosen(seats, text) == [365]
    # parts listed after the comma still go with the term
    assert chosen(seats, "The Conservatives won 365 seats, 317 in 2017.") == []


def test_an_infobox_s_line_of_a_date_alone_is_the_date_row_of_the_page_s_event() -> None:
    vote = make_rule("f", "date", ("election", "Date"), near=("Thule",))
    title = "2031 Thule general election"
    page = f"{title}\n\n← 2027 26 September 2031 (2031-09-26) Next →\n\nThe polls were open."
    assert chosen(vote, page, title=title) == ["2031-09-26"]
    assert chosen(vote, f"{title}\nThule\n8 June 2031 (2031-06-08)\n", title=title) == ["2031-06-08"]
    # not for a rule with no "Date" row among its cues, nor for a date in prose
    assert chosen(make_rule("f", "date", ("election",), near=("Thule",)), page, title=title) == []
    prose = f"{title}\n\nThe count ended on 8 June 2031 (2031-06-08).\n"
    assert chosen(vote, prose, title=title) == []


def test_a_count_of_its_own_noun_across_a_clause_after_the_cue_is_not_the_fact_s() -> None:
    votes = make_rule("f", "count", ("Senate",), near=("Senate",))
    text = "According to the Senate Historical Office, at 5,593 pages, the bill is the longest ever passed."
    assert chosen(votes, text) == []
    assert chosen(votes, "The Senate passed the bill on Monday, 92 to 6.") == [92]


def test_a_count_is_a_whole_number() -> None:
    orbits = make_rule("f", "count", ("perihelions", "orbits"), near=("probe",))
    assert chosen(orbits, "Probe\nPerihelion altitude0.046 AU (6.9 million km)") == []
    assert chosen(orbits, "The probe will make 24 orbits and 2.5 million images.") == [24]
    assert chosen(make_rule("f", "count", ("people",)), "About 1.5 million people fled.") == [1_500_000]


def test_a_share_in_brackets_does_not_part_a_figure_from_its_noun() -> None:
    deaths = make_rule("f", "count", ("deaths",), near=("Ebola",))
    text = "Of 3,300 Ebola cases, 2,196 (67%) deaths were reported; 11,300 people were traced."
    assert chosen(deaths, text) == [2196]
    yes = make_rule("f", "count", ("voting for independence",), near=("Yes",))
    text = 'The "Yes" side won, with 2,044,038 (90.18%) voting for independence and 177,547 (7.83%) against.'
    assert chosen(yes, text) == [2_044_038]
    # nor does the whole it is told out of
    seats = make_rule("f", "count", ("seats",), near=("council",))
    assert chosen(seats, "Voters chose 320 (of the 347) seats in all 12 city council wards.") == [320]


def test_a_figure_before_a_colon_heads_the_breakdown_after_it() -> None:
    deaths = make_rule("f", "count", ("people died", "died"), near=("Capitol",))
    text = (
        "Within 36 hours of the riot at the Capitol, five people died: one was shot by the police, "
        "another died of an overdose, and three died of natural causes."
    )
    assert chosen(deaths, text) == [5]


def test_figures_each_given_for_a_name_after_it_are_those_names() -> None:
    labor = make_rule("f", "percent", ("primary vote",), near=("Labor",))
    text = "Primary votes were 35.7% Coalition (down 5.7%), 32.6% Labor (down 0.8%), 12.2% Greens (up 1.8%)."
    assert chosen(labor, text) == [32.6]
    greens = make_rule("f", "percent", ("primary vote",), near=("Greens",))
    assert chosen(greens, text) == [12.2]


def test_a_share_after_up_or_down_is_its_change() -> None:
    share = make_rule("f", "percent", ("of the vote",), near=("Labor",))
    assert chosen(share, "Labor took 32.6% of the vote (down 0.8%).") == [32.6]
    assert chosen(share, "Labor's share of the vote was down 0.8% on 2019.") == []
    # a verb's particle is no change
    assert chosen(share, "Labor voters make up about 33% of the vote.") == [33]


def test_figures_each_told_for_a_place_with_from_are_a_list_not_columns() -> None:
    dutch = make_rule("f", "count", ("from the Netherlands",), near=("Netherlands",))
    text = (
        "Flowers were laid for all 298 victims — 193 from the Netherlands, 43 from Malaysia, "
        "27 from Australia, 12 from Indonesia, 10 from the United Kingdom, and one from Canada."
    )
    assert chosen(dutch, text) == [193]
    australia = make_rule("f", "count", ("from Australia",), near=("Australia",))
    assert chosen(australia, text) == [27]


def test_a_cue_that_names_a_kind_reads_that_kind_s_count_in_a_breakdown() -> None:
    voting = make_rule("f", "count", ("voting members",), near=("council",))
    text = "The council is composed of 15 members: 10 voting members and 5 nonvoting members."
    assert chosen(voting, text) == [10]
    # a cue that is the kinds' shared noun still reads no part as the total
    cars = make_rule("f", "count", ("cars",), near=("train",))
    assert chosen(cars, "The train derailed with 38 loaded cars and 11 empty cars.") == []


def test_seconds_written_s_are_a_measure_in_seconds() -> None:
    record = make_rule("f", "number", ("world record",), near=("Bolt",), description="the time, in seconds")
    assert chosen(record, "Bolt holds the world record in the 100 m (9.58 s).") == [9.58]
    assert chosen(record, "Bolt holds the world record in the 100m, 9.58s.") == [9.58]


def test_an_n_time_champion_counts_those_titles() -> None:
    golds = make_rule("f", "count", ("Olympic gold medals", "Olympic champion"), near=("Olympic",))
    assert chosen(golds, "Ruiz is a sprinter and eight-time Olympic gold-medal winner.") == [8]
    assert chosen(golds, "Ruiz, a three-time Olympic champion, retired.") == [3]
    # a figure run into another word still modifies it
    assert chosen(golds, "Ruiz won a two-hour Olympic champion's race.") == []


def test_a_tally_in_brackets_before_decision_is_a_vote() -> None:
    justices = make_rule("f", "count", ("unanimous", "justices"), near=("Court",))
    text = "Handed down in May, the Court's unanimous (9-0) decision struck the law down."
    assert chosen(justices, text) == [9]


def test_a_tally_in_words_before_decision_is_a_vote() -> None:
    majority = make_rule("f", "count", ("decision", "ruling"), near=("court",))
    assert chosen(majority, "In a six-to-three decision, the court struck down the statute.") == [6]
    assert chosen(majority, "In a 6-to-3 decision, the court struck down the statute.") == [6]


def test_a_whole_percent_gives_way_to_the_share_it_rounds_in_the_same_article() -> None:
    turnout = make_rule("f", "percent", ("turnout", "of registered voters"), near=("Ostland",))
    text = (
        "Ostland general election\nTurnout 1,204,311 (64.38%)\n\n"
        "In Ostland, 64 per cent of registered voters cast a ballot, a record."
    )
    assert chosen(turnout, text) == [64.38]
    # a share it does not round is another figure: the best reading stays
    other = text.replace("64.38%", "61.38%")
    assert chosen(turnout, other)[0] == 64


def test_a_space_written_as_an_html_entity_in_raw_wikitext_is_a_space() -> None:
    text = "A turnout of more than 2.9&nbsp;million voters, up from 1.4&#160;million."
    assert clean(text) == "A turnout of more than 2.9      million voters, up from 1.4      million."
    voters = make_rule("f", "count", ("voters",))
    assert chosen(voters, text) == [2_900_000]


def test_a_change_told_from_one_figure_to_another_gives_the_figure_it_ends_at() -> None:
    seats = make_rule("f", "count", ("seats",), near=("Harbour Party",))
    text = "The Harbour Party had a landslide, tripling its seats from around 41 to about 126."
    assert chosen(seats, text) == [126]
    assert chosen(seats, "The Harbour Party doubled its seats from 41 to 82 in the vote.") == [82]
    # unless the cue names the figure before the change
    assert chosen(make_rule("f", "count", ("seats from", "from"), near=("Harbour Party",)), text) == [41]


def test_a_figure_the_description_says_the_fact_is_not_gives_way() -> None:
    engines = make_rule(
        "f",
        "count",
        ("engines",),
        description="the engines of the whole first stage; not the 9 engines of a single core",
    )
    text = "The first stage has three cores of 9 engines each, 27 engines in all."
    assert chosen(engines, text) == [27]
    # without that in the description, the figure beside the cue stands
    assert chosen(make_rule("f", "count", ("engines",), description="the first stage's engines"), text) == [9]
    teams = make_rule(
        "f", "count", ("teams", "qualifying"), description="the teams in qualifying, not the 16 that played"
    )
    assert chosen(teams, "Teams | 16 (41 qualifying)") == [41]


def test_the_same_figure_rounded_in_another_sentence_is_no_second_value() -> None:
    aphelion = make_rule("f", "number", ("aphelion",), near=("orbit",))
    text = "Its orbit: aphelion 1.6637 au.\n\nThe orbit takes it out to an aphelion of 1.66 au."
    assert chosen(aphelion, text) == [1.6637]
    # told to more decimals later, that reading stands for both
    text = "The orbit takes it out to an aphelion of 1.66 au.\n\nIts orbit: aphelion 1.6637 au."
    assert chosen(aphelion, text) == [1.6637]
    # a figure it does not round is a second value
    text = "Its orbit: aphelion 1.6637 au.\n\nThe orbit takes it out to an aphelion of 1.71 au."
    assert chosen(aphelion, text) == [1.6637, 1.71]


def test_second_alone_among_a_rules_words_is_the_ordinal_not_the_unit() -> None:
    lead = make_rule("f", "count", ("lead of", "points clear"), near=("Harbour", "second"))
    assert chosen(lead, "Harbour FC held a lead of seven points over the team in second.") == [7]
    # the plural is still the unit: a count in words is no measure in seconds
    sprint = make_rule("f", "number", ("ran", "seconds"), near=("Ruiz",))
    assert chosen(sprint, "Ruiz ran the race in 9.8 seconds, two better than last year.") == [9.8]


def test_a_figure_that_numbers_what_it_follows_is_no_count() -> None:
    trains = make_rule("f", "count", ("trains",), near=("bombs",))
    assert chosen(trains, "Bombs hit the trains at North Station (train number 41207).") == []
    assert chosen(trains, "Bombs went off on 3 trains at North Station (train no. 41207).") == [3]
    # unless the fact's cue is that word: the number is what the fact asks for
    bill = make_rule("f", "number", ("Bill No.", "No"), near=("Harbour Act",))
    assert chosen(bill, "The Harbour Act 2031 (formerly bill no. 14 of 2031) passed in May.") == [14]
    # "No", a vote's side, is no such word
    side = make_rule("f", "count", ("No",), near=("referendum",))
    assert chosen(side, "The referendum law was printed in Gazette no. 41.") == []


def test_an_age_is_no_count_unless_the_fact_asks_for_one() -> None:
    deaths = make_rule("f", "count", ("dies", "died", "killed"), near=("crash",))
    assert chosen(deaths, "Ana Ruiz dies at 52 in a plane crash that killed 7.") == [7]
    assert chosen(deaths, "Ana Ruiz died at the age of 52 in the crash.") == []
    age = make_rule("f", "count", ("age", "died at"), near=("Ruiz",))
    assert chosen(age, "Ana Ruiz died at the age of 52 in the crash.") == [52]


def test_a_threshold_set_as_a_condition_is_not_what_happened() -> None:
    parties = make_rule("f", "count", ("states", "ratified"), near=("treaty",))
    assert chosen(parties, "The treaty enters into force if 20 states have ratified it.") == []
    assert chosen(parties, "The treaty entered into force once 20 states had ratified it.") == [20]


def test_a_count_of_its_own_noun_beside_a_figure_in_the_facts_unit_is_not_the_fact() -> None:
    span = make_rule("f", "number", ("designed", "mission length", "year mission"), near=("probe",))
    text = "The probe was designed to map 40,000 asteroids in four years."
    assert chosen(span, text) == [4]
    # with no figure in the fact's unit beside it, the count is judged as before
    alone = make_rule("f", "count", ("designed",), near=("probe",))
    assert chosen(alone, "The probe was designed to map 40,000 asteroids.") == [40_000]


def test_the_number_of_an_item_in_a_list_is_no_count() -> None:
    voters = make_rule("f", "count", ("voted", "votes"), near=("Norland",))
    text = 'References\n\n  1. "Norland Sets Date For Vote". The Courier. 20 May 2031.\n'
    assert chosen(voters, text) == []
    # a count that opens a line and goes on the sentence is still read
    assert chosen(voters, "12 councillors voted for the Norland plan.\n") == [12]


def test_one_written_as_a_word_before_a_noun_of_its_own_is_no_count_of_the_fact() -> None:
    athletes = make_rule("f", "count", ("athletes from",), near=("countries",))
    text = "Athletes from 60 countries won at least one medal, leaving 90 countries without a medal."
    assert chosen(athletes, text) == []
    # "one" before the fact's own noun is its count
    deaths = make_rule("f", "count", ("death", "deaths"), near=("mine",))
    assert chosen(deaths, "The mine had a history of accidents, including one death.") == [1]


def test_a_number_word_that_ends_a_hyphenated_compound_is_no_figure() -> None:
    wins = make_rule("f", "count", ("wins", "won"), near=("Hawks",))
    assert chosen(wins, "The Hawks won a best-of-seven series.") == []
    assert chosen(wins, "The Hawks won seven games in the best-of-nine series.") == [7]
