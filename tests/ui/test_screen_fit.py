"""Dialogs that grow for a new sentence stay within the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from vwdesk.ui.widgets.screen_fit import FRAME, fit_height

LONG = " ".join(["Dit is een lange uitleg die over veel regels loopt."] * 60)


def wordy_dialog(qtbot) -> tuple[QDialog, QLabel]:
    """A narrow dialog whose wrapped text needs far more height than it has."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    text = QLabel(LONG, wordWrap=True)
    problem = QLabel("Kies de cliënt; er is niets opgeslagen.", wordWrap=True)
    problem.hide()
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(problem)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    dialog.resize(360, 300)
    return dialog, problem


def test_fit_height_never_exceeds_a_small_available_area(qtbot):
    dialog, problem = wordy_dialog(qtbot)
    problem.show()
    assert dialog.layout().totalHeightForWidth(360) > 700  # it would want more than 728
    fit_height(dialog, QSize(1366, 728))  # a 1366x768 laptop less its taskbar
    assert dialog.width() == 360
    assert dialog.height() == 728 - FRAME.height()


def test_fit_height_grows_to_what_the_layout_needs_where_there_is_room(qtbot):
    dialog, problem = wordy_dialog(qtbot)
    problem.show()
    needed = dialog.layout().totalHeightForWidth(360)
    fit_height(dialog, QSize(2560, 4000))
    assert dialog.size() == QSize(360, needed)

    dialog.resize(360, needed + 100)  # taller than needed: left as the volunteer made it
    fit_height(dialog, QSize(2560, 4000))
    assert dialog.height() == needed + 100


def test_fit_height_stays_within_the_screen_it_is_on(qtbot):
    dialog, problem = wordy_dialog(qtbot)
    dialog.show()
    dialog.move(0, 400)
    qtbot.waitExposed(dialog)
    problem.show()
    fit_height(dialog)
    room = QWidget.screen(dialog).availableGeometry()  # 800x800 under offscreen
    assert dialog.height() > 300  # it grew, as far as the screen allows
    assert dialog.height() <= room.height() - FRAME.height()
    assert room.contains(QRect(dialog.frameGeometry().topLeft(), dialog.frameGeometry().size()))
    assert dialog.frameGeometry().topLeft() != QPoint(0, 400)  # moved up to stay on screen
