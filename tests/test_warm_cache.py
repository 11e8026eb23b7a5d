"""A warm run reads the files and the cache and nothing else: no worker is started, and workers are
handed only the files the cache cannot serve; cache entries are checked on their bytes as read."""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import pytest

from checker import cache as caching
from checker import extract as extraction
from checker.engines import Options
from checker.pipeline import check
from checker.reporters import json_report

ROOT = Path(__file__).resolve().parents[1]
RULES = [str(ROOT / "rules")]
COPIES = 16  # 80 files: more than one CHUNK, so --jobs 2 uses workers


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The shipped articles copied COPIES times under new ids."""
    folder = tmp_path / "batch"
    for i in range(COPIES):
        for path in sorted((ROOT / "articles").glob("*.md")):
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: c{i}-", 1)
            target = folder / f"copy{i:02d}" / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + f"\nFiled as copy {i}.\n", encoding="utf-8")
    return folder


class Pool(ThreadPoolExecutor):
    """A pool in this process that records the files of every task it is given."""

    given: ClassVar[list[list[str]]] = []

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        Pool.given.append(list(args[0]))
        return super().submit(fn, *args, **kwargs)


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> type[Pool]:
    Pool.given = []
    monkeypatch.setattr("checker.engines.ProcessPoolExecutor", Pool)
    return Pool


def render(paths: list[str], **options: Any) -> str:
    return json_report.render(check(RULES, paths, Options(**options)))


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = extraction.extract

    def extract(article: Any, *args: Any) -> Any:
        calls.append(article.id)
        return real(article, *args)

    monkeypatch.setattr(extraction, "extract", extract)
    return calls


def test_a_warm_run_hands_no_file_to_a_worker(
    corpus: Path, tmp_path: Path, pool: type[Pool], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = str(tmp_path / "cache")
    plain = render([str(corpus)], jobs=1)
    assert render([str(corpus)], jobs=2, cache_dir=cache) == plain
    assert sum(len(task) for task in pool.given) == 5 * COPIES  # cold: every file to a worker
    pool.given.clear()
    calls = counting(monkeypatch)
    assert render([str(corpus)], jobs=2, cache_dir=cache) == plain
    assert pool.given == [] and calls == []


def test_workers_get_only_the_files_the_cache_cannot_serve(
    corpus: Path, tmp_path: Path, pool: type[Pool], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = str(tmp_path / "cache")
    render([str(corpus)], jobs=2, cache_dir=cache)
    changed = sorted(corpus.rglob("*.md"))[::4]  # 20 files: few enough to stay in this process
    for path in changed:
        path.write_text(path.read_text(encoding="utf-8") + "\nA late correction.\n", encoding="utf-8")
    pool.given.clear()
    calls = counting(monkeypatch)
    report = render([str(corpus)], jobs=2, cache_dir=cache)
    assert pool.given == [] and len(calls) == len(changed)
    assert report == render([str(corpus)], jobs=1)
    for path in sorted(corpus.rglob("*.md")):  # now every file changes: more than a CHUNK of work
        path.write_text(path.read_text(encoding="utf-8") + "\nAnother.\n", encoding="utf-8")
    render([str(corpus)], jobs=2, cache_dir=cache)
    assert sorted(p for task in pool.given for p in task) == sorted(str(p) for p in corpus.rglob("*.md"))


def test_an_entry_of_an_older_format_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    articles = [str(ROOT / "articles")]
    plain = render(articles, jobs=1)
    render(articles, jobs=1, cache_dir=str(cache))
    for entry in cache.rglob("*.json"):
        head, _, body = entry.read_text(encoding="utf-8").partition("\n")
        old = json.loads(head) | {"format": caching.FORMAT - 1, "facts": json.loads(body)}
        entry.write_text(json.dumps(old), encoding="utf-8")
    calls = counting(monkeypatch)
    assert render(articles, jobs=1, cache_dir=str(cache)) == plain
    assert len(calls) == 5


def test_an_entry_keeps_only_the_facts_with_mentions(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    render([str(ROOT / "articles")], jobs=1, cache_dir=str(cache))
    for entry in cache.rglob("*.json"):
        head, newline, body = entry.read_bytes().partition(b"\n")
        stored = json.loads(body)
        assert newline and all(stored.values()) and json.loads(head)["format"] == caching.FORMAT
