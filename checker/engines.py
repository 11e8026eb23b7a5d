"""Engines that run extraction over many files: in this process, on every core, or on a Dask cluster.
Workers are sent file paths (not texts), read the files themselves, and send back mentions only."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from checker.articles import Sidecars, iter_articles, read_sidecars
from checker.cache import Cache
from checker.errors import CheckerError, Problem
from checker.models import ARTICLE_TIME_BUDGET, Extracted, Tick
from checker.rulebook import RuleSet

ENGINES = ("local", "dask")
SCHEDULER_TIMEOUT = 10  # seconds to wait for a Dask scheduler before giving up
CHUNK = 64  # files per task: large enough to amortize a task's overhead, small enough to balance load
TASKS_PER_JOB = 4  # a smaller batch is cut finer, so the load stays balanced and progress moves
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


def _task_size(files: int, jobs: int) -> int:
    """Files per task: CHUNK, or fewer when that would leave some workers idle."""
    return max(1, min(CHUNK, math.ceil(files / (max(jobs, 1) * TASKS_PER_JOB))))


def _merge(batches: list[Batch]) -> Batch:
    extracted: list[Extracted] = []
    warnings: list[Problem] = []
    for found, problems in batches:
        extracted.extend(found)
        warnings.extend(problems)
    return extracted, warnings


def _entries(chunk: list[str], sidecars: Sidecars) -> dict[str, dict[str, Any]]:
    """The sources.yaml entries of one task's files: a task is sent its own, never the whole file."""
    return {key: sidecars[key] for p in chunk if (key := str(Path(p))) in sidecars}


def _served_by_cache(
    files: list[str],
    options: Options,
    rules: RuleSet,
    sidecars: Sidecars,
    found: list[Batch],
    tick: Tick | None,
) -> Iterator[str]:
    """The files the cache cannot serve whole, in order, as they are met. A file it can serve (every
    article in it cached) is read here, its batch put in `found` and `tick` told; it never goes to a
    worker, so a warm run starts none."""
    if options.cache_dir is None:
        yield from files
        return
    cache = Cache(options.cache_dir, rules.digest)
    facts = [rule.id for rule in rules.rules]
    for path in files:
        warnings: list[Problem] = []
        extracted: list[Extracted] = []
        for article in iter_articles([Path(path)], warnings, sidecars):
            mentions = cache.get(article, facts)
            if mentions is None:
                yield path
                break
            extracted.append(Extracted(article.without_text(), mentions))
        else:
            found.append((extracted, warnings))
            if tick:
                tick(1)


class _Tasks:
    """Files handed to worker processes in tasks of `size` files, once there are more than CHUNK of
    them (starting workers for fewer would cost more than it saves: those are extracted here)."""

    def __init__(self, pool: Executor, run: Callable[..., Batch], sidecars: Sidecars, size: int) -> None:
        self.pool, self.run, self.sidecars, self.size = pool, run, sidecars, size
        self.pending: list[str] = []
        self.tasks: dict[Future[Batch], int] = {}

    def add(self, path: str) -> None:
        self.pending.append(path)
        if self.tasks or len(self.pending) > CHUNK:
            while len(self.pending) >= self.size:
                self._submit(self.pending[: self.size])
                del self.pending[: self.size]

    def _submit(self, chunk: list[str]) -> None:
        own = _entries(chunk, self.sidecars)  # a task is sent its own files' entries only
        self.tasks[self.pool.submit(self.run, chunk, sidecars=own)] = len(chunk)

    def finish(self, tick: Tick | None) -> list[Batch]:
        """Every task's batch, as they come (`tick` hears of each task's files)."""
        if not self.tasks:
            return [self.run(self.pending, tick=tick, sidecars=self.sidecars)] if self.pending else []
        if self.pending:
            self._submit(self.pending)
        batches = []
        for done in as_completed(self.tasks):
            batches.append(done.result())
            if tick:
                tick(self.tasks[done])
        return batches


def _local(
    files: list[str], rules: RuleSet, options: Options, sidecars: Sidecars, tick: Tick | None = None
) -> Batch:
    """In this process for one job or a batch of one CHUNK at most (starting workers would cost
    more), else in worker processes; `tick` hears of each file done (of each task, from workers).
    With a cache, this process reads the files first and workers get only those it cannot serve."""
    jobs = min(options.jobs, len(_chunks(files, CHUNK)))
    found: list[Batch] = []
    if jobs <= 1:
        rest = list(_served_by_cache(files, options, rules, sidecars, found, tick))
        if rest:
            found.append(_extract_files(rest, rules, options.cache_dir, options.budget, tick, sidecars))
        return _merge(found)
    run = partial(_extract_files, rules=rules, cache_dir=options.cache_dir, budget=options.budget)
    with ProcessPoolExecutor(max_workers=jobs) as pool:  # no worker starts before the first task
        tasks = _Tasks(pool, run, sidecars, _task_size(len(files), jobs))
        for path in _served_by_cache(files, options, rules, sidecars, found, tick):
            tasks.add(path)
        found.extend(tasks.finish(tick))
    return _merge(found)


def _extract_files(*args: Any, **kwargs: Any) -> Batch:
    """checker.extract.extract_files, its module loaded only when a file must be read: a warm run
    served whole by the cache never loads the extractor."""
    from checker.extract import extract_files

    return extract_files(*args, **kwargs)


def _dask_task(
    task: tuple[list[str], dict[str, dict[str, Any]]], rules: RuleSet, cache_dir: str | None, budget: float
) -> Batch:
    """One Dask task: a batch of file paths with their sources.yaml entries."""
    paths, sidecars = task
    return _extract_files(paths, rules, cache_dir, budget, sidecars=sidecars)


def _dask(
    files: list[str], rules: RuleSet, options: Options, sidecars: Sidecars, tick: Tick | None = None
) -> Batch:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster, as_completed
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
        tasks = [(chunk, _entries(chunk, sidecars)) for chunk in chunks]
        bag = db.from_sequence(tasks, npartitions=len(tasks))
        mapped = bag.map(_dask_task, rules=rules, cache_dir=options.cache_dir, budget=options.budget)
        futures = client.compute(mapped.to_delayed())  # one partition (a list of one batch) per chunk
        sizes = {future.key: len(chunk) for future, chunk in zip(futures, chunks, strict=True)}
        for done in as_completed(futures):
            if tick:
                tick(sizes[done.key])
        batches = [batch for part in client.gather(futures) for batch in part]
    return _merge(batches)


def extract_all(files: list[str], rules: RuleSet, options: Options, tick: Tick | None = None) -> Batch:
    """Every file's extraction, with the engine the options name; `tick(n)` is called as files are
    done, n at a time (one in this process, a task's worth from workers). Each folder's sources.yaml
    is read once, here, and every task is handed its own files' entries."""
    if options.engine not in ENGINES:
        raise CheckerError(f"unknown engine {options.engine!r}; choose one of: {', '.join(ENGINES)}")
    warnings: list[Problem] = []
    sidecars = read_sidecars(files, warnings)
    run = _local if options.engine == "local" else _dask
    extracted, problems = run(files, rules, options, sidecars, tick)
    return extracted, warnings + problems
