"""A client's phase and trajectories, for the client page: start, end, see what runs.

Embed it with the UiContext; call `set_client(client_id)` and `clear()` on lock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vwdesk.domain.enums import TrajectoryKind
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.phases import ClientPhase, Trajectory
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit
from vwdesk.ui.widgets.checklist_labels import phase_label, trajectory_kind_label
from vwdesk.ui.widgets.coaching_models import TrajectoryTableModel
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_view import rows_table, selected_row

TOPIC = "trajectories"


class TrajectoryPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.setTitle(self.tr("Trajectories"))
        self.phase = QLabel()
        self.trajectories = TrajectoryTableModel(self)
        self.table, _ = rows_table(self.trajectories, TrajectoryTableModel.KIND)
        self.table.hideColumn(TrajectoryTableModel.CLIENT)
        self.table.setMinimumHeight(90)
        self.on = OptionalDateEdit()
        self.on.set_value(date.today())
        self.settlement_button = QPushButton(self.tr("Start settlement"))
        self.settlement_button.clicked.connect(lambda: self.start(TrajectoryKind.SETTLEMENT))
        self.integration_button = QPushButton(self.tr("Start integration"))
        self.integration_button.clicked.connect(lambda: self.start(TrajectoryKind.INTEGRATION))
        self.end_button = QPushButton(self.tr("End"))
        self.end_button.clicked.connect(self.end)
        self.problem = QLabel(objectName="errorMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("On")))
        row.addWidget(self.on)
        row.addStretch(1)
        for b in (self.settlement_button, self.integration_button, self.end_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.clear()

    def set_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.ctx.run(
            lambda ws: (ws.trajectories.phase_of(client_id), ws.trajectories.for_client(client_id)),
            on_success=lambda found: self.display(*found),
            owner=self,
        )

    def display(self, phase: ClientPhase, trajectories: list[Trajectory]) -> None:
        self.client_id = phase.client_id
        text = self.tr("Phase: %1").replace("%1", phase_label(phase.phase.phase))
        if phase.phase.until is not None:
            text += " " + self.tr("(until %1)").replace("%1", short_date(phase.phase.until))
        self.phase.setText(text)
        self.trajectories.set_rows(trajectories)
        self.problem.hide()
        self.setEnabled(True)

    def clear(self) -> None:
        self.client_id = None
        self.phase.setText("")
        self.trajectories.set_rows([])
        self.problem.hide()
        self.setEnabled(False)

    # Starting and ending count in the annual figures, so each asks first and names the
    # day that will be recorded: the "On" field's, or today when it is empty.
    def start(self, kind: TrajectoryKind) -> None:
        client_id, on = self.client_id, self.on.value() or date.today()
        if client_id is None:
            return
        question = self.tr("Start {kind} on {day}? This counts in the annual figures.")
        if self._confirmed(question.format(kind=trajectory_kind_label(kind), day=short_date(on))):
            self._write(lambda ws: ws.trajectories.start(client_id, kind, on))

    def end(self) -> None:
        chosen = selected_row(self.table)
        if chosen is None:
            self._show_problem(self.tr("Choose the trajectory to end."))
            return
        on = self.on.value() or date.today()
        question = self.tr(
            "End {kind} (started on {started}) on {day}? This counts in the annual figures."
        ).format(
            kind=trajectory_kind_label(chosen.kind),
            started=short_date(chosen.started_on),
            day=short_date(on),
        )
        if self._confirmed(question):
            self._write(lambda ws: ws.trajectories.end(chosen.id, on))

    def _confirmed(self, question: str) -> bool:
        self.problem.hide()
        return self.ctx.dialogs.question(question, parent=self)

    def _write(self, op) -> None:
        client_id = self.client_id
        self.ctx.run(op, on_success=lambda _t: self._written(client_id), on_failure=self._failed,
                     owner=self)  # fmt: skip

    def _written(self, client_id: int) -> None:
        self.set_client(client_id)
        self.ctx.notify_changed(TOPIC)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            fields = {p.field for p in exc.problems}
            if "ended_on" in fields:
                self._show_problem(self.tr("The end date is before the start date."))
                return
            if "kind" in fields:
                self._show_problem(self.tr("This client already has such a trajectory then."))
                return
        self._show_problem(message_for(exc))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
