"""A date form as data: its pattern, the handler that turns a match into a Value, the cheap check that
must pass before the pattern is tried, and examples that run as tests (tests/test_dateforms.py); and
the handlers of the forms in figures, which read the same groups the same way in every language.

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
from checker.values import days as d
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
    # a month's name, not "market" or "decade"; perhaps run into an infobox label ("FormedSeptember")
    "month": rf"(?:(?<![a-z])|{vocab.LABEL_GLUED})(?:{vocab.MONTH_ALT})(?![a-z])",
    "weekday": rf"(?<![a-z])(?:{alternation([*vocab.WEEKDAYS, *vocab.WEEKDAY_ABBREVIATIONS])})s?(?![a-z])",
    "relative": rf"(?<![a-z])(?:{alternation(w[:5] for w in RELATIVE_WORDS)})",
    "digits": r"\d[-/. ]\d|(?:19|20)\d\d[01]\d",
    "ordinal": r"\d(?:st|nd|rd|th)\b",
}


class Triggers:
    """One language's trigger classes, each a cheap pattern; calling it on a text gives the classes
    that occur in it."""

    def __init__(self, classes: dict[str, str]) -> None:
        # One search per class: classes overlap ("mon" of "month"), so one combined pattern would miss some.
        self._patterns = {name: re.compile(p, re.IGNORECASE) for name, p in classes.items()}

    def __call__(self, text: str) -> frozenset[str]:
        """The trigger classes that occur in `text`."""
        return frozenset(name for name, pattern in self._patterns.items() if pattern.search(text))


triggers = Triggers(TRIGGERS)


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


# Every date starts with a figure or a word's first letter: the search skips other places at once.
# A match starts at a figure, a word's first letter, or a capital run into a label ("FormedSeptember").
WORD_OR_FIGURE = rf"(?=[\d.]|(?<![^\W\d_])[^\W\d_]|{vocab.LABEL_GLUED})"


def form(
    name: str, pattern: str, read: Handler, needs: str, *examples: Example, flags: int = re.IGNORECASE
) -> DateForm:
    """A DateForm from a pattern written in verbose mode; `needs` is a space-separated list of classes."""
    compiled = re.compile(WORD_OR_FIGURE + "(?:" + pattern + "\n)", flags | re.VERBOSE)
    return DateForm(name, compiled, read, frozenset(needs.split()), examples)


# --- handlers of the forms in figures, shared by the languages ---------------------------------------


def iso_date(text: str, m: re.Match[str], pub: Published) -> Value | None:
    """Year, month and day in figures ("2025-02-03": groups y, m, d, or y2, m2, d2)."""
    g = m.groupdict()
    y, mo, dd = (g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
    return d.exact_day(text, m.start(), m.end(), int(y), int(mo), int(dd))


def numeric_date(day_first: bool) -> Handler:
    """The handler of a day, month and year in figures ("3/2/2025": groups a, s, b, y), the day first
    or the month first as the language writes them."""

    def read(text: str, m: re.Match[str], pub: Published) -> Value | None:
        y = m.group("y")
        if m.group("s") == "." and len(y) == 2:
            return None  # "1.2.30" is more likely a version number
        day, month = d.day_and_month(int(m.group("a")), int(m.group("b")), day_first)
        return d.exact_day(text, m.start(), m.end(), d.full_year(int(y)), month, day)

    return read


def day_month_date(lead: re.Pattern[str], day_first: bool) -> Handler:
    """The handler of a day and month in figures without a year ("11/20": groups a, b), read only after
    a word that `lead` finds just before them."""

    def read(text: str, m: re.Match[str], pub: Published) -> Value | None:
        if not lead.search(text, max(0, m.start() - 20), m.start()):
            return None  # a bare "11/20" may be a score or a fraction
        day, month = d.day_and_month(int(m.group("a")), int(m.group("b")), day_first)
        if not 1 <= month <= 12:
            return None
        return d.day_of_month(text, m.start(), m.end(), month, day, None, pub)

    return read


def month_year_date(text: str, m: re.Match[str], pub: Published) -> Value | None:
    """A month and year in figures ("5/2013": groups m, y)."""
    month = int(m.group("m"))
    return d.month_value(text, m.start(), m.end(), int(m.group("y")), month) if 1 <= month <= 12 else None
