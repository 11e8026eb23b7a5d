"""The reports people read (text, markdown, github) name each article by its source, with its id
beside it only when two articles share a source name; the machine formats keep the ids. A fact's
status says hedged, temporal or revision when that is its only kind of finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import article, run_cli

from checker.models import source_labels

RULES = "facts:\n  cap:\n    type: count\n    cues: [capacity]\n"


def test_labels_are_source_names_with_the_id_only_beside_a_shared_name() -> None:
    articles = [
        article(id="am", source="Daily Planet"),
        article(id="pm", source="daily planet "),  # the same name, however it is written
        article(id="wire", source="Wire"),
        article(id="anon"),  # no source: its id
        article(id="blank", source="  "),
    ]
    assert source_labels(articles) == {
        "am": "Daily Planet [am]",
        "pm": "daily planet [pm]",
        "wire": "Wire",
        "anon": "anon",
        "blank": "blank",
    }


def batch(tmp_path: Path, texts: dict[str, str]) -> Path:
    (tmp_path / "rules.yaml").write_text(RULES)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def report(root: Path, fmt: str) -> str:
    result = run_cli(
        "check", root / "articles", "--rules", root / "rules.yaml", "-f", fmt, "--no-cache", "--jobs", "1"
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def front(source: str, id: str) -> str:
    return f"---\nsource: {source}\nid: {id}\npublished: 2025-02-04\n---\n\n"


@pytest.fixture
def revised(tmp_path: Path) -> Path:
    """A source that revised its figure, another that agrees with its first one, and one unnamed."""
    return batch(
        tmp_path,
        {
            "am.md": front("Daily Planet", "am") + "The hall has a capacity of 900.\n",
            "pm.md": front("Daily Planet", "pm") + "The hall has a capacity of 950.\n",
            "wire.md": front("Wire", "wire") + "The hall has a capacity of 900.\n",
            "notes.txt": "The hall has a capacity of 900.\n",
        },
    )


def test_text_names_sources_and_says_revision(revised: Path) -> None:
    text = report(revised, "text")
    assert (
        "  warning  cap: Daily Planet revised its figure: "
        "900 (Daily Planet [am], notes, Wire: “900”) vs 950 (Daily Planet [pm]: “950”)\n"
    ) in text
    assert "\ncap (count): revision\n" in text
    rows = [line.split("  ")[1] for line in text.splitlines() if line.startswith("  ") and "  900  " in line]
    assert rows == ["Daily Planet [am]", "notes", "Wire"]


def test_markdown_and_github_name_sources(revised: Path) -> None:
    markdown = report(revised, "markdown")
    assert "### `cap` (count): revision" in markdown
    assert "| Daily Planet \\[pm\\] | 950 | 950 |" in markdown and "| Wire | 900 |" in markdown
    github = report(revised, "github")
    assert "900 (Daily Planet [am], notes, Wire: “900”)" in github
    assert "%0ADaily Planet [pm] (" in github


def test_json_keeps_article_ids(revised: Path) -> None:
    (finding,) = json.loads(report(revised, "json"))["findings"]
    assert (
        finding["message"]
        == "cap: Daily Planet revised its figure: 900 (am, notes, wire: “900”) vs 950 (pm: “950”)"
    )
    assert finding["articles"] == ["am", "notes", "wire", "pm"]


def test_a_fact_whose_only_finding_is_hedged_says_hedged(tmp_path: Path) -> None:
    root = batch(
        tmp_path,
        {
            "a.md": "---\nsource: Wire\n---\n\nThe hall has a capacity of more than 900.\n",
            "b.md": "---\nsource: Courier\n---\n\nThe hall has a capacity of 950.\n",
        },
    )
    assert "\ncap (count): hedged\n" in report(root, "text")
    assert "### `cap` (count): hedged" in report(root, "markdown")
    assert json.loads(report(root, "json"))["facts"][0]["status"] == "hedged"
