"""Split an article into sentences with character spans and file line numbers.

Real pages carry noise. It is dealt with here without moving the text: a sentence's offsets and
line are those of the original, and its `text` is exactly as long as its span.

- Citation and edit markers ("[12]", "[a][7]", "[note 3]", "[citation needed]", "[update]", a page
  reference ":4" after them, a PDF footnote number glued to a full stop, "Marlow.4 (See map.)")
  are blanked out with spaces: the readers do not take them for numbers, and "….[3][9] In May"
  splits after them.
- Hard-wrapped text (PDFs, court orders, releases converted to text) is rejoined: a line break
  is kept as the end of a line only when the line looks complete (see `_joins`), so infobox rows,
  list items and table rows stay lines of their own. A word hyphenated across a rejoined break is
  rejoined in the sentence's text ("pro-\\nvided" reads "provided", the break moved behind it).
- Sentence ends: one compiled pattern finds candidates (terminal punctuation, closing quotes,
  space, then anything but a lower-case letter); a candidate is dropped after a title or other
  abbreviation ("Mr.", "Gen.", "U.S.", "approx."), after a month or "No." before a number
  ("Feb. 3", "No. 1") and after an initial ("J. Smith"). This is about ten times faster than a
  full tokenizing segmenter, which was most of the cost of a run.

- Over-long sentences: a run of more than MAX_SENTENCE characters without a sentence end (a list
  with no full stop, a table flattened onto one line, garbage) is cut into pieces of at most that
  length, at a clause break (", " "; ") or a space near the limit where there is one, so the readers
  and the rule matching never get an unbounded sentence.

Every step looks at a bounded window around each position, so a split is linear in the length of
the text (a paragraph of thousands of sentences included)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

# --- Sentence ends -------------------------------------------------------------------------------

# A run of "." "!" "?" is tried from its first character only: trying every character of a long
# run ("......" leaders) again would make the scan quadratic.
# A stop before a space and no lower-case letter; or run into the next sentence, as a page that lost
# its spaces writes it ("which kind of Higgs boson this is.Does it have", "on 1 October 2017.This").
END = re.compile(
    r"(?:[.!?](?<![.!?]{2})[.!?]*|…)[\"”’)\]]*(?=\s+[^\sa-z])|(?:(?<=[a-z]{2})|(?<=\d))[.!?][\"”’]?(?=[A-Z][a-z])"
)
WORD_BEFORE = re.compile(r"(?<!\d)([A-Za-z][A-Za-z.]*)\.$")  # "45K." is no initial
LOOKBACK = 40  # characters searched back for the word before a full stop
# The longest sentence: about ten times the longest real ones (legal and scientific prose rarely
# passes 600 characters), short enough that reading one stays cheap. A longer one is cut.
MAX_SENTENCE = 3000
CUT_WINDOW = 600  # a forced cut falls in the last CUT_WINDOW characters before the limit
CLAUSE_CUT = re.compile(r"[,;:]\s+")  # best: after a clause
SPACE_CUT = re.compile(r"(?<!\d)\s+|\s+(?!\d)")  # else at a space, not inside "1 234 567"
NON_SPACE = re.compile(r"\S")
LIST_NUMBER = 4  # "12. " opening a line numbers a list item; it ends no sentence
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]|[a-z]")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "st",
        "jr",
        "sr",
        "sra",
        "srta",
        "messrs",
        "rev",
        "hon",
        "pres",
        "supt",
        "gens",
        "reps",
        "sens",
        "fr",
        "mt",
        "ft",
        "ave",
        "blvd",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "univ",
        "approx",
        "est",
        "fig",
        "al",
        "cf",
        "ca",
    ]
)
BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "art",
        "vol",
        "p",
        "pp",
        "ch",
        "sec",
        "op",
    ]
)

# --- Noise: citation, note and edit markers --------------------------------------------------------

# "[12]", "[b]", "[iv]", "[note 3]", "[n 1]", each with an optional page reference ":4" or ":4–6"; a
# journal's list of reference numbers, perhaps broken over lines ("[2, 3]", "[5–7]", "[\n2,\n3,\n4]").
REFERENCE = re.compile(
    r"\[(?:\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*|[a-z]|[A-Z]|[ivx]{2,4}"
    r"|(?:[Nn](?:ote|b|B)?|NB|fn|lower-alpha|upper-alpha|lower-roman)"
    r"[ \u00a0]?\d{1,3})\](?::[ \u00a0]?\d{1,4}(?:[–-]\d{1,4})?)?"
)
# "[citation needed]", "[update]", "[unreliable source?]", "[when?]": words only, never a digit, so
# that blanking one out cannot hide a number; an editor's insertion ("[the president]") is kept.
EDIT_MARK = re.compile(r"\[([A-Za-z][A-Za-z \u00a0,'’–—-]{0,40}\??)\]")
STOPS = frozenset(".,;!?")  # what a page reference ":4" may follow
EDIT_WORDS = re.compile(
    r"\b(?:needed|citation|sources?|update[ds]?|verif(?:y|ication|ied)|discuss|clarif(?:y|ication)"
    r"|dubious|disputed|dead link|edit|sic|vague|specify|original research|failed|unreliable"
    r"|obsolete|promotional|self-published|attribution|neutrality|quotation|inconsistent)\b",
    re.I,
)
# A page reference left behind a full stop when its marker was dropped: "grew to $4 billion.:12 Its"
# (the character before the colon is checked in code: a pattern that starts with a literal is fast).
PAGE_AFTER_STOP = re.compile(r":\d{1,4}(?:[–-]\d{1,4})?(?=\s|$)")
# A PDF footnote number glued to a full stop ("Marlow.4 (See"), before a new sentence or the end of
# a line; the lower-case letters before the stop are checked in code.
FOOTNOTE_GLUED = re.compile(r"\.[”’\")]?(\d{1,2})(?=[ \t]*(?:\r?\n|$)|[ \t]+[A-Z(“\"])")
# A reference number set as a superscript and run into the word before it in a journal's text
# ("with respect to Didymos4–6.", "impact1,2, which"): after three lower-case letters, before a
# stop or a comma. An infobox row run into its label ("Deaths412") ends its line instead.
SUPERSCRIPT_GLUED = re.compile(r"(?<=[a-z]{3})\d{1,3}(?:[–,-]\d{1,3})*(?=[.,;:](?:\s|$))")
# An image's file name on a line of its own, as a mirror leaves it under a picture: "Boeing 737 MAX
# grounded aircraft near Boeing Field, April 2019.jpg".
IMAGE_FILE_LINE = re.compile(r"^[^\n]{1,200}\.(?:jpe?g|png|svg|gif|tiff?|webp)[ \t]*$", re.M | re.I)
# The label a line opens with, a few words from a capital: "Non-fatal injuries" of the infobox row
# "Non-fatal injuries3; one firefighter and two police officers", whose figure is no reference.
ROW_LABEL = re.compile(
    r"[ \t]*(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|By|For|With)\b)"  # no sentence
    r"[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3}"
)


def _row_label(text: str, end: int) -> bool:
    """The text from the start of its line to `end` is a row's label."""
    return ROW_LABEL.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None


