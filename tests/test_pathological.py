"""Pathological inputs: sentence splitting and the value readers stay linear in the length of the
text, and no input makes them crash.

The costly cases run in subprocesses, all started at once (as many at a time as there are CPUs),
each with a generous time limit: far above what linear code needs, far below what the old code took
(minutes), so a regression fails instead of hanging the suite. Where the old code was quadratic at
sizes small enough for the suite, a doubling test measures CPU time (not wall time, which other work
on the machine disturbs) at two sizes: linear code takes about twice as long at twice the size.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import pickle
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
from conftest import ROOT, TUE, article, make_rule

from checker.extract import ArticleTimeout, extract
from checker.select import FactMatcher
from checker.sentences import MAX_SENTENCE, split
from checker.values import find_values, parse_all
from checker.values.num import MAX_DIGITS, MAX_EXPONENT

KINDS = ("count", "number", "percent", "money", "year", "date")
LIMIT = 30.0  # seconds of wall time for any one case; linear code needs about one at most
# CPU time at twice the size over time at the size: linear ~2 (3.1 seen once on a busy machine),
# quadratic ~4.
RATIO = 3.5

# Each case is an expression for the text, evaluated in the subprocess.
NOPERIOD = "in May 2023 about 1,200 people (12%) paid $5 million and two thousand more on Monday, "
CASES = {
    "commas": '",".join(["1"] * {n})',
    "digit-spaces": '"1" + " " * {n} + "2"',
    "mondays": '"Monday, " * {n}',
    "titles": '"Mr. " * {n}',
    "no-period": f"({NOPERIOD!r} * ({{n}} // {len(NOPERIOD)} + 1))[:{{n}}]",
    "ones": '"one " * {n}',
    "space-groups": '" ".join(["123"] * {n})',
    "comma-groups": '"1" + ",000" * {n}',
    "indian-groups": '",".join(["12"] * {n})',
    "dot-digits": '".." + "1" * {n}',
    "money-gap": '"$1" + " " * {n} + " 1" * ({n} // 4)',
    "number-words": '"one hundred and " * {n} + "one"',
}
# (case, size) read whole: the pipeline's way, split and then each sentence read by every reader.
PIPELINE = [
    ("commas", 10_000),  # the sizes where the suite can afford them, else smaller
    ("digit-spaces", 100_000),
    ("mondays", 10_000),
    ("titles", 10_000),
    ("no-period", 50_000),
    ("number-words", 20_000),
    ("space-groups", 5_000),
    ("comma-groups", 50_000),
]
# (case, size) read without splitting: each reader on the whole text, as a direct caller may.
DIRECT = [
    ("commas", 20_000),
    ("digit-spaces", 50_000),
    ("dot-digits", 100_000),
    ("indian-groups", 10_000),
    ("money-gap", 10_000),
]
# (case, size) whose CPU time is measured at the size and at twice it, read without splitting.
DOUBLING = [
    ("mondays", 2_000),
    ("ones", 800),
]

RUNNER = textwrap.dedent(
    """
    import datetime as dt, json, sys, time
    from checker.sentences import split
    from checker.values.kinds import values
    from checker.values.scan import Scan

    KINDS = {kinds!r}
    def read(text, pipeline):
        pieces = [s.text for s in split(text)] if pipeline else [text]
        found = 0
        for piece in pieces:  # split: one Scan a sentence, as the pipeline; whole: one a reader
            scan = Scan(piece, dt.date(2025, 2, 4)) if pipeline else None
            for kind in KINDS:
                found += len(values(scan or Scan(piece, dt.date(2025, 2, 4)), kind))
        return found, max(map(len, pieces), default=0)
    out = []
    for size in {sizes!r}:
        text = eval({expr!r}.replace("{{n}}", str(size)))
        start = time.process_time()
        found, longest = read(text, {pipeline!r})
        out.append(dict(cpu=time.process_time() - start, found=found, longest=longest))
    print(json.dumps(out))
    """
)


def _run(case: str, sizes: list[int], pipeline: bool) -> list[dict[str, Any]]:
    code = RUNNER.format(kinds=KINDS, sizes=sizes, expr=CASES[case], pipeline=pipeline)
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=LIMIT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[tuple[str, str, int], Future[list[dict[str, Any]]]]]:
    """Every subprocess case, started together: the tests below wait for their own."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {}
        for case, size in DOUBLING:
            futures["doubling", case, size] = pool.submit(_run, case, [size] * 3 + [2 * size] * 3, False)
        for case, size in PIPELINE:
            futures["pipeline", case, size] = pool.submit(_run, case, [size], True)
        for case, size in DIRECT:
            futures["direct", case, size] = pool.submit(_run, case, [size], False)
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.mark.parametrize(("case", "size"), PIPELINE)
def test_splitting_and_reading_is_bounded(runs: Any, case: str, size: int) -> None:
    [result] = runs["pipeline", case, size].result()
    assert result["longest"] <= MAX_SENTENCE
    assert result["cpu"] < LIMIT / 2


