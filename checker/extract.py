"""Extraction, per article: split → match → normalize → choose. The unit of work of every engine."""

from __future__ import annotations

import bisect
import functools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path

from checker import language
from checker.articles import Sidecars, iter_articles
from checker.cache import Cache
from checker.cues import CueHits, CueIndex, Words
from checker.cues_es import localize, words_in
from checker.errors import Problem
from checker.models import ARTICLE_TIME_BUDGET, Article, Extracted, Mention, Tick, Value
from checker.rulebook import RuleSet
from checker.select import (
    BULLET,
    ORDINAL_KINDS,
    PER_CLAUSE,
    PER_WORD,
    QUANTITY_POINTER,
    WHOLE,
    Candidate,
    Context,
    FactMatcher,
    Page,
    Rejected,
    breakdowns,
    candidates,
    choose,
    context,
    further_items,
    is_caption,
    is_row,
    may_hold_ordinal,
    points_back,
    served_without_cue,
)
from checker.sentences import Sentence, clean, iter_split, split
from checker.tables import TOTAL_ROW, header_above, row_cells
from checker.values.dates import ANCHORED_DAY, NarrativeYears, anchored_days, find_dates, with_year
from checker.values.kinds import values
from checker.values.scan import Scan

# ARTICLE_TIME_BUDGET (from checker.models) is read when `extract` is called, so a caller may set
# it here; Extracted and Tick live in checker.models so that the engines load this module only
# when an article must be read.


class ArticleTimeout(Exception):
    """An article's extraction ran past its time budget and was stopped: the caller should skip the
    article with a warning. Pickles as it is (engines run extraction in other processes)."""

    def __init__(self, article_id: str, path: str, budget: float, elapsed: float) -> None:
        super().__init__(article_id, path, budget, elapsed)
        self.article_id, self.path, self.budget, self.elapsed = article_id, path, budget, elapsed

    def __str__(self) -> str:
        return (
            f"{self.path}: extraction stopped after {self.elapsed:.1f} s "
            f"(the time budget per article is {self.budget:g} s)"
        )


