"""The closed vocabularies of the domain (see shared/spec/domain.md).

Values are the stable strings used in the database, the import template and
the JSON report; never rename a value without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    JUNIOR_TEAM_LEADER = "junior_team_leader"
    TEAM_LEADER = "team_leader"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "X"


class ContactKind(StrEnum):
    SOCIAL_GUIDANCE = "social_guidance"
    INFO_POINT = "info_point"
    LEGAL = "legal"


class Channel(StrEnum):
    CONSULTATION = "consultation"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    EMAIL = "email"
    OTHER = "other"


class SessionKind(StrEnum):
    SOCIAL_GUIDANCE = "social_guidance"
    INFO_POINT = "info_point"
    LEGAL = "legal"
    WALK_IN = "walk_in"


class TrajectoryKind(StrEnum):
    SETTLEMENT = "settlement"
    INTEGRATION = "integration"


class DossierOutcome(StrEnum):
    SUCCESSFUL = "successful"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ProcedureStepKind(StrEnum):
    """The milestones of a reunification procedure, in their usual order.

    PERMIT (the referent's asylum permit was granted) starts the application
    window; DECISION is a decision that grants the application, REFUSAL one
    that refuses it and so starts the objection period (see domain/deadlines.py).
    """

    PERMIT = "permit"
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    DECISION = "decision"
    REFUSAL = "refusal"
    OBJECTION = "objection"
    VISA = "visa"
    TRAVEL = "travel"
    ARRIVAL = "arrival"


class ProjectRole(StrEnum):
    PARTICIPANT = "participant"
    TRAINER = "trainer"
    COACH = "coach"


class ChecklistItemStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "n/a"


class ChecklistKind(StrEnum):
    SETTLEMENT = "settlement"
    INTEGRATION = "integration"
    DEBT_PREVENTION = "debt_prevention"
