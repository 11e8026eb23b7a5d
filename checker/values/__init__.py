"""Find and normalize values (counts, numbers, percents, money, years, dates) in a piece of text.

Conventions (see checker.models.Value):

* Hedges widen the interval: more_than / at_least -> [x, None]; nearly -> [0.9x, x];
  about -> [0.9x, 1.1x]; up_to / less_than -> [0, x] (lower bound None for kind "number").
* Ranges ("between 20 and 30", "20-30", "20 to 30 million") come back as ONE value with
  value None, qualifier "between", low/high the two ends; "from 20 to 30" is a change, not a range.
* Vague amounts ("hundreds", "tens of thousands") have value None, vague=True, low/high the range.
* Fractions ("two thirds", "a quarter", "1/4", "one over three") are read for kind "number" only,
  never as counts, unless scaled into an amount ("3 million and a half", "two thirds of a million").
* Minor units join the amount ("20 dollars 43 cents" -> 20.43 USD); bare dinar/riyal/rial and bare
  "N pounds" (weight) are not read as money.
* Money is in currency units with the ISO code in `unit` ("50 cents" -> 0.5 USD); percent unit is "%".
* Dates: value "YYYY-MM-DD" (grain day) or "YYYY-MM" (grain month, low/high first/last day);
  "last week" is grain "week" with value None and low/high Monday..Sunday. A date without a year
  takes the latest year that puts it on or before `published`; a bare weekday is the latest such
  day on or before `published`, and "last <weekday>" the latest strictly before it. Anything that
  needs `published` and does not get it comes back unresolved (value/low/high None).

Spanish text (lang "es") is read with the Spanish words (`checker.values.vocab_es`) and digit
conventions ("80.000", "6,4 millones"): see `numbers_es`, `dates_es` and the language tables of the
shared readers.

The types themselves are registered in `checker.values.kinds`; the words in `checker.values.vocab`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from checker.models import Value
from checker.values.kinds import BY_PRIORITY, values

if TYPE_CHECKING:
    from checker.values.scan import Scan

__all__ = ["Scan", "find_values", "parse_all"]


def __getattr__(name: str) -> object:
    """`Scan`, imported on first use: it compiles the number patterns, which the registry's users
    (the rule loader, the comparison, the reporters) never need."""
    if name == "Scan":
        from checker.values.scan import Scan

        return Scan
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_values(text: str, kind: str, published: dt.date | None = None, lang: str = "en") -> list[Value]:
    """Every value of `kind` in `text` (written in `lang`, "en" or "es"), in order of position,
    non-overlapping; spans index `text`."""
    from checker.values.scan import Scan

    return values(Scan(text, published, lang), kind)


def parse_all(text: str, published: dt.date | None = None, lang: str = "en") -> list[Value]:
    """Values of all kinds; where spans overlap the kind of higher priority wins (date > money > ...)."""
    from checker.values.scan import Scan

    scan = Scan(text, published, lang)
    chosen: list[Value] = []
    spans: list[tuple[int, int]] = []  # of the chosen values, sorted; they never overlap
    for kind in (k.name for k in BY_PRIORITY if k.narrower_than is None):
        for value in values(scan, kind):
            i = bisect.bisect_left(spans, (value.end,))  # the chosen spans that start before its end
            if i == 0 or spans[i - 1][1] <= value.start:
                spans.insert(i, (value.start, value.end))
                chosen.append(value)
    return sorted(chosen, key=lambda v: v.start)
