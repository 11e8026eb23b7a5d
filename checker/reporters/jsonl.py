"""JSON Lines: one finding per line, the same dict as in the JSON report's "findings"."""

from __future__ import annotations

import io
import json
from typing import TextIO

from checker.models import Report
from checker.reporters.evidence import Evidence


def write(report: Report, out: TextIO) -> None:
    for record in Evidence(report).records():
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def render(report: Report) -> str:
    buffer = io.StringIO()
    write(report, buffer)
    return buffer.getvalue()