# In hard-wrapped text, a footnote number set off by spaces: "for the night. 3 The fire was".
FOOTNOTE_SPACED = re.compile(r"\.[”’\")]?[ \t](\d{1,2})(?= [A-Z][a-z])")


def _editorial(words: str) -> bool:
    return bool(EDIT_WORDS.search(words)) or (words.endswith("?") and len(words.split()) <= 4)


def _after_abbreviation(text: str, stop: int) -> bool:
    """The full stop at `stop` closes an abbreviation or initial ("No.", "Jan.", "J.")."""
    word = WORD_BEFORE.search(text, max(0, stop + 1 - LOOKBACK), stop + 1)
    if word is None:
        return False
    word_text = word.group(1).lower()
    return word_text in ABBREVIATIONS or word_text in BEFORE_NUMBER or bool(INITIALS.fullmatch(word_text))


def _footnotes(text: str, pattern: re.Pattern[str], letters: int) -> Iterator[tuple[int, int]]:
    """Spans of the footnote numbers `pattern` finds after a full stop that follows `letters`
    lower-case letters and closes no abbreviation."""
    for match in pattern.finditer(text):
        stop = match.start()
        before = text[max(0, stop - letters) : stop]
        lower = len(before) == letters and before.isascii() and before.isalpha() and before.islower()
        if lower and not _after_abbreviation(text, stop):
            yield match.span(1)


