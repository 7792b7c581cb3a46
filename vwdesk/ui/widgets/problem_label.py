"""The red sentence that says what is wrong, under a form field or at a dialog's foot.

Hidden until there is something to say; wrapped, so a long sentence never
widens the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from vwdesk.ui import theme


def problem_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {theme.ERROR};")
    label.setWordWrap(True)
    label.hide()
    return label


def add_field_row(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """A form row with its problem label just under the field; returns that label."""
    problem = problem_label()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field)
    box.addWidget(problem)
    form.addRow(label, box)
    return problem
