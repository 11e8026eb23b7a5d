"""A record of a JSON Lines batch in every report: placed at its batch file and the batch's line that
holds it, with the line of the record's text beside it (never `feed.jsonl:12:3`); standard input as
`<stdin>`, never linked; `--against` telling corpus from new by file; the review page naming sources
as the text report does; what `check --help` says of inputs; how the text report counts skips."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, CliRun, run_cli

from checker.pipeline import check

RULES = "facts:\n  cap:\n    type: count\n    cues: [capacity]\n"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ("json", "sarif", "github", "junit", "markdown", "html", "text")
NEVER = re.compile(r"\.jsonl:\d+:\d+|<stdin>:\d+:\d+|\.jsonl%3A\d+|stdin&gt;:\d+:\d+")
RECORD_TEXT = "line 3 of the record's text"


def record(id: str, source: str, text: str) -> str:
    return json.dumps({"id": id, "source": source, "text": text})


def front(source: str, id: str | None = None) -> str:
    return f"---\nsource: {source}\n" + (f"id: {id}\n" if id else "") + "---\n\n"


def write(root: Path, files: dict[str, str]) -> Path:
    (root / "rules.yaml").write_text(RULES, encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


# Line 1 a record (its value on line 3 of its text), line 2 not JSON, line 3 blank, line 4 a record.
FEED = "\n".join(
    [
        record("w1", "Metro Wire", "Councillors met on Monday.\n\nThe hall has a capacity of 900 people."),
        "{oops",
        "",
        record("w4", "City Desk", "An introduction.\n\nThe hall has a capacity of 950 people."),
    ]
)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch with two records that disagree, a text file, and a file that is skipped."""
    return write(
        tmp_path_factory.mktemp("mixed"),
        {
            "batch/feed.jsonl": FEED + "\n",
            "batch/post.md": front("Harbour Post") + "The hall has a capacity of 900 people.\n",
            "batch/empty.txt": "",
        },
    )


def run(root: Path, *args: str, input: str | None = None) -> CliRun:
    return run_cli(
        "check", *args, "--rules", "rules.yaml", "--no-cache", "--jobs", "1", cwd=root, input=input
    )


def every_format(root: Path, *args: str, input: str | None = None) -> dict[str, Any]:
    """One run writing every format into `root/out`: the texts, and the run itself."""
    out = root / "out"
    out.mkdir(exist_ok=True)
    specs = [arg for name in FORMATS for arg in ("-O", f"{name}={out / name}")]
    result = run(root, *args, "-q", *specs, input=input)
    assert result.returncode in (0, 1), result.stderr
    return {"run": result, **{name: (out / name).read_text(encoding="utf-8") for name in FORMATS}}


@pytest.fixture(scope="module")
def reports(mixed: Path) -> dict[str, Any]:
    return every_format(mixed, "batch")


def lines_of(root: Path, file: str) -> list[str]:
    return (root / file).read_text(encoding="utf-8").splitlines()


def valid_sarif(text: str) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(text)
    if SARIF_SCHEMA.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)
        validator(schema, format_checker=validator.FORMAT_CHECKER).validate(log)
    return log


def path_links(page: str) -> list[tuple[str | None, str]]:
    """(href or None, text) of every place a quote is shown at on the review page."""
    found = re.findall(r'<(?:a|span) class="path mono"(?: href="([^"]*)")?[^>]*>([^<]*)</(?:a|span)>', page)
    return [(html.unescape(href) or None, html.unescape(text)) for href, text in found]


# --- every format, on a batch beside a text file ------------------------------------------------------


def test_no_report_names_a_record_by_two_line_numbers(reports: dict[str, Any]) -> None:
    for name in FORMATS:
        assert not NEVER.search(reports[name]), name


def test_json_keeps_paths_and_ids_and_adds_the_file_and_the_record(reports: dict[str, Any]) -> None:
    data = json.loads(reports["json"])
    assert data["version"] == "1.4"
    articles = [(a["id"], a["path"], a["file"], a["record"]) for a in data["articles"]]
    assert articles == [
        ("w1", "batch/feed.jsonl:1", "batch/feed.jsonl", 1),
        ("w4", "batch/feed.jsonl:4", "batch/feed.jsonl", 4),
        ("post", "batch/post.md", "batch/post.md", None),
    ]
    (finding,) = data["findings"]
    places = {m["article"]: m for side in finding["sides"] for m in side["mentions"]}
    assert {k: (m["path"], m["line"], m["file"], m["file_line"]) for k, m in places.items()} == {
        "w1": ("batch/feed.jsonl:1", 3, "batch/feed.jsonl", 1),
        "w4": ("batch/feed.jsonl:4", 3, "batch/feed.jsonl", 4),
        "post": ("batch/post.md", 5, "batch/post.md", 5),
    }


