"""Load and validate rule files, keeping YAML line numbers for every error."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker import safeyaml
from checker.cues import WORD
from checker.errors import Problem, RuleError
from checker.language import DEFAULT, LANGS
from checker.models import Severity
from checker.tolerance import PERCENT, Tolerance
from checker.values.kinds import KINDS

DEFAULT_MATCH = 90
NEAR_SCOPES = ("sentence", "paragraph")
# The scales a fact may be reported in ("in millions of hectares"): the figures are divided by it.
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SCALED_KINDS = ("count", "number", "money")
# A description that ends saying the fact is measured in a scale sets it: "..., in millions of tonnes".
SCALE_IN_DESCRIPTION = re.compile(r",\s*in\s+(thousand|million|billion|trillion)s\s+of\s[^,;]*$", re.I)
FACT_ID = re.compile(r"^[a-z0-9_]+$")


# A language's cues, near and exclude terms, when a rule gives any of them per language.
Terms = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Rule:
    """One fact to extract and compare across articles. `cues`, `near` and `exclude` are those of
    the default language (English); `by_lang` holds every language's when a rule gives them per
    language (see `for_lang`)."""

    id: str
    type: str
    cues: tuple[str, ...]
    description: str = ""
    near: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    tolerance: Tolerance = dataclasses.field(default_factory=Tolerance)
    severity: Severity = Severity.ERROR
    match: int = DEFAULT_MATCH
    near_scope: str = "paragraph"
    temporal_severity: Severity = Severity.WARNING
    scale: int = 1  # figures are reported divided by it ("in millions of hectares": 10**6)
    path: str = ""
    line: int = 0
    by_lang: tuple[Terms, ...] = ()

    def for_lang(self, lang: str) -> Rule:
        """The rule with the cues, `near` and `exclude` terms of one language: a plain list serves
        every language, a mapping (`{en: [...], es: [...]}`) only the languages it names."""
        for code, cues, near, exclude in self.by_lang:
            if code == lang:
                return dataclasses.replace(self, cues=cues, near=near, exclude=exclude)
        return self


@dataclass(frozen=True)
class RuleSet:
    """All rules of a pack, in file order, plus a hash that changes when any rule does."""

    rules: tuple[Rule, ...]
    files: tuple[str, ...]
    digest: str
    warnings: tuple[Problem, ...] = ()  # likely mistakes that do not stop a run (see Doc.warn)

    def get(self, fact_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == fact_id:
                return rule
        known = ", ".join(r.id for r in self.rules)
        raise RuleError(f"unknown fact {fact_id!r}; the rules define: {known}")


# --- field checks: each returns an error message, or None when the value is fine --------------------


def _string(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else f"expected a non-empty string, got {value!r}"


def _phrase(value: Any) -> str | None:
    """A cue, near or exclude term: matched word by word, so it needs a letter or a digit."""
    if not isinstance(value, str) or not value.strip():
        return f"expected a non-empty string, got {value!r}"
    if WORD.search(value) is None:
        return f"{value!r} has no letter or digit, so it can never match; give a word or phrase"
    return None


def _string_list(value: Any) -> str | None:
    if isinstance(value, str):
        return _phrase(value)  # a single string is accepted as a one-item list
    if not isinstance(value, list):
        return f"expected a list of strings, got {value!r}"
    bad = [v for v in value if not isinstance(v, str) or not v.strip()]
    if bad:
        return f"expected a list of non-empty strings, got {bad[0]!r} in the list"
    return next((message for v in value if (message := _phrase(v))), None)


def _cue_list(value: Any) -> str | None:
    if value == [] or value is None:
        return "the cue list is empty; give at least one phrase that signals the fact"
    return _string_list(value)


def _per_language(check: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
    """A phrase list, or a mapping of languages to phrase lists (checked key by key: see
    `_check_languages`, which places each problem on its own line)."""

    def checked(value: Any) -> str | None:
        if isinstance(value, dict):
            return (
                None
                if value
                else f"expected phrases or a mapping of languages ({', '.join(LANGS)}) to phrases"
            )
        return check(value)

    return checked


def _check_languages(key: str, value: dict[Any, Any], check: Callable[[Any], str | None], doc: Doc) -> bool:
    ok = True
    for lang, phrases in value.items():
        if lang not in LANGS:
            doc.error(f"{key}.{lang}", f"unknown language {lang!r}; known: {', '.join(LANGS)}")
            ok = False
        elif (message := check(phrases)) is not None:
            doc.error(f"{key}.{lang}", message)
            ok = False
    return ok


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in choices else f"{value!r} is not one of {', '.join(choices)}"

    return check


def _tolerance(value: Any) -> str | None:
    try:
        Tolerance.parse(value)
    except ValueError as exc:
        return str(exc)
    return None


def _score(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        return f"expected a fuzzy score threshold between 0 and 100, got {value!r}"
    return None


@dataclass(frozen=True)
class Field:
    """A key a fact may carry: its check, whether it is required, and what it means."""

    check: Callable[[Any], str | None]
    help: str
    schema: dict[str, Any]  # the same constraint as `check`, as JSON Schema (for editors)
    required: bool = False
    by_lang: Callable[[Any], str | None] | None = None  # the check of each language's value of a mapping


_STRING = {"type": "string", "minLength": 1, "pattern": r"\S"}
_STRINGS = {"oneOf": [_STRING, {"type": "array", "items": _STRING}]}
_CUES = {"oneOf": [_STRING, {"type": "array", "items": _STRING, "minItems": 1}]}


def _by_language(phrases: dict[str, Any]) -> dict[str, Any]:
    """A phrase list, or a mapping of languages to phrase lists ({en: [...], es: [...]})."""
    mapping = {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"enum": list(LANGS)},
        "additionalProperties": phrases,
    }
    return {"oneOf": [*phrases["oneOf"], mapping]}


FACT_FIELDS: dict[str, Field] = {
    "description": Field(_string, "What the fact is, in one line (shown in reports).", _STRING),
    "type": Field(
        _one_of(tuple(KINDS)),
        "The kind of value: " + ", ".join(KINDS) + ".",
        {"enum": list(KINDS)},
        required=True,
    ),
    "cues": Field(
        _per_language(_cue_list),
        "Phrases that signal the fact, matched fuzzily; a list for every language, or per language "
        "({en: [...], es: [...]}).",
        _by_language(_CUES),
        required=True,
        by_lang=_cue_list,
    ),
    "near": Field(
        _per_language(_string_list),
        "One of these must occur in the same sentence; a list, or per language.",
        _by_language(_STRINGS),
        by_lang=_string_list,
    ),
    "exclude": Field(
        _per_language(_string_list),
        "Sentences containing any of these are not used; a list, or per language.",
        _by_language(_STRINGS),
        by_lang=_string_list,
    ),
    "tolerance": Field(
        _tolerance,
        'Allowed difference: absolute (500) or relative ("5%"); default 0.',
        {"oneOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": PERCENT.pattern}]},
    ),
    "severity": Field(
        _one_of(tuple(Severity)),
        "Severity of a disagreement: error, warning or info; default error.",
        {"enum": [s.value for s in Severity]},
    ),
    "near_scope": Field(
        _one_of(NEAR_SCOPES),
        "Where a `near` term may be: sentence, or paragraph (the sentence first, then its paragraph or the "
        "article's title, at a lower rank); default paragraph.",
        {"enum": list(NEAR_SCOPES)},
    ),
    "temporal_severity": Field(
        _one_of(tuple(Severity)),
        "Severity when the figures differ because they changed over time (dated at least two days "
        "apart) or one source revised its own figure: error, warning or info; default warning.",
        {"enum": [s.value for s in Severity]},
    ),
    "scale": Field(
        _one_of(tuple(SCALES)),
        "Report the figures of a count, number or amount in thousands, millions, billions or "
        "trillions: thousand, million, billion or trillion; by default the scale a description "
        'ending ", in millions of tonnes" names, else none. Not needed to read "900 million": '
        "figures are always read in full; a scale only divides the figures reported.",
        {"enum": list(SCALES)},
    ),
    "match": Field(
        _score,
        f"Fuzzy cue score threshold 0-100; default {DEFAULT_MATCH}.",
        {"type": "number", "minimum": 0, "maximum": 100},
    ),
}
TOP_KEYS = ("facts", "tests")


# --- YAML with positions ----------------------------------------------------------------------------


class Doc:
    """A parsed rule file: plain Python data plus the position of every key path."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.marks: dict[str, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.bad_dates: dict[str, str] = {}  # key path -> a date-like value that is no date, as written
        self.data: Any = None
        try:
            self._yaml = safeyaml.Document(text, path, fast=True)
            node = self._yaml.root()
            self.data = self._build(node, "") if node is not None else None
        except safeyaml.YamlError as exc:
            self.problems.append(self.problem(exc.message, line=exc.line, column=exc.column))
            self.data = None

    def problem(
        self, message: str, key: str | None = None, line: int | None = None, column: int | None = None
    ) -> Problem:
        if line is None and key is not None:
            line, column = self.marks.get(key, (None, None))
        source = self.lines[line - 1] if line and 0 < line <= len(self.lines) else None
        return Problem(self.path, message, line, column, key, source)

    def error(self, key: str, message: str) -> None:
        self.problems.append(self.problem(message, key=key))

    def warn(self, key: str, message: str) -> None:
        """A likely mistake that does not stop a run: `checker validate` shows it."""
        self.warnings.append(self.problem(message, key=key))

    def _build(self, node: yaml.Node, path: str) -> Any:
        self.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(self._yaml.construct(key_node))
                sub = f"{path}.{key}" if path else key
                if key in result:
                    self.marks[sub + "#dup"] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                    self.problems.append(
                        self.problem(
                            f"duplicate key {key!r} (the earlier one is on line {self.marks[sub][0]})",
                            line=key_node.start_mark.line + 1,
                            column=key_node.start_mark.column + 1,
                            key=sub,
                        )
                    )
                    continue
                self.marks[sub] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self._build(value_node, sub)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: str) -> Any:
        known = len(self._yaml.bad_dates)
        value = self._yaml.construct(node)
        if len(self._yaml.bad_dates) > known:
            self.bad_dates[path] = str(value)
        return value


def suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    allowed = ", ".join(known)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown key {key!r}{hint} (allowed: {allowed})"


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _in_language(value: Any, lang: str) -> tuple[str, ...]:
    """The phrases of one language: a plain list serves every language."""
    return _as_tuple(value.get(lang)) if isinstance(value, dict) else _as_tuple(value)


def _languages(spec: dict[str, Any]) -> tuple[Terms, ...]:
    """Every language's terms, when the rule gives any of them per language."""
    cues, near, exclude = spec.get("cues"), spec.get("near"), spec.get("exclude")
    if not any(isinstance(v, dict) for v in (cues, near, exclude)):
        return ()
    return tuple(
        (lang, _in_language(cues, lang), _in_language(near, lang), _in_language(exclude, lang))
        for lang in LANGS
    )


def _scale(spec: dict[str, Any]) -> int:
    """The scale a fact is reported in: its `scale`, else the one its description names."""
    if spec["type"] not in SCALED_KINDS:
        return 1
    named = spec.get("scale") or (
        m.group(1) if (m := SCALE_IN_DESCRIPTION.search(spec.get("description") or "")) else None
    )
    return SCALES[named.lower()] if named else 1


def _make_rule(fact_id: str, spec: dict[str, Any], doc: Doc) -> Rule:
    return Rule(
        id=fact_id,
        type=spec["type"],
        cues=_in_language(spec["cues"], DEFAULT),
        description=spec.get("description", "") or "",
        near=_in_language(spec.get("near"), DEFAULT),
        exclude=_in_language(spec.get("exclude"), DEFAULT),
        tolerance=Tolerance.parse(spec.get("tolerance", 0)),
        severity=Severity(spec.get("severity", "error")),
        match=int(spec.get("match", DEFAULT_MATCH)),
        near_scope=spec.get("near_scope", "paragraph"),
        temporal_severity=Severity(spec.get("temporal_severity", "warning")),
        scale=_scale(spec),
        path=doc.path,
        line=doc.marks.get(f"facts.{fact_id}", (0, 0))[0],
        by_lang=_languages(spec),
    )