@dataclass
class Evidence:
    """Everything the matcher saw for one fact in one article (what `explain` shows)."""

    found: list[Candidate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class SentenceView:
    """A sentence with its words and values computed once, on first use, and shared by all rules."""

    def __init__(
        self, sentence: Sentence, article: Article, years: NarrativeYears | None = None, lang: str = "en"
    ) -> None:
        self.sentence = sentence
        self.article = article
        self.lang = lang  # the article's language: its words and values are read in it
        self.scan = Scan(sentence.text, article.published, lang, not groups_with_commas(article.text))
        self.years = years  # for an article with no publication date: the year its story is in

    @cached_property
    def ordinal(self) -> bool:
        """The sentence may number a cue with an ordinal ("their third title"): read once, for every rule."""
        return may_hold_ordinal(self.sentence.text)

    @cached_property
    def words(self) -> Words:
        return words_in(self.sentence.text, self.lang)

    def values(self, kind: str) -> list[Value]:
        return self.dates if kind == "date" else values(self.scan, kind)

    @cached_property
    def dates(self) -> list[Value]:
        """The sentence's dates: a day written without its year in an undated article read in the
        story's year, and days told from the last one named ("the next day") read from it."""
        found = self._in_story_year(values(self.scan, "date"), self.sentence.start)
        if not ANCHORED_DAY.search(self.sentence.text):
            return found
        start = max(0, self.sentence.start - ANCHOR_WINDOW)
        window = self.article.text[start : self.sentence.start]
        earlier = self._in_story_year(find_dates(window, self.article.published, self.lang), start)
        anchors = [replace(v, start=v.start - len(window), end=v.end - len(window)) for v in earlier]
        told = [
            v
            for v in anchored_days(self.sentence.text, anchors + found)
            if not any(f.start < v.end and v.start < f.end for f in found)
        ]
        return sorted(found + told, key=lambda v: v.start)

    def _in_story_year(self, found: list[Value], offset: int) -> list[Value]:
        """`found` (read at `offset` in the article), each yearless day put in the story's year."""
        years = self.years
        if years is None:
            return found
        return [with_year(v, year) if (year := years.at(offset + v.start)) is not None else v for v in found]


COMMA_GROUP = re.compile(r"\d,\d{3}(?!\d)")  # "11,955,434": thousands grouped with commas


@functools.lru_cache(maxsize=64)
def groups_with_commas(text: str) -> bool:
    """The article writes thousands with commas, so plain spaces between digits part columns."""
    return COMMA_GROUP.search(text) is not None


ANCHOR_WINDOW = 600  # characters before a sentence searched for the day "the next day" counts from
LABEL_ABOVE = 10.0  # rank a row's figure loses when its cue is the label on the line above
HEADER_COLUMN = 5.0  # rank a row's figure loses when its cue is its column's name in the header
SECTION_REACH = 12  # rows above a row searched for its section's heading
# A field whose value is a name: capitalised words after the label ("Successor Charles III").
NAME_WORD = re.compile(r"(?<=\s)(?-i:[A-Z])\w*")
BRACKETED = re.compile(r"\([^()]*\)")
# A heading among rows: words with no figure (but one run into a word: "10-minute", "Category
# 5-equivalent"), no value run into a label ("Areas affectedMadagascar") and no filled cell after
# the first ("Very intense tropical cyclone | |", not "Areas affected | Madagascar |").
SECTION_HEADING = re.compile(
    r"(?!.*(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]*-[^\W\d_]))"
    r"(?!.*(?-i:[a-z][A-Z]))"
    r"[^|,\n]*[^\W\d_][^|,\n]*(?:\|\s*)*$"
)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A link an election's infobox shows among its rows, no heading of the rows under it.
LINK_LINE = re.compile(r"Opinion polls?", re.I)
DIGIT = re.compile(r"\d")
# An infobox's numbered fields, one line each ("- Nominee2: Marine Le Pen", "- Seats2: 33"): the
# fields of one number are about one side (a candidate, a party, a team).
# Raw wikitext writes them "| seats2 = 33".
NUMBERED_FIELD = re.compile(
    r"^[ \t]*(?:[-*•]?[ \t]*[A-Z][A-Za-z ]*?[a-z](?P<n>\d{1,2}):"
    r"|\|[ \t]*[a-z][a-z_ ]*?[a-z](?P<w>\d{1,2})[ \t]*=)[ \t]",
    re.M,
)
WORD_BETWEEN = re.compile(r"[^\W\d_]{2}")  # a word between two sentences: one was not read


class Surroundings:
    """The words around a sentence where a rule's `near` term may stand in for the subject (see
    select.context): the sentence before it, or its paragraph (a block between blank lines) and the
    article's title. Computed on demand, once per paragraph."""

    def __init__(self, article: Article, lang: str = "en") -> None:
        self.text = article.text
        self.lang = lang
        self.starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(article.text)]
        self.title = words_in(article.title or "", lang)
        self._paragraphs: dict[int, Words] = {}
        self.headline = " ".join((article.title or "").split())
        self.previous: SentenceView | None = None  # the sentence read before the current one
        self._headed: tuple[SentenceView, Page] | None = None  # a list's head and its words
        self._sides: dict[tuple[int, str], Page | None] = {}  # an infobox's sides, by paragraph and number

    def _bounds(self, offset: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i, self.starts[i], self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)

    def paragraph(self, offset: int) -> Words:
        i, start, end = self._bounds(offset)
        if i not in self._paragraphs:
            self._paragraphs[i] = words_in(self.text[start:end], self.lang)
        return self._paragraphs[i]

    def headed(self, head: SentenceView) -> Page:
        """The words of a list's head row and of the page's title: where what a bullet row is about
        is named, and its `exclude` terms rule the row out. Read once per list."""
        if self._headed is None or self._headed[0] is not head:
            self._headed = (head, Page(words_in(f"{head.sentence.text}\n{self.headline}", self.lang)))
        return self._headed[1]

    def of_row(self, view: SentenceView, head: SentenceView | None, page: Page | None) -> Page | None:
        """Where a row's subject is named: for a bullet row, its list's head ("Aftershocks" over
        "• Largest: Mw 6.7"); for another row, the heading of its section of rows ("1-minute
        sustained (JTWC)" over "Highest winds 270 km/h"); else `page`."""
        if head is not None and head is not view:
            return self.headed(head)
        if head is view and page is not None:
            return self.section(view.sentence) or page
        return page

    def section(self, sentence: Sentence) -> Page | None:
        """The words of the heading of the section of rows a row stands in ("10-minute sustained
        (MFR)" over "Highest winds 230 km/h") and of the page's title: its `exclude` terms rule the
        row out and its `near` terms name the row's subject. The heading is the nearest row above
        that holds no value (see SECTION_HEADING) and names no one ("Successor Charles III" is a
        field); none when a line of prose, or a row of names heading the columns below it ("Nominee
        Joe Biden Donald Trump"), comes first."""
        _, start, _ = self._bounds(sentence.start)
        lines = self.text[start : sentence.start].split("\n")[:-1]
        for line in reversed(lines[-SECTION_REACH:]):
            if not is_row(line):
                return None
            if SECTION_HEADING.match(line) and not LINK_LINE.fullmatch(line.strip()):
                if len(NAME_WORD.findall(BRACKETED.sub("", line))) >= 2:
                    return None  # a row of names heads the columns below it: a block of its own
                return Page(words_in(f"{line}\n{self.headline}", self.lang))
        return None

    def side(self, sentence: Sentence) -> Page | None:
        """For an infobox's numbered field ("- Seats2: 33"), the fields of its number in its paragraph
        and the page's title: where the side it is about is named ("- Party2: National Party"), and
        an `exclude` term rules it out. None for any other line, or a number no other field has."""
        field = NUMBERED_FIELD.match(self.text, sentence.start, sentence.end)
        if field is None:
            return None
        i, start, end = self._bounds(sentence.start)
        number = field.group("n") or field.group("w")
        if (i, number) not in self._sides:
            self._sides[(i, number)] = self._side(self.text[start:end], number)
        return self._sides[(i, number)]

    def _side(self, paragraph: str, number: str) -> Page | None:
        """The Page of the side numbered `number` in a paragraph of fields (see side)."""
        fields = [m for m in NUMBERED_FIELD.finditer(paragraph) if (m.group("n") or m.group("w")) == number]
        if len(fields) < 2:
            return None
        ends = [paragraph.find("\n", m.end()) % (len(paragraph) + 1) for m in fields]
        # the fields that name it: those without a figure ("- Leader Since1: 1 August 2017" is no name)
        names = [paragraph[m.end() : e] for m, e in zip(fields, ends, strict=True)]
        named = "\n".join([*(n for n in names if not DIGIT.search(n)), self.headline])
        return Page(words_in(named, self.lang), side=True)

    def lines_above(self, sentence: Sentence) -> list[Words]:
        """The lines of the sentence's paragraph above it, nearest first (a row's headers)."""
        _, start, _ = self._bounds(sentence.start)
        lines = self.text[start : sentence.start].split("\n")[:-1]
        return [words_in(line, self.lang) for line in reversed(lines) if line.strip()]

    def _just_before(self, sentence: Sentence) -> SentenceView | None:
        """The sentence read just before this one in its paragraph, with nothing unread between."""
        _, start, _ = self._bounds(sentence.start)
        previous = self.previous
        if (
            previous is not None
            and start <= previous.sentence.start
            and previous.sentence.end <= sentence.start
            and not WORD_BETWEEN.search(self.text, previous.sentence.end, sentence.start)
        ):
            return previous
        return None

    def reach(self, sentence: Sentence) -> int:
        """Where the cue words that may apply to the sentence start: at the sentence, or at the one
        before when it points back to that one's figure ("that number", see select.QUANTITY_POINTER)."""
        previous = self._just_before(sentence) if QUANTITY_POINTER.search(sentence.text) else None
        return previous.sentence.start if previous is not None else sentence.start

    def opens_story(self, sentence: Sentence) -> bool:
        """The sentence's paragraph is the first of the body, after the headline if it is repeated."""
        _, start, _ = self._bounds(sentence.start)
        return " ".join(self.text[:start].split()) in ("", self.headline)

    def before(self, sentence: Sentence) -> Words | None:
        """The sentence a pronoun opening this one points to: the last one before it in its
        paragraph that does not open with a pronoun itself ("The act cut taxes. It invests in
        climate. It also expands the IRS": the third is about the act, not the climate). The one
        read just before it when that one will do, else split out of the paragraph."""
        previous = self._just_before(sentence)
        if previous is not None and not points_back(previous.sentence.text):
            return previous.words
        _, start, _ = self._bounds(sentence.start)
        before = [s.text for s in split(self.text[start : sentence.start])]
        subject = next((text for text in reversed(before) if not points_back(text)), None)
        return words_in(subject, self.lang) if subject is not None else None

    def of(self, sentence: Sentence, words: Words) -> tuple[Callable[[], list[Words]], Page | None]:
        """Where the sentence's subject may be named (its `near` terms let the sentence in), and the
        words that name it for one that points back (the sentence before) or a row (the page's
        title), whose `exclude` terms rule it out. Any other sentence may take it from the page's
        title, at a much lower rank (see Page.title_only), whose `exclude` terms then rule nothing out."""
        where = context(sentence.text, words)
        if where is Context.PREVIOUS:
            # The sentence before, or the title when it opens its paragraph (a pronoun there points
            # to the page's subject); the title names what `exclude` rules out only for the story's
            # opening paragraph ("Palisades Fire" / "..., it burned 23,707 acres").
            before = self.before(sentence)
            if before is not None:
                named: Page | None = Page(before, sentence=True)
                around = [before, self.title]
            else:
                named = Page(self.title) if self.opens_story(sentence) else None
                around = [self.title]
            return (lambda: around), (named if points_back(sentence.text) else None)
        if where is Context.PARAGRAPH:
            side = self.side(sentence)
            if side is not None:  # an infobox's numbered field: named among the fields of its number
                return (lambda: [side.words]), side
            return (lambda: [self.paragraph(sentence.start), self.title]), Page(self.title)
        return (lambda: [self.title]), Page(self.title, title_only=True)


