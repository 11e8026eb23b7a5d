"""Every date form's own examples: each form reads its example alone, and so does the full search."""

from __future__ import annotations

import pytest

from checker.values.dateform import TRIGGERS, DateForm, triggers
from checker.values.dates import FORMS, find_dates, search

CASES = [(f, e) for f in FORMS for e in f.examples]


def test_every_form_has_an_example_and_a_unique_name() -> None:
    assert all(f.examples for f in FORMS)
    assert len({f.name for f in FORMS}) == len(FORMS)


@pytest.mark.parametrize(("form", "example"), CASES, ids=[f"{f.name}:{e.text}" for f, e in CASES])
def test_form_reads_its_example(form: DateForm, example) -> None:  # type: ignore[no-untyped-def]
    own = form.find(example.text, example.published)
    whole = find_dates(example.text, example.published)
    if example.value is None:
        assert [v.value for v in own if v.value is not None] == []
        return
    assert example.value in [v.value for v in own], f"{form.name} does not read {example.text!r}"
    assert example.value in [v.value for v in whole], f"the full search loses {example.text!r}"
    assert form.needs & triggers(example.text), f"{form.name}'s cheap check rejects {example.text!r}"


def test_forms_name_known_trigger_classes() -> None:
    assert {c for f in FORMS for c in f.needs} <= set(TRIGGERS)


def test_cheap_checks_agree_with_the_full_search_on_the_examples() -> None:
    for _, e in CASES:
        assert find_dates(e.text, e.published) == search(e.text, e.published), e.text
