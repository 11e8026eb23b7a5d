"""Fractions ("two thirds", "a quarter", "one-fifth", "1/4", "¾", "one over three"): numbers, not counts.

A fraction with a scale ("two thirds of a million", "3 million and a quarter") is an amount and keeps
that scale in `Num.scale`, so the count search can still read it.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from checker.values import vocab
from checker.values.fracdigits import digit_fractions, longest
from checker.values.num import Num, as_number, rounded
from checker.values.numbers import scan_numbers
from checker.values.scan import Scan
from checker.values.vocab import SMALL
from checker.values.words import word_class

_TENS = vocab.alternation(vocab.TENS)
_ORDINALS: dict[str, int] = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 10**6,
    "billionth": 10**9,
    "trillionth": 10**12,
    "first": 1,
    "second": 2,
}
_ORD_ALT = "|".join(w for w in _ORDINALS if w not in ("first", "second", "halve"))
# "first"/"second" are denominators only after a tens word ("a twenty-first"): "two seconds" is time.
_ORDINAL = re.compile(
    rf"(?<!\w)(?:(?P<tens>{_TENS})(?P<tsep>\s*-\s*|\s+)(?=first|second)|(?P<htens>{_TENS})\s*-\s*)?"
    rf"(?P<ord>first|second|halve|{_ORD_ALT})(?P<pl>s)?\b(?!-)",
    re.IGNORECASE,
)
_NUM_WORD = vocab.alternation(
    [*SMALL, "hundred", *(w for w in vocab.BIG if w not in vocab.DIGIT_ONLY_SCALES)]
)
_RUN = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_NUM_WORD})s?|and|an?|\d+(?:[.,]\d+)*)(?:\s*-\s*|\s+))+$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"(?P<sep>\s*-\s*|\s+)?(?P<w>[a-z]+|\d+(?:[.,]\d+)*)", re.IGNORECASE)
_SCALE_AFTER = re.compile(rf"\s+(?:of\s+)?(?:an?\s+)?(?P<s>{vocab.BIG_WORD_ALT})\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b|\s*(?:[.,;:?!)]|$)")
_RATIO_GAP = re.compile(r"\s+(?P<w>over|out\s+of|in)\s+", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b", re.IGNORECASE)
_END_AFTER = re.compile(r"\s*(?:[.,;:?!)]|$)")
_DOZEN_AFTER = re.compile(r"\s+(?:an?\s+)?dozen")
_ARTICLE_AFTER = re.compile(r"\s+an?\b|-")

Token = tuple[str, int, int, bool]  # word, start, end, joined to the previous one by a hyphen


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [
        (m.group("w").lower(), m.start("w"), m.end("w"), "-" in (m.group("sep") or ""))
        for m in _TOKEN.finditer(text, start, end)
    ]


def _single(text: str, tokens: list[Token]) -> Num | None:
    """The one number the tokens spell, or None ("twenty twenty" is two numbers)."""
    if not tokens:
        return None
    if [t[0] for t in tokens] in (["a"], ["an"]):
        return Num(tokens[0][1], tokens[0][2], 1, 1, 1)
    start, end = tokens[0][1], tokens[-1][2]
    nums = [n for n in scan_numbers(text[start:end]) if not n.compound]
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != end - start or nums[0].value is None:
        return None
    n = nums[0]
    return Num(start, end, n.value, n.value, n.value, scale=n.scale, words=n.words)


def _split_whole(tokens: list[Token], den: int) -> tuple[list[Token], list[Token]]:
    """("one hundred and", "three") for "one hundred and three quarters"; whole is [] if none."""
    words = [t[0] for t in tokens]
    if "and" not in words:
        return [], tokens
    i = len(words) - 1 - words[::-1].index("and")
    after = words[i + 1 :]
    simple = len(after) == 1 and (after[0] in ("a", "an") or SMALL.get(after[0], 99) < 10)
    if simple or (den in (10, 100, 1000) and after):
        return tokens[:i], tokens[i + 1 :]
    return [], tokens


def _compound_den(text: str, tokens: list[Token], den: int) -> tuple[list[Token], int]:
    """Take number words into the denominator ("one hundred thirty fifths" is 100/35)."""
    tens = len(tokens) > 1 and word_class(tokens[-1][0]) == "tens"
    if den < 10 and tens and _single(text, tokens[:-1]) is not None:
        return tokens[:-1], den + SMALL[tokens[-1][0]]
    rest = tokens[:-1] if tokens and tokens[-1][0] == "and" else tokens
    if den < 100 and len(rest) > 2 and rest[-1][0] in ("hundred", "thousand") and not rest[-2][3]:
        unit = SMALL.get(rest[-2][0])
        if unit is not None and unit < 10 and _single(text, rest[:-2]) is not None:
            return rest[:-2], unit * (100 if rest[-1][0] == "hundred" else 1000) + den
    return tokens, den


def _word_fraction(text: str, m: re.Match[str]) -> Num | None:
    den = _ORDINALS[m.group("ord").lower()]
    tens = m.group("tens") or m.group("htens")
    if m.group("ord").lower() in ("first", "second") and not tens:
        return None  # "73 seconds" is time, "the first" an order: only "twenty-first" is a part
    den += SMALL[tens.lower()] if tens else 0
    run = _RUN.search(text, max(0, m.start() - 120), m.start())
    tokens = _tokens(text, run.start(), run.end()) if run else []
    while tokens and tokens[0][0] == "and":
        tokens = tokens[1:]
    whole_tokens, tokens = _split_whole(tokens, den)
    if not tens:
        tokens, den = _compound_den(text, tokens, den)
    scale_m = _SCALE_AFTER.match(text, m.end())
    if not tokens:
        half = _bare_half(text, m)
        return _with_whole(text, m.start(), m.end(), Decimal("0.5"), None, scale_m) if half else None
    top = _single(text, tokens)
    if top is None or top.value is None or not _plausible(text, m, top.value, whole_tokens, scale_m):
        return None
    value = Decimal(str(top.value)) / den
    return _with_whole(text, tokens[0][1], m.end(), value, _single(text, whole_tokens), scale_m)


def _plausible(
    text: str, m: re.Match[str], top: float, whole: list[Token], scale: re.Match[str] | None
) -> bool:
    if m.group("ord").lower() in ("half", "halve", "quarter") and _DOZEN_AFTER.match(text, m.end()):
        return False  # "half a dozen" is the words parser's
    if top == 1 and not m.group("pl") and not whole and not scale:
        return bool(_OF_AFTER.match(text, m.end()))  # "a third of voters", not "a third term"
    return bool(m.group("pl")) or top == 1 or m.group("ord").lower() == "half"


def _bare_half(text: str, m: re.Match[str]) -> Num | None:
    """A lone "half" ("more than half") is 0.5; "half a million" and "half-time" are not read here."""
    if m.group("ord").lower() != "half" or m.group("pl") or _ARTICLE_AFTER.match(text, m.end()):
        return None
    return Num(m.start(), m.end(), 0.5, 0.5, 0.5, words=True)


def _with_whole(
    text: str, start: int, end: int, value: Decimal, whole: Num | None, scale_m: re.Match[str] | None
) -> Num:
    """Add the whole part and apply a scale: "two and a half million", "six million and two thirds"."""
    scale = vocab.BIG[scale_m.group("s").lower()] if scale_m else 1
    end = scale_m.end() if scale_m else end
    if whole is None or whole.value is None:
        value *= scale
    else:
        start, whole_value = whole.start, Decimal(str(whole.value))
        if whole.scale >= 1000:  # "one billion and three quarters million", "six million and two thirds"
            value = whole_value + value * (scale if scale > 1 else whole.scale)
            scale = max(scale, whole.scale)
        else:
            value = (whole_value + value) * scale
    num = as_number(rounded(value))
    return Num(start, end, num, num, num, scale=scale if scale >= 1000 else 1, words=True)


def _ratios(text: str, nums: tuple[Num, ...]) -> list[Num]:
    """ "one over three", "1 in twenty-one", "two out of five hundred"."""
    found = []
    for a, b in itertools.pairwise(nums):
        gap = _RATIO_GAP.fullmatch(text, a.end, b.start)
        if gap is None or a.value is None or not b.value or a.vague or b.vague:
            continue
        word = gap.group("w").lower()
        if word == "over" and not _END_AFTER.match(text, b.end):
            continue  # "$2000 over 3 years" is a period
        if word != "over" and (a.value > b.value or _TIME_AFTER.match(text, b.end)):
            continue
        num = as_number(rounded(Decimal(str(a.value)) / Decimal(str(b.value))))
        found.append(Num(a.start, b.end, num, num, num, words=a.words))
    return found


def find_fractions(scan: Scan) -> list[Num]:
    """Every fraction in the text, its value rounded to 15 decimal places; the longest where they overlap."""
    if scan.lang == "es":
        return [n for n in scan.numbers if n.fraction]  # read with the numbers (numbers_es)
    text = scan.text
    found = [n for m in _ORDINAL.finditer(text) if (n := _word_fraction(text, m)) is not None]
    found += [_with_scale(text, n) for n in digit_fractions(text)]
    found += _ratios(text, scan.numbers)
    return longest(found)


_BIG_AFTER = re.compile(rf"\s+({vocab.BIG_WORD_ALT})\b", re.I)


def _with_scale(text: str, n: Num) -> Num:
    """A fraction in digits with the scale word after it ("3½ million" is 3,500,000), else as it is."""
    m = _BIG_AFTER.match(text, n.end)
    if m is None or n.value is None:
        return n
    scale = vocab.BIG[m.group(1).lower()]
    num = as_number(rounded(Decimal(str(n.value)) * scale))
    return Num(n.start, m.end(), num, num, num, scale=scale)
