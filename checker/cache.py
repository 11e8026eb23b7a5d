"""Extraction cache: an article's mentions, keyed by its content and the rule pack, so unchanged
articles are not extracted again. Entries are JSON (never pickle): a corrupt or foreign entry is
ignored and rebuilt, never trusted.

An entry is two lines: a header (format, key, and a checksum of the key and the second line's
bytes) and the mentions of the facts that have any. Checking an entry hashes the bytes as read,
so a warm run only reads, hashes and decodes."""

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
FORMAT = 3  # 2: entries carry a checksum of their own content; 3: of the bytes of their body line


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of checker's own source, so entries made by other code (even the same version) are not used."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()


def key(article: Article, rules_digest: str) -> str:
    """What the extraction depends on: the text, the publication date and language, the rules and the
    code."""
    h = hashlib.sha256()
    parts = (code_digest(), str(FORMAT), rules_digest, str(article.published), str(article.body_line))
    for part in (*parts, str(article.lang)):
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


def _checksum(k: str, body: bytes) -> str:
    """A hash of an entry's body and the key it was made for: an entry edited by hand, or moved
    under another key, no longer matches and is ignored."""
    return hashlib.sha256(k.encode() + b"\0" + body).hexdigest()


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
            head, _, body = self._path(k).read_bytes().partition(b"\n")
            header = json.loads(head)
            if header.get("format") != FORMAT or header.get("key") != k:
                return None
            if header.get("sum") != _checksum(k, body):
                return None  # edited or damaged since it was written: extract again
            stored = json.loads(body.decode("utf-8", "surrogatepass"))  # as put() wrote it
            if not set(stored) <= set(facts):
                return None
            return {f: [_decode(m, article.id) for m in stored.get(f, ())] for f in facts}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def put(self, article: Article, found: dict[str, list[Mention]]) -> None:
        """Store atomically (write, then rename), so a crash never leaves half an entry."""
        k = key(article, self.rules_digest)
        path = self._path(k)
        facts = {f: [_encode(m) for m in ms] for f, ms in found.items() if ms}
        body = json.dumps(facts, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        header = json.dumps({"format": FORMAT, "key": k, "sum": _checksum(k, body)}).encode()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(header + b"\n" + body)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
