"""Where reports go: checked writable before any work is done, written atomically (a temporary file,
then a rename), so a failed or interrupted run never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from checker.errors import CheckerError


def check_writable(path: Path) -> None:
    """A clear error now, rather than after the whole extraction, when `path` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CheckerError(f"--output: {path} is a folder; give a file name such as {path / 'report.json'}")
    if not folder.is_dir():
        raise CheckerError(f"--output: folder {folder} does not exist; create it first (mkdir -p {folder})")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CheckerError(f"--output: cannot write {path} (permission denied); choose another place")


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write through `write` into a temporary file beside `path`, then rename it into place."""
    fd, tmp = tempfile.mkstemp(
        dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
