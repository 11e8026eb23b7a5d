"""Scaffold a new story: a commented rule file, its rule tests, and an articles folder with sources.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

from checker.errors import CheckerError, Problem
from checker.schema import render as render_schema

TEMPLATE = Path(__file__).resolve().parent / "templates" / "init"


def scaffold(target: Path, force: bool = False) -> list[Path]:
    """Copy the story template into `target`; refuse to overwrite files unless `force`."""
    files = sorted(p for p in TEMPLATE.rglob("*") if p.is_file())
    schema = target / "rules" / "rules.schema.json"
    clashes = [target / p.relative_to(TEMPLATE) for p in files if (target / p.relative_to(TEMPLATE)).exists()]
    clashes += [schema] if schema.exists() else []
    if clashes and not force:
        raise CheckerError([Problem(str(c), "already exists; pass --force to overwrite") for c in clashes])
    written = []
    for path in files:
        dest = target / path.relative_to(TEMPLATE)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        written.append(dest)
    schema.write_text(render_schema(), encoding="utf-8")  # generated, so it always matches this version
    return [*written, schema]
