"""The importer's bulk writer (services/importing/store.py): rows go in as one JSON array
per chunk and come out exactly as they went in; found rows are updated or left alone."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
import sqlcipher3

from vwdesk.services.importing.store import ADDED, UNCHANGED, UPDATED, TableStore, Writer

NOW = "2026-01-01 00:00:00.000000"
TEXTS = [
    'quote " and backslash \\ and slash /',
    "new\nline, tab\t, carriage\rreturn",
    "Zoë, Ğül, Þór, ꦗꦮ, 中文, emoji 😀, U+2028 \u2028 U+2029 \u2029",
    "[1, 2]",
    '{"a": 1}',
    "null",
    "",
    "   spaces   ",
    "x" * 5000,
    "NUL \x00 inside, and an escape written out: \\u0000",
    "-0",
]


@pytest.fixture
def table() -> tuple[sa.Engine, sa.Table]:
    md = sa.MetaData()
    t = sa.Table(
        "thing",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ref", sa.String, unique=True),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("number", sa.Integer),
        sa.Column("note", sa.String, nullable=False, default=""),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    # One in-memory database, used by the writer's thread too, on SQLCipher's SQLite (the
    # one the import runs on: the standard library's may lack what the writer uses).
    engine = sa.create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        connect_args={"check_same_thread": False},
        poolclass=sa.pool.StaticPool,
    )
    md.create_all(engine)
    return engine, t


def _store(conn, t: sa.Table, *, threaded: bool) -> tuple[Writer, TableStore]:
    writer = Writer(conn, writing=True, threaded=threaded)
    return writer, TableStore(writer, t, ("ref", "text", "number"), ("text", "number"), now=NOW)


@pytest.mark.parametrize("threaded", [False, True])
def test_values_come_back_exactly_as_they_went_in(table, threaded: bool):
    engine, t = table
    numbers = [0, -5, 2**62, None, 1, None, 7, 12, None, 2**63 - 1, -(2**63)]
    rows = [(f"R{i}", t, n) for i, (t, n) in enumerate(zip(TEXTS, numbers, strict=True))]
    rows.append((None, "no ref", 7))
    with engine.begin() as conn:
        writer, store = _store(conn, t, threaded=threaded)
        pks, states = store.put([r[0] for r in rows], rows)
        writer.close()
        stored = conn.execute(sa.select(t).order_by(t.c.id)).all()
    assert pks == list(range(1, len(rows) + 1)) and states == [ADDED] * len(rows)
    assert [tuple(r[1:4]) for r in stored] == rows
    assert [r.id for r in stored] == pks
    assert {(r.note, r.created_at, r.updated_at) for r in stored} == {("", NOW, NOW)}
    typed = conn_types(engine)
    assert typed <= {"integer", "text", "null"} and "real" not in typed


def conn_types(engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT typeof(id), typeof(ref), typeof(text), typeof(number) FROM thing"
        ).all()
    return {kind for row in rows for kind in row}


def test_found_rows_are_updated_when_they_differ_and_new_ones_numbered_on(table):
    engine, t = table
    with engine.begin() as conn:
        writer, store = _store(conn, t, threaded=True)
        store.put(["A", "B"], [("A", "one", 1), ("B", "two", 2)])
        writer.close()
    with engine.begin() as conn:
        writer, store = _store(conn, t, threaded=True)
        pks, states = store.put(
            ["A", "C", "B"], [("A", "one", 1), ("C", "three", 3), ("B", "TWO", 2)]
        )
        writer.close()
        stored = conn.execute(sa.select(t.c.id, t.c.ref, t.c.text).order_by(t.c.id)).all()
    assert states == [UNCHANGED, ADDED, UPDATED]
    assert pks == [1, 3, 2]
    assert [tuple(r) for r in stored] == [(1, "A", "one"), (2, "B", "TWO"), (3, "C", "three")]


def test_a_refused_row_raises_on_the_importing_thread(table):
    engine, t = table
    with engine.begin() as conn:
        writer, store = _store(conn, t, threaded=True)
        store.put([None], [("A", "one", 1)])
        store.put([None], [("A", "again", 2)])  # the same ref: the UNIQUE constraint
        with pytest.raises(sa.exc.IntegrityError):
            writer.close()
        conn.rollback()
