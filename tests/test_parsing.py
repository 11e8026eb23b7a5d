"""checker.parsing: parse_text on real sentences, and parse_jsonl line by line, bad lines included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from checker.parsing import parse_jsonl, parse_text

TUE = dt.date(2025, 2, 4)
KEYS = {"kind", "text", "start", "end", "value", "low", "high", "qualifier", "unit", "grain", "vague"}
KEYS |= {"relative", "unresolved"}
PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peer-cases" / "recognizers-text-en.jsonl"


def test_all_kinds_with_spans_into_the_text() -> None:
    text = "On Feb. 3, 2025, more than 80,000 people (90%) cost $80 billion in 2024."
    values = parse_text(text, published=TUE)
    assert [(v["kind"], v["text"]) for v in values] == [
        ("date", "Feb. 3, 2025"),
        ("number", "more than 80,000"),
        ("percent", "90%"),
        ("money", "$80 billion"),
        ("year", "2024"),
    ]
    assert all(set(v) == KEYS and text[v["start"] : v["end"]] == v["text"] for v in values)
    json.dumps(values)  # JSON-ready


def test_one_kind_and_published() -> None:
    [v] = parse_text("The prison opened on Monday.", "date", TUE)
    assert (v["value"], v["grain"], v["relative"]) == ("2025-02-03", "day", True)
    [v] = parse_text("The prison opened on Monday.", "date")
    assert (v["value"], v["unresolved"]) == (None, True)
    [v] = parse_text("It can hold up to 40,000 inmates.", "count")
    assert (v["value"], v["qualifier"], v["low"], v["high"]) == (40000, "up_to", 0, 40000)


def test_spanish_is_read_with_lang_es() -> None:
    assert [v["value"] for v in parse_text("85 mil presos", "count", lang="es")] == [85000]
    assert [v["value"] for v in parse_text("80.000 y 6,4 millones", "count", lang="es")] == [80000, 6400000]
    assert [v["value"] for v in parse_text("80.000", "number")] == [80]  # in English a decimal point
    with pytest.raises(ValueError, match="unknown lang 'xx'; known: en, es"):
        parse_text("85", lang="xx")
    with pytest.raises(ValueError, match="unknown type"):
        parse_text("85", "speed")


def test_jsonl_good_and_bad_lines() -> None:
    lines = [
        '{"text": "Bukele said 85,000 people were arrested.", "type": "count"}',
        "",
        "not json",
        '{"text": "on Monday", "type": "date", "published": "2025-02-04T10:00:00+01:00"}',
        '{"text": 3}',
        '{"text": "x", "type": "speed"}',
        '{"text": "x", "published": "2025-13-01"}',
        '{"text": "x", "lang": "fr"}',
        "[1, 2]",
        '{"text": "$5 and 6%", "type": null, "published": null}',
    ]
    out = [json.loads(line) for line in parse_jsonl(lines)]
    assert len(out) == 9  # the blank line is skipped
    assert [v["value"] for v in out[0]["values"]] == [85000]
    assert out[1]["error"].startswith("line 3: not JSON")
    assert out[2]["values"][0]["value"] == "2025-02-03"
    assert out[3] == {"error": 'line 5: "text" must be a string'}
    assert out[4]["error"].startswith("line 6: unknown type 'speed'")
    assert out[5]["error"].startswith("line 7: published must be YYYY-MM-DD")
    assert out[6] == {"error": "line 8: unknown lang 'fr'; known: en, es"}
    assert out[7] == {"error": "line 9: expected a JSON object, got list"}
    assert [(v["kind"], v["value"]) for v in out[8]["values"]] == [("money", 5), ("percent", 6)]


@pytest.mark.skipif(not PEERS.is_file(), reason="../shared/peer-cases not present")
def test_round_trip_over_peer_records() -> None:
    records = [json.loads(line) for line in PEERS.read_text(encoding="utf-8").splitlines()]
    picked = [r for r in records if r["kind"] in ("money", "percent", "date")][::40][:12]
    lines = [json.dumps({"text": r["text"], "type": r["kind"], "published": r.get("ref")}) for r in picked]
    for rec, line in zip(picked, parse_jsonl(lines), strict=True):
        values = json.loads(line)["values"]
        ref = dt.date.fromisoformat(rec["ref"][:10]) if rec.get("ref") else None
        assert values == parse_text(rec["text"], rec["kind"], ref)
        if rec["kind"] == "percent" or rec.get("iso_currency"):  # read where the peer reads it
            start, end = rec["text"].find(rec["span"]), rec["text"].find(rec["span"]) + len(rec["span"])
            assert any(
                v["start"] < end and start < v["end"] and v["value"] == rec["expected"] for v in values
            )
