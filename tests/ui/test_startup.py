"""Start-up (#11): the sign-in dialog shows before the storage side is imported.

`vwdesk gui` imports Qt, the dialog and the preferences, shows the dialog, and
only once it has painted loads SQLAlchemy, the records and the services on the
worker (vwdesk/ui/preload.py); the main window is made after that. The timing
is bench/gui.py's; these tests hold the order, which is what the timing rests on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.ui.conftest import sign_in
from vwdesk.app import build
from vwdesk.ui.preload import Preload
from vwdesk.ui.tabs import TabClass, tab_specs
from vwdesk.ui.tabs.base import TabPage

ROOT = Path(__file__).resolve().parents[2]

# What the window must not import before its sign-in dialog has painted.
NOT_BEFORE_THE_DIALOG = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "argon2",
    "cryptography",
    "reportlab",
    "openpyxl",
    "pycountry",
    "importlib.metadata",
    "vwdesk.services",
    "vwdesk.db",
    "vwdesk.export",
    "vwdesk.security",
    "vwdesk.ui.main_window",
    "vwdesk.ui.tabs",
)

# `vwdesk gui --db FILE` through vwdesk.cli.main; at the dialog's first paint it notes
# sys.modules (its filter is the last installed, so it runs before the application's
# own) and quits.
LOOK_AT_FIRST_PAINT = """
import json, sys
import vwdesk.app
from vwdesk.cli import main

seen = {}
build = vwdesk.app.build

def build_and_look(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    gui = build(*args, **kwargs)

    class Look(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not seen:
                seen["modules"] = sorted(sys.modules)
                seen["preload_done"] = gui.preload.done
                seen["window_made"] = gui.controller.window_made
                QApplication.instance().quit()
            return False

    gui.login.installEventFilter(Look(gui.login))
    return gui

vwdesk.app.build = build_and_look
code = main(["gui", "--db", sys.argv[1], "--lang", "nl"])
print("SEEN " + json.dumps({"code": code, **seen}))
"""


def test_the_sign_in_dialog_paints_before_the_storage_side_is_imported(tmp_path: Path):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["VWDESK_LOG_DIR"] = str(tmp_path / "log")
    done = subprocess.run(
        [sys.executable, "-c", LOOK_AT_FIRST_PAINT, str(tmp_path / "team.vwdesk")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, done.stderr[-3000:]
    seen = json.loads(line[len("SEEN ") :])
    assert seen["code"] == 0
    assert "modules" in seen, "the sign-in dialog never painted"
    early = [
        m
        for m in seen["modules"]
        if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_THE_DIALOG)
    ]
    assert early == []
    assert not seen["preload_done"] and not seen["window_made"]


@pytest.fixture
def start(qtbot, preferences, dialogs):
    """build() as run_gui calls it (with a Preload), the sign-in dialog shown."""
    built = []

    def make(db_path: Path, preload: Preload):
        gui = build(preferences, db_path, quit_app=lambda: None, dialogs=dialogs, preload=preload)
        qtbot.addWidget(gui.login)
        built.append(gui)
        assert not gui.controller.window_made
        gui.controller.start()
        return gui

    yield make
    for gui in built:
        if gui.controller.window_made:
            gui.window.close()
        gui.shutdown()


def test_with_preload_the_window_is_made_after_the_modules_loaded(qtbot, start, new_file):
    preload = Preload()
    gui = start(new_file, preload)
    qtbot.waitUntil(lambda: preload.done, timeout=60_000)
    assert preload.error is None and preload.seconds > 0
    qtbot.waitUntil(lambda: gui.window.current_page() is not None, timeout=20_000)

    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert gui.login.error_text() == ""


def test_a_module_that_fails_to_load_fails_the_sign_in_with_one_sentence(qtbot, start, new_file):
    preload = Preload(("vwdesk.services.workspace", "vwdesk.no_such_module"))
    gui = start(new_file, preload)
    qtbot.waitUntil(lambda: preload.done, timeout=60_000)
    assert isinstance(preload.error, ImportError)
    assert not gui.controller.window_made  # nothing to build for

    sign_in(qtbot, gui, "teamleider", PASSWORD)
    assert gui.login.error_text().startswith("Er ging onverwacht iets mis")
    assert not gui.controller.window_made


def test_the_sign_in_runs_the_preload_itself_when_it_comes_first():
    preload = Preload(("json",))
    preload.check()  # as the opener does when the worker had not started it yet
    assert preload.done and preload.error is None
    preload.check()  # once is enough: nothing runs again


def test_every_tab_names_a_page_class_that_exists():
    for spec in tab_specs():
        assert isinstance(spec.factory, TabClass), spec.key
        page = spec.factory.load()
        assert issubclass(page, TabPage), spec.key
        assert spec.factory.opens == page.opens
