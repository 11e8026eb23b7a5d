"""Article loading: front matter, sources.yaml, ids, and a warning (never a crash) for each bad file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.articles import load_articles
from checker.errors import InputError
from checker.sentences import split


def test_front_matter_wins_over_sources_yaml(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "a.md: {source: Sidecar, published: 2025-01-01, title: T}\nb.txt: {source: Wire, published: null}\n"
    )
    (tmp_path / "a.md").write_text("---\nsource: Front\npublished: 2025-02-04\nauthor: X\n---\nBody text.\n")
    (tmp_path / "b.txt").write_text("Plain body.\n")
    loaded = load_articles([tmp_path])
    a, b = loaded.articles
    assert (a.id, a.source, a.published, a.title, a.body_line) == ("a", "Front", dt.date(2025, 2, 4), "T", 6)
    assert a.meta == {"author": "X"} and a.text == "Body text.\n"
    assert (b.id, b.source, b.published) == ("b", "Wire", None)
    assert loaded.warnings == []


def test_id_from_front_matter_and_duplicate_ids_kept_apart(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "a.md").write_text("---\nid: story\n---\nOne.\n")
    (tmp_path / "x" / "a.md").write_text("---\nid: story\n---\nTwo.\n")
    loaded = load_articles([tmp_path])
    assert [a.id for a in loaded.articles] == ["story", f"story@{tmp_path / 'x' / 'a.md'}"]
    assert "is used twice" in loaded.warnings[0].render()


@pytest.mark.parametrize(
    ("name", "content", "warning"),
    [
        ("empty.txt", b"  \n", "empty file, skipped"),
        ("binary.txt", b"abc\x00def", "looks binary"),
        ("latin1.txt", "caf\u00e9 80.000".encode("latin-1"), "not UTF-8"),
        ("nobody.md", b"---\nsource: X\n---\n\n", "no text after the front matter"),
        ("baddate.md", b"---\npublished: yesterday\n---\nText.\n", "published: expected YYYY-MM-DD or null"),
        ("badyaml.md", b"---\nsource: [x\n---\nText.\n", "front matter is not valid YAML"),
    ],
)
def test_bad_files_warn_and_the_rest_is_read(tmp_path: Path, name: str, content: bytes, warning: str) -> None:
    (tmp_path / "good.txt").write_text("A good article.\n")
    (tmp_path / name).write_bytes(content)
    loaded = load_articles([tmp_path])
    assert "good" in [a.id for a in loaded.articles]
    assert [w.path for w in loaded.warnings] == [str(tmp_path / name)]
    assert warning in loaded.warnings[0].message


def test_unreadable_file_warns(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    loaded = load_articles([tmp_path])
    assert loaded.articles == [] and "cannot read file" in loaded.warnings[0].message


def test_missing_path_and_empty_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such article file or folder"):
        load_articles([tmp_path / "nope"])
    with pytest.raises(InputError, match="no articles"):
        load_articles([tmp_path])


def test_sentences_carry_file_lines() -> None:
    text = "Title line\nFirst sentence here. Second one, on the same line.\n\nA paragraph that is wrapped\n"
    sentences = split(text, first_line=5)
    assert [(s.text, s.line) for s in sentences] == [
        ("Title line", 5),
        ("First sentence here.", 6),
        ("Second one, on the same line.", 6),
        ("A paragraph that is wrapped", 8),
    ]


def test_hard_wrapped_prose_is_rejoined() -> None:
    text = (
        "The government said on Monday that it had arrested more than 80,000\n"
        "people since the emergency began. Critics disagree.\n"
    )
    first, second = split(text)
    assert first.text.endswith("began.") and first.line_of(first.text.index("people")) == 2
    assert second.text == "Critics disagree."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Bukele met Sen. Rubio on Feb. 3, 2025. He left.",
            ["Mr. Bukele met Sen. Rubio on Feb. 3, 2025.", "He left."],
        ),
        (
            "The U.S. State Dept. said so. Gen. Ruiz agreed.",
            ["The U.S. State Dept. said so.", "Gen. Ruiz agreed."],
        ),
        (
            "It fell approx. 2% in No. 1 markets. Then it rose.",
            ["It fell approx. 2% in No. 1 markets.", "Then it rose."],
        ),
        (
            "J. R. Smith spoke. “Why?” he asked. “Now!” She left.",
            ["J. R. Smith spoke.", "“Why?” he asked.", "“Now!”", "She left."],
        ),
        (
            "He said “enough.” Then he left… Later, 40 more came.",
            ["He said “enough.”", "Then he left…", "Later, 40 more came."],
        ),
        ("Prices rose 3.5 percent. 2024 was worse.", ["Prices rose 3.5 percent.", "2024 was worse."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [s.text for s in split(text)] == expected