def _check_scale(key: str, spec: dict[str, Any], doc: Doc) -> bool:
    """A scale is for counts, numbers and amounts only; one the description does not name is
    likely a slip (the figures are reported divided by it, the description reads in full)."""
    if "scale" in spec and spec.get("type") in KINDS and spec.get("type") not in SCALED_KINDS:
        doc.error(f"{key}.scale", f"a scale applies to {', '.join(SCALED_KINDS)} facts only; remove it")
        return False
    scale = spec.get("scale")
    if (
        isinstance(scale, str)
        and scale.lower() in SCALES
        and not SCALE_IN_DESCRIPTION.search(str(spec.get("description") or ""))
    ):
        doc.warn(
            f"{key}.scale",
            f"every figure is reported divided by {SCALES[scale.lower()]:,} (2.7 for "
            f"{27 * SCALES[scale.lower()] // 10:,}), while "
            f"the description names no scale: end it with ', in {scale.lower()}s of ...' to say so, or "
            "remove `scale` to report figures in full",
        )
    return True


def _check_fact(fact_id: str, spec: Any, doc: Doc) -> bool:
    key = f"facts.{fact_id}"
    if not FACT_ID.match(fact_id):
        doc.error(key, f"fact id {fact_id!r} must use only a-z, 0-9 and _")
        return False
    if not isinstance(spec, dict):
        doc.error(key, f"expected a mapping of fact keys ({', '.join(FACT_FIELDS)}), got {spec!r}")
        return False
    ok = True
    for name in spec:
        if name not in FACT_FIELDS:
            doc.error(f"{key}.{name}", suggest(name, FACT_FIELDS))
            ok = False
    ok = _check_scale(key, spec, doc) and ok
    for name, field in FACT_FIELDS.items():
        if name not in spec:
            if field.required:
                doc.error(key, f"missing required key {name!r} ({field.help})")
                ok = False
            continue
        message = field.check(spec[name])
        if message:
            doc.error(f"{key}.{name}", message)
            ok = False
        elif field.by_lang is not None and isinstance(spec[name], dict):
            ok = _check_languages(f"{key}.{name}", spec[name], field.by_lang, doc) and ok
    return ok


