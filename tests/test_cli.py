"""The command line end to end: defaults, formats, exit codes, and clean errors without tracebacks.

Run in this process (conftest.run_cli); one smoke test runs `python -m checker` for real.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_cli

GOLD = ROOT / "tests" / "gold" / "articles.yaml"


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    result = run_cli("check", "--format", "json")
    assert result.returncode == 1, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_json_contract(report: dict[str, Any]) -> None:
    assert {"articles", "facts", "findings"} <= set(report)
    assert {a["id"] for a in report["articles"]} == {"bloomberg", "aljazeera", "nyt", "wlrn", "blog"}
    assert set(report["articles"][0]) >= {"id", "path", "source", "published"}
    fact = report["facts"][0]
    assert set(fact) >= {"id", "type", "status", "mentions"}
    mention = next(m for f in report["facts"] for m in f["mentions"])
    assert set(mention) >= {"article", "value", "low", "high", "qualifier", "text", "quote", "line"}
    finding = report["findings"][0]
    assert set(finding) >= {"fact", "severity", "articles", "message"}


def test_default_corpus_matches_its_gold(report: dict[str, Any]) -> None:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    got: dict[tuple[str, str], list[object]] = {}
    for f in report["facts"]:
        for m in f["mentions"]:
            if m["value"] is not None:
                got.setdefault((f["id"], m["article"]), []).append(m["value"])
    for fact, spec in gold["facts"].items():
        for article, want in spec["values"].items():
            if want.get("value") is None:
                assert (fact, article) not in got, f"{fact}: {article} states no figure"
            elif not want.get("optional"):
                assert got.get((fact, article)) == [want["value"]], (fact, article)
    flagged = {(f["fact"], frozenset(f["articles"])) for f in report["findings"] if f["severity"] != "info"}
    for d in gold["discrepancies"]:
        left, right = set(d["sides"][0]), set(d["sides"][1])
        assert any(fact == d["fact"] and left & arts and right & arts for fact, arts in flagged), d["fact"]
    assert not {fact for fact, _ in flagged} & set(gold["consistent"])


def test_hedged_discrepancy_is_a_warning_with_the_hedge_in_the_message(report: dict[str, Any]) -> None:
    (arrests,) = [f for f in report["findings"] if f["fact"] == "emergency_arrests"]  # only the hedged one
    assert arrests["severity"] == "warning" and "more than" in arrests["message"]


def test_text_report_puts_findings_first_and_quotes_sources() -> None:
    result = run_cli("check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[2] == "Findings"
    assert "cecot_opening_year" in result.stdout and "a year ago" in result.stdout
    assert "source" in result.stdout and "normalized" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("never", 0), ("error", 1), ("warning", 1), ("info", 1)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert run_cli("check", "--fail-on", fail_on, "--format", "json").returncode == code


def test_exit_zero_when_sources_agree(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("The prison has a capacity of 40,000 inmates.\n")
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  cap:\n    type: count\n    cues: [capacity]\n")
    result = run_cli("check", str(tmp_path), "--rules", str(rules), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["facts"][0]["status"] == "consistent"


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert run_cli("check", "--format", "json", "-o", str(out)).returncode == 1
    assert json.loads(out.read_text())["findings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "--format", "xml"), "unknown format 'xml'; choose one of: text, json"),
        (("check", "--fail-on", "fatal"), "--fail-on: 'fatal' is not one of error, warning, info, never"),
        (("check", "no/such/folder"), "no/such/folder: no such article file or folder"),
        (("check", "--rules", "no/such.yaml"), "no/such.yaml: no such rule file or folder"),
        (("validate", "README.md"), "README.md"),
        (("check", "--bogus"), "No such option"),
    ],
)
def test_usage_and_input_errors_exit_2_without_traceback(args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_bad_rule_file_exits_2_with_location(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("facts:\n  cecot_capacity:\n    type: capacity\n    cues: [capacity]\n")
    for command in ("check", "validate"):
        args = (command, "--rules", str(bad)) if command == "check" else (command, str(bad))
        result = run_cli(*args)
        assert result.returncode == 2
        assert result.stderr.startswith(
            f"{bad}:3: facts.cecot_capacity.type: 'capacity' is not one of count,"
        )
        assert "Traceback" not in result.stderr


def test_validate_ok() -> None:
    result = run_cli("validate")
    assert result.returncode == 0
    assert re.fullmatch(r"ok: 10 facts in 1 files, \d+ rule tests\n", result.stdout)
    assert result.stderr == ""


def test_validate_warns_of_a_scale_the_description_does_not_name(tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  loss:\n    type: money\n    cues: [lost]\n    scale: million\n")
    result = run_cli("validate", str(rules))
    assert result.returncode == 0 and result.stdout.startswith("ok: 1 facts")
    assert result.stderr.startswith(
        f"warning: {rules}:5: facts.loss.scale: every figure is reported divided by"
    )


def test_unreadable_article_warns_and_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The prison has a capacity of 40,000 inmates.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  cap:\n    type: count\n    cues: [capacity]\n")
    result = run_cli("check", str(tmp_path), "--rules", str(rules))
    assert result.returncode == 0
    assert f"warning: {tmp_path / 'bad.txt'}: looks binary" in result.stderr


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.startswith("checker ")
    assert "--fail-on" in run_cli("check", "--help").stdout


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("checker ")
