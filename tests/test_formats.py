"""Every output format on the shipped corpus (one run writes them all with --report FORMAT=FILE),
each checked the way its readers read it, and the options that choose what is shown and what fails."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, article, make_mention, make_value, run_cli

from checker.models import FactResult, Finding, FindingKind, Report, Severity, Side, Status
from checker.reporters import REPORTERS, github, json_report, markdown

SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
MACHINE = ("json", "jsonl", "sarif", "junit")
FORMATS = (*MACHINE, "markdown", "github", "text")
SHIPPED = ("check", "articles", "--rules", "rules", "--no-cache", "--jobs", "1")
# GitHub workflow command: ::level file=F,line=N,title=T::message, nothing unescaped across lines.
COMMAND = re.compile(r"^::(error|warning|notice) file=[^,:\s]+,line=\d+,title=[a-z0-9_]+::[^\r\n]+$")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run writing every format: the files, stdout and the exit code."""
    folder = tmp_path_factory.mktemp("reports")
    specs = [arg for name in FORMATS for arg in ("--report", f"{name}={folder / ('report.' + name)}")]
    result = run_cli(*SHIPPED, *specs)
    files = {name: (folder / f"report.{name}").read_text(encoding="utf-8") for name in FORMATS}
    return {"result": result, **files}


def findings(outputs: dict[str, Any]) -> list[dict[str, Any]]:
    return list(json.loads(outputs["json"])["findings"])


def _lines(path: str) -> list[str]:
    return (ROOT / path).read_text(encoding="utf-8").splitlines()


# --- one run, every format ----------------------------------------------------------------------------


def test_one_run_writes_every_report_and_still_prints_text(outputs: dict[str, Any]) -> None:
    result = outputs["result"]
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("checker: 5 articles, 10 facts, 3 findings")
    assert outputs["text"] == result.stdout
    assert all(outputs[name] for name in FORMATS)


def test_json_has_a_version_and_a_fingerprint_per_finding(outputs: dict[str, Any]) -> None:
    data = json.loads(outputs["json"])
    assert data["version"] == json_report.VERSION and data["schema_version"] == 1
    assert [f["fingerprint"] for f in data["findings"]] == [
        "cecot_opening_year:a98ad49711251e97",
        "approval_rating:b2fe7d695f77d238",
        "emergency_arrests:21ccd33196dff370",
    ]


def test_json_keeps_every_field_and_adds_the_evidence(outputs: dict[str, Any]) -> None:
    run = run_cli(*SHIPPED, "--format", "json")
    assert run.stdout == outputs["json"]
    paths = {a["id"]: a["path"] for a in json.loads(outputs["json"])["articles"]}
    for finding in findings(outputs):
        assert {"fact", "fingerprint", "severity", "kind", "articles", "message", "sides"} <= finding.keys()
        for side in finding["sides"]:
            assert {"value", "low", "high", "unit", "text", "articles", "as_of"} <= side.keys()
            assert {m["article"] for m in side["mentions"]} == set(side["articles"])
            for m in side["mentions"]:
                assert m["path"] == paths[m["article"]]
                assert m["text"] in _lines(m["path"])[m["line"] - 1]
            assert (side["quote"], side["line"]) in {(m["quote"], m["line"]) for m in side["mentions"]}


def test_json_differences_between_the_lowest_and_highest_side(outputs: dict[str, Any]) -> None:
    diffs = {f["fact"]: (f["abs_diff"], f["rel_diff"]) for f in findings(outputs)}
    assert diffs["approval_rating"] == (1, round(1 / 91, 6))
    assert diffs["cecot_opening_year"] == (1, round(1 / 2024, 6))
    assert diffs["emergency_arrests"] == (5000, round(5000 / 85000, 6))  # the vague side has no number


def test_jsonl_is_the_json_findings_one_per_line(outputs: dict[str, Any]) -> None:
    lines = outputs["jsonl"].splitlines()
    assert [json.loads(line) for line in lines] == findings(outputs)


def test_markdown_is_a_summary_then_a_table_per_flagged_fact(outputs: dict[str, Any]) -> None:
    text = outputs["markdown"]
    assert (
        text.splitlines()[0] == "**checker**: 3 findings (2 errors, 1 warning) in 10 facts across 5 articles"
    )
    heads = re.findall(r"^### `(\w+)`", text, flags=re.M)
    assert heads == ["cecot_opening_year", "emergency_arrests", "approval_rating"]
    assert text.count("| source | written | normalized | line | quote |") == 3
    assert "| The New York Times | 91 percent | 91% | 25 | " in text and "**91 percent**" in text
    assert "91% (The New York Times: “91 percent”)" in text  # sources by name, ids only in JSON


