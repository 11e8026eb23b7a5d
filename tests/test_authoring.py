"""Rule authoring commands end to end: explain, test, score, schema, init."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import ROOT, run_cli

from checker.schema import rules_schema

SHARED = ROOT.parent / "shared"


def test_explain_shows_why_the_occupancy_lost() -> None:
    result = run_cli("explain", "cecot_capacity", "articles/bloomberg-bukele-prison-offer.md")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "chosen" in out and "'40,000' → 40,000" in out
    assert "passed over: rank" in out and "'12,000' → 12,000" in out
    assert "values between 1" in out  # 40,000 stands between the cue and 12,000
    assert "rejected: no cue scored 90 or more" in out


def test_explain_json_and_unknown_fact() -> None:
    result = run_cli("explain", "cecot_opening_year", "--format", "json")
    explained = {item["article"]: item for item in json.loads(result.stdout)}
    chosen = [c for c in explained["aljazeera"]["candidates"] if c["verdict"] == "chosen"]
    assert [(c["written"], c["value"]) for c in chosen] == [("a year ago", 2024)]
    bad = run_cli("explain", "no_such_fact")
    assert bad.returncode == 2 and "unknown fact 'no_such_fact'" in bad.stderr


def test_explain_marks_chosen_only_the_figure_read_on_a_long_line(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "facts:\n  expiry: {description: year the law expires, type: year, cues: [expires in, through]}\n"
    )
    line = "The law expires in 2031. Its 2031 review runs through a long chain of hearings and votes."
    (tmp_path / "a.txt").write_text(line + "\n")
    rules = tmp_path / "rules.yaml"
    result = run_cli("explain", "expiry", tmp_path / "a.txt", "-r", rules, "--format", "json")
    [item] = json.loads(result.stdout)
    verdicts = [(c["verdict"], c["sentence"][:12]) for c in item["candidates"] if c["written"] == "2031"]
    assert ("chosen", "The law expi") in verdicts
    assert [v for v, _ in verdicts].count("chosen") == 1


def test_default_pack_tests_pass_and_cover_every_fact() -> None:
    result = run_cli("test", "rules/")
    assert result.returncode == 0, result.stdout
    tests = yaml.safe_load((ROOT / "rules" / "el-salvador.test.yaml").read_text())["tests"]
    facts = yaml.safe_load((ROOT / "rules" / "el-salvador.yaml").read_text())["facts"]
    assert set(facts) <= {fact for t in tests for fact in t["expect"]}


def write_pack(tmp_path: Path, tests: str) -> Path:
    (tmp_path / "p.yaml").write_text("facts:\n  cap:\n    type: count\n    cues: [capacity]\n" + tests)
    return tmp_path / "p.yaml"


def test_failing_rule_test_prints_expected_and_got_and_exits_1(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path, "tests:\n  - text: The capacity is 40,000 and more.\n    expect: {cap: 45000}\n"
    )
    result = run_cli("test", str(pack))
    assert result.returncode == 1
    assert "cap: expected value 45000, got 40000 from '40,000'" in result.stdout
    assert "in: The capacity is 40,000 and more." in result.stdout
    assert "0/1 expectations passed" in result.stdout


def test_fact_that_must_not_be_found(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "tests:\n  - text: No figure here about capacity.\n    expect: {cap: null}\n")
    assert run_cli("test", str(pack)).returncode == 0


@pytest.mark.parametrize(
    ("tests", "message"),
    [
        (
            "tests:\n  - text: x\n    expect: {capp: 1}\n",
            "p.yaml:7: tests[0].expect.capp: unknown fact 'capp'; did you mean 'cap'?",
        ),
        ("tests:\n  - txt: x\n", "p.yaml:6: tests[0]: a test is a mapping with a non-empty 'text:'"),
        (
            "tests:\n  - text: x\n    expect: {cap: 1}\n    publshed: 2025-01-01\n",
            "did you mean 'published'?",
        ),
        ("tests: 3\n", "tests: expected a list of tests"),
    ],
)
def test_bad_test_file_exits_2(tmp_path: Path, tests: str, message: str) -> None:
    result = run_cli("test", str(write_pack(tmp_path, tests)))
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_sibling_test_file(tmp_path: Path) -> None:
    write_pack(tmp_path, "")
    (tmp_path / "p.test.yaml").write_text("tests:\n  - text: It has a capacity of 9.\n    expect: {cap: 9}\n")
    result = run_cli("test", str(tmp_path))
    assert result.returncode == 0 and "1/1 expectations passed in 1 rule tests" in result.stdout


def test_score_on_the_shipped_corpus() -> None:
    result = run_cli("score", "--gold", "tests/gold/articles.yaml", "--json")
    figures = json.loads(result.stdout)
    assert (figures["precision"], figures["recall"]) == (1.0, 1.0)
    assert (figures["discrepancies_found"], figures["false_alarms"]) == (3, 0)


def test_score_bad_gold_exits_2(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text("just: text\n")
    result = run_cli("score", "--gold", str(tmp_path / "g.yaml"))
    assert result.returncode == 2 and "a gold file is a mapping with 'facts:'" in result.stderr


@pytest.mark.skipif(
    not (SHARED / "tools" / "score.py").is_file(), reason="../shared (seeds, gold) not present"
)
def test_score_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    run_cli("check", str(SHARED / "seeds"), "--format", "json", "-o", str(report))
    gold = str(SHARED / "gold" / "seeds.yaml")
    reference = (
        subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score.py"), gold, str(report), "--quiet"],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    ours = run_cli("score", "--gold", gold, str(SHARED / "seeds")).stdout.strip().splitlines()[-1]
    assert ours == reference


def test_schema_is_generated_and_kept_in_the_repo() -> None:
    printed = json.loads(run_cli("schema").stdout)
    assert printed == rules_schema()
    assert json.loads((ROOT / "schema" / "rules.schema.json").read_text()) == printed, (
        "schema/rules.schema.json is stale: run `checker schema > schema/rules.schema.json`"
    )
    jsonschema.Draft202012Validator.check_schema(printed)


@pytest.mark.parametrize("path", ["rules/el-salvador.yaml", "rules/el-salvador.test.yaml"])
def test_shipped_files_validate_against_the_schema(path: str) -> None:
    data = json.loads(json.dumps(yaml.safe_load((ROOT / path).read_text()), default=str))
    jsonschema.validate(data, rules_schema())


@pytest.mark.parametrize(
    "fact",
    [
        {"type": "capacity", "cues": ["a"]},
        {"type": "count", "cues": []},
        {"type": "count"},
        {"type": "count", "cues": ["a"], "tolerance": "lots"},
        {"type": "count", "cues": ["a"], "exlude": ["b"]},
        {"type": "count", "cues": ["a"], "match": 101},
        {"type": "count", "cues": ["a"], "severity": "fatal"},
    ],
)
def test_schema_rejects_what_validate_rejects(fact: dict[str, object], tmp_path: Path) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"facts": {"f": fact}}, rules_schema())
    (tmp_path / "r.yaml").write_text(yaml.safe_dump({"facts": {"f": fact}}))
    assert run_cli("validate", str(tmp_path / "r.yaml")).returncode == 2


def test_init_scaffolds_a_story_that_passes(tmp_path: Path) -> None:
    story = tmp_path / "story"
    result = run_cli("init", str(story))
    assert result.returncode == 0, result.stderr
    assert (story / "rules" / "rules.schema.json").is_file()
    assert run_cli("test", "rules/", cwd=story).returncode == 0
    check = run_cli("check", "--format", "json", cwd=story)
    assert check.returncode == 0, check.stdout
    facts = json.loads(check.stdout)["facts"]
    assert {f["type"] for f in facts} == {"count", "number", "percent", "money", "year", "date"}
    assert all(f["status"] == "consistent" for f in facts)
    again = run_cli("init", str(story))
    assert again.returncode == 2 and "already exists; pass --force to overwrite" in again.stderr


def test_parse_text_and_jsonl() -> None:
    result = run_cli("parse", "more than 80,000 people on Monday", "--published", "2025-02-04")
    values = json.loads(result.stdout)
    assert [(v["kind"], v["value"], v["qualifier"]) for v in values] == [
        ("number", 80000, "more_than"),
        ("date", "2025-02-03", None),
    ]
    lines = '{"text": "nearly 2%", "type": "percent"}\n\nnot json\n'
    piped = run_cli("parse", "--jsonl", input=lines)
    first, second = piped.stdout.splitlines()
    assert json.loads(first)["values"][0]["low"] == 1.8
    assert json.loads(second)["error"].startswith("line 3: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("parse", "x", "--published", "2025-13-01"),
            "--published: expected a date YYYY-MM-DD, got '2025-13-01'",
        ),
        (("parse", "x", "--lang", "fr"), "unknown lang 'fr'; known: en, es"),
        (("parse", "x", "--type", "length"), "length"),
        (("parse",), "give a TEXT to parse, or --jsonl"),
    ],
)
def test_parse_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2 and message in result.stderr, result.stderr
