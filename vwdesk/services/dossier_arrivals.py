"""Family members who arrived become clients of the referent's household (nareizigers).

They get their own housing date, so they count as housed in that year and
add no dwelling; the client rules and search key are the client service's
own (services/clients.py), so an arrival is a client like any other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord, HouseholdRecord, ReunificationDossierRecord
from vwdesk.domain.countries import is_country
from vwdesk.domain.dossiers import ArrivalDraft
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.validation import client_problems
from vwdesk.services.client_records import apply_input

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace


def register_arrivals(
    ws: Workspace,
    s: Session,
    dossier: ReunificationDossierRecord,
    arrivals: list[ArrivalDraft] | tuple[ArrivalDraft, ...],
    today: date,
) -> list[int]:
    """Check every arrival first (all problems at once, by row), then add them; their ids."""
    if not arrivals:
        return []
    referent = s.get(ClientRecord, dossier.client_id)
    household = s.get(HouseholdRecord, referent.household_id)
    members = {m.id: m for m in dossier.members}
    problems: list[InputProblem] = []
    seen: set[int] = set()
    for row, arrival in enumerate(arrivals, start=1):
        found = client_problems(arrival.client_input(), today, known_country=is_country)
        member = members.get(arrival.family_member_id)
        if member is None or arrival.family_member_id in seen:
            found.append(InputProblem("not a family member of this dossier"))
        elif member.client_id is not None:
            found.append(InputProblem("already registered as a client"))
        if arrival.housed_on < household.housed_on:
            found.append(InputProblem("housed before the household itself", field="housed_on"))
        seen.add(arrival.family_member_id)
        problems += [replace(p, row=row) for p in found]
    if problems:
        raise InvalidInput(problems)
    created = []
    for arrival in arrivals:
        member = members[arrival.family_member_id]
        client = ClientRecord(household=household)
        apply_input(client, arrival.client_input(), household)
        s.add(client)
        s.flush()
        member.client_id = client.id
        if member.birth_date is None:
            member.birth_date = arrival.birth_date
        ws.audit.record(
            s,
            ws.user.account_id,
            "client.add",
            "client",
            client.id,
            {"household_id": household.id, "dossier_id": dossier.id, "family_member_id": member.id},
        )
        created.append(client.id)
    return created
