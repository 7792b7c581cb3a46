"""Clients: the list and its tolerant search, the form, closing, and the team leader's powers.

Every volunteer registers and edits clients; deleting, anonymising and
exporting are the team leader's (domain/permissions.py), checked here. Every
write is audited with ids only.

The clients list loads every client once (one query, on the worker) and the
table model filters it in memory with domain/names.py: a keystroke then costs
a pass over the folded search keys and no query at all. `search()` does the
same match in SQL, for pickers that want a few clients without the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    Base,
    ClientRecord,
    HouseholdRecord,
    VolunteerRecord,
)
from vwdesk.domain.clients import (
    ClientDetail,
    ClientInput,
    ClientRow,
    CloseReason,
    DuplicateCandidate,
    TimelineEntry,
    full_name,
    household_label,
    status_of,
)
from vwdesk.domain.errors import InputProblem, InvalidInput, NotFound
from vwdesk.domain.names import parse_query, similar_names
from vwdesk.domain.permissions import Permission
from vwdesk.domain.phases import Phase, phase_on
from vwdesk.domain.validation import CLIENT_HAS_HISTORY, CLOSED_BEFORE_HOUSED, NOT_CLOSED
from vwdesk.services.client_records import (
    apply_input,
    check_client,
    input_of,
    rebuild_search_keys,
    stale_search_keys,
)
from vwdesk.services.client_timeline import client_timeline
from vwdesk.services.privacy import anonymise_client
from vwdesk.services.team import volunteer_names

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def _household_labels(s: Session, ids: set[int] | None) -> dict[int, tuple[str, int | None]]:
    """Address label and contact volunteer of these households (all of them: None, or many)."""
    query = select(
        HouseholdRecord.id,
        HouseholdRecord.address,
        HouseholdRecord.postcode,
        HouseholdRecord.city,
        HouseholdRecord.contact_volunteer_id,
    )
    if ids is not None and len(ids) <= 500:
        query = query.where(HouseholdRecord.id.in_(ids))
    return {
        hid: (household_label(address, postcode, city), volunteer)
        for hid, address, postcode, city, volunteer in s.execute(query)
    }


class ClientService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- the list ------------------------------------------------------------------------
    def ensure_search_keys(self) -> int:
        """Bring stored search keys up to the current rule: one read when none is stale."""
        with self._ws.reading() as s:
            if s.scalar(select(ClientRecord.id).where(stale_search_keys()).limit(1)) is None:
                return 0
        with self._ws.unit() as s:
            return rebuild_search_keys(s)

    def rows(self, today: date | None = None) -> list[ClientRow]:
        """Every client, as the list shows them (a few seconds' work for 100,000 is fine
        on the worker; the tab then filters in memory)."""
        self.ensure_search_keys()
        today = today or date.today()
        with self._ws.reading() as s:
            return self._rows(s, today)

    def row(self, client_id: int, today: date | None = None) -> ClientRow:
        with self._ws.reading() as s:
            found = self._rows(s, today or date.today(), ClientRecord.id == client_id)
        if not found:
            raise NotFound(f"no client {client_id}")
        return found[0]

    def search(self, query: str, *, limit: int = 50, active_only: bool = False) -> list[ClientRow]:
        """The clients whose search key matches (the rule of domain/names.py), in SQL."""
        self.ensure_search_keys()
        conditions = []
        for word in parse_query(query):
            conditions.append(
                or_(*(func.instr(ClientRecord.search_key, n) > 0 for n in word.needles))
            )
        if active_only:
            conditions.append(ClientRecord.closed_on.is_(None))
        with self._ws.reading() as s:
            return self._rows(s, date.today(), *conditions, limit=limit)

    def _rows(
        self, s: Session, today: date, *conditions, limit: int | None = None
    ) -> list[ClientRow]:
        """Clients without a join (their households come from one small second query):
        at 100,000 clients this halves the load.

        The whole list is read row by row (Core, not ORM rows fetched first), so the
        driver's rows and the ClientRows are never all in memory together, and the
        values many clients share (nationality, dates, household and volunteer ids;
        each int above 256 is an object of its own) are kept once: at 100,000
        clients the list's peak went from 129 to 80 MiB."""
        query = (
            select(
                ClientRecord.id,
                ClientRecord.household_id,
                ClientRecord.first_name,
                ClientRecord.last_name,
                ClientRecord.nationality,
                ClientRecord.birth_date,
                ClientRecord.housed_on,
                ClientRecord.contact_volunteer_id,
                ClientRecord.closed_on,
                ClientRecord.anonymised_on,
                ClientRecord.search_key,
            )
            .where(*conditions)
            .order_by(ClientRecord.last_name, ClientRecord.first_name, ClientRecord.id)
        )
        if limit is not None:
            query = query.limit(limit)
        volunteers = volunteer_names(s)
        found: Iterable[Sequence]
        if conditions or limit is not None:
            found = s.execute(query).all()
            households = _household_labels(s, {r[1] for r in found})
        else:
            households = _household_labels(s, None)
            found = s.connection().execute(query)  # Core rows, read one by one
        phases: dict[date, Phase] = {}
        shared: dict[object, object] = {}
        same = shared.setdefault
        out = []
        for cid, hid, first, last, nat, born, housed, vol, closed, anon, key in found:
            label, household_volunteer = households.get(hid, ("", None))
            vol = vol if vol is not None else household_volunteer
            phase = phases.get(housed)
            if phase is None:
                phase = phases[housed] = phase_on(housed, today).phase
            out.append(
                ClientRow(
                    client_id=cid,
                    household_id=same(hid, hid),
                    name=f"{first} {last}".strip(),
                    household=label,
                    nationality=same(nat, nat),
                    birth_date=same(born, born),
                    housed_on=same(housed, housed),
                    contact_volunteer_id=same(vol, vol),
                    contact_volunteer=volunteers.get(vol, "") if vol is not None else "",
                    phase=phase,
                    status=status_of(closed, anon, today),
                    closed_on=same(closed, closed),
                    search_key=key,
                )
            )
        return out

    # -- one client ----------------------------------------------------------------------
    def get(self, client_id: int, today: date | None = None) -> ClientDetail:
        today = today or date.today()
        with self._ws.reading() as s:
            rec = s.get(ClientRecord, client_id)
            if rec is None:
                raise NotFound(f"no client {client_id}")
            household = rec.household
            volunteer_id = rec.contact_volunteer_id or household.contact_volunteer_id
            volunteer = s.get(VolunteerRecord, volunteer_id) if volunteer_id else None
            return ClientDetail(
                client_id=rec.id,
                household_id=household.id,
                household_address=household_label(
                    household.address, household.postcode, household.city
                ),
                household_housed_on=household.housed_on,
                data=input_of(rec, household),
                own_housed_on=rec.housed_on != household.housed_on,
                status=status_of(rec.closed_on, rec.anonymised_on, today),
                closed_on=rec.closed_on,
                close_reason=rec.close_reason,
                phase=phase_on(rec.housed_on, today).phase,
                contact_volunteer=full_name(volunteer.first_name, volunteer.last_name)
                if volunteer
                else "",
                created_at=rec.created_at.date() if rec.created_at else None,
            )

    def open(self, client_id: int, today: date | None = None) -> ClientDetail:
        """`get`, audited as `client.open`: the client page calls this when a volunteer opens
        someone's record (not when it reloads after a change)."""
        detail = self.get(client_id, today)
        with self._ws.unit() as s:
            self._ws.audit.record(s, self._ws.user.account_id, "client.open", "client", client_id)
        return detail

    def update(self, client_id: int, inp: ClientInput, today: date | None = None) -> ClientDetail:
        with self._ws.unit() as s:
            rec = self._editable(s, client_id)
            check_client(inp, today or date.today(), stored_languages=rec.languages)
            apply_input(rec, inp, rec.household)
            self._ws.audit.record(s, self._ws.user.account_id, "client.update", "client", rec.id)
        return self.get(client_id, today)

    def duplicates(
        self,
        first_name: str,
        last_name: str,
        birth_date: date | None,
        *,
        exclude_id: int | None = None,
    ) -> list[DuplicateCandidate]:
        """Clients with the same birth date and a name alike under the search rule."""
        if birth_date is None:
            return []
        today = date.today()
        with self._ws.reading() as s:
            query = (
                select(ClientRecord, HouseholdRecord)
                .join(ClientRecord.household)
                .where(ClientRecord.birth_date == birth_date, ClientRecord.anonymised_on.is_(None))
            )
            if exclude_id is not None:
                query = query.where(ClientRecord.id != exclude_id)
            return [
                DuplicateCandidate(
                    client_id=rec.id,
                    name=full_name(rec.first_name, rec.last_name),
                    birth_date=rec.birth_date,
                    household=household_label(hh.address, hh.postcode, hh.city),
                    status=status_of(rec.closed_on, rec.anonymised_on, today),
                )
                for rec, hh in s.execute(query)
                if similar_names(first_name, last_name, rec.first_name, rec.last_name)
            ]

    def timeline(self, client_id: int) -> list[TimelineEntry]:
        with self._ws.reading() as s:
            if s.get(ClientRecord, client_id) is None:
                raise NotFound(f"no client {client_id}")
            return client_timeline(s, client_id)

    # -- closing -------------------------------------------------------------------------
    def close(self, client_id: int, on: date, reason: CloseReason | str) -> None:
        """Moved away, trajectory ended: the client leaves the active list but every
        record stays, so the figures of their years do not change."""
        reason = CloseReason(reason)
        with self._ws.unit() as s:
            rec = self._editable(s, client_id)
            if on < rec.housed_on:
                raise InvalidInput(InputProblem(CLOSED_BEFORE_HOUSED, field="closed_on"))
            rec.closed_on = on
            rec.close_reason = reason.value
            self._ws.audit.record(
                s,
                self._ws.user.account_id,
                "client.close",
                "client",
                rec.id,
                {"reason": reason.value},
            )

    def reopen(self, client_id: int) -> None:
        with self._ws.unit() as s:
            rec = self._editable(s, client_id)
            if rec.closed_on is None:
                raise InvalidInput(InputProblem(NOT_CLOSED))
            rec.closed_on = None
            rec.close_reason = ""
            self._ws.audit.record(s, self._ws.user.account_id, "client.reopen", "client", rec.id)

    # -- the team leader's powers --------------------------------------------------------
    def delete(self, client_id: int) -> None:
        """Remove a client entered by mistake. One with any history is anonymised instead
        (the figures count their contacts); an emptied household goes too."""
        self._ws.require(Permission.DELETE_CLIENT)
        with self._ws.unit() as s:
            rec = s.get(ClientRecord, client_id)
            if rec is None:
                raise NotFound(f"no client {client_id}")
            if _has_history(s, client_id):
                raise InvalidInput(InputProblem(CLIENT_HAS_HISTORY))
            household = rec.household
            s.delete(rec)
            s.flush()
            self._ws.audit.record(s, self._ws.user.account_id, "client.delete", "client", client_id)
            if not s.scalar(select(func.count()).where(ClientRecord.household_id == household.id)):
                household_id = household.id
                if _has_history(s, household_id, table_fk="household"):
                    return
                s.delete(household)
                self._ws.audit.record(
                    s, self._ws.user.account_id, "household.delete", "household", household_id
                )

    def anonymise(self, client_id: int, today: date | None = None) -> None:
        """Remove what identifies the person; keep what the figures count (year of birth,
        sex, nationality, housing date, household, contacts). What goes and what stays is
        privacy.anonymise_client; the Privacy page also empties the WAL afterwards."""
        self._ws.require(Permission.ANONYMISE)
        today = today or date.today()
        with self._ws.unit() as s:
            rec = s.get(ClientRecord, client_id)
            if rec is None:
                raise NotFound(f"no client {client_id}")
            anonymise_client(s, rec, today)
            self._ws.audit.record(s, self._ws.user.account_id, "client.anonymise", "client", rec.id)

    def names(self, client_ids: Iterable[int]) -> dict[int, str]:
        """Display names of these clients ("" once anonymised; a deleted one is absent).

        For screens that hold only ids, such as the audit trail's viewer."""
        ids = sorted(set(client_ids))
        out: dict[int, str] = {}
        with self._ws.reading() as s:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for cid, first, last in s.execute(
                    select(ClientRecord.id, ClientRecord.first_name, ClientRecord.last_name).where(
                        ClientRecord.id.in_(chunk)
                    )
                ):
                    out[cid] = full_name(first, last)
        return out

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _editable(s: Session, client_id: int) -> ClientRecord:
        rec = s.get(ClientRecord, client_id)
        if rec is None or rec.anonymised_on is not None:
            raise NotFound(f"no client {client_id}")
        return rec


def _has_history(s: Session, entity_id: int, *, table_fk: str = "client") -> bool:
    """Does any other table point at this client (or household) with a key that would not
    simply be emptied? Found from the schema, so tables added later are covered too."""
    for table in Base.metadata.sorted_tables:
        if table.name in (table_fk, "audit_event"):
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name != table_fk or fk.ondelete in ("SET NULL", "CASCADE"):
                continue
            if table.name == "client" and table_fk == "household":
                continue  # the members were counted by the caller
            if s.scalar(select(func.count()).select_from(table).where(fk.parent == entity_id)):
                return True
    return False
