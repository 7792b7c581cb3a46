"""One checklist on screen: its progress, its items, and the form for the chosen item.

Embeddable anywhere (the Schuldpreventie tab, the client page): give it the
UiContext, call `load(checklist_id)` or `display(checklist)`, and `clear()` on
lock. Every read and write goes through `ctx.run`; after a save the view
shows the checklist the service returned and announces the change.

Saving is explicit (the Save button), as on the client page. Leaving an item
with unsaved changes asks first ("Save the changes?": Save / Don't save /
Cancel), whether the volunteer chooses another item here or the screen that
holds the view wants to show something else: it calls `may_leave(proceed)`.
A refresh of the same checklist keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

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
from vwdesk.ui.dialogs import SaveChoice
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_item_editor import ChecklistItemEditor
from vwdesk.ui.widgets.checklist_models import ChecklistItemsTableModel
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.row_guard import CurrentRowGuard
from vwdesk.ui.widgets.rows_table_view import rows_table, select_where, selected_row

TOPIC = "checklists"


class ChecklistView(QWidget):
    changed = Signal(object)  # the Checklist after a save

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checklist: Checklist | None = None
        self._after_save: Callable[[], None] | None = None  # a move waiting for the save
        self._saving = False

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = QLabel(objectName="muted")
        # The words beside the bar, not on it: drawn over the bar they ran into its fill.
        self.progress_text = QLabel()
        self.progress = QProgressBar()
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.meta)
        top.addLayout(titles, 1)
        top.addWidget(self.progress_text)
        top.addWidget(self.progress)

        self.items = ChecklistItemsTableModel(self)
        self.table, self.proxy = rows_table(self.items, ChecklistItemsTableModel.TITLE)
        self.table.setSortingEnabled(False)  # the template's order is the work's order
        header = self.table.horizontalHeader()
        stretch = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(ChecklistItemsTableModel.DETAILS, stretch)
        self.editor = ChecklistItemEditor()
        self.guard = CurrentRowGuard(
            self.table,
            key=lambda item: item.id,
            here=lambda: self.editor.item.id if self.editor.item else None,
            dirty=lambda: self.editor.dirty,
            may_leave=self.may_leave,
        )
        self.guard.chosen.connect(self._item_chosen)
        self.editor.save_requested.connect(self.save)
        self.editor.another_requested.connect(self.add_another)

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

    def display(self, checklist: Checklist, *, keep_input: bool = True) -> None:
        """Show the checklist; the chosen item stays chosen and, with `keep_input`, what was
        typed for it and not saved yet stays in the form (a refresh must not drop it)."""
        editing = self.editor.item
        keep = editing or selected_row(self.table)
        typed = keep_input and self.editor.dirty
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
        self.progress.setAccessibleName(self.progress.text())
        self.progress_text.setText(self.progress.text())
        self.progress.setVisible(True)
        self.progress_text.setVisible(True)
        with self.guard.quiet():
            self.items.set_rows(checklist.items)
            found = keep is not None and self.guard.select(keep.id)
            if not found:
                self.table.setCurrentIndex(self.proxy.index(0, 0))
        if not (typed and found):
            self.editor.edit(selected_row(self.table))

    def clear(self) -> None:
        """Forget everything (lock): what was typed and not saved is not kept (see idle_lock)."""
        self._after_save = None
        self._saving = False  # a save's answer after a lock is dropped (UiContext.run)
        self.editor.saved_note = ""
        self.checklist = None
        self.heading.setText(self.tr("No checklist chosen"))
        self.meta.setText("")
        self.progress.setVisible(False)
        self.progress_text.setVisible(False)
        self.progress_text.clear()
        with self.guard.quiet():
            self.items.set_rows([])
        self.editor.edit(None)
        self.editor.set_choices([], [])

    # -- leaving an item --------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.editor.dirty

    def may_leave(self, proceed: Callable[[], None]) -> bool:
        """Ask before the item's unsaved changes are lost; True when it may be left now.

        Save: the item is saved first and `proceed` is called once that succeeded
        (False now); when the save fails the volunteer stays, with what they typed
        and the problem in one sentence. Don't save: the changes are undone. Cancel:
        stay."""
        item = self.editor.item
        if item is None or not self.editor.dirty:
            return True
        if self._saving:  # Save was pressed already: go on once it is done
            self._after_save = proceed
            return False
        choice = self.ctx.dialogs.ask_save(
            self.tr("Save the changes?"),
            detail=self.tr("You changed “%1” and have not saved it yet.").replace("%1", item.title),
            parent=self,
        )
        if choice == SaveChoice.DISCARD:
            self.editor.undo()
            return True
        if choice == SaveChoice.SAVE:
            self._save(then=proceed)
        return False

    # -- actions -------------------------------------------------------------------------
    def _item_chosen(self) -> None:
        self.editor.saved_note = ""
        self.editor.edit(selected_row(self.table))

    def save(self) -> None:
        self._save()

    def _save(self, then: Callable[[], None] | None = None) -> None:
        item = self.editor.item
        if item is None:
            return
        try:
            update = self.editor.read()
        except InvalidInput:
            self.editor.show_problem(self.tr("Type an amount in euros, such as 125,50."))
            return
        self._after_save = then
        self._saving = True
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
        if not self.may_leave(self.add_another):  # the new item is shown next
            return
        checklist_id, item_id = self.checklist.id, self.editor.item.id
        self.ctx.run(
            lambda ws: ws.checklists.add_item(checklist_id, item_id),
            on_success=self._added,
            owner=self,
        )

    def _saved(self, checklist: Checklist) -> None:
        self._saving = False
        then, self._after_save = self._after_save, None
        saved = self.editor.item
        self.display(checklist, keep_input=False)
        if then is not None:  # before the announcement: a refresh then sees where we went
            then()
        if saved is not None:  # said also when the volunteer went on to another item
            self.editor.saved_note = self.tr("“%1” saved.").replace("%1", saved.title)
            self.editor.save_status.setText(self.editor.saved_note)
        self.changed.emit(checklist)
        self.ctx.notify_changed(TOPIC)

    def _added(self, checklist: Checklist) -> None:
        before = {i.id for i in self.checklist.items} if self.checklist else set()
        self.display(checklist)
        select_where(self.table, lambda i: i.id not in before)
        self.changed.emit(checklist)
        self.ctx.notify_changed(TOPIC)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self._after_save = None  # stay on the item, with what was typed
        self.editor.save_button.setEnabled(self.editor.dirty)
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
