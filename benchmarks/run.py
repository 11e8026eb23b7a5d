"""Benchmark: throughput, scaling, cache, Dask, memory and time per stage of `checker check`, on real
text and on generated corpora.

    python benchmarks/run.py --markdown         # real text and generated text, N = 1,000 (6 minutes)
    python benchmarks/run.py --real 2000        # real text only, at this size
    python benchmarks/run.py -n 1000 -n 10000   # generated corpora only, at these sizes
    python benchmarks/run.py --repeat 2         # every run twice, the faster kept (a busy machine)

Real text (benchmarks/realtext.py): copies of the evaluation excerpts and the seed reports, each
perturbed, laid out with front matter and with a sources.yaml, checked against every story's rule
pack. Generated (benchmarks/generate.py): planted facts with their truth, checked against it.

For each corpus, in fresh processes: the floor (read every file and run one compiled number regex
over it), `checker check` with --jobs 1 and --jobs 2 (--no-cache; wall and CPU seconds), two
--jobs 1 processes at once over every other file (what two independent processes make of the
machine: the ceiling of --jobs 2), a cold and a warm cache run (--jobs 2), --engine dask on a local
cluster of 2 workers (and its start-up, on a one-file corpus), and the split of a --jobs 1 run by
stage. The load average before each corpus is reported: other work on the machine slows every
figure. The reports of --jobs 2, the cache runs and Dask must be byte-identical to --jobs 1's; the
two layouts of the real text must read the same values and give the same findings; a generated
corpus's report must match its truth.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import realtext  # noqa: E402
from stages import STAGES  # noqa: E402
from truth import check_truth  # noqa: E402

DASK = importlib.util.find_spec("distributed") is not None
FLOOR = """
import re, sys, time
from pathlib import Path
number = re.compile(r"\\d[\\d,.]*")
t = time.perf_counter()
found = size = 0
for path in sorted(p for p in Path(sys.argv[1]).rglob("*") if p.is_file()):
    text = path.read_text(encoding="utf-8")
    size += len(text.encode())
    found += sum(1 for _ in number.finditer(text))
print(time.perf_counter() - t, size, found)
"""


@dataclass(frozen=True)
class Corpus:
    """A folder of articles to check, the rules to check them with, and how to judge the report."""

    label: str
    n: int
    articles: Path
    rules: Path
    truth: Path | None = None


def generated(work: Path, n: int, seed: int) -> Corpus:
    folder = work / f"n{n}"
    if not (folder / "truth.json").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(folder), "-n", str(n), "--seed", str(seed)],
            check=True,
        )
    return Corpus("generated", n, folder / "articles", ROOT / "rules", folder / "truth.json")


def real(work: Path, n: int, seed: int) -> list[Corpus]:
    folder = work / f"real-{n}"
    realtext.cached(folder, n, seed)
    return [
        Corpus(f"real, {layout}", n, folder / layout / "articles", folder / "rules")
        for layout in ("sidecar", "front")
    ]


class Run(NamedTuple):
    """One timed run: wall seconds, peak RSS of the main process (MB) and CPU seconds (user and
    system, workers included), the last two from GNU time (-1 without it)."""

    wall: float
    rss: int
    cpu: float


TIMER = ["/usr/bin/time", "-f", "%M %U %S"] if Path("/usr/bin/time").exists() else []


def check_cmd(corpus: Corpus, out: Path, *flags: str, paths: list[str] | None = None) -> list[str]:
    return [
        *[sys.executable, "-m", "checker", "check", *(paths or [str(corpus.articles)])],
        *["--rules", str(corpus.rules), "--format", "json", "-o", str(out), "--quiet", *flags],
    ]


def finished(process: subprocess.Popen[str], started: float) -> Run:
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"checker failed ({process.returncode}): {stderr[-2000:]}")
    if not TIMER:
        return Run(wall, -1, -1.0)
    rss, user, system = stderr.strip().splitlines()[-1].split()
    return Run(wall, int(rss) // 1024, float(user) + float(system))


def start(cmd: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([*TIMER, *cmd], stderr=subprocess.PIPE, text=True, cwd=ROOT)


def run_check(corpus: Corpus, out: Path, *flags: str) -> Run:
    t = time.perf_counter()
    return finished(start(check_cmd(corpus, out, *flags)), t)


def side_by_side(corpus: Corpus, work: Path) -> Run:
    """Two --jobs 1 processes at once, each over every other file: what two independent processes
    make of this machine's two cores (the ceiling of --jobs 2, short of its shared start-up)."""
    files = sorted(str(p) for p in corpus.articles.rglob("*.txt")) + sorted(
        str(p) for p in corpus.articles.rglob("*.md")
    )
    t = time.perf_counter()
    halves = [
        start(check_cmd(corpus, work / f"half{i}.json", "--jobs", "1", "--no-cache", paths=files[i::2]))
        for i in (0, 1)
    ]
    runs = [finished(process, t) for process in halves]
    return Run(max(r.wall for r in runs), max(r.rss for r in runs), sum(r.cpu for r in runs))


