"""Importing the template: every rule of shared/spec/import-and-cli.md, on real files.

A rejected file must leave the data file exactly as it was: each rejection
test compares a fingerprint of every table before and after.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import threading
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, text

from tests.conftest import PASSWORD
from vwdesk.db.records import (
    AuditEventRecord,
    Base,
    ChecklistItemRecord,
    ClientRecord,
    ContactRecord,
    HouseholdRecord,
    LocationRecord,
    PartnerRecord,
    VolunteerRecord,
)
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import InvalidInput, PermissionDenied
from vwdesk.domain.import_contract import table as spec
from vwdesk.services.importing import ImportCancelled
from vwdesk.services.workspace import Workspace

FIXTURE = Path(__file__).parent.parent / "fixtures" / "import" / "small"
Tables = dict[str, list[list[str]]]


# -- helpers (also used by the other import tests) -----------------------------------------
def read_fixture(folder: Path = FIXTURE) -> Tables:
    """table -> rows (the header first), as text."""
    out = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            out[path.stem] = [list(r) for r in csv.reader(f)]
    return out


def write_folder(tables: Tables, folder: Path, *, delimiter=",", bom=False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (folder / f"{name}.csv").open(
            "w", encoding="utf-8-sig" if bom else "utf-8", newline=""
        ) as f:
            csv.writer(f, delimiter=delimiter).writerows(rows)
    return folder


def write_zip(tables: Tables, path: Path) -> Path:
    folder = write_folder(tables, path.with_suffix(".d"), delimiter=";", bom=True)
    with zipfile.ZipFile(path, "w") as zf:
        for p in folder.iterdir():
            zf.write(p, f"export/{p.name}")
    return path


def write_xlsx(tables: Tables, path: Path, *, excel_dates: bool = False) -> Path:
    """A plain workbook, as a team's own spreadsheet would be (no label row, no example)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        header = rows[0]
        for row in rows:
            cells: list[object] = list(row)
            if excel_dates and row is not header:
                cells = [_excel_value(name, key, v) for key, v in zip(header, row, strict=True)]
            ws.append(cells)
    wb.save(path)
    return path


def _excel_value(table: str, key: str, value: str) -> object:
    """What Excel makes of a typed cell: real dates and numbers."""
    if not value:
        return None
    kind = spec(table).column(key).kind.value
    if kind in ("date", "past_date"):
        from vwdesk.domain.parsing import parse_date

        return parse_date(value, key)
    if kind == "int":
        return int(value)
    return value


def fingerprint(ws: Workspace) -> dict[str, str]:
    """A hash of every row of every table (the audit trail aside): equal means untouched."""
    out = {}
    with ws.reading() as s:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_event":
                continue
            rows = s.execute(text(f'SELECT * FROM "{table.name}" ORDER BY 1')).all()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def edit(tables: Tables, table: str, row: int, column: str, value: str) -> Tables:
    """A copy with one cell changed; `row` as the user sees it (2 = the first data row)."""
    copy = {k: [list(r) for r in v] for k, v in tables.items()}
    header = copy[table][0]
    copy[table][row - 1][header.index(column)] = value
    return copy


def rejected(ws: Workspace, source: Path) -> list:
    before = fingerprint(ws)
    with pytest.raises(InvalidInput) as info:
        ws.importer.run(source)
    assert fingerprint(ws) == before, "a rejected file changed the data file"
    return info.value.problems


def only(problems, table: str, row: int | None, field: str | None, words: str) -> None:
    matching = [p for p in problems if (p.table, p.row, p.field) == (table, row, field)]
    assert matching, f"no problem at {table} row {row} {field}: {problems}"
    assert any(words in p.message for p in matching), matching


