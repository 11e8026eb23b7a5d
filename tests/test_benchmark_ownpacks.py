"""The own-pack benchmark (benchmarks/ownpacks.py): each story checked with its own rules, its
articles and facts counted."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.ownpacks import measure, stories  # noqa: E402


def test_measures_every_story_with_a_pack_and_counts_its_articles_and_facts(tmp_path: Path) -> None:
    for name in ("panama-papers-2016", "king-v-burwell-2015"):
        shutil.copytree(ROOT / "eval" / name, tmp_path / name)
    (tmp_path / "no-rules-yet").mkdir()
    shutil.copytree(ROOT / "eval" / "panama-papers-2016" / "articles", tmp_path / "no-rules-yet" / "articles")
    assert [s.name for s in stories(tmp_path)] == ["king-v-burwell-2015", "panama-papers-2016"]
    result = measure(tmp_path, repeat=1)
    articles = sum(
        len(list((tmp_path / n / "articles").iterdir()))
        for n in ("panama-papers-2016", "king-v-burwell-2015")
    )
    assert (result["stories"], result["articles"], result["facts"]) == (2, articles, 16)
    assert result["cpu_seconds"] > 0
    assert abs(result["articles_per_second"] * result["cpu_seconds"] / articles - 1) < 0.05
