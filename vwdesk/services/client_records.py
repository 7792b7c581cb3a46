"""A client's form onto their record and back, and the search key kept beside it.

Shared by the services that write clients: the clients list and form
(clients.py), registering and moving households (households.py) and arrived
family members (dossier_arrivals.py), so a client is validated, copied and
given a search key the same way whichever screen wrote them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord, HouseholdRecord
from vwdesk.domain.clients import ClientInput
from vwdesk.domain.countries import is_country
from vwdesk.domain.languages import normalise_languages
from vwdesk.domain.names import EMPTY_KEY, SECTION, client_search_key
from vwdesk.domain.validation import client_problems, normalise_bsn, raise_if


def key_for(rec: ClientRecord, household: HouseholdRecord) -> str:
    """The client's search key (domain/names.py), from their own fields and the address."""
    if rec.anonymised_on is not None:
        return EMPTY_KEY
    return client_search_key(
        rec.first_name,
        rec.last_name,
        v_number=rec.v_number,
        phone=rec.phone,
        address=household.address,
        postcode=household.postcode,
        city=household.city,
    )


def check_client(inp: ClientInput, today: date, *, stored_languages: str = "") -> None:
    """Refuse the form with every problem in it; `stored_languages` is the record's value
    (older free text in it may be saved again as it is)."""
    raise_if(
        client_problems(inp, today, known_country=is_country, stored_languages=stored_languages)
    )


def apply_input(rec: ClientRecord, inp: ClientInput, household: HouseholdRecord) -> None:
    """Copy a validated form onto a record; empty dates and volunteers follow the household."""
    rec.first_name = inp.first_name.strip()
    rec.last_name = inp.last_name.strip()
    rec.birth_date = inp.birth_date
    rec.sex = inp.sex
    rec.nationality = inp.nationality.upper()
    rec.housed_on = inp.housed_on or household.housed_on
    rec.v_number = inp.v_number.strip()
    rec.bsn = normalise_bsn(inp.bsn)
    rec.phone = inp.phone.strip()
    rec.email = inp.email.strip()
    rec.languages = normalise_languages(inp.languages, keep=rec.languages or "")
    rec.permit_type = inp.permit_type.strip()
    rec.permit_expires_on = inp.permit_expires_on
    rec.integration_obliged = inp.integration_obliged
    rec.pvt_required = inp.pvt_required
    rec.pvt_course_on = inp.pvt_course_on
    rec.pvt_signed_on = inp.pvt_signed_on
    rec.contact_volunteer_id = inp.contact_volunteer_id
    rec.notes = inp.notes
    rec.search_key = key_for(rec, household)


def input_of(rec: ClientRecord, household: HouseholdRecord) -> ClientInput:
    return ClientInput(
        first_name=rec.first_name,
        last_name=rec.last_name,
        birth_date=rec.birth_date,
        sex=rec.sex,
        nationality=rec.nationality,
        housed_on=rec.housed_on,
        v_number=rec.v_number,
        bsn=rec.bsn,
        phone=rec.phone,
        email=rec.email,
        languages=rec.languages,
        permit_type=rec.permit_type,
        permit_expires_on=rec.permit_expires_on,
        integration_obliged=rec.integration_obliged,
        pvt_required=rec.pvt_required,
        pvt_course_on=rec.pvt_course_on,
        pvt_signed_on=rec.pvt_signed_on,
        contact_volunteer_id=rec.contact_volunteer_id,
        notes=rec.notes,
    )


def stale_search_keys():
    """Keys not made by the current rule (written by an older version, or by hand)."""
    return ~ClientRecord.search_key.contains(SECTION, autoescape=True)


def rebuild_search_keys(s: Session, *, only_stale: bool = True) -> int:
    """Recompute search keys (the stale ones, or all); returns how many were written."""
    query = select(ClientRecord, HouseholdRecord).join(ClientRecord.household)
    if only_stale:
        query = query.where(stale_search_keys())
    count = 0
    for rec, household in s.execute(query):
        rec.search_key = key_for(rec, household)
        count += 1
    return count
