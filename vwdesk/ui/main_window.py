"""The main window: the tabs, the menus and the status bar. It lays out and forwards.

What happens on lock, quit or a language change is decided by the
SessionController (session.py); the window only emits what the user asked
for. The window does decide when tabs refresh (on sign-in, when a stale tab
is shown, after `ctx.notify_changed`) and makes every tab clear() on lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from vwdesk.ui import icons
from vwdesk.ui.about_dialog import AboutDialog
from vwdesk.ui.context import UiContext
from vwdesk.ui.labels import role_label
from vwdesk.ui.privacy_dialog import PrivacyDialog
from vwdesk.ui.tabs import TabSpec
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.holder import TabHolder, TabPages


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, ctx: UiContext, specs: Iterable[TabSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("vwdesk")
        self.specs = tuple(specs)
        self.tab_widget = QTabWidget(objectName="mainTabs")
        self.tab_widget.setIconSize(QSize(18, 18))
        # All eight tabs stay in view on a 1024-wide laptop screen (theme.py narrows their
        # padding for that): with a larger font they shorten their text ("Schuldpre…")
        # rather than hide the first or last tab behind scroll arrows.
        self.tab_widget.setUsesScrollButtons(False)
        self.tab_widget.setElideMode(Qt.TextElideMode.ElideRight)
        # Each tab's page is built when first shown (holder.py): start-up builds none.
        self._holders: dict[str, TabHolder] = {}
        self._stale: set[str] = set()
        for spec in self.specs:
            holder = TabHolder(spec, ctx)
            self._holders[spec.key] = holder
            index = self.tab_widget.addTab(holder, icons.icon(spec.icon), spec.translated_title())
            self.tab_widget.setTabToolTip(index, spec.translated_title())  # when shortened
        self.pages = TabPages(self._holders)  # looking a page up builds it
        self.setCentralWidget(self.tab_widget)
        self._build_menus()
        self._build_status_bar()

        self.tab_widget.currentChanged.connect(self._tab_shown)
        ctx.opened.connect(self._signed_in)
        ctx.locked.connect(self._locked)
        ctx.data_changed.connect(self._data_changed)
        ctx.open_requested.connect(self.open_record)
        # No page is built here: the composition root calls build_current() while the
        # sign-in dialog waits (vwdesk/app.py).

    # -- layout ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(icons.icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Hide everything until someone signs in again"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(icons.icon("log-out"), self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(icons.icon("languages"), self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (("nl", self.tr("Nederlands")), ("en", self.tr("English"))):
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        language_menu.addSeparator()
        note = language_menu.addAction(self.tr("Takes effect when vwdesk is started again"))
        note.setEnabled(False)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.privacy_action = QAction(icons.icon("lock"), self.tr("&Privacy and security"), self)
        self.privacy_action.triggered.connect(self.show_privacy)
        help_menu.addAction(self.privacy_action)
        about = QAction(icons.icon("info"), self.tr("&About vwdesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel()
        self.file_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().setSizeGripEnabled(True)

    def set_language(self, code: str) -> None:
        """Tick the language in the menu (the one saved in the preferences)."""
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def show_privacy(self) -> PrivacyDialog:
        dialog = PrivacyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- signed in / locked ------------------------------------------------------------------
    def _signed_in(self) -> None:
        ws = self._ctx.require_workspace()
        user = ws.user
        self.user_label.setText(
            self.tr("Signed in as {name} ({role})").format(
                name=user.display_name, role=role_label(user.role)
            )
        )
        path = Path(ws.datafile.path)
        self.file_label.setText(self.tr("File: {name}").format(name=path.name))
        self.file_label.setToolTip(str(path))
        for index, spec in enumerate(self.specs):
            allowed = spec.requires is None or user.can(spec.requires)
            self.tab_widget.setTabVisible(index, allowed)
        self._stale = set(self.pages)
        self._tab_shown(self.tab_widget.currentIndex())

    def _locked(self) -> None:
        for holder in self._holders.values():
            holder.clear()  # a page never built has nothing to clear
        self._stale = set(self.pages)
        self.user_label.clear()
        self.file_label.clear()
        self.file_label.setToolTip("")

    def _data_changed(self, _topic: str) -> None:
        self._stale = set(self.pages)
        self._tab_shown(self.tab_widget.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index < 0:
            return
        key = self.specs[index].key
        page = self._holders[key].ensure()
        if self._ctx.workspace is None:
            return
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()

    def build_current(self) -> None:
        """Build the page of the tab on screen now (it would be when the window shows)."""
        holder = self.tab_widget.currentWidget()
        if isinstance(holder, TabHolder):
            holder.ensure()

    def current_page(self) -> TabPage | None:
        """The page of the tab on screen (the tab widget itself holds TabHolders)."""
        holder = self.tab_widget.currentWidget()
        return holder.page if isinstance(holder, TabHolder) else None

    def show_tab(self, key: str) -> TabPage:
        holder = self._holders[key]
        self.tab_widget.setCurrentWidget(holder)
        return holder.ensure()

    def open_record(self, kind: str, record_id: int) -> TabPage | None:
        """Show the first visible tab that opens this kind of record, and let it open it."""
        for index, spec in enumerate(self.specs):
            if self.tab_widget.isTabVisible(index) and kind in self._holders[spec.key].opens:
                page = self.show_tab(spec.key)
                page.open_record(kind, record_id)
                return page
        return None

    def has_unsaved(self) -> bool:
        """Some tab holds typed work that quitting would lose (tabs not built hold none)."""
        return any(page.has_unsaved() for page in self.pages.built().values())

    # -- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # The controller asks first when typed work would be lost, then saves the geometry,
        # closes the file and hides the window; "stay" keeps it as it is.
        event.ignore()
        self.quit_requested.emit()