def floor_seconds(corpus: Corpus) -> float:
    cmd = [sys.executable, "-c", FLOOR, str(corpus.articles)]
    return float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()[0])


def dask_probe(corpus: Corpus, work: Path) -> Corpus:
    """A one-file corpus: a Dask run over it is the cluster's start-up and little else."""
    probe = work / "dask-probe"
    shutil.rmtree(probe, ignore_errors=True)
    probe.mkdir(parents=True)
    first = next(p for p in sorted(corpus.articles.rglob("*.txt")) + sorted(corpus.articles.rglob("*.md")))
    shutil.copyfile(first, probe / first.name)
    return Corpus("probe", 1, probe, corpus.rules)


DASK_FLAGS = ("--jobs", "2", "--no-cache", "--engine", "dask")


def one_round(corpus: Corpus, work: Path, out: dict[str, Path], probe: Corpus) -> dict[str, Run]:
    """Every timed run once, in turn: rounds spread each kind of run over the benchmark's time, so a
    burst of other work on the machine does not spoil all the runs of one kind."""
    cache = work / f"cache-{out['one'].stem}"
    shutil.rmtree(cache, ignore_errors=True)
    runs = {
        "one": run_check(corpus, out["one"], "--jobs", "1", "--no-cache"),
        "two": run_check(corpus, out["two"], "--jobs", "2", "--no-cache"),
        "halves": side_by_side(corpus, work),
        "cold": run_check(corpus, out["cold"], "--jobs", "2", "--cache-dir", str(cache)),
        "warm": run_check(corpus, out["warm"], "--jobs", "2", "--cache-dir", str(cache)),
    }
    if DASK:
        runs["dask"] = run_check(corpus, out["dask"], *DASK_FLAGS)
        runs["dask_startup"] = run_check(probe, work / "probe.json", *DASK_FLAGS)
    return runs


