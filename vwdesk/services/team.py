"""The team: volunteers and paid staff come and go; their history stays.

Reading the team is for everyone (the contact-volunteer pickers need it);
changing it needs Permission.MANAGE_TEAM (team leaders and junior team
leaders). A volunteer who leaves gets an end date and is never deleted: the
figures count who was active on 1 January and 31 December of every year,
and their contacts keep their name.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vwdesk.db.records import AccountRecord, HouseholdRecord, VolunteerRecord
from vwdesk.domain.clients import full_name
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.languages import language_problems, normalise_languages
from vwdesk.domain.permissions import Permission
from vwdesk.domain.team import (
    Volunteer,
    VolunteerChoice,
    VolunteerInput,
    availability_text,
    parse_availability,
    weekday_problems,
)
from vwdesk.domain.validation import (
    ALREADY_LINKED,
    EMAIL,
    PHONE,
    REQUIRED,
    period_problems,
    phone_ok,
    raise_if,
    team_email_ok,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def volunteer_names(s: Session) -> dict[int, str]:
    """Every team member's display name by id (a few dozen rows)."""
    rows = s.execute(
        select(VolunteerRecord.id, VolunteerRecord.first_name, VolunteerRecord.last_name)
    )
    return {i: full_name(first, last) for i, first, last in rows}


def volunteer_problems(inp: VolunteerInput, *, stored_languages: str = "") -> list[InputProblem]:
    """Everything wrong with the form; `stored_languages` is the record's value (older free
    text in it may be saved again as it is)."""
    problems = []
    if not inp.first_name.strip() and not inp.last_name.strip():
        problems.append(InputProblem(REQUIRED, field="last_name"))
    problems += period_problems(inp.active_from, inp.active_until)
    problems += weekday_problems(inp.availability)
    if inp.phone.strip() and not phone_ok(inp.phone):
        problems.append(InputProblem(PHONE, field="phone"))
    if inp.email.strip() and not team_email_ok(inp.email):
        problems.append(InputProblem(EMAIL, field="email"))
    problems += language_problems(inp.languages, keep=stored_languages)
    return problems


def _input_of(rec: VolunteerRecord) -> VolunteerInput:
    try:
        role = Role(rec.role)
    except ValueError:
        role = Role.VOLUNTEER
    return VolunteerInput(
        first_name=rec.first_name,
        last_name=rec.last_name,
        active_from=rec.active_from,
        active_until=rec.active_until,
        role=role,
        paid=rec.paid,
        home_visit_pool=rec.home_visit_pool,
        legal=rec.legal,
        trained=rec.trained,
        languages=rec.languages,
        area=rec.area,
        availability=parse_availability(rec.availability),
        phone=rec.phone,
        email=rec.email,
    )


def _apply(rec: VolunteerRecord, inp: VolunteerInput) -> None:
    rec.first_name = inp.first_name.strip()
    rec.last_name = inp.last_name.strip()
    rec.active_from = inp.active_from
    rec.active_until = inp.active_until
    rec.role = Role(inp.role).value
    rec.paid = inp.paid
    rec.home_visit_pool = inp.home_visit_pool
    rec.legal = inp.legal
    rec.trained = inp.trained
    rec.languages = normalise_languages(inp.languages, keep=rec.languages or "")
    rec.area = inp.area.strip()
    rec.availability = availability_text(inp.availability)
    rec.phone = inp.phone.strip()
    rec.email = inp.email.strip()


