"""Each example story under examples/ (rules/, articles/, gold.yaml) meets the accuracy bar of its gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.scoring import score_report

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

MIN_PRECISION = 0.9
MIN_RECALL = 0.9


def example_dirs() -> list[Path]:
    """Folders under examples/ that hold rules/, articles/ and gold.yaml."""
    if not EXAMPLES.is_dir():
        return []
    return sorted(
        d
        for d in EXAMPLES.iterdir()
        if (d / "rules").is_dir() and (d / "articles").is_dir() and (d / "gold.yaml").is_file()
    )


EXAMPLE_DIRS = example_dirs()


def load_gold(example: Path) -> dict[str, Any]:
    with (example / "gold.yaml").open(encoding="utf-8") as fh:
        gold: dict[str, Any] = yaml.safe_load(fh)
    return gold


def split_article(path: Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body) of an article: the YAML block between the first two `---` lines."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    marks = [i for i, line in enumerate(lines) if line.strip() == "---"]
    assert len(marks) >= 2 and marks[0] == 0, f"{path.name}: no front matter block"
    meta = yaml.safe_load("".join(lines[marks[0] + 1 : marks[1]]))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, "".join(lines[marks[1] + 1 :])


def article_bodies(example: Path) -> dict[str, str]:
    """Article id (front-matter `id`, else the file stem) -> body."""
    bodies: dict[str, str] = {}
    for path in sorted((example / "articles").rglob("*")):
        if path.suffix in (".md", ".txt"):
            meta, body = split_article(path)
            bodies[str(meta.get("id") or path.stem)] = body
    return bodies


def run_checker(example: Path) -> dict[str, Any]:
    """`checker check <example>/articles --rules <example>/rules --format json`, parsed."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "check",
            str(example / "articles"),
            "--rules",
            str(example / "rules"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    # 0: no disagreement, 1: the disagreements the story plants; anything else is a failure.
    assert proc.returncode in (0, 1), f"exit {proc.returncode}\n{proc.stderr}"
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def test_examples_exist() -> None:
    assert EXAMPLE_DIRS, "no example story under examples/ with rules/, articles/ and gold.yaml"


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=[d.name for d in EXAMPLE_DIRS])
def test_example_meets_accuracy_bar(example: Path) -> None:
    score = score_report(load_gold(example), run_checker(example))
    detail = "\n".join([score.summary(), *score.lines])
    assert score.precision >= MIN_PRECISION, detail
    assert score.recall >= MIN_RECALL, detail
    assert score.discrepancies_found == score.discrepancies, detail
    assert score.false_alarms == 0, detail


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=[d.name for d in EXAMPLE_DIRS])
def test_example_gold_quotes_are_verbatim(example: Path) -> None:
    bodies = article_bodies(example)
    problems = []
    for fact_id, fact in load_gold(example)["facts"].items():
        for article, entry in fact["values"].items():
            if article not in bodies:
                problems.append(f"{fact_id}: no article with id {article!r}")
            elif entry["quote"] not in bodies[article]:
                problems.append(f"{fact_id} {article}: quote not in article: {entry['quote']!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=[d.name for d in EXAMPLE_DIRS])
def test_example_gold_names_known_facts_and_articles(example: Path) -> None:
    gold = load_gold(example)
    report = run_checker(example)
    fact_ids = {f["id"] for f in report["facts"]}
    article_ids = {a["id"] for a in report["articles"]}
    listed = [d["fact"] for d in gold.get("discrepancies") or []]
    listed += list(gold.get("consistent") or []) + list(gold.get("compatible") or [])
    assert set(gold["facts"]) <= fact_ids
    assert set(listed) <= fact_ids
    for d in gold.get("discrepancies") or []:
        assert set(d["sides"][0]) | set(d["sides"][1]) <= article_ids
    assert not report["warnings"], report["warnings"]


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=[d.name for d in EXAMPLE_DIRS])
def test_example_rule_tests_pass(example: Path) -> None:
    """The story's own rule tests (`rules/*.test.yaml`) pass, as `checker test` runs them in CI."""
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "test", str(example / "rules")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
