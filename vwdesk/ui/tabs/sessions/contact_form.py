"""The fields of one contact: kind, topics, minutes, follow-up, an optional referral.

Used at the hour (hour_panel.py) and outside sessions (contact_dialog.py). It
holds no client and runs nothing: its owner loads the topic and partner lists
and turns `values()` into a ContactInput.

Owners insert their own rows (client, channel, date, notes) into `form`. Widgets
created apart join the focus chain in the order they were parented, so Tab
would visit the owner's rows first and the contact's fields last: on show the
form puts the chain back in the order of its rows (`order_tabs`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from vwdesk.domain.enums import ContactKind
from vwdesk.domain.sessions import MAX_MINUTES, PartnerChoice
from vwdesk.ui.labels import contact_kind_label
from vwdesk.ui.tabs.sessions.contact_models import TopicListModel

DEFAULT_MINUTES = 15


@dataclass(frozen=True)
class FormValues:
    kind: ContactKind | None
    topics: tuple[str, ...]
    minutes: int | None
    follow_up: str
    referral_partner_id: int | None
    referral_reason: str


class ContactForm(QWidget):
    kind_changed = Signal(object)  # ContactKind or None
    topic_added = Signal(str)  # the text typed; the owner stores it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_kind: ContactKind | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Choose a kind"), None)
        for kind in ContactKind:
            self.kind.addItem(contact_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed.emit(self.chosen_kind()))

        self.topics = TopicListModel(self)
        self.topic_view = QListView()
        self.topic_view.setModel(self.topics)
        # A wrapping left-to-right list: the topics read like a row of tags.
        self.topic_view.setFlow(QListView.Flow.LeftToRight)
        self.topic_view.setWrapping(True)
        self.topic_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.topic_view.setSpacing(3)
        self.topic_view.setMinimumHeight(84)
        self.topic_view.setMaximumHeight(110)
        self.new_topic = QLineEdit()
        self.new_topic.setPlaceholderText(self.tr("New topic"))
        # Enter here adds the topic and nothing else: in a dialog it would also press Save.
        self.new_topic.installEventFilter(self)
        self.add_topic_button = QPushButton(self.tr("Add topic"))
        self.add_topic_button.setAutoDefault(True)  # Enter on the button adds, as Space does
        self.add_topic_button.clicked.connect(self._add_topic)
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.new_topic, 1)
        topic_row.addWidget(self.add_topic_button)

        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("not noted"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_MINUTES)

        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("What happens next, and who does it"))

        self.partner = QComboBox()
        self.partner.addItem(self.tr("No referral"), None)
        self.partner.currentIndexChanged.connect(self._partner_chosen)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.reason.setEnabled(False)
        referral_row = QHBoxLayout()
        referral_row.addWidget(self.partner, 1)
        referral_row.addWidget(self.reason, 2)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Topics"), self.topic_view)
        self.form.addRow("", _wrap(topic_row))
        self.form.addRow(self.tr("Minutes"), self.minutes)
        self.form.addRow(self.tr("Follow-up"), self.follow_up)
        self.form.addRow(self.tr("Referral"), _wrap(referral_row))

    # -- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_topic
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._add_topic()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.order_tabs()

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab can reach in the form's rows, top to bottom, left to right."""
        out: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                if item is not None:
                    out += _focusable(item)
        return out

    def order_tabs(self) -> list[QWidget]:
        """Make Tab follow the rows (the owner's included); the chain, for the owner to extend.

        A multi-line field in a row lets Tab move on: here Tab is for the next field."""
        chain = self.tab_chain()
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        for w in chain:
            if isinstance(w, QPlainTextEdit | QTextEdit):
                w.setTabChangesFocus(True)
        return chain

    # -- filling -------------------------------------------------------------------------
    def set_topics(self, keys: list[str]) -> None:
        self.topics.set_items(keys)

    def set_partners(self, partners: list[PartnerChoice]) -> None:
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        while self.partner.count() > 1:
            self.partner.removeItem(1)
        for p in partners:
            self.partner.addItem(p.name, p.id)
        index = self.partner.findData(chosen) if chosen is not None else 0
        self.partner.setCurrentIndex(max(0, index))
        self.partner.blockSignals(False)
        self._partner_chosen()

    def set_default_kind(self, kind: ContactKind | None) -> None:
        self.default_kind = kind
        self.set_kind(kind)

    def set_kind(self, kind: ContactKind | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)) if kind else 0)

    def chosen_kind(self) -> ContactKind | None:
        return self.kind.currentData()

    def _partner_chosen(self, _index: int = 0) -> None:
        referred = self.partner.currentData() is not None
        self.reason.setEnabled(referred)
        if not referred:
            self.reason.clear()

    def _add_topic(self) -> None:
        text = self.new_topic.text().strip()
        if text:
            self.topic_added.emit(text)

    def topic_stored(self, key: str) -> None:
        """The owner stored a new topic: show it ticked."""
        items = self.topics.items()
        if key not in items:
            items.append(key)
        self.topics.set_items(items)
        self.topics.set_checked({*self.topics.checked(), key})
        self.new_topic.clear()

    # -- reading -------------------------------------------------------------------------
    def values(self) -> FormValues:
        minutes = self.minutes.value()
        return FormValues(
            kind=self.chosen_kind(),
            topics=self.topics.checked(),
            minutes=minutes or None,
            follow_up=self.follow_up.text().strip(),
            referral_partner_id=self.partner.currentData(),
            referral_reason=self.reason.text().strip(),
        )

    def has_input(self) -> bool:
        """Anything chosen or typed beyond what `reset()` leaves."""
        return (
            self.chosen_kind() != self.default_kind
            or bool(self.topics.checked())
            or bool(self.new_topic.text().strip())
            or self.minutes.value() != DEFAULT_MINUTES
            or bool(self.follow_up.text().strip())
            or self.partner.currentData() is not None
            or bool(self.reason.text().strip())
        )

    def reset(self) -> None:
        """Ready for the next person: the session's kind again, nothing ticked."""
        self.set_kind(self.default_kind)
        self.topics.set_checked(set())
        self.new_topic.clear()
        self.minutes.setValue(DEFAULT_MINUTES)
        self.follow_up.clear()
        self.partner.setCurrentIndex(0)

    def forget(self) -> None:
        """On lock: nothing of the last person, not even the lists."""
        self.reset()
        self.topics.set_items([])
        self.set_partners([])


def _focusable(item: QLayoutItem) -> list[QWidget]:
    """The widgets Tab stops at in a layout item, in the layout's order."""
    widget = item.widget()
    if widget is not None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return [widget]
        layout = widget.layout()
        return _focusable_in(layout) if layout is not None else []
    layout = item.layout()
    return _focusable_in(layout) if layout is not None else []


def _focusable_in(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        child = layout.itemAt(i)
        if child is not None:
            out += _focusable(child)
    return out


def _wrap(layout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box
