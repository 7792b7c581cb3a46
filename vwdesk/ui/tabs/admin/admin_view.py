"""The Beheer tab: one page per thing the team manages, shown as inner tabs.

Pages a role may not use are hidden (the services refuse anyway). To add a
page, add a line to `admin_pages()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from vwdesk.domain.permissions import Permission
from vwdesk.ui.context import UiContext
from vwdesk.ui.tabs.base import TabPage


@dataclass(frozen=True)
class AdminPage:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("admin", ...)
    factory: Callable[[UiContext], QWidget]
    requires: Permission | None = None


def admin_pages() -> tuple[AdminPage, ...]:
    from vwdesk.ui.tabs.admin.accounts_page import AccountsPage
    from vwdesk.ui.tabs.admin.audit_page import AuditPageView
    from vwdesk.ui.tabs.admin.backup_page import BackupPage
    from vwdesk.ui.tabs.admin.import_page import ImportPage
    from vwdesk.ui.tabs.admin.privacy_page import PrivacyPage
    from vwdesk.ui.tabs.admin.volunteers_page import VolunteersPage

    return (
        AdminPage("vrijwilligers", QT_TRANSLATE_NOOP("admin", "Volunteers"), VolunteersPage),
        AdminPage(
            "accounts",
            QT_TRANSLATE_NOOP("admin", "Accounts"),
            AccountsPage,
            Permission.MANAGE_ACCOUNTS,
        ),
        AdminPage("backup", QT_TRANSLATE_NOOP("admin", "Backup"), BackupPage, Permission.BACKUP),
        AdminPage(
            "logboek",
            QT_TRANSLATE_NOOP("admin", "Audit trail"),
            AuditPageView,
            Permission.VIEW_AUDIT,
        ),
        AdminPage(
            "privacy", QT_TRANSLATE_NOOP("admin", "Privacy"), PrivacyPage, Permission.ANONYMISE
        ),
        # Listed for everyone: other roles read there why only a team leader imports.
        AdminPage("importeren", QT_TRANSLATE_NOOP("admin", "Import"), ImportPage),
    )


class AdminTab(TabPage):
    opens = frozenset({"volunteer"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.specs = admin_pages()
        self.pages: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        for spec in self.specs:
            page = spec.factory(ctx)
            self.pages[spec.key] = page
            self.tabs.addTab(page, QCoreApplication.translate("admin", spec.title))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel(self.tr("Administration"), objectName="pageTitle"))
        layout.addWidget(self.tabs, 1)
        self._stale: set[str] = set()

    def refresh(self) -> None:
        user = self.ctx.user
        for index, spec in enumerate(self.specs):
            allowed = user is not None and (spec.requires is None or user.can(spec.requires))
            self.tabs.setTabVisible(index, allowed)
        self._stale = set(self.pages)
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)
        self._refresh_current()

    def _refresh_current(self) -> None:
        if self.ctx.workspace is None:
            return
        spec = self.specs[self.tabs.currentIndex()]
        if spec.key in self._stale and self.tabs.isTabVisible(self.tabs.currentIndex()):
            self._stale.discard(spec.key)
            self.pages[spec.key].refresh()

    def has_unsaved(self) -> bool:
        return any(getattr(page, "has_unsaved", bool)() for page in self.pages.values())

    def clear(self) -> None:
        self._stale = set(self.pages)
        for page in self.pages.values():
            page.clear()

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "volunteer":
            self.show_page("vrijwilligers").show_volunteer(record_id)
