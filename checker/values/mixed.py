"""Numbers written half in digits, half in words: "4 thousand 3 hundred and 21", "6 crore and two hundred"."""

from __future__ import annotations

import re

from checker.values.num import Num

_GAP = re.compile(r"\s+(?P<and>and\s+)?")


def _joins(text: str, a: Num, b: Num) -> bool:
    """True when `b` continues `a`: a ends in a scale word larger than all of b."""
    if a.vague or b.vague or a.value is None or b.value is None or a.scale < 100 or b.value <= 0:
        return False
    if a.words and b.words:
        return False  # word runs are already whole
    gap = _GAP.fullmatch(text, a.end, b.start)
    if gap is None or b.value >= a.scale:
        return False
    if gap.group("and"):
        return a.scale == 100 or b.scale >= 100  # "3 hundred and 21", not "$5 million and two cars"
    return b.words or b.scale >= 100  # "4 thousand 3 hundred", not "2 million 300"


def join_mixed(text: str, nums: list[Num]) -> list[Num]:
    """Merge neighbours that spell one number across digits and words."""
    out: list[Num] = []
    for num in nums:
        prev = out[-1] if out else None
        if prev is not None and _joins(text, prev, num):
            assert prev.value is not None and num.value is not None
            value = prev.value + num.value
            scale = num.scale if num.scale >= 100 else prev.scale
            out[-1] = Num(prev.start, num.end, value, value, value, scale=scale)
        else:
            out.append(num)
    return out
