"""The editor's review page (--format html): its structure on real runs (the shipped corpus with a
reviews file, and a small corpus with a disagreement and a hostile article), escaping of untrusted
text, and the page in a real headless Chromium: cards, filters, no console errors, no injected script
run. The browser test saves the screenshot the README shows (docs/review-page.png)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_cli

from checker.models import Report
from checker.pipeline import check
from checker.reporters import REPORTERS, html_assets
from checker.reporters import html as html_report
from checker.reporters.evidence import Evidence, differences
from checker.reviews import load as load_reviews

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOT = ROOT / "docs" / "review-page.png"
VOID = {"meta", "br", "input", "img", "link", "hr", "area", "base", "col", "embed", "source", "wbr"}

RULES = """\
facts:
  prison_capacity:
    description: How many inmates the prison can hold
    type: count
    cues: [hold, capacity]
  opening_year:
    description: The year the prison opened
    type: year
    cues: [opened]
"""
CALM = """\
---
source: Calm Wire
title: The prison in numbers
published: 2025-02-04
url: https://example.org/calm
---

The prison can hold 40,000 inmates, officials said.

The prison opened in 2023 after two years of work.
"""
# Markup and script in the front matter (source, title, url) and in the sentence that is quoted.
HOSTILE = """\
---
source: <img src=x onerror="window.__pwned='source'">Evil Times
title: <script>window.__pwned='title'</script>Breaking
published: 2025-02-04
url: javascript:window.__pwned='url'
---

The prison can hold 45,000 inmates <script>window.__pwned='text'</script> and \
<img src=x onerror="window.__pwned='attr'"> more \u202e reversed.

