"""Who may do what. Enforced in the services; the UI only mirrors it."""

from __future__ import annotations

from enum import StrEnum

from vwdesk.domain.enums import Role


class Permission(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    IMPORT = "import"
    EXPORT_REPORT = "export_report"
    EXPORT_LISTS = "export_lists"
    DELETE_CLIENT = "delete_client"
    ANONYMISE = "anonymise"
    EDIT_SETTINGS = "edit_settings"
    EDIT_RULES = "edit_rules"  # deadline rules, checklist templates, partner list
    VIEW_AUDIT = "view_audit"
    MANAGE_TEAM = "manage_team"  # volunteers and their periods
    BACKUP = "backup"
    ACCESS_REPORT = "access_report"  # everything about one person (right of access, AVG)


_TEAM_LEADER = frozenset(Permission)
_JUNIOR = frozenset({Permission.MANAGE_TEAM, Permission.EDIT_RULES, Permission.BACKUP})
_VOLUNTEER = frozenset({Permission.BACKUP})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TEAM_LEADER: _TEAM_LEADER,
    Role.JUNIOR_TEAM_LEADER: _JUNIOR,
    Role.VOLUNTEER: _VOLUNTEER,
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
