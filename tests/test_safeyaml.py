"""Safe YAML everywhere: alias bombs, recursive aliases, foreign tags, control characters, deep nesting
and impossible dates give a located error (rules, rule tests, gold) or a warning (front matter,
sources.yaml), never a traceback, a hang or a memory blow-up."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

from checker import safeyaml
from checker.errors import CheckerError, RuleError
from checker.pipeline import check
from checker.rulebook import load_rules
from checker.ruletests import load_tests
from checker.scoring import load_gold

RULE = "facts:\n  inmates:\n    type: count\n    cues: [inmates]\n"


def billion_laughs() -> str:
    """Nine levels of nine aliases: 80 alias uses, 9**9 (387 million) strings once expanded."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def rule_errors(tmp_path: Path, text: str) -> str:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    return str(info.value).replace(f"{tmp_path}/", "")


# --- the loader itself --------------------------------------------------------------------------------


@pytest.mark.parametrize("fast", [False, True])
def test_benign_yaml_reads_as_pyyaml_does(fast: bool) -> None:
    text = textwrap.dedent(
        """\
        base: &base {source: Wire, tags: [a, b]}
        one: *base
        two: {<<: *base, source: Other}
        published: 2025-02-04
        stamp: 2025-02-04 10:30:00
        n: 40_000
        f: 1.5e3
        ok: yes
        none: ~
        """
    )
    assert safeyaml.load(text, "x.yaml", fast=fast) == yaml.safe_load(text)
    assert safeyaml.load("", "x.yaml", fast=fast) is None


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a: 1\nb: !!python/name:os.system ''\n", "x.yaml:2:4", "unsupported tag '!!python/name:os.system'"),
        ("a: 1\nb: !!python/object/apply:os.system [echo hi]\n", "x.yaml:2:4", "unsupported tag"),
        ("a: 1\nb: [x\x07y]\n", "x.yaml:2:6", "control character U+0007"),
        ("a: 1\nb: \x1b[31mred\n", "x.yaml:2:4", "control character U+001B"),
        ("a: 1\nb: x\ud800\n", "x.yaml:2:5", "character U+D800 is not allowed"),
        ("a: 1\nb: !!int abc\n", "x.yaml:2:4", "cannot read 'abc' as !!int"),
        ("a: 1\nb: !!bool maybe\n", "x.yaml:2:4", "cannot read 'maybe' as !!bool"),
        ("a: 1\nb: " + "9" * 5000 + "\n", "x.yaml:2:4", "as !!int"),
        ("a: &r [1, *r]\n", "x.yaml:1:4", "recursive alias"),
        ("a: &r\n  b: *r\n", "x.yaml:2:3", "recursive alias"),
        ("a: [x\nb: 1\n", "x.yaml:2:2", "YAML syntax error"),
        ("a: 1\n---\nb: 2\n", "x.yaml:2:1", "YAML syntax error"),
    ],
)
def test_unreadable_yaml_is_one_located_error(fast: bool, text: str, where: str, message: str) -> None:
    with pytest.raises(safeyaml.YamlError) as info:
        safeyaml.load(text, "x.yaml", fast=fast)
    rendered = str(info.value)
    assert rendered.startswith(where + ":") and message in rendered, rendered
    assert isinstance(info.value, CheckerError)
    if fast:  # libyaml composes; what it cannot read is read again for PyYAML's own message
        with pytest.raises(safeyaml.YamlError) as pure:
            safeyaml.load(text, "x.yaml")
        assert str(pure.value) == rendered


@pytest.mark.skipif(safeyaml._FAST_LOADER is None, reason="no libyaml: files are read in Python")
def test_rule_files_are_composed_by_libyaml_when_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    fast = safeyaml._FAST_LOADER

    class Counting(fast):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            opened.append(stream)
            super().__init__(stream)

    monkeypatch.setattr(safeyaml, "_FAST_LOADER", Counting)
    path = tmp_path / "x.yaml"
    path.write_text(RULE, encoding="utf-8")
    assert [rule.id for rule in load_rules([path]).rules] == ["inmates"]
    assert opened == [RULE]


