"""JUnit XML, for CI test-report views: one test case per fact, failing with one <failure> per
error or warning finding; info findings and facts with nothing to compare (missing, single) pass."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from checker.models import FactResult, Finding, Report, Severity, Status
from checker.reporters.evidence import Evidence

FAILING = (Severity.ERROR, Severity.WARNING)
CLASSNAME = "checker"  # the report does not record which rule file defined a fact
# Characters XML 1.0 cannot hold at all, even escaped: shown as \xNN instead.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    return NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _details(finding: Finding, evidence: Evidence) -> str:
    """The finding's text: the message, its fingerprint, and every source's place and words."""
    lines = [finding.message, f"fingerprint: {finding.fingerprint}"]
    for i, places in enumerate(evidence.places(finding), start=1):
        for p in places:
            m, quote = p.mention, " ".join(p.mention.quote.split())
            lines.append(f"side {i}: {m.article} ({p.where()}): “{m.value.text}” in: {quote}")
    return clean("\n".join(lines))


def _case(fact: FactResult, findings: list[Finding], evidence: Evidence) -> ET.Element:
    case = ET.Element("testcase", classname=CLASSNAME, name=fact.id, time="0")
    notes = [f"{fact.id} ({fact.type}): {fact.status}"]
    if fact.status in (Status.MISSING, Status.SINGLE):
        notes.append("nothing to compare: " + ("no source states it" if not fact.mentions else "one source"))
    for finding in findings:
        if finding.severity in FAILING:
            failure = ET.SubElement(
                case, "failure", message=clean(finding.message), type=f"{finding.severity}:{finding.kind}"
            )
            failure.text = _details(finding, evidence)
        else:
            notes.append(f"{finding.severity} (not a failure): {_details(finding, evidence)}")
    ET.SubElement(case, "system-out").text = clean("\n".join(notes))
    return case


def document(report: Report) -> ET.Element:
    """<testsuites> holding the one <testsuite>."""
    evidence = Evidence(report)
    by_fact: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_fact.setdefault(finding.fact, []).append(finding)
    cases = [_case(fact, by_fact.get(fact.id, []), evidence) for fact in report.facts]
    failed = sum(1 for case in cases if case.find("failure") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": "0", "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", {"name": "checker", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "checker", **counts})
    suite.extend(cases)
    return root


def render(report: Report) -> str:
    root = document(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write(report: Report, out: TextIO) -> None:
    out.write(render(report))
