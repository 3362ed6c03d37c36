"""The layers stay apart: the core never imports Qt or the UI; the UI never talks SQL."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize(
    "package, forbidden",
    [
        ("observer_app", ("PySide6", "ui")),
        ("observer_app/domain", ("PySide6", "ui", "sqlite3", "sqlite_utils")),
        ("ui", ("sqlite3", "sqlite_utils", "reportlab", "pyhanko")),
        ("observer_app/analysis", ("PySide6", "ui", "sqlite3", "sqlite_utils", "scipy")),
    ],
    ids=["core-without-qt", "domain-pure", "ui-without-sql", "analysis-pure"],
)
def test_layers(package, forbidden):
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in forbidden)
        for path, names in imported_modules(package).items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}
