"""Split an article into sentences with character spans and file line numbers (syntok does the splitting)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import syntok.segmenter as segmenter

BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
# A single newline ends a line of prose unless it looks hard-wrapped: a long line that stops
# mid-sentence and a next line that goes on in lower case.
TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text, its offsets in the body, and its line in the file."""

    text: str
    start: int
    end: int
    line: int

    def line_of(self, offset: int) -> int:
        """File line of a character offset within the sentence."""
        return self.line + self.text.count("\n", 0, offset)


def _lines_of(block: str, offset: int) -> Iterator[tuple[int, int]]:
    """Spans of the logical lines of a block, rejoining hard-wrapped prose."""
    start = 0
    pos = 0
    for line in block.split("\n")[:-1]:
        pos += len(line) + 1
        following = block[pos : pos + 1]
        wrapped = (
            len(line) >= 60 and not TERMINAL.search(line) and (following.islower() or following.isdigit())
        )
        if not wrapped:
            yield offset + start, offset + pos - 1
            start = pos
    yield offset + start, offset + len(block)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in BLOCK_BREAK.finditer(text):
        yield from _lines_of(text[start : match.start()], start)
        start = match.end()
    yield from _lines_of(text[start:], start)


def split(text: str, first_line: int = 1, keep: Callable[[str], object] | None = None) -> list[Sentence]:
    """Sentences of `text`; `first_line` is the file line on which `text` starts.

    `keep`, if given, is asked about each paragraph first: paragraphs it rejects are not split
    at all (sentence splitting is the costliest step, and most paragraphs hold no fact)."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        if not block.strip() or (keep is not None and not keep(block)):
            continue
        for paragraph in segmenter.analyze(block):
            for tokens in paragraph:
                if not tokens:
                    continue
                start = block_start + tokens[0].offset
                end = block_start + tokens[-1].offset + len(tokens[-1].value)
                line = bisect.bisect_right(line_starts, start) - 1 + first_line
                sentences.append(Sentence(text[start:end], start, end, line))
    return sentences