def test_sarif_locations_are_the_batch_and_the_records_line(mixed: Path, reports: dict[str, Any]) -> None:
    run = valid_sarif(reports["sarif"])["runs"][0]
    (result,) = run["results"]
    seen = {}
    for location in result["locations"]:
        where = location["physicalLocation"]
        uri, line = where["artifactLocation"]["uri"], where["region"]["startLine"]
        assert (mixed / uri).is_file()
        assert location["properties"]["written"] in lines_of(mixed, uri)[line - 1]
        seen[location["properties"]["article"]] = (uri, line, location["message"]["text"])
    assert seen["w1"] == ("batch/feed.jsonl", 1, f"w1 (side 1): “900”, {RECORD_TEXT}")
    assert seen["w4"] == ("batch/feed.jsonl", 4, f"w4 (side 2): “950”, {RECORD_TEXT}")
    assert seen["post"] == ("batch/post.md", 5, "post (side 1): “900”")
    skipped = [n for n in run["invocations"][0]["toolExecutionNotifications"] if "locations" in n]
    places = [n["locations"][0]["physicalLocation"] for n in skipped]
    assert places == [
        {"artifactLocation": {"uri": "batch/empty.txt"}},
        {"artifactLocation": {"uri": "batch/feed.jsonl"}, "region": {"startLine": 2}},
    ]


def test_github_annotates_the_batch_at_the_records_line(reports: dict[str, Any]) -> None:
    (line,) = reports["github"].splitlines()
    assert line.startswith("::error file=batch/feed.jsonl,line=1,title=cap::cap: sources disagree: ")
    assert f"%0AMetro Wire (batch/feed.jsonl:1, {RECORD_TEXT}): “900”" in line
    assert "%0AHarbour Post (batch/post.md:5): “900”" in line
    assert f"%0ACity Desk (batch/feed.jsonl:4, {RECORD_TEXT}): “950”" in line


def test_junit_places_each_side_at_its_file(reports: dict[str, Any]) -> None:
    (failure,) = ET.fromstring(reports["junit"]).iter("failure")
    details = failure.text or ""
    assert f"side 1: w1 (batch/feed.jsonl:1, {RECORD_TEXT}): “900”" in details
    assert f"side 2: w4 (batch/feed.jsonl:4, {RECORD_TEXT}): “950”" in details
    assert "side 1: post (batch/post.md:5): “900”" in details


def test_text_and_markdown_give_a_records_line_in_its_batch_and_in_its_text(reports: dict[str, Any]) -> None:
    text = reports["text"]
    assert text.startswith("checker: 3 articles, 1 fact, 1 finding, 1 file and 1 record skipped\n")
    rows = {line.split()[0]: line for line in text.splitlines() if "The hall has" in line}
    assert re.search(r"  1 \(3\)  The hall", rows["Metro"]) and re.search(
        r"  4 \(3\)  The hall", rows["City"]
    )
    assert re.search(r"  5      The hall", rows["Harbour"])
    markdown = reports["markdown"]
    assert markdown.splitlines()[0].endswith("across 3 articles; 1 file and 1 record skipped")
    assert (
        "| Metro Wire | 900 | 900 | 1 (3) | " in markdown and "| Harbour Post | 900 | 900 | 5 | " in markdown
    )


def test_the_review_page_links_each_record_to_its_batch(mixed: Path, reports: dict[str, Any]) -> None:
    links = path_links(reports["html"])
    feed, post = (mixed / "batch" / "feed.jsonl").as_uri(), (mixed / "batch" / "post.md").as_uri()
    assert sorted(set(links)) == [
        (feed, "batch/feed.jsonl:1"),
        (feed, "batch/feed.jsonl:4"),
        (post, "batch/post.md:5"),
    ]
    beside = '<span class="muted">(line 3 of the record&#x27;s text)</span>'
    assert f"batch/feed.jsonl:1</a> {beside}" in reports["html"]
    assert "<summary>Skipped: 1 file and 1 record (2)</summary>" in reports["html"]
    table = reports["html"].split('<section id="articles"', 1)[1]
    assert f'href="{feed}" rel="noopener noreferrer">batch/feed.jsonl:4</a>' in table


