"""The benchmark corpus generator (benchmarks/): planted wordings read as planted by the real
extractor, a small corpus checked end to end against its truth, determinism and article length."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import DEFAULT_CONFLICTS, MAX_WORDS, MIN_WORDS, generate, verify  # noqa: E402
from benchmarks.truth import check_truth, value_accuracy  # noqa: E402

N = 60
SEED = 20250203


def run_checker(articles: Path, report: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "checker", "check", str(articles), "--rules", "rules", "--format", "json"]
    cmd += ["-o", str(report), "--no-cache"]  # measure the extractor itself, not a cached extraction
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("corpus")
    truth = generate(out, N, SEED, 0.1, DEFAULT_CONFLICTS)
    return out, truth


@pytest.fixture(scope="module")
def report(corpus: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    out, _ = corpus
    return run_checker(out / "articles", out / "report.json")


def test_every_planted_wording_reads_as_planted() -> None:
    assert verify() == []


def test_truth_file_matches_what_generate_returns(corpus: tuple[Path, dict[str, Any]]) -> None:
    out, truth = corpus
    assert json.loads((out / "truth.json").read_text(encoding="utf-8")) == json.loads(json.dumps(truth))
    assert truth["n"] == N == len(truth["articles"])
    assert {f for f, spec in truth["facts"].items() if spec["flagged"]} == set(DEFAULT_CONFLICTS)


def test_whole_corpus_matches_truth(corpus: tuple[Path, dict[str, Any]], report: dict[str, Any]) -> None:
    _, truth = corpus
    assert len(report["articles"]) == N
    assert check_truth(truth, report) == []


def test_extracted_values_equal_planted(corpus: tuple[Path, dict[str, Any]], report: dict[str, Any]) -> None:
    _, truth = corpus
    share, mismatches = value_accuracy(truth, report)
    assert share >= 0.95, mismatches


def test_one_group_matches_truth(corpus: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, truth = corpus
    group = max(truth["groups"], key=lambda g: len(truth["groups"][g]))
    report = run_checker(out / "articles" / group, tmp_path / "group.json")
    assert {a["id"] for a in report["articles"]} == set(truth["groups"][group])
    assert check_truth(truth, report) == []


def test_groups_hold_5_to_20_articles(corpus: tuple[Path, dict[str, Any]]) -> None:
    _, truth = corpus
    assert all(5 <= len(ids) <= 20 for ids in truth["groups"].values())


def test_same_seed_same_bytes(corpus: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, _ = corpus
    generate(tmp_path, N, SEED, 0.1, DEFAULT_CONFLICTS)
    first = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file() and p.name != "report.json")
    second = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert first == second
    assert all((out / p).read_bytes() == (tmp_path / p).read_bytes() for p in first)


def test_article_length(corpus: tuple[Path, dict[str, Any]]) -> None:
    out, truth = corpus
    for record in truth["articles"].values():
        text = (out / record["path"]).read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1]
        assert MIN_WORDS <= len(body.split()) <= MAX_WORDS, record["path"]
