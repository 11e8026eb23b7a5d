"""What a run tells its user on stderr while it works: a progress bar for batches that take more
than a moment, and one summary line at the end. Both are for people: the reports are elsewhere."""

from __future__ import annotations

import threading
from collections import Counter
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from checker.models import Report, Severity

if TYPE_CHECKING:
    from rich.progress import Progress

DELAY = 1.0  # seconds before the bar appears: a run that ends sooner shows none
REFRESH = 2  # redraws per second: enough for a rate and a time left, and under 1% of a core


def _progress(stream: TextIO) -> Progress:
    """rich's bar: files done of total, articles/s over the last half minute, and time left. rich is
    imported here, so that a run without a terminal (CI, a pipe, --quiet) never loads it."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} articles/s" if speed else "… articles/s", style="progress.data.speed")

    return Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(file=stream),
        transient=True,
        refresh_per_second=REFRESH,
        redirect_stdout=False,
        redirect_stderr=False,
    )


class ProgressBar:
    """Files done of total, articles/s and time left, drawn on `stream` (transient: erased at the
    end) once the run has taken DELAY seconds; nothing at all when `enabled` is false. Told of
    files done per article or per task of a worker, never per sentence, so it costs nothing."""

    def __init__(self, stream: TextIO, enabled: bool = True, delay: float | None = None) -> None:
        self.enabled = enabled
        self.delay = DELAY if delay is None else delay
        self.lock = threading.Lock()
        self.shown = False
        self.closed = False
        self.timer: threading.Timer | None = None
        self.progress = _progress(stream) if enabled else None
        self.task = self.progress.add_task("checking", total=None, start=False) if self.progress else None

    def start(self, total: int) -> None:
        """The run has `total` files to do: the clock starts, and the bar appears after the delay."""
        if self.progress is None or self.task is None:
            return
        self.progress.update(self.task, total=total)
        self.progress.start_task(self.task)
        self.timer = threading.Timer(self.delay, self._show)
        self.timer.daemon = True
        self.timer.start()

    def _show(self) -> None:
        with self.lock:
            if not self.closed and self.progress is not None:
                self.progress.start()
                self.shown = True

    def advance(self, done: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task, done)

    def close(self) -> None:
        """Stop the clock and erase the bar, if it was drawn."""
        if self.timer is not None:
            self.timer.cancel()
        with self.lock:
            self.closed = True
            if self.shown and self.progress is not None:
                self.progress.stop()
                self.shown = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def summary_line(report: Report, seconds: float) -> str:
    """One line: articles (new and corpus with --against), facts, findings by severity, files
    skipped, and how long the run took."""
    articles = _count(len(report.articles), "article")
    if report.corpus:
        articles += f" ({len(report.new_articles)} new, {len(report.corpus)} corpus)"
    levels = Counter(f.severity for f in report.findings)
    by_level = ", ".join(_count(levels[s], s.value) for s in Severity)
    findings = f"{_count(len(report.findings), 'finding')} ({by_level})"
    facts = _count(len(report.facts), "fact")
    return f"checker: {articles}, {facts}, {findings}, {len(report.skipped)} skipped, {seconds:.1f} s"