def measure(corpus: Corpus, work: Path, repeat: int) -> dict[str, Any]:
    tag = corpus.label.replace(", ", "-") + f"-{corpus.n}"
    files = [p for p in corpus.articles.rglob("*") if p.is_file() and p.name != "sources.yaml"]
    mb = sum(p.stat().st_size for p in files) / 1e6
    floor = min(floor_seconds(corpus) for _ in range(repeat))
    out = {k: work / f"report-{tag}-{k}.json" for k in ("one", "two", "cold", "warm", "dask")}
    loads, rounds = [], []
    for _ in range(repeat):
        loads.append(os.getloadavg()[0])  # other work on the machine: it slows every run
        rounds.append(one_round(corpus, work, out, dask_probe(corpus, work)))
    fastest = {k: min((r[k] for r in rounds), key=lambda run: run.wall) for k in rounds[0]}
    one, two, halves = fastest["one"], fastest["two"], fastest["halves"]
    dask = (
        {"dask_s": fastest["dask"].wall, "dask_cpu_s": fastest["dask"].cpu}
        | {"dask_startup_s": fastest["dask_startup"].wall}
        if DASK
        else {}
    )
    reference = out["one"].read_bytes()
    compared = ("two", "cold", "warm", *(("dask",) if dask else ()))
    differ = [k for k in compared if out[k].read_bytes() != reference]
    truth = check_truth(json.loads(corpus.truth.read_text()), json.loads(reference)) if corpus.truth else None
    stages = subprocess.run(
        [sys.executable, str(HERE / "stages.py"), str(corpus.articles), str(corpus.rules)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return {
        "corpus": corpus.label,
        "n": corpus.n,
        "mb": mb,
        "load_before": max(loads),
        "floor_s": floor,
        "jobs1_s": one.wall,
        "jobs1_cpu_s": one.cpu,
        "jobs2_s": two.wall,
        "jobs2_cpu_s": two.cpu,
        "halves_s": halves.wall,
        "halves_cpu_s": halves.cpu,
        "cold_s": fastest["cold"].wall,
        "warm_s": fastest["warm"].wall,
        **dask,
        "articles_per_s": corpus.n / one.wall,
        "mb_per_s": mb / one.wall,
        "speedup_jobs2": one.wall / two.wall,
        "speedup_halves": one.wall / halves.wall,
        "floor_ratio": one.wall / floor,
        "peak_rss_mb": one.rss,
        "differ_from_jobs1": differ,
        "truth_problems": truth,
        "stages": json.loads(stages.stdout),
        "report": str(out["one"]),
    }


def same_reading(front: dict[str, Any], sidecar: dict[str, Any]) -> bool:
    """The two layouts read the same values from the same quotes and give the same findings (lines
    differ: front matter moves the body down)."""

    def essence(path: str) -> Any:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        facts = {
            f["id"]: sorted((m["article"], json.dumps(m["value"]), m["quote"]) for m in f["mentions"])
            for f in data["facts"]
        }
        return facts, sorted(f["fingerprint"] for f in data["findings"])

    return bool(essence(front["report"]) == essence(sidecar["report"]))


def verdict(row: dict[str, Any]) -> str:
    problems = list(row["differ_from_jobs1"])
    if row["truth_problems"]:
        problems.append(f"{len(row['truth_problems'])} truth problems")
    if row.get("layouts_agree") is False:
        problems.append("layouts differ")
    return "pass" if not problems else "; ".join(problems)


def _dask_cell(r: dict[str, Any]) -> str:
    if "dask_s" not in r:
        return "not installed"
    net = r["jobs1_s"] / max(r["dask_s"] - r["dask_startup_s"], 1e-9)
    return f"{r['dask_s']:.1f} s, {r['dask_startup_s']:.1f} s of it start-up: {net:.2f}× 1 job after it"


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| corpus | N | MB | 1 job: articles/s (MB/s) | × floor | 2 jobs (CPU) | two 1-job halves "
        "| cold → warm cache | Dask, 2 workers | peak RSS | load | checks |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        two_cpu = r["jobs2_cpu_s"] / r["jobs1_cpu_s"] if r["jobs1_cpu_s"] > 0 else float("nan")
        cells = [
            r["corpus"],
            f"{r['n']:,}",
            f"{r['mb']:.1f}",
            f"{r['articles_per_s']:,.0f} ({r['mb_per_s']:.2f})",
            f"{r['floor_ratio']:.0f}",
            f"{r['speedup_jobs2']:.2f}× ({two_cpu:.2f}×)",
            f"{r['speedup_halves']:.2f}×",
            f"{r['cold_s']:.1f} s → {r['warm_s']:.1f} s ({r['cold_s'] / r['warm_s']:.1f}×)",
            _dask_cell(r),
            f"{r['peak_rss_mb']} MB",
            f"{r['load_before']:.1f}",
            verdict(r),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "| corpus | N | " + " | ".join(STAGES) + " | other |", "|---" * (len(STAGES) + 3) + "|"]
    for r in rows:
        shares = " | ".join(f"{r['stages'].get(s, 0):.0%}" for s in (*STAGES, "other"))
        lines.append(f"| {r['corpus']} | {r['n']:,} | {shares} |")
    return "\n".join(lines)


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("-n", type=int, action="append", help="generated corpus size (repeatable)")
    parser.add_argument("--real", type=int, action="append", help="real-text corpus size (repeatable)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/checker-bench"), help="corpora and reports")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of runs; each run's fastest is kept")
    parser.add_argument("--markdown", action="store_true", help="print the README tables")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    chosen = args.n is not None or args.real is not None
    corpora = [c for n in (args.real or ([] if chosen else [1_000])) for c in real(args.work, n, args.seed)]
    corpora += [generated(args.work, n, args.seed) for n in args.n or ([] if chosen else [1_000])]
    rows: list[dict[str, Any]] = []
    for corpus in corpora:
        rows.append(measure(corpus, args.work, max(args.repeat, 1)))
        if corpus.label == "real, front":  # measured right after its sidecar twin
            rows[-1]["layouts_agree"] = rows[-2]["layouts_agree"] = same_reading(rows[-1], rows[-2])
        brief = {k: v for k, v in rows[-1].items() if k != "truth_problems"}
        print(json.dumps(brief | {"truth_problems": (rows[-1]["truth_problems"] or [])[:5]}), flush=True)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"\nmachine: {platform.machine()}, {cores} cores, Python {platform.python_version()}")
    if args.markdown:
        print(table(rows))
    return 1 if any(verdict(r) != "pass" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
