"""Reviews that stay reviewed: decisions kept by fingerprint in a human-edited reviews.yaml, end to end
on a copy of the shipped corpus (two error findings, approval_rating and cecot_opening_year, and one
warning, emergency_arrests)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, CliRun, run_cli

from checker import reviews
from checker.errors import CheckerError
from checker.models import Review
from checker.pipeline import check as run_pipeline

TODAY = dt.date.today().isoformat()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the shipped articles/ and rules/; commands run in it, so reviews.yaml is its own."""
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    return tmp_path


def cli(corpus: Path, *args: str) -> CliRun:
    return run_cli(*args, cwd=corpus)


def check(corpus: Path, *args: str) -> CliRun:
    return cli(corpus, "check", "--jobs", "1", *args)


def findings(corpus: Path) -> dict[str, dict[str, Any]]:
    """The JSON report's findings by fact."""
    report = json.loads(check(corpus, "--format", "json").stdout)
    return {f["fact"]: f for f in report["findings"]}


def review(corpus: Path, fingerprint: str, status: str = "accepted", *args: str) -> CliRun:
    return cli(corpus, "review", fingerprint, "--status", status, "--note", f"checked: {status}", *args)


def review_errors(corpus: Path) -> dict[str, dict[str, Any]]:
    """Review both error findings (one accepted, one disputed); their findings, before the reviews."""
    found = findings(corpus)
    assert review(corpus, found["approval_rating"]["fingerprint"], "accepted", "--by", "ana").returncode == 0
    assert review(corpus, found["cecot_opening_year"]["fingerprint"], "disputed").returncode == 0
    return found


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- the review cycle ---------------------------------------------------------------------------------


def test_a_reviewed_finding_is_still_reported_with_its_decision_and_no_longer_fails(corpus: Path) -> None:
    assert check(corpus).returncode == 1
    before = review_errors(corpus)
    result = check(corpus)
    assert result.returncode == 0 and "3 findings" in result.stdout
    after = findings(corpus)
    assert after["approval_rating"]["review"] == {
        "status": "accepted",
        "note": "checked: accepted",
        "by": "ana",
        "date": TODAY,
    }
    assert after["cecot_opening_year"]["review"]["status"] == "disputed"  # disputed does not fail either
    assert "review" not in after["emergency_arrests"]
    assert {k: v for k, v in after["approval_rating"].items() if k != "review"} == before["approval_rating"]
    assert check(corpus, "--fail-on", "warning").returncode == 1  # the unreviewed warning still counts


def lines_of(corpus: Path, fact: str) -> list[int]:
    report = json.loads(check(corpus, "--format", "json").stdout)
    return [m["line"] for f in report["facts"] if f["id"] == fact for m in f["mentions"]]


def test_a_review_survives_lines_that_move(corpus: Path) -> None:
    review_errors(corpus)
    before = lines_of(corpus, "approval_rating")
    filler = "An editor's note was added here in an update.\n\n" * 4
    for name in ("nyt-salvador-prisons-deportees.md", "bloomberg-bukele-prison-offer.md"):
        edit(corpus / "articles" / name, "---\n\n", "---\n\n" + filler)
    assert lines_of(corpus, "approval_rating") == [line + 8 for line in before]  # every line moved ...
    assert findings(corpus)["approval_rating"]["review"]["status"] == "accepted"  # ... the review held
    result = check(corpus)
    assert result.returncode == 0 and "stale" not in result.stderr


def test_a_changed_value_is_a_new_finding_and_fails_again(corpus: Path) -> None:
    before = review_errors(corpus)
    edit(corpus / "articles" / "nyt-salvador-prisons-deportees.md", "91 percent", "92 percent")
    result = check(corpus)
    assert result.returncode == 1
    after = findings(corpus)
    assert after["approval_rating"]["fingerprint"] != before["approval_rating"]["fingerprint"]
    assert "review" not in after["approval_rating"]
    assert f"stale review of {before['approval_rating']['fingerprint']}" in result.stderr


