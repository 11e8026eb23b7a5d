"""`checker score --set`: every story of an evaluation set scored in one command, pooled."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_scores_every_story_and_the_pooled_total() -> None:
    result = CliRunner().invoke(app, ["score", "--set", str(ROOT / "eval")])
    lines = result.stdout.splitlines()
    stories = sorted(d.name for d in (ROOT / "eval").iterdir() if (d / "gold.yaml").is_file())
    assert [line.split()[0] for line in lines[:-1]] == stories
    assert lines[-1].startswith("total values precision")
    pooled = sum(int(line.split("(")[1].split("/")[0]) for line in lines[:-1])
    assert f"({pooled}/" in lines[-1]


def test_a_folder_without_stories_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["score", "--set", str(tmp_path)])
    assert result.exit_code == 2 and "no story folders" in result.output


def test_gold_or_set_is_required() -> None:
    result = CliRunner().invoke(app, ["score"])
    assert result.exit_code == 2 and "--gold FILE" in result.output


def test_gates_on_disagreements_and_false_alarms() -> None:
    lenient = CliRunner().invoke(app, ["score", "--set", str(ROOT / "eval"), "--max-false-alarms", "1000"])
    strict = CliRunner().invoke(app, ["score", "--set", str(ROOT / "eval"), "--min-discrepancies", "1.01"])
    assert (lenient.exit_code, strict.exit_code) == (0, 1)
