"""A date form as data: its pattern, the handler that turns a match into a Value, the cheap check that
must pass before the pattern is tried, and examples that run as tests (tests/test_dateforms.py).

The cheap checks are trigger classes found in one pass over the text: a month or weekday name, a
relative word, digits with a separator... A form is tried only when one of the classes it needs
occurs, so most sentences run a handful of patterns instead of all of them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from checker.models import Scalar, Value
from checker.patterns import alternation
from checker.values import vocab

Published = dt.date | None
Handler = Callable[[str, re.Match[str], Published], Value | None]

# Words that make a relative date ("three weeks ago", "last month", "yesterday").
RELATIVE_WORDS = (
    *("yesterday", "today", "tonight", "tomorrow", "tmrw", "now", "ago", "earlier", "back"),
    *("week", "month", "year", "day", "fortnight", "decade", "century"),
)
# Trigger classes, each a cheap pattern. Every form names the classes it needs.
TRIGGERS: dict[str, str] = {
    "month": rf"(?<![a-z])(?:{alternation(m[:3] for m in vocab.MONTHS)})",
    "weekday": rf"(?<![a-z])(?:{alternation(d[:3] for d in vocab.WEEKDAYS)})",
    "relative": rf"(?<![a-z])(?:{alternation(w[:5] for w in RELATIVE_WORDS)})",
    "digits": r"\d[-/. ]\d|(?:19|20)\d\d[01]\d",
    "ordinal": r"\d(?:st|nd|rd|th)\b",
}
# One search per class: classes overlap ("mon" of "month"), so one combined pattern would miss some.
_TRIGGERS = {name: re.compile(p, re.IGNORECASE) for name, p in TRIGGERS.items()}


def triggers(text: str) -> frozenset[str]:
    """The trigger classes that occur in `text`."""
    return frozenset(name for name, pattern in _TRIGGERS.items() if pattern.search(text))


@dataclass(frozen=True)
class Example:
    """A text, the publication date it is read against, and the value the form must read in it."""

    text: str
    value: Scalar
    published: dt.date | None = dt.date(2025, 2, 4)  # a Tuesday


@dataclass(frozen=True)
class DateForm:
    """One way of writing a date."""

    name: str
    pattern: re.Pattern[str]
    read: Handler
    needs: frozenset[str]  # trigger classes, any of which lets the pattern be tried
    examples: tuple[Example, ...]

    def __post_init__(self) -> None:
        unknown = self.needs - set(TRIGGERS)
        if unknown or not self.needs:
            raise ValueError(f"date form {self.name}: needs must name trigger classes of {sorted(TRIGGERS)}")

    def find(self, text: str, published: Published) -> list[Value]:
        """Every date this form reads in `text`."""
        found = (self.read(text, m, published) for m in self.pattern.finditer(text))
        return [v for v in found if v is not None]


def form(
    name: str, pattern: str, read: Handler, needs: str, *examples: Example, flags: int = re.IGNORECASE
) -> DateForm:
    """A DateForm from a pattern written in verbose mode; `needs` is a space-separated list of classes."""
    return DateForm(name, re.compile(pattern, flags | re.VERBOSE), read, frozenset(needs.split()), examples)
