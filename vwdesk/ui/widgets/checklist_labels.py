"""Translated names and formats for checklists, trajectories, phases and the PVT.

Enum values are never shown raw; amounts are formatted here once (dates by
widgets/date_field.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.checklists import ItemField
from vwdesk.domain.deadlines import DeadlineState
from vwdesk.domain.debt import format_euros
from vwdesk.domain.enums import ChecklistItemStatus, TrajectoryKind
from vwdesk.domain.phases import Phase


def status_label(status: ChecklistItemStatus) -> str:
    labels = {
        ChecklistItemStatus.OPEN: QCoreApplication.translate("checklists", "Open"),
        ChecklistItemStatus.DONE: QCoreApplication.translate("checklists", "Done"),
        ChecklistItemStatus.NOT_APPLICABLE: QCoreApplication.translate(
            "checklists", "Not applicable"
        ),
    }
    return labels[ChecklistItemStatus(status)]


def status_short_label(status: ChecklistItemStatus) -> str:
    """For a narrow table column; the form uses the full words."""
    if ChecklistItemStatus(status) == ChecklistItemStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("checklists", "N/a")
    return status_label(status)


def status_mark(status: ChecklistItemStatus) -> str:
    """A sign that reads at a glance in a narrow column."""
    return {"open": "○", "done": "✓", "n/a": "–"}[ChecklistItemStatus(status).value]


def field_label(item_field: ItemField) -> str:
    labels = {
        ItemField.DATE: QCoreApplication.translate("checklists", "Planned date"),
        ItemField.AMOUNT: QCoreApplication.translate("checklists", "Amount"),
        ItemField.MONTHLY: QCoreApplication.translate("checklists", "Per month"),
        ItemField.CREDITOR: QCoreApplication.translate("checklists", "Creditor"),
        ItemField.PARTNER: QCoreApplication.translate("checklists", "Partner"),
    }
    return labels[ItemField(item_field)]


def trajectory_kind_label(kind: TrajectoryKind) -> str:
    labels = {
        TrajectoryKind.SETTLEMENT: QCoreApplication.translate("checklists", "Settlement coaching"),
        TrajectoryKind.INTEGRATION: QCoreApplication.translate(
            "checklists", "Integration coaching"
        ),
    }
    return labels[TrajectoryKind(kind)]


def phase_label(phase: Phase) -> str:
    labels = {
        Phase.NOT_YET_HOUSED: QCoreApplication.translate("checklists", "Not yet housed"),
        Phase.INTENSIVE: QCoreApplication.translate("checklists", "Settlement (0-6 months)"),
        Phase.GUIDANCE: QCoreApplication.translate("checklists", "Guidance (up to 18 months)"),
        Phase.AFTER: QCoreApplication.translate("checklists", "After guidance"),
    }
    return labels[Phase(phase)]


def deadline_state_label(state: DeadlineState | None) -> str:
    if state is None:
        return ""
    labels = {
        DeadlineState.OVERDUE: QCoreApplication.translate("checklists", "Overdue"),
        DeadlineState.DUE_SOON: QCoreApplication.translate("checklists", "Due soon"),
        DeadlineState.LATER: QCoreApplication.translate("checklists", "Later"),
    }
    return labels[DeadlineState(state)]


def euros(cents: int | None) -> str:
    """Euro amounts the Dutch way in every language: the team's money is Dutch."""
    return format_euros(cents)
