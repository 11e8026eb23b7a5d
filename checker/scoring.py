"""Score a report against a gold annotation file: value precision and recall, discrepancies, false alarms.

Gold format (YAML; see docs/rules.md): `facts.<id>.values.<article id>` gives `value` (a number, a
year, an ISO date, or "YYYY-MM" for month precision), optional `qualifier`, `quote`, `relative`,
`vague` (value null with `low`/`high`), `optional` (finding it is not required), `accept` (other
right readings), `accept_range`; `discrepancies` lists `{fact, sides: [[ids], [ids]]}`;
`consistent` and `compatible` list fact ids whose findings are false alarms (for `compatible`,
only error-level ones).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from checker import safeyaml
from checker.errors import CheckerError, Problem

Gold = dict[str, Any]
ReportDict = dict[str, Any]


@dataclass
class Score:
    """Counts behind the figures, plus one line per miss, wrong value or alarm."""

    right: int = 0
    wrong: int = 0
    hits: int = 0
    required: int = 0
    discrepancies_found: int = 0
    discrepancies: int = 0
    false_alarms: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.required if self.required else 0.0

    def summary(self) -> str:
        return (
            f"values precision {self.precision:.2f} ({self.right}/{self.right + self.wrong}) "
            f"recall {self.recall:.2f} ({self.hits}/{self.required}); "
            f"discrepancies {self.discrepancies_found}/{self.discrepancies}; "
            f"false alarms {self.false_alarms}"
        )

    def __add__(self, other: Score) -> Score:
        """The counts of two scores pooled (a whole evaluation set from its stories)."""
        return Score(
            self.right + other.right,
            self.wrong + other.wrong,
            self.hits + other.hits,
            self.required + other.required,
            self.discrepancies_found + other.discrepancies_found,
            self.discrepancies + other.discrepancies,
            self.false_alarms + other.false_alarms,
            self.lines + other.lines,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "right": self.right,
            "wrong": self.wrong,
            "hits": self.hits,
            "required": self.required,
            "discrepancies_found": self.discrepancies_found,
            "discrepancies": self.discrepancies,
            "false_alarms": self.false_alarms,
            "problems": self.lines,
        }


def _norm(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text


def same(reported: Any, gold: Any) -> bool:
    """Numbers within 1e-6 (relative), dates as strings; a gold "YYYY-MM" takes any day of that month."""
    a, b = _norm(reported), _norm(gold)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    if isinstance(a, str) and isinstance(b, str) and len(b) == 7:
        return a.startswith(b)
    return bool(a == b)


def _accepted(value: Any, entry: dict[str, Any]) -> bool:
    if any(same(value, x) for x in entry.get("accept", [])):
        return True
    bounds = entry.get("accept_range")
    number = _norm(value)
    return bounds is not None and isinstance(number, float) and bounds[0] <= number <= bounds[1]


def _in_vague_range(value: Any, entry: dict[str, Any]) -> bool:
    low, high, number = entry.get("low"), entry.get("high"), _norm(value)
    return low is not None and high is not None and isinstance(number, float) and low <= number <= high


def _score_values(score: Score, fact: str, entry: dict[str, Any], article: str, values: list[Any]) -> None:
    if entry.get("value") is None:  # vague: the text states no number
        for v in values:
            ok = _in_vague_range(v, entry)
            score.right += ok
            score.wrong += not ok
            if not ok:
                score.lines.append(
                    f"  wrong   {fact} {article}: {v} (text states no number: {entry.get('quote')!r})"
                )
        return
    if not entry.get("optional"):
        score.required += 1
        if any(same(v, entry["value"]) for v in values):
            score.hits += 1
        else:
            score.lines.append(
                f"  missed  {fact} {article}: want {entry['value']} ({entry.get('quote')!r}); "
                f"got {values or 'nothing'}"
            )
    for v in values:
        if same(v, entry["value"]) or _accepted(v, entry):
            score.right += 1
        else:
            score.wrong += 1
            score.lines.append(f"  wrong   {fact} {article}: {v}, want {entry['value']}")


def _separates(finding: dict[str, Any], left: set[str], right: set[str]) -> bool:
    """The finding puts an article of `left` and one of `right` on different sides (without sides:
    names an article of each)."""
    sides = [set(side.get("articles", [])) for side in finding.get("sides") or []]
    if not sides:
        named = set(finding.get("articles", []))
        return bool(left & named and right & named)
    return any(left & a and right & b for i, a in enumerate(sides) for j, b in enumerate(sides) if i != j)


def _score_discrepancies(score: Score, gold: Gold, findings: list[dict[str, Any]]) -> None:
    for d in gold.get("discrepancies") or []:
        left, right = set(d["sides"][0]), set(d["sides"][1])
        found = any(f.get("fact") == d["fact"] and _separates(f, left, right) for f in findings)
        score.discrepancies += 1
        score.discrepancies_found += found
        if not found:
            score.lines.append(f"  unflagged discrepancy {d['fact']}: {d.get('note', '')}")
    consistent, compatible = set(gold.get("consistent") or []), set(gold.get("compatible") or [])
    for f in findings:
        if f.get("fact") in consistent or (f.get("fact") in compatible and f.get("severity") == "error"):
            score.false_alarms += 1
            score.lines.append(f"  false alarm {f.get('fact')}: {str(f.get('message', ''))[:100]}")


def score_report(gold: Gold, report: ReportDict) -> Score:
    """Score a JSON report (as a dict) against a gold annotation (as a dict)."""
    score = Score()
    reported: dict[tuple[str, str], list[Any]] = {}
    for fact in report.get("facts", []):
        for m in fact.get("mentions", []):
            if m.get("value") is not None:
                reported.setdefault((fact.get("id"), m.get("article")), []).append(m["value"])
    facts = gold.get("facts") or {}
    for fact_id, fact in facts.items():
        for article, entry in (fact.get("values") or {}).items():
            _score_values(score, fact_id, entry, article, reported.get((fact_id, article), []))
    for (fact_id, article), values in reported.items():
        if fact_id in facts and article not in (facts[fact_id].get("values") or {}):
            score.wrong += len(values)
            score.lines.extend(f"  extra   {fact_id} {article}: {v}" for v in values)
    findings = [f for f in report.get("findings", []) if f.get("severity") in ("error", "warning")]
    _score_discrepancies(score, gold, findings)
    return score


def load_gold(path: str) -> Gold:
    """Read a gold file; a missing or malformed one is a user error (exit 2)."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise CheckerError([Problem(path, f"cannot read gold file: {exc.strerror or exc}")]) from None
    except UnicodeDecodeError as exc:
        raise CheckerError([Problem(path, f"gold file is not UTF-8 (byte {exc.start})")]) from None
    # A YamlError is a CheckerError with file:line:column; an impossible date is one too.
    data = safeyaml.load(text, path, fast=True, strict_dates=True)
    if not isinstance(data, dict) or not isinstance(data.get("facts"), dict):
        raise CheckerError([Problem(path, "a gold file is a mapping with 'facts:' (see docs/rules.md)")])
    return data
