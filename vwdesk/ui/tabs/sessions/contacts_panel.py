"""Spreekuren > Contacten: every contact of a period (of every hour, phone call and visit).

A team leader checks a month or a year here and exports it; anyone may look.
The period is read through ws.contacts.between on the worker; the kind
filter runs in the proxy, so changing it never waits for the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.enums import ContactKind
from vwdesk.domain.sessions import ContactInfo
from vwdesk.ui.context import UiContext
from vwdesk.ui.labels import contact_kind_label
from vwdesk.ui.tabs.sessions.contact_models import ContactTableModel
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.date_field import DateField
from vwdesk.ui.widgets.list_export import ListExportButton
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


class KindFilter(QSortFilterProxyModel):
    """Only the contacts of one kind (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind: ContactKind | None = None

    def set_kind(self, kind: ContactKind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.kind is None:
            return True
        row: ContactInfo = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and row.kind == self.kind


class ContactsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.first = DateField()
        self.last = DateField()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), None)
        for kind in ContactKind:
            self.kind.addItem(contact_kind_label(kind), kind)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.load)
        for field in (self.first, self.last):
            field.edit.returnPressed.connect(self.load)

        self.model = ContactTableModel(self, by_date=True)
        self.view, sorter = table(self.model, ContactTableModel.TOPICS)
        self.filter = KindFilter(self)
        self.filter.setSourceModel(self.model)
        sorter.setSourceModel(self.filter)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.export_button = ListExportButton(ctx, "contacts", self.view, self)
        self.count = QLabel(objectName="muted")
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("From")))
        pick.addWidget(self.first)
        pick.addWidget(QLabel(self.tr("up to and including")))
        pick.addWidget(self.last)
        pick.addWidget(self.show_button)
        pick.addSpacing(12)
        pick.addWidget(self.kind)
        pick.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.clear()

    def period(self) -> tuple[date, date] | None:
        first, last = self.first.value(), self.last.value()
        if first is None or last is None or last < first:
            return None
        return first, last

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        period = self.period()
        self.problem.setVisible(period is None)
        if period is None:
            self.problem.setText(
                self.tr("Fill in two dates, the first one not after the second one.")
            )
            return
        if self.ctx.workspace is None:
            return
        first, last = period
        self.ctx.run(lambda ws: ws.contacts.between(first, last), on_success=self._loaded,
                     owner=self)  # fmt: skip

    def _loaded(self, rows: list[ContactInfo]) -> None:
        self.model.set_rows(rows)
        self._update_count()

    def _kind_chosen(self, _index: int) -> None:
        self.filter.set_kind(self.kind.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n contact(s)", "", self.filter.rowCount()))

    def clear(self) -> None:
        today = date.today()
        self.first.set_value(today.replace(day=1))
        self.last.set_value(today)
        self.kind.setCurrentIndex(0)
        self.model.set_rows([])
        self.problem.hide()
        self.count.clear()
