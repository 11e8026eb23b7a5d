"""Tables flattened to lines of text: a header of column names over rows of figures.

    Country Cases Deaths Last update
    Liberia 10,675 4,809 24 April 2016
    Total 28,657 11,325 as of 24 April 2016

A row names its subject in its first cells ("Liberia", "Total"); the header names what each later
cell holds ("Cases", "Deaths"). Reading a row's figure for a fact whose cue is a column name takes
three things from the header: where its cells are, how many of them name the row's subject (the
leading cells that are a kind of name, see LABEL_COLUMNS), and which cell the cue stands in. A
row's figure cells then line up with the header's from the left: the first figure under the first
column after the names. Cells are split on "|" when the header has them, else on spaces, a
header's word that starts in lower case continuing the cell before it ("Last update"); a row's
figure cells are its figures in a run, after its name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.sentences import clean

# Header cells that name a row's subject rather than hold a figure (any word of the cell will do:
# "Political party", "Country/territory").
LABEL_COLUMNS = frozenset(
    {
        "country",
        "countries",
        "nation",
        "state",
        "states",
        "province",
        "region",
        "territory",
        "district",
        "county",
        "city",
        "town",
        "municipality",
        "location",
        "place",
        "area",
        "department",
        "prefecture",
        "governorate",
        "borough",
        "constituency",
        "electorate",
        "party",
        "parties",
        "leader",
        "candidate",
        "candidates",
        "nominee",
        "name",
        "team",
        "club",
        "player",
        "alliance",
        "coalition",
        "group",
        "agency",
        "país",
        "pais",
        "partido",
        "candidato",
        "región",
        "provincia",
        "estado",
        "departamento",
        "municipio",
        "ciudad",
        "equipo",
        "nombre",
        "líder",
        "lider",
        "comunidad",
    }
)
TOTAL_ROW = re.compile(r"\s*(?:totals?|overall|all|sum|grand\s+total|total\s+general)\b", re.IGNORECASE)
TABLE_REACH = 60  # rows a header may stand above the row read
HEADER_CELLS = 12  # more cells than this is a line of prose, not a header
FIGURE_CELL = re.compile(r"[+\-−–]?(?:\d[\d,.]*|\.\d+)%?")
DIGIT = re.compile(r"\d")
TERMINAL = re.compile(r"[.!?:;]\s*$")
WORD_CHAR = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Header:
    """A table's header line: its span in the text, its cleaned text, the spans of its cells in
    that text, and how many leading cells name a row's subject."""

    start: int
    end: int
    text: str
    cells: tuple[tuple[int, int], ...]
    labels: int
    piped: bool

    def fitted(self, figures: int) -> Header:
        """The header as it reads over a row of `figures` figure cells: a lone "%" that names no
        column of its own joins the cell before it ("Party Leader Vote % Seats +/–" over "Labor
        Anthony Albanese 32.58% 77 +9") when that leaves as many figure columns as the row has."""
        if len(self.cells) - self.labels == figures:
            return self
        cells: list[tuple[int, int]] = []
        for i, (start, end) in enumerate(self.cells):
            if i > self.labels and self.text[start:end] == "%":
                cells[-1] = (cells[-1][0], end)
            else:
                cells.append((start, end))
        return replace(self, cells=tuple(cells)) if len(cells) - self.labels == figures else self

    def column(self, offset: int) -> int | None:
        """Which figure column the header's character at `offset` names (0 for the first after the
        names); None for a name's cell or a gap between cells."""
        for i, (start, end) in enumerate(self.cells):
            if start <= offset < end:
                return i - self.labels if i >= self.labels else None
        return None


def header_above(text: str, row_start: int) -> Header | None:
    """The header of the table the line at `row_start` stands in: the nearest line above it that
    holds no digit, when every line between is a row with a figure and no blank line breaks the
    table; None when that line is no header (prose, a single cell, no name column first)."""
    end = text.rfind("\n", 0, row_start)
    for _ in range(TABLE_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        if not DIGIT.search(line):
            return _header(start, end, clean(line))
        end = start - 1
    return None


def _header(start: int, end: int, line: str) -> Header | None:
    if TERMINAL.search(line):
        return None
    piped = line.count("|") >= 2
    cells = _piped_cells(line) if piped else _spaced_cells(line)
    if not 2 <= len(cells) <= HEADER_CELLS:
        return None
    labels = 0
    for a, b in cells:
        if not set(re.split(r"[\s/]+", line[a:b].lower().strip(" :"))) & LABEL_COLUMNS:
            break
        labels += 1
    if labels == 0 or labels == len(cells):
        return None
    return Header(start, end, line, tuple(cells), labels, piped)


def _piped_cells(line: str) -> list[tuple[int, int]]:
    cells, start = [], 0
    for i, char in enumerate(line + "|"):
        if char == "|":
            if line[start:i].strip():
                lead = len(line[start:i]) - len(line[start:i].lstrip())
                cells.append((start + lead, start + len(line[start:i].rstrip())))
            start = i + 1
    return cells


def _spaced_cells(line: str) -> list[tuple[int, int]]:
    """Cells of a header set with spaces: a word that starts in lower case continues the cell
    before it ("Last update"); any other word opens one ("Seats", "%", "±")."""
    cells: list[tuple[int, int]] = []
    for word in re.finditer(r"\S+", line):
        if cells and word.group()[0].islower():
            cells[-1] = (cells[-1][0], word.end())
        else:
            cells.append(word.span())
    return cells


def row_cells(row: str, piped: bool) -> list[tuple[int, int]] | None:
    """The spans of a row's figure cells, after the cells that name its subject; None when the
    row names nothing first (a row of figures only is not read against a header)."""
    if piped:
        cells = _piped_cells(row)
        first = next((i for i, (a, b) in enumerate(cells) if DIGIT.search(row[a:b])), None)
        if not first:
            return None
        return cells[first:]
    words = list(re.finditer(r"\S+", row))
    first = next((i for i, w in enumerate(words) if FIGURE_CELL.fullmatch(w.group())), None)
    if not first or not any(WORD_CHAR.search(w.group()) for w in words[:first]):
        return None
    run = []
    for word in words[first:]:
        if not FIGURE_CELL.fullmatch(word.group()):
            break
        run.append(word.span())
    return run
