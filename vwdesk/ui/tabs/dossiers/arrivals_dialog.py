"""Registering arrived family members as clients of the referent's household.

One editable row per family member not yet registered: tick who arrived,
check the names (the dossier has one name field), fill in the date of birth,
sex, nationality and the housing date. The dialog hands back ArrivalDrafts;
the service checks them all and writes them in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vwdesk.domain.countries import country_code
from vwdesk.domain.dossiers import ArrivalDraft, DossierDetail, FamilyMember, split_name
from vwdesk.domain.enums import Sex
from vwdesk.ui.tabs.dossiers.dossier_dialogs import SubmitDialog
from vwdesk.ui.tabs.dossiers.dossier_texts import country_label, relation_label, sex_label
from vwdesk.ui.widgets.date_field import short_date
from vwdesk.ui.widgets.rows_table_model import Index, RowsTableModel


@dataclass
class ArrivalRow:
    member: FamilyMember
    chosen: bool
    first_name: str
    last_name: str
    birth_date: date | None
    sex: str
    nationality: str
    housed_on: date


def rows_for(detail: DossierDetail, housed_on: date) -> list[ArrivalRow]:
    """Pre-filled rows: the name split in two, the referent's nationality, one housing date."""
    rows = []
    for member in detail.arrived_unregistered():
        first, last = split_name(member.name)
        rows.append(
            ArrivalRow(
                member=member,
                chosen=True,
                first_name=first,
                last_name=last,
                birth_date=member.birth_date,
                sex="",
                nationality=detail.referent_nationality,
                housed_on=housed_on,
            )
        )
    return rows


class ArrivalTableModel(RowsTableModel[ArrivalRow]):
    """Editable: the tick, names, dates, sex and nationality (QDate cells get a date editor).
    The rows, headers and counts are the base's; cells and editing are its own."""

    MEMBER, FIRST, LAST, BORN, SEX, NATIONALITY, HOUSED = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Family member"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Date of birth"),
            self.tr("Sex"),
            self.tr("Nationality"),
            self.tr("Housed on"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.MEMBER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.MEMBER:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.member.name} ({relation_label(row.member.relation)})"
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        return None

    def display(self, row: ArrivalRow, column: int) -> str:
        if column == self.FIRST:
            return row.first_name
        if column == self.LAST:
            return row.last_name
        if column == self.BORN:
            return short_date(row.birth_date) or self.tr("fill in")
        if column == self.SEX:
            return sex_label(row.sex) if row.sex else self.tr("choose")
        if column == self.NATIONALITY:
            return country_label(row.nationality)
        return short_date(row.housed_on)

    def _edit_value(self, row: ArrivalRow, column: int) -> Any:
        if column in (self.BORN, self.HOUSED):
            day = row.birth_date if column == self.BORN else row.housed_on
            day = day or date.today()
            return QDate(day.year, day.month, day.day)
        if column == self.NATIONALITY:
            return country_label(row.nationality)
        return self.display(row, column) if column != self.SEX else row.sex

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        i, column = index.row(), index.column()
        row = self._rows[i]
        if column == self.MEMBER and role == Qt.ItemDataRole.CheckStateRole:
            chosen = Qt.CheckState(value) == Qt.CheckState.Checked
            self._rows[i] = replace(row, chosen=chosen)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column in (self.BORN, self.HOUSED):
            day = date(value.year(), value.month(), value.day())
            field = "birth_date" if column == self.BORN else "housed_on"
            self._rows[i] = replace(row, **{field: day})
        elif column == self.NATIONALITY:
            self._rows[i] = replace(row, nationality=country_code(str(value)) or str(value))
        else:
            field = {self.FIRST: "first_name", self.LAST: "last_name", self.SEX: "sex"}[column]
            self._rows[i] = replace(row, **{field: str(value).strip()})
        self.dataChanged.emit(index, index)
        return True

    def drafts(self) -> list[ArrivalDraft]:
        return [
            ArrivalDraft(
                family_member_id=r.member.id,
                first_name=r.first_name,
                last_name=r.last_name,
                birth_date=r.birth_date,
                sex=r.sex,
                nationality=r.nationality,
                housed_on=r.housed_on,
            )
            for r in self._rows
            if r.chosen
        ]


class SexDelegate(QStyledItemDelegate):
    """A choice of M / F / X, shown by their translated names."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        for sex in Sex:
            box.addItem(sex_label(sex), sex.value)
        return box

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ArrivalsDialog(SubmitDialog):
    def __init__(self, detail: DossierDetail, housed_on: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register arrived family members"))
        self.resize(900, 320)
        intro = QLabel(
            self.tr(
                "Tick the family members who arrived. They become clients in the household "
                "of {referent}, housed on their own date, and count as housed in that year."
            ).format(referent=detail.referent)
        )
        intro.setWordWrap(True)
        self.model = ArrivalTableModel(self)
        self.model.set_rows(rows_for(detail, housed_on))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ArrivalTableModel.SEX, SexDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ArrivalTableModel.MEMBER, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def value(self) -> list[ArrivalDraft]:
        return self.model.drafts()
