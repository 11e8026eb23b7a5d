"""Fuzzy phrase matching (rapidfuzz) of cues, `near` and `exclude` terms against a sentence's words, and
the cue index that finds where in a whole text a cue can match."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from checker.patterns import trie_pattern
from checker.values import vocab

# Letters and digits are separate words, so a label run into its figure ("Deaths412") still matches.
# A code with letters on both sides of its digits ("H5N1", "Team1Score") is one word.
# A word; a degree sign keeps its letter ("°C" is no "C"); an infobox label run into the capitalised
# word after it ("FormedSeptember", "MagnitudeMw") or currency ("damageUS$7") is two words, but not a
# name with a capital inside ("McDonald", "iPhone").
WORD = re.compile(
    r"°[CF]\b|[^\W\d_]+\d+[^\W\d_][^\W_]*|[A-Za-z]*[a-z]{3}(?=[A-Z][a-z]|[A-Z]{1,3}\$)|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+"
)
# Where a word begins, as WORD splits them: after no letter ("03President" too), or where an infobox
# label runs into the capitalised word after it ("PresidentSigned").
WORD_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z]{3})(?=[A-Z][a-z])))"
# Light stemming: enough that "arrests", "arrested" and "arresting" meet, cheap enough to run on every word.
SUFFIXES = (("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""), ("ed", ""))
SION_NOUN = re.compile(r"^[a-z]{3,}[aeiou]sion$")
SIBILANT_ES = re.compile(r"(?:s|x|z|ch|sh)es$")  # "boxes", "churches": drop "es"; else only "s"
MIN_WORD_SCORE = 70  # below this a word is not counted as matching at all
TYPO_SCORE = 90  # words that part before their fourth letter need this much to be one word
INDEX_PREFIX = 4  # letters of a cue word's stem the index looks for; a typo within them is not found
# A phrase's words may stand apart: "returned its sample to Earth" for "returned to Earth", "victory for
# Labour since" for "victory since". At most MAX_GAP words between two of them, none across a clause
# mark; each word skipped costs GAP_COST points of the phrase's score.
MAX_GAP = 2
# A preposition that ends a phrase follows the word before it at once: "launched on" is not in
# "launch vehicle on 16 April" (one inside a phrase may not: "returned its sample to Earth").
PREPOSITIONS = frozenset(("on", "in", "at", "of", "to", "by", "for", "from", "with", "into", "onto"))
GAP_COST = 5.0
NEGATING_PREFIXES = frozenset({"non", "un", "anti"})  # written with a hyphen: "non-fatal", "un-named"
CLAUSE_MARK = re.compile(r"[,;:()\[\]—–.!?]")


# The irregular forms as read from the lemmatizer's dictionary, kept with the package: reading them
# out of the whole dictionary takes longer than most runs' matching (tests/test_cues.py keeps the
# file in step with simplemma and rewrites it with CHECKER_UPDATE_GOLDEN=1).
IRREGULAR_FILE = Path(__file__).with_name("irregular_en.json")


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    """Word forms that do not start like their lemma ("held" -> "hold", "fled" -> "flee", "flown" ->
    "fly"), from simplemma's English dictionary (see IRREGULAR_FILE). Regular inflections are left
    to `stem`, which is faster and keeps the cue index's four-letter prefixes working."""
    forms: dict[str, str] = json.loads(IRREGULAR_FILE.read_text(encoding="utf-8"))
    return forms


