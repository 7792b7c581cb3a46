"""The right of access (AVG art. 15): everything stored about one person, as plain data.

The privacy service fills it from the records; vwdesk/export/access_report.py
writes it as JSON (complete, machine-readable) and as a PDF (for the person).
Fields are (key, value) pairs with stable English keys, values as text
(dates ISO), so a column added to the records later shows up without a change
here, and the JSON stays the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

Fields = tuple[tuple[str, str], ...]

# The order of the sections in both outputs.
SECTION_KEYS = (
    "person",
    "household",
    "contacts",
    "dossiers",
    "family_members",
    "procedure_steps",
    "trajectories",
    "checklists",
    "checklist_items",
    "referrals",
    "projects",
    "planned_visits",
    "audit_events",
)


@dataclass(frozen=True)
class AccessSection:
    key: str  # one of SECTION_KEYS
    records: tuple[Fields, ...] = ()


@dataclass(frozen=True)
class AccessReport:
    client_id: int
    made_at: datetime
    made_by: str  # the account that made the report
    organisation: str
    sections: tuple[AccessSection, ...] = field(default_factory=tuple)

    def section(self, key: str) -> AccessSection:
        return next((s for s in self.sections if s.key == key), AccessSection(key))

    def as_dict(self) -> dict:
        return {
            "format": "vwdesk-access-report",
            "version": 1,
            "client_id": self.client_id,
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "made_by": self.made_by,
            "organisation": self.organisation,
            "sections": {s.key: [dict(r) for r in s.records] for s in self.sections},
        }
