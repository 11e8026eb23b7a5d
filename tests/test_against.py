"""`checker check BATCH --against CORPUS`: new articles compared with each other and with the corpus,
only findings about a new article reported; the pre-commit hook that runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, CliRun, run_cli

from checker import extract as extraction
from checker.articles import SUFFIXES

# A new report of the shipped story: it agrees with the corpus on CECOT's capacity (40,000) and
# disagrees on the share of the population behind bars (3% against 2%).
METRO = """\
---
id: metro
source: Metro Wire
title: What Bukele's prison offer would mean in practice
published: 2025-02-05
---

SAN SALVADOR — The president's proposal to take in prisoners sent by Washington has put the
spotlight back on the Terrorism Confinement Center, the sprawling prison outside the capital.

The facility was designed to hold 40,000 people, officials say, and it is far from empty.

Rights groups estimate that about 3% of the population is now behind bars, a rate higher than
that of any other country.
"""
# Agrees on every fact it states, though the corpus itself disagrees on three facts.
AGREEING = """\
---
source: Harbor Gazette
published: 2025-02-05
---

Bukele's mega-prison, the Terrorism Confinement Center, was built with room for 40,000 inmates.

Under the emergency powers, the government has detained tens of thousands of people.
"""
ALJAZEERA = "articles/aljazeera-bukele-jail-us-convicts.md"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def check(*args: str | Path, cache: Path) -> CliRun:
    return run_cli("check", *args, "--rules", "rules", "--jobs", "1", "--cache-dir", cache)


def as_json(result: CliRun) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_only_the_new_articles_finding_is_reported(tmp_path: Path) -> None:
    batch = write(tmp_path / "batch", "metro-wire-prison-offer.md", METRO)
    result = check(batch, "--against", "articles", "--format", "json", cache=tmp_path / "cache")
    assert result.returncode == 1, result.stderr
    report = as_json(result)
    assert [(f["fact"], f["kind"], f["severity"]) for f in report["findings"]] == [
        ("jailed_population_share", "conflict", "error")
    ]
    (finding,) = report["findings"]
    assert "metro" in finding["articles"] and {"bloomberg", "nyt"} <= set(finding["articles"])
    new = {a["id"]: a["new"] for a in report["articles"]}
    assert new == {
        "metro": True,
        "aljazeera": False,
        "blog": False,
        "bloomberg": False,
        "nyt": False,
        "wlrn": False,
    }
    capacity = next(f for f in report["facts"] if f["id"] == "cecot_capacity")
    assert ("metro", 40000) in {(m["article"], m["value"]) for m in capacity["mentions"]}
    assert capacity["status"] == "consistent"
    assert report["version"] == "1.4"


def test_a_new_article_that_agrees_passes_though_the_corpus_disagrees(tmp_path: Path) -> None:
    batch = write(tmp_path / "batch", "harbor.md", AGREEING)
    result = check(batch, "--against", "articles", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("checker: 1 new article checked against 5, 10 facts, 0 findings\n")
    # "tens of thousands" fits both sides of the corpus's hedged arrests finding: not reported.
    assert "Findings" not in result.stdout and "emergency_arrests (count): hedged" in result.stdout
    # Only the facts the new article states are listed, its rows marked.
    assert re.findall(r"^(\w+) \(\w+\): ", result.stdout, flags=re.M) == [
        "emergency_arrests",
        "cecot_capacity",
    ]
    assert "  Harbor Gazette (new)  " in result.stdout
    assert "checker: 6 articles (1 new, 5 corpus), 10 facts, 0 findings" in result.stderr


def test_a_file_given_both_ways_is_new(tmp_path: Path) -> None:
    result = check(ALJAZEERA, "--against", "articles", "--format", "json", cache=tmp_path / "cache")
    report = as_json(result)
    assert result.returncode == 1
    # approval_rating (Bloomberg against The New York Times) is the corpus's own disagreement.
    assert [f["fact"] for f in report["findings"]] == ["cecot_opening_year", "emergency_arrests"]
    assert [a["id"] for a in report["articles"] if a["new"]] == ["aljazeera"]


def test_new_articles_are_compared_with_each_other_too(tmp_path: Path) -> None:
    batch = write(tmp_path / "batch", "metro.md", METRO)
    write(batch, "harbor.md", AGREEING.replace("room for 40,000", "room for 20,000"))
    report = as_json(check(batch, "--against", "articles", "-f", "json", cache=tmp_path / "cache"))
    capacity = next(f for f in report["findings"] if f["fact"] == "cecot_capacity")
    assert {"metro", "harbor"} <= set(capacity["articles"])


def test_github_annotations_point_at_the_new_article(tmp_path: Path) -> None:
    batch = write(tmp_path / "batch", "metro.md", METRO)
    result = check(batch, "--against", "articles", "--format", "github", cache=tmp_path / "cache")
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"::error file={batch / 'metro.md'},line=13,title=jailed_population_share::")
    assert "3%25 (Metro Wire: “about 3%25”)" in line  # % escaped as GitHub's toolkit does


def test_corpus_articles_are_cached_like_any_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = write(tmp_path / "batch", "metro.md", METRO)
    calls: list[str] = []
    real = extraction.extract

    def counting(article: extraction.Article, *args: Any) -> Any:
        calls.append(article.id)
        return real(article, *args)

    monkeypatch.setattr(extraction, "extract", counting)
    first = check(batch, "--against", "articles", "-f", "json", cache=tmp_path / "cache")
    assert sorted(calls) == ["aljazeera", "blog", "bloomberg", "metro", "nyt", "wlrn"]
    calls.clear()
    again = check(batch, "--against", "articles", "-f", "json", cache=tmp_path / "cache")
    assert calls == [] and again.stdout == first.stdout


def test_reviews_of_the_corpus_alone_are_not_stale(tmp_path: Path) -> None:
    reviews = tmp_path / "reviews.yaml"
    adopted = run_cli("baseline", "--rules", "rules", "--reviews", reviews, "--no-cache", "--jobs", "1")
    assert adopted.returncode == 0, adopted.stderr
    batch = write(tmp_path / "batch", "metro.md", METRO)
    result = check(batch, "--against", "articles", "--reviews", reviews, cache=tmp_path / "cache")
    assert result.returncode == 1 and "stale" not in result.stderr


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("missing/", "--against missing: no such article file or folder; give --against the folders"),
        ("rules", "--against rules: no articles (*.txt, *.md"),
    ],
)
def test_a_bad_corpus_path_exits_2_with_what_and_how(tmp_path: Path, given: str, says: str) -> None:
    result = check("articles", "--against", given, cache=tmp_path / "cache")
    assert result.returncode == 2 and result.stderr.startswith(says), result.stderr
    assert result.stderr.rstrip().endswith(
        "give --against the folders or files of the articles to check against"
    )
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_no_new_article_checkable_is_incomplete(tmp_path: Path) -> None:
    batch = write(tmp_path / "batch", "empty.md", "---\nsource: Nobody\n---\n\n")
    result = check(batch, "--against", "articles", cache=tmp_path / "cache")
    assert result.returncode == 3 and "incomplete run: no new article could be checked" in result.stderr


def test_the_pre_commit_hook_runs_check_against_the_corpus() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["entry"] == "checker check" and hook["pass_filenames"] is True
    assert hook["language"] == "python" and hook["require_serial"] is True  # one run sees every new file
    files = re.compile(hook["files"])
    for suffix in SUFFIXES:  # every kind of article the loader reads
        assert files.search(f"articles/2025/report{suffix}") and files.search(f"articles/r{suffix.upper()}")
    assert not files.search("README.md") and not files.search("articles/sources.yaml")
    assert hook["args"][:2] == ["--against", "articles/"]


def test_the_readme_workflow_checks_the_changed_articles_against_the_corpus() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Checking a new batch against the corpus", 1)[1].split("\n## ", 1)[0]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    assert workflow[True]["pull_request"]["paths"] == ["articles/**"]  # YAML 1.1 reads `on` as true
    steps = workflow["jobs"]["new-articles"]["steps"]
    run = next(step["run"] for step in steps if "checker check" in step.get("run", ""))
    assert '"${batch[@]}" --against articles/' in run and "--format github -O sarif=checker.sarif" in run
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
