"""The pipeline: load → split → match → normalize → choose → compare → report. Never prints."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from checker.articles import files_to_read, unique_id
from checker.compare import compare
from checker.engines import Options, extract_all
from checker.errors import Problem
from checker.extract import Extracted
from checker.models import FactResult, Finding, Mention, Report
from checker.reviews import Reviews, attach
from checker.rulebook import RuleSet, load_rules


def _relabel(item: Extracted, new_id: str) -> Extracted:
    if new_id == item.article.id:
        return item
    mentions = {f: [replace(m, article=new_id) for m in ms] for f, ms in item.mentions.items()}
    return Extracted(replace(item.article, id=new_id), mentions)


def build_report(rules: RuleSet, extracted: Iterable[Extracted], warnings: list[Problem]) -> Report:
    """Compare the sources fact by fact. Articles are taken in path order, so the report is the same
    whatever order the files were read or the workers finished in."""
    seen: set[str] = set()
    ordered = [
        _relabel(e, unique_id(e.article, seen, warnings))
        for e in sorted(extracted, key=lambda e: e.article.path)
    ]
    sources = {e.article.id: e.article.source for e in ordered}
    by_fact: dict[str, list[Mention]] = {rule.id: [] for rule in rules.rules}
    for item in ordered:
        for fact, mentions in item.mentions.items():
            by_fact[fact].extend(mentions)
    results: list[FactResult] = []
    findings: list[Finding] = []
    for rule in rules.rules:
        status, found = compare(rule, by_fact[rule.id], sources)
        results.append(
            FactResult(rule.id, rule.type, rule.description, rule.severity, status, tuple(by_fact[rule.id]))
        )
        findings.extend(found)
    findings.sort(key=lambda f: f.severity.rank)
    return Report(
        tuple(e.article for e in ordered),
        tuple(results),
        tuple(findings),
        tuple(w.render() for w in sorted(warnings, key=lambda w: (w.path, w.message))),
        tuple(sorted((w.path, w.message) for w in warnings if w.skipped)),
    )


def check(
    rule_paths: Iterable[str],
    article_paths: Iterable[str],
    options: Options | None = None,
    exclude: Iterable[str | Path] = (),
    reviews: Reviews | None = None,
) -> Report:
    """Load the rules, extract every article with the chosen engine, and compare the sources.
    Each file is read once however often it is named; `exclude` (the report being written) never.
    With `reviews`, each finding carries its review decision, if any."""
    options = options or Options()
    rules = load_rules(rule_paths)
    skip = {os.path.realpath(p) for p in exclude}
    unique = {os.path.realpath(p): p for p in files_to_read(article_paths)}  # realpath never raises
    files = [str(p) for real, p in unique.items() if real not in skip]
    extracted, warnings = extract_all(files, rules, options)
    report = build_report(rules, extracted, warnings)
    return attach(report, reviews) if reviews is not None else report
