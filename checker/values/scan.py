"""One sentence read once: the readers share its numbers and each other's answers through this object."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property

from checker.models import Value
from checker.values.num import Num
from checker.values.numbers import scan_numbers
from checker.values.numbers_es import scan_numbers_es


class Scan:
    """A text, its publication date and language, with what has been read in it so far.

    Readers take a Scan rather than a string: the atomic numbers are found once and shared by the
    count, percent, money and fraction readers, and each kind's values are kept (`memo`) so the
    count reader can mask the spans of dates, money and percents without reading them again."""

    def __init__(
        self, text: str, published: dt.date | None = None, lang: str = "en", spaced_groups: bool = True
    ) -> None:
        self.text = text
        self.published = published
        self.lang = lang  # "en" or "es": the readers' words and the digits' separators follow it
        # False for a text whose article groups thousands with commas: plain spaces part figures
        self.spaced_groups = spaced_groups
        self._memo: dict[str, list[Value]] = {}

    @cached_property
    def all_numbers(self) -> tuple[Num, ...]:
        if self.lang == "es":
            return scan_numbers_es(self.text)
        return scan_numbers(self.text, self.spaced_groups)

    @cached_property
    def numbers(self) -> tuple[Num, ...]:
        """Every atomic number in the text, in order, but compound modifiers ("a 7.8-magnitude")."""
        return tuple(n for n in self.all_numbers if not n.compound)

    @cached_property
    def compounds(self) -> tuple[Num, ...]:
        """Numbers joined to the next word by a hyphen: "a 7.8-magnitude quake", "a 1-mile zone"."""
        return tuple(n for n in self.all_numbers if n.compound)

    def memo(self, key: str, read: Callable[[Scan], list[Value]]) -> list[Value]:
        """`read(self)`, computed once per key."""
        if key not in self._memo:
            self._memo[key] = read(self)
        return self._memo[key]
