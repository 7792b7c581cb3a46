"""The house keeps its shape: arrows point one way (design.md).

import-linter checks the same contracts in `make test`; this walk makes the
rule part of the suite and names the offending line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "vwdesk"

QT = ("PySide6", "shiboken6")
RULES = {
    # layer: prefixes it must not import
    "domain": (*QT, "sqlalchemy", "vwdesk.db", "vwdesk.services", "vwdesk.ui", "vwdesk.export"),
    "security": (*QT, "vwdesk.db", "vwdesk.services", "vwdesk.ui"),
    "db": (*QT, "vwdesk.services", "vwdesk.ui", "vwdesk.export"),
    "export": (*QT, "vwdesk.ui", "vwdesk.db"),
    "services": (*QT, "vwdesk.ui", "vwdesk.app"),
    "cli": QT,
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def cases():
    for layer, forbidden in RULES.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            yield pytest.param(path, forbidden, id=str(path.relative_to(PACKAGE)))


@pytest.mark.parametrize(("path", "forbidden"), list(cases()))
def test_module_respects_its_layer(path: Path, forbidden: tuple[str, ...]):
    bad = [
        f"{path.name}:{line} imports {name}"
        for line, name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]
    assert bad == []


def test_the_walk_sees_every_layer():
    assert all((PACKAGE / layer).is_dir() for layer in RULES)
