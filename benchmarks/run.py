"""Benchmark: throughput, memory and time per stage of `checker check` on generated corpora.

    python benchmarks/run.py                      # N = 1,000, 10,000 and 100,000
    python benchmarks/run.py -n 1000 -n 10000     # chosen sizes
    python benchmarks/run.py --markdown           # also print the README table

For each N it generates a corpus (benchmarks/generate.py, cached under --work), then measures
in fresh processes: the floor (read every file and run one compiled number regex over it),
`checker check` with --jobs 1, with --jobs 2 (both --no-cache), a cold and a warm cache run; and,
in this process, the split of --jobs 1 time by stage. Every run's report is checked against the
planted truth (every planted disagreement found, nothing else flagged).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from truth import check_truth  # noqa: E402

NUMBER = re.compile(r"\d[\d,.]*")
STAGES = ("load", "split", "match", "normalize", "choose", "compare", "report")


def corpus(work: Path, n: int, seed: int) -> Path:
    folder = work / f"n{n}"
    if not (folder / "truth.json").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(folder), "-n", str(n), "--seed", str(seed)],
            check=True,
        )
    return folder


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "articles").rglob("*") if p.suffix in (".md", ".txt"))


FLOOR = """
import re, sys, time
from pathlib import Path
number = re.compile(r"\\d[\\d,.]*")
t = time.perf_counter()
found = size = 0
for path in sorted(p for p in Path(sys.argv[1]).rglob("*") if p.suffix in (".md", ".txt")):
    text = path.read_text(encoding="utf-8")
    size += len(text.encode())
    found += sum(1 for _ in number.finditer(text))
print(time.perf_counter() - t, size, found)
"""


def check_cmd(folder: Path, out: Path, *flags: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "checker",
        "check",
        str(folder / "articles"),
        "--rules",
        str(ROOT / "rules"),
        "--format",
        "json",
        "-o",
        str(out),
        *flags,
    ]


def run_check(folder: Path, out: Path, *flags: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB, from GNU time: the main process, workers not included)."""
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    t = time.perf_counter()
    result = subprocess.run(
        [*timer, *check_cmd(folder, out, *flags)], capture_output=True, text=True, cwd=ROOT
    )
    wall = time.perf_counter() - t
    if result.returncode not in (0, 1):
        raise SystemExit(f"checker failed ({result.returncode}): {result.stderr[-2000:]}")
    rss = int(result.stderr.strip().splitlines()[-1]) // 1024 if timer else -1
    return wall, rss


