"""Writing a list the app shows to .xlsx or .csv: team leaders only, and audited.

The file leaves the encrypted data file unencrypted, so the permission is
checked here (not just in the UI) and the audit trail records what kind of
list, how many rows and the format; never the rows themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.permissions import Permission
from vwdesk.export.lists import FORMATS, write_list

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


class ListExportService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def export(
        self,
        rows: Iterable[Sequence[object]],
        columns: Sequence[str],
        path: Path,
        what: str,
    ) -> int:
        """Write `rows` under `columns` to `path`; `what` names the list for the audit
        trail ("clients", "contacts 2017", ...). Returns the number of rows written."""
        self._ws.require(Permission.EXPORT_LISTS)
        path = Path(path)
        if path.suffix.lower() not in FORMATS:
            raise InvalidInput(InputProblem("choose a file name ending in .xlsx or .csv", "path"))
        count = write_list(path, columns, rows)
        with self._ws.unit() as s:
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "list.export",
                detail={"what": what, "rows": count, "format": path.suffix.lower().lstrip(".")},
            )
        return count