@pytest.mark.parametrize("fast", [False, True])
def test_aliases_beyond_the_limits_are_refused_before_expanding(fast: bool) -> None:
    with pytest.raises(safeyaml.YamlError, match=r"x.yaml:5:4: aliases expand to more than 10,000 nodes"):
        safeyaml.load(billion_laughs(), "x.yaml", fast=fast)
    many = "a: &a x\nb: [" + ", ".join(["*a"] * (safeyaml.MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(safeyaml.YamlError, match=r"x.yaml:2:4: more than 100 aliases"):
        safeyaml.load(many, "x.yaml", fast=fast)
    few = "a: &a x\nb: [" + ", ".join(["*a"] * safeyaml.MAX_ALIASES) + "]\n"
    assert safeyaml.load(few, "x.yaml", fast=fast)["b"] == ["x"] * safeyaml.MAX_ALIASES


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("depth", [51, 400, 5000])
def test_deep_nesting_is_refused(fast: bool, depth: int) -> None:
    for text in ("a: " + "[" * depth + "]" * depth + "\n", "- " * depth + "x\n", "a:\n" + "  - " * depth):
        with pytest.raises(safeyaml.YamlError, match=r"nested deeper than 50 levels|maximum nesting depth"):
            safeyaml.load(text, "x.yaml", fast=fast)
    assert safeyaml.load("[" * 49 + "]" * 49, "x.yaml", fast=fast) is not None  # 50 levels with the root


def test_aliases_cannot_nest_deeper_than_the_limit() -> None:
    chain = ["l0: &l0 [[[[[[[[[[x]]]]]]]]]]"]
    chain += [f"l{i}: &l{i} [[[[[[[[[[*l{i - 1}]]]]]]]]]]" for i in range(1, 6)]
    with pytest.raises(safeyaml.YamlError, match=r"nested deeper than 50 levels \(with aliases expanded"):
        safeyaml.load("\n".join(chain) + "\n", "x.yaml")


def test_a_document_too_large_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safeyaml, "MAX_CHARS", 100)
    with pytest.raises(safeyaml.YamlError, match="larger than 100 characters"):
        safeyaml.load("a: " + "x" * 200, "x.yaml")


def test_impossible_dates_are_read_as_written_or_refused_when_strict() -> None:
    text = "ok: 2025-02-04\nday: 2025-02-30\nmonth: 2025-13-45\nwhen: 2025-02-04 25:00:00\n"
    text += "quoted: '2025-02-30'\n"
    data = safeyaml.load(text, "x.yaml")
    assert data == {
        "ok": dt.date(2025, 2, 4),
        "day": "2025-02-30",
        "month": "2025-13-45",
        "when": "2025-02-04 25:00:00",
        "quoted": "2025-02-30",
    }
    with pytest.raises(safeyaml.YamlError, match=r"^x.yaml:2:6: '2025-02-30' is not a valid date"):
        safeyaml.load(text, "x.yaml", strict_dates=True)


def test_front_matter_positions_are_the_files() -> None:
    with pytest.raises(safeyaml.YamlError, match=r"^a.md:3:12: YAML error: unsupported tag"):
        safeyaml.load("source: X\npublished: !!python/name:os.system ''\n", "a.md", first_line=2)


# --- rule files: a located RuleError, exit 2 ------------------------------------------------------------


BOMB_SCRIPT = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))  # a regression fails, not the host
from checker.errors import RuleError
from checker.rulebook import load_rules
start = time.perf_counter()
try:
    load_rules([sys.argv[1]])
except RuleError as exc:
    print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print(exc)
