"""Property-based tests of the loaders: any text as front matter or as a rule file gives warnings or
located rule errors, never another exception; and the whole report does not depend on file order,
time zone or locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.articles import iter_articles
from checker.errors import Problem, RuleError
from checker.rulebook import load_rules

FEW = settings(max_examples=150, deadline=None)
yamlish = st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#%@ \n\t012.,?\x00\x07é")), max_size=120)


@FEW
@given(yamlish)
def test_any_front_matter_is_a_warning_at_worst(tmp_path_factory: object, meta: str) -> None:
    folder = Path(tmp_path_factory.mktemp("fm"))  # type: ignore[attr-defined]
    path = folder / "a.md"
    path.write_text(
        f"---\n{meta}\n---\nThe hall holds 900 people.\n", encoding="utf-8", errors="surrogatepass"
    )
    warnings: list[Problem] = []
    articles = list(iter_articles([path], warnings))
    assert len(articles) + sum(w.skipped for w in warnings) == 1


@FEW
@given(yamlish)
def test_any_rule_file_is_loaded_or_refused_with_located_problems(
    tmp_path_factory: object, text: str
) -> None:
    path = Path(tmp_path_factory.mktemp("rules")) / "r.yaml"  # type: ignore[attr-defined]
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_rules([path])
    except RuleError as exc:
        assert all(p.path == str(path) for p in exc.problems)


def _report(*args: str, env: dict[str, str]) -> dict[str, object]:
    cmd = [sys.executable, "-m", "checker", "check", *args, "--format", "json", "--no-cache", "--jobs", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_report_does_not_depend_on_order_time_zone_or_locale() -> None:
    files = sorted(str(p) for p in (ROOT / "articles").glob("*.md"))
    base = _report(*files, env={**os.environ, "TZ": "UTC", "LC_ALL": "C"})
    shuffled = _report(*files[::-1], env={**os.environ, "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8"})
    assert shuffled == base
