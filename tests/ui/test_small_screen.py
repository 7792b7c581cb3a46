"""The main window fits a 1024x768 laptop screen with a taskbar: 1024x700, every tab opened.

A team's shared office laptop is often 1366x768 or smaller. A tab whose
layout needs more room than that makes the whole window wider than the
screen (the tab widget's minimum is its widest page's), and a tab bar
wider than the window hides "Overzicht" or "Beheer" behind scroll arrows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_PASSWORD, DEMO_TODAY
from tests.ui.conftest import settle, sign_in

WIDTH, HEIGHT = 1024, 700


def open_every_tab(qtbot, make_gui, path):
    gui = make_gui(path)
    for key in ("overzicht", "dossiers"):
        gui.window.pages[key].clock = lambda: DEMO_TODAY
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", DEMO_PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    window = gui.window
    window.resize(WIDTH, HEIGHT)
    for index, spec in enumerate(window.specs):
        assert window.tab_widget.isTabVisible(index), spec.key  # the team leader sees all
        window.show_tab(spec.key)
        settle(qtbot, gui.ctx)
    sessions = window.pages["spreekuren"]
    sessions.go_to_week(-7 * 52 * 20)  # a week without hours: it says so above its buttons
    settle(qtbot, gui.ctx)
    assert sessions.empty_week.isVisibleTo(sessions)
    dossiers = window.pages["dossiers"]
    # the first dossier is shown beside the list
    qtbot.waitUntil(lambda: dossiers.panel.detail is not None, timeout=20_000)
    admin = window.pages["beheer"]
    for key in admin.pages:  # each page of Beheer, loaded
        admin.show_page(key)
        settle(qtbot, gui.ctx)
    admin.show_page("vrijwilligers")
    settle(qtbot, gui.ctx)
    return gui


def test_every_tab_fits_a_1024_by_700_window(qtbot, make_gui, demo_file):
    gui = open_every_tab(qtbot, make_gui, demo_file)
    window = gui.window

    too_big = {
        key: page.minimumSizeHint().toTuple()
        for key, page in window.pages.built().items()
        if page.minimumSizeHint().width() > WIDTH - 8 or page.minimumSizeHint().height() > HEIGHT
    }
    assert too_big == {}
    hint = window.minimumSizeHint()
    assert hint.width() <= WIDTH and hint.height() <= HEIGHT, hint.toTuple()

    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    assert window.size().toTuple() == (WIDTH, HEIGHT)


def test_the_tab_bar_shows_all_eight_tabs_at_1024_wide(qtbot, make_gui, demo_file):
    gui = open_every_tab(qtbot, make_gui, demo_file)
    window = gui.window
    window.show_tab("beheer")  # the last tab current: a scrolled bar would hide the first
    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    bar = window.tab_widget.tabBar()

    assert bar.count() == 8
    # Every tab whole, with its full text: the bar needs no more room than it has.
    assert bar.sizeHint().width() <= bar.width() <= WIDTH
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() < bar.width(), (bar.tabText(index), rect)
