"""Spelled-out English numbers: split a run of number words into numbers and evaluate each."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.values.vocab import BIG, SMALL

# Plural scales ("hundreds of", "two dozens") still name the scale.
_PLURALS = ("hundred", "dozen", *BIG)

_ALLOWED: dict[str | None, set[str]] = {
    None: {"unit", "teen", "tens", "big", "a", "half", "quarter", "hundred"},
    "unit": {"hundred", "big", "dozen", "and", "point"},
    "teen": {"hundred", "big", "dozen", "and", "point"},
    "tens": {"unit", "hundred", "big", "dozen", "and", "point"},
    "hundred": {"unit", "teen", "tens", "big", "dozen", "and", "point"},
    "big": {"unit", "teen", "tens", "big", "dozen", "and", "point"},
    "dozen": set(),
    "and": {"unit", "teen", "tens", "a"},
    "a": {"hundred", "big", "dozen", "half", "quarter"},
    "half": {"a", "big", "dozen"},
    "quarter": {"big"},
    "point": {"unit", "teen", "tens"},
}
_SIGNIFICANT = {"unit", "teen", "tens", "hundred", "big", "dozen", "half", "quarter"}
_TOKEN = re.compile(r"[A-Za-z]+")


def word_class(word: str) -> str | None:
    """The grammatical class of one number word, or None for a word that is not one."""
    w = word.lower()
    w = w[:-1] if w.endswith("s") and w[:-1] in _PLURALS else w
    w = "dozen" if w in ("doz", "dozs") else w
    if w in SMALL:
        n = SMALL[w]
        return "unit" if n < 10 else "teen" if n < 20 else "tens"
    if w in BIG:
        return "big"
    if w in ("hundred", "dozen", "and", "half", "point", "quarter"):
        return w
    return "a" if w in ("a", "an") else None


def _can_follow(prev: str | None, cls: str, has_scale: bool, in_point: bool) -> bool:
    if in_point:
        return cls in ("unit", "teen", "tens", "big")
    if prev == "and" and cls in ("unit", "teen", "tens"):
        return has_scale  # "one hundred and five" joins, "two and three" does not
    return cls in _ALLOWED[prev]


def segment_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the word run text[start:end] into separate numbers ("one two" -> two spans)."""
    spans: list[tuple[int, int]] = []
    seg_start = seg_end = -1
    prev: str | None = None
    has_scale = in_point = False
    last_big = 0
    for m in _TOKEN.finditer(text, start, end):
        cls = word_class(m.group()) or "x"
        big = BIG.get(m.group().lower().rstrip("s"), 0)
        bigger = big >= last_big > 0 and prev != "big"  # "three thousand millions" multiplies
        if prev is not None and (not _can_follow(prev, cls, has_scale, in_point) or bigger):
            if seg_end > seg_start >= 0:
                spans.append((seg_start, seg_end))
            seg_start, seg_end, prev, has_scale, in_point, last_big = -1, -1, None, False, False, 0
        if prev is None and cls not in _ALLOWED[None]:
            continue
        if seg_start < 0:
            seg_start = m.start()
        last_big = big or last_big
        has_scale = has_scale or cls in ("hundred", "big")
        in_point = (in_point or cls == "point") and cls != "big"
        prev = cls
        if cls in _SIGNIFICANT or (in_point and cls != "point"):
            seg_end = m.end()
    if seg_end > seg_start >= 0:
        spans.append((seg_start, seg_end))
    return spans


def parse_words(clean: str) -> Decimal | None:
    """Evaluate a lower-case run of number words ("two and a half million" -> 2500000)."""
    total = current = Decimal(0)
    decimals = ""
    last_big = 1
    words = clean.split()
    for i, w in enumerate(words):
        cls = word_class(w)
        if cls == "point" or (decimals and cls != "big"):
            decimals = _decimal_digits(decimals, cls, w, words[i - 1])
            continue
        current += Decimal("0" + decimals) if decimals not in ("", ".") else 0
        decimals = ""
        if cls is None or (cls == "and" and i == len(words) - 1):
            return None
        if cls == "big":
            last_big = BIG[w.rstrip("s")]
            total, current = _apply_big(total, current, last_big)
        elif cls in ("half", "quarter"):
            part = Decimal("0.5") if cls == "half" else Decimal("0.25")
            if current == 0 and total and i > 0 and words[i - 1] == "a":
                total += part * last_big  # "one million and a half"
            else:
                current += part
        elif cls != "and" and cls != "a":
            current = _apply_small(current, cls, w)
    if decimals not in ("", "."):
        current += Decimal("0" + decimals)
    return total + current


def _decimal_digits(decimals: str, cls: str | None, w: str, prev: str) -> str:
    """Digits after "point": "point seventy-one" is .71, "point seven one" is .71 too."""
    if cls == "point":
        return decimals + "."
    if cls == "unit" and word_class(prev) == "tens" and decimals.endswith("0"):
        return decimals[:-1] + str(SMALL[w])
    return decimals + str(SMALL.get(w, ""))


def _apply_small(current: Decimal, cls: str | None, w: str) -> Decimal:
    if cls == "hundred":
        return (current or Decimal(1)) * 100
    if cls == "dozen":
        small = current % 100  # "three hundred and two dozen" is 300 + 24, "two hundred dozen" 2400
        return current - small + small * 12 if small else (current or Decimal(1)) * 12
    return current + SMALL[w]


def _apply_big(total: Decimal, current: Decimal, big: int) -> tuple[Decimal, Decimal]:
    if current == 0 and total:
        return total * big, Decimal(0)  # "three thousand millions"
    return total + (current or Decimal(1)) * big, Decimal(0)
