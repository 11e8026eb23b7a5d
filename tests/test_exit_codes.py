"""Exit codes mean one thing each, outputs are checked before work and written whole, and nothing an
article holds can fake lines in an editor's terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

RULES = "facts:\n  cap:\n    type: count\n    cues: [capacity]\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    (tmp_path / "rules.yaml").write_text(RULES)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("The hall has a capacity of 900 people.\n")
    (articles / "b.txt").write_text("The hall has a capacity of 950 people.\n")
    return tmp_path


def check(batch: Path, *args: str) -> object:
    return run_cli(
        "check", str(batch / "articles"), "--rules", str(batch / "rules.yaml"), "--jobs", "1", *args
    )


def test_findings_exit_1_and_fail_on_never_exits_0(batch: Path) -> None:
    assert check(batch).returncode == 1  # type: ignore[attr-defined]
    assert check(batch, "--fail-on", "never").returncode == 0  # type: ignore[attr-defined]


def test_output_into_a_missing_folder_is_refused_before_any_work(batch: Path) -> None:
    result = check(batch, "-o", str(batch / "nowhere" / "report.json"))
    assert result.returncode == 2  # type: ignore[attr-defined]
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr  # type: ignore[attr-defined]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere, so a read-only folder cannot be made")
def test_output_into_a_read_only_folder_is_refused(batch: Path) -> None:
    locked = batch / "locked"
    locked.mkdir(mode=0o500)
    result = check(batch, "-o", str(locked / "report.json"))
    assert result.returncode == 2 and "permission denied" in result.stderr  # type: ignore[attr-defined]


def test_a_report_written_into_the_articles_folder_is_never_read_back(batch: Path) -> None:
    out = batch / "articles" / "report.txt"
    first = check(batch, "-o", str(out))
    second = check(batch, "-o", str(out))
    assert first.returncode == second.returncode == 1  # type: ignore[attr-defined]
    assert out.read_text().startswith("checker: 2 articles")


def test_the_same_file_named_twice_is_checked_once(batch: Path) -> None:
    a = str(batch / "articles" / "a.txt")
    result = run_cli("check", a, a, "--rules", str(batch / "rules.yaml"), "--format", "json")
    assert [x["id"] for x in json.loads(result.stdout)["articles"]] == ["a"]


def test_nothing_checkable_is_incomplete_and_strict_makes_skips_incomplete(batch: Path) -> None:
    empty = batch / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n")
    only_blank = run_cli("check", str(empty), "--rules", str(batch / "rules.yaml"))
    assert only_blank.returncode == 3 and "no article could be checked" in only_blank.stderr
    (batch / "articles" / "blank.txt").write_text("\n")
    assert check(batch, "--fail-on", "never").returncode == 0  # type: ignore[attr-defined]
    strict = check(batch, "--fail-on", "never", "--strict")
    assert strict.returncode == 3  # type: ignore[attr-defined]
    report = json.loads(check(batch, "--format", "json").stdout)  # type: ignore[attr-defined]
    assert report["skipped"] == [
        {"path": str(batch / "articles" / "blank.txt"), "reason": "empty file, skipped"}
    ]


def test_empty_cache_dir_is_a_usage_error(batch: Path) -> None:
    result = check(batch, "--cache-dir", "")
    assert result.returncode == 2 and "--cache-dir" in result.stderr  # type: ignore[attr-defined]


def test_more_jobs_than_cores_is_a_warning(batch: Path) -> None:
    result = run_cli("check", str(batch / "articles"), "--rules", str(batch / "rules.yaml"), "--jobs", "1000")
    assert result.returncode == 1 and "more than the" in result.stderr


def test_utf16_articles_are_read(batch: Path) -> None:
    (batch / "articles" / "c.txt").write_bytes("The hall has a capacity of 990 people.\n".encode("utf-16"))
    report = json.loads(check(batch, "--format", "json").stdout)  # type: ignore[attr-defined]
    assert sorted(a["id"] for a in report["articles"]) == ["a", "b", "c"]


def test_terminal_escapes_in_an_article_are_shown_escaped(batch: Path) -> None:
    (batch / "articles" / "a.txt").write_text("The \x1b[2Khall\u202e has a capacity of 900 people.\n")
    out = check(batch).stdout  # type: ignore[attr-defined]
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[2Khall\\u202e" in out


def test_a_closed_pipe_ends_quietly_with_the_runs_status(batch: Path) -> None:
    cmd = (
        f"{sys.executable} -m checker check {batch / 'articles'} --rules {batch / 'rules.yaml'} --format json"
    )
    done = subprocess.run(
        ["bash", "-c", f"{cmd} | head -c 10; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_an_internal_error_is_one_line_and_exit_4(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "CHECKER_TEST_CRASH": "1"}
    code = (
        "import checker.pipeline as p, sys\n"
        "def boom(*a, **k): raise ZeroDivisionError('boom')\n"
        "p.build_report = boom\n"
        "from checker.cli import main\n"
        f"sys.argv = ['checker', 'check', {str(batch / 'articles')!r},"
        f" '--rules', {str(batch / 'rules.yaml')!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 4
    assert done.stderr.strip().count("\n") == 0 and "internal error: ZeroDivisionError: boom" in done.stderr
    debug = subprocess.run(
        [sys.executable, "-c", code.replace("'check',", "'--debug', 'check',")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert debug.returncode == 4 and "Traceback" in debug.stderr


def test_an_unclosed_front_matter_is_a_warning(batch: Path) -> None:
    (batch / "articles" / "a.txt").write_text(
        "---\nsource: Wire\npublished: 2025-02-04\n\nThe hall has a capacity of 900.\n"
    )
    result = check(batch)
    assert "is never closed" in result.stderr and result.returncode == 1  # type: ignore[attr-defined]


def test_a_fault_in_one_article_skips_it_and_the_rest_are_checked(
    batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker import extract as extraction

    original = extraction.extract

    def faulty(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if article.id == "a":
            raise ValueError("a reader tripped")
        return original(article, *args, **kwargs)

    monkeypatch.setattr(extraction, "extract", faulty)
    report = json.loads(check(batch, "--format", "json", "--no-cache").stdout)  # type: ignore[attr-defined]
    assert [a["id"] for a in report["articles"]] == ["b"]
    assert "extraction failed (ValueError: a reader tripped)" in report["skipped"][0]["reason"]


def test_an_article_over_its_time_budget_is_skipped(batch: Path) -> None:
    slow = "It had a capacity of 900 on Monday, 3 Feb. 2025. " * 4000  # about 3 s of extraction
    (batch / "articles" / "slow.txt").write_text(slow + "\n")
    result = check(batch, "--format", "json", "--no-cache", "--time-budget", "0.3")
    report = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert any("time budget per article" in s["reason"] for s in report["skipped"])
    assert {a["id"] for a in report["articles"]} >= {"a", "b"}
