"""Spelled-out Spanish numbers: split a run of number words into numbers and evaluate each.

"dos mil trescientos millones" is one number (2 300 000 000): a scale multiplies everything below
it written before it. text2num's Spanish mode reads most of these, but not "billón", "veintitrés"
without its accent, "veintiún" or "un mil", so the small grammar here reads all of them alike."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.values.vocab_es import HUNDREDS, SCALES, TEENS, TENS, UNITS, VEINTI

_BIG = {w: n for w, n in SCALES.items() if n >= 10**6}
_DOZEN = {w for w, n in SCALES.items() if n == 12}
_HALF = ("medio", "media")


def word_class(word: str) -> str | None:
    """The grammatical class of one number word, or None for a word that is not one."""
    w = word.lower()
    if w in UNITS:
        return "unit"
    if w in TEENS or w in VEINTI:
        return "teen"  # 10-29: one word each, no "y" after them
    if w in TENS:
        return "tens"
    if w in HUNDREDS:
        return "hundred"
    if w == "mil":
        return "mil"
    if w in _BIG:
        return "big"
    if w in _DOZEN:
        return "dozen"
    if w == "y":
        return "y"
    return "half" if w in _HALF else None


_ALLOWED: dict[str | None, set[str]] = {
    None: {"unit", "teen", "tens", "hundred", "mil", "big", "dozen", "half"},
    "unit": {"mil", "big", "dozen", "y"},
    "teen": {"mil", "big", "dozen", "y"},
    "tens": {"y", "mil", "big", "dozen"},
    "y": {"unit", "half"},
    "hundred": {"unit", "teen", "tens", "mil", "big", "dozen", "y"},
    "mil": {"unit", "teen", "tens", "hundred", "big", "y"},
    "big": {"unit", "teen", "tens", "hundred", "mil", "big", "y"},
    "dozen": {"y"},
    "half": {"big", "dozen"},
}
_WORD = re.compile(r"[^\W\d_]+")


def _value(word: str) -> int:
    w = word.lower()
    for table in (UNITS, TEENS, VEINTI, TENS, HUNDREDS):
        if w in table:
            return table[w]
    return 0


def segment_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the word run text[start:end] into separate numbers ("dos tres" -> two spans)."""
    spans: list[tuple[int, int]] = []
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    seg: list[tuple[str, int, int]] = []
    prev: str | None = None
    closed = 10**16  # the smallest big scale already applied: a second one must be smaller
    for word, a, b in tokens:
        cls = word_class(word) or "x"
        big = _BIG.get(word, 0)
        if prev is not None and (cls not in _ALLOWED[prev] or (cls == "big" and big >= closed)):
            spans.extend(_close(seg))
            seg, prev, closed = [], None, 10**16
        if prev is None and cls not in _ALLOWED[None]:
            continue
        if prev == "y" and cls == "unit" and not _joins_after_y(seg):
            spans.extend(_close(seg))  # "dos y tres" are two numbers
            seg, prev, closed = [], None, 10**16
        seg.append((word, a, b))
        closed = big if big else closed
        prev = cls
    spans.extend(_close(seg))
    return spans


def _joins_after_y(seg: list[tuple[str, int, int]]) -> bool:
    """A unit after "y" goes on the number when the word before "y" is a ten ("cuarenta y siete") or
    a scale ("dos mil y cuatro"), not after a unit ("dos y tres")."""
    return len(seg) > 1 and word_class(seg[-2][0]) in ("tens", "mil", "big", "hundred")


def _close(seg: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The span of a finished segment, without a dangling "y" (or a lone "medio")."""
    while seg and seg[-1][0] == "y":
        seg = seg[:-1]
    if not seg or [w for w, _, _ in seg] in (["medio"], ["media"]):
        return []
    return [(seg[0][1], seg[-1][2])]


class _Total:
    """A Spanish number being read: the part above a million, the thousands, and the rest."""

    def __init__(self) -> None:
        self.total = self.group = self.small = Decimal(0)
        self.last_scale = 1
        self.half_pending = False

    def half(self, next_is_big: bool) -> None:
        """ "medio": half of the next scale ("medio millón") or of the last one ("dos millones y medio")."""
        if next_is_big:
            self.half_pending = True
        elif self.last_scale > 1:
            self.total += Decimal("0.5") * self.last_scale
        else:
            self.small += Decimal("0.5")

    def scale(self, word: str) -> None:
        if word == "mil":
            self.group += (self.small or 1) * 1000
            self.small, self.last_scale = Decimal(0), 1000
            return
        big = _BIG[word]
        if self.half_pending:
            self.total += Decimal("0.5") * big
            self.half_pending = False
        else:
            self.total += (self.group + self.small or 1) * big
        self.group = self.small = Decimal(0)
        self.last_scale = big

    def value(self) -> Decimal:
        return self.total + self.group + self.small


def parse_words(clean: str) -> Decimal | None:
    """Evaluate a lower-case run of Spanish number words ("dos mil trescientos cuarenta y siete",
    "tres millones y medio", "medio millón")."""
    words = clean.split()
    n = _Total()
    for i, w in enumerate(words):
        cls = word_class(w)
        if cls is None:
            return None
        if cls == "half":
            n.half(i + 1 < len(words) and word_class(words[i + 1]) == "big")
        elif cls in ("unit", "teen", "tens", "hundred"):
            n.small += _value(w)
        elif cls in ("mil", "big"):
            n.scale(w)
        elif cls == "dozen":
            n.small = (n.small or Decimal(1)) * 12
    return n.value()


def words_value(span: str) -> Decimal | None:
    """The value of one number's words as written (case and spacing ignored)."""
    return parse_words(" ".join(span.lower().split()))


# --- number words run together ("veintiunavo", "treintaicincoavos", "dosmilésimos") ---------------

_PIECES = sorted(
    {*UNITS, *TEENS, *VEINTI, *TENS, *HUNDREDS, "mil", "millon", "millón", "billon", "billón", "i"},
    key=len,
    reverse=True,
)


def glued_value(word: str) -> int | None:
    """The number several number words written as one spell ("treintaicinco" -> 35, "cientocinco"
    -> 105, "dosmil" -> 2000), or None; "treint" reads as "treinta" (before "avo")."""
    w = word.lower()
    for candidate in (w, w + "a", w + "e"):
        pieces = _split(candidate)
        if pieces:
            value = parse_words(" ".join("y" if p == "i" else p for p in pieces))
            if value is not None and value == int(value) and value > 0:
                return int(value)
    return None


def _split(word: str) -> list[str] | None:
    if not word:
        return []
    for piece in _PIECES:
        if word.startswith(piece):
            rest = _split(word[len(piece) :])
            if rest is not None:
                return [piece, *rest]
    return None
