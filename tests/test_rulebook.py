"""Rule files: loading, defaults, and every validation error with its file, line and key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import RuleError
from checker.rulebook import DEFAULT_MATCH, load_rules
from checker.tolerance import Tolerance

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
facts:
  cecot_capacity:
    description: How many inmates CECOT is built to hold
    type: count
    cues: [capacity, "hold up to"]
    near: [CECOT, prison]
    exclude: [Guantanamo]
    tolerance: "5%"
    severity: warning
    match: 90
  opening_year:
    type: year
    cues: opened
"""


def write(tmp_path: Path, text: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(RuleError) as info:
        load_rules([write(tmp_path, text)])
    return str(info.value)


def test_loads_every_key_and_defaults(tmp_path: Path) -> None:
    rules = load_rules([write(tmp_path, GOOD)])
    capacity, year = rules.rules
    assert capacity.cues == ("capacity", "hold up to")
    assert capacity.near == ("CECOT", "prison") and capacity.exclude == ("Guantanamo",)
    assert capacity.tolerance.amount == pytest.approx(0.05) and capacity.tolerance.relative
    assert (capacity.severity, capacity.match, capacity.line) == ("warning", 90, 2)
    assert (year.cues, year.tolerance, year.severity, year.match) == (
        ("opened",),
        Tolerance(),
        "error",
        DEFAULT_MATCH,
    )


def test_shipped_pack_is_valid_and_names_the_ten_facts() -> None:
    rules = load_rules([ROOT / "rules"])
    assert {r.id for r in rules.rules} == {
        "meeting_date",
        "cecot_opening_year",
        "cecot_capacity",
        "emergency_arrests",
        "approval_rating",
        "prison_deaths",
        "jailed_population_share",
        "safe_third_country_year",
        "bukele_power_year",
        "emergency_declared_year",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "facts:\n  cap:\n    type: capacity\n    cues: [a]\n",
            "x.yaml:3: facts.cap.type: 'capacity' is not one of count, number, percent, money, year, date",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: []\n",
            "x.yaml:4: facts.cap.cues: the cue list is empty",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    exlude: [b]\n",
            "x.yaml:5: facts.cap.exlude: unknown key 'exlude'; did you mean 'exclude'?",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    tolerance: lots\n",
            "x.yaml:5: facts.cap.tolerance: expected a number or a percentage like \"5%\", got 'lots'",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    tolerance: -3\n",
            "facts.cap.tolerance: expected a tolerance of 0 or more",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    severity: fatal\n",
            "x.yaml:5: facts.cap.severity: 'fatal' is not one of error, warning, info",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    match: 150\n",
            "facts.cap.match: expected a fuzzy score",
        ),
        ("facts:\n  cap:\n    type: count\n", "x.yaml:2: facts.cap: missing required key 'cues'"),
        ("facts:\n  Cap-1:\n    type: count\n    cues: [a]\n", "facts.Cap-1: fact id 'Cap-1' must use only"),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n  cap:\n    type: year\n    cues: [b]\n",
            "x.yaml:5: facts.cap: duplicate key 'cap'",
        ),
        ("fact:\n  cap: {}\n", "x.yaml:1: fact: unknown key 'fact'; did you mean 'facts'?"),
        ("facts: [a, b]\n", "expected 'facts:' to map fact ids to fact definitions"),
        ("- just\n- a list\n", "x.yaml:1: a rule file must be a mapping"),
        ("facts:\n  cap:\n    type: count\n    cues: [a\n", "x.yaml:5:1: YAML syntax error"),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a, 3]\n",
            "facts.cap.cues: expected a list of non-empty strings, got 3",
        ),
        (
            "facts:\n  cap:\n    type: count\n    cues: [a]\n    scale: millions\n",
            "x.yaml:5: facts.cap.scale: 'millions' is not one of thousand, million, billion, trillion",
        ),
        (
            "facts:\n  day:\n    type: date\n    cues: [a]\n    scale: million\n",
            "x.yaml:5: facts.day.scale: a scale applies to count, number, money facts only; remove it",
        ),
    ],
)
def test_bad_rule_is_located(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in errors_of(tmp_path, text)


def test_error_shows_the_offending_line_with_a_caret(tmp_path: Path) -> None:
    message = errors_of(tmp_path, "facts:\n  cap:\n    type: capacity\n    cues: [a]\n")
    assert message.splitlines()[1:] == ["        type: capacity", "        ^"]


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    message = errors_of(tmp_path, "facts:\n  a:\n    type: nope\n    cues: []\n")
    assert "facts.a.type" in message and "facts.a.cues" in message


def test_duplicate_fact_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, "facts:\n  cap:\n    type: count\n    cues: [a]\n", "a.yaml")
    write(
        tmp_path,
        "facts:\n  other:\n    type: year\n    cues: [b]\n  cap:\n    type: count\n    cues: [c]\n",
        "b.yml",
    )
    with pytest.raises(
        RuleError, match=r"b.yml:5: facts.cap: duplicate fact id 'cap' \(first defined at .*a.yaml:2\)"
    ):
        load_rules([tmp_path])


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such rule file or folder"):
        load_rules([tmp_path / "nope.yaml"])
    with pytest.raises(RuleError, match="no rule files"):
        load_rules([tmp_path])