"""


def test_billion_laughs_rule_file_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(billion_laughs() + RULE.replace("[inmates]", "*i"))
    before = subprocess.run(
        [sys.executable, "-c", "import resource, checker.rulebook\n"
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-c", BOMB_SCRIPT, str(bomb)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    timing, *message = run.stdout.splitlines()
    seconds, max_rss_kb = float(timing.split()[0]), int(timing.split()[1])
    assert seconds < 0.5
    assert max_rss_kb - int(before.stdout) < 50_000  # under 50 MB more than importing the rulebook
    assert message[0] == f"{bomb}:5:4: aliases expand to more than 10,000 nodes (an alias bomb?); not read"


def test_rule_file_errors_carry_line_and_caret(tmp_path: Path) -> None:
    assert rule_errors(
        tmp_path, "facts: &f\n  x:\n    type: count\n    cues: [a]\n    near: *f\n"
    ).startswith("x.yaml:5:5: recursive alias")
    message = rule_errors(tmp_path, "facts:\n  x:\n    type: count\n    cues: !!python/name:os.system ''\n")
    assert message.splitlines() == [
        "x.yaml:4:11: YAML error: unsupported tag '!!python/name:os.system': only plain YAML is read "
        "(strings, numbers, booleans, dates, null, lists and mappings)",
        "        cues: !!python/name:os.system ''",
        "              ^",
    ]
    message = rule_errors(tmp_path, "facts:\n  x:\n    type: count\n    cues: [a\x0cb]\n")
    assert message.splitlines()[0] == "x.yaml:4:13: control character U+000C is not allowed in YAML"
    assert message.splitlines()[2] == "    " + " " * 12 + "^"
    message = rule_errors(tmp_path, "facts:\n  x:\n    type: count\n    cues: [a]\n    match: !!int high\n")
    assert message.startswith("x.yaml:5:12: YAML error: cannot read 'high' as !!int")


def test_validate_on_the_command_line_exits_2_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(billion_laughs() + RULE.replace("[inmates]", "*i"))
    result = run_cli("validate", tmp_path / "bomb.yaml")
    assert result.returncode == 2 and "bomb.yaml:5:4: aliases expand" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("cues", '""'),
        ("cues", '"   "'),
        ("cues", '["!!!"]'),
        ("cues", "[inmates, '...']"),
        ("near", '"--"'),
        ("near", "['%', prison]"),
        ("exclude", '["?!"]'),
    ],
)
def test_cues_that_can_never_match_are_rejected(tmp_path: Path, field: str, written: str) -> None:
    text = "facts:\n  x:\n    type: count\n    cues: [inmates]\n"
    text = text.replace("    cues: [inmates]\n", f"    {field}: {written}\n") if field == "cues" else text
    text += f"    {field}: {written}\n" if field != "cues" else ""
    line = 4 if field == "cues" else 5
    message = rule_errors(tmp_path, text)
    head, source, caret = message.splitlines()[:3]
    assert head.startswith(f"x.yaml:{line}: facts.x.{field}: "), head
    assert "non-empty string" in head or "has no letter or digit, so it can never match" in head
    assert source == f"        {field}: {written}" and caret == "        ^"


def test_cues_with_a_letter_or_a_digit_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("facts:\n  x:\n    type: count\n    cues: ['C-19', '%2', inmates]\n    near: [é]\n")
    assert load_rules([path]).rules[0].cues == ("C-19", "%2", "inmates")


# --- rule tests and gold files: a clear error, exit 2 ------------------------------------------------


@pytest.mark.parametrize(
    ("test", "line", "message"),
    [
        ("  - text: 40 inmates\n    published: 2025-02-30\n    expect: {inmates: 40}\n", 8,
         "tests[0].published: expected a date YYYY-MM-DD, got '2025-02-30'"),
        ("  - text: 40 inmates\n    expect:\n      inmates: 2025-13-45\n", 9,
         "tests[0].expect.inmates: '2025-13-45' is not a valid date"),
        ("  - text: 40 inmates\n    expect: {inmates: !!python/name:os.system ''}\n", "8:23",
         "unsupported tag '!!python/name:os.system'"),
    ],
)  # fmt: skip
def test_bad_rule_test_file_exits_2_with_its_line(
    tmp_path: Path, test: str, line: object, message: str
) -> None:
    (tmp_path / "x.yaml").write_text(RULE)
    (tmp_path / "x.test.yaml").write_text("# tests\n" * 5 + "tests:\n" + test)
    result = run_cli("test", tmp_path / "x.yaml")
    assert result.returncode == 2, result.stdout
    assert f"x.test.yaml:{line}" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_bad_date_in_tests_inside_a_rule_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        RULE + "tests:\n  - text: 40 inmates\n    published: 2025-02-30\n    expect: {inmates: 40}\n"
    )
    rules = load_rules([path])  # the rules themselves are fine
    with pytest.raises(RuleError, match=r"x.yaml:7: tests\[0\].published: expected a date YYYY-MM-DD"):
        load_tests([path], rules)


def test_bad_gold_file_exits_2_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULE)
    (tmp_path / "a.txt").write_text("The prison holds 40,000 inmates.\n")
    gold = tmp_path / "gold.yaml"
    gold.write_text("facts:\n  inmates:\n    values:\n      a: {value: 40000, as_of: 2025-02-30}\n")
    result = run_cli("score", "--gold", gold, "--rules", tmp_path / "rules.yaml", tmp_path / "a.txt")
    assert result.returncode == 2
    assert f"{gold}:4:" in result.stderr and "'2025-02-30' is not a valid date" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    for text, message in [
        (billion_laughs(), "aliases expand to more than"),
        ("facts: !!python/object/apply:os.system [echo]\n", "unsupported tag"),
        ("facts:\n  x: [\x07]\n", r"gold.yaml:2:7: control character U\+0007"),
    ]:
        gold.write_text(text)
        with pytest.raises(CheckerError, match=message):
            load_gold(str(gold))


# --- front matter and sources.yaml: a warning, the article still checked --------------------------------


def story(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "rules.yaml").write_text(RULE)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_invalid_front_matter_date_warns_and_every_article_is_checked(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        {
            "a.md": "---\nsource: A\npublished: 2025-02-30\n---\nThe prison holds 40,000 inmates.\n",
            "b.md": "---\nsource: B\npublished: 2025-02-04\n---\nThe prison holds 40,000 inmates.\n",
        },
    )
    report = check([str(tmp_path / "rules.yaml")], [str(folder)])
    a, b = report.articles
    assert (a.id, a.source, a.published) == ("a", "A", None)
    assert (b.id, b.source, b.published) == ("b", "B", dt.date(2025, 2, 4))
    assert any(
        str(folder / "a.md") in w and "published: expected YYYY-MM-DD or null, got '2025-02-30'" in w
        for w in report.warnings
    ), report.warnings
    assert len(report.facts[0].mentions) == 2


def test_invalid_sources_yaml_date_warns_and_every_article_is_checked(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        {
            "sources.yaml": "a.txt: {source: A, published: 2025-13-45}\nb.txt: {source: B}\n",
            "a.txt": "The prison holds 40,000 inmates.\n",
            "b.txt": "The prison holds 40,000 inmates.\n",
        },
    )
    report = check([str(tmp_path / "rules.yaml")], [str(folder)])
    assert [(a.source, a.published) for a in report.articles] == [("A", None), ("B", None)]
    assert any("got '2025-13-45'" in w for w in report.warnings), report.warnings
    assert len(report.facts[0].mentions) == 2


@pytest.mark.parametrize(
    ("front", "where", "message"),
    [
        ("source: A\nwhen: !!python/name:os.system ''\n", "a.md:3:7", "unsupported tag"),
        ("source: A\nnote: x\x07y\n", "a.md:3:8", "control character U+0007"),
        ("source: A\ncount: !!int abc\n", "a.md:3:8", "cannot read 'abc' as !!int"),
        ("source: &s A\nnext: &r [*r]\n", "a.md:3:7", "recursive alias"),
        (billion_laughs(), "a.md:6:4", "aliases expand to more than 10,000 nodes"),
        ("deep: " + "[" * 60 + "]" * 60 + "\n", "a.md:2:", "nested deeper than 50 levels"),
    ],
)
def test_unreadable_front_matter_warns_with_its_line_and_the_body_is_checked(
    tmp_path: Path, front: str, where: str, message: str
) -> None:
    folder = story(
        tmp_path,
        {
            "a.md": f"---\n{front}---\nThe prison holds 40,000 inmates.\n",
            "b.txt": "The prison holds 40,000 inmates.\n",
        },
    )
    report = check([str(tmp_path / "rules.yaml")], [str(folder)])
    assert [a.id for a in report.articles] == ["a", "b"] and report.articles[0].source is None
    assert len(report.facts[0].mentions) == 2
    (warning,) = report.warnings
    assert warning.startswith(f"{folder}/{where}") and "front matter is not valid YAML" in warning, warning
    assert message in warning


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ("a.txt: {source: !!python/name:os.system ''}\n", "sources.yaml:1:17: cannot read metadata"),
        ("a.txt: {source: A}\nb.txt: {source: \x1b}\n", "sources.yaml:2:17: cannot read metadata"),
        (billion_laughs(), "sources.yaml:5:4: cannot read metadata, ignoring it: aliases expand"),
    ],
)
def test_unreadable_sources_yaml_warns_on_the_command_line(
    tmp_path: Path, sources: str, message: str
) -> None:
    folder = story(
        tmp_path,
        {
            "sources.yaml": sources,
            "a.txt": "The prison holds 40,000 inmates.\n",
            "b.txt": "The prison holds 40,000 inmates.\n",
        },
    )
    result = run_cli("check", "--rules", tmp_path / "rules.yaml", "--format", "json", "--no-cache", folder)
    assert "Traceback" not in result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["a", "b"]
    assert any(w.startswith(f"{folder}/{message}") for w in report["warnings"]), report["warnings"]
