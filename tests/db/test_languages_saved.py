"""Languages spoken, through the services that save clients and volunteers and the importer:
names or codes in, codes stored, a word that is no language refused with nothing saved, and
an older file's free text kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.db.test_import import FIXTURE, edit, read_fixture, write_folder
from vwdesk.db.records import ClientRecord
from vwdesk.domain.clients import ClientInput, HouseholdInput
from vwdesk.domain.errors import InvalidInput
from vwdesk.domain.languages import UNKNOWN_LANGUAGE
from vwdesk.domain.team import VolunteerInput
from vwdesk.services.workspace import Workspace

HOUSED = date(2017, 3, 1)


def amal(**kw) -> ClientInput:
    return ClientInput("Amal", "Haddad", date(1985, 2, 3), "F", "SY", **kw)


def register(ws: Workspace, *members: ClientInput) -> list[int]:
    detail = ws.households.register(HouseholdInput(HOUSED, "Hoefweg 12"), list(members))
    return [m.client_id for m in detail.members]


def test_a_client_is_saved_with_codes_and_an_unknown_word_saves_nothing(workspace: Workspace):
    (client,) = register(workspace, amal(languages="Arabisch, engels; Tigrinya"))
    assert workspace.clients.get(client).data.languages == "ar,en,ti"

    before = workspace.clients.get(client).data
    with pytest.raises(InvalidInput) as refused:
        workspace.clients.update(
            client, replace(before, phone="0612345678", languages="Dari, Klingon")
        )
    (problem,) = refused.value.problems
    assert (problem.message, problem.field, problem.value) == (
        UNKNOWN_LANGUAGE,
        "languages",
        "Klingon",
    )
    assert workspace.clients.get(client).data == before  # not the phone either

    workspace.clients.update(client, replace(before, languages="Farsi, Dari"))
    assert workspace.clients.get(client).data.languages == "fa,prs"


def test_every_member_of_a_new_household_is_checked_before_anything_is_saved(
    workspace: Workspace,
):
    with pytest.raises(InvalidInput) as refused:
        register(
            workspace,
            amal(languages="Arabisch"),
            replace(amal(languages="Elfs"), first_name="Omar"),
        )
    (problem,) = refused.value.problems
    assert (problem.table, problem.row, problem.field, problem.value) == (
        "member",
        2,
        "languages",
        "Elfs",
    )
    assert workspace.clients.rows() == []


def test_an_older_files_free_text_is_kept_until_it_is_changed(workspace: Workspace):
    (client,) = register(workspace, amal())
    with workspace.unit() as s:  # as an older version stored what was typed
        s.get(ClientRecord, client).languages = "Arabisch (goed), wat Engels"
    data = workspace.clients.get(client).data
    assert data.languages == "Arabisch (goed), wat Engels"

    workspace.clients.update(client, replace(data, phone="0612345678"))
    assert workspace.clients.get(client).data.languages == "Arabisch (goed),wat Engels"
    workspace.clients.update(client, replace(data, languages="Arabisch (goed), wat Engels, Turks"))
    assert workspace.clients.get(client).data.languages == "Arabisch (goed),wat Engels,tr"
    with pytest.raises(InvalidInput):
        workspace.clients.update(client, replace(data, languages="Arabisch (heel goed)"))


def test_a_volunteer_is_saved_with_codes(workspace: Workspace):
    anna = workspace.team.add(
        VolunteerInput("Anna", "de Vries", date(2016, 1, 1), languages="Nederlands, Arabisch")
    )
    assert anna.data.languages == "nl,ar"
    with pytest.raises(InvalidInput) as refused:
        workspace.team.update(
            anna.volunteer_id, replace(anna.data, area="Berkel", languages="nl, Marsiaans")
        )
    assert refused.value.problems[0].value == "Marsiaans"
    assert workspace.team.volunteer(anna.volunteer_id).data == anna.data
    with pytest.raises(InvalidInput):
        workspace.team.add(VolunteerInput("Bram", "Bos", date(2016, 1, 1), languages="Elfs"))
    assert len(workspace.team.volunteers()) == 1

    workspace.home_visits.update_pool_member(anna.volunteer_id, in_pool=True, languages="en; de")
    assert workspace.team.volunteer(anna.volunteer_id).data.languages == "en,de"
    with pytest.raises(InvalidInput):
        workspace.home_visits.update_pool_member(anna.volunteer_id, in_pool=False, languages="x?")
    assert workspace.team.volunteer(anna.volunteer_id).data.home_visit_pool
    (pool,) = workspace.home_visits.pool(date(2017, 1, 1))
    assert pool.languages == "en,de"


def test_the_import_reads_names_or_codes_and_keeps_other_text(workspace: Workspace, tmp_path: Path):
    tables = read_fixture(FIXTURE)  # C1 and C2 speak "Arabisch"
    tables = edit(tables, "clients", 4, "language", "arabic and English")
    tables = edit(tables, "clients", 5, "language", "Arabisch (een beetje)")
    tables = edit(tables, "clients", 6, "language", "ti,ar")
    workspace.importer.run(write_folder(tables, tmp_path / "csv"))
    with workspace.reading() as s:
        stored = dict(s.execute(select(ClientRecord.ref, ClientRecord.languages)).all())
    assert stored == {
        "C1": "ar", "C2": "ar", "C3": "ar,en", "C4": "Arabisch (een beetje)", "C5": "ti,ar"
    }  # fmt: skip
    # The same file again changes no client.
    again = workspace.importer.run(write_folder(tables, tmp_path / "csv"))
    assert (again.tables["clients"].added, again.tables["clients"].updated) == (0, 0)