@pytest.mark.parametrize(("case", "size"), DIRECT)
def test_reading_a_whole_text_is_bounded(runs: Any, case: str, size: int) -> None:
    [result] = runs["direct", case, size].result()
    assert result["cpu"] < LIMIT / 2


@pytest.mark.parametrize(("case", "size"), DOUBLING)
def test_twice_the_text_takes_about_twice_the_time(runs: Any, case: str, size: int) -> None:
    times = [r["cpu"] for r in runs["doubling", case, size].result()]
    once, twice = min(times[:3]), min(times[3:])  # the least disturbed of three runs
    assert twice < RATIO * max(once, 0.02), (once, twice)


# --- one-line and run-on texts -------------------------------------------------------------------


def test_a_sentence_without_an_end_is_cut_into_pieces_that_cover_it() -> None:
    text = (NOPERIOD * 12_000)[:1_000_000]
    sentences = split(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    assert all(s.text.endswith(",") for s in sentences[:-1])  # cut after a clause


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    sentences = split("7" * 10_000)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE] * 3 + [10_000 - 3 * MAX_SENTENCE]
    assert not any(find_values(s.text, "number") for s in sentences)  # each beyond the digit cap


def test_a_five_megabyte_one_line_article_splits_quickly_into_capped_sentences() -> None:
    body = " ".join(p.read_text() for p in sorted((ROOT / "articles").glob("*.md")))
    text = " ".join(body.split())
    text = (text + " ") * (5_000_000 // len(text) + 1)
    started = time.process_time()
    sentences = split(text)
    assert time.process_time() - started < 20
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)


# --- the time budget of one article --------------------------------------------------------------


def _prisoners(repeat: int) -> Any:
    return article("The prison holds 40,000 prisoners, officials said. " * repeat, published=TUE)


def test_an_article_past_its_budget_stops_with_article_timeout() -> None:
    matchers = [FactMatcher(make_rule(cues=("prisoners",)))]
    started = time.monotonic()
    with pytest.raises(ArticleTimeout) as raised:
        extract(_prisoners(20_000), matchers, budget=0.2)
    assert time.monotonic() - started < 20  # the budget, the split of the article, one sentence
    assert raised.value.article_id == "a" and raised.value.path == "a.txt"
    assert raised.value.elapsed > raised.value.budget == 0.2
    assert "a.txt" in str(raised.value)


def test_the_module_budget_applies_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    matchers = [FactMatcher(make_rule(cues=("prisoners",)))]
    monkeypatch.setattr("checker.extract.ARTICLE_TIME_BUDGET", 0.0)
    with pytest.raises(ArticleTimeout):
        extract(_prisoners(3), matchers)
    monkeypatch.setattr("checker.extract.ARTICLE_TIME_BUDGET", math.inf)
    assert [m.value.value for m in extract(_prisoners(3), matchers)["f"]] == [40_000]


def test_article_timeout_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(ArticleTimeout("a", "a.txt", 10.0, 12.5)))
    assert (error.article_id, error.path, error.budget, error.elapsed) == ("a", "a.txt", 10.0, 12.5)
    assert str(error) == str(ArticleTimeout("a", "a.txt", 10.0, 12.5))


# --- huge figures ----------------------------------------------------------------------------------

