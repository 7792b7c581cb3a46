"""Typed ORM records. `*Record` classes never leave the services layer."""

from vwdesk.db.records.admin import (
    AccountRecord,
    AuditEventRecord,
    HousingTargetRecord,
    ReportTextRecord,
    SettingRecord,
)
from vwdesk.db.records.base import Base
from vwdesk.db.records.dossiers import (
    DeadlineRuleRecord,
    FamilyMemberRecord,
    ProcedureStepRecord,
    ReunificationDossierRecord,
)
from vwdesk.db.records.people import ClientRecord, HouseholdRecord, VolunteerRecord
from vwdesk.db.records.visits import PlannedVisitRecord
from vwdesk.db.records.work import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateItemRecord,
    ChecklistTemplateRecord,
    ConsultationScheduleRecord,
    ConsultationSessionRecord,
    ContactRecord,
    LocationRecord,
    PartnerRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    TrajectoryRecord,
)

__all__ = [
    "AccountRecord",
    "AuditEventRecord",
    "Base",
    "ChecklistItemRecord",
    "ChecklistRecord",
    "ChecklistTemplateItemRecord",
    "ChecklistTemplateRecord",
    "ClientRecord",
    "ConsultationScheduleRecord",
    "ConsultationSessionRecord",
    "ContactRecord",
    "DeadlineRuleRecord",
    "FamilyMemberRecord",
    "HouseholdRecord",
    "HousingTargetRecord",
    "LocationRecord",
    "PartnerRecord",
    "PlannedVisitRecord",
    "ProcedureStepRecord",
    "ProjectMembershipRecord",
    "ProjectRecord",
    "ReferralRecord",
    "ReportTextRecord",
    "ReunificationDossierRecord",
    "SettingRecord",
    "TrajectoryRecord",
    "VolunteerRecord",
]