# -- a whole file ------------------------------------------------------------------------
def test_a_folder_of_csv_imports_every_table(workspace: Workspace):
    summary = workspace.importer.run(FIXTURE)
    added = {k: c.added for k, c in summary.tables.items()}
    assert added == {
        "households": 3, "clients": 5, "volunteers": 3, "locations": 2, "sessions": 3,
        "contacts": 5, "dossiers": 2, "family_members": 2, "trajectories": 2, "projects": 2,
        "referrals": 3, "targets": 2, "checklists": 1, "checklist_items": 2,
    }  # fmt: skip
    assert summary.created == {"locations": 1, "partners": 1, "projects": 1}
    with workspace.reading() as s:
        clients = {c.ref: c for c in s.scalars(select(ClientRecord))}
        assert clients["C1"].nationality == "SY"  # from "Syrië"
        assert clients["C5"].nationality == "SY"  # from "Syrian Arab Republic"
        assert clients["C1"].housed_on == date(2017, 3, 1)  # the household's
        assert clients["C2"].birth_date == date(2012, 12, 12)  # DD-MM-YYYY
        assert clients["C1"].contact_volunteer_id is not None
        assert "haddad" in clients["C1"].search_key  # found by the tolerant search
        households = {h.ref: h for h in s.scalars(select(HouseholdRecord))}
        assert households["H2"].housed_on == date(2017, 6, 15)
        volunteers = {v.ref: v for v in s.scalars(select(VolunteerRecord))}
        assert (volunteers["V2"].paid, volunteers["V2"].legal) == (False, True)
        assert volunteers["V3"].paid is True
        assert {loc.name for loc in s.scalars(select(LocationRecord))} >= {"Bibliotheek"}
        assert "Nieuwe Partner" in set(s.scalars(select(PartnerRecord.name)))
        anonymous = s.scalars(select(ContactRecord).where(ContactRecord.client_id.is_(None)))
        assert len(anonymous.all()) == 2  # two info-point contacts on one day: two contacts
        arrangement = s.scalar(
            select(ChecklistItemRecord).where(ChecklistItemRecord.key == "payment_arrangement")
        )
        assert (arrangement.status, arrangement.amount_cents) == ("done", 25000)
    # The figures service reads what was imported.
    figures = workspace.figures.compute(2017)
    assert figures.housed.total == 4 and figures.target.target == 80
    assert figures.referrals.by_partner == {"Taalhuis": 2, "Nieuwe Partner": 1}


def test_the_same_file_twice_changes_nothing(workspace: Workspace):
    workspace.importer.run(FIXTURE)
    before = fingerprint(workspace)
    again = workspace.importer.run(FIXTURE)
    after = fingerprint(workspace)
    # Only the two contacts without a contact_ref are added again, as the contract says.
    assert again.tables["contacts"].added == 2
    assert {k: c.added + c.updated for k, c in again.tables.items() if k != "contacts"} == {
        k: 0 for k in again.tables if k != "contacts"
    }
    assert not again.created
    assert {k for k in before if before[k] != after[k]} == {"contact"}


@pytest.mark.parametrize("form", ["zip", "xlsx", "xlsx_excel_cells", "semicolons_bom", "dutch"])
def test_every_form_of_the_file_reads_the_same(workspace: Workspace, tmp_path: Path, form: str):
    tables = read_fixture()
    if form == "zip":
        source = write_zip(tables, tmp_path / "import.zip")
    elif form == "xlsx":
        source = write_xlsx(tables, tmp_path / "import.xlsx")
    elif form == "xlsx_excel_cells":
        source = write_xlsx(tables, tmp_path / "import.xlsx", excel_dates=True)
    elif form == "semicolons_bom":
        source = write_folder(tables, tmp_path / "csv", delimiter=";", bom=True)
    else:  # Dutch labels as headers, and the Dutch sheet names
        dutch = {}
        for name, rows in tables.items():
            t = spec(name)
            dutch[t.label] = [[t.column(k).label for k in rows[0]], *rows[1:]]
        source = write_xlsx(dutch, tmp_path / "nl.xlsx")
    summary = workspace.importer.run(source)
    assert {k: c.added for k, c in summary.tables.items()} == {
        k: len(rows) - 1 for k, rows in tables.items()
    }
    with workspace.reading() as s:
        c2 = s.scalar(select(ClientRecord).where(ClientRecord.ref == "C2"))
        assert c2.birth_date == date(2012, 12, 12)


def test_a_changed_row_is_updated_and_an_absent_column_left_alone(
    workspace: Workspace, tmp_path: Path
):
    workspace.importer.run(FIXTURE)
    tables = edit(read_fixture(), "households", 2, "city", "Pijnacker")
    header = tables["clients"][0]
    phone = header.index("phone")
    tables["clients"] = [[c for i, c in enumerate(r) if i != phone] for r in tables["clients"]]
    summary = workspace.importer.run(write_folder(tables, tmp_path / "v2"))
    assert summary.tables["households"].updated == 1
    assert summary.tables["clients"].updated == 0  # phone absent: kept, not cleared
    with workspace.reading() as s:
        c1 = s.scalar(select(ClientRecord).where(ClientRecord.ref == "C1"))
        assert c1.phone == "0612345678"
        assert "pijnacker" in c1.search_key  # the household's new city is searchable


