"""THIRD-PARTY-NOTICES.txt (tools/third_party.py): every shipped component with its licence."""

from __future__ import annotations

import importlib.metadata as md
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import third_party  # noqa: E402


def test_every_runtime_dependency_is_listed_with_a_licence_text(tmp_path: Path):
    out = tmp_path / "THIRD-PARTY-NOTICES.txt"
    assert third_party.main(["--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    found = {c.name: c for c in third_party.components()}
    for req in md.requires("vwdesk") or []:
        if "extra ==" in req:
            continue  # test and package tools are not shipped
        name = third_party.Requirement(req).name
        listed = [c for c in found.values() if third_party._key(c.name) == third_party._key(name)]
        assert listed, f"{name} is shipped but not in the notices"
        assert f"{listed[0].name} {listed[0].version}" in text
    for c in found.values():
        # Qt's wheels carry no file: their LGPL text is printed once under "Qt 6".
        known = third_party._key(c.name) in third_party.WITHOUT_FILES or c.name.startswith("SQLite")
        assert c.texts or known, f"{c.name} ships no licence text: add it to resources/licenses"
    for embedded in ("Qt 6", "SQLCipher 4", "OpenSSL 3", "DejaVu", "Lucide", "Python "):
        assert embedded in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "ZETETIC LLC" in text
    assert "pytest" not in found and "ruff" not in found


def test_the_closure_includes_indirect_dependencies():
    names = {third_party._key(d.metadata["Name"]) for d in third_party.runtime_distributions()}
    assert {"argon2-cffi-bindings", "cffi", "shiboken6", "mako", "et-xmlfile"} <= names
