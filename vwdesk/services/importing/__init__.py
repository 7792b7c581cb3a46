"""Import from the template (an .xlsx workbook, or CSV files) and export back to it.

See shared/spec/import-and-cli.md for the contract, domain/import_contract.py
for it as data, and docs in sources.py (reading), base.py and tables.py (the
rules), store.py (bulk writing) and service.py (all or nothing).
"""

from vwdesk.services.importing.service import (
    ImportCancelled,
    ImportPreview,
    ImportService,
    ImportSummary,
    TableCounts,
)

__all__ = ["ImportCancelled", "ImportPreview", "ImportService", "ImportSummary", "TableCounts"]