def test_sarif_validates_against_the_official_schema(outputs: dict[str, Any]) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not here ({SARIF_SCHEMA}): ../shared is absent")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(json.loads(outputs["sarif"]))


def test_sarif_results_are_the_findings_at_real_files_and_lines(outputs: dict[str, Any]) -> None:
    run = json.loads(outputs["sarif"])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == 10 and rules[1]["id"] == "cecot_opening_year"
    assert rules[1]["shortDescription"]["text"] == "The year the CECOT mega-prison opened"
    assert rules[1]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert [r["partialFingerprints"]["checker/v1"] for r in results] == [
        f["fingerprint"] for f in findings(outputs)
    ]
    assert [r["level"] for r in results] == ["error", "error", "warning"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        articles = {
            a
            for side in next(f for f in findings(outputs) if f["fact"] == result["ruleId"])["sides"]
            for a in side["articles"]
        }
        assert {loc["properties"]["article"] for loc in result["locations"]} == articles
        for loc in result["locations"]:
            where = loc["physicalLocation"]
            path, line = where["artifactLocation"]["uri"], where["region"]["startLine"]
            assert (ROOT / path).is_file()
            assert loc["properties"]["written"] in _lines(path)[line - 1]


def test_github_lines_are_well_formed_commands(outputs: dict[str, Any]) -> None:
    lines = outputs["github"].splitlines()
    assert len(lines) == 3 and all(COMMAND.match(line) for line in lines), lines
    assert lines[1].startswith(
        "::error file=articles/bloomberg-bukele-prison-offer.md,line=13,title=approval_rating::"
    )
    assert "90%25 (Bloomberg: “90%25”)" in lines[1] and "%0AThe New York Times (articles/nyt-" in lines[1]
    assert lines[2].startswith("::warning ")


def test_junit_parses_back_with_a_testcase_per_fact(outputs: dict[str, Any]) -> None:
    root = ET.fromstring(outputs["junit"])
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = suites[0].findall("testcase")
    facts = [f["id"] for f in json.loads(outputs["json"])["facts"]]
    assert [c.get("name") for c in cases] == facts
    assert {c.get("classname") for c in cases} == {"checker"}
    failures = {c.get("name"): [f.get("message") for f in c.findall("failure")] for c in cases}
    assert {k: v for k, v in failures.items() if v} == {f["fact"]: [f["message"]] for f in findings(outputs)}
    assert suites[0].get("tests") == "10" and suites[0].get("failures") == "3"


# --- the formats on made-up reports ------------------------------------------------------------------


def _fact(i: int, severity: Severity, text: str = "5", quote: str = "quote") -> tuple[FactResult, Finding]:
    fact = f"fact_{i}"
    mentions = (
        make_mention(fact, "a", make_value(5, text=text), quote=quote, line=2),
        make_mention(fact, "b", make_value(6), line=3),
    )
    sides = (Side(5, 5, 5, text, ("a",)), Side(6, 6, 6, "6", ("b",)))
    finding = Finding(fact, severity, FindingKind.CONFLICT, ("a", "b"), f"{fact}: 5 vs 6", sides)
    return FactResult(fact, "count", "", severity, Status.CONFLICT, mentions), finding


def made_up(*severities: Severity, text: str = "5", quote: str = "quote") -> Report:
    pairs = [_fact(i, s, text, quote) for i, s in enumerate(severities)]
    articles = (article(id="a", path="dir/a.txt"), article(id="b", path="b,c:d.txt"))
    return Report(articles, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))


def test_github_escapes_data_and_properties_as_github_documents() -> None:
    line = github.command("error", "50% off:\nnext\r", file="a,b:c.md", line=3, title="t")
    assert line == "::error file=a%2Cb%3Ac.md,line=3,title=t::50%25 off:%0Anext%0D"
    [first] = github.render(made_up(Severity.WARNING)).splitlines()
    assert first.startswith("::warning file=dir/a.txt,line=2,title=fact_0::")
    assert "%0Ab (b,c:d.txt:3)" in first  # in the message, `,` and `:` stay as they are


def test_github_caps_annotations_per_level_and_says_what_was_left_out() -> None:
    report = made_up(*[Severity.ERROR] * 12, *[Severity.WARNING] * 11, *[Severity.INFO] * 3)
    lines = github.render(report).splitlines()
    assert [line.split(" ")[0] for line in lines[:-1]] == ["::error"] * 10 + ["::warning"] * 10 + [
        "::notice"
    ] * 3
    assert lines[-1].startswith("checker: 3 more findings not annotated (2 errors, 1 warning)")


