"""Opening or editing a dossier, a family member, a procedure step; closing a dossier.

The dialogs only collect and hand back a draft (domain/dossiers.py); the tab
writes through the dossier service and shows the service's problems here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.countries import countries, country_code
from vwdesk.domain.dossiers import (
    DossierDetail,
    DossierDraft,
    FamilyMember,
    FamilyMemberDraft,
    ProcedureStep,
    StepDraft,
)
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.dossiers.dossier_texts import (
    RELATIONS,
    country_label,
    outcome_label,
    relation_label,
    step_label,
)
from vwdesk.ui.tabs.sessions.client_picker import ClientPicker
from vwdesk.ui.tabs.sessions.schedule_dialog import from_qdate, to_qdate
from vwdesk.ui.widgets.checklist_fields import OptionalDateEdit
from vwdesk.ui.widgets.screen_fit import fit_height


class SubmitDialog(QDialog):
    """OK does not close: it emits `submitted`; the tab saves and calls `finish()`, or
    shows the service's problems here so nothing typed is lost."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = QLabel(objectName="errorMessage")
        self.problems.setWordWrap(True)
        self.problems.hide()

    def accept(self) -> None:
        self.submitted.emit()

    def finish(self) -> None:
        super().accept()

    def show_problems(self, sentences: list[str]) -> None:
        self.problems.setText("\n".join(sentences))
        self.problems.setVisible(bool(sentences))
        fit_height(self)


class FormDialog(SubmitDialog):
    """A form with OK/Cancel and the problems above the buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    @staticmethod
    def date_field(day: date) -> QDateEdit:
        field = QDateEdit(to_qdate(day), calendarPopup=True)
        field.setDisplayFormat("dd-MM-yyyy")
        return field


class DossierDialog(FormDialog):
    """A new dossier (choose the referent) or the dossier's own fields."""

    def __init__(
        self,
        ctx: UiContext,
        detail: DossierDetail | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        title = (
            self.tr("New family reunification dossier")
            if detail is None
            else self.tr("Edit dossier")
        )
        super().__init__(title, parent)
        self.detail = detail
        self.client_id = detail.client_id if detail else None
        if detail is None:
            self.picker = ClientPicker(ctx)
            self.picker.picked.connect(self._picked)
            self.form.addRow(self.tr("Referent"), self.picker)
        else:
            self.picker = None
            self.form.addRow(self.tr("Referent"), QLabel(detail.referent))
        self.opened_on = self.date_field(detail.opened_on if detail else today or date.today())
        self.nidos = QCheckBox(self.tr("A NIDOS dossier (unaccompanied minor)"))
        self.nidos.setChecked(bool(detail and detail.nidos))
        self.notes = QPlainTextEdit(detail.notes if detail else "")
        self.notes.setPlaceholderText(self.tr("What the team should know about this procedure"))
        self.notes.setMaximumHeight(110)
        self.form.addRow(self.tr("Opened on"), self.opened_on)
        self.form.addRow("", self.nidos)
        self.form.addRow(self.tr("Notes"), self.notes)
        self._update_ok()

    def _picked(self, row) -> None:
        self.client_id = row.client_id if row is not None else None
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.client_id is not None)

    def value(self) -> DossierDraft:
        return DossierDraft(
            client_id=self.client_id,
            opened_on=from_qdate(self.opened_on.date()),
            nidos=self.nidos.isChecked(),
            notes=self.notes.toPlainText(),
        )


class MemberDialog(FormDialog):
    def __init__(self, member: FamilyMember | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Add a family member") if member is None else self.tr("Family member")
        super().__init__(title, parent)
        self.name = QLineEdit(member.name if member else "")
        self.relation = QComboBox(editable=True)
        for key in RELATIONS:
            self.relation.addItem(relation_label(key), key)
        if member is not None:
            index = self.relation.findData(member.relation)
            if index >= 0:
                self.relation.setCurrentIndex(index)
            else:
                self.relation.setEditText(member.relation)
        self.birth_date = OptionalDateEdit()
        self.birth_date.set_value(member.birth_date if member else None)
        self.country = QLineEdit(country_label(member.country) if member else "")
        self.country.setPlaceholderText(self.tr("For example Syria or Eritrea"))
        names = [country_label(c.code) for c in countries()]
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setCompleter(completer)
        self.place = QLineEdit(member.place if member else "")
        self.place.setPlaceholderText(self.tr("City or camp where they stay now"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Relation"), self.relation)
        self.form.addRow(self.tr("Date of birth"), self.birth_date)
        self.form.addRow(self.tr("Country of stay"), self.country)
        self.form.addRow(self.tr("Place of stay"), self.place)

    def relation_value(self) -> str:
        text = self.relation.currentText().strip()
        index = self.relation.findText(text)
        return self.relation.itemData(index) if index >= 0 else text

    def value(self) -> FamilyMemberDraft:
        typed = self.country.text().strip()
        code = country_code(typed) if typed else ""
        return FamilyMemberDraft(
            name=self.name.text(),
            relation=self.relation_value(),
            birth_date=self.birth_date.value(),
            country=code if code is not None else typed,
            place=self.place.text(),
        )


class StepDialog(FormDialog):
    def __init__(
        self,
        step: ProcedureStep | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        title = self.tr("Add a procedure step") if step is None else self.tr("Procedure step")
        super().__init__(title, parent)
        self.kind = QComboBox()
        for kind in ProcedureStepKind:
            self.kind.addItem(step_label(kind), kind.value)
        if step is not None:
            self.kind.setCurrentIndex(self.kind.findData(ProcedureStepKind(step.kind).value))
        self.on = self.date_field(step.on if step else today or date.today())
        self.note = QLineEdit(step.note if step else "")
        self.form.addRow(self.tr("Step"), self.kind)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Note"), self.note)

    def value(self) -> StepDraft:
        return StepDraft(
            kind=ProcedureStepKind(self.kind.currentData()),
            on=from_qdate(self.on.date()),
            note=self.note.text(),
        )


class CloseDialog(FormDialog):
    """No outcome is chosen beforehand: it counts in the annual figures, and a preselected
    'successful' would be saved by a volunteer who only meant to close the dossier."""

    def __init__(
        self, detail: DossierDetail, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(self.tr("Close dossier"), parent)
        self.outcome = QComboBox()
        for outcome in DossierOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.outcome.setPlaceholderText(self.tr("Choose the outcome…"))
        self.outcome.setCurrentIndex(-1)
        arrival = [s.on for s in detail.steps if s.kind == ProcedureStepKind.ARRIVAL]
        self.closed_on = self.date_field(max(arrival) if arrival else today or date.today())
        explain = QLabel(
            self.tr(
                "After closing successfully you can register the family members who "
                "arrived as clients in the referent's household."
            ),
            objectName="muted",
        )
        explain.setWordWrap(True)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Closed on"), self.closed_on)
        self.form.addRow(explain)

    def accept(self) -> None:
        if self.outcome.currentIndex() < 0:
            self.show_problems([self.tr("Choose how the dossier ended; nothing was saved.")])
            self.outcome.setFocus()
            return
        super().accept()

    def value(self) -> tuple[DossierOutcome, date]:
        return DossierOutcome(self.outcome.currentData()), from_qdate(self.closed_on.date())