def _check_doc(doc: Doc) -> list[Rule]:
    if doc.problems:
        return []
    if not isinstance(doc.data, dict):
        doc.problems.append(
            doc.problem("a rule file must be a mapping with a top-level 'facts:' key", line=1)
        )
        return []
    for name in doc.data:
        if name not in TOP_KEYS:
            doc.error(name, suggest(name, TOP_KEYS))
    facts = doc.data.get("facts")
    if not isinstance(facts, dict) or not facts:
        doc.error(
            "facts" if "facts" in doc.data else "", "expected 'facts:' to map fact ids to fact definitions"
        )
        return []
    return [_make_rule(fid, spec, doc) for fid, spec in facts.items() if _check_fact(str(fid), spec, doc)]


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the rule files they name (folders: every *.yaml / *.yml inside)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix in (".yaml", ".yml")
                    and p.is_file()
                    and not p.name.endswith((".test.yaml", ".test.yml"))
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            raise RuleError([Problem(str(path), "no such rule file or folder")])
    return found


def load_rules(paths: Iterable[str | Path]) -> RuleSet:
    """Load and validate every rule file; raise RuleError listing every problem found."""
    files = rule_files(paths)
    if not files:
        raise RuleError(
            [Problem(", ".join(str(p) for p in paths) or ".", "no rule files (*.yaml, *.yml) found")]
        )
    problems: list[Problem] = []
    warnings: list[Problem] = []
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    digest = hashlib.sha256()
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), f"cannot read rule file: {exc}"))
            continue
        digest.update(text.encode())
        doc = Doc(str(path), text)
        for rule in _check_doc(doc):
            if rule.id in seen:
                first = seen[rule.id]
                doc.error(
                    f"facts.{rule.id}",
                    f"duplicate fact id {rule.id!r} (first defined at {first.path}:{first.line})",
                )
                continue
            seen[rule.id] = rule
            rules.append(rule)
        problems.extend(doc.problems)
        warnings.extend(doc.warnings)
    if problems:
        raise RuleError(problems)
    return RuleSet(tuple(rules), tuple(str(p) for p in files), digest.hexdigest()[:16], tuple(warnings))
