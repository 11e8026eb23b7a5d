"""Hedge words before a number ("more than", "nearly", "up to") and ranges, mapped to intervals."""

from __future__ import annotations

import re

from checker.models import Qualifier
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.vocab import QUALIFIERS

Bound = int | float | None

_BY_PHRASE = {p: q for q, phrases in QUALIFIERS.items() for p in phrases}
_ALT = "|".join(re.escape(p) for p in sorted(_BY_PHRASE, key=len, reverse=True))
_QUAL_RE = re.compile(rf"(?:(?<=[^\w-])|^)(?P<q>{_ALT})(?:\s+of)?\s*$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
QUALIFIER_LOOKBACK = 30  # characters searched back for a hedge

# Spanish: the same tables from vocab_es. A hedge ending in "de" also reads "del" ("más del 90 %"), and
# an article may stand between a hedge and its number ("casi el 2 %", "hasta un 30 %").
_BY_PHRASE_ES = {p: q for q, phrases in vocab_es.QUALIFIERS.items() for p in phrases}
_ALT_ES = "|".join(
    re.escape(p) + ("l?" if p.endswith(" de") else "") for p in sorted(_BY_PHRASE_ES, key=len, reverse=True)
)
_QUAL_RE_ES = re.compile(
    rf"(?:(?<=[^\w-])|^)(?P<q>{_ALT_ES})(?:\s+(?:{alternation(vocab_es.QUALIFIER_ARTICLES)}))?\s*$",
    re.IGNORECASE,
)
_RANGE_GAP_ES = re.compile(r"\s*(?:-|–|—|a|al|y|hasta)\s*$", re.IGNORECASE)
_BETWEEN_ES = re.compile(r"\b(?:entre|de|del|desde)\s+(?:(?:el|los|las)\s+)?$", re.IGNORECASE)
# Per language: hedge pattern and phrases; range gap, lead word pattern and how far back it is looked
# for, the lead word of a range, and the conjunction that makes one only after it.
GRAMMAR = {
    "en": (_QUAL_RE, _BY_PHRASE, _RANGE_GAP, _BETWEEN, 10, "between", "and"),
    "es": (_QUAL_RE_ES, _BY_PHRASE_ES, _RANGE_GAP_ES, _BETWEEN_ES, 16, "entre", "y"),
}


# Hedges written as signs, run into a label or not: "Fatalities≥108", "Missing>200", "Damage> 113".
SIGNS = {
    ">": Qualifier.MORE_THAN,
    "≥": Qualifier.AT_LEAST,
    ">=": Qualifier.AT_LEAST,
    "<": Qualifier.LESS_THAN,
    "≤": Qualifier.UP_TO,
    "<=": Qualifier.UP_TO,
}
_SIGN_BEFORE = re.compile(r"(?P<q>>=|<=|[><≥≤])\s?$")
PLUS_AFTER = re.compile(r"\+(?![\d+])|-plus\b", re.I)  # "157+", "80-plus", "$30 million-plus": at least


def find_qualifier(text: str, start: int, lang: str = "en") -> tuple[Qualifier | None, int]:
    """The hedge ending just before `start` and where it begins, or (None, start)."""
    tail = text[max(0, start - QUALIFIER_LOOKBACK) : start].rstrip()
    if tail and tail[-1] in "><≥≤=":
        sign = _SIGN_BEFORE.search(text, max(0, start - 3), start)
        if sign is None:
            return None, start
        return SIGNS[sign.group("q")], sign.start()
    if not tail or not (tail[-1].isalpha() or tail[-1] in "~."):
        return None, start  # every hedge ends in a letter, "~" or "." ("approx."): a cheap test first
    pattern, phrases = GRAMMAR[lang][:2]
    m = pattern.search(text, max(0, start - QUALIFIER_LOOKBACK), start)
    if not m:
        return None, start
    written = " ".join(m.group("q").lower().split())
    q = phrases.get(written) or phrases[written[:-1]]  # "más del" is "más de"
    if q == Qualifier.ABOUT and m.group("q").lower() == "some" and text[m.start() - 1 : m.start()] == "~":
        return q, m.start() - 1
    return q, m.start()


def interval(value: int | float, qualifier: Qualifier | None, floor: int | None = 0) -> tuple[Bound, Bound]:
    """The [low, high] a hedged value allows; None is unbounded, `floor` bounds "up to"/"under"."""
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value, None
    if qualifier == Qualifier.NEARLY:
        return _tidy(value * 0.9), value
    if qualifier == Qualifier.ABOUT:
        return _tidy(value * 0.9), _tidy(value * 1.1)
    if qualifier in (Qualifier.UP_TO, Qualifier.LESS_THAN):
        return floor, value
    return value, value


def _tidy(x: float) -> int | float:
    """Round away float noise so 0.9 * 80000 reads 72000, not 72000.00000000001."""
    r = round(x, 9)
    return int(r) if r == int(r) else r


def range_start(text: str, start_a: int, end_a: int, start_b: int, lang: str = "en") -> int | None:
    """Where the range "A <gap> B" starts (before "between"), or None when A and B are no range."""
    _, _, gap, lead_re, lookback, between, conjunction = GRAMMAR[lang]
    if not gap.fullmatch(text, end_a, start_b):  # no slice: the gap may be long
        return None
    word = text[end_a:start_b].strip().lower()
    m = lead_re.search(text, max(0, start_a - lookback), start_a)
    lead = m.group(0).lower().split()[0] if m else ""
    if word == conjunction:
        return m.start() if m and lead == between else None
    if lead and lead != between:
        return None  # "rose from 20 to 30" is a change, not a range
    return m.start() if m else start_a