def test_strict_names_what_was_skipped(mixed: Path) -> None:
    result = run(mixed, "batch", "--strict", "-q")
    assert result.returncode == 3
    assert "checker: incomplete run: 1 file and 1 record skipped" in result.stderr


def test_only_records_skipped_are_counted_as_records(tmp_path: Path) -> None:
    root = write(
        tmp_path, {"feed.jsonl": f"{record('a', 'Wire', 'The hall has a capacity of 9.')}\n[]\n{{\n"}
    )
    assert run(root, "feed.jsonl").stdout.startswith(
        "checker: 1 article, 1 fact, 0 findings, 2 records skipped\n"
    )


# --- standard input -------------------------------------------------------------------------------------


def test_standard_input_is_named_never_linked(tmp_path: Path) -> None:
    root = write(tmp_path, {"post.md": front("Harbour Post") + "The hall has a capacity of 900 people.\n"})
    stdin = "\n".join([FEED, record("w5", "Third Wire", "Its capacity is 950 people.")]) + "\n"
    reports = every_format(root, "-", "post.md", input=stdin)
    for name in FORMATS:
        assert not NEVER.search(reports[name]), name
    data = json.loads(reports["json"])
    assert [(a["id"], a["path"], a["file"], a["record"]) for a in data["articles"]][:2] == [
        ("w1", "<stdin>:1", "<stdin>", 1),
        ("w4", "<stdin>:4", "<stdin>", 4),
    ]
    (result,) = valid_sarif(reports["sarif"])["runs"][0]["results"]
    where = {
        loc["properties"]["article"]: loc["physicalLocation"]["artifactLocation"]
        for loc in result["locations"]
    }
    assert where["w4"] == {"description": {"text": "<stdin>"}}  # named, no URI: there is no file
    lines = {
        loc["properties"]["article"]: loc["physicalLocation"]["region"]["startLine"]
        for loc in result["locations"]
    }
    assert lines == {"w1": 1, "w4": 4, "w5": 5, "post": 5}
    # The first source is on standard input: the annotation names no file, its message does.
    (line,) = reports["github"].splitlines()
    assert line.startswith("::error title=cap::") and f"(<stdin>:4, {RECORD_TEXT})" in line
    links = path_links(reports["html"])
    assert (None, "<stdin>:1") in links and (None, "<stdin>:4") in links
    assert ((root / "post.md").as_uri(), "post.md:5") in links


# --- --against: a record belongs to its file ------------------------------------------------------------


CORPUS = {
    "corpus/old.jsonl": "\n".join(
        [
            record("c1", "Old Wire", "The hall has a capacity of 900 people."),
            record("c2", "Old Post", "The hall has a capacity of 800 people."),  # a corpus-only dispute
        ]
    )
    + "\n",
    "corpus/notes.md": front("Notes") + "The hall has a capacity of 900 people.\n",
}


def new_flags(report: Any) -> dict[str, bool]:
    return {a.id: a.id not in report.corpus for a in report.articles}