def gather(
    article: Article,
    matchers: list[FactMatcher],
    index: CueIndex[FactMatcher] | None = None,
    exhaustive: bool = False,
    budget: float | None = None,
) -> dict[str, Evidence]:
    """Match the rules against the sentences of the article that hold a value of the rule's type.

    Only where a rule's cue words occur (see CueIndex), unless `exhaustive`: then every sentence
    is scored against every rule, as `explain` needs to show near misses. With a `budget` (seconds),
    ArticleTimeout is raised between two sentences once the article has taken longer."""
    started = time.monotonic()
    evidence = {m.rule.id: Evidence() for m in matchers}
    lang = language.of(article.lang, article.text)
    matchers, index = localize(matchers, index, lang)  # a Spanish article is matched on Spanish terms
    hits = (index or CueIndex(matchers)).locate(article.text)
    text = article.text

    uncued = [m for m in matchers if m.asks_age or m.date_label]  # rules a sentence may serve with no cue
    surroundings = Surroundings(article, lang)
    years = NarrativeYears(article.text) if article.published is None else None
    label: SentenceView | None = None  # the sentence before, which may label the next row
    head: SentenceView | None = None  # the row a list of bullet rows hangs from
    headline = surroundings.headline or None
    titled_out = {id(m) for m in matchers if m.titles_out(surroundings.title)}
    keep = None if exhaustive else _keeper(text, hits, uncued)
    for sentence in iter_split(article.text, article.body_line, keep=keep):
        elapsed = time.monotonic() - started
        if budget is not None and elapsed > budget:
            raise ArticleTimeout(article.id, article.path, budget, elapsed)
        if headline is not None and " ".join(sentence.text.split()) == headline:
            continue  # the headline repeated at the top of the body: the story states it precisely
        view = SentenceView(sentence, article, years, lang)
        around, page = surroundings.of(sentence, view.words)
        head = list_head(article.text, head, label, view)
        page = surroundings.of_row(view, head, page)
        above = partial(surroundings.lines_above, sentence)
        for matcher in matchers if exhaustive else offered(sentence, hits, surroundings, uncued):
            values = view.values(matcher.rule.type)
            if not values and not (matcher.rule.type in ORDINAL_KINDS and view.ordinal):
                continue
            named = (
                Page(surroundings.title)
                if id(matcher) in titled_out and not WHOLE.search(sentence.text)
                else page
            )
            found, rejected = candidates(matcher, sentence, view.words, values, around, named, above)
            evidence[matcher.rule.id].found.extend(found)
            if rejected:
                evidence[matcher.rule.id].rejected.append(rejected)
        for rule_id, found in read_with_line_above(label, view, hits, surroundings, years, article).items():
            evidence[rule_id].found.extend(found)
        for rule_id, found in read_under_header(view, hits, surroundings, years, article).items():
            evidence[rule_id].found.extend(found)
        label = surroundings.previous = view
    return {
        rule_id: Evidence(breakdowns(further_items(seen.found)), seen.rejected)
        for rule_id, seen in evidence.items()
    }


