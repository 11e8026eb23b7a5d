"""Engines and the cache give the same report as a plain run; the cache is used, and never trusted blindly."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli

from checker import extract as extraction
from checker.engines import Options
from checker.pipeline import check
from checker.reporters import json_report

ROOT = Path(__file__).resolve().parents[1]
RULES = [str(ROOT / "rules")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The shipped articles, copied five times under distinct ids, so several chunks are made."""
    folder = tmp_path / "batch"
    for i in range(5):
        for path in sorted((ROOT / "articles").glob("*.md")):
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: c{i}-", 1)
            target = folder / f"copy{i}" / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + f"\nFiled as copy {i}.\n", encoding="utf-8")
    return folder


def render(paths: list[str], **options: object) -> str:
    return json_report.render(check(RULES, paths, Options(**options)))  # type: ignore[arg-type]


def count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = extraction.extract

    def counting(article: extraction.Article, *args: object) -> object:
        calls.append(article.id)
        return real(article, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "extract", counting)
    return calls


def test_jobs_give_byte_identical_output_whatever_the_file_order(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("checker.engines.CHUNK", 4)  # many small tasks, finishing in any order
    folders = sorted(str(p) for p in corpus.iterdir())
    one = render(folders, jobs=1)
    assert render(folders, jobs=2) == one
    assert render(folders[::-1], jobs=2) == one
    assert render(folders[::-1], jobs=1) == one


def test_cache_skips_unchanged_articles_and_redoes_changed_ones(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = str(tmp_path / "cache")
    plain = render([str(corpus)], jobs=1)
    calls = count_extractions(monkeypatch)
    assert render([str(corpus)], jobs=1, cache_dir=cache) == plain
    assert len(calls) == 25
    calls.clear()
    assert render([str(corpus)], jobs=1, cache_dir=cache) == plain
    assert calls == []
    changed = corpus / "copy0" / "nyt-salvador-prisons-deportees.md"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("91 percent", "89 percent"), encoding="utf-8"
    )
    report = json.loads(render([str(corpus)], jobs=1, cache_dir=cache))
    assert calls == ["c0-nyt"]
    approval = next(f for f in report["facts"] if f["id"] == "approval_rating")
    assert 89 in [m["value"] for m in approval["mentions"]]


@pytest.mark.parametrize("damage", ["garbage {", '{"format": 1, "key": "someone else", "facts": {}}', ""])
def test_corrupt_or_foreign_cache_entries_are_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    cache = tmp_path / "cache"
    articles = [str(ROOT / "articles")]
    plain = render(articles, jobs=1)
    render(articles, jobs=1, cache_dir=str(cache))
    for entry in cache.rglob("*.json"):
        entry.write_text(damage, encoding="utf-8")
    calls = count_extractions(monkeypatch)
    assert render(articles, jobs=1, cache_dir=str(cache)) == plain
    assert len(calls) == 5
    calls.clear()
    render(articles, jobs=1, cache_dir=str(cache))
    assert calls == []  # rebuilt entries are used again


def test_cli_cache_flags(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "checker", "check", "--format", "json", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = run()
    assert (tmp_path / ".checker-cache").is_dir()
    assert run("--cache-dir", "elsewhere").stdout == first.stdout
    assert (tmp_path / "elsewhere").is_dir()
    shutil.rmtree(tmp_path / ".checker-cache")
    assert run("--no-cache", "--jobs", "2").stdout == first.stdout
    assert not (tmp_path / ".checker-cache").exists()


def test_dask_engine_on_a_local_cluster(corpus: Path) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="Dask is an optional extra: pip install '.[dask]'"
    )
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        on_dask = render([str(corpus)], engine="dask", scheduler=cluster.scheduler_address)
    assert on_dask == render([str(corpus)], jobs=1)


def test_unknown_engine_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", "--engine", "spark"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "unknown engine 'spark'; choose one of: local, dask" in result.stderr


def test_an_edited_cache_entry_is_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    articles = [str(ROOT / "articles")]
    plain = render(articles, jobs=1)
    render(articles, jobs=1, cache_dir=str(cache))
    for entry in cache.rglob("*.json"):
        entry.write_text(entry.read_text(encoding="utf-8").replace("40000", "41000"), encoding="utf-8")
    assert render(articles, jobs=1, cache_dir=str(cache)) == plain  # the true values, extracted again


def test_a_deeply_nested_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    articles = [str(ROOT / "articles")]
    plain = render(articles, jobs=1)
    render(articles, jobs=1, cache_dir=str(cache))
    for entry in cache.rglob("*.json"):
        entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert render(articles, jobs=1, cache_dir=str(cache)) == plain


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    started = time.monotonic()
    result = run_cli("check", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-cache")
    assert result.returncode == 2 and "cannot reach the Dask scheduler" in result.stderr
    assert "Traceback" not in result.stderr and time.monotonic() - started < 60
