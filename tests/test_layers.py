"""Import contract between the layers of checker, read from the source with ast (nothing is imported).

* Only the command line (checker.cli, and checker.__main__ that starts it) knows about typer or checker.cli.
* The value reader (checker.values) knows nothing of the layers built on it: matching, comparing,
  extracting, running, engines, reporting or the command line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "checker"

CLI_ONLY = ("checker.cli", "typer")
CLI_MODULES = {"checker.cli", "checker.__main__"}
ABOVE_VALUES = (
    "checker.select",
    "checker.compare",
    "checker.extract",
    "checker.pipeline",
    "checker.engines",
    "checker.reporters",
    "checker.cli",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(module: str) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in `module`, at any depth (lazy imports too).

    `from a import b` yields both a and a.b, since b may be a module; relative imports are resolved.
    """
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def within(name: str, targets: tuple[str, ...]) -> bool:
    return any(name == t or name.startswith(t + ".") for t in targets)


def offences(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """One line per offending import statement: file:line: module imports name."""
    found: dict[tuple[str, int], str] = {}
    for m in modules:
        for line, name in imports(m):
            if within(name, forbidden):
                key = (m, line)
                found[key] = min(found.get(key, name), name, key=len)
    return [
        f"{MODULES[m].relative_to(PACKAGE.parent)}:{line}: {m} imports {name}"
        for (m, line), name in sorted(found.items())
    ]


def test_the_package_is_found() -> None:
    assert {"checker.cli", "checker.values", "checker.values.dates", "checker.models"} <= set(MODULES)


def test_only_the_cli_imports_typer_or_the_cli() -> None:
    bad = offences([m for m in MODULES if m not in CLI_MODULES], CLI_ONLY)
    assert not bad, "only checker/cli.py may import typer or checker.cli:\n" + "\n".join(bad)


def test_values_import_nothing_built_on_them() -> None:
    bad = offences([m for m in MODULES if within(m, ("checker.values",))], ABOVE_VALUES)
    assert not bad, "checker/values/ must not import the layers above it:\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import typer", "typer"),
        ("from checker import cli", "checker.cli"),
        ("from checker.select import FactMatcher", "checker.select"),
        ("from ..reporters.text import render", "checker.reporters.text"),
        ("from .. import compare", "checker.compare"),
        ("def f():\n    import checker.pipeline", "checker.pipeline"),
    ],
)
def test_the_import_reader_sees_every_form(
    source: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "probe.py"
    fake.write_text(source, encoding="utf-8")
    monkeypatch.setitem(MODULES, "checker.values.probe", fake)
    assert expected in {name for _, name in imports("checker.values.probe")}
