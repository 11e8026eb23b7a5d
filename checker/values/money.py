"""Money amounts: "$80 billion", "US$1.4bn", "USD 5 million", "6 million dollars", "€10B", "£2,000"."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.models import Value
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.cents import with_minor
from checker.values.common import SpanSet, as_range, hedged
from checker.values.currencies import CODES, MINOR, PREFIX_WORDS, SIGNS, WORDS, code_of
from checker.values.numbers import Num, negative
from checker.values.scan import Scan
from checker.values.vocab import BIG, BIG_WORD_ALT

_SIGN_CHARS = "€£¥₹₿₩₽₺₡₾₭₮"
_DOLLAR_LANDS = (  # US$, C$, R$, NT$, T$ (pa'anga)...
    "US|U\\.S\\.?|USD|CA|CAD|C|AU|AUD|(?-i:A)|NZ|NZD|HK|(?-i:S)|Mex|MXN|(?-i:R)"
    "|NT|TT|FJ|EC|BZ|WS|SI|(?-i:T)|(?-i:J)|(?-i:Z)"
)


def _prefix_pattern(words: str, signs: str = "") -> re.Pattern[str]:
    """A currency written just before the number (searched in the PREFIX_LOOKBACK characters before
    it); `words` are the names a writer puts there, `signs` more dollar signs of the language."""
    return re.compile(
        rf"""
    (?:
        (?<![\w$])(?-i:M)(?P<mcode>{CODES})\s?                      # MUSD 30: millions of a code
      | (?<![\w$])(?P<code>{CODES})\s?\$?                          # USD 30, USD$30
      | (?P<sign>(?:\b(?:{_DOLLAR_LANDS})\s?)?\${signs}            # $30, US$30, C$ 30
          | [{_SIGN_CHARS}] | \bRs\.? | \bRM)\s?                    # €30, Rs. 30, RM30
      | \b(?P<word>{words})\s                                         # ringgit 42
    )
    (?P<neg>[-−]\s?)?$                                               # $-99.99
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_PREFIX = _prefix_pattern(rf"""(?:malaysian?\s+)?(?:{"|".join(PREFIX_WORDS)})""")
# Spanish: "dólar 22,5 millones"; "U$S 100" and "U$D 90" are dollars too.
_PREFIX_ES = _prefix_pattern(alternation(vocab_es.PREFIX_WORDS), r"|\bU\$[SD]")
_WORD_ALT = alternation(WORDS)


