"""Reporters render the report's records as they are: the JSON stream equals the report's own dict."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from conftest import run_cli

from checker import __version__
from checker.models import Report
from checker.pipeline import check
from checker.reporters import REPORTERS, json_report, text

ROOT = Path(__file__).resolve().parents[1]


def shipped() -> Report:
    return check([str(ROOT / "rules")], [str(ROOT / "articles")])


def _holds(got: Any, want: Any) -> bool:
    """True when `got` is `want` with fields added (in dicts, at any depth) and none removed or changed."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and _holds(got[k], v) for k, v in want.items())
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_holds, got, want))
    return bool(got == want)


def test_json_stream_is_the_report_dict() -> None:
    report = shipped()
    data = json.loads(json_report.render(report))
    head = {"version": json_report.VERSION, "schema_version": 1, "checker": __version__}
    expected = {**head, **report.to_dict()}
    assert data.keys() == expected.keys()
    assert {k: v for k, v in data.items() if k != "findings"} == {
        k: v for k, v in expected.items() if k != "findings"
    }
    assert _holds(data["findings"], expected["findings"])  # each finding with its evidence added


def test_json_of_an_empty_report_is_valid() -> None:
    empty = Report((), (), ())
    assert json.loads(json_report.render(empty)) == {
        "version": json_report.VERSION,
        "schema_version": 1,
        "checker": __version__,
        "articles": [],
        "facts": [],
        "findings": [],
        "warnings": [],
        "skipped": [],
    }


def test_one_record_per_line() -> None:
    lines = json_report.render(shipped()).splitlines()
    assert any(line.strip().startswith('{"article": "nyt"') for line in lines)
    assert max(len(line) for line in lines) < 20_000


def test_every_reporter_writes_to_a_stream() -> None:
    report = shipped()
    for name, write in REPORTERS.items():
        out = io.StringIO()
        write(report, out)
        assert out.getvalue(), name
    assert text.render(report).splitlines()[0] == "checker: 5 articles, 10 facts, 3 findings"


def test_a_fact_in_a_scale_says_so_in_the_json_report(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "facts:\n  audience:\n    description: viewers worldwide\n    type: count\n"
        "    cues: [watched]\n    scale: billion\n  matches:\n    description: matches\n"
        "    type: count\n    cues: [matches]\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("About 2.6 billion people watched the 48 matches.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    run_cli(
        "check",
        tmp_path / "a.txt",
        "--rules",
        tmp_path / "rules.yaml",
        "--format",
        "json",
        "--no-cache",
        "-o",
        out,
    )
    facts = {f["id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["facts"]}
    assert facts["audience"]["scale"] == 10**9 and facts["audience"]["mentions"][0]["value"] == 2.6
    assert "scale" not in facts["matches"]