def stage_split(folder: Path) -> dict[str, float]:
    """Seconds per stage for a --jobs 1 run in this process, by wrapping each stage's entry point."""
    from checker import cues, extract, pipeline, select
    from checker.engines import Options
    from checker.reporters import json_report

    seconds: dict[str, float] = defaultdict(float)

    def wrap(owner: Any, name: str, stage: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[stage] += time.perf_counter() - t

        setattr(owner, name, timed_call)

    def timed_iter(paths: list[Path], warnings: list[Any]) -> Iterator[Any]:
        inner = original_iter(paths, warnings)
        while True:
            t = time.perf_counter()
            try:
                item = next(inner)
            except StopIteration:
                seconds["load"] += time.perf_counter() - t
                return
            seconds["load"] += time.perf_counter() - t
            yield item

    original_iter = extract.iter_articles
    extract.iter_articles = timed_iter
    original_split = extract.iter_split

    def timed_split(*args: Any, **kwargs: Any) -> Iterator[Any]:
        inner = original_split(*args, **kwargs)
        while True:
            t = time.perf_counter()
            try:
                item = next(inner)
            except StopIteration:
                seconds["split"] += time.perf_counter() - t
                return
            seconds["split"] += time.perf_counter() - t
            yield item

    extract.iter_split = timed_split
    wrap(extract, "values", "normalize")
    wrap(select.FactMatcher, "screen", "screen")  # called inside candidates
    wrap(cues.CueIndex, "locate", "match")
    wrap(extract, "candidates", "candidates")
    wrap(extract, "choose", "choose")
    wrap(pipeline, "compare", "compare")
    t = time.perf_counter()
    report = pipeline.check([str(ROOT / "rules")], [str(folder / "articles")], Options(jobs=1))
    checked = time.perf_counter() - t
    t = time.perf_counter()
    json_report.render(report)
    seconds["report"] += time.perf_counter() - t
    screen = seconds.pop("screen")
    seconds["match"] += screen
    seconds["choose"] += seconds.pop("candidates") - screen
    total = checked + seconds["report"]
    seconds["other"] = total - sum(seconds[s] for s in STAGES)
    return {k: v / total for k, v in seconds.items()}


def measure(n: int, work: Path, seed: int) -> dict[str, Any]:
    folder = corpus(work, n, seed)
    files = files_of(folder)
    mb = sum(p.stat().st_size for p in files) / 1e6
    floor = float(
        subprocess.run(
            [sys.executable, "-c", FLOOR, str(folder / "articles")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[0]
    )
    out = work / f"report-{n}.json"
    one, rss = run_check(folder, out, "--jobs", "1", "--no-cache")
    truth = json.loads((folder / "truth.json").read_text())
    problems = check_truth(truth, json.loads(out.read_text()))
    two, _ = run_check(folder, work / f"report-{n}-j2.json", "--jobs", "2", "--no-cache")
    identical = (work / f"report-{n}-j2.json").read_bytes() == out.read_bytes()
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    cold, _ = run_check(folder, work / f"report-{n}-cold.json", "--jobs", "2", "--cache-dir", str(cache))
    warm, _ = run_check(folder, work / f"report-{n}-warm.json", "--jobs", "2", "--cache-dir", str(cache))
    return {
        "n": n,
        "mb": mb,
        "floor_s": floor,
        "jobs1_s": one,
        "jobs2_s": two,
        "cold_s": cold,
        "warm_s": warm,
        "articles_per_s": n / one,
        "mb_per_s": mb / one,
        "speedup_jobs2": one / two,
        "floor_ratio": one / floor,
        "peak_rss_mb": rss,
        "truth_problems": problems,
        "jobs2_identical": identical,
        "stages": stage_split(folder) if n <= 10_000 else None,
    }


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| N | MB | articles/s (1 job) | MB/s | 2 jobs | × floor | warm cache | peak RSS | truth |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for r in rows:
        lines.append(
            f"| {r['n']:,} | {r['mb']:.0f} | {r['articles_per_s']:,.0f} | {r['mb_per_s']:.1f} | "
            f"{r['speedup_jobs2']:.2f}× ({r['n'] / r['jobs2_s']:,.0f}/s) | {r['floor_ratio']:.1f} | "
            f"{r['warm_s']:.1f} s | {r['peak_rss_mb']} MB | "
            f"{'pass' if not r['truth_problems'] else str(len(r['truth_problems'])) + ' problems'} |"
        )
    stages = [r for r in rows if r["stages"]]
    if stages:
        lines += ["", "| N | " + " | ".join(STAGES) + " | other |", "|---" * (len(STAGES) + 2) + "|"]
        for r in stages:
            lines.append(
                f"| {r['n']:,} | "
                + " | ".join(f"{r['stages'].get(s, 0):.0%}" for s in (*STAGES, "other"))
                + " |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/checker-bench"), help="corpora and reports")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.n or [1_000, 10_000, 100_000]:
        row = measure(n, args.work, args.seed)
        rows.append(row)
        print(
            json.dumps(
                {k: v for k, v in row.items() if k != "truth_problems"}
                | {"truth_problems": row["truth_problems"][:5]}
            ),
            flush=True,
        )
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.markdown:
        print(table(rows))
    return 1 if any(r["truth_problems"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