def irregular_forms_in_dictionary() -> dict[str, str]:
    """`irregular_forms` read out of simplemma's English dictionary itself (about 0.4 s)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary("en")
    return {
        form.lower(): lemma.lower()
        for form, lemma in sorted(dictionary.items())
        if form.isalpha()
        and form[:INDEX_PREFIX].lower() != lemma[:INDEX_PREFIX].lower()
        and not form.lower().startswith(lemma.lower())  # "newer" is "new" + an ending: `stem`'s work
        and _a_word_form(form.lower(), lemma.lower())
    }


def _a_word_form(form: str, lemma: str) -> bool:
    """The dictionary's form is an inflection, not an abbreviation: "m" is not "be" (nor "M87" a verb),
    "US" not "we", "ave" not "avenue", "hwy" not "highway"."""
    if len(form) < 3:  # only verbs, units and compass points ("sw" is "southwest")
        return form in ("is", "am", "km", "cm", "sq", "ne", "nw", "se", "sw", "mt", "rd", "jr", "dr", "vs")
    return any(c in "aeiou" for c in form) and not lemma.startswith(form)


@lru_cache(maxsize=1)
def forms_by_lemma() -> dict[str, tuple[str, ...]]:
    """The irregular forms of each lemma, keyed as the lemma is matched ("hold" -> ("held",),
    "becom" -> ("became",)), for the cue index."""
    forms: dict[str, list[str]] = {}
    for form, lemma in irregular_forms().items():
        forms.setdefault(stem(lemma), []).append(form)
    return {lemma: tuple(sorted(f)) for lemma, f in forms.items()}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased word with its inflection removed: irregular forms by the lemmatizer ("held" ->
    "hold"), the common English endings by rule (keeps at least three letters)."""
    word = word.lower().replace("’", "'")
    if word.endswith(("'s", "'")):  # possessive: "Bukele's" is about Bukele
        word = word[: -2 if word.endswith("'s") else -1]
    word = irregular_forms().get(word, word)
    for suffix, repl in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    if SIBILANT_ES.search(word) and len(word) >= 6:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    # A final "e" goes ("house", "houses" and "housing" meet) unless it is "ee" ("detainee" is a noun).
    if word.endswith("e") and not word.endswith("ee") and len(word) >= 4:
        word = word[:-1]
    # The noun of a verb in -de is the verb: "collision", "explosion", "decision", "invasion" meet
    # "collided", "exploded", "decided", "invaded" (four letters at least before it: not "vision").
    if SION_NOUN.search(word):
        word = word[:-4] + "d"
    return word


# The "States" of "United States" is a country's name, not the plural of "state": a term "state
# House" must not find "United States House", nor "states" the "United States".
NAMED_STATES = "unitedstates"
# "United" in a name ("United States", "United Nations") is no form of "unit": "units" must not find it.
NAMED_UNITED = "united"


def stems_of(written: list[str]) -> tuple[str, ...]:
    """The stems of words written in a row, "States" after "United" kept as the country's name and
    "United" as a name's word."""
    stems = [NAMED_UNITED if w == "United" else stem(w) for w in written]
    for i in range(1, len(written)):
        if written[i] == "States" and written[i - 1] == "United":
            stems[i] = NAMED_STATES
    return tuple(stems)


@dataclass(frozen=True)
class Words:
    """A sentence's words: stems and their character spans, computed once per sentence, and where
    its clause marks (",", ";", a bracket...) stand."""

    stems: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    marks: tuple[int, ...] = ()  # offsets of clause marks
    # Where each phrase's first word may begin, kept per first word (rules share many of them), and
    # the words by their first two letters (no word that starts otherwise can match).
    _starts: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _by_letters: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> Words:
        matches = list(WORD.finditer(text))
        marks = tuple(m.start() for m in CLAUSE_MARK.finditer(text))
        return cls(stems_of([m.group() for m in matches]), tuple(m.span() for m in matches), marks)

    def starts(self, first: str) -> list[int]:
        """Word positions whose stem matches `first` (exactly when short, else by MIN_WORD_SCORE,
        one C-speed pass), computed once per sentence and word."""
        found = self._starts.get(first)
        if found is None:
            same_start = self.by_letters.get(first[:2], [])
            found = [i for i in same_start if _word_score(first, self.stems[i]) >= MIN_WORD_SCORE]
            self._starts[first] = found
        return found

    @property
    def by_letters(self) -> dict[str, list[int]]:
        """Word positions by their stem's first two letters (no word that starts otherwise can match)."""
        if not self._by_letters and self.stems:
            for i, s in enumerate(self.stems):
                self._by_letters.setdefault(s[:2], []).append(i)
        return self._by_letters

    def broken(self, first: int, last: int) -> bool:
        """A clause mark stands somewhere between word `first` and word `last`."""
        if not self.marks or last <= first or last >= len(self.spans):
            return False
        i = bisect.bisect_left(self.marks, self.spans[first][1])
        return i < len(self.marks) and self.marks[i] < self.spans[last][0]


@dataclass(frozen=True)
class Hit:
    """Where a phrase matched in a sentence, and how well (0-100)."""

    phrase: str
    score: float
    start: int  # character offsets in the sentence
    end: int
    first_word: int  # word indices, for distances
    last_word: int


