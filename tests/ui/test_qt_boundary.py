"""Only vwdesk/ui and the composition root (vwdesk/app.py) may import Qt.

import-linter guards the layered packages; this also covers top-level modules
such as vwdesk/preferences.py and the CLI, which the contracts do not name.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vwdesk"
ALLOWED = {PACKAGE / "app.py"}
QT = ("PySide6", "shiboken6")
UI = ("vwdesk.ui", "vwdesk.app")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_nothing_outside_the_ui_imports_qt():
    """The CLI may start the window (gui, selftest), so it may import the UI, never Qt itself."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents or path in ALLOWED:
            continue
        in_cli = (PACKAGE / "cli") in path.parents
        for name in _imports(path):
            if name.startswith(QT) or (name.startswith(UI) and not in_cli):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []
