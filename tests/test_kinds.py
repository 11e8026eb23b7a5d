"""The registry of fact types: every type is complete, and everything that lists types reads it."""

from __future__ import annotations

import pytest

from checker.reporters.values import format_value
from checker.rulebook import FACT_FIELDS
from checker.values import find_values
from checker.values.kinds import BY_PRIORITY, KINDS, get

SAMPLES = {
    "count": ("85,000 people", 85000, "85,000"),
    "number": ("a 7.8 quake", 7.8, "7.8"),
    "percent": ("91 percent", 91, "91%"),
    "money": ("$52.7 billion", 52_700_000_000, "USD 52,700,000,000"),
    "year": ("in 2023", 2023, "2023"),
    "date": ("on Feb. 3, 2025", "2025-02-03", "2025-02-03"),
}


def test_every_type_has_a_sample_here() -> None:
    assert set(SAMPLES) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_type_reads_compares_and_shows_its_values(kind: str) -> None:
    text, value, shown = SAMPLES[kind]
    found = find_values(text, kind)
    assert [v.value for v in found] == [value]
    assert get(kind).as_number(found[0].value) is not None
    assert format_value(found[0].value, kind, found[0].unit) == shown


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown type 'speed'; known: count, number"):
        get("speed")


def test_rule_files_accept_exactly_the_registered_types() -> None:
    assert FACT_FIELDS["type"].schema["enum"] == list(KINDS)


def test_priority_puts_dates_before_the_years_inside_them() -> None:
    names = [k.name for k in BY_PRIORITY]
    assert names.index("date") < names.index("year") and names.index("money") < names.index("number")
