"""Extraction, per article: split → match → normalize → choose. The unit of work of every engine."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from checker.articles import iter_articles
from checker.cache import Cache
from checker.cues import CueIndex, Words
from checker.errors import Problem
from checker.models import Article, Mention, Value
from checker.rulebook import RuleSet
from checker.select import Candidate, FactMatcher, Rejected, candidates, choose
from checker.sentences import Sentence, split
from checker.values import Scan
from checker.values.kinds import values


@dataclass
class Evidence:
    """Everything the matcher saw for one fact in one article (what `explain` shows)."""

    found: list[Candidate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class SentenceView:
    """A sentence with its words and values computed once, on first use, and shared by all rules."""

    def __init__(self, sentence: Sentence, article: Article) -> None:
        self.sentence = sentence
        self.scan = Scan(sentence.text, article.published)

    @cached_property
    def words(self) -> Words:
        return Words.of(self.sentence.text)

    def values(self, kind: str) -> list[Value]:
        return values(self.scan, kind)


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class Surroundings:
    """The words around a sentence where a rule's `near` term may stand in for the subject: the
    sentence's paragraph (a block between blank lines) and the article's title. Computed on demand,
    once per paragraph."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(article.text)]
        self.title = Words.of(article.title or "")
        self._paragraphs: dict[int, Words] = {}

    def paragraph(self, offset: int) -> Words:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i not in self._paragraphs:
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            self._paragraphs[i] = Words.of(self.text[self.starts[i] : end])
        return self._paragraphs[i]

    def of(self, sentence: Sentence) -> Callable[[], list[Words]]:
        return lambda: [self.paragraph(sentence.start), self.title]


def gather(
    article: Article,
    matchers: list[FactMatcher],
    index: CueIndex[FactMatcher] | None = None,
    exhaustive: bool = False,
) -> dict[str, Evidence]:
    """Match the rules against the sentences of the article that hold a value of the rule's type.

    Only where a rule's cue words occur (see CueIndex), unless `exhaustive`: then every sentence
    is scored against every rule, as `explain` needs to show near misses."""
    evidence = {m.rule.id: Evidence() for m in matchers}
    hits = (index or CueIndex(matchers)).locate(article.text)
    keep = None if exhaustive else hits.any_in
    surroundings = Surroundings(article)
    for sentence in split(article.text, article.body_line, keep=keep):
        view = SentenceView(sentence, article)
        around = surroundings.of(sentence)
        for matcher in matchers if exhaustive else hits.matchers_in(sentence.start, sentence.end):
            values = view.values(matcher.rule.type)
            if not values:
                continue
            found, rejected = candidates(matcher, sentence, view.words, values, around)
            evidence[matcher.rule.id].found.extend(found)
            if rejected:
                evidence[matcher.rule.id].rejected.append(rejected)
    return evidence


def extract(
    article: Article, matchers: list[FactMatcher], index: CueIndex[FactMatcher] | None = None
) -> dict[str, list[Mention]]:
    """Each fact's chosen mentions in one article."""
    evidence = gather(article, matchers, index)
    return {
        m.rule.id: choose(m.rule, article.id, evidence[m.rule.id].found, article.published) for m in matchers
    }


@dataclass(frozen=True)
class Extracted:
    """What one article yields: its metadata (the text is not kept) and each fact's chosen mentions."""

    article: Article
    mentions: dict[str, list[Mention]]


def extract_files(
    paths: list[str], rules: RuleSet, cache_dir: str | None = None
) -> tuple[list[Extracted], list[Problem]]:
    """Read and extract a batch of files: the unit of work an engine hands to a worker."""
    matchers = [FactMatcher(rule) for rule in rules.rules]
    index = CueIndex(matchers)
    facts = [rule.id for rule in rules.rules]
    cache = Cache(cache_dir, rules.digest) if cache_dir else None
    warnings: list[Problem] = []
    out = []
    for article in iter_articles([Path(p) for p in paths], warnings):
        found = cache.get(article, facts) if cache else None
        if found is None:
            found = extract(article, matchers, index)
            if cache:
                cache.put(article, found)
        out.append(Extracted(article.without_text(), found))
    return out, warnings
