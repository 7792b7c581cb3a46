"""What a brand-new file holds: the first account, settings, partners, deadline rules."""

from __future__ import annotations

from sqlalchemy import Connection, insert

from vwdesk.db.records import AccountRecord, DeadlineRuleRecord, PartnerRecord, SettingRecord
from vwdesk.domain.enums import Role
from vwdesk.services.checklist_templates import insert_shipped_templates
from vwdesk.services.deadlines import default_rule_rows

# The partners named in the seed report; the team edits the list.
DEFAULT_PARTNERS = (
    "CJG",
    "Humanitas",
    "Kwadraad",
    "Taalhuis",
    "VIP/Welzijn Lansingerland",
    "OBS de Vuurvogel",
    "Plangroep",
    "Bibliotheek Oostland",
    "3B Wonen",
    "Schuldhulpmaatjes",
    "Jeugd- en jongerenwerk",
)


def seed_new_file(conn: Connection, username: str, display_name: str, settings: dict) -> None:
    conn.execute(
        insert(AccountRecord),
        [{"username": username, "display_name": display_name, "role": Role.TEAM_LEADER.value}],
    )
    conn.execute(insert(PartnerRecord), [{"name": name} for name in DEFAULT_PARTNERS])
    conn.execute(insert(DeadlineRuleRecord), default_rule_rows())
    insert_shipped_templates(conn)
    if settings:
        conn.execute(
            insert(SettingRecord), [{"key": k, "value": str(v)} for k, v in settings.items()]
        )