def _keeper(text: str, hits: CueHits[FactMatcher], uncued: list[FactMatcher]) -> Callable[[int, int], bool]:
    """Which blocks of the text are worth splitting: one with a cue word, right under a line with
    one, right over one (a figure over its caption), or one that may state a fact of `uncued` with
    no cue word (see `served_without_cue`)."""

    def keep(start: int, end: int) -> bool:
        if uncued and served_without_cue(uncued, text, start, end):
            return True
        if hits.any_in(text.rfind("\n", 0, max(0, start - 1)) + 1, _caption_end(text, end)):
            return True
        header = header_above(text, start) if is_row(text[start:end]) else None
        return header is not None and hits.any_in(header.start, header.end)

    return keep


def _caption_end(text: str, end: int) -> int:
    """Where the line under the block ending at `end` ends (past one blank line): a figure's caption
    may stand there."""
    below = CAPTION_BELOW.match(text, end)
    return below.end() if below else end


CAPTION_BELOW = re.compile(r"[ \t]*(?:\n[ \t]*){1,2}[^\n]{1,120}")


def offered(
    sentence: Sentence, hits: CueHits[FactMatcher], surroundings: Surroundings, uncued: list[FactMatcher]
) -> list[FactMatcher]:
    """The rules a sentence is scored against: those with a cue word in it (or in the sentence it
    points back to), and those of `uncued` it may serve with no cue word (see `served_without_cue`)."""
    found = hits.matchers_in(surroundings.reach(sentence), sentence.end)
    if uncued:
        found += [m for m in served_without_cue(uncued, sentence.text) if m not in found]
    return found


