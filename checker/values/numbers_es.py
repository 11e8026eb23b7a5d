"""Atomic numbers in Spanish text: digits, scale words, spelled-out numbers, vague amounts and fractions.

Digits follow the Spanish convention, the inverse of the English one: a dot groups thousands and a
comma marks decimals ("80.000" is eighty thousand, "6,4 millones" six point four million). A figure
whose separators allow only one reading is read that way whatever the convention ("1,234,567",
"1,234.5", "6.4", "1111.5": a dot before other than three digits is a decimal point), so copy that
follows the English style is still read where it can be. Spaces group thousands in both
("40 000"). A bare "un"/"una" is the indefinite article, not the number one."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from checker.patterns import alternation
from checker.values import vocab_es as v
from checker.values.num import (
    MAX_DIGITS,
    MAX_NUMBER_WORDS,
    MAX_SPACE_GROUPS,
    Num,
    as_number,
    scaled_figure,
    within_caps,
)
from checker.values.parts_es import find_fractions_es, with_decimals
from checker.values.words_es import segment_words, words_value

_SPACE = r"[ \u00a0\u202f]"
_DIGITS = rf"""
    (?P<dot>\d{{1,3}}(?:\.\d{{3}})+(?!\d|\.\d)(?:,\d+)?)                 # 80.000, 1.234.567,89
  | (?P<comma>\d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d|,\d)(?:\.\d+)? | \d{{1,3}}(?:,\d{{3}})+\.\d+)  # 1,234,567
  | (?P<space>(?<![^\W\d_])(?<!\d{_SPACE})\d{{1,3}}(?:{_SPACE}\d{{3}}){{1,{MAX_SPACE_GROUPS}}}
        (?!\d|{_SPACE}\d)(?:,\d+)?)                                          # 40 000, 1 234,5
  | (?P<plain>\d+(?:[.,]\d+)? | [.,]\d+)                                     # 6,4  6.4  2025  ,08