class TeamService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def volunteers(self) -> list[Volunteer]:
        """Everyone who was ever on the team, the active ones first, then by name."""
        with self._ws.reading() as s:
            linked = select(AccountRecord.volunteer_id, AccountRecord.username).where(
                AccountRecord.volunteer_id.is_not(None)
            )
            accounts = {vid: name for vid, name in s.execute(linked)}
            per_volunteer = (
                select(HouseholdRecord.contact_volunteer_id, func.count())
                .where(HouseholdRecord.contact_volunteer_id.is_not(None))
                .group_by(HouseholdRecord.contact_volunteer_id)
            )
            households = {vid: n for vid, n in s.execute(per_volunteer)}
            records = s.scalars(select(VolunteerRecord)).all()
            out = [
                Volunteer(r.id, _input_of(r), accounts.get(r.id, ""), households.get(r.id, 0))
                for r in records
            ]
        today = date.today()
        out.sort(key=lambda v: (not v.active_on(today), v.name.casefold()))
        return out

    def volunteer(self, volunteer_id: int) -> Volunteer:
        found = [v for v in self.volunteers() if v.volunteer_id == volunteer_id]
        if not found:
            raise NotFound(f"no volunteer {volunteer_id}")
        return found[0]

    def choices(
        self, *, include_inactive: bool = False, on: date | None = None
    ) -> list[VolunteerChoice]:
        """For pickers: the active team (and, for filters, everyone who ever was)."""
        on = on or date.today()
        out = [
            VolunteerChoice(v.volunteer_id, v.name, v.active_on(on))
            for v in self.volunteers()
            if include_inactive or v.active_on(on)
        ]
        return out

    def add(self, inp: VolunteerInput) -> Volunteer:
        self._ws.require(Permission.MANAGE_TEAM)
        raise_if(volunteer_problems(inp))
        with self._ws.unit() as s:
            rec = VolunteerRecord()
            _apply(rec, inp)
            s.add(rec)
            s.flush()
            self._ws.audit.record(s, self._ws.user.account_id, "volunteer.add", "volunteer", rec.id)
            new_id = rec.id
        return self.volunteer(new_id)

    def update(self, volunteer_id: int, inp: VolunteerInput) -> Volunteer:
        self._ws.require(Permission.MANAGE_TEAM)
        with self._ws.unit() as s:
            rec = s.get(VolunteerRecord, volunteer_id)
            if rec is None:
                raise NotFound(f"no volunteer {volunteer_id}")
            raise_if(volunteer_problems(inp, stored_languages=rec.languages))
            _apply(rec, inp)
            self._ws.audit.record(
                s, self._ws.user.account_id, "volunteer.update", "volunteer", rec.id
            )
        return self.volunteer(volunteer_id)

    def end(self, volunteer_id: int, on: date) -> Volunteer:
        """The volunteer leaves after `on` (their last day); everything they did stays."""
        self._ws.require(Permission.MANAGE_TEAM)
        with self._ws.unit() as s:
            rec = s.get(VolunteerRecord, volunteer_id)
            if rec is None:
                raise NotFound(f"no volunteer {volunteer_id}")
            raise_if(period_problems(rec.active_from, on))
            rec.active_until = on
            self._ws.audit.record(s, self._ws.user.account_id, "volunteer.end", "volunteer", rec.id)
        return self.volunteer(volunteer_id)

    def link_account(self, username: str, volunteer_id: int | None) -> None:
        """Tie a sign-in account to a team member (their contacts default to them)."""
        self._ws.require(Permission.MANAGE_ACCOUNTS)
        with self._ws.unit() as s:
            acc = s.scalar(select(AccountRecord).where(AccountRecord.username == username))
            if acc is None:
                raise NotFound(f"no account named {username}")
            if volunteer_id is not None:
                if s.get(VolunteerRecord, volunteer_id) is None:
                    raise NotFound(f"no volunteer {volunteer_id}")
                taken = s.scalar(
                    select(AccountRecord.id).where(
                        AccountRecord.volunteer_id == volunteer_id, AccountRecord.id != acc.id
                    )
                )
                if taken is not None:
                    raise InvalidInput(InputProblem(ALREADY_LINKED, field="volunteer"))
            acc.volunteer_id = volunteer_id
            self._ws.audit.record(
                s, self._ws.user.account_id, "account.link", "account", acc.id,
                {"volunteer_id": volunteer_id},
            )  # fmt: skip
