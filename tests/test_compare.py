"""Cross-source comparison: equal values, tolerance, hedges, vague ranges, months, self-contradiction."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import make_mention, make_rule, make_value

from checker.compare import compare
from checker.models import Mention, Scalar, Severity
from checker.rulebook import Rule


def rule(kind: str = "count", tolerance: float | str = 0, severity: str = "error") -> Rule:
    return make_rule("fact", kind, ("cue",), tolerance=tolerance, severity=severity)


def said(
    article: str,
    value: Scalar,
    low: Scalar = "same",
    high: Scalar = "same",
    qualifier: str | None = None,
    grain: str | None = None,
    unresolved: bool = False,
) -> Mention:
    low = value if low == "same" else low
    high = value if high == "same" else high
    v = make_value(
        value,
        low=low,
        high=high,
        qualifier=qualifier,
        grain=grain,
        vague=value is None and not unresolved and grain is None,
        unresolved=unresolved,
    )
    return make_mention("fact", article, v)


def verdict(r: Rule, *mentions: Mention) -> tuple[str, list[tuple[str, str, tuple[str, ...]]]]:
    status, findings = compare(r, list(mentions))
    return status, [(f.kind, f.severity, f.articles) for f in findings]


def test_same_value_everywhere_is_consistent() -> None:
    assert verdict(rule(), said("a", 40000), said("b", 40000), said("c", 40000)) == ("consistent", [])


def test_different_years_conflict_with_both_sides_named() -> None:
    status, findings = compare(rule("year"), [said("aj", 2024), said("bb", 2023), said("nyt", 2023)])
    assert status == "conflict"
    (finding,) = findings
    assert (finding.severity, finding.kind) == ("error", "conflict")
    assert set(finding.articles) == {"aj", "bb", "nyt"}
    assert [s.articles for s in finding.sides] == [("bb", "nyt"), ("aj",)]


def test_hedge_that_makes_values_compatible_is_one_level_lower() -> None:
    more_than = said("aj", 80000, 80000, None, qualifier="more_than")
    assert verdict(rule(), more_than, said("nyt", 85000)) == (
        "hedged",
        [("hedged", "warning", ("aj", "nyt"))],
    )
    assert verdict(rule(severity="warning"), more_than, said("nyt", 85000))[1][0][1] == "info"
    assert "more than" in compare(rule(), [more_than, said("nyt", 85000)])[1][0].message


def test_hedge_that_excludes_the_other_value_is_a_full_conflict() -> None:
    up_to = said("a", 40000, 0, 40000, qualifier="up_to")
    assert verdict(rule(), up_to, said("b", 45000))[1] == [("conflict", "error", ("a", "b"))]


def test_same_number_under_different_hedges_is_consistent() -> None:
    nearly = said("bb", 2, 1.8, 2, qualifier="nearly")
    assert verdict(rule("percent"), nearly, said("nyt", 2)) == ("consistent", [])


def test_vague_amount_that_fits_a_precise_one_is_consistent() -> None:
    hundreds = said("bb", None, 200, 999)
    at_least = said("nyt", 261, 261, None, qualifier="at_least")
    assert verdict(rule(), hundreds, at_least) == ("consistent", [])


def test_vague_amount_that_cannot_fit_conflicts() -> None:
    hundreds = said("bb", None, 200, 999)
    assert verdict(rule(), hundreds, said("nyt", 85000))[1] == [("conflict", "error", ("nyt", "bb"))]


def test_day_inside_a_month_is_consistent_and_outside_conflicts() -> None:
    month = said("a", None, "2023-01-01", "2023-01-31", grain="month")
    assert verdict(rule("date"), month, said("b", "2023-01-31")) == ("consistent", [])
    assert verdict(rule("date"), month, said("b", "2023-02-01"))[0] == "conflict"


@pytest.mark.parametrize(
    ("tolerance", "other", "status"),
    [
        (500, 40500, "consistent"),
        (500, 40501, "conflict"),
        ("5%", 42000, "consistent"),
        ("5%", 43000, "conflict"),
        (0, 40001, "conflict"),
    ],
)
def test_tolerance(tolerance: float | str, other: float, status: str) -> None:
    assert verdict(rule(tolerance=tolerance), said("a", 40000), said("b", other))[0] == status


def test_single_missing_and_unresolved() -> None:
    assert verdict(rule(), said("a", 3)) == ("single", [])
    assert verdict(rule()) == ("missing", [])
    unresolved = said("blog", None, None, None, unresolved=True)
    assert verdict(rule("date"), unresolved, said("a", "2025-02-03")) == ("consistent", [])


def test_article_contradicting_itself_is_a_finding() -> None:
    assert verdict(rule(), said("a", 40000), said("a", 12000)) == ("conflict", [("self", "error", ("a",))])


def test_many_articles_give_one_finding_per_pair_of_values() -> None:
    many = [said(f"s{i}", 100 if i % 2 else 200) for i in range(1000)]
    status, findings = compare(rule(), many)
    assert status == "conflict" and len(findings) == 1 and len(findings[0].articles) == 1000


def test_amounts_in_different_currencies_are_not_compared() -> None:
    def money(article: str, text: str, amount: float, unit: str) -> Mention:
        value = make_value(amount, kind="money", text=text, unit=unit)
        return make_mention("fact", article, value, quote="q", cue="c", cue_score=1, rank=1)

    gbp = money("b", "£47.5m", 47.5e6, "GBP")
    dollars = money("c", "$50m", 50e6, "USD")
    usd = money("a", "$60m", 60e6, "USD")
    status, findings = compare(rule("money"), [usd, gbp, dollars])
    (finding,) = findings
    assert set(finding.articles) == {"a", "c"}
    assert "USD 50,000,000" in finding.message and "USD 60,000,000" in finding.message
    assert status == "conflict"


def test_relative_tolerance_against_an_open_range_is_still_a_conflict() -> None:
    status, findings = compare(
        rule(tolerance="5%"),
        [said("a", 50000), said("b", 80000, high=None, qualifier="more_than")],
    )
    assert status == "conflict" and [f.kind for f in findings] == ["conflict"]


def _dated(article: str, value: int, as_of: str | None) -> Mention:
    return replace(said(article, value), as_of=as_of)


def test_figures_dated_days_apart_changed_over_time() -> None:
    status, findings = compare(rule(), [_dated("a", 2300, "2023-02-06"), _dated("b", 11000, "2023-02-08")])
    (finding,) = findings
    assert (status, finding.kind, finding.severity) == ("temporal", "temporal", "warning")
    assert "changed over time: 2,300 (a, as of 2023-02-06" in finding.message
    assert [s.as_of for s in finding.sides] == [("2023-02-06",), ("2023-02-08",)]


def test_a_figure_dated_by_its_month_is_apart_in_time_from_one_weeks_after_it() -> None:
    status, findings = compare(rule(), [_dated("a", 2, "2010-08"), _dated("b", 3, "2010-10-13")])
    assert status == "temporal" and [f.kind for f in findings] == ["temporal"]
    _, findings = compare(rule(), [_dated("a", 2, "2010-08"), _dated("b", 3, "2010-08-20")])
    assert [f.kind for f in findings] == ["conflict"]  # within the month: not known to be apart
    _, findings = compare(rule(), [_dated("a", 2, "2010"), _dated("b", 3, "2011-01-04")])
    assert [f.kind for f in findings] == ["temporal"]


def test_figures_a_day_apart_still_disagree() -> None:
    _, findings = compare(rule(), [_dated("a", 90, "2025-02-04"), _dated("b", 91, "2025-02-05")])
    assert [(f.kind, f.severity) for f in findings] == [("conflict", "error")]


def test_one_source_revising_its_figure_is_a_revision() -> None:
    mentions = [_dated("rev1", 38, None), _dated("rev2", 50, None)]
    _, findings = compare(rule(), mentions, {"rev1": "Wikipedia", "rev2": "Wikipedia"})
    assert [(f.kind, f.severity) for f in findings] == [("revision", "warning")]
    assert "Wikipedia revised its figure" in findings[0].message


def test_one_article_with_two_figures_is_no_revision_of_its_source() -> None:
    mentions = [_dated("wiki", 2170, None), _dated("news", 2170, None), _dated("wiki", 17000, None)]
    _, findings = compare(rule(), mentions, {"wiki": "Wikipedia", "news": "Civil Beat"})
    assert [(f.kind, f.severity) for f in findings] == [("conflict", "error")]
    assert "revised" not in findings[0].message


def test_a_rule_sets_the_severity_of_changes_over_time() -> None:
    strict = replace(rule(), temporal_severity=Severity.ERROR)
    _, findings = compare(strict, [_dated("a", 42, "2024-04-25"), _dated("b", 68, "2024-05-31")])
    assert [(f.kind, f.severity) for f in findings] == [("temporal", "error")]


def test_one_finding_per_fact_lists_every_group() -> None:
    mentions = [said(f"s{i}", 1000 + 10 * i, 1000 + 10 * i, None, qualifier="more_than") for i in range(30)]
    status, findings = compare(rule(), mentions)
    (finding,) = findings
    assert status == "hedged" and len(finding.sides) == 30 and finding.severity == "warning"
    assert finding.message.count(" vs ") == 29


def test_the_most_serious_pair_names_the_finding() -> None:
    mentions = [said("a", 100), said("b", 110, 110, None, qualifier="more_than"), said("c", 90)]
    status, (finding,) = compare(rule(), mentions)
    assert (status, finding.kind, finding.severity) == ("conflict", "conflict", "error")
    assert [s.value for s in finding.sides] == [90, 100, 110]


def test_fingerprint_ignores_lines_and_wording_but_not_values() -> None:
    a, b = said("a", 90), said("b", 91)
    moved = replace(a, line=40, quote="another sentence")
    first = compare(rule(), [a, b])[1][0].fingerprint
    assert compare(rule(), [moved, b])[1][0].fingerprint == first
    assert compare(rule(), [a, said("b", 92)])[1][0].fingerprint != first
    assert first.startswith("fact:")


def test_a_fact_whose_only_finding_is_a_revision_says_revision() -> None:
    mentions = [_dated("rev1", 38, None), _dated("rev2", 50, None), _dated("other", 38, None)]
    status, (finding,) = compare(
        rule(), mentions, {"rev1": "Wikipedia", "rev2": "Wikipedia", "other": "Wire"}
    )
    assert (status, finding.kind) == ("revision", "revision")


def test_a_vague_amount_that_fits_every_figure_is_not_in_dispute() -> None:
    mentions = [
        said("a", 80000, 80000, None, qualifier="more_than"),
        said("b", 85000),
        said("c", None, 20000, 99999),  # "tens of thousands": fits both
    ]
    (finding,) = compare(rule(), mentions)[1]
    assert finding.articles == ("a", "b", "c") and finding.disputants == ("a", "b")


def test_people_read_sources_by_name_and_the_message_keeps_ids() -> None:
    names = {"a": "Al Jazeera", "b": "Bloomberg"}
    (finding,) = compare(rule(), [said("a", 90), said("b", 91)], None, names)[1]
    assert finding.message == "fact: sources disagree: 90 (a: “90”) vs 91 (b: “91”)"
    assert finding.readable == "fact: sources disagree: 90 (Al Jazeera: “90”) vs 91 (Bloomberg: “91”)"
    (alone,) = compare(rule(), [said("a", 90), said("a", 91)], None, names)[1]
    assert alone.readable.startswith("fact: Al Jazeera contradicts itself: ")


def test_one_article_s_weak_reading_against_three_that_agree_is_information() -> None:
    agreed = [said("a", 412), said("b", 412), said("c", 412)]
    weak = replace(said("d", 380), rank=45.0)
    assert verdict(rule(), *agreed, weak) == ("conflict", [("conflict", "info", ("d", "a", "b", "c"))])
    # a reading bound to its cue, or one against only two, is a disagreement as before
    strong = replace(said("d", 380), rank=96.0)
    assert verdict(rule(), *agreed, strong)[1][0][1] == "error"
    assert verdict(rule(), *agreed[:2], weak)[1][0][1] == "error"
    # two articles with the weak value are no lone reading
    also = replace(said("e", 380), rank=45.0)
    assert verdict(rule(), *agreed, weak, also)[1][0][1] == "error"


def test_one_article_s_figure_ten_times_off_three_that_agree_is_information() -> None:
    agreed = [said("a", 412), said("b", 412), said("c", 412)]
    assert verdict(rule(), *agreed, said("d", 4))[1][0][1] == "info"
    assert verdict(rule(), *agreed, said("d", 5000))[1][0][1] == "info"
    # nearer figures, or a date or year, are disagreements as before
    assert verdict(rule(), *agreed, said("d", 420))[1][0][1] == "error"
    years = [said("a", 2019), said("b", 2019), said("c", 2019), said("d", 201)]
    assert verdict(rule("year"), *years)[1][0][1] == "error"
