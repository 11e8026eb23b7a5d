"""The JSON Schema of rule files, generated from the definitions that validate them (one source of truth)."""

from __future__ import annotations

import json
from typing import Any

from checker.language import LANGS
from checker.rulebook import FACT_FIELDS, FACT_ID
from checker.ruletests import EXPECT_KEYS, TEST_KEYS

SCHEMA_ID = "https://example.org/checker/rules.schema.json"


def _fact() -> dict[str, Any]:
    properties = {name: {"description": f.help, **f.schema} for name, f in FACT_FIELDS.items()}
    required = [name for name, f in FACT_FIELDS.items() if f.required]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _test() -> dict[str, Any]:
    scalar = {"type": ["number", "string", "null"]}
    expectation = {
        "oneOf": [
            scalar,
            {"type": "object", "additionalProperties": False, "properties": {k: scalar for k in EXPECT_KEYS}},
        ]
    }
    properties: dict[str, Any] = {
        "name": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "published": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "expect": {"type": "object", "minProperties": 1, "additionalProperties": expectation},
        "lang": {"enum": list(LANGS)},
    }
    assert tuple(properties) == TEST_KEYS
    return {
        "type": "object",
        "required": ["text", "expect"],
        "properties": properties,
        "additionalProperties": False,
    }


def rules_schema() -> dict[str, Any]:
    """The schema as a dict: rule files and *.test.yaml files both validate against it."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "checker rule file",
        "description": "Facts to extract from news articles and compare across sources (see docs/rules.md).",
        "type": "object",
        "properties": {
            "facts": {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": FACT_ID.pattern},
                "additionalProperties": _fact(),
            },
            "tests": {"type": "array", "items": _test()},
        },
        "anyOf": [{"required": ["facts"]}, {"required": ["tests"]}],
        "additionalProperties": False,
    }


def render() -> str:
    return json.dumps(rules_schema(), indent=2, ensure_ascii=False) + "\n"
