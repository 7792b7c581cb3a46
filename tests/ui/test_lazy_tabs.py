"""Each tab's page is built when it is first shown (vwdesk/ui/tabs/holder.py)."""

from __future__ import annotations

from tests.conftest import PASSWORD
from tests.ui.conftest import sign_in
from vwdesk.ui.tabs import TabSpec
from vwdesk.ui.tabs.base import TabPage

BUILT: list[str] = []


class CountedTab(TabPage):
    """Records that it was built, and what the main window asked of it."""

    opens = frozenset({"thing"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        BUILT.append(type(self).__name__)
        self.calls: list[str] = []

    def refresh(self):
        self.calls.append("refresh")

    def clear(self):
        self.calls.append("clear")

    def open_record(self, kind, record_id):
        self.calls.append(f"open {kind} {record_id}")


class FirstTab(CountedTab):
    opens = frozenset()


class SecondTab(CountedTab):
    pass


class ThirdTab(CountedTab):
    pass


def specs():
    return (
        TabSpec("first", "First", "user", factory=FirstTab),
        TabSpec("second", "Second", "user", factory=SecondTab),
        TabSpec("third", "Third", "user", factory=lambda ctx: ThirdTab(ctx)),
    )


def test_only_the_tab_on_screen_is_built(qtbot, make_gui, new_file):
    BUILT.clear()
    gui = make_gui(new_file, specs=specs())
    assert BUILT == []  # start-up builds no page
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    assert BUILT == ["FirstTab"]
    first = gui.window.current_page()
    assert isinstance(first, FirstTab) and first.calls == ["refresh"]
    assert first.objectName() == "tab-first"

    gui.controller.lock()  # clear() on the built page only; the others hold nothing
    assert first.calls == ["refresh", "clear"]
    assert BUILT == ["FirstTab"]
    assert set(gui.window.pages.built()) == {"first"}


def test_a_tab_is_built_and_refreshed_when_first_shown(qtbot, make_gui, new_file):
    BUILT.clear()
    gui = make_gui(new_file, specs=specs())
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    gui.window.tab_widget.setCurrentIndex(1)
    second = gui.window.current_page()
    assert isinstance(second, SecondTab) and second.calls == ["refresh"]
    assert second.isVisible()
    gui.window.tab_widget.setCurrentIndex(0)
    gui.window.tab_widget.setCurrentIndex(1)
    assert second.calls == ["refresh"]  # not stale: built once, refreshed once
    assert BUILT == ["FirstTab", "SecondTab"]


def test_opening_a_record_finds_its_tab_without_building_the_others(qtbot, make_gui, new_file):
    BUILT.clear()
    gui = make_gui(new_file, specs=specs())
    gui.controller.start()
    sign_in(qtbot, gui, "teamleider", PASSWORD)
    qtbot.waitUntil(gui.window.isVisible)
    page = gui.window.open_record("thing", 7)
    assert isinstance(page, SecondTab)  # the class says what it opens: built only now
    assert page.calls == ["refresh", "open thing 7"]
    assert gui.window.current_page() is page
    assert BUILT == ["FirstTab", "SecondTab"]


def test_looking_a_page_up_builds_it(qtbot, make_gui, new_file):
    BUILT.clear()
    gui = make_gui(new_file, specs=specs())
    third = gui.window.pages["third"]
    assert isinstance(third, ThirdTab) and third.calls == []
    assert list(gui.window.pages) == ["first", "second", "third"]  # the keys build nothing
    assert BUILT == ["ThirdTab"]