DETAILS = ("languages", "area", "phone", "email", "trained", "availability")


def volunteer_details(ws: Workspace) -> dict[str, tuple]:
    with ws.reading() as s:
        rows = s.scalars(select(VolunteerRecord))
        return {v.ref: tuple(getattr(v, f) for f in DETAILS) for v in rows}


def with_volunteer_details(tables: Tables) -> Tables:
    """The fixture with the volunteer columns beyond the contract, in each accepted form."""
    for column, values in {
        "languages": {2: "Nederlands, Engels, Tigrinya", 3: "ar; fa", 4: "Arabisch (goed)"},
        "area": {2: "Berkel en Rodenrijs", 3: "Bleiswijk"},
        "phone": {2: "06-12345678", 3: "+31 10 123 4567"},
        "email": {2: "anna@example.org", 3: "bram@example"},  # the team form takes that too
        "trained": {2: "ja", 3: "nee", 4: "yes"},
        "available_days": {2: "maandag en donderdag", 3: "mon,thu", 4: "ma-vr"},
    }.items():
        tables = with_column(tables, "volunteers", column, values)
    return tables


def test_volunteer_details_beyond_the_contract(workspace: Workspace, tmp_path: Path):
    workspace.importer.run(write_folder(with_volunteer_details(read_fixture()), tmp_path / "v"))
    assert volunteer_details(workspace) == {
        "V1": ("nl,en,ti", "Berkel en Rodenrijs", "06-12345678", "anna@example.org", True, "14"),
        "V2": ("ar,fa", "Bleiswijk", "+31 10 123 4567", "bram@example", False, "14"),
        "V3": ("Arabisch (goed)", "", "", "", True, "12345"),  # free text kept, as for clients
    }
    # What was read is what the team form shows, and it saves again unchanged.
    v1 = next(v for v in workspace.team.volunteers() if v.data.first_name == "Anna")
    assert (v1.data.availability, v1.data.languages) == ((1, 4), "nl,en,ti")


def test_a_file_without_the_new_columns_imports_as_before_and_leaves_them_alone(
    workspace: Workspace, tmp_path: Path
):
    workspace.importer.run(FIXTURE)  # the contract's columns only
    assert set(volunteer_details(workspace).values()) == {("", "", "", "", False, "")}
    workspace.importer.run(write_folder(with_volunteer_details(read_fixture()), tmp_path / "v"))
    details = volunteer_details(workspace)
    before = fingerprint(workspace)
    again = workspace.importer.run(FIXTURE)
    assert again.tables["volunteers"].updated == 0 and again.tables["volunteers"].unchanged == 3
    assert volunteer_details(workspace) == details
    assert fingerprint(workspace)["volunteer"] == before["volunteer"]
    # An empty cell of a column that is there clears the value.
    cleared = with_column(read_fixture(), "volunteers", "phone", {})
    cleared = with_column(cleared, "volunteers", "available_days", {})
    cleared = with_column(cleared, "volunteers", "trained", {})
    summary = workspace.importer.run(write_folder(cleared, tmp_path / "c"))
    assert summary.tables["volunteers"].updated == 3
    after = volunteer_details(workspace)
    assert after["V1"] == ("nl,en,ti", "Berkel en Rodenrijs", "", "anna@example.org", False, "")


def test_each_bad_volunteer_cell_is_one_problem(untouched: Workspace, tmp_path: Path):
    tables = with_column(read_fixture(), "volunteers", "phone", {2: "12", 3: "0612345678"})
    tables = with_column(tables, "volunteers", "email", {2: "geen", 4: "hanneke@example.org"})
    tables = with_column(tables, "volunteers", "available_days", {2: "elke dag", 3: "ma, do"})
    problems = rejected(untouched, write_folder(tables, tmp_path / "bad"))
    assert [(p.table, p.row, p.field) for p in problems] == [
        ("volunteers", 2, "phone"),
        ("volunteers", 2, "email"),
        ("volunteers", 2, "available_days"),
    ]
    assert problems[2].message.startswith("available_days 'elke dag' is not a weekday")


