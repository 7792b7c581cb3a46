"""Every table importer, in the order a file is imported."""

from __future__ import annotations

from vwdesk.services.importing.base import TableImporter
from vwdesk.services.importing.casework import ChecklistItems, Checklists, Dossiers, FamilyMembers
from vwdesk.services.importing.people import Clients, Households, Volunteers
from vwdesk.services.importing.work import (
    Contacts,
    Locations,
    Projects,
    Referrals,
    Sessions,
    Targets,
    Trajectories,
)

# In the order they are imported: a table comes after every table it refers to.
IMPORTERS: dict[str, type[TableImporter]] = {
    cls.TABLE: cls
    for cls in (
        Volunteers,
        Households,
        Clients,
        Locations,
        Sessions,
        Contacts,
        Dossiers,
        FamilyMembers,
        Trajectories,
        Projects,
        Referrals,
        Targets,
        Checklists,
        ChecklistItems,
    )
}
