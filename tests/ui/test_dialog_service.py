"""Every box of the DialogService refuses a parent that is not a widget, before anything shows.

Qt raises TypeError for such a parent, and inside a slot that exception only
reaches the log: the volunteer's click seems to do nothing. The service
names the culprit instead, and the tests' RecordingDialogs run the same
check, so every UI test catches a controller passed as parent.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import RecordingDialogs
from vwdesk.ui.dialogs import DialogService

CALLS = {
    "info": lambda d, parent: d.info("x", parent=parent),
    "warning": lambda d, parent: d.warning("x", parent=parent),
    "error": lambda d, parent: d.error("x", parent=parent),
    "question": lambda d, parent: d.question("x", parent=parent),
    "ask_save": lambda d, parent: d.ask_save("x", parent=parent),
    "choose_open_file": lambda d, parent: d.choose_open_file(
        title="x", name_filter="*", parent=parent
    ),
    "choose_save_file": lambda d, parent: d.choose_save_file(
        title="x", name_filter="*", parent=parent
    ),
    "choose_directory": lambda d, parent: d.choose_directory(title="x", parent=parent),
}


@pytest.mark.parametrize("service", [DialogService, RecordingDialogs])
@pytest.mark.parametrize("kind", sorted(CALLS))
def test_a_box_with_a_non_widget_parent_is_refused_by_name(qapp, service, kind):
    controller = QObject()
    with pytest.raises(TypeError, match="QWidget parent, not QObject"):
        CALLS[kind](service(), controller)


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_the_recording_double_takes_a_widget_or_no_parent(qtbot, kind):
    window = QWidget()
    qtbot.addWidget(window)
    dialogs = RecordingDialogs()
    CALLS[kind](dialogs, window)
    CALLS[kind](dialogs, None)
    assert len(dialogs.shown) == 2
