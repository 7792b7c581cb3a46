""" "Export list…": any table the app shows, written to .xlsx or .csv as it is on screen.

One helper for every list tab, so they all behave alike: the columns shown
(hidden ones left out, in the order the user dragged them to), the rows the
filters let through, in the order they are sorted. The view is read on the
UI thread into plain data (`ListData`); the file is written on the worker by
`ws.list_export` (vwdesk/services/list_export.py), which checks
Permission.EXPORT_LISTS and audits every export. Writing a long list shows a
progress dialog that can be stopped; a stopped export leaves no file.

A list tab adds one button and nothing else:

    self.export_button = ListExportButton(ctx, "clients", self.view, self)

The button shows itself only to roles that may export, and follows sign-in
and lock on its own. The file name it suggests is Dutch and dated
("clienten-2026-11-28.xlsx"); `LIST_NAMES` holds the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from vwdesk.domain.accounts import CurrentUser
from vwdesk.domain.permissions import Permission
from vwdesk.ui.errors import message_for
from vwdesk.ui.progress import run_with_progress
from vwdesk.ui.widgets.file_exporter import FileExporter
from vwdesk.ui.worker import Cancelled, Job, Progress

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace
    from vwdesk.ui.context import UiContext

FORMATS = (".xlsx", ".csv")
# What each list is called: the audit trail's key -> the start of the suggested file name.
LIST_NAMES: dict[str, str] = {
    "clients": QT_TRANSLATE_NOOP("list_export", "clients"),
    "contacts": QT_TRANSLATE_NOOP("list_export", "contacts"),
    "sessions": QT_TRANSLATE_NOOP("list_export", "consultation-hours"),
    "dossiers": QT_TRANSLATE_NOOP("list_export", "dossiers"),
    "referrals": QT_TRANSLATE_NOOP("list_export", "referrals"),
    "home_visits": QT_TRANSLATE_NOOP("list_export", "home-visits"),
    "visit_households": QT_TRANSLATE_NOOP("list_export", "households-home-visits"),
    "import_problems": QT_TRANSLATE_NOOP("list_export", "import-problems"),
}
_SHORT_DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")  # how every list shows a date
_REPORT_EVERY = 500


@dataclass(frozen=True)
class ListData:
    """A list as plain data: column titles as shown, and one value per column per row."""

    columns: list[str]
    rows: list[list[object]]


def may_export(user: CurrentUser | None) -> bool:
    return user is not None and user.can(Permission.EXPORT_LISTS)


def cell_value(value: Any) -> object:
    """A shown cell as the spreadsheet should get it: a date shown as 10-05-2017 becomes a
    real date (sortable in Excel, ISO in CSV); everything else stays as it is shown."""
    if isinstance(value, str):
        m = _SHORT_DATE.match(value)
        if m is not None:
            try:
                return date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                return value
    return value


def view_data(view: QTableView) -> ListData:
    """What the view shows: visible columns in their on-screen order, filtered rows in their
    sorted order (the view's model is the proxy, so both come for free)."""
    model = view.model()
    header = view.horizontalHeader()
    columns = sorted(
        (c for c in range(model.columnCount()) if not view.isColumnHidden(c)),
        key=header.visualIndex,
    )
    display = Qt.ItemDataRole.DisplayRole
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows = [
        [cell_value(model.index(r, c).data(display)) for c in columns]
        for r in range(model.rowCount())
        if not view.isRowHidden(r)
    ]
    return ListData(titles, rows)


def suggested_name(what: str, today: date | None = None, suffix: str = ".xlsx") -> str:
    """`clienten-2026-11-28.xlsx`: the list's name in the interface language, and the date."""
    stem = QCoreApplication.translate("list_export", LIST_NAMES.get(what, what))
    return f"{stem}-{(today or date.today()).isoformat()}{suffix}"


def with_format(path: Path) -> Path:
    """A name typed without .xlsx or .csv gets .xlsx."""
    return path if path.suffix.lower() in FORMATS else path.with_name(path.name + ".xlsx")


def _rows(rows: Sequence[Sequence[object]], progress: Progress) -> Iterator[Sequence[object]]:
    total = len(rows)
    for i, row in enumerate(rows):
        if i % _REPORT_EVERY == 0:
            progress.check()
            progress.report(i, total)
        yield row
    progress.check()  # the last moment: the .xlsx is only saved after this
    progress.report(total, total)


class ListExporter(FileExporter):
    """Asks where to save, warns that the file is not encrypted, writes on the worker."""

    def export(self, what: str, data: ListData) -> Job | None:
        """Export `data` as the list `what` (a key of LIST_NAMES); None when not started."""
        dialogs = self._ctx.dialogs
        if self.busy or self._ctx.workspace is None:
            return None
        if not may_export(self._ctx.user):
            dialogs.warning(self.tr("Only a team leader may export lists."), parent=self._parent)
            return None
        if not data.rows:
            dialogs.info(self.tr("This list is empty: there is nothing to export."),
                         parent=self._parent)  # fmt: skip
            return None
        chosen = dialogs.choose_save_file(
            title=self.tr("Export the list"),
            name_filter=self.tr("Excel workbook (*.xlsx);;CSV file for Excel (*.csv)"),
            suggested=self._suggest(suggested_name(what)),
            parent=self._parent,
        )
        if chosen is None:
            return None
        path = with_format(chosen)
        if not dialogs.question(
            self.tr(
                "The exported file is NOT encrypted. Keep it on this computer or an encrypted "
                "USB stick, and delete it when you no longer need it. Continue?"
            ),
            parent=self._parent,
        ):
            return None
        ws = self._ctx.require_workspace()

        def op(progress: Progress) -> int:
            try:
                return ws.list_export.export(_rows(data.rows, progress), data.columns, path, what)
            except (Cancelled, OSError):
                path.unlink(missing_ok=True)  # no half-written list left behind
                raise

        self.job = run_with_progress(
            self._ctx.worker,
            parent=self._parent,
            title=self.tr("Export the list"),
            label=self.tr("Writing {name}…").format(name=path.name),
            op=op,
            on_success=lambda n: self._written(ws, path, n),
            on_failure=lambda exc: self._failed(ws, exc),
            on_cancelled=lambda: self._stopped(ws),
        )
        return self.job

    def _written(self, ws: Workspace, path: Path, count: int) -> None:
        if self._ctx.workspace is not ws:  # locked meanwhile: say nothing
            return
        self.folder = path.parent
        self._ctx.dialogs.info(
            self.tr("%n row(s) exported to {name}.", "", count).format(name=path.name),
            parent=self._parent,
        )

    def _failed(self, ws: Workspace, exc: BaseException) -> None:
        if self._ctx.workspace is not ws:
            return
        if isinstance(exc, OSError):
            text = self.tr(
                "The file could not be written there. Close it if it is open in Excel, "
                "or choose another folder, and try again."
            )
        else:
            text = message_for(exc)
        self._ctx.dialogs.error(text, parent=self._parent)

    def _stopped(self, ws: Workspace) -> None:
        if self._ctx.workspace is ws:
            self._ctx.dialogs.info(self.tr("The export was stopped; no file was written."),
                                   parent=self._parent)  # fmt: skip


class ListExportButton(QPushButton):
    """ "Export list…" for one table view; shown only to roles that may export lists."""

    def __init__(
        self,
        ctx: UiContext,
        what: str,
        view: QTableView | Callable[[], QTableView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("Export list…"))
        self.setToolTip(self.tr("Save this list, as shown, as an Excel or CSV file"))
        self.ctx = ctx
        self.what = what
        self._view = view
        self.exporter = ListExporter(ctx, self)
        self.clicked.connect(self.export)
        ctx.opened.connect(self.update_visibility)
        ctx.locked.connect(self.update_visibility)
        self.update_visibility()

    def view(self) -> QTableView:
        return self._view if isinstance(self._view, QTableView) else self._view()

    def update_visibility(self) -> None:
        allowed = may_export(self.ctx.user)
        if self.parentWidget() is None and allowed:
            return  # shown as its own window otherwise; done again once it has a parent
        self.setVisible(allowed)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ParentChange:
            self.update_visibility()
        return super().event(e)

    def export(self) -> Job | None:
        return self.exporter.export(self.what, view_data(self.view()))
