"""Read saved web pages (.html, .htm): the story's text and metadata, without the page's boilerplate.

trafilatura (optional extra `checker[html]`) finds the main text and leaves out menus, ads, cookie
banners, "Most Read" and related-story lists; its metadata comes from Open Graph, JSON-LD and other
markup, and the publication date from htmldate. The text given back has one paragraph of the page
per line with a blank line between paragraphs, so reported line numbers count lines of that text.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from types import ModuleType
from typing import Any

SUFFIXES = (".html", ".htm")
INSTALL_HINT = "pip install 'checker[html]' (in a checkout: pip install '.[html]')"
LINES = "extracted text: a line per paragraph, a blank line between paragraphs"

# htmldate's options, passed through trafilatura. original_date: the first publication, not the
# last update (which would move relative dates). extensive_search off: only markup, JSON-LD, time
# elements and the URL are read, never dates found anywhere in the page's text, which picks up
# the date of a "Most Read" headline when the page states none of its own; a page without a
# date gets none, and its relative dates stay unresolved rather than guessed.
DATE_OPTIONS = {"original_date": True, "extensive_search": False}


class MissingLibrary(Exception):
    """trafilatura cannot be imported: HTML pages are skipped with a hint naming the extra."""


@lru_cache(maxsize=1)
def _library() -> ModuleType | str:
    """trafilatura, imported on the first page only (it is slow to import); else why not."""
    try:
        import trafilatura
    except ImportError as exc:  # also lxml without lxml_html_clean, which trafilatura needs
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        # Their log lines would otherwise reach stderr through logging's last-resort handler.
        logging.getLogger(name).addHandler(logging.NullHandler())
    return trafilatura


def available() -> bool:
    """Whether HTML pages can be read here."""
    return not isinstance(_library(), str)


def _paragraphs(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]  # the headline is metadata (the article's title), as in a text file
    return "\n\n".join(lines) + "\n" if lines else ""


def extract(raw: bytes) -> tuple[str, dict[str, Any]] | None:
    """The page's main text and its metadata (title, source, published, url, author, site); None
    when no article text is found. Raises MissingLibrary when trafilatura is not installed."""
    library = _library()
    if isinstance(library, str):
        raise MissingLibrary(library)
    document: Any = library.bare_extraction(
        raw,
        with_metadata=True,
        favor_precision=True,  # less text rather than a related-story list taken for the story
        include_comments=False,
        include_tables=True,  # figures often stand in tables
        date_extraction_params=DATE_OPTIONS,
    )
    if document is None:
        return None
    text = _paragraphs(document.text or "", document.title)
    meta = {
        "title": document.title,
        "source": document.sitename,
        "published": document.date,
        "url": document.url,
        "author": document.author,
        "site": document.hostname,
        "lines": LINES,
    }
    return text, {k: v for k, v in meta.items() if v}
