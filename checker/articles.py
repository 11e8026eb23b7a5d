"""Load articles with their metadata; warn, never crash.

Text files (.txt, .md) with front matter, saved web pages (.html, .htm, see pages.py) and JSON Lines
batches (.jsonl or `-` for standard input, see feeds.py); a sources.yaml beside them completes the
metadata."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checker import feeds, language, pages, safeyaml
from checker.errors import InputError, Problem
from checker.models import Article

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (*TEXT_SUFFIXES, *pages.SUFFIXES, *feeds.SUFFIXES)
SOURCES_FILE = "sources.yaml"
OPENING = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.S | re.M)
META_KEYS = ("source", "published", "url", "title", "id", "lang")
KINDS = ", ".join(f"*{suffix}" for suffix in SUFFIXES)


@dataclass
class Loaded:
    """The articles read, and a warning for every file that could not be used."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: given files as they are, folders searched recursively for every SUFFIXES
    kind; `-` is standard input (read once, as a JSON Lines batch)."""
    found: list[Path] = []
    stdin: Path | None = None
    for raw in paths:
        path = Path(raw)
        if str(raw) == feeds.STDIN:
            stdin = stdin or feeds.spool_stdin()
            found.append(stdin)
        elif path.is_dir():
            # Broken links are kept so that they are reported, not silently dropped.
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in SUFFIXES and (p.is_file() or p.is_symlink())
                )
            )
        elif path.is_file() or path.is_symlink():
            found.append(path)
        else:
            raise InputError([Problem(str(path), "no such article file or folder")])
    return found


def _read_sources(folder: Path, warnings: list[Problem]) -> dict[str, dict[str, Any]]:
    path = folder / SOURCES_FILE
    if not path.is_file():
        return {}
    try:
        data = safeyaml.load(path.read_text(encoding="utf-8"), str(path), fast=True)
    except (OSError, UnicodeDecodeError) as exc:
        warnings.append(Problem(str(path), f"cannot read metadata, ignoring it: {exc}"))
        return {}
    except safeyaml.YamlError as exc:
        warnings.append(
            Problem(str(path), f"cannot read metadata, ignoring it: {exc.message}", exc.line, exc.column)
        )
        return {}
    if not isinstance(data, dict):
        warnings.append(Problem(str(path), "expected a mapping of file names to metadata; ignoring it"))
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def _published(value: Any, where: str, warnings: list[Problem]) -> dt.date | None:
    """The publication day: a date, or an ISO date and time (its day as written); else a warning."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = str(value).strip()
    try:
        return dt.date.fromisoformat(written)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(written).date()  # "2025-03-12T07:45:00-05:00", as feeds give
    except ValueError:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:59] + "…"
        warnings.append(
            Problem(
                where,
                f"published: expected YYYY-MM-DD or null, got {shown}; "
                "relative dates in this article stay unresolved",
            )
        )
        return None


def _split_front_matter(text: str, path: Path, warnings: list[Problem]) -> tuple[dict[str, Any], str, int]:
    match = FRONT_MATTER.match(text)
    if not match:
        if OPENING.match(text):
            warnings.append(
                Problem(
                    str(path),
                    "front matter opened with '---' is never closed: its metadata (source, published) is "
                    "lost and the whole file is read as text; end it with a '---' line",
                    1,
                )
            )
        return {}, text, 1
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        # The front matter starts on the line after the opening `---`: positions are the file's.
        meta = safeyaml.load(match.group(1), str(path), fast=True, first_line=2) or {}
    except safeyaml.YamlError as exc:
        message = f"front matter is not valid YAML, reading the body without it: {exc.message}"
        warnings.append(Problem(str(path), message, exc.line, exc.column))
        meta = {}
    if not isinstance(meta, dict):
        warnings.append(Problem(str(path), "front matter is not a mapping; ignoring it"))
        meta = {}
    return meta, text[match.end() :], body_line


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _read_bytes(path: Path, warnings: list[Problem]) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        warnings.append(Problem(str(path), f"cannot read file, skipped: {exc.strerror or exc}", skipped=True))
        return None


def _read_text(path: Path, warnings: list[Problem]) -> str | None:
    raw = _read_bytes(path, warnings)
    if raw is None:
        return None
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff")) and _decodes(raw, "utf-16")  # UTF-16, not binary
    if not utf16 and b"\x00" in raw[:8192]:
        warnings.append(Problem(str(path), "looks binary (NUL bytes), skipped", skipped=True))
        return None
    try:
        text = raw.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        encoding = "UTF-16" if utf16 else "UTF-8"
        message = f"not {encoding} (byte {exc.start}), skipped; convert it with iconv"
        warnings.append(Problem(str(path), message, skipped=True))
        return None
    if not text.strip():
        warnings.append(Problem(str(path), "empty file, skipped", skipped=True))
        return None
    return text.replace("\r\n", "\n")


def _build(
    where: str,
    default_id: str,
    body: str,
    merged: dict[str, Any],
    body_line: int,
    warnings: list[Problem],
    record: feeds.Record | None = None,
) -> Article:
    """An Article from its text and metadata, whatever kind of file they came from; `record`: the
    line of a batch it was read from."""

    def text_or_none(key: str) -> str | None:
        value = merged.get(key)
        return None if value is None else str(value)

    return Article(
        id=text_or_none("id") or default_id,
        path=where,
        text=body,
        source=text_or_none("source"),
        published=_published(merged.get("published"), where, warnings),
        title=text_or_none("title"),
        url=text_or_none("url"),
        body_line=body_line,
        meta={k: v for k, v in merged.items() if k not in META_KEYS},
        file=record.file if record else where,
        record=record.line if record else None,
        lang=language.from_meta(merged.get("lang"), where, warnings),
    )


