"""The pipeline: load → split → match → normalize → choose → compare → report. Never prints."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.articles import load_articles
from checker.compare import compare
from checker.cues import Words
from checker.models import Article, FactResult, Finding, Mention, Report, Value
from checker.rulebook import RuleSet, load_rules
from checker.select import Candidate, FactMatcher, Rejected, candidates, choose, gate
from checker.sentences import Sentence, split
from checker.values import find_values

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Evidence:
    """Everything the matcher saw for one fact in one article (what `explain` shows)."""

    found: list[Candidate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class SentenceView:
    """A sentence with its words and values computed once, on first use, and shared by all rules."""

    def __init__(self, sentence: Sentence, article: Article) -> None:
        self.sentence = sentence
        self.published = article.published
        self._words: Words | None = None
        self._values: dict[str, list[Value]] = {}

    @property
    def words(self) -> Words:
        if self._words is None:
            self._words = Words.of(self.sentence.text)
        return self._words

    def values(self, kind: str) -> list[Value]:
        if kind not in self._values:
            self._values[kind] = find_values(self.sentence.text, kind, self.published)
        return self._values[kind]


def gather(article: Article, matchers: list[FactMatcher]) -> dict[str, Evidence]:
    """Match every rule against every sentence of the article that holds a value of the rule's type
    (only paragraphs where some cue word occurs are split into sentences at all)."""
    evidence = {m.rule.id: Evidence() for m in matchers}
    cue_words = gate(matchers)
    for sentence in split(article.text, article.body_line, keep=cue_words.search):
        view = SentenceView(sentence, article)
        for matcher in matchers:
            values = view.values(matcher.rule.type)
            if not values:
                continue
            found, rejected = candidates(matcher, sentence, view.words, values)
            evidence[matcher.rule.id].found.extend(found)
            if rejected:
                evidence[matcher.rule.id].rejected.append(rejected)
    return evidence


def extract(article: Article, matchers: list[FactMatcher]) -> dict[str, list[Mention]]:
    """Each fact's chosen mentions in one article."""
    evidence = gather(article, matchers)
    return {m.rule.id: choose(m.rule, article.id, evidence[m.rule.id].found) for m in matchers}


def run(rules: RuleSet, articles: Iterable[Article], warnings: Iterable[str] = ()) -> Report:
    """Extract every fact from every article and compare the sources."""
    matchers = [FactMatcher(rule) for rule in rules.rules]
    read: list[Article] = []
    by_fact: dict[str, list[Mention]] = {rule.id: [] for rule in rules.rules}
    for article in articles:
        read.append(article)
        for fact, mentions in extract(article, matchers).items():
            by_fact[fact].extend(mentions)
    results: list[FactResult] = []
    findings: list[Finding] = []
    for rule in rules.rules:
        status, found = compare(rule, by_fact[rule.id])
        results.append(
            FactResult(rule.id, rule.type, rule.description, rule.severity, status, tuple(by_fact[rule.id]))
        )
        findings.extend(found)
    findings.sort(key=lambda f: SEVERITY_ORDER[f.severity])
    return Report(tuple(read), tuple(results), tuple(findings), tuple(warnings))


def check(rule_paths: Iterable[str], article_paths: Iterable[str]) -> Report:
    """Load rules and articles from paths and run the pipeline."""
    rules = load_rules(rule_paths)
    loaded = load_articles(article_paths)
    return run(rules, loaded.articles, [w.render() for w in loaded.warnings])
