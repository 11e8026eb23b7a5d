"""Engines that run extraction over many files: in this process, on every core, or on a Dask cluster.
Workers are sent file paths (not texts), read the files themselves, and send back mentions only."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat

from checker.errors import CheckerError, Problem
from checker.extract import ARTICLE_TIME_BUDGET, Extracted, extract_files
from checker.rulebook import RuleSet

ENGINES = ("local", "dask")
SCHEDULER_TIMEOUT = 10  # seconds to wait for a Dask scheduler before giving up
CHUNK = 64  # files per task: large enough to amortize a task's overhead, small enough to balance load
Batch = tuple[list[Extracted], list[Problem]]


@dataclass(frozen=True)
class Options:
    """How to run: engine, worker processes, cache folder (None: no cache), Dask scheduler address."""

    jobs: int = 1
    cache_dir: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    budget: float = ARTICLE_TIME_BUDGET  # seconds per article before it is skipped; math.inf: no limit


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _chunks(files: list[str], size: int) -> list[list[str]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


def _merge(batches: list[Batch]) -> Batch:
    extracted: list[Extracted] = []
    warnings: list[Problem] = []
    for found, problems in batches:
        extracted.extend(found)
        warnings.extend(problems)
    return extracted, warnings


def _local(files: list[str], rules: RuleSet, options: Options) -> Batch:
    chunks = _chunks(files, CHUNK)
    jobs = min(options.jobs, len(chunks))
    if jobs <= 1:
        return extract_files(files, rules, options.cache_dir, options.budget)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        batches = pool.map(
            extract_files, chunks, repeat(rules), repeat(options.cache_dir), repeat(options.budget)
        )
        return _merge(list(batches))


def _dask(files: list[str], rules: RuleSet, options: Options) -> Batch:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise CheckerError("--engine dask needs Dask: pip install 'checker[dask]'") from None
    try:
        if options.scheduler:
            client = Client(options.scheduler, timeout=SCHEDULER_TIMEOUT)
        else:
            client = Client(LocalCluster(n_workers=max(options.jobs, 1), threads_per_worker=1))
    except (OSError, TimeoutError, ValueError) as exc:
        where = options.scheduler or "a local cluster"
        raise CheckerError(
            f"--scheduler: cannot reach the Dask scheduler at {where} within {SCHEDULER_TIMEOUT} s "
            f"({type(exc).__name__}); check the address, or leave --scheduler out for a local cluster"
        ) from None
    with client:
        chunks = _chunks(files, CHUNK)
        bag = db.from_sequence(chunks, npartitions=len(chunks))
        batches = bag.map(
            extract_files, rules=rules, cache_dir=options.cache_dir, budget=options.budget
        ).compute()
    return _merge(list(batches))


def extract_all(files: list[str], rules: RuleSet, options: Options) -> Batch:
    """Every file's extraction, with the engine the options name."""
    if options.engine == "local":
        return _local(files, rules, options)
    if options.engine == "dask":
        return _dask(files, rules, options)
    raise CheckerError(f"unknown engine {options.engine!r}; choose one of: {', '.join(ENGINES)}")
