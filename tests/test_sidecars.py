"""sources.yaml is read once per run, in the main process, whatever the engine and however many
batches: each batch is handed only its own files' entries, and the report is the one a run with
front matter gives."""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker import articles
from checker.articles import FRONT_MATTER
from checker.engines import Options
from checker.pipeline import check
from checker.reporters import json_report

ROOT = Path(__file__).resolve().parents[1]
RULES = [str(ROOT / "rules")]
COPIES = 4


def write_corpus(folder: Path, sidecar: bool) -> Path:
    """The shipped articles copied COPIES times under new ids, their metadata in front matter or in
    one sources.yaml per copy folder."""
    for i in range(COPIES):
        target = folder / f"copy{i}"
        target.mkdir(parents=True)
        entries: dict[str, dict[str, Any]] = {}
        for path in sorted((ROOT / "articles").glob("*.md")):
            text = path.read_text(encoding="utf-8")
            match = FRONT_MATTER.match(text)
            assert match is not None
            meta = yaml.safe_load(match.group(1)) | {"id": f"c{i}-{path.stem}"}
            body = text[match.end() :] + f"\nFiled as copy {i}.\n"
            if sidecar:
                entries[path.name] = meta
                (target / path.name).write_text(body, encoding="utf-8")
            else:
                front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
                (target / path.name).write_text(f"---\n{front}---\n{body}", encoding="utf-8")
        if sidecar:
            dumped = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True)
            (target / "sources.yaml").write_text(dumped, encoding="utf-8")
    return folder


@pytest.fixture
def sidecar_corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "sidecar", sidecar=True)


def count_reads(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """Record every sources.yaml read in `log`, from this process and from forked workers alike."""
    real = articles._read_sources

    def counting(folder: Path, warnings: list[Any]) -> dict[str, dict[str, Any]]:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"{folder.name}\n")
        return real(folder, warnings)

    monkeypatch.setattr(articles, "_read_sources", counting)


def reads(log: Path) -> list[str]:
    return sorted(log.read_text(encoding="utf-8").split()) if log.exists() else []


def render(paths: list[str], **options: Any) -> str:
    return json_report.render(check(RULES, paths, Options(**options)))


def essence(report: str) -> dict[str, Any]:
    """What a report says, without the lines and paths a layout changes: each fact's values by
    article, and the findings' fingerprints."""
    data = json.loads(report)
    return {
        "facts": {
            f["id"]: sorted((m["article"], json.dumps(m["value"]), m["quote"]) for m in f["mentions"])
            for f in data["facts"]
        },
        "findings": sorted(f["fingerprint"] for f in data["findings"]),
        "articles": sorted((a["id"], a["source"], a["published"]) for a in data["articles"]),
    }


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="counts reads in workers through a forked patch"
)
@pytest.mark.parametrize("chunk", [2, 64])
def test_each_sources_yaml_is_read_once_whatever_the_number_of_batches(
    sidecar_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr("checker.engines.CHUNK", chunk)
    monkeypatch.setattr("checker.engines.TASKS_PER_JOB", 100)  # as many batches as CHUNK allows
    log = tmp_path / "reads.log"
    count_reads(monkeypatch, log)
    render([str(sidecar_corpus)], jobs=2)
    assert reads(log) == [f"copy{i}" for i in range(COPIES)]


def test_batches_give_the_report_of_one_process_and_of_front_matter(
    sidecar_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("checker.engines.CHUNK", 3)
    one = render([str(sidecar_corpus)], jobs=1)
    assert render([str(sidecar_corpus)], jobs=2) == one
    front = write_corpus(tmp_path / "front", sidecar=False)
    expected = essence(render([str(front)], jobs=1))
    assert essence(one) == expected
    assert expected["findings"] and len(expected["articles"]) == 5 * COPIES


def test_a_broken_sources_yaml_warns_once_however_many_batches(
    sidecar_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("checker.engines.CHUNK", 2)
    (sidecar_corpus / "copy0" / "sources.yaml").write_text("a.md: {source: [x\n", encoding="utf-8")
    for jobs in (1, 2):
        report = check(RULES, [str(sidecar_corpus)], Options(jobs=jobs))
        broken = [w for w in report.warnings if "copy0/sources.yaml" in w]
        assert len(broken) == 1 and "cannot read metadata" in broken[0]


def test_each_task_is_sent_only_its_own_entries(
    sidecar_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[list[str], dict[str, Any]]] = []
    real = articles.iter_articles

    def spy(paths: list[Path], warnings: list[Any], sidecars: Any = None) -> Any:
        sent.append(([str(p) for p in paths], dict(sidecars)))
        return real(paths, warnings, sidecars)

    monkeypatch.setattr("checker.extract.iter_articles", spy)
    monkeypatch.setattr("checker.engines.ProcessPoolExecutor", ThreadPoolExecutor)  # tasks seen here
    monkeypatch.setattr("checker.engines.CHUNK", 3)
    render([str(sidecar_corpus)], jobs=2)
    assert len(sent) == 7 and sum(len(paths) for paths, _ in sent) == 5 * COPIES
    for paths, entries in sent:
        assert sorted(entries) == sorted(paths)
        for path, entry in entries.items():
            assert entry["id"] == f"c{Path(path).parent.name.removeprefix('copy')}-{Path(path).stem}"


def test_dask_reads_each_sources_yaml_once_in_the_client(
    sidecar_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    monkeypatch.setattr("checker.engines.CHUNK", 3)
    log = tmp_path / "reads.log"
    count_reads(monkeypatch, log)
    # Thread workers share this process, so a read in a task would be counted too.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        on_dask = render([str(sidecar_corpus)], engine="dask", scheduler=cluster.scheduler_address)
    assert reads(log) == [f"copy{i}" for i in range(COPIES)]
    log.unlink()
    assert on_dask == render([str(sidecar_corpus)], jobs=1)
