"""Every string in the UI code has a Dutch translation, and the UI under test is Dutch.

lupdate runs over the code into a temporary copy of vwdesk_nl.ts: a new tr()
string shows up there as "unfinished", a removed one as "vanished". Either
means: run `python tools/i18n.py update` and translate (see tools/i18n.py).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


def _i18n_tool():
    spec = importlib.util.spec_from_file_location("vwdesk_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_dutch_translation(tmp_path: Path):
    tool = _i18n_tool()
    copy = tmp_path / "vwdesk_nl.ts"
    shutil.copy2(tool.TS_FILE, copy)
    tool.update(copy, keep_obsolete=True)
    problems = [str(entry) for entry in tool.problems(copy)]
    assert problems == [], (
        "run `python tools/i18n.py update` and translate these in "
        "resources/translations/vwdesk_nl.ts:\n" + "\n".join(problems)
    )


def test_the_catalogue_in_the_repository_is_complete():
    assert _i18n_tool().problems() == []


def test_the_ui_under_test_speaks_dutch():
    assert QCoreApplication.translate("tabs", "Overview") == "Overzicht"
    assert QCoreApplication.translate("labels", "Team leader") == "Teamleider"
