"""`checker score --set`: every story of an evaluation set scored in one command, pooled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
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


SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="the reference scorer in ../shared is not present")
def test_each_story_scores_as_the_reference_scorer_scores_it(tmp_path: Path) -> None:
    lines = CliRunner().invoke(app, ["score", "--set", str(ROOT / "eval")]).stdout.splitlines()[:-1]
    for line in lines:
        story = ROOT / "eval" / line.split()[0]
        report = tmp_path / f"{story.name}.json"
        args = ["check", str(story / "articles"), "--rules", str(story / "rules.yaml"), "--format", "json"]
        CliRunner().invoke(app, [*args, "--no-cache", "-o", str(report)])
        reference = subprocess.run(
            [sys.executable, str(SHARED_SCORER), str(story / "gold.yaml"), str(report), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert line.split(None, 1)[1] == reference.stdout.strip().splitlines()[-1], story.name


# Stories kept out of the set: an independent evaluation uses them, so the checker is never
# improved on their texts.
RESERVED = {
    "El Salvador's prisons and gang crackdown": ("cecot", "salvador", "bukele", "mara-salvatrucha"),
    "U.S. deportations to El Salvador in 2025": ("alien-enemies", "abrego", "deportation"),
    "the 2023 Maui wildfires": ("maui", "lahaina"),
    "the 2025 measles outbreak in the U.S. Southwest": ("measles",),
}


@pytest.mark.parametrize("story", sorted(RESERVED))
def test_no_story_reserved_for_independent_evaluation_is_in_the_set(story: str) -> None:
    folders = [d.name for d in (ROOT / "eval").iterdir() if d.is_dir()]
    assert not [name for name in folders if any(word in name for word in RESERVED[story])]