HUGE = [
    "The figure was 1e400 in total.",
    "about 1e400 people",
    "about $1e400",
    "about 1e400%",
    "about 1e309 people",
    "1e-400",
    "1e999999999 and 1e-999999999",
    "10^999999999 and 2^99999999 and 0.5^-2000 and 0^-1",
    "The figure was " + "9" * 5000 + " people.",
    "about " + "9" * 5000 + " people and $" + "9" * 5000,
    "about " + "9" * 400 + ".5 and ." + "9" * 5000,
    "1 in " + "9" * 5000,
    "about 1" + ",000" * 500 + " and 1" + " 000" * 500,
    "about " + "one hundred and " * 2_000 + "one",  # 20,000 times: number-words above
    "about one " + "million " * 500 + "dollars",
    "1 point " + "9" * 5000,
    "5 x 10^400 and 1e" + "0" * 5000 + "1",
]


@pytest.mark.parametrize("text", HUGE, ids=lambda t: t[:30])
def test_a_huge_figure_is_not_read_and_crashes_nothing(text: str) -> None:
    for kind in KINDS:
        for value in find_values(text, kind, TUE):
            assert text[value.start : value.end] == value.text
            for bound in (value.value, value.low, value.high):
                if isinstance(bound, int | float):
                    assert math.isfinite(bound) and abs(bound) < 10 ** (MAX_EXPONENT + 20)
    parse_all(text, TUE)


def test_the_caps_leave_large_real_figures_alone() -> None:
    assert find_values("a debt of $36.2 trillion", "money")[0].value == 36.2e12
    assert find_values("6.02e23 atoms", "number")[0].value == 602 * 10**21
    assert find_values("1,000,000,000,000,000 people", "count")[0].value == 10**15
    assert find_values("9" * MAX_DIGITS + " people", "count")[0].value == 10**MAX_DIGITS - 1
    assert find_values("9" * (MAX_DIGITS + 1) + " people", "count") == []
    assert find_values("1e100 and 1e101", "number")[0].text == "1e100"
    assert len(find_values("1e100 and 1e101", "number")) == 1
    words = "nine hundred ninety nine thousand nine hundred ninety nine"
    assert find_values(words + " people", "count")[0].value == 999_999


def test_a_row_of_space_separated_groups_is_no_giant_number() -> None:
    assert [v.value for v in find_values("a population of 1 234 567 people", "count")] == [1_234_567]
    assert find_values("1 234 567 890 123 people", "count")[0].value == 1_234_567_890_123
    row = "Seats: 123 456 789 012 345 678 901"
    assert [v.value for v in find_values(row, "count")] == [123, 456, 789, 12, 345, 678, 901]
    many = " ".join(["123"] * 2_000)
    assert all(v.value == 123 for v in find_values(many, "count"))


@pytest.mark.parametrize("day", [dt.date.min, dt.date(1, 1, 5), dt.date(9999, 12, 25), dt.date.max])
def test_a_publication_date_at_the_end_of_the_calendar_crashes_nothing(day: dt.date) -> None:
    text = (
        "Two months ago, last week, yesterday and tomorrow; next Monday, next March, in june, on the "
        "18th. Sunday the 31st, 3 weeks and 2 days ago, 2 Thursdays ago, 999 years after tomorrow."
    )
    for kind in KINDS:
        find_values(text, kind, day)
    assert all(v.unresolved for v in find_values(text, "date", day))


@pytest.mark.parametrize(
    "text",
    ["..", "0^0", "0^-1", "1e", "1e-", "$", "$-", "-", "1,", ",1", "1 point", "point 5", "a half a", "½"],
)
def test_fragments_crash_nothing(text: str) -> None:
    for kind in KINDS:
        find_values(text, kind, TUE)
        find_values(text, kind)
    parse_all(text, dt.date(2025, 2, 4))


def test_a_capital_whose_lower_case_is_longer_crashes_nothing() -> None:
    # "İ".lower() is two characters (an i and a combining dot): the cue index must not lose its place
    rule = make_rule("f", "count", ("incidents",), near=("base",))
    text = "The İncirlik base reported 40 incidents."
    found = extract(article(text), [FactMatcher(rule)])["f"]
    assert [m.value.value for m in found] == [40]
