"""build.spec and the installer, checked without building (CI builds: .ci/run).

The spec is run with PyInstaller's build steps replaced by recorders, so these
tests see exactly what it would hand to PyInstaller: a resource added without
being bundled, or a Qt module imported but excluded, fails here in seconds
rather than in the packaged selftest.
"""

from __future__ import annotations

import ast
import runpy
import struct
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
ISS = ROOT / "installer" / "vwdesk.iss"


@pytest.fixture(scope="module")
def spec() -> SimpleNamespace:
    calls: dict[str, list] = {"Analysis": [], "EXE": [], "COLLECT": []}

    def analysis(scripts, **kw):
        calls["Analysis"].append(kw)
        return SimpleNamespace(scripts=scripts, pure=[], binaries=[], datas=list(kw["datas"]))

    def exe(*args, **kw):
        calls["EXE"].append(kw)
        return kw["name"]

    def collect(*args, **kw):
        calls["COLLECT"].append((args, kw))

    stubs = {
        "SPECPATH": str(ROOT),
        "Analysis": analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": exe,
        "COLLECT": collect,
    }
    try:
        ns = runpy.run_path(str(SPEC), init_globals=stubs)
    except SystemExit as exc:  # the spec's own refusals (no .qm yet, a stale install)
        pytest.fail(f"build.spec refused: {exc}")
    (kw,) = calls["Analysis"]
    return SimpleNamespace(analysis=kw, datas=ns["a"].datas, exes=calls["EXE"], calls=calls)


def _bundled(spec) -> set[Path]:
    """Every file the spec bundles, by its path in the source tree."""
    files: set[Path] = set()
    for src, _dest in spec.datas:
        path = Path(src)
        files |= {p for p in path.rglob("*") if p.is_file()} if path.is_dir() else {path}
    return files


def test_every_resource_is_bundled_except_translation_sources(spec):
    bundled = _bundled(spec)
    resources = {p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    missing = sorted(
        str(p.relative_to(ROOT)) for p in resources - bundled if p.suffix not in (".ts",)
    )
    assert not missing, f"add these to build.spec's datas: {missing}"
    assert not any(p.suffix == ".ts" for p in bundled)


def test_the_migration_scripts_are_bundled_where_alembic_looks(spec):
    scripts = {p for p in (ROOT / "vwdesk" / "db" / "migrations").rglob("*.py")}
    scripts -= {ROOT / "vwdesk" / "db" / "migrations" / "__init__.py"}
    assert scripts <= _bundled(spec)
    dests = {dest for src, dest in spec.datas if src.endswith(".py")}
    assert dests == {"vwdesk/db/migrations", "vwdesk/db/migrations/versions"}


def test_every_module_of_the_package_is_collected(spec):
    """Subcommands are imported by name (COMMANDS); the import graph alone misses them."""
    hidden = set(spec.analysis["hiddenimports"])
    from vwdesk.cli import COMMANDS

    assert {f"vwdesk.cli.cmd_{name}" for name in COMMANDS} <= hidden
    assert "vwdesk.ui.selftest_window" in hidden


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "vwdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.add(f"PySide6.{parts[1]}")
    return found


def test_no_qt_module_the_code_imports_is_excluded(spec):
    excluded = set(spec.analysis["excludes"])
    wrongly = sorted(_qt_modules_imported() & excluded)
    assert not wrongly, f"add these to QT_USED in build.spec: {wrongly}"
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"} <= excluded


def test_a_window_and_a_console_executable_without_upx(spec):
    assert {e["name"]: e["console"] for e in spec.exes} == {"vwdesk": False, "vwdesk-cli": True}
    assert not any(e["upx"] for e in spec.exes)
    ((args, kw),) = spec.calls["COLLECT"]
    assert args[:2] == ("vwdesk", "vwdesk-cli") and kw == {"upx": False, "name": "vwdesk"}


def test_the_windows_icon_holds_every_size(tmp_path: Path, qapp):
    # `qapp` first: make_icon would otherwise start a QGuiApplication, and no widget
    # test after this one could make its QApplication.
    make_icon = runpy.run_path(str(ROOT / "installer" / "make_icon.py"))
    out = tmp_path / "vwdesk.ico"
    assert make_icon["main"](out) == 0
    data = out.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icon["SIZES"]))
    sides = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sides == list(make_icon["SIZES"])
    for i in range(count):
        size, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)


def test_the_installer_is_per_user_and_never_removes_the_teams_data():
    text = ISS.read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and line[0].isalpha()
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    sections = [line.strip() for line in text.splitlines() if line.startswith("[")]
    assert "[UninstallDelete]" not in sections
    assert 'Source: "{#Dist}\\*"; DestDir: "{app}"' in text
    assert '#define AppExe "vwdesk.exe"' in text
    assert "{autoprograms}" in text
