"""Rule tests: short texts with the value each fact must yield (or must not), kept beside the rules.

A rule file may carry `tests:`, or a sibling `NAME.test.yaml` may hold them:

    tests:
      - name: capacity with a hedge            # optional
        text: The prison can hold up to 40,000 inmates.
        published: 2025-02-04                  # optional: resolves relative dates
        lang: en                               # optional: en or es (else told from the text)
        expect:
          cecot_capacity: 40000                # the value the fact must take
          emergency_arrests: null              # the fact must not be found
          prison_deaths: {low: 200, high: 999} # or any of value / low / high / qualifier
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import Problem, RuleError
from checker.extract import extract
from checker.language import LANGS
from checker.models import Article, Mention, Scalar
from checker.rulebook import Doc, RuleSet, rule_files, suggest
from checker.scoring import same
from checker.select import FactMatcher

TEST_KEYS = ("name", "text", "published", "expect", "lang")
EXPECT_KEYS = ("value", "low", "high", "qualifier")


@dataclass(frozen=True)
class RuleTest:
    """One test text and what each named fact must yield."""

    name: str
    text: str
    published: dt.date | None
    expect: dict[str, dict[str, Scalar] | None]  # None: the fact must not be found
    path: str
    line: int
    lang: str | None = None  # None: told from the text


@dataclass(frozen=True)
class Failure:
    test: RuleTest
    fact: str
    message: str
    quote: str | None

    def render(self) -> str:
        head = f"{self.test.path}:{self.test.line}: {self.test.name}: {self.fact}: {self.message}"
        return head + (f"\n    in: {self.quote}" if self.quote else "")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _expectation(doc: Doc, key: str, spec: Any) -> dict[str, Scalar] | None:
    if spec is None:
        return None
    if not isinstance(spec, dict):
        return {"value": _iso(spec)}
    for name in spec:
        if name not in EXPECT_KEYS:
            doc.error(f"{key}.{name}", suggest(str(name), EXPECT_KEYS))
    return {k: _iso(v) for k, v in spec.items() if k in EXPECT_KEYS}


def _published(doc: Doc, key: str, value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        doc.error(key, f"expected a date YYYY-MM-DD, got {value!r}")
        return None


def _lang(doc: Doc, key: str, value: Any) -> str | None:
    if value is None or value in LANGS:
        return value
    doc.error(key, f"expected a language, one of {', '.join(LANGS)}, got {value!r}")
    return None


def _one_test(doc: Doc, key: str, item: Any, facts: set[str]) -> RuleTest | None:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
        doc.error(key, "a test is a mapping with a non-empty 'text:' and an 'expect:' mapping")
        return None
    for name in item:
        if name not in TEST_KEYS:
            doc.error(f"{key}.{name}", suggest(str(name), TEST_KEYS))
    expect = item.get("expect")
    if not isinstance(expect, dict) or not expect:
        doc.error(
            f"{key}.expect" if "expect" in item else key, "expected 'expect:' to map fact ids to values"
        )
        return None
    for fact in expect:
        if fact not in facts:
            hint = suggest(str(fact), sorted(facts)).replace("unknown key", "unknown fact", 1)
            doc.error(f"{key}.expect.{fact}", hint)
    line = doc.marks.get(key, (0, 0))[0]
    return RuleTest(
        str(item.get("name") or f"test at line {line}"),
        item["text"],
        _published(doc, f"{key}.published", item.get("published")),
        {str(f): _expectation(doc, f"{key}.expect.{f}", s) for f, s in expect.items()},
        doc.path,
        line,
        _lang(doc, f"{key}.lang", item.get("lang")),
    )


def _tests_in(path: Path, facts: set[str], problems: list[Problem]) -> list[RuleTest]:
    try:
        doc = Doc(str(path), path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"cannot read test file: {exc}"))
        return []
    items = doc.data.get("tests") if isinstance(doc.data, dict) else None
    if doc.data is not None and not doc.problems and not isinstance(doc.data, dict):
        doc.error("", "a test file is a mapping with a top-level 'tests:' list")
    if path.name.endswith((".test.yaml", ".test.yml")) and isinstance(doc.data, dict):
        for name in doc.data:
            if name != "tests":
                doc.error(str(name), suggest(str(name), ("tests",)))
    if items is not None and not isinstance(items, list):
        doc.error("tests", "expected a list of tests")
        items = None
    found = [_one_test(doc, f"tests[{i}]", item, facts) for i, item in enumerate(items or [])]
    for key, text in doc.bad_dates.items():
        if key.startswith("tests[") and not key.endswith(".published"):  # `published:` says it itself
            doc.error(key, f"{text!r} is not a valid date (expected YYYY-MM-DD; quote it if it is text)")
    problems.extend(doc.problems)
    return [t for t in found if t is not None]


def load_tests(paths: Iterable[str | Path], rules: RuleSet) -> list[RuleTest]:
    """Tests from the rule files and from their sibling *.test.yaml files."""
    files = list(rule_files(paths))
    for path in list(files):
        files += [p for p in (path.with_suffix(".test.yaml"), path.with_suffix(".test.yml")) if p.is_file()]
    for raw in paths:
        if Path(raw).is_dir():
            files += sorted(Path(raw).rglob("*.test.y*ml"))
    problems: list[Problem] = []
    facts = {r.id for r in rules.rules}
    tests = [t for f in dict.fromkeys(files) for t in _tests_in(f, facts, problems)]
    if problems:
        raise RuleError(problems)
    return tests


def _mismatch(want: dict[str, Scalar], got: Mention) -> str | None:
    v = got.value
    for key in EXPECT_KEYS:
        if key not in want:
            continue
        actual = getattr(v, key)
        ok = (
            actual == want[key]
            if key == "qualifier"
            else (actual is None and want[key] is None) or (actual is not None and same(actual, want[key]))
        )
        if not ok:
            return f"expected {key} {want[key]!r}, got {actual!r} from {v.text!r}"
    return None


def run_tests(tests: list[RuleTest], rules: RuleSet) -> list[Failure]:
    """Run every test text through the pipeline; one failure per fact that did not yield what it should."""
    matchers = [FactMatcher(rule) for rule in rules.rules]
    failures = []
    for test in tests:
        article = Article(id="test", path=test.path, text=test.text, published=test.published, lang=test.lang)
        found = extract(article, [m for m in matchers if m.rule.id in test.expect])
        for fact, want in test.expect.items():
            mentions = found.get(fact, [])
            if want is None:
                if mentions:
                    failures.append(
                        Failure(
                            test, fact, f"expected nothing, got {mentions[0].value.text!r}", mentions[0].quote
                        )
                    )
            elif not mentions:
                failures.append(Failure(test, fact, f"expected {want}, found nothing", None))
            elif (problem := _mismatch(want, mentions[0])) is not None:
                failures.append(Failure(test, fact, problem, mentions[0].quote))
    return failures
