"""What a run says on stderr: the progress bar (a terminal only, never with --quiet), told of files
done per article in one process and per task from workers, and the one summary line at the end."""

from __future__ import annotations

import io
import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from checker import progress
from checker.engines import Options
from checker.pipeline import check
from checker.progress import ProgressBar

SUMMARY = re.compile(
    r"checker: 5 articles, 10 facts, 3 findings \(2 errors, 1 warning, 0 info\), 0 skipped, \d+\.\d s\n"
)


class Recorder:
    """A Watch that keeps what it was told."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.steps: list[int] = []

    def start(self, total: int) -> None:
        self.total = total

    def advance(self, done: int) -> None:
        self.steps.append(done)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """The shipped articles four times over, under distinct ids: 20 files."""
    for i in range(4):
        for path in sorted((ROOT / "articles").glob("*.md")):
            target = tmp_path / f"copy{i}" / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: c{i}-", 1))
    return tmp_path


def test_the_summary_line_counts_articles_facts_findings_by_severity_skips_and_seconds() -> None:
    result = run_cli("check", "--jobs", "1", "--no-cache")
    assert result.returncode == 1
    assert SUMMARY.fullmatch(result.stderr), result.stderr


def test_the_summary_counts_skipped_files(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    (tmp_path / "articles" / "empty.txt").write_text("")
    result = run_cli("check", tmp_path / "articles", "--jobs", "1", "--no-cache")
    *warnings, summary = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(f"warning: {tmp_path / 'articles' / 'empty.txt'}: ")
    assert re.fullmatch(r"checker: 5 articles, .*, 1 skipped, \d+\.\d s", summary), summary


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_quiet_writes_nothing_to_stderr(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    result = run_cli("check", "--quiet", "--format", fmt, "--jobs", "1", "--no-cache")
    assert result.returncode == 1 and result.stdout
    assert result.stderr == ""


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)  # the bar would be drawn at once
    result = run_cli("check", "--jobs", "1", "--no-cache")  # stderr here is a pipe, not a terminal
    assert SUMMARY.fullmatch(result.stderr), result.stderr  # the summary line and nothing else


def test_the_bar_is_drawn_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    screen = Terminal()
    with ProgressBar(screen, delay=0.0) as bar:
        bar.start(20)
        bar.advance(5)
        time.sleep(0.6)  # the timer starts the display, which redraws a few times a second
    drawn = screen.getvalue()
    assert "checking" in drawn and "5/20" in drawn and "articles/s" in drawn


def test_a_run_quicker_than_the_delay_draws_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    screen = Terminal()
    with ProgressBar(screen, delay=5.0) as bar:
        bar.start(3)
        bar.advance(3)
    assert screen.getvalue() == ""


def test_a_disabled_bar_draws_nothing_even_on_a_terminal() -> None:
    screen = Terminal()
    with ProgressBar(screen, enabled=False, delay=0.0) as bar:
        bar.start(3)
        bar.advance(3)
        time.sleep(0.3)
    assert screen.getvalue() == ""


def test_one_process_tells_each_article(many: Path) -> None:
    seen = Recorder()
    check([str(ROOT / "rules")], [str(many)], Options(jobs=1), watch=seen)
    assert seen.total == 20 and seen.steps == [1] * 20


def test_workers_tell_each_task_and_the_report_is_the_same(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("checker.engines.CHUNK", 4)
    seen = Recorder()
    alone = check([str(ROOT / "rules")], [str(many)], Options(jobs=1))
    pooled = check([str(ROOT / "rules")], [str(many)], Options(jobs=2), watch=seen)
    assert seen.total == 20 and sum(seen.steps) == 20 and max(seen.steps) <= 4
    assert pooled == alone


def test_a_file_that_gives_no_article_is_still_counted(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    (tmp_path / "articles" / "a-empty.txt").write_text("")
    (tmp_path / "articles" / "zz-empty.txt").write_text("")
    seen = Recorder()
    check([str(ROOT / "rules")], [str(tmp_path / "articles")], Options(jobs=1), watch=seen)
    assert seen.total == 7 and sum(seen.steps) == 7