NOT_NEWLINE = re.compile(r"[^\n]")
DIGITS = re.compile(r"\d+")


def _ascending(marker: str) -> bool:
    """A list of reference numbers rises ("[2, 3, 4]", "[5–7]"); a list of scores need not ("[8, 9, 7]")."""
    numbers = [int(n) for n in DIGITS.findall(marker, 0, marker.index("]"))]
    return all(a < b for a, b in itertools.pairwise(numbers))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` replaced by spaces, line breaks kept."""
    if not spans:
        return text
    out = []
    last = 0
    for start, end in sorted(spans):
        start = max(start, last)
        gone = text[start:end]
        out.append(text[last:start] + (NOT_NEWLINE.sub(" ", gone) if "\n" in gone else " " * len(gone)))
        last = max(last, end)
    out.append(text[last:])
    return "".join(out)


# A wiki template a mirror failed to render, left as its name: "$738Template:Nbspbillion".
TEMPLATE_NAME = re.compile(
    r"(?:Template|Шаблон|Plantilla|Modèle|Vorlage|Predefinição):(?:Nbsp|Snd|Ndash|Spaced ndash|Sfrac)", re.I
)


# Raw wikitext (an edit or diff page): a reference with its citation, and a conversion template,
# which keeps its figure and unit ("{{cvt|26.3|km|mi}}" reads "26.3 km").
RAW_REFERENCE = re.compile(r"<ref\b[^>\n]*/>|<ref\b[^>\n]*>[^\n]*?</ref>", re.I)
# The banner over a wiki page's old revision ("This is an old revision of this page, as edited by
# Ada (talk | contribs) at 16:48, 21 April 2019 (→Casualties: fix)"): who edited it when, and the
# edit's summary, never the story's words.
REVISION_BANNER = re.compile(r"This is an old revision of this page, as edited by[^\n]*")
# The links of an infobox to the events before and after ("← 2019 ... 2025 →", "← XXI"): names of
# other events, no words or figures of this one.
NAV_LINK = re.compile(r"←[ \t]*[^\s←→()]{1,12}|[^\s←→()]{1,12}[ \t]*→")
# A space written as an HTML entity in raw wikitext ("2.9&nbsp;million"): a space.
HTML_SPACE = re.compile(r"&(?:nbsp|thinsp|ensp|emsp|#160|#8201|#x[aA]0);")
WIKI_CONVERT = re.compile(r"(\{\{(?:cvt|convert)\|)[-\d.,]+(\|)[^|{}]+((?:\|[^{}]*)?\}\})", re.I)


# A line of a reference list: "Oppmann, Patrick (28 September 2022). "Hurricane Ian killed at least
# 2 people in Cuba". CNN. Retrieved 28 September 2022." Its figures are another page's headline.
CITATION_LINE = re.compile(
    r"^[^\n]*\b(?:Retrieved(?:\s+on)?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|\d{4}-\d\d-\d\d)"
    r"|Archived\s+from\s+the\s+original)[^\n]*",
    re.M,
)


def clean(text: str) -> str:
    """`text` with citation, note and edit markers (and glued footnote numbers), the lines of a
    reference list, the names of wiki templates a mirror left unrendered, raw wikitext references
    and conversion markup, an infobox's links to the events before and after ("← 2019", "2025 →"),
    the banner over an old revision and spaces written as HTML entities ("&nbsp;") replaced by
    spaces: same length, same line breaks, every other character in place."""
    spans: list[tuple[int, int]] = []
    if "[" in text:
        spans += [m.span() for m in REFERENCE.finditer(text) if _ascending(m.group())]
        spans += [m.span() for m in EDIT_MARK.finditer(text) if _editorial(m.group(1))]
    spans += [m.span() for m in PAGE_AFTER_STOP.finditer(text) if text[m.start() - 1 : m.start()] in STOPS]
    spans += _footnotes(text, FOOTNOTE_GLUED, 2)
    spans += [m.span() for m in SUPERSCRIPT_GLUED.finditer(text) if not _row_label(text, m.start())]
    if ":" in text:
        spans += [m.span() for m in TEMPLATE_NAME.finditer(text)]
    if "." in text:
        spans += [m.span() for m in IMAGE_FILE_LINE.finditer(text)]
    if "Retrieved" in text or "Archived" in text:
        spans += [m.span() for m in CITATION_LINE.finditer(text)]
    if "<ref" in text:
        spans += [m.span() for m in RAW_REFERENCE.finditer(text)]
    if "{{" in text:
        spans += [m.span(g) for m in WIKI_CONVERT.finditer(text) for g in (1, 2, 3)]
    if "←" in text or "→" in text:
        spans += [m.span() for m in NAV_LINK.finditer(text)]
    if "old revision" in text:
        spans += [m.span() for m in REVISION_BANNER.finditer(text)]
    if "&" in text:
        spans += [m.span() for m in HTML_SPACE.finditer(text)]
    return _blanked(text, spans)


def _clean_wrapped(text: str) -> str:
    """Noise found only in hard-wrapped text (PDF footnote numbers set off by spaces)."""
    return _blanked(text, list(_footnotes(text, FOOTNOTE_SPACED, 1)))


# --- Lines: which line breaks end a line ----------------------------------------------------------


# A line that ends a sentence or introduces a list. A bracket ends one only after a sentence
# ("… 2023. (AP Photo)"), not in one ("… Transit Authority (MTA)"): see `_terminal`.
def words(text: str) -> frozenset[str]:
    """A set of words written as one string, for word lists that read like prose."""
    return frozenset(text.split())


TERMINAL = re.compile(r"(?:[.!?:;…][\"”’)\]]*|[\"”’])\s*$")
AFTER_SENTENCE = re.compile(r"[.!?:;…][\"”’]?\s*$")
LIST_ITEM = re.compile(r"(?:[•·▪‣◦●○■□*>#|+–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\(?[A-Z]\))(?:\s|$)")
TABLE = re.compile(r"\||\t\S+\t")
# A word of letters, with its punctuation: "(MTA)", "p.m.,", "non-stop"; not "destroyed1,250+".
ALPHA_WORD = re.compile(r"\W*[^\W\d_]+(?:['’.-][^\W\d_]+)*\W*")
# Words a line of prose cannot end with: a line ending "… from Duluth to" goes on on the next.
OPEN_ENDS = words(
    "a an the to of in on at by for from with and or nor but as than that into onto upon between among"
    " about over under per via its their his her our your this these those"
)
PUNCTUATION = "()[]{}\"“”‘’',.;:!?"
# Words that mark a line as prose rather than a label or a table row.
FUNCTION_WORDS = words(
    "a an the to of in on at by for from with and or but as than that which who is are was were be been"
    " has have had it its this their not into about after before over under"
)
HYPHEN_END = re.compile(r"[^\W\d_]-$")
MIN_LONG = 30  # a line this long that goes on in lower case on the next line was wrapped
WRAP_MIN, WRAP_MAX = 50, 130  # wrap widths of hard-wrapped text, in characters
WRAP_BAND = 0.7  # lines of one wrapped paragraph are at least this share of each other's length
MAX_GAP = 2  # blank lines a sentence may run across (a page or figure break in a PDF)


class Line:
    """A physical line of the (cleaned) text: its content without surrounding space, and its span."""

    def __init__(self, content: str, start: int, end: int) -> None:
        self.content, self.start, self.end = content, start, end

    @cached_property
    def words(self) -> tuple[int, int, int]:
        """Words of letters; how many begin in lower case; how many are function words."""
        words = [w.strip(PUNCTUATION) for w in self.content.split() if ALPHA_WORD.fullmatch(w)]
        lower = sum(1 for w in words if w[:1].islower())
        return len(words), lower, sum(1 for w in words if w.lower() in FUNCTION_WORDS)

    @cached_property
    def is_prose(self) -> bool:
        """Running text rather than a label, caption, heading or infobox row: mostly lower-case
        words, some of them function words ("the", "of", "was")."""
        total, lower, function = self.words
        return total >= 5 and lower >= 0.4 * total and function >= 1

    @cached_property
    def is_row(self) -> bool:
        """A table row or a list item."""
        return bool(TABLE.search(self.content) or LIST_ITEM.match(self.content))


def _physical_lines(text: str) -> list[Line]:
    lines = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        lines.append(Line(piece.strip(), start, end))
        start = end + 1
    return lines


def _terminal(text: str) -> bool:
    if TERMINAL.search(text):
        return True
    opening = text.rfind("(") if text.endswith(")") else -1
    return opening > 0 and bool(AFTER_SENTENCE.search(text, max(0, opening - 3), opening))


def _ends_open(text: str) -> bool:
    return text.rsplit(None, 1)[-1].lower() in OPEN_ENDS


def _goes_on_lower(line: Line, gap: int) -> bool:
    """The next line starts in lower case: `line` was wrapped unless it is short or opens a list."""
    text = line.content
    if text.endswith(":"):
        return False
    if gap:
        return not _terminal(text) and line.words[0] >= 3
    return len(text) >= MIN_LONG or _ends_open(text) or text[-1] in ",–—-"


def _similar(line: Line, other: Line | None) -> bool:
    """`other` is a prose line of about the length of `line`, both as long as wrapped lines are."""
    if other is None:
        return False
    a, b = sorted((len(line.content), len(other.content)))
    return a >= WRAP_MIN and b <= WRAP_MAX and a >= WRAP_BAND * b and other.is_prose


def _in_wrapped_paragraph(line: Line, before: Line | None, following: Line) -> bool:
    """`line` is one of several prose lines of about the same length: a hard-wrapped paragraph."""
    return line.is_prose and (_similar(line, before) or _similar(line, following))


def _joins(line: Line, before: Line | None, following: Line, gap: int) -> bool:
    """Whether the break between `line` and `following` (after `gap` blank lines) falls inside a
    sentence. `before` is the line above `line`, if that is not blank."""
    text = line.content
    if following.is_row or TABLE.search(text):
        return False
    if following.content[0].islower():
        return bool(HYPHEN_END.search(text)) or _goes_on_lower(line, gap)
    if _terminal(text):
        return False
    if _ends_open(text) and line.words[0] >= 3:
        return True
    return gap == 0 and not line.is_row and _in_wrapped_paragraph(line, before, following)


def _logical_lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans of the logical lines of `text` (hard-wrapped lines rejoined), and whether each was."""
    lines = _physical_lines(text)
    current: Line | None = None  # the last non-blank line, and the span it continues
    before: Line | None = None
    first = 0
    joined = False
    gap = 0
    for line in lines:
        if not line.content:
            gap += 1
            continue
        if current is not None:
            if gap <= MAX_GAP and _joins(current, before, line, gap):
                joined = True
            else:
                yield first, current.end, joined
                first, joined = line.start, False
        else:
            first = line.start
        before = current if gap == 0 else None
        current, gap = line, 0
    if current is not None:
        yield first, current.end, joined


# --- Words hyphenated across a line break --------------------------------------------------------

BROKEN_WORD = re.compile(r"-[ \t\r]*\n[ \t]*([a-z][a-z'’]*)")
HEAD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*$")
# "non-\nstop" keeps its hyphen: these begin compounds far more often than they are syllables.
COMPOUND_HEADS = frozenset(
    [
        "non",
        "self",
        "well",
        "ill",
        "half",
        "all",
        "ex",
        "anti",
        "multi",
        "cross",
        "semi",
        "full",
        "long",
        "short",
        "high",
        "low",
        "part",
        "one",
        "two",
        "three",
        "four",
        "five",
        "first",
        "second",
        "third",
    ]
)


def _rejoin_words(text: str) -> str:
    """A word hyphenated across a line break made whole: "pro-⏎vided" becomes "provided⏎ ", the
    break (and the spaces) moved behind it, so that every other character stays in place."""
    if "\n" not in text:
        return text
    out = []
    last = 0
    for match in BROKEN_WORD.finditer(text):
        head = HEAD.search(text, max(last, match.start() - LOOKBACK), match.start())
        if head is None:  # "2023-⏎era", "—-⏎": no word broken
            continue
        joint = "-" if "-" in head.group() or head.group().lower() in COMPOUND_HEADS else ""
        word = joint + match.group(1)
        out.append(
            text[last : match.start()] + word + "\n" + " " * (match.end() - match.start() - len(word) - 1)
        )
        last = match.end()
    out.append(text[last:])
    return "".join(out)


# --- Sentences -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text, its offsets in the body, and its line in the file.

    `text` is the cleaned text of the span (markers blanked out, broken words rejoined): as long as
    the span, with its line breaks, so offsets into it are offsets into the body from `start`."""

    text: str
    start: int
    end: int
    line: int

    def line_of(self, offset: int) -> int:
        """File line of a character offset within the sentence."""
        return self.line + self.text.count("\n", 0, offset)


def split(text: str, first_line: int = 1, keep: Callable[[int, int], bool] | None = None) -> list[Sentence]:
    """Sentences of `text`; `first_line` is the file line on which `text` starts.

    `keep`, if given, is asked about each paragraph's span first: paragraphs it rejects are not split
    at all (sentence splitting is the costliest step, and most paragraphs hold no fact)."""
    return list(iter_split(text, first_line, keep))


def iter_split(
    text: str, first_line: int = 1, keep: Callable[[int, int], bool] | None = None
) -> Iterator[Sentence]:
    """The sentences of `split`, one at a time: a caller with a time budget can stop between them."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    cleaned = clean(text)
    for block_start, block_end, wrapped in _logical_lines(cleaned):
        if keep is not None and not keep(block_start, block_end):
            continue
        block = cleaned[block_start:block_end]
        if wrapped:
            block = _clean_wrapped(block)
        for start, end in _sentences(block):
            line = bisect.bisect_right(line_starts, block_start + start) - 1 + first_line
            body = _rejoin_words(block[start:end]) if wrapped else block[start:end]
            yield Sentence(body, block_start + start, block_start + end, line)


def _is_end(block: str, match: re.Match[str]) -> bool:
    if block[match.start()] != ".":
        return True
    if match.start() <= LIST_NUMBER and block[: match.start()].strip().isdigit():  # "2. Replace the deck"
        return False
    word = WORD_BEFORE.search(block, max(0, match.start() + 1 - LOOKBACK), match.start() + 1)
    if word is None:
        return True
    word_text = word.group(1).lower()
    following = NON_SPACE.search(block, match.end())
    return not (
        word_text in ABBREVIATIONS
        or (word_text in BEFORE_NUMBER and following is not None and following.group().isdigit())
        or INITIALS.fullmatch(word_text) is not None
    )


def _sentences(block: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of one paragraph, whitespace trimmed, none over MAX_SENTENCE long."""
    start = 0
    for match in END.finditer(block):
        if _is_end(block, match):
            yield from _capped(block, start, match.end())
            start = match.end()
    yield from _capped(block, start, len(block))


def _capped(block: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentence block[start:end], trimmed, cut into pieces if it is longer than MAX_SENTENCE."""
    start, end = _trim(block, start, end)
    while end - start > MAX_SENTENCE:
        cut = _forced_cut(block, start)
        yield from _trimmed(block, start, cut)
        start, end = _trim(block, cut, end)
    yield from _trimmed(block, start, end)


def _forced_cut(block: str, start: int) -> int:
    """Where to cut an over-long sentence that starts at `start`: after the last clause break in
    the CUT_WINDOW characters before the limit, else after the last space there, else at the limit."""
    limit = start + MAX_SENTENCE
    for pattern in (CLAUSE_CUT, SPACE_CUT):
        found = list(pattern.finditer(block, limit - CUT_WINDOW, limit))
        if found:
            return found[-1].end()
    return limit


def _trim(block: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace at either end (empty if it is all whitespace)."""
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1].isspace():
        end -= 1
    return start, end


def _trimmed(block: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    start, end = _trim(block, start, end)
    if start < end:
        yield start, end
