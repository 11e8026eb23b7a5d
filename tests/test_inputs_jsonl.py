"""JSON Lines batches: one article a line, from a .jsonl file or standard input (`-`); a line that
cannot be used is a warning with its file and line, and the rest of the batch is read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import run_cli

from checker.articles import load_articles

RULES = "facts:\n  cap:\n    type: count\n    cues: [capacity]\n"
GOOD = {"id": "a", "source": "Wire", "text": "The hall has a capacity of 900 people."}
OTHER = {"id": "b", "source": "Post", "text": "The hall has a capacity of 950 people."}


def batch(tmp_path: Path, *lines: str | bytes, name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines))
    return path


def test_each_record_becomes_an_article(tmp_path: Path) -> None:
    feed = batch(
        tmp_path,
        json.dumps(
            {
                "id": "w1",
                "source": "Metro Wire",
                "published": "2025-02-04",
                "url": "https://wire.example/1",
                "title": "Hall opens",
                "text": "First line.\r\nSecond line.",
                "section": "city",
            }
        ),
        json.dumps({"id": 17, "published": "2025-02-04T23:30:00-05:00", "text": "Numeric id."}),
        json.dumps({"text": "No id at all."}),
    )
    loaded = load_articles([feed])
    assert loaded.warnings == []
    first, second, third = loaded.articles
    assert (first.id, first.path, first.source, first.title, first.url) == (
        "w1",
        f"{feed}:1",
        "Metro Wire",
        "Hall opens",
        "https://wire.example/1",
    )
    assert (first.published, first.text, first.body_line) == (
        dt.date(2025, 2, 4),
        "First line.\nSecond line.",
        1,
    )
    assert first.meta["section"] == "city" and first.meta["lines"] == "the record's text"
    assert (second.id, second.published) == ("17", dt.date(2025, 2, 4))  # the day as written
    assert (third.id, third.path) == ("feed-3", f"{feed}:3")
    # The batch is the record's file, and its line the record's line in it.
    assert [(a.file, a.record) for a in loaded.articles] == [(str(feed), 1), (str(feed), 2), (str(feed), 3)]


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        (b'{"id": "x", "text": "unclosed', "not valid JSON"),
        (b"[1, 2, 3]", "expected a JSON object with a 'text' field, got an array"),
        (b'{"id": "x", "source": "Wire"}', "no 'text' field"),
        (b'{"id": "x", "text": 42}', "'text' is a number"),
        (b'{"id": "x", "text": null}', "'text' is null"),
        (b'{"id": "x", "text": "   "}', "'text' is empty"),
        (b'{"id": "x", "text": "caf\xe9"}', "not UTF-8"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_a_malformed_line_is_warned_with_file_and_line_and_the_rest_is_read(
    tmp_path: Path, line: bytes, warning: str
) -> None:
    feed = batch(tmp_path, json.dumps(GOOD), line, json.dumps(OTHER))
    loaded = load_articles([feed])
    assert [a.id for a in loaded.articles] == ["a", "b"]
    (problem,) = loaded.warnings
    assert problem.path == f"{feed}:2" and warning in problem.message and problem.skipped
    assert problem.render().startswith(f"{feed}:2: ")


@pytest.mark.parametrize("published", ["2025-02-30", "yesterday", 2025, ["2025-02-04"]])
def test_a_bad_published_is_a_warning_and_the_record_is_read_without_it(
    tmp_path: Path, published: object
) -> None:
    feed = batch(tmp_path, json.dumps(GOOD), json.dumps({**OTHER, "published": published}))
    loaded = load_articles([feed])
    assert [(a.id, a.published) for a in loaded.articles] == [("a", None), ("b", None)]
    (problem,) = loaded.warnings
    assert problem.path == f"{feed}:2" and "published: expected YYYY-MM-DD or null" in problem.message
    assert not problem.skipped


def test_metadata_of_the_wrong_type_is_dropped_with_a_warning(tmp_path: Path) -> None:
    feed = batch(tmp_path, json.dumps({**GOOD, "source": ["Wire"], "title": {"en": "Hall"}}))
    loaded = load_articles([feed])
    (article,) = loaded.articles
    assert (article.source, article.title) == (None, None)
    assert [w.render() for w in loaded.warnings] == [
        f'{feed}:1: source: expected a string, got ["Wire"]; ignored',
        f'{feed}:1: title: expected a string, got {{"en": "Hall"}}; ignored',
    ]


def test_blank_lines_are_ignored_and_line_numbers_stay_the_files(tmp_path: Path) -> None:
    feed = batch(tmp_path, "\ufeff" + json.dumps(GOOD), "", "   ", "\r", json.dumps(OTHER))
    loaded = load_articles([feed])
    assert loaded.warnings == []
    assert [a.path for a in loaded.articles] == [f"{feed}:1", f"{feed}:5"]


def test_an_empty_batch_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A good article.\n")
    batch(tmp_path, "", "")
    loaded = load_articles([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    (problem,) = loaded.warnings
    assert problem.path == str(tmp_path / "feed.jsonl") and "no records" in problem.message


def test_ids_are_unique_across_records(tmp_path: Path) -> None:
    feed = batch(tmp_path, json.dumps(GOOD), json.dumps({**OTHER, "id": "a"}))
    loaded = load_articles([feed])
    assert [a.id for a in loaded.articles] == ["a", f"a@{feed}:2"]
    assert "is used twice" in loaded.warnings[0].message


def test_sources_yaml_completes_the_records_of_a_batch(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("feed.jsonl: {source: Sidecar, published: 2025-02-04, id: same}\n")
    feed = batch(tmp_path, json.dumps({"text": "One."}), json.dumps({"source": "Own", "text": "Two."}))
    one, two = load_articles([feed]).articles
    assert (one.id, one.source, one.published) == ("feed-1", "Sidecar", dt.date(2025, 2, 4))
    assert (two.id, two.source) == ("feed-2", "Own")  # the record wins; the sidecar's id is not used


def check(*args: str | Path, input: str | None = None) -> object:
    return run_cli(*args, "--format", "json", "--no-cache", "--jobs", "1", input=input)


def test_a_batch_on_standard_input(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULES)
    stdin = "\n".join([json.dumps(GOOD), "{oops", "", json.dumps(OTHER)]) + "\n"
    result = check("check", "-", "--rules", tmp_path / "rules.yaml", input=stdin)
    assert result.returncode == 1  # type: ignore[attr-defined]
    report = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert [(a["id"], a["path"]) for a in report["articles"]] == [("a", "<stdin>:1"), ("b", "<stdin>:4")]
    assert report["skipped"] == [{"path": "<stdin>:2", "reason": report["skipped"][0]["reason"]}]
    assert "not valid JSON" in report["skipped"][0]["reason"]
    assert "warning: <stdin>:2: not valid JSON" in result.stderr  # type: ignore[attr-defined]
    (finding,) = report["findings"]
    assert sorted(side["value"] for side in finding["sides"]) == [900, 950]


def test_standard_input_beside_files_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULES)
    (tmp_path / "c.txt").write_text("The hall has a capacity of 900 people.\n")
    result = check(
        "check", "-", tmp_path / "c.txt", "-", "--rules", tmp_path / "rules.yaml", input=json.dumps(OTHER)
    )
    report = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert sorted(a["id"] for a in report["articles"]) == ["b", "c"]
    assert report["warnings"] == []


def test_empty_standard_input_is_an_incomplete_run(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULES)
    result = check("check", "-", "--rules", tmp_path / "rules.yaml", input="")
    assert result.returncode == 3  # type: ignore[attr-defined]
    assert "<stdin>: no records (empty batch), skipped" in result.stderr  # type: ignore[attr-defined]
