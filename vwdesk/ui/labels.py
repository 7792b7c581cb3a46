"""Translated names for the domain's closed vocabularies (enum values are never shown raw).

Add a function per enum as tabs need them; keep the English source here and
the Dutch in resources/translations/vwdesk_nl.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.enums import Role


def role_label(role: Role) -> str:
    labels = {
        Role.TEAM_LEADER: QCoreApplication.translate("labels", "Team leader"),
        Role.JUNIOR_TEAM_LEADER: QCoreApplication.translate("labels", "Junior team leader"),
        Role.VOLUNTEER: QCoreApplication.translate("labels", "Volunteer"),
    }
    return labels[role]
