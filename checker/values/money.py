"""Money amounts: "$80 billion", "US$1.4bn", "USD 5 million", "6 million dollars", "€10B", "£2,000"."""

from __future__ import annotations

import re

from checker.models import Value
from checker.values.common import as_range, hedged
from checker.values.numbers import Num, negative, scan_numbers

_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "usd$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "nz$": "NZD",
    "nzd$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "mex$": "MXN",
    "mxn$": "MXN",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₿": "BTC",
    "rs": "INR",
    "rm": "MYR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
}
_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|CHF|INR|HKD|SGD|MXN|BRL|ZAR|RUB|KRW|SEK|NOK|DKK|PLN|TRY|NZD"
    "|ILS|UAH|MYR|BTC|EGP|SAR|QAR|KWD|AED|NGN|KES|ARS|COP|CLP|PHP|IDR|THB|VND|PKR|BGN|CZK|HUF"
)
_WORDS: dict[str, str] = {
    "dollar": "USD",
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "american dollar": "USD",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "euro": "EUR",
    "pound": "GBP",
    "british pound": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "peso": "MXN",
    "mexican peso": "MXN",
    "swiss franc": "CHF",
    "real": "BRL",
    "reais": "BRL",
    "ruble": "RUB",
    "rouble": "RUB",
    "cent": "USD",
    "pence": "GBP",
    "penny": "GBP",
    "shekel": "ILS",
    "bitcoin": "BTC",
    "rand": "ZAR",
    "lira": "TRY",
    "turkish lira": "TRY",
    "ringgit": "MYR",
    "australian dollars": "AUD",
    "franc": "FRF",
    "french franc": "FRF",
    "peseta": "ESP",
    "guilder": "NLG",
    "dutch guilder": "NLG",
    "markka": "FIM",
    "finnish markka": "FIM",
    "deutsche mark": "DEM",
}
_PREFIX = re.compile(
    r"(?:(?<![\w$])(?P<code>" + _CODES + r")\s?\$?|(?P<sign>(?:\b(?:US|U\.S\.?|USD|CA|CAD|(?-i:C)|AU|AUD"
    r"|(?-i:A)|NZ|NZD|HK|(?-i:S)|Mex|MXN|(?-i:R))\s?)?\$|[€£¥₹₿₩₽₺]|\bRs\.?|\bRM))\s?$",
    re.IGNORECASE,
)
_WORD_ALT = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
_SUFFIX = re.compile(
    r"(?:\s?(?P<sign>[$€£¥₹₿])|\s?(?P<code>" + _CODES + r")\b|\s+(?P<word>(?:" + _WORD_ALT + r")(?:e?s)?)\b)",
    re.IGNORECASE,
)
_RANGE_DASH = re.compile(r"\s?[-–]\s?|\s+to\s+")
_VAGUE_OF = re.compile(r"\s+of\s+(?P<word>dollars|euros|pounds|yen|yuan|rupees|pesos)\b", re.IGNORECASE)


def _prefix_unit(text: str, num: Num) -> tuple[str, int] | None:
    m = _PREFIX.search(text, max(0, num.start - 8), num.start)
    if not m:
        return None
    if m.group("code"):
        code = m.group("code").upper()
        return ("CNY" if code == "RMB" else code), m.start()
    sign = re.sub(r"[\s.]", "", m.group("sign").lower())
    return _SIGNS.get(sign, "USD"), m.start()


def _suffix_unit(text: str, num: Num) -> tuple[str, int, float] | None:
    m = (_VAGUE_OF if num.vague else _SUFFIX).match(text, num.end)
    if not m:
        return None
    if m.groupdict().get("sign"):
        return _SIGNS[m.group("sign")], m.end(), 1
    if m.groupdict().get("code"):
        code = m.group("code").upper()
        return ("CNY" if code == "RMB" else code), m.end(), 1
    word = " ".join(m.group("word").lower().split())
    return _word_unit(word, num, m.end())


def _word_unit(word: str, num: Num, end: int) -> tuple[str, int, float] | None:
    base = next((w for w in (word, word[:-1], word[:-2], word.replace("pounds", "pound")) if w in _WORDS), "")
    if base not in _WORDS:
        return None
    if base == "pound" and num.scale == 1 and not num.vague:
        return None  # "lost 50 pounds" is more often weight than sterling
    return _WORDS[base], end, (0.01 if base in ("cent", "pence", "penny") else 1)


def _money_hits(text: str) -> list[tuple[Num, Value]]:
    hits: list[tuple[Num, Value]] = []
    for num in scan_numbers(text):
        hit = _hit(text, num, hits[-1][1] if hits else None)
        if hit is not None:
            hits.append(hit)
    return hits


def _hit(text: str, num: Num, prev: Value | None) -> tuple[Num, Value] | None:
    pre = None if num.vague else _prefix_unit(text, num)
    if pre is not None and (prev is None or pre[1] >= prev.end):
        num = negative(text, num)
        return num, hedged(text, "money", num, pre[1], num.end, unit=pre[0])
    post = _suffix_unit(text, num)
    if post is not None:
        signed = num if num.vague else negative(text, num)
        return signed, hedged(text, "money", signed, signed.start, post[1], post[0], post[2])
    if prev is not None and not num.vague and _RANGE_DASH.fullmatch(text[prev.end : num.start]):
        return num, hedged(text, "money", num, num.start, num.end, unit=prev.unit)  # "$20-30 million"
    return None


def find_money(text: str) -> list[Value]:
    """Every money amount in `text`; "$20 million to $30 million" and "$20-30 million" become ranges."""
    values: list[Value] = []
    prev: tuple[Num, Value] | None = None
    for num, value in _money_hits(text):
        merged = as_range(text, "money", prev[1], value, prev[0], num) if prev else None
        if merged is not None:
            values.pop()
        values.append(merged or value)
        prev = (num, value)
    return values
