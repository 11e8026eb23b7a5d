"""The real-text benchmark corpus (benchmarks/realtext.py): every copy of a real article is its own
(id, date, paragraph order, words), keeps its figures, and both layouts hold the same texts and
metadata."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.realtext import build, originals  # noqa: E402
from checker.articles import FRONT_MATTER  # noqa: E402

FIGURE = re.compile(r"\d[\d,.]*")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    found, _ = originals(None)
    out = tmp_path_factory.mktemp("realtext")
    return out, build(out, 2 * len(found), seed=3, seeds=None)


def front_matter(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    assert match is not None
    return yaml.safe_load(match.group(1)), text[match.end() :]


def test_both_layouts_hold_the_same_texts_and_metadata(corpus: tuple[Path, dict[str, Any]]) -> None:
    out, manifest = corpus
    front = sorted((out / "front" / "articles").rglob("*.txt"))
    sidecar = yaml.safe_load((out / "sidecar" / "articles" / "sources.yaml").read_text(encoding="utf-8"))
    assert len(sidecar) == len(front)
    assert len(front) == manifest["n"] and len(manifest["stories"]) == len(list((out / "rules").iterdir()))
    for path in front:
        twin = out / "sidecar" / path.relative_to(out / "front")
        meta, body = front_matter(path)
        assert body == twin.read_text(encoding="utf-8") and sidecar[path.name] == meta
        assert meta["id"] == path.stem


def test_copies_differ_but_keep_their_figures(corpus: tuple[Path, dict[str, Any]]) -> None:
    out, _ = corpus
    found, _ = originals(None)
    copies: dict[int, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for path in sorted((out / "front" / "articles").rglob("*.txt")):
        copies[int(path.stem.rsplit("-", 1)[1]) % len(found)].append(front_matter(path))
    for i, original in enumerate(found):
        (one, first), (other, second) = copies[i]
        assert first != second and one["id"] != other["id"]
        if original.meta.get("published") is not None:
            assert one["published"] != original.meta["published"] != other["published"]
        assert sorted(FIGURE.findall(first)) == sorted(FIGURE.findall(original.text))
        assert len(first.split()) > len(original.text.split())  # words were inserted


def test_every_story_s_pack_runs_with_ids_made_unique(corpus: tuple[Path, dict[str, Any]]) -> None:
    out, manifest = corpus
    stories = {d.name for d in (ROOT / "eval").iterdir() if (d / "rules.yaml").is_file()}
    # a pack in more languages stands in for the one it extends: the rest all run
    superseded = {"turkey-syria-earthquake"}
    assert set(manifest["stories"]) == stories - superseded
    ids: list[str] = []
    for story in sorted(stories - superseded):
        written = yaml.safe_load((ROOT / "eval" / story / "rules.yaml").read_text(encoding="utf-8"))["facts"]
        copied = yaml.safe_load((out / "rules" / f"{story}.yaml").read_text(encoding="utf-8"))["facts"]
        assert len(copied) == len(written), story  # no fact left out
        ids += copied
    assert len(ids) == len(set(ids))  # two missions' launch_date: one of them renamed
