"""A demo data file that reproduces every 2017 figure of the seed report.

Invented people in Lansingerland, 2015-2018, with the accounts `teamleider`
(team leader) and `vrijwilliger` (volunteer), both with the password
`demo1234`. The data is planned in memory from one seeded random generator
(so every build is identical) and written with a few bulk INSERTs in one
transaction. 2016 and 2018 hold their own plausible numbers, so year
boundaries matter when the figures are checked.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vwdesk.db.datafile import remove_data_file
from vwdesk.db.records import (
    AccountRecord,
    ChecklistTemplateItemRecord,
    ChecklistTemplateRecord,
    PartnerRecord,
)
from vwdesk.domain.enums import Role
from vwdesk.security.kdf import KdfParams
from vwdesk.services.demo.casework import plan_casework
from vwdesk.services.demo.contacts import plan_contacts, strip_session_fields
from vwdesk.services.demo.households import plan_households, strip_planning_fields
from vwdesk.services.demo.plan import Plan
from vwdesk.services.demo.prose import write_report_prose
from vwdesk.services.demo.team import plan_team
from vwdesk.services.workspace import Workspace

DEMO_PASSWORD = "demo1234"
TEAM_LEADER_USER = "teamleider"
VOLUNTEER_USER = "vrijwilliger"
DEMO_SETTINGS = {
    "municipality": "Lansingerland",
    "organisation": "VluchtelingenWerk Lansingerland",
}
DEMO_SEED = 2017
# Invented, like every name in the demo; the volunteer record of the same name
# (demo/team.py) is linked to the account.
TEAM_LEADER_NAME = "Hanneke Verhoeven"


def build_demo(path: Path, *, params: KdfParams | None = None, seed: int = DEMO_SEED) -> None:
    """Create the demo file at `path`; refuses an existing path (PathTaken).

    A build that fails half-way removes the file again rather than leave a
    demo that does not match the report.
    """
    path = Path(path)
    plan = Plan(seed)
    ws, _recovery = Workspace.create(
        path,
        TEAM_LEADER_USER,
        DEMO_PASSWORD,
        display_name=TEAM_LEADER_NAME,
        params=params,
        settings=DEMO_SETTINGS,
    )
    try:
        with ws.reading() as s:
            plan.start_after_existing(s)
            partners = dict(s.execute(select(PartnerRecord.name, PartnerRecord.id)).all())
            templates = _current_templates(s)
        team = plan_team(plan)
        people = plan_households(plan, team)
        plan_contacts(plan, team, people)
        plan_casework(plan, team, people, partners, templates)
        strip_planning_fields(people)
        strip_session_fields(plan)
        with ws.unit() as s:
            plan.insert_all(s)
            s.execute(
                update(AccountRecord)
                .where(AccountRecord.username == TEAM_LEADER_USER)
                .values(volunteer_id=team.team_leader["id"])
            )
            helper = team.volunteer_account
            account = AccountRecord(
                username=VOLUNTEER_USER,
                display_name=f"{helper['first_name']} {helper['last_name']}",
                role=Role.VOLUNTEER.value,
                volunteer_id=helper["id"],
            )
            s.add(account)
            s.flush()
            ws.audit.record(s, ws.user.account_id, "account.add", "account", account.id)
            ws.audit.record(s, ws.user.account_id, "demo.build", detail={"seed": seed})
            # The slot last: if writing it fails, the transaction rolls back.
            ws.datafile.add_slot(VOLUNTEER_USER, DEMO_PASSWORD, params)
        write_report_prose(ws)
    except BaseException:
        ws.close()
        remove_data_file(path)
        raise
    ws.close()


def _current_templates(s: Session) -> dict[str, tuple[int, list[tuple[str, str, bool]]]]:
    """The file's current checklist templates: key -> (id, [(item key, title, when needed)])."""
    out: dict[str, tuple[int, list[tuple[str, str, bool]]]] = {}
    rows = s.execute(
        select(
            ChecklistTemplateRecord.key,
            ChecklistTemplateRecord.id,
            ChecklistTemplateItemRecord.key,
            ChecklistTemplateItemRecord.title,
            ChecklistTemplateItemRecord.when_needed,
        )
        .join(
            ChecklistTemplateItemRecord,
            ChecklistTemplateItemRecord.template_id == ChecklistTemplateRecord.id,
        )
        .where(ChecklistTemplateRecord.current.is_(True))
        .order_by(ChecklistTemplateRecord.id, ChecklistTemplateItemRecord.position)
    ).all()
    for key, template_id, item_key, title, needed in rows:
        out.setdefault(key, (template_id, []))[1].append((item_key, title, needed))
    return out


__all__ = ["DEMO_PASSWORD", "TEAM_LEADER_USER", "VOLUNTEER_USER", "build_demo"]