def test_persons_are_never_merged_by_name(workspace: Workspace, tmp_path: Path):
    workspace.importer.run(FIXTURE)
    tables = read_fixture()
    twin = ["C9", *tables["clients"][1][1:]]  # Amal Haddad again, under another ref
    folder = write_folder(
        {"households": tables["households"], "clients": [tables["clients"][0], twin]},
        tmp_path / "twin",
    )
    assert workspace.importer.run(folder).tables["clients"].added == 1
    with workspace.reading() as s:
        names = s.execute(select(ClientRecord.first_name).where(ClientRecord.last_name == "Haddad"))
        assert [n for (n,) in names].count("Amal") == 2


def test_names_of_places_partners_and_projects_match_loosely(workspace: Workspace, tmp_path: Path):
    workspace.importer.run(FIXTURE)
    tables = {
        "sessions": [
            ["session_ref", "kind", "location", "date"],
            ["S9", "walk_in", "  de HERGERBORCH ", "2017-04-03"],
        ],
        "referrals": [["client_ref", "partner", "date"], ["C1", "taalhuis", "2017-04-11"]],
    }
    summary = workspace.importer.run(write_folder(tables, tmp_path / "loose"))
    assert summary.created == {}


# -- every rule, and nothing written --------------------------------------------------------
Mutation = Callable[[Tables], Tables]


@pytest.fixture(scope="module")
def untouched(tmp_path_factory):
    """One file for every rejection test: a rejected file leaves it as it was (checked)."""
    path = tmp_path_factory.mktemp("rules") / "rules.vwdesk"
    ws, _ = Workspace.create(path, "teamleider", PASSWORD)
    yield ws
    ws.close()


def _drop_column(table: str, column: str) -> Mutation:
    def drop(tables: Tables) -> Tables:
        i = tables[table][0].index(column)
        return {**tables, table: [[c for j, c in enumerate(r) if j != i] for r in tables[table]]}

    return drop


def _set(table: str, row: int, column: str, value: str) -> Mutation:
    return lambda t: edit(t, table, row, column, value)


def _duplicate_row(table: str, row: int) -> Mutation:
    return lambda t: {**t, table: [*t[table], list(t[table][row - 1])]}


def with_column(tables: Tables, table: str, column: str, values: dict[int, str]) -> Tables:
    """A copy with `column` added to `table` (empty), then `values` by row as the user sees it."""
    copy = {k: [list(r) for r in v] for k, v in tables.items()}
    rows = copy[table]
    rows[0].append(column)
    for r in rows[1:]:
        r.append("")
    for row, value in values.items():
        rows[row - 1][-1] = value
    return copy


def _set_new(table: str, row: int, column: str, value: str) -> Mutation:
    """One cell of a column the fixture does not have (an extension of the contract)."""
    return lambda t: with_column(t, table, column, {row: value})


def _add_column(table: str, name: str) -> Mutation:
    return lambda t: {**t, table: [[*r, name if i == 0 else "x"] for i, r in enumerate(t[table])]}


