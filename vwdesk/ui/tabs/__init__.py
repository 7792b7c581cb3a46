"""The tabs of the main window, and the contract every tab follows.

The registry
------------
`tab_specs()` lists the tabs in display order. Each `TabSpec` has:

* `key`         stable id, also used in screenshot names (`tab-<key>.png`);
* `title`       English source, marked `QT_TRANSLATE_NOOP("tabs", ...)`, shown translated;
* `icon`        the name of an SVG in resources/icons (see vwdesk/ui/icons.py);
* `factory`     `Callable[[UiContext], TabPage]`, usually the tab class itself;
                `None` while the tab is not built: it then shows a PlaceholderTab
                with `description` (also marked with QT_TRANSLATE_NOOP("tabs", ...));
* `requires`    an optional Permission; the tab is hidden for roles without it
                (the services enforce it anyway; the UI only mirrors).

To ship a tab, put it in its own package (`vwdesk/ui/tabs/clients/clients_view.py`,
controllers and table models beside it) and change ONE line below:
`factory=None` -> `factory=TabClass("vwdesk.ui.tabs.clients.clients_view", "ClientsTab")`.
The class is named, not imported: its module (and the services it imports) loads
when the page is first built, after the sign-in dialog is on screen (#11).

The tab
-------
A tab is a `TabPage` (vwdesk/ui/tabs/base.py), a QWidget:

    class ClientsTab(TabPage):
        def __init__(self, ctx: UiContext, parent: QWidget | None = None): ...
        def refresh(self) -> None: ...   # load through ctx.run(...)
        def clear(self) -> None: ...     # drop every piece of personal data

* It is built once, when its tab is first shown (holder.py; `window.pages[key]`
  builds it too), before or after a sign-in: the constructor only lays out
  widgets and models; it must not touch `ctx.workspace`. A tab never built is
  never refreshed or cleared (it holds nothing).
* `refresh()` is called by the main window after a sign-in, when the tab is
  shown while stale, and after `ctx.notify_changed()`. It loads data with
  `self.ctx.run(lambda ws: ws.<service>.<query>(...), on_success=self._show,
  owner=self)`: the lambda runs on the worker thread and returns dataclasses;
  `_show` runs on the UI thread and hands them to a table model's
  `set_rows()`. No SQL, no session, no ORM object in a widget.
* `clear()` is called on every lock (Ctrl+L) and on quit: empty every model,
  blank every field, close the tab's own dialogs. After clear() nothing
  personal may be on screen or in the tab's attributes.
* Writes go through `ctx.run(...)` too; on success call
  `self.ctx.notify_changed("<topic>")` so other tabs refresh.
* Failures: leave `on_failure` out and the user sees one sentence from
  vwdesk/ui/errors.py `message_for(exc)`; handle it yourself only to show the
  problem next to a field. Messages and questions go through `self.ctx.dialogs`.
* Long work: vwdesk/ui/progress.py `run_with_progress(...)` (cancellable).
* Every visible string through `self.tr()` and translated in
  resources/translations/vwdesk_nl.ts (`python tools/i18n.py update`, then fill in
  the Dutch; tests/ui/test_translations.py fails on anything untranslated).
* Role labels and other enum names: vwdesk/ui/labels.py, never the raw value.
* It fits the team's 1280x800 laptop with a year of data: the window is as wide
  as the widest tab's minimum, so wrap long labels, let tables scroll, put rows
  of buttons where they can shrink (tests/ui/test_session.py checks every tab).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vwdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from vwdesk.ui.context import UiContext
    from vwdesk.ui.tabs.base import TabPage


@dataclass(frozen=True)
class TabClass:
    """A tab's page class by module and name: a factory that imports it when first called.

    `opens` is the class's own, so the main window can find the tab for a record
    without building its page (holder.py).
    """

    module: str
    name: str

    def load(self) -> type[TabPage]:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, ctx: UiContext) -> TabPage:
        return self.load()(ctx)

    @property
    def opens(self) -> frozenset[str]:
        return self.load().opens


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    icon: str
    factory: Callable[[UiContext], TabPage] | None = None
    description: str = ""
    requires: Permission | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate("tabs", self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate("tabs", self.description)

    def build(self, ctx: UiContext) -> TabPage:
        if self.factory is not None:
            return self.factory(ctx)
        from vwdesk.ui.tabs.placeholder_view import PlaceholderTab

        return PlaceholderTab(ctx, self)


def tab_specs() -> tuple[TabSpec, ...]:
    """The tabs in display order (a function, so importing this module builds nothing).

    No tab module is imported here: each loads with its page (TabClass).
    """
    return (
        TabSpec(
            "overzicht",
            QT_TRANSLATE_NOOP("tabs", "Overview"),
            "layout-dashboard",
            factory=TabClass("vwdesk.ui.tabs.overview.overview_view", "OverviewTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "What needs attention today, at a glance: this week's consultation hours, "
                "households due for a home visit and dossier deadlines that are coming up.",
            ),
        ),
        TabSpec(
            "clienten",
            QT_TRANSLATE_NOOP("tabs", "Clients"),
            "users",
            factory=TabClass("vwdesk.ui.tabs.clients.clients_view", "ClientsTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "Households and their members: registering a newly housed household, "
                "the fixed contact volunteer, family members who join later, the settlement "
                "and integration checklists, and referrals to partners.",
            ),
        ),
        TabSpec(
            "spreekuren",
            QT_TRANSLATE_NOOP("tabs", "Consultation hours"),
            "calendar-clock",
            factory=TabClass("vwdesk.ui.tabs.sessions.sessions_view", "SessionsTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "The weekly schedule of consultation hours per kind and location, and "
                "quickly logging each contact during a session, anonymously if needed.",
            ),
        ),
        TabSpec(
            "huisbezoeken",
            QT_TRANSLATE_NOOP("tabs", "Home visits"),
            "house",
            factory=TabClass("vwdesk.ui.tabs.visits.visits_view", "VisitsTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "Planned and completed home visits, the pool of volunteers who make them "
                "and the households that are overdue for a visit.",
            ),
        ),
        TabSpec(
            "schuldpreventie",
            QT_TRANSLATE_NOOP("tabs", "Debt prevention"),
            "piggy-bank",
            factory=TabClass("vwdesk.ui.tabs.debt.debt_view", "DebtTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "The debt prevention checklist per household: income and expenses, "
                "payment arrangements with creditors and referrals to debt counselling.",
            ),
        ),
        TabSpec(
            "dossiers",
            QT_TRANSLATE_NOOP("tabs", "Dossiers"),
            "folder-heart",
            factory=TabClass("vwdesk.ui.tabs.dossiers.dossiers_view", "DossiersTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "Family reunification dossiers: the family members abroad, the steps of "
                "the procedure and the deadlines the team must watch.",
            ),
        ),
        TabSpec(
            "rapportage",
            QT_TRANSLATE_NOOP("tabs", "Reports"),
            "chart-column",
            factory=TabClass("vwdesk.ui.tabs.report.report_view", "ReportTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "The figures of the year and the annual report as a PDF for the "
                "municipality and the regional foundation.",
            ),
        ),
        TabSpec(
            "beheer",
            QT_TRANSLATE_NOOP("tabs", "Administration"),
            "settings",
            factory=TabClass("vwdesk.ui.tabs.admin.admin_view", "AdminTab"),
            description=QT_TRANSLATE_NOOP(
                "tabs",
                "User accounts and roles, the team of volunteers, partner organisations, "
                "deadline rules, team settings and backups.",
            ),
        ),
    )
