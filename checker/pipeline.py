"""The pipeline: load → split → match → normalize → choose → compare → report. Never prints."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from checker import feeds
from checker.articles import files_to_read, unique_id
from checker.compare import compare, in_others_year
from checker.engines import Options, extract_all
from checker.errors import InputError, Problem
from checker.models import Extracted, FactResult, Finding, Mention, Report, source_labels
from checker.reviews import Reviews, attach
from checker.rulebook import RuleSet, load_rules


def _relabel(item: Extracted, new_id: str) -> Extracted:
    if new_id == item.article.id:
        return item
    mentions = {f: [replace(m, article=new_id) for m in ms] for f, ms in item.mentions.items()}
    return Extracted(replace(item.article, id=new_id), mentions)


class Watch(Protocol):
    """Follows a run's progress (the CLI's progress bar): told the number of files, then each done."""

    def start(self, total: int) -> None: ...

    def advance(self, done: int) -> None: ...


def build_report(
    rules: RuleSet,
    extracted: Iterable[Extracted],
    warnings: list[Problem],
    corpus_files: Collection[str] = (),
) -> Report:
    """Compare the sources fact by fact. Articles are taken in file order, a batch's records in line
    order, so the report is the same whatever order the files were read or the workers finished in.
    The articles read from `corpus_files` (every record of a batch among them) are the corpus the
    others, the new ones, are checked against."""
    seen: set[str] = set()
    ordered = [
        _relabel(e, unique_id(e.article, seen, warnings))
        for e in sorted(extracted, key=lambda e: (e.article.file, e.article.record or 0, e.article.path))
    ]
    corpus = {feeds.label(Path(p)) for p in corpus_files}  # as articles name their file: <stdin>
    sources = {e.article.id: e.article.source for e in ordered}
    names = source_labels(e.article for e in ordered)
    by_fact: dict[str, list[Mention]] = {rule.id: [] for rule in rules.rules}
    for item in ordered:
        for fact, mentions in item.mentions.items():
            by_fact[fact].extend(mentions)
    named = {e.article.id: e.article.years for e in ordered}
    results: list[FactResult] = []
    findings: list[Finding] = []
    for rule in rules.rules:
        if rule.type == "date":
            by_fact[rule.id] = in_others_year(by_fact[rule.id], named)
        status, found = compare(rule, by_fact[rule.id], sources, names)
        results.append(
            FactResult(
                rule.id,
                rule.type,
                rule.description,
                rule.severity,
                status,
                tuple(by_fact[rule.id]),
                rule.scale,
            )
        )
        findings.extend(found)
    findings.sort(key=lambda f: f.severity.rank)
    return Report(
        tuple(e.article for e in ordered),
        tuple(results),
        tuple(findings),
        tuple(w.render() for w in sorted(warnings, key=lambda w: (w.path, w.message))),
        tuple(sorted((w.path, w.message) for w in warnings if w.skipped)),
        corpus=frozenset(e.article.id for e in ordered if e.article.file in corpus),
    )


def about_new(report: Report) -> Report:
    """The report with only the findings in which a new article states a value in dispute; those
    among corpus articles alone are left out (a plain run has no corpus: nothing is left out)."""
    if not report.corpus:
        return report
    kept = tuple(f for f in report.findings if any(a not in report.corpus for a in f.disputants))
    return replace(report, findings=kept)


def _files(paths: Iterable[str], option: str | None = None) -> dict[str, str]:
    """The article files under `paths`, keyed by their real path (each file is read once however
    often it is named); `option` names the option that gave the paths in an error."""
    try:
        found = files_to_read(paths)
    except InputError as exc:
        if option is None:
            raise
        fix = f"give {option} the folders or files of the articles to check against"
        problems = [Problem(f"{option} {p.path}", f"{p.message}; {fix}") for p in exc.problems]
        raise InputError(problems) from None
    return {os.path.realpath(p): str(p) for p in found}  # realpath never raises


def check(
    rule_paths: Iterable[str],
    article_paths: Iterable[str],
    options: Options | None = None,
    exclude: Iterable[str | Path] = (),
    reviews: Reviews | None = None,
    against: Iterable[str] = (),
    watch: Watch | None = None,
) -> Report:
    """Load the rules, extract every article with the chosen engine, and compare the sources.
    Each file is read once however often it is named; `exclude` (the report being written) never.
    With `reviews`, each finding carries its review decision, if any. With `against` (a corpus),
    its articles are compared with the new ones and only findings about a new article are kept; a
    file named in both is new. `watch` is told the number of files, then each file done."""
    options = options or Options()
    rules = load_rules(rule_paths)
    skip = {os.path.realpath(p) for p in exclude}
    paths = list(article_paths)
    new = _files(paths)
    # Standard input can be read once: `-` given both ways is new, like any file given both ways.
    given = [p for p in against if not (p == feeds.STDIN and feeds.STDIN in paths)]
    corpus = _files(given, "--against") if given else {}
    files = [p for real, p in {**corpus, **new}.items() if real not in skip]
    if watch is not None:
        watch.start(len(files))
    extracted, warnings = extract_all(files, rules, options, watch.advance if watch else None)
    corpus_only = {p for real, p in corpus.items() if real not in new}  # a file named both ways is new
    report = build_report(rules, extracted, warnings, corpus_only)
    # Reviews are matched against every finding, so that one about the corpus alone is not stale.
    return about_new(attach(report, reviews) if reviews is not None else report)