def _text_article(path: Path, sidecar: dict[str, Any], warnings: list[Problem]) -> Iterator[Article]:
    text = _read_text(path, warnings)
    if text is None:
        return
    meta, body, body_line = _split_front_matter(text, path, warnings)
    if not body.strip():
        warnings.append(Problem(str(path), "no text after the front matter, skipped", skipped=True))
        return
    # front matter wins over sources.yaml
    yield _build(str(path), path.stem, body, {**sidecar, **meta}, body_line, warnings)


def _page_article(path: Path, sidecar: dict[str, Any], warnings: list[Problem]) -> Iterator[Article]:
    raw = _read_bytes(path, warnings)
    if raw is None:
        return
    if not raw.strip():
        warnings.append(Problem(str(path), "empty file, skipped", skipped=True))
        return
    try:
        page = pages.extract(raw)
    except pages.MissingLibrary as exc:
        reason = f"skipped: reading HTML pages needs trafilatura ({exc}): {pages.INSTALL_HINT}"
        warnings.append(Problem(str(path), reason, skipped=True))
        return
    except Exception as exc:  # a fault in the HTML library must not end the batch
        reason = f"skipped: HTML extraction failed ({type(exc).__name__}: {exc})"
        warnings.append(Problem(str(path), reason, skipped=True))
        return
    if page is None or not page[0].strip():
        warnings.append(Problem(str(path), "no article text found in the page, skipped", skipped=True))
        return
    text, meta = page
    # sources.yaml wins over what the page says: the page's metadata is only inferred from markup
    yield _build(str(path), path.stem, text, {**meta, **sidecar}, 1, warnings)


def _feed_articles(path: Path, sidecar: dict[str, Any], warnings: list[Problem]) -> Iterator[Article]:
    defaults = {k: v for k, v in sidecar.items() if k != "id"}  # one id for every record would clash
    for record in feeds.records(path, warnings):
        merged = {**defaults, **record.meta, "lines": feeds.LINES}  # the record wins over sources.yaml
        default_id = f"{path.stem}-{record.line}"
        yield _build(record.where, default_id, record.text, merged, 1, warnings, record)


def _articles_in(path: Path, sidecar: dict[str, Any], warnings: list[Problem]) -> Iterator[Article]:
    """Every article one file holds: a text file or a page one, a batch any number."""
    suffix = path.suffix.lower()
    if suffix in pages.SUFFIXES:
        return _page_article(path, sidecar, warnings)
    if suffix in feeds.SUFFIXES:
        return _feed_articles(path, sidecar, warnings)
    return _text_article(path, sidecar, warnings)


Sidecars = Mapping[str, dict[str, Any]]  # a file's path (as str(Path)) -> its sources.yaml entry


def read_sidecars(paths: Iterable[str | Path], warnings: list[Problem]) -> dict[str, dict[str, Any]]:
    """The sources.yaml entry of each file that has one, each folder's sources.yaml read once: a
    run reads them here, in one process, and hands every batch only its own files' entries."""
    folders: dict[Path, dict[str, dict[str, Any]]] = {}
    entries: dict[str, dict[str, Any]] = {}
    for raw in paths:
        path = Path(raw)
        if path.parent not in folders:
            folders[path.parent] = _read_sources(path.parent, warnings)
        entry = folders[path.parent].get(path.name)
        if entry is not None:
            entries[str(path)] = entry
    return entries


def iter_articles(
    paths: list[Path], warnings: list[Problem], sidecars: Sidecars | None = None
) -> Iterator[Article]:
    """Read each file in turn (streaming); problems go to `warnings`, the rest are yielded. Metadata
    from sources.yaml comes from `sidecars` (see read_sidecars) when given, else from each folder's
    sources.yaml, read here."""
    entries = read_sidecars(paths, warnings) if sidecars is None else sidecars
    for path in paths:
        yield from _articles_in(path, entries.get(str(path), {}), warnings)


def files_to_read(paths: Iterable[str | Path]) -> list[Path]:
    """The article files under `paths`; an input error when there are none."""
    files = article_paths(paths)
    if not files:
        raise InputError([Problem(", ".join(str(p) for p in paths) or ".", f"no articles ({KINDS}) found")])
    return files


def unique_id(article: Article, seen: set[str], warnings: list[Problem]) -> str:
    """The article's id, or `id@path` (with a warning) when an earlier article took it."""
    unique = article.id if article.id not in seen else f"{article.id}@{article.path}"
    if unique != article.id:
        warnings.append(
            Problem(
                article.path, f"article id {article.id!r} is used twice; this one is reported as {unique!r}"
            )
        )
    seen.add(unique)
    return unique


def load_articles(paths: Iterable[str | Path]) -> Loaded:
    """Load every article under `paths` into memory (for `explain`); ids made unique."""
    loaded = Loaded()
    seen: set[str] = set()
    for article in iter_articles(files_to_read(paths), loaded.warnings):
        loaded.articles.append(replace(article, id=unique_id(article, seen, loaded.warnings)))
    return loaded
