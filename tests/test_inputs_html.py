"""Saved web pages: the story's text without the page's boilerplate, the page's metadata, line
numbers of the extracted text, and a mixed folder (text file, pages, JSON Lines batch) checked."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli

from checker import pages
from checker.articles import load_articles
from checker.models import Article
from checker.sentences import split

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
needs_html = pytest.mark.skipif(
    not pages.available(), reason="trafilatura not installed: pip install '.[html]'"
)

RULES = """facts:
  arena_capacity:
    description: How many spectators the Lakeshore Arena holds
    type: count
    cues: [capacity, seats, "room for"]
    near: [arena, stadium, design]
"""


def page(name: str, tmp_path: Path, sidecar: str | None = None) -> Article:
    shutil.copy(FIXTURES / name, tmp_path / name)
    if sidecar is not None:
        (tmp_path / "sources.yaml").write_text(sidecar)
    loaded = load_articles([tmp_path / name])
    assert loaded.warnings == []
    (article,) = loaded.articles
    return article


STORY_AND_BOILERPLATE = [
    (
        "bay-tribune.html",
        [
            "voted 9 to 4 early on",
            "a capacity of 42,000 seats",
            "Years of delay",
            "planned for the 2028 season",
        ],
        [
            "cookies",  # the consent banner
            "Subscribe",  # the section menu
            "Refinance",  # an advertisement
            "Advertisement",
            "Related stories",
            "Rail yard cleanup",  # a related story's headline
            "Most Read",
            "Ferry fares",  # a "Most Read" headline
            "morning briefing",  # the newsletter box
            "All rights reserved",
        ],
    ),
    (
        "harbour-gazette.htm",
        ["who will pay for the roads", "seats 42,000 spectators", "against being an afterthought"],
        ["cookies", "Got it", "Log in", "You may also like", "Harbour festival", "Sponsored", "Share this"],
    ),
    (
        "civic-wire.html",
        ["room for 45,000 fans", "repaid over 30 years", "a further $64 million"],
        ["143 partners", "Reject all", "Front page", "Read more", "five charts", "Most read", "Tide gauge"],
    ),
]


@needs_html
@pytest.mark.parametrize(("name", "story", "boilerplate"), STORY_AND_BOILERPLATE)
def test_the_story_is_kept_and_the_boilerplate_left_out(
    tmp_path: Path, name: str, story: list[str], boilerplate: list[str]
) -> None:
    text = page(name, tmp_path).text
    assert [s for s in story if s not in text] == []
    assert [b for b in boilerplate if b.lower() in text.lower()] == []


@needs_html
def test_metadata_from_open_graph_json_ld_and_the_canonical_link(tmp_path: Path) -> None:
    tribune = page("bay-tribune.html", tmp_path)
    assert (tribune.id, tribune.source, tribune.title) == (
        "bay-tribune",
        "The Bay Tribune",
        "Council backs the Lakeshore stadium after a long night",
    )
    # The first publication, not the update of the next day: relative dates resolve against it.
    assert tribune.published == dt.date(2025, 3, 12)
    assert tribune.url == "https://www.baytribune.example/city/2025/03/12/council-backs-lakeshore-stadium"
    assert tribune.meta["author"] == "Rosa Delgado"


@needs_html
def test_metadata_from_json_ld_alone(tmp_path: Path) -> None:
    wire = page("civic-wire.html", tmp_path)
    expected = ("Civic Wire", "Arena deal: what the city is paying for", dt.date(2025, 3, 13))
    assert (wire.source, wire.title, wire.published) == expected


@needs_html
def test_a_date_only_in_the_url_is_found(tmp_path: Path) -> None:
    gazette = page("harbour-gazette.htm", tmp_path)
    assert (gazette.source, gazette.published) == ("Harbour Gazette", dt.date(2025, 3, 14))


@needs_html
def test_a_page_that_states_no_date_of_its_own_gets_none_rather_than_a_sidebar_date(tmp_path: Path) -> None:
    (tmp_path / "undated.html").write_text(
        "<html><head><title>Bakery</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Harbour bakery to close</h1><p>The bakery on Quay Street will close at the end of the "
        "month after sixty years, its owners said, blaming a rent rise of 40 percent.</p><p>Regulars "
        "queued around the block on Friday morning for a last loaf of the rye bread it is known for.</p>"
        "</article><aside><h2>Most Read</h2><ul><li>Updated January 9, 2025: ferry timetable "
        "changes</li></ul></aside></body></html>"
    )
    (article,) = load_articles([tmp_path]).articles
    assert "rent rise of 40 percent" in article.text and article.published is None


@needs_html
def test_a_page_in_a_legacy_encoding_is_read_as_its_charset_says(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><meta property="og:site_name" content="Café Times">'
        "</head><body><article><p>The café by the harbour seats 120 people, its owner said on Tuesday.</p>"
        "<p>It opened in 1998 and sells crêpes to the first ferry’s passengers.</p></article></body></html>"
    )
    (tmp_path / "cafe.html").write_bytes(html.encode("cp1252"))
    (article,) = load_articles([tmp_path]).articles
    assert article.source == "Café Times" and "crêpes" in article.text


@needs_html
def test_line_numbers_count_paragraphs_of_the_extracted_text(tmp_path: Path) -> None:
    tribune = page("bay-tribune.html", tmp_path)
    lines = tribune.text.splitlines()
    # One paragraph a line, a blank line between paragraphs; the headline is the title, not text.
    assert lines[0].startswith("After almost seven hours") and lines[1] == ""
    assert lines[2].startswith("The plan gives the arena") and lines[6] == "Years of delay"
    assert "Council backs" not in tribune.text
    assert tribune.body_line == 1 and "extracted text" in tribune.meta["lines"]
    capacity = next(s for s in split(tribune.text, tribune.body_line) if "42,000" in s.text)
    assert capacity.line == 3


@needs_html
def test_sources_yaml_overrides_and_completes_what_the_page_says(tmp_path: Path) -> None:
    sidecar = (
        "bay-tribune.html: {source: Bay Tribune (print), published: 2025-03-11}\n"
        "civic-wire.html: {url: 'https://civicwire.example/explainers/arena-deal-costs'}\n"
    )
    tribune = page("bay-tribune.html", tmp_path, sidecar)
    assert (tribune.source, tribune.published) == ("Bay Tribune (print)", dt.date(2025, 3, 11))
    assert tribune.title == "Council backs the Lakeshore stadium after a long night"  # kept from the page
    wire = page("civic-wire.html", tmp_path, sidecar)
    assert wire.url == "https://civicwire.example/explainers/arena-deal-costs"
    assert wire.source == "Civic Wire"


@needs_html
@pytest.mark.parametrize(
    ("content", "warning"),
    [
        (b"", "empty file, skipped"),
        # A page saved before its scripts ran: the story was never in it.
        (
            b"<html><head><script>app()</script></head><body><div id='root'></div></body></html>",
            "no article text",
        ),
        (b"\x00\x01\x02binary\x00", "no article text"),
    ],
)
def test_a_page_without_a_story_is_skipped_and_the_rest_read(
    tmp_path: Path, content: bytes, warning: str
) -> None:
    (tmp_path / "good.txt").write_text("A good article.\n")
    (tmp_path / "bad.html").write_bytes(content)
    loaded = load_articles([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    (problem,) = loaded.warnings
    assert problem.path == str(tmp_path / "bad.html") and warning in problem.message and problem.skipped


@pytest.fixture
def without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """trafilatura cannot be imported (None in sys.modules makes `import` raise ImportError)."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    pages._library.cache_clear()
    yield
    pages._library.cache_clear()