def test_github_appends_the_markdown_report_to_the_step_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    report = made_up(Severity.ERROR)
    github.write(report, io.StringIO())
    assert summary.read_text() == "earlier step\n" + markdown.render(report) + "\n"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    out = io.StringIO()
    github.write(report, out)
    assert (
        out.getvalue().splitlines()[-1].startswith("::warning::checker: cannot append to GITHUB_STEP_SUMMARY")
    )


def test_markdown_escapes_pipes_and_newlines_in_article_text() -> None:
    assert markdown.cell("a | b\nc `d` <e>") == "a \\| b c \\`d\\` \\<e\\>"
    text = markdown.render(made_up(Severity.ERROR, text="5|5", quote="It\nsaid 5|5 | and more."))
    row = next(line for line in text.splitlines() if line.startswith("| a |"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 6, row  # five cells, whatever the article wrote
    assert "\n" not in row and "It said" in row


def test_junit_keeps_info_findings_out_of_the_failures_and_stays_parseable() -> None:
    report = made_up(Severity.INFO, Severity.ERROR, quote="bad \x00\x1b[31m control")
    buffer = io.StringIO()
    REPORTERS["junit"](report, buffer)
    cases = ET.fromstring(buffer.getvalue()).findall("testsuite/testcase")
    assert [len(c.findall("failure")) for c in cases] == [0, 1]
    assert "info (not a failure)" in (cases[0].findtext("system-out") or "")


# --- what is shown, what fails -----------------------------------------------------------------------


def test_min_severity_hides_warnings_in_text_but_json_keeps_them(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli(*SHIPPED, "--min-severity", "error", "-O", f"json={out}")
    assert result.returncode == 1
    assert "emergency_arrests: sources differ" not in result.stdout
    assert "approval_rating: sources disagree" in result.stdout
    assert "1 finding below --min-severity error not shown in text" in result.stderr
    assert [f["fact"] for f in json.loads(out.read_text())["findings"]][-1] == "emergency_arrests"


def test_min_severity_does_not_change_what_fails(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text("facts:\n  cap:\n    type: count\n    cues: [capacity]\n")
    (tmp_path / "a.txt").write_text("The hall has a capacity of more than 900 people.\n")
    (tmp_path / "b.txt").write_text("The hall has a capacity of 950 people.\n")
    rules = ("--rules", tmp_path / "rules.yaml", "--jobs", "1", "--no-cache")
    batch = ("check", tmp_path / "a.txt", tmp_path / "b.txt", *rules)
    shown = run_cli(*batch, "--fail-on", "warning", "--format", "markdown")
    assert shown.returncode == 1 and "**warning** (hedged)" in shown.stdout
    hidden = run_cli(*batch, "--fail-on", "warning", "--format", "markdown", "--min-severity", "error")
    assert hidden.returncode == 1 and hidden.stdout.startswith("**checker**: 0 findings in 1 fact")


def test_exit_zero_passes_findings_but_not_an_incomplete_run(tmp_path: Path) -> None:
    assert run_cli(*SHIPPED, "--exit-zero").returncode == 0
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    incomplete = run_cli("check", tmp_path, "--rules", "rules", "--no-cache", "--jobs", "1", "--exit-zero")
    assert incomplete.returncode == 3


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--min-severity", "loud"), "--min-severity: 'loud' is not one of error, warning, info"),
        (("--report", "sarif"), "expected FORMAT=FILE"),
        (("--report", "=out.json"), "expected FORMAT=FILE"),
        (("--report", "sarif="), "expected FORMAT=FILE"),
        (("-O", "yaml=out.yaml"), "unknown format 'yaml'; choose one of: text, json, jsonl"),
        (
            ("-O", "sarif=nowhere/out.sarif"),
            "--report sarif=nowhere/out.sarif: folder nowhere does not exist",
        ),
        (("-O", "sarif=x.out", "-O", "junit=x.out"), "x.out is also written by --report sarif=x.out"),
        (("-o", "x.out", "-O", "json=x.out"), "x.out is also written by --output"),
        (("--format", "pdf"), "unknown format 'pdf'"),
        (("--exit-zero", "--fail-on", "sometimes"), "--fail-on: 'sometimes' is not one of"),
    ],
)
def test_bad_option_values_exit_2_with_a_message(args: tuple[str, ...], says: str) -> None:
    result = run_cli(*SHIPPED, *args)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr
    assert not (ROOT / "x.out").exists()