def test_digest_changes_with_the_rules(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    before = load_rules([path]).digest
    path.write_text(GOOD.replace("match: 90", "match: 80"), encoding="utf-8")
    assert load_rules([path]).digest != before


def test_shipped_rules_are_general_phrases_not_sentences() -> None:
    """No cue, near or exclude entry is longer than five words or copies a sentence of an article."""
    from checker.articles import load_articles
    from checker.sentences import split

    rules = load_rules([ROOT / "rules"])
    sentences = {
        " ".join(s.text.lower().split()).rstrip(".")
        for a in load_articles([ROOT / "articles"]).articles
        for s in split(a.text)
    }
    for rule in rules.rules:
        for phrase in rule.cues + rule.near + rule.exclude:
            assert len(phrase.split()) <= 5, (rule.id, phrase)
            assert phrase.lower() not in sentences, (rule.id, phrase)


def test_a_scale_is_set_or_read_from_the_description(tmp_path: Path) -> None:
    text = (
        "facts:\n"
        "  area: {type: number, cues: [burned], scale: million}\n"
        "  co2: {type: number, cues: [emitted], description: 'CO2 emitted, in millions of tonnes'}\n"
        "  gas: {type: number, cues: [flow], description: 'flow, in billions of m3', scale: thousand}\n"
        "  toll: {type: count, cues: [killed], description: 'people killed in thousands of homes'}\n"
        "  cost: {type: money, cues: [cost], description: 'the cost, in billions of dollars, estimated'}\n"
        "  day: {type: date, cues: [struck], description: 'the day, in millions of ways'}\n"
    )
    area, co2, gas, toll, cost, day = load_rules([write(tmp_path, text)]).rules
    assert (area.scale, co2.scale, gas.scale, day.scale) == (10**6, 10**6, 10**3, 1)
    # only a closing ", in millions of ..." names the fact's scale
    assert (toll.scale, cost.scale) == (1, 1)


def test_a_scale_the_description_does_not_name_is_warned_about(tmp_path: Path) -> None:
    text = (
        "facts:\n"
        "  loss: {type: money, cues: [lost], description: 'revenue lost, in US dollars', scale: billion}\n"
        "  area: {type: number, cues: [fire], description: 'area, in millions of hectares', scale: million}\n"
        "  plain: {type: count, cues: [killed]}\n"
    )
    rules = load_rules([write(tmp_path, text)])
    assert [w.key for w in rules.warnings] == ["facts.loss.scale"]
    assert "divided by 1,000,000,000" in rules.warnings[0].message
    assert rules.warnings[0].line == 2