def list_head(
    text: str, head: SentenceView | None, previous: SentenceView | None, view: SentenceView
) -> SentenceView | None:
    """The row a list of bullet rows hangs from, for `view`: itself when it is a row that is no
    bullet (it may head the next lines), the head of the list above when it is a bullet row under
    the one read before (bullet rows not read may stand between), else none."""
    sentence = view.sentence
    if not is_row(sentence.text):
        return None
    if not BULLET.match(sentence.text):
        return view
    if head is None or previous is None:
        return None
    # Only line breaks, or bullet rows left unread, between the list's last row read and this one.
    lines = text[previous.sentence.end : sentence.start].split("\n")
    unread = lines[1:-1]
    joined = (
        len(lines) >= 2 and not clean(lines[0]).strip() and not lines[-1].strip()
    )  # "[8]" left after a row
    return head if joined and all(BULLET.match(line) for line in unread) else None


def is_label_above(text: str, above: Sentence, sentence: Sentence) -> bool:
    """`above` is a label on the line right above `sentence`, a row of figures ("Turnout" over
    "59.7%"): both short rows, nothing but one line break between them."""
    between = text[above.end : sentence.start]
    return between.count("\n") == 1 and not between.strip() and is_row(above.text) and is_row(sentence.text)


def read_with_line_above(
    above: SentenceView | None,
    view: SentenceView,
    hits: CueHits[FactMatcher],
    surroundings: Surroundings,
    years: NarrativeYears | None,
    article: Article,
) -> dict[str, list[Candidate]]:
    """Candidates of a line read with the one above it: a row of figures under its label, or a
    caption under its figure."""
    if above is None:
        return {}
    if is_label_above(article.text, above.sentence, view.sentence):
        return label_candidates(above, view, hits, surroundings, years, article)
    if is_figure_above(article.text, above, view.sentence):
        return label_candidates(view, above, hits, surroundings, years, article)
    return {}