RULES: list[tuple[str, Mutation, tuple[str, int | None, str | None, str]]] = [
    ("unknown ref", _set("contacts", 2, "client_ref", "C99"),
     ("contacts", 2, "client_ref", "client_ref C99 is not a client")),
    ("unknown household", _set("clients", 3, "household_ref", "H9"),
     ("clients", 3, "household_ref", "household_ref H9 is not a household")),
    ("duplicate ref", _duplicate_row("clients", 2),
     ("clients", 7, "client_ref", "client_ref C1 appears twice (also on row 2)")),
    ("duplicate identity", _duplicate_row("trajectories", 2),
     ("trajectories", 4, None, "this row repeats row 2")),
    ("future date", _set("contacts", 6, "date", "2099-01-01"),
     ("contacts", 6, "date", "date 2099-01-01 lies in the future")),
    ("future birth", _set("clients", 2, "birth_date", "01-01-2099"),
     ("clients", 2, "birth_date", "lies in the future")),
    ("closed before opened", _set("dossiers", 2, "closed_on", "2017-01-01"),
     ("dossiers", 2, "closed_on", "closed_on 2017-01-01 lies before opened_on 2017-04-03")),
    ("outcome required with closed_on", _set("dossiers", 2, "outcome", ""),
     ("dossiers", 2, "outcome", "outcome is empty; it is required with closed_on")),
    ("contact date differs from its session", _set("contacts", 2, "date", "2017-03-08"),
     ("contacts", 2, "date", "differs from the date of session S1 (2017-03-06)")),
    ("anonymous only at the info point", _set("contacts", 2, "client_ref", ""),
     ("contacts", 2, "client_ref", "only info_point contacts may be anonymous")),
    ("not a date", _set("clients", 2, "birth_date", "31-02-1990"),
     ("clients", 2, "birth_date", "birth_date 31-02-1990 is not a date")),
    ("not a choice", _set("clients", 2, "sex", "Q"),
     ("clients", 2, "sex", "sex Q is not one of M, F, X")),
    ("not a country", _set("clients", 2, "nationality", "Narnia"),
     ("clients", 2, "nationality", "nationality Narnia is not a country")),
    ("not yes or no", _set("volunteers", 2, "paid", "misschien"),
     ("volunteers", 2, "paid", "paid misschien is not yes or no")),
    ("not a time", _set("sessions", 2, "start", "25:00"),
     ("sessions", 2, "start", "start 25:00 is not a time of day")),
    ("end before start", _set("sessions", 2, "end", "13:00"),
     ("sessions", 2, "end", "end 13:00 is not after start 14:00")),
    ("not a number", _set("contacts", 2, "minutes", "twintig"),
     ("contacts", 2, "minutes", "minutes twintig is not a whole number")),
    ("number beyond 64 bits", _set("contacts", 2, "minutes", "99999999999999999999"),
     ("contacts", 2, "minutes", "minutes 99999999999999999999 is too large")),
    ("amount beyond 64 bits", _set("checklist_items", 2, "amount", "100000000000000000,00"),
     ("checklist_items", 2, "amount", "amount 100000000000000000,00 is too large")),
    ("required cell empty", _set("clients", 2, "last_name", ""),
     ("clients", 2, "last_name", "last_name is empty; it is required")),
    ("required column missing", _drop_column("clients", "sex"),
     ("clients", 1, "sex", "the required column sex is missing")),
    ("unknown column", _add_column("clients", "adres"),
     ("clients", 1, "adres", "the column adres is not known")),
    ("period ends before it starts", _set("volunteers", 3, "active_until", "2015-01-01"),
     ("volunteers", 3, "active_until", "lies before active_from")),
    ("item not on the checklist", _set("checklist_items", 2, "item", "lottery"),
     ("checklist_items", 2, "item", "item lottery is not on this checklist")),
    ("not a weekday", _set_new("volunteers", 3, "available_days", "zondagmiddag"),
     ("volunteers", 3, "available_days", "available_days 'zondagmiddag' is not a weekday")),
    ("not weekdays", _set_new("volunteers", 2, "available_days", "ma, avond, weekend"),
     ("volunteers", 2, "available_days", "available_days 'avond', 'weekend' are not weekdays")),
    ("not a phone number", _set_new("volunteers", 2, "phone", "06-1234"),
     ("volunteers", 2, "phone", "phone 06-1234 is not a phone number (10 to 15 digits)")),
    ("not an e-mail address", _set_new("volunteers", 4, "email", "anna.jansen.nl"),
     ("volunteers", 4, "email", "email anna.jansen.nl is not an e-mail address")),
    ("trained not yes or no", _set_new("volunteers", 2, "trained", "bijna"),
     ("volunteers", 2, "trained", "trained bijna is not yes or no")),
]  # fmt: skip


