"""Amounts in two units: "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence", "15 dollars 50." """

from __future__ import annotations

import re
from dataclasses import replace

from checker.models import Qualifier, Value
from checker.patterns import alternation
from checker.values import vocab_es
from checker.values.currencies import MINOR
from checker.values.num import Num
from checker.values.qualifiers import interval

_GAP = re.compile(r"\s*(?:and\s+)?")
_MINOR_WORDS = alternation(w for w in MINOR if w.isalpha() and len(w) > 1)  # "cent", "pence", "kopek"...
_MINOR_AFTER = re.compile(rf"\s?(?P<m>¢|(?-i:c)\b|(?:{_MINOR_WORDS})s?\b)", re.IGNORECASE)
# Without a minor unit, the number must end the amount: "15 dollars 50.", "15 USD 50 more".
_BARE_END = re.compile(r"\s*(?:[.,;:!?)]|$|(?:more|and)\b)", re.IGNORECASE)
# Spanish: "15 dólares y 15 centavos", "25 euros con 50", "3 euros con 99 céntimos".
_GAP_ES = re.compile(r"\s*(?:(?:y|con)\s+)?", re.IGNORECASE)
_MINOR_AFTER_ES = re.compile(rf"\s?(?P<m>¢|(?:{alternation(vocab_es.MINOR)})\b)", re.IGNORECASE)
_BARE_END_ES = re.compile(r"\s*(?:[.,;:!?)]|$|(?:más|y)\b)", re.IGNORECASE)
GRAMMAR = {
    "en": (_GAP, _MINOR_AFTER, _BARE_END, MINOR),
    "es": (_GAP_ES, _MINOR_AFTER_ES, _BARE_END_ES, vocab_es.MINOR),
}


def _minor_factor(word: str, table: dict[str, tuple[str, float]] = MINOR) -> float:
    w = word.lower()
    for form in (w, w.rstrip("s"), w[:-1]):
        if form in table:
            return table[form][1]
    return 0.01


def with_minor(text: str, value: Value, nums: dict[int, Num], lang: str = "en") -> Value:
    """`value` extended by the minor-unit amount that follows it, if any."""
    whole = value.value
    if not isinstance(whole, int) or value.qualifier == Qualifier.BETWEEN or value.vague:
        return value
    gap, minor_after, bare_end, table = GRAMMAR[lang]
    num = nums.get(gap.match(text, value.end).end())  # type: ignore[union-attr]
    if num is None or not isinstance(num.value, int) or not 0 < num.value < 100 or num.scale != 1:
        return value
    minor = minor_after.match(text, num.end)
    if minor is not None:
        factor, end = _minor_factor(minor.group("m"), table), minor.end()
    elif bare_end.match(text, num.end):
        factor, end = 0.01, num.end
    else:
        return value
    amount = round(whole + num.value * factor, 9)
    low, high = interval(amount, value.qualifier, 0)
    return replace(value, text=text[value.start : end], end=end, value=amount, low=low, high=high)