FIGURE_ALONE = re.compile(r"[\W_]*$")  # what may stand around a figure on a line of its own


def is_figure_above(text: str, above: SentenceView, sentence: Sentence) -> bool:
    """`above` is a figure on a line of its own over `sentence`, its caption, as fact sheets set
    their numbers at a glance ("6,201" over "Deaths in the Philippines"): one value and nothing
    else on its line, at most one blank line between, and a short caption without a full stop."""
    between = text[above.sentence.end : sentence.start]
    if between.strip() or not 1 <= between.count("\n") <= 2 or not is_caption(sentence.text):
        return False
    found = [v for kind in ("count", "money", "percent") for v in above.values(kind)]
    line = above.sentence.text
    return any(FIGURE_ALONE.match(line[: v.start]) and FIGURE_ALONE.match(line[v.end :]) for v in found)


def label_candidates(
    label: SentenceView,
    view: SentenceView,
    hits: CueHits[FactMatcher],
    surroundings: Surroundings,
    years: NarrativeYears | None,
    article: Article,
) -> dict[str, list[Candidate]]:
    """Candidates of a row whose cue is the label on the line above it, for the rules with a cue
    word in the label, none in the row, and no value of their type in the label; the pair is read
    as one sentence, at a lower rank. A figure over its caption is read the same way, the caption
    given as `label` and the figure as `view`."""
    above, row = label.sentence, view.sentence
    in_row = {id(m) for m in hits.matchers_in(row.start, row.end)}
    found: dict[str, list[Candidate]] = {}
    joined: SentenceView | None = None
    for matcher in hits.matchers_in(above.start, above.end):
        kind = matcher.rule.type
        first = view.values(kind)[:1]
        if id(matcher) in in_row or label.values(kind) or not first or row.text[: first[0].start].strip():
            continue  # the row must open with a value of the fact's type
        if joined is None:
            top, bottom = sorted((above, row), key=lambda s: s.start)
            gap = article.text[top.end : bottom.start]
            sentence = Sentence(top.text + gap + bottom.text, top.start, bottom.end, top.line)
            joined = SentenceView(sentence, article, years, view.lang)
        around, page = surroundings.of(joined.sentence, joined.words)
        pairs, _ = candidates(matcher, joined.sentence, joined.words, joined.values(kind), around, page)
        found[matcher.rule.id] = [replace(c, rank=c.rank - LABEL_ABOVE) for c in pairs]
    return found


def read_under_header(
    view: SentenceView,
    hits: CueHits[FactMatcher],
    surroundings: Surroundings,
    years: NarrativeYears | None,
    article: Article,
) -> dict[str, list[Candidate]]:
    """Candidates of a table's row whose cue is a column name in the table's header ("Country
    Cases Deaths" over "Sierra Leone 14,122 3,955"): for the rules with a cue in the header and
    none in the row's name and figures, the figure in the cue's column, when the row's name holds
    a `near` term of the rule (its subject) or the row is the table's total (its subject then the
    page's: the other rows' names are no name of it). The column's name and the row are read as
    one sentence of two lines, at a lower rank."""
    row = view.sentence
    if not is_row(row.text):
        return {}
    header = header_above(article.text, row.start)
    if header is None:
        return {}
    cells = row_cells(row.text, header.piped)
    if not cells:
        return {}
    header = header.fitted(len(cells))
    name = words_in(row.text[: cells[0][0]], view.lang)
    figures = words_in(row.text[: cells[-1][1]], view.lang)
    total = TOTAL_ROW.match(row.text) is not None
    found: dict[str, list[Candidate]] = {}
    for matcher in hits.matchers_in(header.start, header.end):
        named = matcher.near.first(name) is not None
        if not (named or total) or matcher.cues.first(figures) is not None:
            continue  # a row that names its own figures is read as any row is
        hit = matcher.cues.first(words_in(header.text, view.lang))
        column = header.column(hit.start) if hit is not None else None
        if hit is None or column is None or column >= len(cells) or header.column(hit.end - 1) != column:
            continue
        a, b = header.cells[header.labels + column]
        sentence = Sentence(f"{header.text[a:b]}\n{row.text}", header.start, row.end, row.line - 1)
        joined = SentenceView(sentence, article, years, view.lang)
        start, end = (b - a + 1 + offset for offset in cells[column])
        value = [v for v in joined.values(matcher.rule.type) if start <= v.start < end][:1]
        if not value:
            continue
        page = None if named else Page(surroundings.title)
        pairs, _ = candidates(matcher, joined.sentence, joined.words, value, partial(_words_of, page), page)
        found[matcher.rule.id] = [replace(c, rank=_in_column(c)) for c in pairs]
    return found