def test_a_jsonl_batch_against_a_corpus_with_a_jsonl_file(tmp_path: Path) -> None:
    batch = "\n".join(
        [
            record("n1", "New Wire", "The hall has a capacity of 950 people."),
            record("n2", "Other Wire", "The hall has a capacity of 900 people."),
        ]
    )
    root = write(tmp_path, {**CORPUS, "batch/new.jsonl": batch + "\n"})
    result = run(root, "batch/new.jsonl", "--against", "corpus", "-f", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert {a["id"]: a["new"] for a in data["articles"]} == {
        "n1": True,
        "n2": True,
        "c1": False,
        "c2": False,
        "notes": False,
    }
    (finding,) = data["findings"]
    assert "n1" in finding["articles"]
    text = run(root, "batch/new.jsonl", "--against", "corpus").stdout
    assert text.startswith("checker: 2 new articles checked against 3, 1 fact, 1 finding\n")
    assert "New Wire (new)" in text and "Old Wire (new)" not in text


def test_the_corpus_batch_stays_corpus_beside_a_new_text_file(tmp_path: Path) -> None:
    root = write(tmp_path, {**CORPUS, "new.md": front("Fresh") + "The hall opened on Monday.\n"})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        report = check(["rules.yaml"], ["new.md"], against=["corpus"])
    assert new_flags(report) == {"c1": False, "c2": False, "notes": False, "new": True}
    # The corpus's own dispute (800 against 900) is none of the new article's: it is left out.
    assert report.findings == ()


def test_standard_input_against_a_corpus_and_as_the_corpus(tmp_path: Path) -> None:
    root = write(tmp_path, CORPUS)
    stdin = record("s1", "Stdin Wire", "The hall has a capacity of 950 people.") + "\n"
    as_batch = json.loads(run(root, "-", "--against", "corpus", "-f", "json", input=stdin).stdout)
    assert {a["id"]: a["new"] for a in as_batch["articles"]}["s1"] is True
    assert sum(a["new"] for a in as_batch["articles"]) == 1
    as_corpus = json.loads(run(root, "corpus/notes.md", "--against", "-", "-f", "json", input=stdin).stdout)
    assert {a["id"]: a["new"] for a in as_corpus["articles"]} == {"s1": False, "notes": True}
    both = json.loads(run(root, "-", "--against", "-", "-f", "json", input=stdin).stdout)
    assert [(a["id"], a["new"]) for a in both["articles"]] == [("s1", True)]  # given both ways: new


def test_records_are_reported_in_line_order(tmp_path: Path) -> None:
    lines = [record("dup", "Wire", "The hall has a capacity of 900 people.")]
    lines += [record(f"r{i}", "Wire", "Nothing here.") for i in range(2, 10)]
    lines.append(record("dup", "Post", "The hall has a capacity of 950 people."))
    root = write(tmp_path, {"feed.jsonl": "\n".join(lines) + "\n"})
    data = json.loads(run(root, "feed.jsonl", "-f", "json").stdout)
    assert [a["record"] for a in data["articles"]] == list(range(1, 11))
    assert (data["articles"][0]["id"], data["articles"][-1]["id"]) == ("dup", "dup@feed.jsonl:10")


# --- the review page names sources as the text report does -------------------------------------------


def test_the_review_page_names_sources_and_marks_new_articles(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "corpus/am.md": front("Daily Planet", "am") + "The hall has a capacity of 900 people.\n",
            "corpus/pm.md": front("Daily Planet", "pm") + "The hall has a capacity of 900 people.\n",
            "batch/wire.md": front("Wire", "wire") + "The hall has a capacity of 950 people.\n",
        },
    )
    page = run(root, "batch", "--against", "corpus", "-f", "html").stdout
    text = run(root, "batch", "--against", "corpus").stdout
    (message,) = re.findall(r'<p class="message">([^<]*)</p>', page)
    expected = "cap: sources disagree: 900 (Daily Planet [am], Daily Planet [pm]: “900”) vs 950 (Wire: “950”)"
    assert html.unescape(message) == expected
    assert f"  error    {expected}" in text
    captions = re.findall(r'<span class="source">([^<]*)</span>( <span class="badge new">new</span>)?', page)
    badge = ' <span class="badge new">new</span>'
    assert sorted(captions) == [("Daily Planet [am]", ""), ("Daily Planet [pm]", ""), ("Wire", badge)]
    assert "stated by Wire (new)</p>" in page and "stated by Daily Planet [am], Daily Planet [pm]</p>" in page
    assert '<tr id="article-wire" class="new">' in page and '<tr id="article-am">' in page
    assert "<dd>3 (1 new, 2 corpus)</dd>" in page
    plain = run(root, "batch", "corpus", "-f", "html").stdout
    assert "badge new" not in plain and 'class="new"' not in plain and "(new)" not in plain


# --- what `check --help` says of inputs -----------------------------------------------------------------


def test_check_help_lists_every_input_kind_and_the_readme_section() -> None:
    result = run_cli("check", "--help")
    assert result.returncode == 0
    shown = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stdout).split())
    for kind in (".txt", ".md", ".html", ".htm", ".jsonl", "- for a JSON Lines batch on standard input"):
        assert kind in shown, kind
    assert "See README.md, section Articles." in shown
    assert "\n## Articles\n" in (ROOT / "README.md").read_text(encoding="utf-8")
