"""Households: registering one with its members, nareizigers who join later, moving members.

The household's housing date counts the dwelling (`housed.dwellings`); each
member has their own housing date, which is the household's unless they
joined later. A change of address or date reaches the members: their
search keys hold the address, and members who followed the household's date
keep following it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord, HouseholdRecord, VolunteerRecord
from vwdesk.domain.clients import (
    ClientInput,
    HouseholdChoice,
    HouseholdDetail,
    HouseholdInput,
    Member,
    full_name,
    household_label,
    status_of,
)
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.names import parse_query
from vwdesk.domain.validation import (
    HOUSEHOLD_NOT_EMPTY,
    SAME_HOUSEHOLD,
    household_problems,
    raise_if,
)
from vwdesk.services.client_records import apply_input, check_client, key_for

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _apply_household(rec: HouseholdRecord, inp: HouseholdInput) -> None:
    rec.housed_on = inp.housed_on
    rec.address = inp.address.strip()
    rec.postcode = inp.postcode.strip().upper()
    rec.city = inp.city.strip()
    rec.contact_volunteer_id = inp.contact_volunteer_id
    rec.notes = inp.notes


def _check_volunteer(s: Session, volunteer_id: int | None) -> None:
    if volunteer_id is not None and s.get(VolunteerRecord, volunteer_id) is None:
        raise NotFound(f"no volunteer {volunteer_id}")


class HouseholdService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- reading -------------------------------------------------------------------------
    def get(self, household_id: int, today: date | None = None) -> HouseholdDetail:
        today = today or date.today()
        with self._ws.reading() as s:
            rec = s.get(HouseholdRecord, household_id)
            if rec is None:
                raise NotFound(f"no household {household_id}")
            volunteer = (
                s.get(VolunteerRecord, rec.contact_volunteer_id)
                if rec.contact_volunteer_id
                else None
            )
            members = sorted(rec.members, key=lambda m: (m.housed_on, m.birth_date, m.id))
            return HouseholdDetail(
                household_id=rec.id,
                housed_on=rec.housed_on,
                address=rec.address,
                postcode=rec.postcode,
                city=rec.city,
                contact_volunteer_id=rec.contact_volunteer_id,
                contact_volunteer=(
                    full_name(volunteer.first_name, volunteer.last_name) if volunteer else ""
                ),
                notes=rec.notes,
                members=tuple(
                    Member(
                        client_id=m.id,
                        name=full_name(m.first_name, m.last_name),
                        birth_date=m.birth_date,
                        sex=m.sex,
                        housed_on=m.housed_on,
                        status=status_of(m.closed_on, m.anonymised_on, today),
                        joined_later=m.housed_on > rec.housed_on,
                    )
                    for m in members
                ),
            )

    def find(self, query: str, *, limit: int = 30) -> list[HouseholdChoice]:
        """Households by a member's name (the tolerant rule) or the address, for "move to"."""
        words = parse_query(query)
        if not words:
            return []
        conditions = [
            or_(*(func.instr(ClientRecord.search_key, n) > 0 for n in w.needles)) for w in words
        ]
        with self._ws.reading() as s:
            ids = (
                select(ClientRecord.household_id).where(*conditions).distinct().limit(limit)
            ).subquery()
            rows = s.execute(
                select(HouseholdRecord, func.count(ClientRecord.id))
                .join(ClientRecord, ClientRecord.household_id == HouseholdRecord.id)
                .where(HouseholdRecord.id.in_(select(ids.c.household_id)))
                .group_by(HouseholdRecord.id)
            ).all()
            out = []
            for hh, count in rows:
                names = [
                    full_name(m.first_name, m.last_name)
                    for m in sorted(hh.members, key=lambda m: (m.birth_date, m.id))
                    if m.anonymised_on is None
                ]
                place = household_label(hh.address, hh.postcode, hh.city)
                label = " — ".join(p for p in (", ".join(names[:3]), place) if p)
                out.append(HouseholdChoice(hh.id, label, count))
            return sorted(out, key=lambda c: c.label.casefold())

    # -- writing -------------------------------------------------------------------------
    def register(
        self,
        household: HouseholdInput,
        members: Sequence[ClientInput],
        today: date | None = None,
    ) -> HouseholdDetail:
        """A newly housed household with its first members, in one unit of work."""
        today = today or date.today()
        raise_if(household_problems(household))
        if not members:
            raise InvalidInput(InputProblem(HOUSEHOLD_NOT_EMPTY))
        problems = []
        for row, member in enumerate(members, start=1):
            try:
                check_client(member, today)
            except InvalidInput as exc:
                problems += [replace(p, table="member", row=row) for p in exc.problems]
        raise_if(problems)
        with self._ws.unit() as s:
            _check_volunteer(s, household.contact_volunteer_id)
            rec = HouseholdRecord()
            _apply_household(rec, household)
            s.add(rec)
            s.flush()
            account = self._ws.user.account_id
            self._ws.audit.record(s, account, "household.register", "household", rec.id)
            for member in members:
                client = self._new_member(s, rec, member)
                self._ws.audit.record(
                    s, account, "client.add", "client", client.id, {"household_id": rec.id}
                )
            household_id = rec.id
        return self.get(household_id, today)

    def add_member(self, household_id: int, member: ClientInput, today: date | None = None) -> int:
        """A member who joins later (a nareiziger) with their own housing date; their id."""
        check_client(member, today or date.today())
        with self._ws.unit() as s:
            rec = s.get(HouseholdRecord, household_id)
            if rec is None:
                raise NotFound(f"no household {household_id}")
            client = self._new_member(s, rec, member)
            self._ws.audit.record(
                s, self._ws.user.account_id, "client.add", "client", client.id,
                {"household_id": household_id},
            )  # fmt: skip
            return client.id

    def update(self, household_id: int, inp: HouseholdInput) -> HouseholdDetail:
        raise_if(household_problems(inp))
        with self._ws.unit() as s:
            rec = s.get(HouseholdRecord, household_id)
            if rec is None:
                raise NotFound(f"no household {household_id}")
            _check_volunteer(s, inp.contact_volunteer_id)
            old_date = rec.housed_on
            _apply_household(rec, inp)
            for member in rec.members:
                if member.housed_on == old_date:
                    member.housed_on = rec.housed_on
                member.search_key = key_for(member, rec)
            self._ws.audit.record(
                s, self._ws.user.account_id, "household.update", "household", rec.id
            )
        return self.get(household_id)

    def assign_contact_volunteer(self, household_id: int, volunteer_id: int | None) -> None:
        """The household's fixed contact person (members without their own follow it)."""
        with self._ws.unit() as s:
            rec = s.get(HouseholdRecord, household_id)
            if rec is None:
                raise NotFound(f"no household {household_id}")
            _check_volunteer(s, volunteer_id)
            rec.contact_volunteer_id = volunteer_id
            self._ws.audit.record(
                s, self._ws.user.account_id, "household.contact_volunteer", "household", rec.id,
                {"volunteer_id": volunteer_id},
            )  # fmt: skip

    def move_member(
        self,
        client_id: int,
        household_id: int | None = None,
        *,
        new_household: HouseholdInput | None = None,
    ) -> int:
        """Move a member to another household, or to a new one (when they get their own
        dwelling). Their housing date stays theirs. Returns the household id."""
        if (household_id is None) == (new_household is None):
            raise ValueError("give either household_id or new_household")
        if new_household is not None:
            raise_if(household_problems(new_household))
        with self._ws.unit() as s:
            client = s.get(ClientRecord, client_id)
            if client is None or client.anonymised_on is not None:
                raise NotFound(f"no client {client_id}")
            old = client.household
            account = self._ws.user.account_id
            if new_household is not None:
                target = HouseholdRecord()
                _apply_household(target, new_household)
                s.add(target)
                s.flush()
                self._ws.audit.record(s, account, "household.register", "household", target.id)
            else:
                target = s.get(HouseholdRecord, household_id)
                if target is None:
                    raise NotFound(f"no household {household_id}")
                if target.id == old.id:
                    raise InvalidInput(InputProblem(SAME_HOUSEHOLD))
            client.household = target
            client.search_key = key_for(client, target)
            self._ws.audit.record(
                s, account, "client.move", "client", client.id,
                {"from": old.id, "to": target.id},
            )  # fmt: skip
            return target.id

    def _new_member(self, s: Session, household: HouseholdRecord, inp: ClientInput) -> ClientRecord:
        _check_volunteer(s, inp.contact_volunteer_id)
        client = ClientRecord(household=household)
        apply_input(client, inp, household)
        s.add(client)
        s.flush()
        return client
