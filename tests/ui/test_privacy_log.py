"""The log file never holds personal data: a whole demo session through the window, then the
log (at debug level) is searched for every client's name, number and phone.

The session signs in through the login dialog, opens clients, logs a contact with a note
naming the person, exports the client list, makes an access report, anonymises someone,
meets an unexpected error that quotes a name, locks, signs in again and quits.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_PASSWORD
from tests.ui.conftest import sign_in
from vwdesk.domain.enums import ContactKind
from vwdesk.logs import LOG_NAME, configure_logging
from vwdesk.services.workspace import Workspace
from vwdesk.ui.tabs.sessions.contact_dialog import ContactDialog


@pytest.fixture
def log_dir(tmp_path: Path):
    folder = tmp_path / "logs"
    configure_logging(folder, debug=True)
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vwdesk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


def _personal_values(path: Path) -> set[str]:
    ws = Workspace.open(path, "teamleider", DEMO_PASSWORD, read_only=True)
    try:
        values: set[str] = set()
        for row in ws.clients.rows():
            detail = ws.clients.get(row.client_id).data
            values |= {row.name, detail.first_name, detail.last_name, detail.v_number}
            values |= {detail.phone, detail.bsn, detail.email}
        household_addresses = {r.household.split(",")[0] for r in ws.clients.rows()}
    finally:
        ws.close()
    # Very short values ("Ali") would match inside ordinary words; names of four letters
    # or more are searched, which is every family name of the demo.
    return {v for v in values | household_addresses if v and len(v) >= 4}


def settle(qtbot, gui) -> None:
    qtbot.waitUntil(lambda: not gui.ctx.worker.busy, timeout=60_000)
    QApplication.processEvents()


def test_a_demo_session_leaves_no_personal_data_in_the_log(
    qtbot, make_gui, demo_file: Path, dialogs, tmp_path: Path, log_dir: Path
):
    secrets = _personal_values(demo_file)
    assert len(secrets) > 300

    gui = make_gui(demo_file)
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", DEMO_PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    settle(qtbot, gui)

    clients_tab = gui.window.show_tab("clienten")
    settle(qtbot, gui)
    ids = [r.client_id for r in gui.ctx.workspace.clients.rows()[:5]]
    for client_id in ids:
        clients_tab.open_client(client_id)
        settle(qtbot, gui)
    name = clients_tab.page.title.text()
    assert name

    contact = ContactDialog(gui.ctx, ids[-1], name, gui.window)
    contact.open()
    settle(qtbot, gui)
    contact.form.set_kind(ContactKind.LEGAL)
    contact.notes.setPlainText(f"Gesprek met {name} over de brief van de IND")
    contact.save()
    settle(qtbot, gui)

    clients_tab.show_list()
    dialogs.files = [tmp_path / "lijst.csv"]
    dialogs.answers = [True]
    clients_tab.export_button.click()
    settle(qtbot, gui)
    assert (tmp_path / "lijst.csv").exists()

    admin = gui.window.show_tab("beheer")
    privacy = admin.show_page("privacy")
    settle(qtbot, gui)
    privacy.access_picker.choose(gui.ctx.workspace.clients.row(ids[0]))
    dialogs.files = [tmp_path / "inzage.pdf"]
    privacy.access_button.click()
    settle(qtbot, gui)
    if privacy.model.rowCount():
        privacy.view.selectRow(0)
        dialogs.answers = [True]
        privacy.anonymise_button.click()
        settle(qtbot, gui)
    admin.show_page("logboek")
    settle(qtbot, gui)

    def unexpected(_ws):
        raise RuntimeError(f"something went wrong with {name}")

    gui.ctx.run(unexpected)  # no handler: the application's sentence, and the log
    settle(qtbot, gui)
    assert dialogs.shown[-1][0] == "error"

    gui.window.lock_action.trigger()
    settle(qtbot, gui)
    sign_in(qtbot, gui, "teamleider", DEMO_PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    gui.window.close()
    qtbot.waitUntil(lambda: gui.quit_app.calls == 1, timeout=60_000)
    gui.shutdown()

    logs = sorted(log_dir.glob(f"{LOG_NAME}*"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert "signed in (account" in text and "RuntimeError" in text  # the log was written
    found = sorted(s for s in secrets if s in text)
    assert found == []
