"""Regex builders shared by the cue index and the value vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def alternation(words: Iterable[str], spaces: str = r"\s+") -> str:
    """A regex alternation of `words`, longest first (so "million" wins over "mil"), each space in a
    word standing for `spaces`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", spaces) for w in ordered)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, shaped as a trie ("a(?:rre|ppr)" rather than "arre|appr"):
    Python's engine tries alternatives one by one, so sharing prefixes makes the scan much faster.
    Longer words are tried first where one is a prefix of another."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
