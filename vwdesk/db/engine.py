"""Connections to the SQLCipher file, with the pragmas every connection needs.

The key is a raw 256-bit key (`x'...'`), so SQLCipher does no passphrase
derivation per connection; passwords are handled by the key slots.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

APPLICATION_ID = 0x56574453  # "VWDS"
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# 32 MiB of decrypted pages per connection (SQLite's default is 8 MiB): a year's
# figures read 20-30 MiB of pages, which SQLCipher otherwise decrypts again on
# every computation. 16 MiB measured no better than 8 (bench/README.md).
CACHE_SIZE = -32768


def _key_pragma(key: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def connect(path: Path, key: bytes | bytearray, *, uri_mode: str | None = None):
    """A DB-API connection with the key and the per-connection pragmas applied.

    Nothing is read here; the first statement after the key shows whether the
    key fits (SQLITE_NOTADB when it does not, or when the file is no database).
    """
    target = f"file:{path}?mode={uri_mode}" if uri_mode else str(path)
    conn = sqlcipher3.connect(target, uri=bool(uri_mode), check_same_thread=False)
    conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    conn.execute(_key_pragma(key))
    _session_pragmas(conn)
    return conn


def initialise(conn) -> None:
    """Once, on a brand-new file: WAL journal and our application id."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _session_pragmas(conn) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")


def make_engine(path: Path, key: bytes | bytearray, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine on the `sqlite+pysqlcipher` dialect.

    The dialect issues `PRAGMA key` with the URL's password first on every
    new connection; a raw key in SQLCipher's `x'...'` form skips SQLCipher's
    own passphrase derivation. SQLAlchemy masks the password in every repr.
    """
    password = f"x'{bytes(key).hex()}'"
    if read_only:  # `vwdesk check` must leave the file byte-identical
        url = URL.create(
            "sqlite+pysqlcipher",
            password=password,
            database=Path(path).resolve().as_uri() + "?mode=ro",
            query={"uri": "true"},
        )
    else:
        url = URL.create("sqlite+pysqlcipher", password=password, database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # error messages never quote stored values (they reach the log)
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # pysqlite's own transaction handling off; SQLAlchemy's documented recipe.
        dbapi_connection.isolation_level = None
        _session_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine
