"""The right-hand side of the Dossiers tab: one dossier with its deadlines, family and steps.

It lays out and shows a DossierDetail; the buttons emit what the volunteer
asked for and the tab does the work (dialogs, service calls).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.dossiers import DossierDetail
from vwdesk.domain.enums import DossierOutcome
from vwdesk.ui.tabs.dossiers.dossier_models import (
    DeadlineTableModel,
    FamilyMemberTableModel,
    StepTableModel,
)
from vwdesk.ui.tabs.dossiers.dossier_texts import fit_rows, outcome_label
from vwdesk.ui.tabs.sessions.tables import selected, table
from vwdesk.ui.widgets.date_field import short_date


class DossierPanel(QWidget):
    edit_requested = Signal()
    review_requested = Signal()
    close_requested = Signal()
    reopen_requested = Signal()
    arrivals_requested = Signal()
    member_add_requested = Signal()
    member_edit_requested = Signal(object)  # FamilyMember
    member_remove_requested = Signal(object)
    step_add_requested = Signal()
    step_edit_requested = Signal(object)  # ProcedureStep
    step_remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: DossierDetail | None = None

        self.title = QLabel(objectName="pageTitle")
        self.title.setWordWrap(True)  # a long name does not widen the window
        self.facts = QLabel(objectName="muted")
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.review_button = QPushButton(self.tr("Reviewed this month"))
        self.review_button.setToolTip(self.tr("Record that you looked at this dossier today"))
        self.review_button.clicked.connect(self.review_requested)
        self.close_button = QPushButton(self.tr("Close dossier…"))
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.arrivals_button = QPushButton(self.tr("Register arrivals…"), objectName="primary")
        self.arrivals_button.clicked.connect(self.arrivals_requested)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.review_button,
            self.close_button,
            self.reopen_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        # On a row of its own: beside the other four the panel would not fit a laptop screen.
        arrivals = QHBoxLayout()
        arrivals.addStretch(1)
        arrivals.addWidget(self.arrivals_button)

        self.deadlines = DeadlineTableModel(self)
        self.deadline_view, _ = table(self.deadlines, DeadlineTableModel.WHAT, sort_column=None)
        self.deadline_view.setColumnHidden(DeadlineTableModel.CLIENT, True)
        self.deadline_view.setSortingEnabled(False)
        self.no_deadlines = QLabel(objectName="muted")
        self.no_deadlines.setWordWrap(True)
        deadline_box = self._box(self.tr("Deadlines"), self.deadline_view, self.no_deadlines)

        self.members = FamilyMemberTableModel(self)
        self.member_view, _ = table(self.members, FamilyMemberTableModel.NAME)
        self.member_view.doubleClicked.connect(lambda _i: self._member(self.member_edit_requested))
        member_buttons = self._buttons(
            (self.tr("Add…"), self.member_add_requested.emit),
            (self.tr("Change…"), lambda: self._member(self.member_edit_requested)),
            (self.tr("Remove"), lambda: self._member(self.member_remove_requested)),
        )
        member_box = self._box(self.tr("Family members abroad"), self.member_view, member_buttons)

        self.steps = StepTableModel(self)
        self.step_view, _ = table(self.steps, StepTableModel.NOTE, sort_column=None)
        self.step_view.setSortingEnabled(False)
        self.step_view.doubleClicked.connect(lambda _i: self._step(self.step_edit_requested))
        step_buttons = self._buttons(
            (self.tr("Add…"), self.step_add_requested.emit),
            (self.tr("Change…"), lambda: self._step(self.step_edit_requested)),
            (self.tr("Remove"), lambda: self._step(self.step_remove_requested)),
        )
        step_box = self._box(self.tr("Procedure"), self.step_view, step_buttons)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_box = self._box(self.tr("Notes"), self.notes)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 0, 0)
        for box in (deadline_box, member_box, step_box, notes_box):
            body.addWidget(box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addLayout(arrivals)
        layout.addWidget(scroll, 1)

    @staticmethod
    def _box(title: str, *widgets) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            if isinstance(widget, QHBoxLayout):
                layout.addLayout(widget)
            else:
                layout.addWidget(widget)
        return box

    @staticmethod
    def _buttons(*pairs) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in pairs:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        return row

    def _member(self, signal) -> None:
        member = selected(self.member_view)
        if member is not None:
            signal.emit(member)

    def _step(self, signal) -> None:
        step = selected(self.step_view)
        if step is not None:
            signal.emit(step)

    # -- showing -------------------------------------------------------------------------
    def show_detail(self, detail: DossierDetail, today: date) -> None:
        self.detail = detail
        self.title.setText(self.tr("Dossier of {name}").format(name=detail.referent))
        facts = [self.tr("Opened on {day}").format(day=short_date(detail.opened_on))]
        if detail.nidos:
            facts.append(self.tr("NIDOS"))
        if detail.closed_on is not None:
            facts.append(
                self.tr("Closed on {day}: {outcome}").format(
                    day=short_date(detail.closed_on), outcome=outcome_label(detail.outcome)
                )
            )
        if detail.last_reviewed_on is not None and detail.reviewed_by:
            facts.append(
                self.tr("Last reviewed on {day} by {name}").format(
                    day=short_date(detail.last_reviewed_on), name=detail.reviewed_by
                )
            )
        elif detail.last_reviewed_on is not None:
            facts.append(
                self.tr("Last reviewed on {day}").format(day=short_date(detail.last_reviewed_on))
            )
        else:
            facts.append(self.tr("Not reviewed yet"))
        self.facts.setText(" · ".join(facts))
        self.deadlines.set_rows_for(detail.deadlines, today)
        self.deadline_view.setVisible(bool(detail.deadlines))
        self.no_deadlines.setText(
            self.tr("No deadline is running: record the next step of the procedure below.")
            if detail.is_open
            else self.tr("A closed dossier has no deadlines.")
        )
        self.no_deadlines.setVisible(not detail.deadlines)
        self.members.set_rows(detail.members)
        self.steps.set_rows(detail.steps)
        fit_rows(self.deadline_view, len(detail.deadlines), 4)
        fit_rows(self.member_view, len(detail.members), 6)
        fit_rows(self.step_view, len(detail.steps), 10)
        self.notes.setText(detail.notes or self.tr("No notes."))
        self.close_button.setVisible(detail.is_open)
        self.reopen_button.setVisible(not detail.is_open)
        self.review_button.setEnabled(detail.is_open)
        self.arrivals_button.setVisible(
            detail.outcome is DossierOutcome.SUCCESSFUL and bool(detail.arrived_unregistered())
        )

    def clear(self) -> None:
        self.detail = None
        self.title.clear()
        self.facts.clear()
        self.notes.clear()
        for model in (self.deadlines, self.members, self.steps):
            model.set_rows([])
