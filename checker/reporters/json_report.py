"""JSON report: the machine-readable contract read by CI jobs and other tools."""

from __future__ import annotations

import json

from checker import __version__
from checker.models import Report

SCHEMA_VERSION = 1


def render(report: Report) -> str:
    body = {"schema_version": SCHEMA_VERSION, "checker": __version__, **report.to_dict()}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
