"""SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers): a rule per fact, a result per
finding, located at every article that states one of its sides: its file and line, for a record of
a JSON Lines batch the batch and the record's line (the message says which line of the record's
text), for standard input an artifact described as <stdin>, with no URI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from checker import __version__, feeds
from checker.models import STDIN_FILE, FactResult, Finding, Report, Severity, record_line
from checker.reporters.evidence import Evidence, Place, differences

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "checker/v1"  # the key under partialFingerprints: the finding's own fingerprint


def uri(path: str) -> str:
    """A URI reference for an article path: relative paths stay relative (to the folder checker ran
    in, as code scanning expects), absolute ones become file: URIs."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix(), safe="/")


def _rule(fact: FactResult) -> dict[str, Any]:
    return {
        "id": fact.id,
        "name": fact.id,
        "shortDescription": {"text": fact.description or f"{fact.id} ({fact.type})"},
        "defaultConfiguration": {"level": LEVELS[fact.severity]},
        "properties": {"type": fact.type},
    }


def artifact(file: str) -> dict[str, Any]:
    """The artifactLocation of a file; standard input is described, not given a URI (there is no
    file to open)."""
    if file == STDIN_FILE:
        return {"description": {"text": STDIN_FILE}}
    return {"uri": uri(file)}


def _location(place: Place, side: int) -> dict[str, Any]:
    m = place.mention
    text = f"{m.article} (side {side + 1}): “{m.value.text}”"
    if place.record is not None:
        text += f", {record_line(m.line)}"
    return {
        "physicalLocation": {
            "artifactLocation": artifact(place.file),
            "region": {"startLine": max(place.file_line, 1)},
        },
        "message": {"text": text},
        # Not a region snippet: a snippet must be the region's text, and a quote is a sentence.
        "properties": {"article": m.article, "written": m.value.text, "quote": m.quote, "line": m.line},
    }


def _result(finding: Finding, evidence: Evidence, rules: dict[str, int]) -> dict[str, Any]:
    abs_diff, rel_diff = differences(finding)
    locations = [_location(p, i) for i, side in enumerate(evidence.places(finding)) for p in side]
    result: dict[str, Any] = {
        "ruleId": finding.fact,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": locations,
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
        "properties": {
            "kind": finding.kind.value,
            "severity": finding.severity.value,
            "abs_diff": abs_diff,
            "rel_diff": rel_diff,
        },
    }
    if finding.fact in rules:
        result["ruleIndex"] = rules[finding.fact]
    if finding.review is not None:  # an editor's decision: shown as a suppression, not a live alert
        status = "underReview" if finding.review.status == "disputed" else "accepted"
        justification = f"{finding.review.status}: {finding.review.note or ''}".strip(": ")
        result["suppressions"] = [{"kind": "external", "status": status, "justification": justification}]
    return result


def _notifications(report: Report) -> list[dict[str, Any]]:
    """Skipped files and warnings, so a viewer shows that the run did not read everything."""
    skipped = [
        {
            "level": "warning",
            "message": {"text": f"{path}: {reason}"},
            "locations": [{"physicalLocation": _skipped_at(path)}],
        }
        for path, reason in report.skipped
    ]
    return skipped + [{"level": "warning", "message": {"text": w}} for w in report.warnings]


def _skipped_at(path: str) -> dict[str, Any]:
    """A skipped file, or a skipped line of a batch: its file and the line."""
    file, line = feeds.split(path)
    where: dict[str, Any] = {"artifactLocation": artifact(file)}
    if line is not None:
        where["region"] = {"startLine": line}
    return where


def document(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    evidence = Evidence(report)
    rules = {fact.id: i for i, fact in enumerate(report.facts)}
    driver = {
        "name": "checker",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule(fact) for fact in report.facts],
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": _notifications(report)}],
        "results": [_result(f, evidence, rules) for f in report.findings],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(document(report), indent=2, ensure_ascii=False) + "\n"


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
