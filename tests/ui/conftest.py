"""UI fixtures: a Dutch QApplication, a recording DialogService and the real wiring.

The Dutch catalogue is built from the .ts with lrelease into a temporary
folder once per run, so the UI under test is the Dutch one without relying
on `make translations` having run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vwdesk.preferences import Preferences
from vwdesk.ui.dialogs import DialogService, SaveChoice

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "vwdesk_nl.ts"


def _lrelease() -> str:
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [_lrelease(), "-silent", str(TS_FILE), "-qm", str(folder / "vwdesk_nl.qm")], check=True
    )
    return folder


@pytest.fixture(scope="session", autouse=True)
def dutch_app(qapp, qm_dir):
    """The application as run_gui configures it, in Dutch."""
    from vwdesk.app import configure_application
    from vwdesk.ui.i18n import install_translators, remove_translators

    configure_application(qapp)
    translators = install_translators(qapp, "nl", qm_dir)
    assert translators, "the Dutch catalogue did not load"
    yield qapp
    remove_translators(qapp, translators)


class RecordingDialogs(DialogService):
    """Records what would have been shown; answers questions and file choosers from lists.

    Each method checks its parent as the real one does (DialogService._parent), so a
    box given a non-widget parent fails here as it would fail for the volunteer."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []
        self.answers: list[bool] = []
        self.save_answers: list[SaveChoice] = []  # for ask_save; Annuleren when empty
        self.files: list[Path | None] = []

    def info(self, text, *, title=None, parent=None):
        self._parent(parent)
        self.shown.append(("info", text))

    def warning(self, text, *, title=None, parent=None):
        self._parent(parent)
        self.shown.append(("warning", text))

    def error(self, text, *, title=None, parent=None):
        self._parent(parent)
        self.shown.append(("error", text))

    def question(self, text, *, title=None, parent=None):
        self._parent(parent)
        self.shown.append(("question", text))
        return self.answers.pop(0) if self.answers else False

    def ask_save(self, text, *, detail="", title=None, parent=None):
        self._parent(parent)
        self.shown.append(("ask_save", text))
        return self.save_answers.pop(0) if self.save_answers else SaveChoice.CANCEL

    def choose_open_file(self, *, title, name_filter, directory=None, parent=None):
        self._parent(parent)
        self.shown.append(("open_file", title))
        return self.files.pop(0) if self.files else None

    def choose_save_file(self, *, title, name_filter, suggested=None, parent=None):
        self._parent(parent)
        self.shown.append(("save_file", title))
        return self.files.pop(0) if self.files else None

    def choose_directory(self, *, title, directory=None, parent=None):
        self._parent(parent)
        self.shown.append(("directory", title))
        return self.files.pop(0) if self.files else None

    def open_file(self, path):
        self.shown.append(("opened", str(path)))
        return True


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.load(tmp_path / "config" / "preferences.json")


class QuitRecorder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def make_gui(qtbot, preferences, dialogs):
    """Build the real GUI (vwdesk.app.build) on a file; shut it down after the test."""
    from vwdesk.app import build

    built = []

    def make(db_path: Path | None, **kwargs):
        quit_app = QuitRecorder()
        gui = build(preferences, db_path, quit_app=quit_app, dialogs=dialogs, **kwargs)
        gui.quit_app = quit_app
        qtbot.addWidget(gui.window)
        qtbot.addWidget(gui.login)
        built.append(gui)
        return gui

    yield make
    for gui in built:
        gui.shutdown()


@pytest.fixture
def make_context(preferences, dialogs):
    """A UiContext with its own Worker and the recording dialogs, signed into `workspace`.

    For testing one tab without the main window:
        ctx = make_context(workspace); tab = ClientsTab(ctx); qtbot.addWidget(tab); tab.refresh()
    The worker is shut down (and the workspace closed) after the test.
    """
    from vwdesk.ui.context import UiContext
    from vwdesk.ui.worker import Worker

    made = []

    def make(workspace=None):
        ctx = UiContext(Worker(), dialogs, preferences)
        if workspace is not None:
            ctx.set_workspace(workspace)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close_workspace()
        ctx.worker.shutdown()


def settle(qtbot, ctx, timeout: int = 30_000) -> None:
    """Wait until the worker has answered every job, then let the answers reach the widgets."""
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=timeout)
    QApplication.processEvents()


@pytest.fixture
def open_tab(qtbot, make_context):
    """Open one tab (any page taking a UiContext) on `workspace`, as the main window would:

        tab = open_tab(workspace, ClientsTab)

    shown at 1280x800 and refreshed, with the first load finished. The context
    (its worker and the workspace) is closed after the test by make_context."""

    def make(workspace, cls):
        return show_tab(qtbot, make_context(workspace), cls)

    return make


def show_tab(qtbot, ctx, cls):
    """A tab (any page taking a UiContext) on `ctx`, as the main window shows it: at
    1280x800, refreshed, its first load finished."""
    tab = cls(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.refresh()
    settle(qtbot, ctx)
    return tab


@pytest.fixture
def world_ui(workspace, make_context):
    """(UiContext, world) for the Spreekuren and Huisbezoeken tabs: `workspace` filled by
    tests/unit/test_sessions_world.build_world, then signed in."""
    from tests.unit.test_sessions_world import build_world

    ctx = make_context()
    world = build_world(workspace)
    ctx.set_workspace(workspace)
    return ctx, world


def sign_in(qtbot, gui, username: str, password: str) -> None:
    """Type into the login dialog and press Aanmelden; waits until the worker answered."""
    gui.login.username.setText(username)
    gui.login.password.setText(password)
    qtbot.mouseClick(gui.login.sign_in_button, _left())
    qtbot.waitUntil(lambda: not gui.login.busy, timeout=20_000)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
