"""Speed on real copy when each story is checked with its own rule pack, as a user checks a batch:
every story of the evaluation set (`eval/*/articles` with `eval/*/rules.yaml`), one process, one
job, no cache, in rounds; each story's fastest round is kept.

    python benchmarks/ownpacks.py                 # 3 rounds over every story
    python benchmarks/ownpacks.py --repeat 5 --json

`benchmarks/run.py --real` gives every copy every story's pack (all facts at once), the worst case;
this is the usual one. CPU seconds are measured (`time.process_time`), start-up and rule loading
included per story, as a `checker check` run pays them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def stories(root: Path) -> list[Path]:
    """The story folders that hold articles and a rule pack."""
    return sorted(d for d in root.iterdir() if (d / "rules.yaml").is_file() and (d / "articles").is_dir())


def measure(root: Path, repeat: int) -> dict[str, Any]:
    """Per story, the fastest of `repeat` in-process runs (CPU seconds), and the totals."""
    from checker.engines import Options
    from checker.pipeline import check
    from checker.rulebook import load_rules

    folders = stories(root)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for story in folders:
            started = time.process_time()
            check([str(story / "rules.yaml")], [str(story / "articles")], Options(jobs=1))
            spent = time.process_time() - started
            best[story.name] = min(spent, best.get(story.name, spent))
    articles = sum(len(list((s / "articles").iterdir())) for s in folders)
    size = sum(f.stat().st_size for s in folders for f in (s / "articles").iterdir())
    facts = sum(len(load_rules([str(s / "rules.yaml")]).rules) for s in folders)
    seconds = sum(best.values())
    return {
        "stories": len(folders),
        "articles": articles,
        "megabytes": round(size / 1e6, 2),
        "facts": facts,
        "cpu_seconds": round(seconds, 2),
        "articles_per_second": round(articles / seconds, 1),
        "megabytes_per_second": round(size / 1e6 / seconds, 3),
        "slowest": sorted(best.items(), key=lambda kv: -kv[1])[:5],
    }


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--eval", type=Path, default=ROOT / "eval", help="the evaluation set's folder")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each story's fastest is kept")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = measure(args.eval, args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['stories']} stories, {result['articles']} articles ({result['megabytes']} MB), "
            f"{result['facts']} facts: {result['cpu_seconds']} s of CPU, "
            f"{result['articles_per_second']} articles/s ({result['megabytes_per_second']} MB/s)"
        )
        for name, seconds in result["slowest"]:
            print(f"  slowest: {name} {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
