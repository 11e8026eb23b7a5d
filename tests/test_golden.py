"""Whole reports compared exactly: the text and JSON reports of the shipped corpus and of every example
story. Regenerate after an intended change with
`CHECKER_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py` and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("CHECKER_UPDATE_GOLDEN") == "1"

CASES = {
    "articles": (["articles"], ["rules"]),
    **{
        f"example-{story.name}": ([f"examples/{story.name}/articles"], [f"examples/{story.name}/rules"])
        for story in sorted((ROOT / "examples").iterdir())
        if (story / "articles").is_dir()
    },
}


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_report_matches_golden(case: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    articles, rules = CASES[case]
    args = ["check", *articles, "--format", fmt, "--no-cache", "--jobs", "1"]
    for r in rules:
        args += ["--rules", r]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    path = GOLDEN / f"{case}.{'txt' if fmt == 'text' else 'json'}"
    if UPDATE:
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8"), f"{path} differs; see the module docstring"
