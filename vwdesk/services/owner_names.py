"""Names of checklist owners for lists: a household by its members, a client by name.

Services return names beside ids so the UI never looks anything up itself.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vwdesk.db.records import ClientRecord


def client_name_column():
    return ClientRecord.first_name + " " + ClientRecord.last_name


def household_names(s: Session, household_ids) -> dict[int, str]:
    """Each household as its members' names, oldest first ("Ahmad Haddad, Rania Haddad")."""
    ids = set(household_ids)
    if not ids:
        return {}
    rows = s.execute(
        select(ClientRecord.household_id, client_name_column())
        .where(ClientRecord.household_id.in_(ids))
        .order_by(ClientRecord.household_id, ClientRecord.birth_date, ClientRecord.id)
    ).all()
    names: dict[int, list[str]] = {i: [] for i in ids}
    for household_id, name in rows:
        names[household_id].append(name)
    return {i: ", ".join(n[:2]) + (" …" if len(n) > 2 else "") for i, n in names.items()}


def client_names(s: Session, client_ids) -> dict[int, str]:
    ids = set(client_ids)
    if not ids:
        return {}
    rows = s.execute(
        select(ClientRecord.id, client_name_column()).where(ClientRecord.id.in_(ids))
    ).all()
    return dict(rows)


def owner_names(s: Session, rows) -> dict[tuple[int | None, int | None], str]:
    """Names for (household_id, client_id) pairs of checklists."""
    households = household_names(s, {h for h, c in rows if c is None and h is not None})
    clients = client_names(s, {c for _h, c in rows if c is not None})
    return {(h, c): clients.get(c, "") if c is not None else households.get(h, "") for h, c in rows}
