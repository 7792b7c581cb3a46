"""Backups from the window: on quit and on lock, Beheer > Back-up by hand and to a chosen
place, restoring to a new file and signing in to it, in Dutch, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.ui.conftest import settle, sign_in
from vwdesk.services.auto_backup import default_folder, generations
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.admin.admin_view import AdminTab


def _signed_in(qtbot, make_gui, path: Path):
    gui = make_gui(path)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    return gui


def test_quitting_makes_the_days_backup_once(qtbot, make_gui, new_file: Path):
    gui = _signed_in(qtbot, make_gui, new_file)
    gui.window.close()
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=30_000)
    made = generations(default_folder(new_file), new_file)
    assert len(made) == 1
    gui.shutdown()

    again = _signed_in(qtbot, make_gui, new_file)
    again.window.close()
    qtbot.waitUntil(lambda: again.quit_app.calls == 1, timeout=30_000)
    assert generations(default_folder(new_file), new_file) == made  # at most one a day


def test_locking_makes_the_backup_behind_the_sign_in(qtbot, make_gui, new_file: Path):
    gui = _signed_in(qtbot, make_gui, new_file)
    workspace = gui.ctx.workspace
    gui.window.lock_action.trigger()
    assert gui.login.isVisible()  # at once; the backup runs on the worker
    qtbot.waitUntil(lambda: not workspace.is_open, timeout=30_000)
    assert len(generations(default_folder(new_file), new_file)) == 1


def test_a_failed_backup_on_quit_is_said_and_quitting_goes_on(
    qtbot, make_gui, new_file: Path, preferences, dialogs, tmp_path: Path
):
    blocked = tmp_path / "geen-map"
    blocked.write_bytes(b"a file where the folder should be")
    preferences.backup_folder = blocked / "backups"
    gui = _signed_in(qtbot, make_gui, new_file)
    gui.window.close()
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=30_000)
    assert dialogs.shown[-1] == (
        "warning",
        "De automatische back-up kon niet worden gemaakt; de oudere back-ups zijn ongewijzigd. "
        "Maak de volgende keer zelf een back-up (Beheer > Back-up).",
    )


# -- Beheer > Back-up ----------------------------------------------------------------------------
@pytest.fixture
def backup_page(qtbot, open_tab):
    def make(ws: Workspace):
        tab = open_tab(ws, AdminTab)
        page = tab.show_page("backup")
        settle(qtbot, tab.ctx)
        return page

    return make


def test_back_up_now_and_to_a_usb_stick(qtbot, workspace, new_file, backup_page, tmp_path):
    page = backup_page(workspace)
    assert page.status.text() == "Er staat nog geen automatische back-up in deze map."
    assert page.folder_label.text().startswith("Map (naast het gegevensbestand): ")
    page.now_button.click()
    settle(qtbot, page.ctx)
    assert page.status.text().startswith("Back-up gemaakt en gecontroleerd: ")
    assert page.model.rowCount() == 1

    usb = tmp_path / "usb"
    usb.mkdir()
    page.ctx.dialogs.files = [usb / "team-kopie"]
    page.save_as_button.click()
    settle(qtbot, page.ctx)
    assert (usb / "team-kopie.vwbackup").is_file()
    assert page.model.rowCount() == 1  # a backup elsewhere is not a generation


def test_a_write_error_is_one_sentence_and_keeps_the_rest(qtbot, workspace, backup_page, tmp_path):
    page = backup_page(workspace)
    page.now_button.click()
    settle(qtbot, page.ctx)
    folder = page.shown.folder
    before = sorted(p.name for p in folder.iterdir())
    page.ctx.dialogs.files = [tmp_path / "bestaat-niet" / "kopie.vwbackup"]
    page.save_as_button.click()
    settle(qtbot, page.ctx)
    assert page.status.text() == (
        "De back-up kon niet worden geschreven. Mag er in de map of op de USB-stick worden "
        "geschreven, en is er ruimte? De oudere back-ups zijn ongewijzigd."
    )
    assert sorted(p.name for p in folder.iterdir()) == before


def test_choosing_another_folder_and_the_number_to_keep(
    qtbot, workspace, backup_page, preferences, tmp_path
):
    page = backup_page(workspace)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    page.ctx.dialogs.files = [elsewhere]
    page.folder_button.click()
    settle(qtbot, page.ctx)
    assert preferences.backup_folder == elsewhere
    assert page.folder_label.text() == f"Map: {elsewhere}"
    assert page.default_button.isEnabled()
    page.keep_box.setValue(3)
    page.keep_box.editingFinished.emit()
    settle(qtbot, page.ctx)
    assert workspace.settings.get("backup_generations") == 3
    assert page.status.text() == "Opgeslagen: de nieuwste 3 worden bewaard."
    page.default_button.click()
    settle(qtbot, page.ctx)
    assert preferences.backup_folder is None


def test_restore_checks_writes_a_new_file_and_offers_to_open_it(
    qtbot, workspace, new_file, backup_page, tmp_path
):
    page = backup_page(workspace)
    made = workspace.auto_backup.run(force=True).made
    switched = []
    page.ctx.file_switch_requested.connect(switched.append)
    target = tmp_path / "teruggezet.vwdesk"
    page.ctx.dialogs.files = [made.path, target]
    page.ctx.dialogs.answers = [True, True]
    page.restore_button.click()
    settle(qtbot, page.ctx)
    settle(qtbot, page.ctx)
    questions = [text for kind, text in page.ctx.dialogs.shown if kind == "question"]
    assert questions[0].startswith("De back-up van ")
    assert "0 cliënten" in questions[0]
    assert questions[1].startswith("De back-up is teruggezet in teruggezet.vwdesk. Nu openen?")
    assert switched == [target]
    ws = Workspace.open(target, "teamleider", PASSWORD)
    ws.close()


def test_a_damaged_backup_is_refused_in_one_sentence(qtbot, workspace, backup_page, tmp_path):
    page = backup_page(workspace)
    damaged = tmp_path / "kapot.vwbackup"
    damaged.write_bytes(b"PK\x03\x04 no zip at all")
    page.ctx.dialogs.files = [damaged]
    page.restore_button.click()
    settle(qtbot, page.ctx)
    assert "beschadigd" in page.status.text()
    assert [k for k, _ in page.ctx.dialogs.shown].count("question") == 0


def test_restoring_and_opening_signs_in_to_the_restored_file(qtbot, make_gui, new_file, tmp_path):
    gui = _signed_in(qtbot, make_gui, new_file)
    made = gui.ctx.workspace.auto_backup.run(force=True).made
    target = tmp_path / "teruggezet.vwdesk"
    from vwdesk.services.backup import restore_backup

    restore_backup(made.path, target)
    gui.ctx.file_switch_requested.emit(target)
    assert gui.ctx.workspace is None and gui.login.isVisible()
    assert gui.login.path == target
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert Path(gui.ctx.workspace.datafile.path) == target


def test_the_workers_jobs_are_released_on_the_ui_thread(qtbot):
    """The backup on quit runs behind a progress dialog; its Job (a QObject of the UI
    thread) must never be freed by the worker thread, which crashed the process at random."""
    import threading
    import weakref

    from PySide6.QtWidgets import QApplication

    from vwdesk.ui.progress import run_with_progress
    from vwdesk.ui.worker import Worker

    worker = Worker()
    freed_on: list[str] = []
    try:
        for _ in range(20):
            job = run_with_progress(
                worker, parent=None, title="t", label="l", op=lambda progress: progress.cancelled
            )
            weakref.finalize(job, lambda: freed_on.append(threading.current_thread().name))
            del job
            qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        QApplication.processEvents()
    finally:
        worker.shutdown()
    import gc

    gc.collect()
    assert freed_on and set(freed_on) == {threading.main_thread().name}