def test_without_trafilatura_a_page_is_skipped_naming_the_extra_and_the_rest_is_checked(
    tmp_path: Path, without_trafilatura: None
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURES / "bay-tribune.html", articles)
    (articles / "a.txt").write_text("The Lakeshore Arena has a capacity of 42,000.\n")
    (articles / "b.txt").write_text("The Lakeshore Arena has a capacity of 45,000.\n")
    (tmp_path / "rules.yaml").write_text(RULES)
    result = run_cli("check", articles, "--rules", tmp_path / "rules.yaml", "--no-cache", "--jobs", "1")
    assert result.returncode == 1  # a and b disagree: the batch went on
    assert f"{articles / 'bay-tribune.html'}: skipped: reading HTML pages needs trafilatura" in result.stderr
    assert "pip install 'checker[html]'" in result.stderr
    assert "42,000" in result.stdout and "45,000" in result.stdout


def mixed_folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bay-tribune.html", "harbour-gazette.htm"):
        shutil.copy(FIXTURES / name, articles)
    (articles / "radio.txt").write_text(
        "---\nsource: Harbour Radio\npublished: 2025-03-12\n---\n"
        "The Lakeshore Arena will have a capacity of 42,000 when it opens.\n"
    )
    records = [
        {
            "id": "wire-1",
            "source": "Metro Wire",
            "published": "2025-03-12T18:05:00Z",
            "url": "https://wire.example/arena",
            "title": "Arena approved",
            "text": "Councillors approved the Lakeshore Arena on Wednesday.\n\n"
            "The stadium will have a capacity of 48,000, officials said.",
        },
        {"id": "wire-2", "source": "Metro Wire", "text": "The harbour ferry runs every 20 minutes."},
    ]
    (articles / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (tmp_path / "rules.yaml").write_text(RULES)
    return articles


@needs_html
def test_a_mixed_folder_flags_a_page_and_a_feed_record_that_disagree(tmp_path: Path) -> None:
    articles = mixed_folder(tmp_path)
    result = run_cli(
        "check", articles, "--rules", tmp_path / "rules.yaml", "--format", "json", "--no-cache", "--jobs", "1"
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    paths = {a["id"]: a["path"] for a in report["articles"]}
    assert paths == {
        "bay-tribune": str(articles / "bay-tribune.html"),
        "harbour-gazette": str(articles / "harbour-gazette.htm"),
        "radio": str(articles / "radio.txt"),
        "wire-1": f"{articles / 'feed.jsonl'}:1",
        "wire-2": f"{articles / 'feed.jsonl'}:2",
    }
    (finding,) = report["findings"]
    sides = {side["value"]: sorted(side["articles"]) for side in finding["sides"]}
    assert sides == {42000: ["bay-tribune", "harbour-gazette", "radio"], 48000: ["wire-1"]}
    lines = {m["article"]: (m["path"], m["line"]) for side in finding["sides"] for m in side["mentions"]}
    assert lines["wire-1"] == (f"{articles / 'feed.jsonl'}:1", 3)  # line 3 of the record's text
    assert lines["bay-tribune"] == (str(articles / "bay-tribune.html"), 3)  # of the page's extracted text
    assert report["warnings"] == []
