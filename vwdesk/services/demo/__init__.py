"""A demo data file that reproduces every 2017 figure of the seed report.

Invented people in Lansingerland, with the accounts `teamleider` (team
leader) and `vrijwilliger` (volunteer), both with the password `demo1234`.
The history runs from 2015 to 2018; 2016 and 2018 hold their own plausible
numbers, so year boundaries matter when the figures are checked. What it
left open is finished in 2019-2021 (demo/aftermath.py), and a small present
is built around the day of the build (demo/present.py: the last months'
households, contacts and dossiers, deadlines in the coming weeks), so the
file opened today looks like a team at work, not one that stopped in 2018.

The data is planned in memory from seeded random generators (so every build
for the same day is identical; the history is the same for every day) and
written with a few bulk INSERTs in one transaction.
"""

from __future__ import annotations

from datetime import date
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
from vwdesk.domain.sessions import DEFAULT_TOPICS, topics_text
from vwdesk.security.kdf import KdfParams
from vwdesk.services.contacts import TOPICS_KEY
from vwdesk.services.deadlines import load_rules
from vwdesk.services.demo.aftermath import finish_history
from vwdesk.services.demo.casework import plan_casework
from vwdesk.services.demo.contacts import plan_contacts, strip_session_fields
from vwdesk.services.demo.households import (
    plan_households,
    strip_client_fields,
    strip_planning_fields,
)
from vwdesk.services.demo.names import TOPICS
from vwdesk.services.demo.plan import Plan
from vwdesk.services.demo.present import plan_present
from vwdesk.services.demo.prose import write_report_prose
from vwdesk.services.demo.team import plan_team
from vwdesk.services.workspace import Workspace

DEMO_PASSWORD = "demo1234"
TEAM_LEADER_USER = "teamleider"
VOLUNTEER_USER = "vrijwilliger"
DEMO_SETTINGS = {
    "municipality": "Lansingerland",
    "organisation": "VluchtelingenWerk Lansingerland",
    # The team's topic list offered at the hour: the shipped topics and the ones its
    # contacts carry (insurance, post, energy, ...), so a demo contact can be logged
    # with the same topics the history has.
    TOPICS_KEY: topics_text(
        list(dict.fromkeys([*DEFAULT_TOPICS, *(t for ts in TOPICS.values() for t in ts)]))
    ),
}
DEMO_SEED = 2017
# Invented, like every name in the demo; the volunteer record of the same name
# (demo/team.py) is linked to the account.
TEAM_LEADER_NAME = "Hanneke Verhoeven"


def build_demo(
    path: Path,
    *,
    params: KdfParams | None = None,
    seed: int = DEMO_SEED,
    today: date | None = None,
) -> None:
    """Create the demo file at `path`; refuses an existing path (PathTaken).

    `today` (default: the computer's date) is the day the present-day slice
    is built around; tests pass a fixed day. A build that fails half-way
    removes the file again rather than leave a demo that does not match the
    report.
    """
    path = Path(path)
    today = today or date.today()
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
            rules = {rule.key: rule for rule in load_rules(s)}
        team = plan_team(plan)
        people = plan_households(plan, team)
        plan_contacts(plan, team, people)
        plan_casework(plan, team, people, partners, templates)
        finish_history(plan, team)
        present = plan_present(plan, team, partners, templates, rules, today)
        strip_planning_fields(people)
        strip_client_fields(present)
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
            ws.audit.record(
                s,
                ws.user.account_id,
                "demo.build",
                detail={"seed": seed, "today": today.isoformat()},
            )
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
