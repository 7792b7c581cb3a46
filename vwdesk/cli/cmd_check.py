"""`vwdesk check --db PATH --user NAME`: integrity of encryption, pages, schema, audit."""

from __future__ import annotations

from vwdesk.cli.common import add_db, add_user, open_workspace
from vwdesk.domain.errors import DamagedFile


def register(sub) -> None:
    p = sub.add_parser("check", help="check the file's encryption, pages, schema and audit trail")
    add_db(p)
    add_user(p)
    p.set_defaults(func=run)


def run(args) -> int:
    ws = open_workspace(args, read_only=True)
    try:
        report = ws.integrity.check()
    finally:
        ws.close()
    print(
        f"encryption (cipher_integrity_check): {'ok' if not report.cipher_problems else 'FAILED'}"
    )
    print(f"pages (integrity_check): {'ok' if not report.page_problems else 'FAILED'}")
    print(f"references (foreign_key_check): {report.foreign_key_problems or 'ok'}")
    print(f"schema: {report.schema_revision} (expected {report.schema_expected})")
    print(f"audit trail: {'ok' if not report.audit_problems else 'BROKEN'}")
    for line in [*report.cipher_problems, *report.page_problems, *report.audit_problems][:20]:
        print(f"  {line}")
    if not report.ok:
        raise DamagedFile("the check found problems (listed above)")
    return 0
