"""`checker --help` and a command load only the modules they use: the command line names the formats,
the cache folder and the time budget itself, and these tests keep them in step with their owners."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from checker import cli
from checker.cache import DEFAULT_DIR
from checker.models import ARTICLE_TIME_BUDGET
from checker.reporters import REPORTERS

LOADED = """
import json, runpy, sys
sys.argv = ["checker", *sys.argv[1:]]
try:
    runpy.run_module("checker", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""
EXTRACTION = ("checker.pipeline", "checker.extract", "checker.select", "checker.values", "simplemma")


def loaded(*args: str) -> set[str]:
    """The modules imported by a `checker` run with these arguments, in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("args", [("--help",), ("check", "--help"), ("review", "--help"), ("--version",)])
def test_help_and_version_load_no_extraction_module(args: tuple[str, ...]) -> None:
    modules = loaded(*args)
    assert "checker.cli" in modules
    assert not [m for m in modules if m.startswith(EXTRACTION) or m.startswith("checker.reporters")]
    # plain help: rich's panels and typer's pydantic adapters cost more than the rest of start-up
    assert not [m for m in modules if m.startswith(("rich", "pydantic"))]


def test_validate_loads_the_rules_and_no_extractor() -> None:
    modules = loaded("validate", str(ROOT / "rules"))
    assert "checker.rulebook" in modules and "checker.pipeline" not in modules


def test_what_the_command_line_names_agrees_with_its_owners() -> None:
    assert tuple(REPORTERS) == cli.FORMATS
    assert DEFAULT_DIR == cli.DEFAULT_CACHE


def test_the_time_budget_help_states_the_default() -> None:
    shown = re.sub(r"[\s│]+", " ", run_cli("check", "--help").stdout)
    assert f"(default: {ARTICLE_TIME_BUDGET:g})" in shown


def test_a_warm_run_loads_no_extractor_nor_unused_reporters(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    args = (
        "check",
        str(ROOT / "articles"),
        "--rules",
        str(ROOT / "rules"),
        "--cache-dir",
        cache,
        "--format",
        "json",
    )
    cold = loaded(*args)
    assert "checker.extract" in cold  # the cold run reads the articles
    warm = loaded(*args)
    assert "checker.pipeline" in warm and "checker.reporters.json_report" in warm
    unused = (
        "checker.extract",
        "checker.select",
        "checker.values.scan",
        "simplemma",
        "checker.reporters.html",
        "rich",  # the progress bar is drawn only in a terminal
        "pydantic",
    )
    assert not [m for m in warm if m.startswith(unused)]
