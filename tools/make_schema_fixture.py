"""Save a small data file at the current schema as tests/fixtures/schema_<rev>/.

Run once per new migration (`python tools/make_schema_fixture.py`) and commit
the result: tests/db/test_migrations.py upgrades every saved file, so files
written by every older version keep opening.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("VWDESK_KDF_SECONDS", "0")

from vwdesk.db import migrate
from vwdesk.db.records import ClientRecord, ContactRecord, HouseholdRecord
from vwdesk.services.workspace import Workspace

PASSWORD = "fixture-password"


def main() -> int:
    rev = migrate.head_revision()
    folder = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / f"schema_{rev}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "team.vwdesk"
    if path.exists():
        print(f"{path} exists; remove it first to make it again", file=sys.stderr)
        return 1
    ws, _ = Workspace.create(path, "teamleider", PASSWORD, settings={"municipality": "Testdorp"})
    with ws.unit() as s:
        hh = HouseholdRecord(housed_on=date(2017, 3, 1), address="Dorpsstraat 1", city="Testdorp")
        s.add(hh)
        s.flush()
        client = ClientRecord(
            household_id=hh.id,
            first_name="Testnaam",
            last_name="Fixture",
            birth_date=date(1990, 1, 1),
            sex="F",
            nationality="SY",
            housed_on=date(2017, 3, 1),
        )
        s.add(client)
        s.flush()
        s.add(
            ContactRecord(
                date=date(2017, 3, 2),
                kind="social_guidance",
                channel="phone",
                client_id=client.id,
            )
        )
    ws.close()
    (folder / "README.md").write_text(
        f"A data file saved at schema {rev}. User `teamleider`, password `{PASSWORD}`.\n"
        "One household, one client (housed 2017-03-01), one contact. Never edit by hand.\n"
    )
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
