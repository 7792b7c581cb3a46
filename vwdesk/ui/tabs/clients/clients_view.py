"""The Cliënten tab: every client in one list that filters as you type, and the client page.

Keys: Ctrl+F search, Ctrl+N register a household, Enter (or a double click)
opens the chosen client, Esc goes back to the list. The list is loaded once
on the worker and filtered in memory (clients_model.py), so a keystroke
never waits for the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.clients import ClientRow
from vwdesk.domain.errors import NotFound
from vwdesk.domain.names import SearchIndex, fold
from vwdesk.domain.permissions import Permission
from vwdesk.domain.phases import Phase
from vwdesk.domain.team import VolunteerChoice
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage
from vwdesk.ui.tabs.clients.client_page import ClientPage
from vwdesk.ui.tabs.clients.client_texts import country_label
from vwdesk.ui.tabs.clients.clients_model import (
    NO_VOLUNTEER,
    ClientFilter,
    ClientsTableModel,
    StatusFilter,
    prepare,
)
from vwdesk.ui.tabs.clients.household_dialog import RegisterHouseholdDialog
from vwdesk.ui.tabs.sessions.dialog_host import DialogHost
from vwdesk.ui.widgets.checklist_labels import phase_label
from vwdesk.ui.widgets.coaching_lists import CoachingListsView
from vwdesk.ui.widgets.list_export import ListExportButton

TOPIC = "clients"
COLUMN_WIDTHS = (210, 260, 110, 120, 170, 190)


@dataclass(frozen=True)
class ClientList:
    rows: list[ClientRow]
    index: SearchIndex
    volunteers: list[VolunteerChoice]


def load_list(ws) -> ClientList:
    """On the worker: the rows, their search index and the team for the filter."""
    rows, index = prepare(ws.clients.rows())
    return ClientList(rows, index, ws.team.choices(include_inactive=True))


class ClientsTab(TabPage):
    opens = frozenset({"client", "household"})

    LIST, PAGE = range(2)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.volunteers: list[VolunteerChoice] = []
        self.dialogs = DialogHost()
        self.loading = False
        self._wanted: int | None = None  # a client to open once the list is there

        # -- the list page ---------------------------------------------------------------------
        title = QLabel(self.tr("Clients"), objectName="pageTitle")
        self.summary = QLabel(objectName="muted")
        self.export_button = ListExportButton(ctx, "clients", lambda: self.view, self)
        self.new_button = QPushButton(self.tr("Register a household…"), objectName="primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_household)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, V-number, phone or address (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.status_filter = QComboBox()
        for value, text in (
            (StatusFilter.ACTIVE, self.tr("Active clients")),
            (StatusFilter.CLOSED, self.tr("Closed clients")),
            (StatusFilter.ALL, self.tr("Active and closed")),
        ):
            self.status_filter.addItem(text, value)
        self.phase_filter = QComboBox()
        self.phase_filter.addItem(self.tr("Every phase"), None)
        for phase in (Phase.INTENSIVE, Phase.GUIDANCE, Phase.AFTER, Phase.NOT_YET_HOUSED):
            self.phase_filter.addItem(phase_label(phase), phase)
        self.volunteer_filter = QComboBox()
        self.nationality_filter = QComboBox()
        self._fill_volunteer_filter()
        self._fill_nationality_filter([])
        for box in (self.status_filter, self.phase_filter, self.volunteer_filter,
                    self.nationality_filter):  # fmt: skip
            box.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.phase_filter, 1)
        filters.addWidget(self.volunteer_filter, 1)
        filters.addWidget(self.nationality_filter, 1)

        self.model = ClientsTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            ClientsTableModel.NAME, Qt.SortOrder.AscendingOrder
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab moves on; the arrow keys walk the rows
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.installEventFilter(self)
        self.empty = QLabel(objectName="muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        every_client = QWidget()
        every_layout = QVBoxLayout(every_client)
        every_layout.setContentsMargins(0, 4, 0, 0)
        every_layout.addLayout(filters)
        every_layout.addWidget(self.view, 1)
        every_layout.addWidget(self.empty)
        # The coaches' lists (trajectories ending, phases, PVT, items past their date,
        # referrals per partner) sit beside the list they are about.
        # They load when first shown, not with the list: their query holds every open
        # client once more, and would run on the worker while the first keys are typed.
        self.coaching = CoachingListsView(ctx)
        self._coaching_stale = False
        self.list_tabs = QTabWidget()
        self.list_tabs.setDocumentMode(True)
        self.list_tabs.addTab(every_client, self.tr("All clients"))
        self.list_tabs.addTab(self.coaching, self.tr("Coaching lists"))
        self.list_tabs.currentChanged.connect(self._list_tab_changed)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.list_tabs, 1)

        # -- the client page -----------------------------------------------------------------
        self.page = ClientPage(ctx)
        self.page.back_requested.connect(self.show_list)
        self.page.changed.connect(self._client_changed)
        self.page.removed.connect(self.model.remove_row)
        self.page.open_client.connect(self._open_other)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence.StandardKey.New, self.new_household)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.phase_filter)
        self.setTabOrder(self.phase_filter, self.volunteer_filter)
        self.setTabOrder(self.volunteer_filter, self.nationality_filter)
        self.setTabOrder(self.nationality_filter, self.view)
        self._update_summary()

    # -- TabPage -----------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        self.export_button.setVisible(user is not None and user.can(Permission.EXPORT_LISTS))
        self.loading = True
        self._update_summary()
        self.ctx.run(load_list, on_success=self._loaded, owner=self)
        self._coaching_stale = True
        self._list_tab_changed()
        if self.stack.currentIndex() == self.PAGE:
            self.page.reload()

    def clear(self) -> None:
        self._close_dialog()
        self.loading = False
        self._wanted = None
        self.volunteers = []
        self.page.clear()
        self._coaching_stale = False
        self.coaching.clear()
        self.list_tabs.setCurrentIndex(0)
        self.stack.setCurrentIndex(self.LIST)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self._fill_volunteer_filter()
        self._fill_nationality_filter([])
        self._update_summary()

    def has_unsaved(self) -> bool:
        """The client page's typed work (details, household, checklist item); an open
        dialog's is asked by the session itself, which looks at every dialog on screen."""
        return self.page.has_unsaved()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "client":
            self.open_client(record_id)
        elif kind == "household":
            self.ctx.run(
                lambda ws: ws.households.get(record_id),
                on_success=lambda hh: hh.members and self.open_client(hh.members[0].client_id),
                owner=self,
            )

    # -- loading ---------------------------------------------------------------------------
    def _list_tab_changed(self, *_args) -> None:
        """The coaching lists load when shown after a refresh, not before."""
        if self._coaching_stale and self.list_tabs.currentWidget() is self.coaching:
            self._coaching_stale = False
            self.coaching.refresh()

    def _loaded(self, data: ClientList) -> None:
        self.loading = False
        self.volunteers = data.volunteers
        current = self.selected_row()
        self._fill_volunteer_filter()
        self._fill_nationality_filter(data.rows)
        self.model.set_rows(data.rows, data.index)
        if current is not None:
            self._select(current.client_id)
        elif self.model.rowCount():
            self.view.selectRow(0)
        self._update_summary()

    def _fill_volunteer_filter(self) -> None:
        box = self.volunteer_filter
        wanted = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Every contact volunteer"), None)
        box.addItem(self.tr("(no contact volunteer)"), NO_VOLUNTEER)
        for v in sorted(self.volunteers, key=lambda v: (not v.active, v.name.casefold())):
            box.addItem(v.name if v.active else self.tr("{name} (left)").format(name=v.name),
                        v.volunteer_id)  # fmt: skip
        box.setCurrentIndex(max(box.findData(wanted), 0))
        box.blockSignals(False)

    def _fill_nationality_filter(self, rows: list[ClientRow]) -> None:
        box = self.nationality_filter
        wanted = box.currentData()
        codes = sorted({r.nationality for r in rows}, key=lambda c: fold(country_label(c)))
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Every nationality"), None)
        for code in codes:
            box.addItem(country_label(code), code)
        box.setCurrentIndex(max(box.findData(wanted), 0))
        box.blockSignals(False)

    # -- searching and filtering --------------------------------------------------------------
    def focus_search(self) -> None:
        if self.stack.currentIndex() == self.PAGE:
            if not self.page.may_leave(self.focus_search):
                return
            self.show_list()
        self.list_tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._after_filtering()

    def _filter_changed(self, *_args) -> None:
        self.model.set_filter(
            ClientFilter(
                status=self.status_filter.currentData(),
                phase=self.phase_filter.currentData(),
                volunteer_id=self.volunteer_filter.currentData(),
                nationality=self.nationality_filter.currentData(),
            )
        )
        self._after_filtering()

    def _after_filtering(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_summary()

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        locale = QLocale()
        if self.loading and not total:
            self.summary.setText(self.tr("Loading…"))
        else:
            self.summary.setText(
                self.tr("{shown} of {total} clients").format(
                    shown=locale.toString(shown), total=locale.toString(total)
                )
            )
        nothing = not self.loading and shown == 0
        self.empty.setVisible(nothing)
        if nothing and total == 0:
            self.empty.setText(self.tr("No clients yet. Register the first household with Ctrl+N."))
        elif nothing:
            self.empty.setText(
                self.tr("Nobody matches. Check the spelling or the filters next to the search.")
            )

    # -- opening ---------------------------------------------------------------------------
    def selected_row(self) -> ClientRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, client_id: int) -> bool:
        place = self.model.row_of(client_id)
        if place is None:
            return False
        self.view.selectRow(place)
        self.view.scrollTo(self.model.index(place, 0))
        return True

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None and self.model.rowCount():
            row = self.model.row_at(0)
        if row is not None:
            self.open_client(row.client_id)

    def open_client(self, client_id: int) -> None:
        """Show the client; the client already on the page (Overzicht, their own line in the
        household, "open the existing person") is loaded again with what was typed kept."""
        on_page = self.stack.currentIndex() == self.PAGE
        if on_page and self.page.client_id == client_id:
            self._select(client_id)
            self.page.load(client_id)  # no clear(): display() keeps unsaved input
            self.page.tabs.setFocus()
            return
        if on_page and not self.page.may_leave(lambda: self.open_client(client_id)):
            return
        self._select(client_id)
        self.page.clear()
        self.page.load(client_id)
        self.stack.setCurrentIndex(self.PAGE)
        self.page.tabs.setFocus()

    def _open_other(self, client_id: int) -> None:
        self.open_client(client_id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(self.LIST)
        self.view.setFocus()

    def _client_changed(self, client_id: int) -> None:
        self.reload_clients([client_id])

    def reload_clients(self, client_ids: list[int]) -> None:
        """Fetch these clients' lines again (a save, a new household): no full reload."""

        def rows(ws) -> list[ClientRow]:
            found = []
            for client_id in client_ids:
                try:
                    found.append(ws.clients.row(client_id))
                except NotFound:
                    continue  # deleted meanwhile: the next refresh says so
            return found

        self.ctx.run(rows, on_success=self._rows_changed, owner=self)

    def _rows_changed(self, rows: list[ClientRow]) -> None:
        self.model.replace_rows(rows)
        self._update_summary()

    # -- registering, exporting ---------------------------------------------------------------
    def new_household(self) -> None:
        if self.ctx.workspace is None:
            return
        if self.stack.currentIndex() == self.PAGE and not self.page.may_leave(self.new_household):
            return
        dialog = RegisterHouseholdDialog(self.ctx, self.volunteers, self)
        dialog.open_existing.connect(self.open_client)
        self.dialogs.show(dialog, lambda: self._registered(dialog))

    def _registered(self, dialog: RegisterHouseholdDialog) -> None:
        detail = dialog.registered
        self.ctx.notify_changed(TOPIC)
        if detail is not None:
            self.reload_clients([m.client_id for m in detail.members])
        if detail is not None and detail.members:
            self._wanted = detail.members[0].client_id
            self.open_client(self._wanted)

    def _close_dialog(self) -> None:
        dialog = self.dialogs.current
        if dialog is not None and hasattr(dialog, "discard"):
            dialog.discard()
        self.dialogs.close()

    # -- keys in the search field and the list -----------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_selected()
                    return True
                if key == Qt.Key.Key_Down:
                    self.view.setFocus()
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)
