"""Score a `checker check --format json` report against a generated corpus's truth.json.

    python benchmarks/truth.py TRUTH.json REPORT.json

The report may cover the whole corpus or any part of it (one group, say): expectations are worked
out for the articles the report contains. A fact planted as a conflict must be flagged (an error or
warning finding naming a minority article) when the report holds articles of both sides; every
other fact must have no finding at all. Exit code 1 when there is a problem.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

FLAG_SEVERITIES = ("error", "warning")


def _explained(finding: dict[str, Any], minority: set[str]) -> bool:
    """True when one side of the finding is made only of minority articles."""
    sides = finding.get("sides") or []
    return any(side["articles"] and set(side["articles"]) <= minority for side in sides)


def _fact_problems(
    fact: str, spec: dict[str, Any], findings: list[dict[str, Any]], ids: set[str]
) -> list[str]:
    stating = set(spec["articles"]) & ids
    minority = set(spec["minority"]) & ids
    expected = bool(spec["flagged"] and minority and stating - minority)
    if not expected:
        return [f"{fact}: unexpected {f['severity']} {f['kind']} finding: {f['message']}" for f in findings]
    problems = []
    hits = [f for f in findings if f["severity"] in FLAG_SEVERITIES and minority & set(f["articles"])]
    if not hits:
        problems.append(f"{fact}: planted conflict not flagged (minority {sorted(minority)[:10]})")
    problems += [
        f"{fact}: finding not explained by the planted minority: {f['message']}"
        for f in findings
        if not _explained(f, minority)
    ]
    return problems


def check_truth(truth: dict[str, Any], report: dict[str, Any]) -> list[str]:
    """Problems (empty: pass): each planted conflict flagged, no finding on any other fact."""
    ids = {a["id"] for a in report["articles"]}
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for finding in report["findings"]:
        by_fact.setdefault(finding["fact"], []).append(finding)
    problems = [
        f"{fact}: finding on a fact the truth does not know" for fact in by_fact if fact not in truth["facts"]
    ]
    for fact, spec in truth["facts"].items():
        problems += _fact_problems(fact, spec, by_fact.get(fact, []), ids)
    missing = [i for i in ids if i not in truth["articles"]]
    if missing:
        problems.append(f"{len(missing)} report articles not in the truth, e.g. {sorted(missing)[:5]}")
    return problems


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(a - b) < 1e-9
    return bool(a == b)


def _matches(planted: dict[str, Any], mentions: list[dict[str, Any]]) -> bool:
    return len(mentions) == 1 and all(_same(mentions[0][k], planted[k]) for k in ("value", "low", "high"))


def _show(mentions: list[dict[str, Any]]) -> str:
    return ", ".join(f"{m['text']!r} = {m['value']} [{m['low']}, {m['high']}]" for m in mentions) or "nothing"


def value_accuracy(
    truth: dict[str, Any], report: dict[str, Any], sample: int = 200
) -> tuple[float, list[str]]:
    """Share of planted facts (in a sample of the report's articles) read exactly as planted, counting
    a fact read where none was planted as a miss; and up to 10 mismatches."""
    mentions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for fact in report["facts"]:
        for m in fact["mentions"]:
            mentions.setdefault((fact["id"], m["article"]), []).append(m)
    ids = sorted(a["id"] for a in report["articles"] if a["id"] in truth["articles"])
    chosen = random.Random(0).sample(ids, min(sample, len(ids)))
    total, good, bad = 0, 0, []
    for aid in chosen:
        planted = truth["articles"][aid]["facts"]
        read = {f for f, a in mentions if a == aid}
        for fact in sorted(set(planted) | read):
            got = mentions.get((fact, aid), [])
            total += 1
            if fact in planted and _matches(planted[fact], got):
                good += 1
                continue
            p = planted.get(fact)
            want = f"{p['text']!r} = {p['value']} [{p['low']}, {p['high']}]" if p else "nothing"
            bad.append(f"{aid} {fact}: planted {want}, read {_show(got)}")
    return (good / total if total else 1.0), bad[:10]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python benchmarks/truth.py TRUTH.json REPORT.json", file=sys.stderr)
        return 2
    truth = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    report = json.loads(Path(args[1]).read_text(encoding="utf-8"))
    problems = check_truth(truth, report)
    share, mismatches = value_accuracy(truth, report)
    for p in problems:
        print(f"problem: {p}")
    print(f"value accuracy (sample of up to 200 articles): {share:.3f}")
    for m in mismatches:
        print(f"  mismatch: {m}")
    flagged = [f for f, s in truth["facts"].items() if s["flagged"]]
    print(f"{len(report['articles'])} articles, planted conflicts {flagged}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
