"""The language of an article: given in its metadata (`lang`), else told from its function words.

Two languages are read: English (the default) and Spanish. The detector counts the commonest short
words of each language ("the", "of", "was" against "el", "de", "fue") in the first few thousand
characters: function words make up about half of any running text and their lists hardly overlap,
so a sentence or two is enough, it costs one regex pass, and it needs no model."""

from __future__ import annotations

import re
from typing import Any

from checker.errors import Problem

LANGS: tuple[str, ...] = ("en", "es")
DEFAULT = "en"
NAMES = {"english": "en", "eng": "en", "spanish": "es", "spa": "es", "español": "es", "espanol": "es"}

# Words common in one language and absent (or rare) in the other. Left out on purpose: words of both
# ("a", "no", "me", "he", "son", "sin", "al", "ya", "solo"). Spanish words count only in lower case:
# "El Salvador", "Los Angeles" and "La Paz" in English copy are names.
_EN = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "his",
        "her",
        "it",
        "its",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "which",
        "this",
        "an",
        "not",
        "but",
        "said",
        "will",
        "would",
        "their",
        "they",
        "who",
        "than",
        "more",
        "about",
        "after",
        "over",
        "into",
    }
)
_ES = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "en",
        "que",
        "se",
        "por",
        "un",
        "una",
        "para",
        "con",
        "su",
        "sus",
        "como",
        "más",
        "pero",
        "fue",
        "es",
        "está",
        "han",
        "este",
        "esta",
        "entre",
        "cuando",
        "sobre",
        "también",
        "hasta",
        "desde",
        "según",
        "dijo",
        "durante",
        "años",
        "muy",
        "tiene",
        "tienen",
        "hay",
        "había",
        "porque",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 4000  # characters read: enough for a reliable count, a bounded cost for any article
MIN_WORDS = 2  # fewer Spanish function words than this is too little to overrule the default


def detect(text: str) -> str:
    """The language of `text`: "es" when its Spanish function words outnumber the English ones
    (and there are at least MIN_WORDS of them), else "en"."""
    en = es = 0
    for m in _WORD.finditer(text, 0, min(len(text), SAMPLE)):
        word = m.group()
        en += word.lower() in _EN
        es += word in _ES
    return "es" if es >= MIN_WORDS and es > en else "en"


def code(value: str) -> str | None:
    """The supported language a tag or name stands for ("es", "es-SV", "ES_sv", "Spanish"), else None."""
    written = value.strip().lower()
    primary = re.split(r"[-_]", written, maxsplit=1)[0]
    found = NAMES.get(written, NAMES.get(primary, primary))
    return found if found in LANGS else None


def from_meta(value: Any, where: str, warnings: list[Problem]) -> str | None:
    """The language an article's metadata gives (`lang`), or None (detect it from the text); a value
    that names no supported language is a warning."""
    if value is None or value == "":
        return None
    found = code(value) if isinstance(value, str) else None
    if found is None:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        known = ", ".join(LANGS)
        warnings.append(
            Problem(where, f"lang: {shown} is not a supported language ({known}); detected from the text")
        )
    return found


def of(lang: str | None, text: str) -> str:
    """An article's language: the one its metadata gives, else the one its text is written in."""
    return lang if lang in LANGS else detect(text)
