"""`vwdesk check`: encryption, pages, schema and the audit chain, read-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vwdesk.db import migrate

AUDIT_TRIGGERS = frozenset({"audit_event_no_update", "audit_event_no_delete"})

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


@dataclass(frozen=True)
class CheckReport:
    cipher_problems: list[str] = field(default_factory=list)
    page_problems: list[str] = field(default_factory=list)
    foreign_key_problems: int = 0
    schema_revision: str | None = None
    schema_expected: str = ""
    audit_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.cipher_problems
            and not self.page_problems
            and not self.foreign_key_problems
            and self.schema_revision == self.schema_expected
            and not self.audit_problems
        )


class IntegrityService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def check(self) -> CheckReport:
        with self._ws.datafile.engine.connect() as conn:
            cipher = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            pages = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            fk = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            revision = migrate.current_revision(conn)
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master "
                    "WHERE type = 'trigger' AND tbl_name = 'audit_event'"
                )
            }
        with self._ws.reading() as s:
            audit = [f"event {p.event_id}: {p.reason}" for p in self._ws.audit.verify(s)]
        # Dropping them is the first step of editing the trail by hand.
        audit += [f"the trigger {name} is missing" for name in AUDIT_TRIGGERS - triggers]
        return CheckReport(
            cipher_problems=cipher,
            page_problems=[p for p in pages if p != "ok"],
            foreign_key_problems=fk,
            schema_revision=revision,
            schema_expected=migrate.head_revision(),
            audit_problems=audit,
        )
