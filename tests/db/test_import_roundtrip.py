"""The demo exported to the template format and imported into a new file: same figures.

This is the proof that the template holds everything the annual report
counts, and that the exporter and importer agree with each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_TODAY, PASSWORD
from vwdesk.db.records import VolunteerRecord
from vwdesk.services.workspace import Workspace

# The history, the year it was finished in, and the present the demo was built around.
YEARS = (2015, 2016, 2017, 2018, 2019, DEMO_TODAY.year)
# Everything the team form holds about a volunteer (the ref aside: the export gives one).
VOLUNTEER_FIELDS = (
    "first_name", "last_name", "active_from", "active_until", "role", "paid", "home_visit_pool",
    "legal", "trained", "languages", "area", "availability", "phone", "email",
)  # fmt: skip


def volunteers(ws: Workspace) -> list[tuple]:
    """Every volunteer's fields, in the order they were added (the export keeps it)."""
    with ws.reading() as s:
        rows = s.scalars(select(VolunteerRecord).order_by(VolunteerRecord.id))
        return [tuple(getattr(r, f) for f in VOLUNTEER_FIELDS) for r in rows]


@pytest.mark.parametrize("name", ["export.xlsx", "export.zip"])
def test_the_demo_reads_back_with_every_figure_equal(
    demo_workspace: Workspace, tmp_path: Path, name: str
):
    exported = tmp_path / name
    rows = demo_workspace.template_export.export(exported)
    assert rows["contacts"] > 1000 and rows["checklist_items"] > 0

    ws, _ = Workspace.create(tmp_path / "new.vwdesk", "teamleider", PASSWORD)
    try:
        summary = ws.importer.run(exported)
        assert {k: c.added for k, c in summary.tables.items()} == {
            k: n for k, n in rows.items() if n
        }
        for year in YEARS:
            assert ws.figures.compute(year).to_json() == (
                demo_workspace.figures.compute(year).to_json()
            ), year
        theirs, ours = volunteers(demo_workspace), volunteers(ws)
        assert ours == theirs
        # The demo's volunteers differ in every detail the template did not carry before.
        for at in range(VOLUNTEER_FIELDS.index("trained"), len(VOLUNTEER_FIELDS)):
            assert len({v[at] for v in theirs}) > 1, VOLUNTEER_FIELDS[at]
        if name.endswith(".zip"):  # reading the workbook twice only costs time
            assert not ws.importer.run(exported).changed
    finally:
        ws.close()


def test_an_export_never_overwrites(demo_workspace: Workspace, tmp_path: Path):
    from vwdesk.domain.errors import PathTaken

    (tmp_path / "taken.zip").write_bytes(b"")
    with pytest.raises(PathTaken):
        demo_workspace.template_export.export(tmp_path / "taken.zip")


def test_a_folder_export_is_csv_for_dutch_excel(demo_workspace: Workspace, tmp_path: Path):
    demo_workspace.template_export.export(tmp_path / "uit")
    raw = (tmp_path / "uit" / "clients.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfclient_ref;household_ref;first_name;")
