"""The wizard's screens, laid out and nothing else: choose, check, done (wizard.py drives them).

Confirming is a question and importing a progress dialog, so three screens
cover the five steps. Every table scrolls and every sentence wraps, so the
screens fit the Beheer tab on a 1280x800 laptop.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vwdesk.ui.context import UiContext
from vwdesk.ui.import_wizard.import_models import CountsTableModel, ProblemTableModel
from vwdesk.ui.widgets.list_export import ListExportButton
from vwdesk.ui.widgets.rows_table_view import rows_table


def _sentence(text: str = "", name: str | None = None) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class StepIndicator(QLabel):
    """`1 Choose the file › 2 Check › 3 Import › 4 Done`, the current step in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("muted")
        self.setWordWrap(True)
        self.names = (
            self.tr("Choose the file"),
            self.tr("Check"),
            self.tr("Import"),
            self.tr("Done"),
        )
        self.current = 0
        self.set_step(0)

    def set_step(self, step: int) -> None:
        self.current = step
        parts = []
        for n, name in enumerate(self.names):
            text = f"{n + 1}&nbsp;{name}"
            parts.append(f"<b>{text}</b>" if n == step else text)
        self.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))


class ChooseStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = _sentence(
            self.tr(
                "Bring the team's data from a spreadsheet into vwdesk: a filled-in import "
                "template (.xlsx), a folder of CSV files (one per table, such as clients.csv) "
                "or a .zip of them. vwdesk first checks the whole file and shows what would "
                "change; nothing is saved until you confirm. It is all or nothing: with one "
                "mistake in the file, nothing is saved."
            )
        )
        self.file_button = QPushButton(self.tr("Choose a file (.xlsx, .zip, .csv)…"))
        self.file_button.setObjectName("primary")
        self.folder_button = QPushButton(self.tr("Choose a folder of CSV files…"))
        choose = QHBoxLayout()
        choose.addWidget(self.file_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)

        template_box = QGroupBox(self.tr("No file yet?"))
        self.template_button = QPushButton(self.tr("Save empty template…"))
        template_text = _sentence(
            self.tr(
                "Start from the empty template: one sheet per table with the column names, "
                "an explanation of each column, drop-down lists and an example row. The same "
                "names and refs in a second import change nothing, so you can import a file "
                "again after adding to it."
            )
        )
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        template_layout = QVBoxLayout(template_box)
        template_layout.addWidget(template_text)
        template_layout.addLayout(template_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(choose)
        layout.addSpacing(16)
        layout.addWidget(template_box)
        layout.addStretch(1)


class CheckStep(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_label = _bold(_sentence())
        self.verdict = _sentence()
        self.refusal = _sentence(name="errorMessage")

        self.counts = CountsTableModel(self)
        self.counts_view, _ = rows_table(self.counts, CountsTableModel.TABLE)
        self.counts_view.setMinimumHeight(120)
        self.created = _sentence(name="muted")

        self.problems = ProblemTableModel(self)
        self.problem_view, _ = rows_table(self.problems, ProblemTableModel.REASON)
        self.problem_view.setWordWrap(True)  # a long reason wraps instead of being cut off
        self.problem_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.problem_view.resizeRowsToContents()
        )
        self.problem_view.setMinimumHeight(160)
        self.export_button = ListExportButton(ctx, "import_problems", self.problem_view, self)
        self.export_button.setText(self.tr("Export the problems…"))
        self.problem_box = QGroupBox(self.tr("Problems in the file"))
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        problem_layout = QVBoxLayout(self.problem_box)
        problem_layout.addWidget(self.problem_view, 1)
        problem_layout.addLayout(export_row)

        self.other_button = QPushButton(self.tr("Choose another file…"))
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("After correcting and saving the file"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_label)
        layout.addWidget(self.refusal)
        layout.addWidget(self.verdict)
        layout.addWidget(self.counts_view, 1)
        layout.addWidget(self.created)
        layout.addWidget(self.problem_box, 2)
        layout.addLayout(buttons)


class DoneStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = _bold(_sentence())
        self.counts = CountsTableModel(self, done=True)
        self.counts_view, _ = rows_table(self.counts, CountsTableModel.TABLE)
        self.created = _sentence(name="muted")
        self.next = _sentence(
            self.tr(
                "The other tabs show the imported data now. The import is in the audit trail "
                "(the numbers per table, no names)."
            ),
            name="muted",
        )
        self.again_button = QPushButton(self.tr("Import another file…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.counts_view, 1)
        layout.addWidget(self.created)
        layout.addWidget(self.next)
        layout.addLayout(buttons)
