"""Checks on the shipped demo corpus: front matter, gold quotes, and originality against the seeds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
GOLD = ROOT / "tests" / "gold" / "articles.yaml"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

NGRAM = 8
REQUIRED_KEYS = ("id", "source", "title", "published", "url")


def split_article(path: Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body) of an article: the YAML block between the first two `---` lines."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    marks = [i for i, line in enumerate(lines) if line.strip() == "---"]
    if len(marks) < 2 or marks[0] != 0:
        raise ValueError(f"{path.name}: no front matter block")
    meta = yaml.safe_load("".join(lines[marks[0] + 1 : marks[1]]))
    if not isinstance(meta, dict):
        raise ValueError(f"{path.name}: front matter is not a mapping")
    return meta, "".join(lines[marks[1] + 1 :])


def article_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.md"))


def articles_by_id() -> dict[str, str]:
    bodies: dict[str, str] = {}
    for path in article_paths():
        meta, body = split_article(path)
        bodies[str(meta["id"])] = body
    return bodies


def words(text: str) -> list[str]:
    """Lower-case words, apostrophes normalized and dropped, other punctuation stripped."""
    text = text.lower()
    for apostrophe in ("\u2019", "\u2018", "\u02bc", "`"):
        text = text.replace(apostrophe, "'")
    text = text.replace("'", "")
    return re.sub(r"[^\w\s]", " ", text).split()


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def test_corpus_has_articles() -> None:
    assert len(article_paths()) >= 5


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.name)
def test_front_matter(path: Path) -> None:
    meta, body = split_article(path)
    for key in REQUIRED_KEYS:
        assert key in meta, f"{path.name}: front matter lacks {key!r}"
    for key in ("id", "source", "title", "url"):
        assert isinstance(meta[key], str) and meta[key].strip(), (
            f"{path.name}: {key!r} must be a non-empty string"
        )
    published = meta["published"]
    assert published is None or (isinstance(published, dt.date) and not isinstance(published, dt.datetime)), (
        f"{path.name}: published must be a date or null, got {published!r}"
    )
    assert meta["url"].startswith(("http://", "https://")), f"{path.name}: url is not a URL"
    assert body.strip(), f"{path.name}: empty body"


def test_ids_unique() -> None:
    ids = [split_article(p)[0]["id"] for p in article_paths()]
    assert len(ids) == len(set(ids)), f"duplicate article ids: {ids}"


def test_gold_quotes_in_articles() -> None:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    bodies = articles_by_id()
    problems: list[str] = []
    for fact_id, fact in gold["facts"].items():
        for article_id, entry in fact["values"].items():
            if article_id not in bodies:
                problems.append(f"{fact_id}: unknown article id {article_id!r}")
            elif entry["quote"] not in bodies[article_id]:
                problems.append(f"{fact_id}/{article_id}: quote not in article: {entry['quote']!r}")
    for discrepancy in gold.get("discrepancies", []):
        for side in discrepancy["sides"]:
            problems += [
                f"discrepancy {discrepancy['fact']}: unknown id {a!r}" for a in side if a not in bodies
            ]
    assert not problems, "\n".join(problems)


def test_no_long_runs_copied_from_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not available at {SEEDS}")
    seed_grams: set[tuple[str, ...]] = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        seed_grams |= ngrams(words(seed.read_text(encoding="utf-8")), NGRAM)
    assert seed_grams, f"no seed texts found in {SEEDS}"
    copied: list[str] = []
    for path in article_paths():
        meta, body = split_article(path)
        text = f"{meta.get('title', '')}\n{body}"
        copied += [f"{path.name}: {' '.join(g)}" for g in sorted(ngrams(words(text), NGRAM) & seed_grams)]
    assert not copied, f"runs of {NGRAM} words copied from the seeds:\n" + "\n".join(copied)
