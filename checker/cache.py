"""Extraction cache: an article's mentions, keyed by its content and the rule pack, so unchanged
articles are not extracted again. Entries are JSON (never pickle): a corrupt or foreign entry is
ignored and rebuilt, never trusted."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker import __version__
from checker.models import Article, Mention, Value

DEFAULT_DIR = ".checker-cache"
FORMAT = 2  # 2: entries carry a checksum of their own content


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of checker's own source, so entries made by other code (even the same version) are not used."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()


def key(article: Article, rules_digest: str) -> str:
    """What the extraction depends on: the text, the publication date, the rules and the code."""
    h = hashlib.sha256()
    for part in (code_digest(), str(FORMAT), rules_digest, str(article.published), str(article.body_line)):
        h.update(part.encode() + b"\0")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _encode(m: Mention) -> dict[str, Any]:
    return {
        "fact": m.fact,
        "value": m.value.to_dict(),
        "quote": m.quote,
        "line": m.line,
        "cue": m.cue,
        "cue_score": m.cue_score,
        "rank": m.rank,
        "as_of": m.as_of,
    }


def _decode(data: dict[str, Any], article: str) -> Mention:
    return Mention(
        str(data["fact"]),
        article,
        Value.from_dict(data["value"]),
        str(data["quote"]),
        int(data["line"]),
        str(data["cue"]),
        float(data["cue_score"]),
        float(data["rank"]),
        None if data.get("as_of") is None else str(data["as_of"]),
    )


def _checksum(k: str, facts: Any) -> str:
    """A hash of an entry's content and the key it was made for: an entry edited by hand, or
    moved under another key, no longer matches and is ignored."""
    canonical = json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((k + "\0" + canonical).encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """A folder of JSON entries, one per (article content, rule pack)."""

    def __init__(self, folder: str | Path, rules_digest: str) -> None:
        self.folder = Path(folder)
        self.rules_digest = rules_digest

    def _path(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.json"

    def get(self, article: Article, facts: list[str]) -> dict[str, list[Mention]] | None:
        """The cached mentions, or None when absent, unreadable or not made for this very input."""
        k = key(article, self.rules_digest)
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
            if data.get("key") != k or data.get("format") != FORMAT or sorted(data["facts"]) != sorted(facts):
                return None
            if data.get("sum") != _checksum(k, data["facts"]):
                return None  # edited or damaged since it was written: extract again
            return {f: [_decode(m, article.id) for m in ms] for f, ms in data["facts"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def put(self, article: Article, found: dict[str, list[Mention]]) -> None:
        """Store atomically (write, then rename), so a crash never leaves half an entry."""
        k = key(article, self.rules_digest)
        path = self._path(k)
        facts = {f: [_encode(m) for m in ms] for f, ms in found.items()}
        body = {"format": FORMAT, "key": k, "sum": _checksum(k, facts), "facts": facts}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(body, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
