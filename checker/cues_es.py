"""Cue matching in Spanish: words lemmatized with simplemma's Spanish dictionary, and the rules' Spanish
cues, `near` and `exclude` terms compiled for them.

Spanish inflects far more than English ("detenidos", "detenidas", "detuvo", "detienen" are one verb),
so every word is looked up in the dictionary (a dict lookup, cached per word) rather than only the
irregular forms; the lemma is folded to plain vowels ("cárcel" and "carcel" meet). A word the
dictionary does not know loses a plural ending. The cue index looks for a cue word's lemma and for
its forms that begin otherwise ("murieron", "muerto" for "morir"), in the text folded the same way.

The dictionary (about 800,000 forms) loads on the first Spanish article, about a second; English runs
never load it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from checker.cues import INDEX_PREFIX, WORD, CueHits, CueIndex, M, Words, stem
from checker.rulebook import Rule
from checker.select import FactMatcher

FOLD = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")  # the same length: offsets in the text hold
_PLURAL = re.compile(r"(?<=[^aeiou])es$|(?<=[aeiou])s$")


@lru_cache(maxsize=1)
def lemmas() -> Mapping[str, str]:
    """simplemma's Spanish dictionary: word form -> lemma (decoded on each lookup: no copy is made)."""
    return DefaultDictionaryFactory().get_dictionary("es")


def fold(word: str) -> str:
    """Lower case without written accents ("Cárcel" -> "carcel"); "ñ" stays."""
    return word.lower().translate(FOLD)


@lru_cache(maxsize=65536)
def stem_es(word: str) -> str:
    """A Spanish word's lemma, folded ("detenidas" -> "detenido", "murieron" -> "morir", "cárceles"
    -> "carcel"); a word the dictionary does not know loses its plural ending ("Bukeles")."""
    table = lemmas()
    lower = word.lower()
    lemma = table.get(lower) or table.get(word)
    if lemma is not None:
        return fold(lemma)
    if len(lower) >= 5:
        lower = _PLURAL.sub("", lower)
    return fold(lower)


def key_es(word: str) -> str:
    """The form a Spanish word is matched by: its folded lemma, through the same light stemming as an
    English word, so the matcher's own phrases and words meet ("murieron" and "muere" -> "morir")."""
    return stem(stem_es(word))


def words_es(text: str) -> Words:
    """A sentence's words, as `Words.of` finds them, keyed as Spanish."""
    words = Words.of(text)
    return dataclasses.replace(words, stems=tuple(key_es(text[a:b]) for a, b in words.spans))


def words_in(text: str, lang: str) -> Words:
    """A text's words, keyed for matching in its language."""
    return words_es(text) if lang == "es" else Words.of(text)


def lemmatized(phrase: str) -> str:
    """A phrase written with its words' lemmas: stemmed again by `Phrase`, it is keyed as `key_es`."""
    return " ".join(stem_es(w) for w in WORD.findall(phrase))


def forms_of(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The forms of each word's lemma that do not begin like it, folded and keyed as the word is
    matched: "murieron" -> {"morir": ("muere", "muerto", ...)}. One pass over the dictionary for every
    cue word of a rule pack."""
    table = lemmas()
    wanted: dict[str, str] = {}  # lemma as the dictionary writes it -> the key it is matched by
    for w in words:
        wanted[table.get(w.lower()) or table.get(w) or w.lower()] = key_es(w)
    found: dict[str, set[str]] = {}
    for form, lemma in _pairs(table, set(wanted)):
        key = wanted[lemma]
        folded = fold(form)
        if form.isalpha() and folded[:INDEX_PREFIX] != key[:INDEX_PREFIX]:
            found.setdefault(key, set()).add(folded)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _pairs(table: Mapping[str, str], wanted: set[str]) -> Iterator[tuple[str, str]]:
    """The (form, lemma) entries whose lemma is wanted. simplemma keeps its dictionary as bytes: they
    are compared as bytes when it can be reached, so a pass takes a tenth of decoding every entry."""
    raw = getattr(table, "_dict", None)
    if isinstance(raw, dict):
        encoded = {w.encode(): w for w in wanted}
        for form, lemma in raw.items():
            if lemma in encoded:
                yield form.decode(), encoded[lemma]
        return
    yield from ((form, lemma) for form, lemma in table.items() if lemma in wanted)


class FoldedCueIndex(CueIndex[M]):
    """The cue index over text folded as the words are ("murió" is looked for as "murio")."""

    def locate(self, text: str) -> CueHits[M]:
        return super().locate(text.translate(FOLD))


def spanish_matcher(rule: Rule) -> FactMatcher:
    """A rule's Spanish terms compiled for Spanish words; hits still name each cue as written."""
    terms = rule.for_lang("es")
    keyed = dataclasses.replace(
        terms,
        cues=tuple(lemmatized(p) for p in terms.cues),
        near=tuple(lemmatized(p) for p in terms.near),
        exclude=tuple(lemmatized(p) for p in terms.exclude),
    )
    matcher = FactMatcher(keyed)
    for compiled, keys, written in (
        (matcher.cues, keyed.cues, terms.cues),
        (matcher.near, keyed.near, terms.near),
        (matcher.exclude, keyed.exclude, terms.exclude),
        (matcher.excluded_subjects, keyed.exclude, terms.exclude),
    ):
        as_written = dict(zip(keys, written, strict=True))  # a matcher may set some terms aside
        for phrase in compiled.phrases:
            phrase.text = as_written[phrase.text]
    return matcher


@lru_cache(maxsize=16)
def _spanish(rules: tuple[Rule, ...]) -> tuple[list[FactMatcher], FoldedCueIndex[FactMatcher]]:
    matchers = [spanish_matcher(rule) for rule in rules]
    longest = [
        max(WORD.findall(p.text), key=lambda w: len(key_es(w)))
        for m in matchers
        for p in m.cues.phrases
        if WORD.search(p.text)
    ]
    return matchers, FoldedCueIndex(matchers, forms_of(longest))


def localize(
    matchers: list[FactMatcher], index: CueIndex[FactMatcher] | None, lang: str
) -> tuple[list[FactMatcher], CueIndex[FactMatcher] | None]:
    """The matchers and cue index for an article in `lang`: the given ones for English, the rules'
    Spanish terms for Spanish (compiled once per rule pack)."""
    if lang != "es":
        return matchers, index
    found, spanish_index = _spanish(tuple(m.rule for m in matchers))
    return found, spanish_index