def test_a_review_whose_finding_disappeared_is_stale(corpus: Path) -> None:
    old = review_errors(corpus)["approval_rating"]["fingerprint"]
    edit(corpus / "articles" / "bloomberg-bukele-prison-offer.md", "rating to 90%", "rating to 91%")
    result = check(corpus)
    assert "approval_rating" not in findings(corpus)
    line = next(i for i, t in enumerate((corpus / "reviews.yaml").read_text().splitlines(), 1) if old in t)
    assert (
        f"warning: reviews.yaml:{line}: stale review of {old} (accepted): "
        "the finding no longer occurs; delete the entry"
    ) in result.stderr.splitlines()
    assert result.returncode == 0  # cecot_opening_year is still reviewed
    report = run_pipeline(
        [str(corpus / "rules")],
        [str(corpus / "articles")],
        reviews=reviews.load(corpus / "reviews.yaml", required=True),
    )
    assert [r.fingerprint for r in report.stale_reviews] == [old]
    assert report.to_dict()["stale_reviews"] == [
        {"fingerprint": old, "status": "accepted", "note": "checked: accepted", "by": "ana", "date": TODAY}
    ]


def test_baseline_accepts_every_finding_and_the_next_check_passes(corpus: Path) -> None:
    result = cli(corpus, "baseline", "--jobs", "1")
    assert result.returncode == 0
    assert result.stdout == "baseline: 3 findings recorded as accepted in reviews.yaml (0 were reviewed)\n"
    assert check(corpus, "--fail-on", "info").returncode == 0
    statuses = {f["review"]["status"] for f in findings(corpus).values()}
    assert statuses == {"accepted"}
    assert {f["review"]["note"] for f in findings(corpus).values()} == {"baseline"}


def test_baseline_keeps_existing_decisions_and_entries(corpus: Path) -> None:
    fingerprint = findings(corpus)["approval_rating"]["fingerprint"]
    assert review(corpus, fingerprint, "wrong-extraction").returncode == 0
    (corpus / "reviews.yaml").write_text(
        (corpus / "reviews.yaml").read_text() + "\nold_fact:0123456789abcdef:\n  status: accepted\n"
    )
    first = cli(corpus, "baseline", "--jobs", "1")
    assert first.stdout.endswith("2 findings recorded as accepted in reviews.yaml (1 were reviewed)\n")
    text = (corpus / "reviews.yaml").read_text()
    assert cli(corpus, "baseline", "--jobs", "1").stdout.startswith("baseline: 0 findings")
    assert (corpus / "reviews.yaml").read_text() == text  # a second baseline changes nothing
    book = reviews.load(corpus / "reviews.yaml", required=True).by_fingerprint
    assert book[fingerprint].status == "wrong-extraction" and book[fingerprint].note != "baseline"
    assert "old_fact:0123456789abcdef" in book


def test_the_default_file_sits_beside_the_rules_folder_so_rules_still_load(corpus: Path) -> None:
    fingerprint = findings(corpus)["approval_rating"]["fingerprint"]
    assert review(corpus, fingerprint, "accepted", "--rules", "rules").stdout == (
        f"recorded: {fingerprint} accepted in reviews.yaml\n"
    )
    assert (corpus / "reviews.yaml").is_file() and not (corpus / "rules" / "reviews.yaml").exists()
    assert cli(corpus, "validate").returncode == 0