def _suffix_pattern(scales: str, word: str) -> re.Pattern[str]:
    """A currency written just after the number; `scales` may follow a code ("30 USD million"),
    `word` is the pattern of a currency name ("dollars", "de dólares")."""
    return re.compile(
        rf"""
    (?:
        \s?(?P<sign>[${_SIGN_CHARS}元]|ரூ|(?-i:US)\$)(?!\s?\d)           # 30$, 30€, 30US$; not "2010 $45"
      | \s?(?-i:M)(?P<mcode>{CODES})\b                              # 30 MUSD
      | \s?(?P<code>{CODES})\b(?:\s+(?P<scale>{scales})\b)?         # 30 USD, 30 USD million
      | \s?(?P<minor>¢|(?-i:c)\b)                                   # 43c, 43¢
      | \s?(?P<rs>(?-i:Rs|RM)\b)                                    # 20Rs, 20 RM
      | \s(?P<le>L\.E\.?|LE\b)(?!\s*\w)                             # 50 L.E. (Egyptian pounds)
      | {word}                                                       # 6 million dollars, 12-euro
    )
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_SUFFIX = _suffix_pattern(BIG_WORD_ALT, rf"(?:\s+|-)(?P<word>(?:{_WORD_ALT})(?:e?s)?)\b")
_SUFFIX_ES = _suffix_pattern(vocab_es.BIG_ALT, rf"\s+(?:de\s+)?(?P<word>{vocab_es.CURRENCY_ALT})\b")
_RANGE_DASH = re.compile(r"\s?[-–]\s?|\s+to\s+")
_RANGE_DASH_ES = re.compile(r"\s?[-–]\s?|\s+a\s+")
RANGE_GAP = 40  # longest gap read as the dash or "to" of a range ("$20-30 million")
PREFIX_LOOKBACK = 24  # characters searched back for a currency before a number
_VAGUE_OF = re.compile(r"\s+of\s+(?P<word>dollars|euros|pounds|yen|yuan|rupees|pesos)\b", re.IGNORECASE)
_ONE = re.compile(r"\b(?:an?)\s+(?P<w>dollar|penny|cent|euro|dime|rupee)\b(?!-)", re.IGNORECASE)
_VAGUE_OF_ES = re.compile(
    r"\s+de\s+(?P<word>dólares|dolares|euros|libras|yenes|yuanes|rupias|pesos)\b", re.IGNORECASE
)
_ONE_ES = re.compile(rf"\b(?:un|una)\s+(?P<w>{alternation(vocab_es.SINGLE_UNITS)})\b(?!-)", re.IGNORECASE)
_YEARLIKE = re.compile(r"1[89]\d\d|20\d\d")
# "$78.7 billion (2024 USD)", "> 113 billion (2022 USD)": the year whose dollars the amount is in,
# and the currency of an amount written without one.
_PRICE_YEAR = re.compile(rf"\s*\(\s*(?:1[89]\d\d|20\d\d)\s+(?P<code>{CODES})\s*\)", re.IGNORECASE)
# "$38.1 billion in 2006 US dollars", "in constant 2015 dollars": the year whose money is meant
_PRICE_YEAR_BEFORE = r"\b(?:in|of)\s+(?:constant\s+|real\s+|inflation-adjusted\s+)?"
_PRICE_YEAR_AFTER = (
    r"\s+(?:(?:US|U\.S\.|American|Canadian|Australian|New\s+Zealand|Hong\s+Kong)\s+)?"
    r"(?:dollars|euros|pounds|yen|USD|CAD|AUD|NZD|EUR|GBP|JPY)\b"
)
_IN_PRICE_YEAR = re.compile(rf"{_PRICE_YEAR_BEFORE}(?P<year>1[89]\d\d|20\d\d){_PRICE_YEAR_AFTER}", re.I)
_BEFORE_PRICE_YEAR = re.compile(rf"{_PRICE_YEAR_BEFORE}$", re.I)
_AFTER_PRICE_YEAR = re.compile(_PRICE_YEAR_AFTER, re.I)


def price_years(text: str) -> list[tuple[int, int]]:
    """The spans of the years whose money an amount is in ("in 2006 US dollars"): no amount, no count."""
    return [m.span("year") for m in _IN_PRICE_YEAR.finditer(text)]


def _price_year(text: str, num: Num) -> bool:
    """The number is the year whose money is meant ("in 2006 US dollars")."""
    return (
        num.scale == 1
        and _YEARLIKE.fullmatch(text, num.start, num.end) is not None
        and _BEFORE_PRICE_YEAR.search(text, max(0, num.start - 30), num.start) is not None
        and _AFTER_PRICE_YEAR.match(text, num.end) is not None
    )


Unit = tuple[str, int, float]  # ISO code, where the currency ends (or starts), multiplier


def _may_follow_currency(text: str, start: int) -> bool:
    """A cheap test that lets most numbers skip `_PREFIX`: a currency before a number ends, but for a
    space and a minus sign, in a letter ("USD", "Rs", "ringgit"), a "$", a sign ("€") or a "."."""
    tail = text[max(0, start - 4) : start].rstrip().rstrip("-−").rstrip()
    return bool(tail) and (tail[-1].isalpha() or tail[-1] in _SIGN_CHARS or tail[-1] in "$.")


def _prefix_unit(text: str, num: Num, lang: str) -> tuple[str, int, float, bool] | None:
    """(code, start, multiplier, negative) for a currency written before the number."""
    if not _may_follow_currency(text, num.start):
        return None
    m = (_PREFIX_ES if lang == "es" else _PREFIX).search(text, max(0, num.start - PREFIX_LOOKBACK), num.start)
    if not m:
        return None
    neg = bool(m.group("neg"))
    if m.group("mcode"):
        return code_of(m.group("mcode")), m.start(), 10**6, neg  # "MAUD 60" is 60 million
    if m.group("code"):
        return code_of(m.group("code")), m.start(), 1, neg
    if m.group("word"):
        if not num.words and _YEARLIKE.fullmatch(text[num.start : num.end]):
            return None  # "the dollar 2024 outlook"
        return _word_code(m.group("word"), lang), m.start(), 1, neg
    sign = re.sub(r"[\s.]", "", m.group("sign").lower())
    return SIGNS.get(sign, "USD"), m.start(), 1, neg


def _word_code(word: str, lang: str = "en") -> str:
    if lang == "es":
        return vocab_es.CURRENCY_WORDS.get(word.lower(), "USD")
    last = word.lower().split()[-1]
    return WORDS.get(last, WORDS.get(last[:-1], "USD"))


def _suffix_unit(text: str, num: Num, lang: str) -> Unit | None:
    if lang == "es":
        m = (_VAGUE_OF_ES if num.vague else _SUFFIX_ES).match(text, num.end)
    else:
        m = (_VAGUE_OF if num.vague else _SUFFIX).match(text, num.end)
    if not m:
        return None
    g = m.groupdict()
    if g.get("sign"):
        return SIGNS.get(m.group("sign"), "USD"), m.end(), 1
    if g.get("mcode"):
        return code_of(m.group("mcode")), m.end(), 10**6  # "30 MUSD"
    if g.get("code"):
        scales = vocab_es.SCALES if lang == "es" else BIG
        return code_of(m.group("code")), m.end(), scales.get((m.group("scale") or "").lower(), 1)
    if g.get("minor"):
        return "USD", m.end(), 0.01
    if g.get("rs"):
        return ("INR" if m.group("rs") == "Rs" else "MYR"), m.end(), 1
    if g.get("le"):
        return "EGP", m.end(), 1
    word = " ".join(m.group("word").lower().split())
    return _word_unit_es(word, num, m.end()) if lang == "es" else _word_unit(word, num, m.end(), text)


# After "pounds": a force or a weight ("-force", "of thrust", a metric mass or force in brackets)
POUNDS_OF_WEIGHT = re.compile(
    r"(?:-?\s?force\b|\s+of\s+(?:thrust|force|pressure)\b"
    r"|\s*\(\s*[\d.,]+\s*(?:kg|kilograms?|kilos?|g|grams?|t|tonnes?|metric\s+tons?|kN|MN|N|newtons?)\b)",
    re.IGNORECASE,
)


def _word_unit_es(word: str, num: Num, end: int) -> Unit | None:
    """A Spanish currency name after the number ("6 millones de dólares", "50 centavos")."""
    code = vocab_es.CURRENCY_WORDS.get(word)
    if code is None or (code == "GBP" and word.startswith("libra") and num.scale == 1 and not num.vague):
        return None  # "50 libras" is more often weight than sterling
    return code, end, (vocab_es.MINOR[word][1] if word in vocab_es.MINOR else 1)


def _word_unit(word: str, num: Num, end: int, text: str) -> Unit | None:
    forms = (word, word[:-1], word[:-2], word.replace("pounds", "pound"), word.replace("ies", "y"))
    base = next((w for w in forms if w in WORDS), "")
    if base not in WORDS:
        return None
    if base == "pound" and num.scale == 1 and not num.vague:
        return None  # "lost 50 pounds" is more often weight than sterling
    if base == "pound" and POUNDS_OF_WEIGHT.match(text, end):
        return None  # "five million pounds-force", "2 million pounds (907 tonnes)": a force or a weight
    return WORDS[base], end, (MINOR[base][1] if base in MINOR else 1)


def _hit(text: str, num: Num, prev: Value | None, lang: str = "en") -> tuple[Num, Value] | None:
    if text[num.start - 1 : num.start] == "(" and _PRICE_YEAR.match(text, num.start - 1):
        return None  # the "2024" of "(2024 USD)"
    if _price_year(text, num):
        return None  # the "2006" of "in 2006 US dollars"
    pre = None if num.vague else _prefix_unit(text, num, lang)
    if pre is not None and (prev is None or pre[1] >= prev.end):
        code, start, scale, neg = pre
        if num.scale == 1 and lang == "en":
            scale *= _scale_beyond_bracket(text, num)
        num = _negated(num) if neg else negative(text, num)
        return num, hedged(text, "money", num, start, num.end, unit=code, scale=scale, lang=lang)
    post = _suffix_unit(text, num, lang)
    if post is not None:
        signed = num if num.vague else negative(text, num)
        return signed, hedged(text, "money", signed, signed.start, post[1], post[0], post[2], lang=lang)
    if (
        prev is not None
        and not num.vague
        and num.start - prev.end <= RANGE_GAP
        and (_RANGE_DASH_ES if lang == "es" else _RANGE_DASH).fullmatch(text, prev.end, num.start)
    ):
        return num, hedged(
            text, "money", num, num.start, num.end, unit=prev.unit, lang=lang
        )  # "$20-30 million"
    dated = _PRICE_YEAR.match(text, num.end)
    if dated is not None and not num.vague:
        signed = negative(text, num)
        return signed, hedged(
            text, "money", signed, signed.start, signed.end, code_of(dated.group("code")), lang=lang
        )
    return None


# A scale word written after a restatement in brackets applies to both amounts: "T$208.0 (US$90.4)
# million" is 208.0 million pa'anga and 90.4 million dollars.
_SCALE_AFTER_BRACKET = re.compile(rf"\s*\([^()]{{1,40}}\)\s*(?P<w>{BIG_WORD_ALT})\b", re.I)
_SCALE_AFTER_CLOSE = re.compile(rf"\s*\)\s*(?P<w>{BIG_WORD_ALT})\b", re.I)
_OPEN_BEFORE = re.compile(r"\([^()]{0,12}$")


def _scale_beyond_bracket(text: str, num: Num) -> int:
    """The multiplier of a scale word past a bracket: after the restatement that follows the amount,
    or after the bracket the amount closes (1 when there is none)."""
    m = _SCALE_AFTER_BRACKET.match(text, num.end)
    if m is None and _OPEN_BEFORE.search(text, max(0, num.start - 12), num.start):
        m = _SCALE_AFTER_CLOSE.match(text, num.end)
    return BIG.get(m.group("w").lower(), 1) if m is not None else 1


def _negated(num: Num) -> Num:
    """ "$-99.99": the sign after the currency."""
    if num.value is None:
        return num
    return Num(num.start, num.end, -num.value, -num.value, -num.value, num.vague, num.scale, num.words)


def _singles(text: str, lang: str = "en") -> list[Value]:
    """ "a dollar", "a penny", "un dólar": one of the unit."""
    found = []
    minor, words = (vocab_es.MINOR, vocab_es.CURRENCY_WORDS) if lang == "es" else (MINOR, WORDS)
    for m in (_ONE_ES if lang == "es" else _ONE).finditer(text):
        word = m.group("w").lower()
        factor = minor[word][1] if word in minor else 1
        found.append(
            Value(
                kind="money",
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                value=factor,
                low=factor,
                high=factor,
                unit=words[word],
            )
        )
    return found


def _money_values(text: str, nums: tuple[Num, ...], lang: str = "en") -> list[tuple[Num | None, Value]]:
    by_start = {n.start: n for n in nums}
    hits: list[tuple[Num | None, Value]] = []
    for num in nums:
        if hits and num.start < hits[-1][1].end:
            continue  # the cents of "$20 and 43 cents"
        hit = _hit(text, num, hits[-1][1] if hits else None, lang)
        if hit is not None:
            hits.append((hit[0], with_minor(text, hit[1], by_start, lang)))
    taken = SpanSet((v.start, v.end) for _, v in hits)
    hits += [(None, v) for v in _singles(text, lang) if not taken.overlaps(v.start, v.end)]
    return sorted(hits, key=lambda h: h[1].start)


def find_money(scan: Scan) -> list[Value]:
    """Every money amount in the text; "$20 million to $30 million", "$20-30 million" and "$20 million
    (2017 USD) to $30 million" become ranges."""
    text = scan.text
    values: list[Value] = []
    prev: tuple[Num, Value] | None = None
    for num, value in _money_values(text, scan.numbers, scan.lang):
        merged = None
        if prev and num:
            # "$51.2 billion (2017 USD) to $125 billion": the year of the prices stands inside the range
            dated = _PRICE_YEAR.match(text, prev[1].end)
            first = replace(prev[1], end=dated.end()) if dated else prev[1]
            merged = as_range(text, "money", first, value, prev[0], num, scan.lang)
        if merged is not None:
            values.pop()
        values.append(merged or value)
        prev = (num, value) if num else None
    return values
