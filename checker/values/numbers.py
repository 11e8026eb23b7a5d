"""Atomic numbers in running text: digits, scale words, spelled-out numbers and vague amounts."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import text2num

from checker.values.mixed import join_mixed
from checker.values.num import SCALES, SUFFIXES, Num, Number, as_number
from checker.values.words import parse_words, segment_words

__all__ = ["SCALES", "Num", "Number", "as_number", "negative", "scan_numbers", "vague_range"]

_SCALE_ALT = "hundred|thousand|million|billion|trillion|lakh|lac|lkh|crore|krore|koti|dozen|doz|dz|(?-i:cr)"
# Indian grouping (12,34,567) before Western (1,234,567); space grouping never right after a letter
# ("i7 860" is no 7,860).
_DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|(?<![A-Za-z])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
)
_WORD = (
    r"zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|lakh|lac|crore|krore|koti|doz"
)
_SCI = r"(?:\d+(?:\.\d+)?|\.\d+)(?:[eE](?P<e>[+-]?\d+)|\s?[x×]\s?10\^?(?P<x>[-+−]?\d+)|\^(?P<p>[-+−]*\d+))"
_VAGUE_BASE = r"(?:dozens|scores|hundreds|thousands|millions|billions|trillions)"
# Order matters: at one start position the first alternative wins, so junk and vague
# phrases are tried before plain digits and word runs.
_MASTER = re.compile(
    r"(?P<junk>\d+(?:[.:/]\d+){2,}|\d+(?:-\d+){2,}|\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?<![\w.,])(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:thousands|millions|hundreds|billions)\s+(?:upon|and|on)\s+(?:thousands|millions|hundreds|billions)"
    r"|(?:many|several|a\s+few)\s+(?:hundreds?|thousands?|millions?|billions?)\b(?!\s+(?:and\s+)?[a-z]*-?(?:one|two|three|four|five|six|seven|eight|nine)\b)"
    r"|dozens|hundreds|thousands|millions|billions)\b"
    rf"|(?<![\w.])(?P<sci>{_SCI})(?![\w.])"
    r"|(?P<pt>(?<![\w.])(?:\d+\s+)?point\s+\d+)\b"
    rf"|(?<![0-9.])(?P<num>{_DIGITS})"
    rf"(?:(?P<sep>\s*-?\s*)(?P<scale>{_SCALE_ALT})s?\b|\s?(?P<suf>bn|mn|mln|bln|tn|tln)\b"
    r"|(?P<suf1>mm|mil|[kKmMbB]|(?-i:[GT]))(?![\w])|\s{1,2}(?P<suf2>(?-i:[kKGM]))(?![\w&.]))?"
    r"|(?P<pair>\ba\s+(?:couple|pair)(?:\s+of)?\b|\bnil\b)"
    r"|(?P<words>\b(?:(?:a\s+)?(?:half|quarter)\s+(?:an?\s+)?(?=(?:thousand|million|billion|trillion|dozen)\b)"
    rf"|an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen|lakh)\b))?(?:{_WORD})s?"
    rf"(?:(?:\s*-\s*|\s+|\s+and\s+)(?:{_WORD}|point|(?-i:[cC]r))s?\b|\s+and\s+an?\s+half\b)*\b)",
    re.IGNORECASE,
)
_VAGUE_RANGES: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "millions": (2 * 10**6, 10**9 - 1),
    "billions": (2 * 10**9, 10**12 - 1),
    "trillions": (2 * 10**12, 10**15 - 1),
}
_VAGUE_UNIT: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "tens": 10,
    "hundreds": 100,
}
_AFTER_BAD = re.compile(r"-[A-Za-z]|\s*[ap]\.?m\b\.?|[A-Za-z]", re.IGNORECASE)
# A currency glued on ("43c", "20Rs", "3.14US$", "12-cent") keeps the digits an amount.
_MONEY_AFTER = r"-(?:cents?|yen|dollars?|euros?|pence)\b|(?-i:c|Rs|RM)\b|(?-i:US)\$"
_AFTER_OK = re.compile(r"-(?:" + _SCALE_ALT + r")|[A-Z]{3}\b|s?\$|€|" + _MONEY_AFTER, re.IGNORECASE)
_BEFORE_CODE = re.compile(r"(?:[A-Z]{2,3}\$?|[A-Z]\$|Rs\.?|RM|MAUD)\s*$")
_SIGN = re.compile(r"(?:(?<![\w.,%-])[-−]\s?|\b(?:minus|negative)\s+)$")
_COMPOUND = re.compile(r"-(?!" + _MONEY_AFTER + r")[A-Za-z]")  # "three-hour": a modifier, not an amount
_BAD_ONE_BEFORE = re.compile(r"\b(?:no|the|this|that|any|every|each|which|some|last)\s+$", re.IGNORECASE)
_BAD_ONE_AFTER = re.compile(r"\s+(?:another|day|way|or\s+another|and\s+only)\b", re.IGNORECASE)


def _digits_value(m: re.Match[str]) -> Decimal | None:
    raw = re.sub(r"[,\s\u00a0\u202f]", "", m.group("num"))
    try:
        val = Decimal(raw)
    except InvalidOperation:
        return None
    return val * _scale(m)


def _scale(m: re.Match[str]) -> int:
    if m.group("scale"):
        return SCALES[m.group("scale").lower()]
    suffix = m.group("suf") or m.group("suf1") or m.group("suf2")
    return SUFFIXES[suffix.lower()] if suffix else 1


def _glued(text: str, m: re.Match[str]) -> bool:
    """True when the digits belong to a code, ordinal, clock time or compound modifier."""
    start, end = m.start(), m.end()
    if start and (text[start - 1].isalpha() or text[start - 1] == "_"):
        return not _BEFORE_CODE.search(text[max(0, start - 5) : start])
    if start >= 2 and text[start - 1] in "-/" and (text[start - 2].isalpha() or text[start - 1] == "/"):
        return True
    if start >= 5 and text[start - 1] in "-–" and text[start - 5 : start - 1].isdigit():
        return True  # the "25" of a season or fiscal year "2024-25"
    if m.group("scale") or m.group("suf") or m.group("suf1") or m.group("suf2"):
        return False
    if _AFTER_OK.match(text, end):
        return False
    return bool(_AFTER_BAD.match(text, end))


def _vague(m: re.Match[str]) -> Num:
    phrase = " ".join(m.group("vague").lower().split())
    low, high = vague_range(phrase)
    return Num(m.start(), m.end(), None, low, high, vague=True)


def vague_range(phrase: str) -> tuple[int, int]:
    """The interval a vague amount allows ("tens of thousands" -> 20,000..99,999)."""
    words = phrase.split()
    if words[0] in ("many", "several", "few", "a") or words[1:2] in (["upon"], ["and"], ["on"]):
        base = _VAGUE_UNIT[words[-1].rstrip("s")]
        lows = {"several": 3, "many": 2, "a": 2}
        if words[1:2] in (["upon"], ["and"], ["on"]) or words[0] == "many":
            return 2 * base, 1000 * base - 1
        return lows.get(words[0], 2) * base, 10 * base - 1
    if len(words) == 3:
        mult = _VAGUE_UNIT[words[0]]
        unit = _VAGUE_UNIT[words[2].rstrip("s")]
        return 2 * mult * unit, 10 * mult * unit - 1
    return _VAGUE_RANGES[words[0]]


def _words(text: str, m: re.Match[str]) -> list[Num]:
    found = []
    for start, end in segment_words(text, m.start("words"), m.end("words")):
        val = _words_value(text[start:end])
        if val is None or _lonely_one(text, start, end) or _COMPOUND.match(text, end):
            continue
        last = text[start:end].lower().split()[-1].rstrip("s")
        num = as_number(val)
        found.append(Num(start, end, num, num, num, scale=SCALES.get(last, 1), words=True))
    return found


def _words_value(span: str) -> Decimal | None:
    clean = " ".join(span.lower().replace("-", " ").split())
    if "half" not in clean and "point" not in clean and not clean.startswith("a"):
        try:
            return Decimal(text2num(clean, "en"))
        except ValueError:
            pass
    return parse_words(clean)


def _lonely_one(text: str, start: int, end: int) -> bool:
    """A bare "one" used as a pronoun ("no one", "the one who") is not an amount."""
    if text[start:end].lower() != "one":
        return False
    return bool(_BAD_ONE_BEFORE.search(text, 0, start) or _BAD_ONE_AFTER.match(text, end))


def _sci_value(m: re.Match[str]) -> Decimal:
    """1e10, 1.3x10^6, 2.48×10−5 (mantissa times a power of ten) and 1.1^23 (a power)."""
    body = m.group("sci")
    mant = Decimal(re.split(r"[eE^x×\s]", body, maxsplit=1)[0])
    if m.group("p") is not None:
        power = m.group("p")
        sign = -1 if (power.count("-") + power.count("−")) % 2 else 1
        exp = sign * int(power.lstrip("+-−"))
        return Decimal(float(mant) ** exp) if exp < 0 else mant**exp
    exp = int((m.group("e") or m.group("x")).replace("−", "-"))
    return mant.scaleb(exp)


def _point_value(m: re.Match[str]) -> Decimal:
    whole, _, frac = m.group("pt").partition("point")
    return Decimal((whole.strip() or "0") + "." + frac.strip())


def _other(text: str, m: re.Match[str]) -> Num | None:
    """Scientific notation, "1 point 1", and the words "a couple", "a pair" (2) and "nil" (0)."""
    if m.group("sci"):
        val = _sci_value(m)
    elif m.group("pt"):
        val = _point_value(m)
    else:
        val = Decimal(0 if m.group("pair").lower() == "nil" else 2)
    num = as_number(val)
    return Num(m.start(), m.end(), num, num, num, words=bool(m.group("pair")))


@lru_cache(maxsize=512)
def scan_numbers(text: str) -> tuple[Num, ...]:
    """Every atomic number in `text`, in order; junk such as clock times and IP-like runs is skipped."""
    found: list[Num] = []
    for m in _MASTER.finditer(text):
        if m.group("vague"):
            found.append(_vague(m))
        elif m.group("num"):
            val = _digits_value(m)
            if val is not None and not _glued(text, m):
                num = as_number(val)
                found.append(Num(m.start(), m.end(), num, num, num, scale=_scale(m)))
        elif m.group("words"):
            found.extend(_words(text, m))
        elif m.group("sci") or m.group("pt") or m.group("pair"):
            other = _other(text, m)
            if other is not None:
                found.append(other)
    return tuple(join_mixed(text, found))


def negative(text: str, num: Num) -> Num:
    """The same number with a leading minus sign ("-4", "minus five") folded in, if there is one."""
    m = _SIGN.search(text[max(0, num.start - 10) : num.start])
    if not m or num.value is None:
        return num
    start = num.start - (len(m.group(0)))
    val = -num.value
    return Num(start, num.end, val, val, val, num.vague, num.scale, num.words)
