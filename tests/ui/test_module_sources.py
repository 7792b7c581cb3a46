"""PySide6 must not keep the source of every module imported after it (issue #11, memory)."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook)

from vwdesk.ui.module_sources import forget_module_sources, uses_pyside


def test_modules_imported_afterwards_leave_no_source_in_linecache(tmp_path, monkeypatch):
    (tmp_path / "vw_probe_plain.py").write_text("X = 1\n")
    (tmp_path / "vw_probe_qt.py").write_text("import PySide6.QtCore\n\nY = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.cache["<generated probe>"] = (1, None, ["x = 1\n"], "<generated probe>")
    forget_module_sources()
    assert not [name for name in linecache.cache if not name.startswith("<")]
    assert "<generated probe>" in linecache.cache  # generated code stays for tracebacks
    try:
        plain = __import__("vw_probe_plain")  # through builtins.__import__, as PySide hooks it
        qt = __import__("vw_probe_qt")
    finally:
        sys.modules.pop("vw_probe_plain", None)
        sys.modules.pop("vw_probe_qt", None)
    assert str(tmp_path / "vw_probe_plain.py") not in linecache.cache
    assert str(tmp_path / "vw_probe_qt.py") not in linecache.cache
    assert (uses_pyside(plain), uses_pyside(qt), uses_pyside(sys)) == (False, True, False)
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "pyside_feature_dict"):
        # PySide's bookkeeping gets the answer its own check gives.
        assert feature.pyside_feature_dict.get("vw_probe_plain") == -1
        assert feature.pyside_feature_dict.get("vw_probe_qt") == 0
