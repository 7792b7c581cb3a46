"""Beheer > Privacy (team leaders): retention, anonymising, the right of access, locking.

Clients closed longer ago than the retention period are listed; the team
leader anonymises those chosen (what goes and what stays: services/privacy.py;
every year's figures stay the same). An access report writes everything
about one person as a PDF with a JSON file beside it. The retention period
and the idle minutes before vwdesk locks itself are team settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.permissions import Permission
from vwdesk.services.privacy import AnonymiseResult, RetentionCandidate
from vwdesk.ui.context import UiContext
from vwdesk.ui.errors import message_for
from vwdesk.ui.progress import run_with_progress
from vwdesk.ui.tabs.admin.audit_texts import access_value_labels, action_labels
from vwdesk.ui.tabs.clients.client_texts import close_reason_label
from vwdesk.ui.tabs.sessions.client_picker import ClientPicker
from vwdesk.ui.tabs.sessions.tables import table
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, RowsTableModel

TOPIC = "clients"


@dataclass(frozen=True)
class PrivacyScreen:
    retention_years: int
    lock_minutes: int
    due: list[RetentionCandidate]
    backups_kept: int


def load_privacy(ws) -> PrivacyScreen:
    settings = ws.settings.all()
    return PrivacyScreen(
        retention_years=int(settings["retention_years"]),
        lock_minutes=int(settings["lock_minutes"]),
        due=ws.privacy.retention_due(),
        backups_kept=int(settings["backup_generations"]),
    )


class RetentionTableModel(RowsTableModel[RetentionCandidate]):
    NAME, BORN, CLOSED, REASON, YEARS = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Born in"),
            self.tr("Closed on"),
            self.tr("Reason"),
            self.tr("Years ago"),
        ]

    def display(self, row: RetentionCandidate, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.BORN: str(row.birth_year),
            self.CLOSED: short_date(row.closed_on),
            self.REASON: close_reason_label(row.close_reason),
            self.YEARS: str(row.years_closed),
        }
        return values[column]

    def sort_key(self, row: RetentionCandidate, column: int) -> Any:
        if column == self.CLOSED:
            return row.closed_on.isoformat()
        if column in (self.BORN, self.YEARS):
            return row.birth_year if column == self.BORN else row.years_closed
        return self.display(row, column).casefold()


class PrivacyPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: PrivacyScreen | None = None

        # -- settings
        self.retention_box = QSpinBox()
        self.retention_box.setRange(1, 30)
        self.retention_box.setSuffix(self.tr(" years"))
        self.retention_box.editingFinished.connect(self.save_settings)
        self.lock_box = QSpinBox()
        self.lock_box.setRange(0, 120)
        self.lock_box.setSuffix(self.tr(" minutes"))
        self.lock_box.setSpecialValueText(self.tr("never"))
        self.lock_box.editingFinished.connect(self.save_settings)
        settings_row = QHBoxLayout()
        settings_row.addWidget(QLabel(self.tr("Keep closed clients for")))
        settings_row.addWidget(self.retention_box)
        settings_row.addSpacing(24)
        settings_row.addWidget(QLabel(self.tr("Lock vwdesk after")))
        settings_row.addWidget(self.lock_box)
        settings_row.addWidget(QLabel(self.tr("without use")))
        settings_row.addStretch(1)

        # -- retention
        self.explanation = QLabel(objectName="muted")
        self.explanation.setWordWrap(True)
        self.model = RetentionTableModel(self)
        self.view, _ = table(self.model, RetentionTableModel.NAME)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.sortByColumn(RetentionTableModel.CLOSED, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), objectName="primary")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.anonymise_button.setEnabled(False)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        retention_buttons = QHBoxLayout()
        retention_buttons.addWidget(self.select_all_button)
        retention_buttons.addWidget(self.status, 1)
        retention_buttons.addWidget(self.anonymise_button)
        retention = QGroupBox(self.tr("Retention"))
        retention_layout = QVBoxLayout(retention)
        retention_layout.addWidget(self.explanation)
        retention_layout.addWidget(self.view, 1)
        retention_layout.addLayout(retention_buttons)

        # -- right of access
        self.access_picker = ClientPicker(ctx, active_only=False)
        self.access_button = QPushButton(self.tr("Make an access report…"))
        self.access_button.clicked.connect(self.export_access)
        self.access_status = QLabel(objectName="muted")
        self.access_status.setWordWrap(True)
        access_row = QHBoxLayout()
        access_row.addWidget(self.access_picker, 1)
        access_row.addWidget(self.access_button)
        access = QGroupBox(self.tr("Right of access"))
        access_layout = QVBoxLayout(access)
        access_intro = QLabel(
            self.tr(
                "Everything stored about one person, with who opened or changed it, as a PDF "
                "for them and a JSON file beside it. These files are not encrypted: hand them "
                "over and delete them."
            ),
            objectName="muted",
        )
        access_intro.setWordWrap(True)
        access_layout.addWidget(access_intro)
        access_layout.addLayout(access_row)
        access_layout.addWidget(self.access_status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(settings_row)
        layout.addWidget(retention, 1)
        layout.addWidget(access)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        can_set = user.can(Permission.EDIT_SETTINGS)
        self.retention_box.setEnabled(can_set)
        self.lock_box.setEnabled(can_set)
        self.ctx.run(load_privacy, on_success=self.display, owner=self)

    def display(self, screen: PrivacyScreen) -> None:
        self.shown = screen
        for box, value in (
            (self.retention_box, screen.retention_years),
            (self.lock_box, screen.lock_minutes),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.model.set_rows(screen.due)
        self.explanation.setText(
            self.tr(
                "Clients closed more than %n year(s) ago. Anonymising removes names, contact "
                "details, V-number, BSN, notes and the names of family members; what the "
                "figures need stays (year of birth, sex, nationality, dates, kinds), so "
                "earlier reports stay the same. It cannot be undone. Backups made before keep "
                "the old data until they are removed (the newest {kept} are kept).",
                "",
                screen.retention_years,
            ).format(kept=screen.backups_kept)
        )
        if not screen.due and not self.status.text():
            self.status.setText(self.tr("Nobody to anonymise."))
        self._selection_changed()

    def clear(self) -> None:
        self.shown = None
        self.model.set_rows([])
        self.explanation.clear()
        self.status.clear()
        self.access_status.clear()
        self.access_picker.reset()

    # -- settings --------------------------------------------------------------------------
    def save_settings(self) -> None:
        if self.shown is None:
            return
        changes = {
            key: box.value()
            for key, box, old in (
                ("retention_years", self.retention_box, self.shown.retention_years),
                ("lock_minutes", self.lock_box, self.shown.lock_minutes),
            )
            if box.value() != old
        }
        if not changes:
            return

        def save(ws) -> None:
            for key, value in changes.items():
                ws.settings.set(key, value)

        def saved(_result) -> None:
            text = self.tr("Saved.")
            if "lock_minutes" in changes:
                text = self.tr("Saved; the new lock time counts from the next sign-in.")
            self.status.setText(text)
            self.refresh()

        self.ctx.run(
            save,
            on_success=saved,
            on_failure=lambda exc: self.status.setText(message_for(exc)),
            owner=self,
        )

    # -- anonymising -----------------------------------------------------------------------
    def selected_candidates(self) -> list[RetentionCandidate]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def _selection_changed(self) -> None:
        count = len(self.selected_candidates())
        self.anonymise_button.setEnabled(count > 0)
        if count:
            self.status.setText(self.tr("%n client(s) chosen.", "", count))

    def anonymise_selected(self) -> None:
        chosen = self.selected_candidates()
        if not chosen:
            return
        if not self.ctx.dialogs.question(
            self.tr(
                "Anonymise %n client(s)? Their names, contact details and notes are removed "
                "for good. The figures of every year stay the same.",
                "",
                len(chosen),
            ),
            title=self.tr("Anonymise"),
            parent=self,
        ):
            return
        ids = [c.client_id for c in chosen]
        workspace = self.ctx.require_workspace()
        run_with_progress(
            self.ctx.worker,
            parent=self,
            title=self.tr("Anonymise"),
            label=self.tr("Anonymising…"),
            op=lambda progress: workspace.privacy.anonymise(
                ids,
                progress=lambda done, total: progress.report(done, total),
                should_stop=lambda: progress.cancelled,
            ),
            on_success=self._anonymised,
            on_failure=lambda exc: self.status.setText(message_for(exc)),
        )

    def _anonymised(self, result: AnonymiseResult) -> None:
        text = self.tr("%n client(s) anonymised.", "", result.anonymised)
        if result.stopped:
            text += " " + self.tr("Stopped before the end; the others are unchanged.")
        self.status.setText(text)
        self.ctx.notify_changed(TOPIC)
        self.refresh()

    # -- the right of access ---------------------------------------------------------------
    def export_access(self) -> None:
        row = self.access_picker.current
        if row is None:
            self.access_status.setText(self.tr("Choose the person first."))
            return
        folder = Path(self.ctx.require_workspace().datafile.path).parent
        name = self.tr("access-report-{day}.pdf").format(day=date.today().isoformat())
        target = self.ctx.dialogs.choose_save_file(
            title=self.tr("Save the access report as"),
            name_filter=self.tr("PDF (*.pdf)"),
            suggested=folder / name,
            parent=self,
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        json_path = target.with_suffix(".json")
        labels, values = action_labels(), access_value_labels()
        client_id = row.client_id
        workspace = self.ctx.require_workspace()
        run_with_progress(
            self.ctx.worker,
            parent=self,
            title=self.tr("Access report"),
            label=self.tr("Writing the access report…"),
            op=lambda progress: (
                progress.check(),
                workspace.privacy.export_access(
                    client_id, target, json_path, action_labels=labels, value_labels=values
                ),
            )[1],
            on_success=lambda _paths: self._exported(target, json_path),
            on_failure=lambda exc: self.access_status.setText(message_for(exc)),
        )

    def _exported(self, pdf, json_path) -> None:
        self.access_status.setText(
            self.tr("Written: {pdf} and {json}. Delete them once handed over.").format(
                pdf=pdf.name, json=json_path.name
            )
        )
        self.ctx.dialogs.open_file(pdf)
