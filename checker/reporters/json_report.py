"""JSON report: the machine-readable contract read by CI jobs and other tools.

Written as a stream, one record (article, fact header, mention, finding) per line, so that memory
stays flat however many articles a report covers, and the output stays easy to grep and diff.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

from checker import __version__
from checker.models import Report
from checker.reporters.evidence import Evidence

SCHEMA_VERSION = 1  # changes only when a field is removed or changes meaning (never so far)
# The report format: "<schema_version>.<minor>", the minor raised whenever fields are added.
# 1.1: "version"; per finding abs_diff and rel_diff; per side quote, line and mentions.
# 1.2: per article "new" (false for the corpus a batch is checked against with --against).
# 1.3: per article "file" (a JSON Lines record's batch, else its path) and "record" (the record's
#      line in the batch, else null); per finding mention "file" and "file_line" (the line of the
#      file that holds it), so that a record's evidence points at a file that exists.
VERSION = "1.4"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _items(out: TextIO, key: str, records: Iterable[Any], indent: str = "  ", last: bool = False) -> None:
    out.write(f"{indent}{_dump(key)}: [")
    sep = "\n"
    for record in records:
        out.write(f"{sep}{indent}  {_dump(record)}")
        sep = ",\n"
    out.write(f"\n{indent}]" if sep != "\n" else "]")
    out.write("\n" if last else ",\n")


def write(report: Report, out: TextIO) -> None:
    """Stream the report as JSON to `out`."""
    out.write("{\n")
    out.write(f'  "version": {_dump(VERSION)},\n')
    out.write(f'  "schema_version": {SCHEMA_VERSION},\n  "checker": {_dump(__version__)},\n')
    _items(out, "articles", report.article_dicts())
    out.write('  "facts": [')
    for i, fact in enumerate(report.facts):
        header = _dump(fact.to_dict(mentions=False))[:-1]
        out.write(("\n" if i == 0 else ",\n") + "    " + header + ', "mentions": [')
        for j, mention in enumerate(fact.mentions):
            out.write(("\n" if j == 0 else ",\n") + "      " + _dump(mention.to_dict()))
        out.write("\n    ]}" if fact.mentions else "]}")
    out.write("\n  ],\n" if report.facts else "],\n")
    _items(out, "findings", Evidence(report).records())
    _items(out, "warnings", report.warnings)
    skipped = ({"path": path, "reason": reason} for path, reason in report.skipped)
    _items(out, "skipped", skipped, last=not report.stale_reviews)
    if report.stale_reviews:
        _items(out, "stale_reviews", report.stale_dicts(), last=True)
    out.write("}\n")


def render(report: Report) -> str:
    buffer = io.StringIO()
    write(report, buffer)
    return buffer.getvalue()