@pytest.mark.parametrize("mutate, where", [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule_rejects_the_file_and_writes_nothing(
    untouched: Workspace, tmp_path: Path, mutate: Mutation, where
):
    problems = rejected(untouched, write_folder(mutate(read_fixture()), tmp_path / "bad"))
    only(problems, *where)


def test_every_problem_is_listed_not_only_the_first(untouched: Workspace, tmp_path: Path):
    tables = edit(read_fixture(), "clients", 2, "birth_date", "31-02-1990")
    tables = edit(tables, "contacts", 3, "client_ref", "C77")
    tables = edit(tables, "dossiers", 2, "closed_on", "2017-01-01")
    problems = rejected(untouched, write_folder(tables, tmp_path / "bad"))
    assert [(p.table, p.row, p.field) for p in problems] == [
        ("clients", 2, "birth_date"),
        ("contacts", 3, "client_ref"),
        ("dossiers", 2, "closed_on"),
    ]


def test_an_anonymised_client_is_not_filled_in_again(workspace: Workspace, tmp_path: Path):
    workspace.importer.run(FIXTURE)
    with workspace.reading() as s:
        c4 = s.scalar(select(ClientRecord.id).where(ClientRecord.ref == "C4"))
    workspace.clients.anonymise(c4)
    problems = rejected(workspace, FIXTURE)
    only(problems, "clients", 5, "client_ref", "was anonymised")


def test_a_file_that_is_no_template(untouched: Workspace, tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello")
    problems = rejected(untouched, tmp_path / "notes.txt")
    assert "not an .xlsx workbook" in problems[0].message
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    assert "cannot be read" in rejected(untouched, junk)[0].message


def test_a_file_that_breaks_off_is_rejected(untouched: Workspace, tmp_path: Path):
    """UTF-8 at the start (so read as UTF-8), broken bytes after the first 64 KiB."""
    tables = read_fixture()
    tables["referrals"] += [["C1", "Taalhuis", "2017-04-12", "Ééntje"]] * 3000
    folder = write_folder(tables, tmp_path / "broken")
    with (folder / "referrals.csv").open("ab") as f:
        f.write(b"C1,Taalhuis,2017-04-12,\xff\xfe bad bytes\n")
    problems = rejected(untouched, folder)
    assert any(p.table == "referrals" and "cannot be read after row" in p.message for p in problems)


# -- who, and how it runs -------------------------------------------------------------------
def test_volunteers_may_not_import(workspace: Workspace, new_file: Path):
    workspace.accounts.add("vrijwilliger", PASSWORD, Role.VOLUNTEER)
    workspace.close()
    ws = Workspace.open(new_file, "vrijwilliger", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ws.importer.run(FIXTURE)
        with pytest.raises(PermissionDenied):
            ws.importer.inspect(FIXTURE)
    finally:
        ws.close()


def test_inspect_counts_and_checks_without_writing(workspace: Workspace, tmp_path: Path):
    before = fingerprint(workspace)
    preview = workspace.importer.inspect(FIXTURE)
    assert preview.ok and preview.summary.tables["clients"].added == 5
    bad = workspace.importer.inspect(
        write_folder(edit(read_fixture(), "contacts", 2, "client_ref", "C99"), tmp_path / "b")
    )
    assert not bad.ok and bad.problems[0].field == "client_ref"
    assert fingerprint(workspace) == before


def test_progress_and_cancel(workspace: Workspace):
    seen: list[tuple[int, int]] = []
    workspace.importer.run(FIXTURE, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == sum(len(r) - 1 for r in read_fixture().values())
    assert all(done <= total for done, total in seen)

    before = fingerprint(workspace)
    stop = threading.Event()
    stop.set()
    with pytest.raises(ImportCancelled):
        workspace.importer.run(FIXTURE, cancel=stop)
    assert fingerprint(workspace) == before


def test_the_audit_trail_holds_counts_not_names(workspace: Workspace):
    workspace.importer.run(FIXTURE)
    with workspace.reading() as s:
        event = s.scalar(select(AuditEventRecord).where(AuditEventRecord.action == "import"))
    detail = json.loads(event.detail)
    assert detail["tables"]["clients"] == {"added": 5, "updated": 0, "unchanged": 0}
    assert "Haddad" not in event.detail and "Amal" not in event.detail


def test_a_single_csv_file_and_an_example_row_left_in(workspace: Workspace, tmp_path: Path):
    tables = read_fixture()
    t = spec("volunteers")
    example = [str(t.column(k).example) for k in tables["volunteers"][0]]
    labels = [t.column(k).label for k in tables["volunteers"][0]]
    rows = [tables["volunteers"][0], labels, example, *tables["volunteers"][1:]]
    path = tmp_path / "volunteers.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    summary = workspace.importer.run(path)
    assert summary.tables == {"volunteers": summary.tables["volunteers"]}
    assert summary.tables["volunteers"].added == 3  # the label and example rows skipped
    shutil.rmtree(tmp_path, ignore_errors=True)
