"""Share of a one-job `checker check` run by stage, measured in this process by wrapping each stage's
entry point (run by benchmarks/run.py in a fresh process per corpus, so wrappers never stack).

    python benchmarks/stages.py ARTICLES RULES        # prints {"load": 0.04, "split": 0.12, ...}

A stage whose entry point is not found (renamed by a change to the code) is counted as "other".
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STAGES = ("load", "split", "match", "normalize", "choose", "compare", "report")


def stage_split(articles: str, rules: str) -> dict[str, float]:
    """Share of the run's wall time by stage, for a --jobs 1 run without cache in this process."""
    from checker import cues, engines, extract, pipeline, select
    from checker.engines import Options
    from checker.reporters import json_report

    seconds: dict[str, float] = defaultdict(float)

    def wrap(owner: Any, name: str, stage: str) -> None:
        original: Callable[..., Any] | None = getattr(owner, name, None)
        if original is None:
            return

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[stage] += time.perf_counter() - t

        setattr(owner, name, timed_call)

    def wrap_iter(owner: Any, name: str, stage: str) -> None:
        original: Callable[..., Iterator[Any]] = getattr(owner, name)

        def timed_iter(*args: Any, **kwargs: Any) -> Iterator[Any]:
            inner = original(*args, **kwargs)
            while True:
                t = time.perf_counter()
                try:
                    item = next(inner)
                except StopIteration:
                    seconds[stage] += time.perf_counter() - t
                    return
                seconds[stage] += time.perf_counter() - t
                yield item

        setattr(owner, name, timed_iter)

    wrap_iter(extract, "iter_articles", "load")
    wrap(engines, "read_sidecars", "load")
    wrap_iter(extract, "iter_split", "split")
    wrap(extract, "values", "normalize")
    wrap(select.FactMatcher, "screen", "screen")  # called inside candidates: counted as matching
    wrap(cues.CueIndex, "locate", "match")
    wrap(extract, "candidates", "candidates")
    wrap(extract, "choose", "choose")
    wrap(pipeline, "compare", "compare")
    t = time.perf_counter()
    report = pipeline.check([rules], [articles], Options(jobs=1))
    checked = time.perf_counter() - t
    t = time.perf_counter()
    json_report.render(report)
    seconds["report"] += time.perf_counter() - t
    screen = seconds.pop("screen", 0.0)
    seconds["match"] += screen
    seconds["choose"] += seconds.pop("candidates", 0.0) - screen
    total = checked + seconds["report"]
    seconds["other"] = total - sum(seconds[s] for s in STAGES)
    return {k: v / total for k, v in seconds.items()}


if __name__ == "__main__":
    print(json.dumps(stage_split(sys.argv[1], sys.argv[2])))