def _word_score(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if len(a) < 4 or len(b) < 4:  # short words ("up", "to", "of") must match exactly
        return 0.0
    if a[:2] != b[:2]:  # words that start differently are different words ("across" is not "cross")
        return 0.0
    score = fuzz.ratio(a, b)
    # Words that part before their fourth letter are other words unless all but a slip alike
    # ("contract" is not "construct"; "arested" is "arrested").
    return score if a[:4] == b[:4] or score >= TYPO_SCORE else 0.0


class Phrase:
    """A cue, `near` or `exclude` entry, pre-stemmed for matching."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(WORD.finditer(text))
        written = [m.group() for m in found]
        self.stems = stems_of(written)
        # Words joined without a space ("Crew-2", "Covid-19") are one name: they match only side by side.
        self.joined = (
            False,
            *(not _has_space(text[a.end() : b.start()]) for a, b in itertools.pairwise(found)),
        )
        self.lead = self.stems[0][:2] if self.stems else ""  # the first two letters its first word needs
        # A capitalised word is a name or a label: a word spelt nearly alike is it only with a letter
        # more or less ("Labor" for "Labour", "American" for "America"), never with a letter for
        # another ("Olympics" is not "Olympia").
        self.exact = tuple(w[:1].isupper() for w in written)
        self.any_exact = any(self.exact)

    def best(self, words: Words, cutoff: float) -> Hit | None:
        """The best-scoring occurrence of the phrase among `words`, if it reaches `cutoff` (the
        first of equals)."""
        return max(self.every(words, cutoff), key=lambda h: h.score, default=None)

    def every(self, words: Words, cutoff: float) -> list[Hit]:
        """Every occurrence of the phrase among `words` that reaches `cutoff`, in order."""
        if not self.stems or not words.stems:
            return []
        found = []
        for i in words.starts(self.stems[0]):
            if self.exact[0] and self._word_score(0, words.stems[i]) < MIN_WORD_SCORE:
                continue
            if (
                i > 0
                and words.stems[i - 1] in NEGATING_PREFIXES
                and words.spans[i - 1][1] + 1 == words.spans[i][0]
            ):
                continue  # "non-derailed" is not "derailed"
            match = self._match_from(words, i)
            if match is not None and match[0] >= cutoff:
                score, last = match
                found.append(Hit(self.text, score, words.spans[i][0], words.spans[last][1], i, last))
        return found

    def at(self, words: Words, i: int, cutoff: float) -> Hit | None:
        """The phrase starting at word `i`, if it does there and reaches `cutoff`."""
        if not self.stems or i >= len(words.stems):
            return None
        match = self._match_from(words, i)
        if match is None or match[0] < cutoff:
            return None
        return Hit(self.text, match[0], words.spans[i][0], words.spans[match[1]][1], i, match[1])

    def _match_from(self, words: Words, i: int) -> tuple[float, int] | None:
        """Score and last word index of the phrase starting at word `i`: each later phrase word is the
        best-scoring of the next MAX_GAP + 1 words (the next word only for one written joined to the
        word before, "Crew-2"), skipped words costing GAP_COST each; no figure is skipped."""
        scorer = self._word_score if self.any_exact else lambda k, word: _word_score(self.stems[k], word)
        first = scorer(0, words.stems[i])
        if first < MIN_WORD_SCORE:
            return None
        total, skipped, at = first, 0, i
        for k in range(1, len(self.stems)):
            # words the phrase's next word may stand on
            final_preposition = k == len(self.stems) - 1 and self.stems[k] in PREPOSITIONS
            reach = 1 if self.joined[k] or final_preposition else 1 + MAX_GAP
            options = [
                (scorer(k, words.stems[j]), -(j - at - 1), j)
                for j in range(at + 1, min(at + 1 + reach, len(words.stems)))
                if j == at + 1
                or not (
                    words.broken(at, j)
                    or _figure_among(words.stems, at + 1, j)
                    or _conjunction_among(words.stems, at + 1, j)
                )
            ]
            score, _, j = max(options, default=(0.0, 0, at))
            if score < MIN_WORD_SCORE:
                return None
            total, skipped, at = total + score, skipped + j - at - 1, j
        return total / len(self.stems) - GAP_COST * skipped, at

    def _word_score(self, k: int, word: str) -> float:
        """How well the phrase's word `k` matches a sentence's word (stems)."""
        want = self.stems[k]
        if self.exact[k] and word != want and Levenshtein.distance(want, word) != Indel.distance(want, word):
            return 0.0  # a letter of a name written as another: another name
        return _word_score(want, word)


def _has_space(between: str) -> bool:
    return any(c.isspace() for c in between)


# Numbers written as words ("four", "twenty", "million"), figures as much as "10" is: their stems.
NUMBER_WORDS = frozenset(stem(w) for w in (*vocab.SMALL, *vocab.SCALES) if w != "zero" and w.isalpha())


CONJUNCTIONS = frozenset(("and", "or", "but"))


def _conjunction_among(stems: tuple[str, ...], first: int, last: int) -> bool:
    """ "and", "or" or "but" among the words from `first` up to `last`: no phrase skips one ("people
    injured" is not in "killed three people and injured 264 others")."""
    return any(stems[i] in CONJUNCTIONS for i in range(first, last))


def _figure_among(stems: tuple[str, ...], first: int, last: int) -> bool:
    """A figure, in digits or in words, among the words from `first` up to `last`: no phrase skips
    one ("next year" is not in "next 10 years", "Haiti and the Dominican Republic" not in "31 in Haiti
    and four in the Dominican Republic")."""
    return any(stems[i][:1].isdigit() or stems[i] in NUMBER_WORDS for i in range(first, last))


class PhraseSet:
    """Several phrases; reports the best hit of each, or the first that is present."""

    def __init__(self, phrases: tuple[str, ...], cutoff: float) -> None:
        self.phrases = tuple(Phrase(p) for p in phrases)
        self.cutoff = cutoff

    def hits(self, words: Words) -> list[Hit]:
        """Every occurrence of every phrase: a value is measured from the nearest."""
        letters = words.by_letters
        return [h for p in self.phrases if p.lead in letters for h in p.every(words, self.cutoff)]

    def first(self, words: Words) -> Hit | None:
        letters = words.by_letters
        for phrase in self.phrases:
            if phrase.lead not in letters:
                continue  # no word of the sentence starts as the phrase does
            hit = phrase.best(words, self.cutoff)
            if hit is not None:
                return hit
        return None


# --- the cue index -----------------------------------------------------------------------------------


class Matcher(Protocol):
    """What the index needs of a rule's matcher: its cue phrases."""

    @property
    def cues(self) -> PhraseSet: ...


M = TypeVar("M", bound=Matcher)


class CueIndex(Generic[M]):
    """One compiled pattern over the cue words of every rule, to look only where a cue can match.

    A phrase matches only if all its words do, so each cue is looked for by its longest word, and
    that word by the first INDEX_PREFIX letters of its stem. A paragraph with none of them is not even
    split into sentences, and a sentence is scored only against the rules whose cue words occur
    in it. Only a misspelling within those first letters is lost: the price of not scoring every
    sentence of every article against every rule."""

    def __init__(self, matchers: list[M], forms: Mapping[str, tuple[str, ...]] | None = None) -> None:
        """`forms`: the forms of each lemma that begin otherwise (default: English irregular forms)."""
        self.matchers = matchers
        self.owners: dict[str, list[int]] = {}
        irregular = forms_by_lemma() if forms is None else forms
        for i, matcher in enumerate(matchers):
            for phrase in matcher.cues.phrases:
                if phrase.stems:
                    word = max(phrase.stems, key=len)
                    for form in (word, *irregular.get(word, ())):  # "hold" is found by "held" too
                        owners = self.owners.setdefault(form[:INDEX_PREFIX], [])
                        if i not in owners:
                            owners.append(i)
        self.pattern = (
            re.compile(WORD_START + trie_pattern(self.owners), re.I) if self.owners else re.compile(r"(?!)")
        )
        # The scan reports the longest prefix at a place ("meet"); rules keyed by a shorter one count too.
        self.closure = {
            key: sorted({i for n in range(1, len(key) + 1) for i in self.owners.get(key[:n], [])})
            for key in self.owners
        }

    def locate(self, text: str) -> CueHits[M]:
        """Where cue words occur in a whole text, found in one pass."""
        hits = [(m.start(), self.closure.get(_lower(m.group()), [])) for m in self.pattern.finditer(text)]
        return CueHits(self.matchers, [h[0] for h in hits], [h[1] for h in hits])


def _lower(prefix: str) -> str:
    """A matched prefix in lower case, letter for letter: "İnc" is "inc" (str.lower gives "i̇nc",
    an i and a combining dot, which no prefix is)."""
    lower = prefix.lower()
    return lower if len(lower) == len(prefix) else "".join(c.lower()[0] for c in prefix)


class CueHits(Generic[M]):
    """Cue-word positions in one text: which spans may hold a cue, and for which rules."""

    def __init__(self, matchers: list[M], starts: list[int], owners: list[list[int]]) -> None:
        self.matchers, self.starts, self.owners = matchers, starts, owners

    def any_in(self, start: int, end: int) -> bool:
        return bisect.bisect_left(self.starts, start) < bisect.bisect_left(self.starts, end)

    def matchers_in(self, start: int, end: int) -> list[M]:
        """The rules, in pack order, with a cue word starting inside [start, end)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        found = {i for owners in self.owners[lo:hi] for i in owners}
        return [self.matchers[i] for i in sorted(found)]