def _words_of(page: Page | None) -> list[Words]:
    return [page.words] if page is not None else []


def _in_column(c: Candidate) -> float:
    """The rank of a figure read under its column's name: the words between them are the row's
    name and the figures of the columns before, no distance at all."""
    return c.rank + PER_WORD * c.words_between + PER_CLAUSE * c.clauses_between - HEADER_COLUMN


def extract(
    article: Article,
    matchers: list[FactMatcher],
    index: CueIndex[FactMatcher] | None = None,
    budget: float | None = None,
) -> dict[str, list[Mention]]:
    """Each fact's chosen mentions in one article.

    Raises ArticleTimeout when the article takes longer than `budget` seconds (None: the module's
    ARTICLE_TIME_BUDGET, as it is at the call)."""
    evidence = gather(article, matchers, index, budget=ARTICLE_TIME_BUDGET if budget is None else budget)
    return {
        m.rule.id: choose(m.rule, article.id, evidence[m.rule.id].found, article.published) for m in matchers
    }


RECORD_LINE = re.compile(r":\d+\Z")


def file_of(article_path: str) -> str:
    """The file an article was read from: its path, less the `:LINE` of one record of a batch file."""
    return RECORD_LINE.sub("", article_path)


class FilesDone:
    """Tells `tick` how many files are done as the articles of a batch come, in file order: when one
    starts, every file before it is done (a file that gave no article is counted with the next)."""

    def __init__(self, paths: list[Path], tick: Tick | None) -> None:
        self.position = {str(p): i + 1 for i, p in enumerate(paths)}
        self.tick = tick
        self.told = 0

    def upto(self, done: int) -> None:
        if self.tick is not None and done > self.told:
            self.tick(done - self.told)
            self.told = done

    def before(self, article: Article) -> None:
        at = self.position.get(article.path) or self.position.get(file_of(article.path), self.told + 1)
        self.upto(at - 1)


def extract_files(
    paths: list[str],
    rules: RuleSet,
    cache_dir: str | None = None,
    budget: float | None = None,
    tick: Tick | None = None,
    sidecars: Sidecars | None = None,
) -> tuple[list[Extracted], list[Problem]]:
    """Read and extract a batch of files: the unit of work an engine hands to a worker. An article
    that cannot be extracted (over its time budget, or a fault in a reader) is skipped with a
    warning naming it; the others are still extracted. `tick` hears of the files done, per article.
    `sidecars`: the files' sources.yaml entries, read once for the run (None: read them here)."""
    matchers = [FactMatcher(rule) for rule in rules.rules]
    index = CueIndex(matchers)
    facts = [rule.id for rule in rules.rules]
    cache = Cache(cache_dir, rules.digest) if cache_dir else None
    warnings: list[Problem] = []
    out = []
    files = [Path(p) for p in paths]
    done = FilesDone(files, tick)
    for article in iter_articles(files, warnings, sidecars):
        done.before(article)
        found = cache.get(article, facts) if cache else None
        if found is None:
            try:
                found = extract(article, matchers, index, budget)
            except ArticleTimeout as exc:
                warnings.append(Problem(article.path, f"skipped: {exc}", skipped=True))
                continue
            except Exception as exc:  # one article's fault must not end the batch: report it, go on
                reason = f"skipped: extraction failed ({type(exc).__name__}: {exc}); please report this"
                warnings.append(Problem(article.path, reason, skipped=True))
                continue
            if cache:
                cache.put(article, found)
        out.append(Extracted(article.without_text(), found))
    done.upto(len(files))
    return out, warnings
