"""Mutated files (cells blanked, dates garbled, refs swapped, rows duplicated or dropped):
each imports completely or is rejected with listed problems; never a partial write,
never an uncaught exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.conftest import PASSWORD
from tests.db.test_import import FIXTURE, Tables, fingerprint, read_fixture, write_folder
from vwdesk.db.records import Base
from vwdesk.domain.errors import InvalidInput
from vwdesk.services.workspace import Workspace

# The database table each template table adds its rows to.
STORED_IN = {
    "households": "household", "clients": "client", "volunteers": "volunteer",
    "sessions": "consultation_session", "contacts": "contact",
    "dossiers": "reunification_dossier", "family_members": "family_member",
    "trajectories": "trajectory", "projects": "project_membership", "referrals": "referral",
    "targets": "housing_target", "checklists": "checklist",
}  # fmt: skip
BAD_VALUES = ("", "31-02-2017", "2017-13-01", "gisteren", "2099-01-01", "X9", "-1", "ja", "0")


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """One file that starts with the fixture imported, so rows are found as well as added."""
    path = tmp_path_factory.mktemp("mutations") / "m.vwdesk"
    ws, _ = Workspace.create(path, "teamleider", PASSWORD)
    ws.importer.run(FIXTURE)
    yield ws
    ws.close()


def _counts(ws: Workspace) -> dict[str, int]:
    with ws.reading() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


@st.composite
def mutated(draw) -> Tables:
    tables = read_fixture()
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(sorted(tables)))
        rows = tables[name]
        if len(rows) < 2:
            continue
        header, body = rows[0], rows[1:]
        i = draw(st.integers(0, len(body) - 1))
        col = draw(st.integers(0, len(header) - 1))
        op = draw(st.sampled_from(["set", "text", "swap", "duplicate", "drop", "ref"]))
        if op == "set":
            body[i][col] = draw(st.sampled_from(BAD_VALUES))
        elif op == "text":
            body[i][col] = draw(st.text(max_size=8))
        elif op == "swap":
            j = draw(st.integers(0, len(body) - 1))
            body[i][col], body[j][col] = body[j][col], body[i][col]
        elif op == "duplicate":
            body.append(list(body[i]))
        elif op == "drop":
            del body[i]
        else:  # a ref of another table in this table's ref column
            refs = [r[0] for t in ("clients", "volunteers", "households") for r in tables[t][1:]]
            body[i][col] = draw(st.sampled_from(refs))
        tables[name] = [header, *body]
    return tables


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tables=mutated(), delimiter=st.sampled_from([",", ";"]))
def test_all_or_nothing(ws: Workspace, tables: Tables, delimiter: str):
    before, counts = fingerprint(ws), _counts(ws)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(tables, Path(tmp) / "f", delimiter=delimiter, bom=True)
        try:
            summary = ws.importer.run(folder)
        except InvalidInput as exc:
            assert exc.problems and all(str(p) for p in exc.problems)
            assert fingerprint(ws) == before, "a rejected file changed the data file"
            return
    after = _counts(ws)
    for key, table in STORED_IN.items():
        added = summary.tables[key].added if key in summary.tables else 0
        assert after[table] - counts[table] == added, key