The prison opened in 2023, the ministry said.
"""
TEXT_PAYLOAD = "<script>window.__pwned='text'</script>"
ATTR_PAYLOAD = "<img src=x onerror=\"window.__pwned='attr'\">"


# --- a small DOM, read with the standard library's parser ---------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.walk()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.attrs.get("class", "").split())
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, (tag, cls, attrs, len(found))
        return found[0]


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [tree.root], "unclosed elements"
    return tree.root


def squash(text: str) -> str:
    return " ".join(text.split())


# --- reports from real inputs -------------------------------------------------------------------------


def _shipped(reviews: Path | None = None) -> Report:
    """The shipped corpus, read from the project folder so that paths are shown as an editor gives them."""
    with contextlib.chdir(ROOT):
        return check(
            ["rules"], ["articles"], reviews=load_reviews(reviews, required=True) if reviews else None
        )


def page_of(report: Report) -> str:
    """The page, rendered where the run read its files (file links are made absolute from there)."""
    with contextlib.chdir(ROOT):
        return html_report.render(report)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The shipped corpus, its approval_rating finding disputed, and one stale decision."""
    finding = next(f for f in _shipped().findings if f.fact == "approval_rating")
    reviews = tmp_path_factory.mktemp("reviews") / "reviews.yaml"
    reviews.write_text(
        f"{finding.fingerprint}:\n  status: disputed\n  note: NYT rounds 90.6 up\n  by: ana\n"
        "  date: 2025-02-06\n"
        "gone_fact:0123456789abcdef:\n  status: accepted\n  note: an old decision\n",
        encoding="utf-8",
    )
    return _shipped(reviews)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small story: two sources disagree on the capacity; the second is hostile."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "articles").mkdir()
    (root / "rules").mkdir()
    (root / "rules" / "story.yaml").write_text(RULES, encoding="utf-8")
    (root / "articles" / "calm.md").write_text(CALM, encoding="utf-8")
    (root / "articles" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile(corpus: Path) -> Report:
    return check([str(corpus / "rules")], [str(corpus / "articles")])


# --- the format on the command line -------------------------------------------------------------------


def test_html_is_a_format_of_check(tmp_path: Path) -> None:
    assert "html" in REPORTERS
    out = tmp_path / "review.html"
    run = run_cli("check", "articles", "--rules", "rules", "--no-cache", "-f", "html", "-O", f"html={out}")
    assert run.returncode == 1, run.stderr
    assert run.stdout.startswith("<!DOCTYPE html>") and run.stdout.rstrip().endswith("</html>")
    assert out.read_text(encoding="utf-8") == run.stdout
    assert len(parse(run.stdout).all("article", "card")) == 3


def test_min_severity_trims_the_page_like_the_text_report() -> None:
    run = run_cli(
        "check", "articles", "--rules", "rules", "--no-cache", "-f", "html", "--min-severity", "error"
    )
    assert run.returncode == 1
    assert "below --min-severity error not shown in html" in run.stderr
    severities = {s.attrs["data-severity"] for s in parse(run.stdout).all("section", "finding")}
    assert severities == {"error"}


# --- structure ------------------------------------------------------------------------------------------


def test_one_card_per_fact_with_findings_in_report_order(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    cards = doc.all("article", "card")
    flagged = [f.id for f in shipped.facts if any(x.fact == f.id for x in shipped.findings)]
    assert [c.attrs["data-fact"] for c in cards] == flagged
    for finding in shipped.findings:
        section = doc.one("section", "finding", data_fingerprint=finding.fingerprint)
        assert section.attrs["data-severity"] == finding.severity.value
        assert squash(section.one("p", "message").text()) == squash(finding.readable)  # sources by name
        assert finding.fingerprint in section.one("code", "fingerprint").text()
        assert section.one(cls="kind").text() == finding.kind.value
        assert len(section.all("div", "side")) == len(finding.sides)


def test_each_source_quotes_its_sentence_with_the_value_marked(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    evidence = Evidence(shipped)
    for finding in shipped.findings:
        section = doc.one("section", "finding", data_fingerprint=finding.fingerprint)
        for side_node, places in zip(section.all("div", "side"), evidence.places(finding), strict=True):
            figures = side_node.all("figure", "mention")
            assert [f.attrs["data-article"] for f in figures] == [p.mention.article for p in places]
            for figure, place in zip(figures, places, strict=True):
                m = place.mention
                quote = figure.one("blockquote")
                assert squash(quote.text()) == squash(m.quote)
                assert quote.one("mark").text() == m.value.text
                pairs = zip(figure.all("dt"), figure.all("dd"), strict=True)
                shown = {k.text(): v.text() for k, v in pairs}
                assert shown["written"] == m.value.text and shown["line"] == str(m.line)
                assert shown["qualifier"] == (m.value.qualifier.words if m.value.qualifier else "none")
                assert Path(place.path).name in figure.one("figcaption").text()


def test_differences_are_the_json_reports(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    for finding in shipped.findings:
        abs_diff, rel_diff = differences(finding)
        section = doc.one("section", "finding", data_fingerprint=finding.fingerprint)
        if abs_diff is None:
            assert not section.all(cls="difference")
            continue
        shown = section.one("p", "difference").text()
        assert f"abs {abs_diff:,}" in shown and f"rel {rel_diff:g}" in shown


def test_summary_reviews_and_stale_decisions(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    summary = {
        n.attrs["data-summary"]: n.one("dd").text() for n in doc.all("div") if "data-summary" in n.attrs
    }
    assert summary["articles"] == "5" and summary["facts"] == "10"
    assert summary["findings"] == "3 (2 error, 1 warning)"
    assert summary["reviewed"] == "1 of 3"
    assert summary["skipped"] == "0" and summary["stale reviews"] == "1"
    assert "gone_fact:0123456789abcdef" in doc.one("details", id="stale").text()
    disputed = [s for s in doc.all("section", "finding") if s.attrs["data-review"] == "disputed"]
    assert [s.attrs["data-fingerprint"].split(":")[0] for s in disputed] == ["approval_rating"]
    note = disputed[0].one("p", "review-note").text()
    assert "disputed" in note and "NYT rounds 90.6 up" in note and "ana" in note and "2025-02-06" in note


def test_filters_offer_every_severity_review_state_and_flagged_fact(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    boxes = {(n.attrs["name"], n.attrs["value"]) for n in doc.all("input")}
    assert {("severity", s) for s in ("error", "warning", "info")} <= boxes
    assert {("review", s) for s in ("unreviewed", "accepted", "disputed", "wrong-extraction")} <= boxes
    options = [o.attrs["value"] for o in doc.one("select", id="fact-filter").all("option")]
    assert options == ["", *(c.attrs["data-fact"] for c in doc.all("article", "card"))]


def test_facts_without_findings_say_what_each_source_says(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    rows = {
        r.attrs["data-fact"]: r for r in doc.one("section", id="quiet").all("tr") if "data-fact" in r.attrs
    }
    flagged = {f.fact for f in shipped.findings}
    assert set(rows) == {f.id for f in shipped.facts} - flagged
    for fact in shipped.facts:
        if fact.id in rows:
            assert len(rows[fact.id].all("li")) == max(len(fact.mentions), 1)


def test_articles_link_to_their_url_and_file(shipped: Report) -> None:
    doc = parse(page_of(shipped))
    table = doc.one("section", id="articles")
    hrefs = {a.attrs["href"] for a in table.all("a")}
    for article in shipped.articles:
        assert article.url in hrefs
        assert (ROOT / article.path).as_uri() in hrefs


def test_an_empty_report_is_a_valid_page() -> None:
    doc = parse(html_report.render(Report((), (), ())))
    assert not doc.all("article", "card") and "No findings" in doc.one("main").text()


# --- untrusted text -------------------------------------------------------------------------------------


def test_hostile_text_title_source_and_url_stay_text(hostile: Report) -> None:
    page = html_report.render(hostile)
    assert [f.fact for f in hostile.findings] == ["prison_capacity"]
    doc = parse(page)
    # The only script is the page's own, no element carries an event handler, nothing is loaded.
    assert [s.text() for s in doc.all("script")] == [html_assets.JS]
    assert not doc.all("img") and not doc.all("iframe") and not doc.all("link")
    for node in doc.walk():
        assert not [k for k in node.attrs if k.startswith("on")], node
        assert "src" not in node.attrs, node
        assert not node.attrs.get("href", "").lower().startswith("javascript"), node
    # The payloads are shown to the editor as the text they are.
    quote = doc.one("figure", "mention", data_article="hostile").one("blockquote").text()
    assert TEXT_PAYLOAD in quote and ATTR_PAYLOAD in quote and "\\u202e" in quote
    assert "<script>window" not in page and "<img" not in page and "\u202e" not in page
    assert "&lt;script&gt;window.__pwned=&#x27;text&#x27;&lt;/script&gt;" in page
    titles = doc.one("section", id="articles").text()
    assert "<script>window.__pwned='title'</script>Breaking" in titles
    assert "<img src=x onerror=\"window.__pwned='source'\">Evil Times" in titles


def test_the_policy_allows_only_the_pages_own_style_and_script(hostile: Report) -> None:
    doc = parse(html_report.render(hostile))
    policy = doc.one("meta", http_equiv="Content-Security-Policy").attrs["content"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"

    def sha(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert directives["script-src"] == sha(doc.one("script").text())
    assert directives["style-src"] == sha(doc.one("style").text())
    assert "unsafe-inline" not in policy and "http" not in policy


def test_the_page_is_ascii_whatever_the_articles_hold(hostile: Report) -> None:
    page = html_report.render(hostile)
    assert page.isascii()
    assert html_report.esc("a\u202eb<c>\x1b") == "a\\u202eb&lt;c&gt;\\x1b"


# --- in a real browser ----------------------------------------------------------------------------------


def _browser_or_skip() -> Any:
    """Playwright's entry point; a skip saying what is missing (a failure in CI, which installs both)."""
    missing = pytest.fail if os.environ.get("CHECKER_BROWSER_TEST") == "required" else pytest.skip
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package is missing: pip install playwright (no browser download needed)")
    return sync_playwright


@dataclass
class Watch:
    """What a page did: console errors, uncaught errors, requests other than the page itself."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _open(browser: Any, path: Path) -> tuple[Any, Watch]:
    page = browser.new_page(viewport={"width": 1280, "height": 1200}, color_scheme="light")
    watch = Watch()
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("request", lambda r: watch.requests.append(r.url) if r.url != path.as_uri() else None)
    page.goto(path.as_uri())
    return page, watch


def _visible(page: Any) -> list[str]:
    return list(page.eval_on_selector_all("#cards .card:not([hidden])", "cs => cs.map(c => c.dataset.fact)"))


def _expected(report: Report, severities: set[str], reviews: set[str], fact: str = "") -> list[str]:
    """The facts whose card a filter state should show: a finding passing both check lists."""
    keep = {
        f.fact
        for f in report.findings
        if f.severity.value in severities and html_report.review_state(f) in reviews
    }
    return [f.id for f in report.facts if f.id in keep and fact in ("", f.id)]


def _filters(report: Report, page: Any) -> None:
    severities, reviews = {"error", "warning", "info"}, set(html_report.REVIEW_STATES)
    assert page.is_visible("#filters")
    assert _visible(page) == _expected(report, severities, reviews)
    for level in ("error", "warning"):
        page.uncheck(f'input[name="severity"][value="{level}"]')
        shown = _expected(report, severities - {level}, reviews)
        assert _visible(page) == shown and shown != _expected(report, severities, reviews)
        assert page.inner_text("#shown").startswith(f"{len(shown)} of ")
        page.check(f'input[name="severity"][value="{level}"]')
    page.uncheck('input[name="review"][value="unreviewed"]')
    assert _visible(page) == ["approval_rating"] == _expected(report, severities, reviews - {"unreviewed"})
    page.check('input[name="review"][value="unreviewed"]')
    page.uncheck('input[name="review"][value="disputed"]')
    assert "approval_rating" not in _visible(page)
    page.click("#show-all")
    for fact in _expected(report, severities, reviews):
        page.select_option("#fact-filter", fact)
        assert _visible(page) == [fact]
        quiet_rows = page.eval_on_selector_all("#quiet tr[data-fact]:not([hidden])", "rs => rs.length")
        assert quiet_rows == 0
    page.click("#show-all")
    assert _visible(page) == _expected(report, severities, reviews)


def _save_screenshot(page: Any) -> None:
    """The README's picture; rewritten only when the page looks different."""
    png = page.screenshot(full_page=False)
    if not SCREENSHOT.exists() or SCREENSHOT.read_bytes() != png:
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)


def test_the_page_in_chromium(shipped: Report, hostile: Report, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    review_page, hostile_page = tmp_path / "review.html", tmp_path / "hostile.html"
    review_page.write_text(page_of(shipped), encoding="utf-8")
    hostile_page.write_text(html_report.render(hostile), encoding="utf-8")
    started = time.monotonic()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page, watch = _open(browser, review_page)
            assert page.locator("#cards .card").count() == 3
            assert page.locator("#cards .card mark").count() >= 6
            _filters(shipped, page)
            _save_screenshot(page)
            assert watch.errors == [] and watch.requests == []

            page, watch = _open(browser, hostile_page)
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.evaluate("document.scripts.length") == 1
            assert page.evaluate("document.images.length") == 0
            quote = page.inner_text('figure[data-article="hostile"] blockquote')
            assert TEXT_PAYLOAD in quote and ATTR_PAYLOAD in quote
            assert page.locator('a[href^="javascript"]').count() == 0
            page.click('figure[data-article="hostile"] .source')  # its javascript: URL is not a link
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert watch.errors == [] and watch.requests == []
        finally:
            browser.close()
    assert time.monotonic() - started < 60


def test_the_readme_shows_the_screenshot() -> None:
    assert "(docs/review-page.png)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG")
