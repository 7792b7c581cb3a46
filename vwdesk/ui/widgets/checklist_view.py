"""One checklist on screen: its progress, its items, and the form for the chosen item.

Embeddable anywhere (the Schuldpreventie tab, the client page): give it the
UiContext, call `load(checklist_id)` or `display(checklist)`, and `clear()` on
lock. Every read and write goes through `ctx.run`; after a save the view
shows the checklist the service returned and announces the change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.checklists import Checklist, Choice
from vwdesk.domain.errors import InvalidInput
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_item_editor import ChecklistItemEditor
from vwdesk.ui.widgets.checklist_models import ChecklistItemsTableModel
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_view import rows_table, select_where, selected_row

TOPIC = "checklists"


class ChecklistView(QWidget):
    changed = Signal(object)  # the Checklist after a save

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checklist: Checklist | None = None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = QLabel(objectName="muted")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(220)
        self.progress.setTextVisible(True)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.meta)
        top.addLayout(titles, 1)
        top.addWidget(self.progress)

        self.items = ChecklistItemsTableModel(self)
        self.table, self.proxy = rows_table(self.items, ChecklistItemsTableModel.TITLE)
        self.table.setSortingEnabled(False)  # the template's order is the work's order
        header = self.table.horizontalHeader()
        stretch = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(ChecklistItemsTableModel.DETAILS, stretch)
        self.table.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.editor = ChecklistItemEditor()
        self.editor.save_requested.connect(self.save)
        self.editor.another_requested.connect(self.add_another)
        self.editor.setMinimumWidth(330)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 420])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.clear()

    # -- filling -------------------------------------------------------------------------
    def set_choices(self, volunteers: list[Choice], partners: list[Choice]) -> None:
        self.editor.set_choices(volunteers, partners)

    def load(self, checklist_id: int, item_id: int | None = None) -> None:
        """Show a checklist, with `item_id` chosen when given (else the item chosen before)."""

        def loaded(checklist: Checklist) -> None:
            self.display(checklist)
            if item_id is not None:
                select_where(self.table, lambda i: i.id == item_id)

        self.ctx.run(lambda ws: ws.checklists.get(checklist_id), on_success=loaded, owner=self)

    def display(self, checklist: Checklist) -> None:
        keep = selected_row(self.table)
        self.checklist = checklist
        self.heading.setText(f"{checklist.name} — {checklist.owner_name}")
        meta = self.tr("Started %1").replace("%1", short_date(checklist.started_on))
        if checklist.closed_on:
            meta += " · " + self.tr("closed %1").replace("%1", short_date(checklist.closed_on))
        meta += " · " + self.tr("version %1").replace("%1", str(checklist.version))
        self.meta.setText(meta)
        p = checklist.progress
        self.progress.setRange(0, max(p.total, 1))
        self.progress.setValue(p.settled)
        self.progress.setFormat(
            self.tr("%1 of %2 settled").replace("%1", str(p.settled)).replace("%2", str(p.total))
        )
        self.progress.setVisible(True)
        self.items.set_rows(checklist.items)
        if keep is None or not select_where(self.table, lambda i: i.id == keep.id):
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def clear(self) -> None:
        self.checklist = None
        self.heading.setText(self.tr("No checklist chosen"))
        self.meta.setText("")
        self.progress.setVisible(False)
        self.items.set_rows([])
        self.editor.edit(None)
        self.editor.set_choices([], [])

    # -- actions -------------------------------------------------------------------------
    def _item_chosen(self, *_args) -> None:
        self.editor.edit(selected_row(self.table))

    def save(self) -> None:
        item = self.editor.item
        if item is None:
            return
        try:
            update = self.editor.read()
        except InvalidInput:
            self.editor.show_problem(self.tr("Type an amount in euros, such as 125,50."))
            return
        self.editor.save_button.setEnabled(False)
        self.ctx.run(
            lambda ws: ws.checklists.update_item(item.id, update),
            on_success=self._saved,
            on_failure=self._failed,
            owner=self,
        )

    def add_another(self) -> None:
        if self.checklist is None or self.editor.item is None:
            return
        checklist_id, item_id = self.checklist.id, self.editor.item.id
        self.ctx.run(
            lambda ws: ws.checklists.add_item(checklist_id, item_id),
            on_success=self._added,
            owner=self,
        )

    def _saved(self, checklist: Checklist) -> None:
        self.editor.save_button.setEnabled(True)
        self.display(checklist)
        self.changed.emit(checklist)
        self.ctx.notify_changed(TOPIC)

    def _added(self, checklist: Checklist) -> None:
        before = {i.id for i in self.checklist.items} if self.checklist else set()
        self.display(checklist)
        select_where(self.table, lambda i: i.id not in before)
        self.changed.emit(checklist)
        self.ctx.notify_changed(TOPIC)

    def _failed(self, exc: BaseException) -> None:
        self.editor.save_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.editor.show_problem(self._problem_text(exc))
        else:
            self.editor.show_problem(message_for(exc))

    def _problem_text(self, exc: InvalidInput) -> str:
        fields = {p.field for p in exc.problems}
        if "done_on" in fields:
            return self.tr("The date done cannot be in the future.")
        if fields & {"amount_cents", "monthly_cents"}:
            return self.tr("An amount cannot be negative.")
        if "partner_id" in fields:
            return self.tr("This partner is no longer on the list; choose another.")
        return message_for(exc)