"""
_WORDS = alternation([*v.SMALL, *v.SCALES, "medio", "media"])
_VAGUE_UNIT = alternation(v.VAGUE_UNITS)
_SEVERAL = alternation(v.SEVERAL)
_MASTER = re.compile(
    rf"""
    (?=[\d.,]|(?<![^\W\d_])[^\W\d_])           # a figure or a word's first letter: skips the rest fast
    (?:
    (?P<junk>                                   # not amounts: versions, IP-like runs, clock times
        (?<!\d)(?!\d{{1,3}}(?:\.\d{{3}})+(?!\d|[.:/]\d))\d+(?:[.:/]\d+){{2,}}
      | (?<!\d)\d+(?:-\d+){{2,}} | \d{{1,2}}:\d{{2}}(?::\d{{2}})?
    )
  | (?<![\w.,])(?P<vague>
        (?:decenas|cientos|centenares)\s+de\s+(?:miles\s+de\s+millones|miles|millares|millones)
      | miles\s+de\s+millones
      | (?:cientos|centenares|miles|millares|millones)\s+y\s+(?:cientos|centenares|miles|millares|millones)
      | (?:{_SEVERAL})\s+(?:{_VAGUE_UNIT})
      | {alternation(v.VAGUE)}
    )\b(?!\s+de\s+millones)
  | (?<![\w.])(?P<sci>(?:\d+(?:[.,]\d+)?|[.,]\d+)                     # 1e10, 1,1^23
        (?:[eE](?P<e>[+-]?\d+)|\^(?P<p>[-+−]*\d+)))(?![\w.])
  | (?<![0-9.,])(?P<num>{_DIGITS})
    (?:
        (?P<sep>\s*+)(?P<scale>{v.SCALE_ALT})\b(?:\s+y\s+(?P<half>medio|media)\b)?  # 6,4 millones (y medio)
      | (?P<suf>(?-i:[kKMG]))(?!\w)                                      # 10k
      | \s{{1,2}}(?P<suf2>(?-i:[kKGM]))(?![\w&.])                        # 10 K
    )?
  | (?P<words>(?<![\w-])(?:{_WORDS})(?:(?:\s+y\s+|\s+)(?:{_WORDS}))*(?![\w-]))
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ARTICLE = frozenset({"un", "una"})
_LETTER = re.compile(r"[^\W\d_]")
_AFTER_OK = re.compile(r"[A-Z]{3}\b|[A-Z]?\$|€|%")
_ORDINAL_MARK = re.compile(r"\.?[ºª°]|(?:er|ro|ra|do|da|to|ta|vo|va|no|na)\b", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[^\W\d_]+")


def _digits_value(m: re.Match[str]) -> Decimal | None:
    """The value of a figure in digits read by the separator convention its form allows."""
    written = m.group("num")
    if len(written) > 2 * MAX_DIGITS:
        return None
    if m.group("dot") or m.group("space"):
        raw = re.sub(r"[.\s\u00a0\u202f]", "", written).replace(",", ".")
    elif m.group("comma"):
        raw = written.replace(",", "")
    else:
        raw = written.replace(",", ".")
    return scaled_figure(raw, _scale(m), half=bool(m.group("half")))


def _scale(m: re.Match[str]) -> int:
    if m.group("scale"):
        phrase = " ".join(m.group("scale").lower().split())
        return v.SCALE_PHRASES.get(phrase) or v.SCALES[phrase]
    suffix = m.group("suf") or m.group("suf2")
    return v.SUFFIXES[suffix] if suffix else 1


def _glued(text: str, m: re.Match[str]) -> bool:
    """True when the digits belong to a code or an ordinal ("MS-13", "H5N1", "1.º", "3er")."""
    start, end = m.start(), m.end()
    if start and (_LETTER.match(text, start - 1) or text[start - 1] == "_"):
        return not re.search(r"(?:[A-Z]{2,3}\$?|[A-Z]\$|U\$[SD])\s*$", text[max(0, start - 5) : start])
    if start >= 2 and text[start - 1] in "-/" and _LETTER.match(text, start - 2):
        return True
    if m.group("scale") or m.group("suf") or m.group("suf2"):
        return False
    if _ORDINAL_MARK.match(text, end):
        return True
    return bool(_LETTER.match(text, end)) and not _AFTER_OK.match(text, end)


def _vague(m: re.Match[str]) -> Num:
    low, high = vague_range(" ".join(m.group("vague").lower().split()))
    return Num(m.start(), m.end(), None, low, high, vague=True)


def vague_range(phrase: str) -> tuple[int, int]:
    """The interval a Spanish vague amount allows ("decenas de miles" -> 20,000..99,999)."""
    if phrase in v.VAGUE:
        return v.VAGUE[phrase]
    head, _, rest = phrase.partition(" de ")
    if rest and head in v.VAGUE_UNITS:  # decenas de miles
        mult, unit = v.VAGUE_UNITS[head], v.VAGUE_UNITS[rest]
        return 2 * mult * unit, 10 * mult * unit - 1
    last = phrase.partition(" y ")[2]
    if last in v.VAGUE_UNITS:  # miles y miles
        return 2 * v.VAGUE_UNITS[last], 1000 * v.VAGUE_UNITS[last] - 1
    lead, _, word = phrase.rpartition(" ")
    base = v.VAGUE_UNITS[word]
    several = lead in ("varios", "varias")
    return (3 if several else 2) * base, 10 * base - 1


def _words(text: str, m: re.Match[str]) -> list[Num]:
    found = []
    for start, end in segment_words(text, m.start("words"), m.end("words")):
        written = text[start:end]
        tokens = _WORD_TOKEN.findall(written)
        if len(tokens) > MAX_NUMBER_WORDS or (len(tokens) == 1 and tokens[0].lower() in _ARTICLE):
            continue  # "un"/"una" alone is an article
        val = words_value(written)
        if val is None or not within_caps(val):
            continue
        last = tokens[-1].lower()
        num = as_number(val)
        found.append(Num(start, end, num, num, num, scale=v.SCALES.get(last, 1), words=True))
    return found


def _sci(m: re.Match[str]) -> Num | None:
    body = m.group("sci").replace(",", ".")
    mantissa = re.split(r"[eE^]", body, maxsplit=1)[0]
    power = m.group("p") if m.group("p") is not None else m.group("e")
    digits = power.lstrip("+-−")
    if len(mantissa) > MAX_DIGITS or len(digits.lstrip("0")) > 3:
        return None
    exp = (-1 if (power.count("-") + power.count("−")) % 2 else 1) * int(digits or "0")
    mant = Decimal(mantissa)
    try:
        val = (
            mant.scaleb(exp) if m.group("e") is not None else (mant**exp if exp >= 0 else 1 / mant ** (-exp))
        )
    except (InvalidOperation, ZeroDivisionError):
        return None
    if not within_caps(val):
        return None
    num = as_number(round(val, 15) if val != val.to_integral_value() else val)
    return Num(m.start(), m.end(), num, num, num)


def _atoms(text: str) -> list[Num]:
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
        elif m.group("sci"):
            sci = _sci(m)
            if sci is not None:
                found.append(sci)
    return found


def scan_numbers_es(text: str) -> tuple[Num, ...]:
    """Every atomic number in Spanish `text`, in order, fractions ("dos tercios", "3/4") and decimals
    in words ("siete con cincuenta") included, each fraction marked as one."""
    atoms = with_decimals(text, _atoms(text))
    fractions = find_fractions_es(text, atoms)
    taken = [(f.start, f.end) for f in fractions]
    kept = [n for n in atoms if not any(n.start < b and a < n.end for a, b in taken)]
    return tuple(sorted([*kept, *fractions], key=lambda n: n.start))