@pytest.mark.parametrize(
    ("given", "rules", "expected"),
    [
        (None, None, "reviews.yaml"),
        (None, ["rules"], "reviews.yaml"),
        (None, ["story/rules"], "story/reviews.yaml"),
        (None, ["rules/el-salvador.yaml"], "rules/reviews.yaml"),  # a rule file: beside it
        ("elsewhere/r.yaml", ["rules"], "elsewhere/r.yaml"),
    ],
)
def test_where_the_reviews_file_is(
    corpus: Path, given: str | None, rules: list[str] | None, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    (corpus / "story" / "rules").mkdir(parents=True)
    found = reviews.locate(Path(given) if given else None, [Path(r) for r in rules] if rules else None)
    assert found == Path(expected)


# --- the file: kept as people wrote it --------------------------------------------------------------------

HAND_WRITTEN = """\
# Decisions of the desk.   Keep this comment.

# The most recent first.
zeta_fact:0123456789abcdef:
  status: disputed    # until the ministry answers
  note: >
    The ministry has not answered;
    ask again Monday.
  # nobody signed this one

alpha_fact:fedcba9876543210: {status: accepted, note: fine}
# the end
"""


def test_review_keeps_comments_order_and_layout(corpus: Path) -> None:
    path = corpus / "reviews.yaml"
    path.write_text(HAND_WRITTEN)
    fingerprint = findings(corpus)["approval_rating"]["fingerprint"]
    assert review(corpus, fingerprint).returncode == 0  # a new decision: appended
    assert review(corpus, "zeta_fact:0123456789abcdef", "accepted", "--by", "Ana M.").stdout.startswith(
        "updated: "
    )
    assert cli(corpus, "review", "alpha_fact:fedcba9876543210", "--status", "wrong-extraction", "--note", "x")
    assert path.read_text() == (
        "# Decisions of the desk.   Keep this comment.\n"
        "\n"
        "# The most recent first.\n"
        "zeta_fact:0123456789abcdef:\n"
        "  status: accepted    # until the ministry answers\n"
        '  note: "checked: accepted"\n'
        '  by: "Ana M."\n'  # new fields follow the last value
        f"  date: {TODAY}\n"
        "  # nobody signed this one\n"
        "\n"
        f"alpha_fact:fedcba9876543210: {{status: wrong-extraction, note: x, date: {TODAY}}}\n"
        "# the end\n"
        "\n"
        f"{fingerprint}:\n"
        "  status: accepted\n"
        '  note: "checked: accepted"\n'
        f"  date: {TODAY}\n"
    )


def test_windows_line_ends_are_kept(corpus: Path) -> None:
    path = corpus / "reviews.yaml"
    path.write_bytes(b"# kept\r\nold_fact:0123456789abcdef:\r\n  status: accepted\r\n")
    assert review(corpus, "old_fact:0123456789abcdef", "disputed").returncode == 0
    assert review(corpus, "new_fact:0123456789abcdef", "accepted").returncode == 0
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") and data.startswith(b"# kept\r\n")


@pytest.mark.parametrize(
    "note",
    [
        'says "91" # not a comment',
        "key: value",
        "null",
        "yes",
        "  leading and trailing spaces  ",
        "two\nlines",
        "línea \u2028 separator, \x85 next line, \x1b[31m escape, \ufeff bom",
        "- a list? no",
        "2025-02-30",
        "*alias &anchor !tag",
        "émoji 🙂",
    ],
)
def test_any_note_is_written_so_it_reads_back_the_same(tmp_path: Path, note: str) -> None:
    path = tmp_path / "reviews.yaml"
    decision = Review("f:0123456789abcdef", "accepted", note, "by: me", TODAY)
    reviews.record(path, [decision], overwrite=True)
    assert reviews.load(path, required=True).by_fingerprint["f:0123456789abcdef"] == decision
    again = Review("f:0123456789abcdef", "disputed", note + " (again)", None, TODAY)
    reviews.record(path, [again], overwrite=True)
    assert reviews.load(path, required=True).by_fingerprint["f:0123456789abcdef"] == again


def test_a_file_checker_cannot_extend_safely_is_left_alone(corpus: Path) -> None:
    path = corpus / "reviews.yaml"
    path.write_text("{old_fact:0123456789abcdef: {status: accepted}}\n")
    result = review(corpus, "new_fact:0123456789abcdef")
    assert result.returncode == 2 and "nothing was written" in result.stderr
    assert path.read_text() == "{old_fact:0123456789abcdef: {status: accepted}}\n"


# --- atomic writes ----------------------------------------------------------------------------------------


def test_writes_are_atomic_leave_no_temp_files_and_keep_permissions(corpus: Path) -> None:
    path = corpus / "reviews.yaml"
    path.write_text(HAND_WRITTEN)
    path.chmod(0o640)
    assert review(corpus, "zeta_fact:0123456789abcdef").returncode == 0
    assert cli(corpus, "baseline", "--jobs", "1").returncode == 0
    assert sorted(p.name for p in corpus.iterdir()) == [".checker-cache", "articles", "reviews.yaml", "rules"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_file_as_it_was(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus / "reviews.yaml"
    path.write_text(HAND_WRITTEN)

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("checker.outputs.os.replace", full_disk)
    result = review(corpus, "zeta_fact:0123456789abcdef")
    assert result.returncode == 2 and "No space left on device" in result.stderr
    assert path.read_text() == HAND_WRITTEN
    assert sorted(p.name for p in corpus.iterdir()) == ["articles", "reviews.yaml", "rules"]


# --- errors: exit 2, located ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("f:0123456789abcdef:\n  status: acepted\n", "2:11", "'acepted' is not one of accepted, disputed"),
        ("f:0123456789abcdef:\n  status: [accepted\n", "3:1", "YAML syntax error"),
        ("# c\nf:0123456789abcdef:\n  note: x\n", "2:1", "missing 'status'"),
        ("f:0123456789abcdef:\n  status: accepted\n  dat: 2025-01-01\n", "3:3", "did you mean 'date'?"),
        ("f:0123456789abcdef:\n  status: accepted\n  date: soon\n", "3:9", "expected a date YYYY-MM-DD"),
        ("f:0123456789abcdef:\n  status: accepted\n  note: [a, b]\n", "3:9", "expected a single value"),
        ("approval:\n  status: accepted\n", "1:1", "expected a finding's fingerprint"),
        ("f:0123456789abcdef: accepted\n", "1:1", "expected a mapping of status, note, by, date"),
        ("- f:0123456789abcdef\n", "1:1", "expected a mapping of fingerprints to decisions"),
        (
            "f:0123456789abcdef:\n  status: accepted\nf:0123456789abcdef:\n  status: disputed\n",
            "3:1",
            "duplicate review of f:0123456789abcdef (first at line 1)",
        ),
    ],
)
def test_a_malformed_reviews_file_is_exit_2_at_its_line(
    corpus: Path, text: str, where: str, message: str
) -> None:
    (corpus / "reviews.yaml").write_text(text)
    for result in (check(corpus), review(corpus, "g:0123456789abcdef"), cli(corpus, "baseline")):
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.startswith(f"reviews.yaml:{where}: ") and message in result.stderr
    assert (corpus / "reviews.yaml").read_text() == text


def test_an_unknown_status_is_exit_2_with_the_allowed_ones(corpus: Path) -> None:
    result = review(corpus, "f:0123456789abcdef", "fine")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "checker: --status: 'fine' is not one of accepted, disputed, wrong-extraction\n"
    assert not (corpus / "reviews.yaml").exists()


def test_a_bad_fingerprint_or_an_empty_note_is_exit_2(corpus: Path) -> None:
    assert "not a finding's fingerprint" in review(corpus, "approval_rating").stderr
    result = cli(corpus, "review", "f:0123456789abcdef", "--status", "accepted", "--note", " ")
    assert result.returncode == 2 and "--note" in result.stderr


def test_a_reviews_file_named_but_missing_is_exit_2(corpus: Path) -> None:
    result = check(corpus, "--reviews", "nope.yaml")
    assert result.returncode == 2 and "nope.yaml does not exist" in result.stderr
    assert check(corpus).returncode == 1  # the default file may be missing: no reviews yet


def test_load_reports_problems_as_checker_errors(tmp_path: Path) -> None:
    path = tmp_path / "reviews.yaml"
    path.write_bytes(b"f:0123456789abcdef:\n  status: accepted\n  note: \xff\n")
    with pytest.raises(CheckerError, match="not UTF-8"):
        reviews.load(path, required=True)
    assert reviews.load(tmp_path / "none.yaml", required=False).by_fingerprint == {}
    assert os.listdir(tmp_path) == ["reviews.yaml"]


def test_the_text_report_shows_the_status_beside_a_reviewed_finding(corpus: Path) -> None:
    review_errors(corpus)
    findings_block = check(corpus).stdout.split("\n\n")[1]
    assert "[accepted: checked: accepted]" in findings_block and "[disputed" in findings_block


def test_the_json_report_lists_stale_reviews(corpus: Path) -> None:
    review(corpus, "gone_fact:0123456789abcdef")
    report = json.loads(check(corpus, "--format", "json").stdout)
    assert report["stale_reviews"] == [
        {
            "fingerprint": "gone_fact:0123456789abcdef",
            "status": "accepted",
            "note": "checked: accepted",
            "by": None,
            "date": TODAY,
        }
    ]


def test_a_reviewed_finding_is_a_suppressed_sarif_result(corpus: Path) -> None:
    review_errors(corpus)
    sarif = json.loads(check(corpus, "--format", "sarif").stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert suppressed and all(s["kind"] == "external" for r in suppressed for s in r["suppressions"])
