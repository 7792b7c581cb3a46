"""Family reunification dossiers as the services hand them out, and the rules for input.

A dossier belongs to its referent (the client in the Netherlands); the family
members abroad, the procedure steps and the deadlines hang off it. Nothing
here knows about the database: the services load and save, these check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vwdesk.domain.clients import ClientInput
from vwdesk.domain.deadlines import Deadline
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind
from vwdesk.domain.errors import InputProblem, InvalidInput

# The order the steps normally follow; the status of an open dossier is its latest step.
STEP_ORDER: tuple[ProcedureStepKind, ...] = tuple(ProcedureStepKind)


class DossierFilter(StrEnum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"
    NIDOS = "nidos"
    OVERDUE = "overdue"
    REVIEW_DUE = "review_due"


def review_due(closed_on: date | None, last_reviewed_on: date | None, today: date) -> bool:
    """An open dossier not reviewed in today's calendar month is due for its monthly review."""
    if closed_on is not None:
        return False
    return last_reviewed_on is None or (last_reviewed_on.year, last_reviewed_on.month) < (
        today.year,
        today.month,
    )


@dataclass(frozen=True)
class FamilyMember:
    id: int
    name: str
    relation: str
    birth_date: date | None
    country: str  # ISO 3166-1 alpha-2, "" when unknown
    place: str
    client_id: int | None  # set once the member arrived and was registered as a client


@dataclass(frozen=True)
class ProcedureStep:
    id: int
    kind: ProcedureStepKind
    on: date
    note: str


@dataclass(frozen=True)
class DossierSummary:
    """One row of the dossier list."""

    id: int
    client_id: int
    referent: str
    family: tuple[str, ...]  # the members' names
    nidos: bool
    opened_on: date
    status: ProcedureStepKind | None  # latest step; None before the first
    closed_on: date | None
    outcome: DossierOutcome | None
    next_deadline: Deadline | None
    last_reviewed_on: date | None
    review_due: bool

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def overdue(self, today: date) -> bool:
        """A running deadline has passed (the next one is the earliest)."""
        return self.next_deadline is not None and self.next_deadline.days_left(today) < 0

    def shown_by(self, which: DossierFilter, today: date) -> bool:
        """Whether the list filter `which` shows this dossier (the service and the UI agree)."""
        which = DossierFilter(which)
        if which is DossierFilter.OPEN:
            return self.is_open
        if which is DossierFilter.CLOSED:
            return not self.is_open
        if which is DossierFilter.NIDOS:
            return self.nidos
        if which is DossierFilter.OVERDUE:
            return self.is_open and self.overdue(today)
        if which is DossierFilter.REVIEW_DUE:
            return self.review_due
        return True


@dataclass(frozen=True)
class DossierDetail:
    id: int
    client_id: int
    referent: str
    household_id: int
    referent_nationality: str
    opened_on: date
    nidos: bool
    closed_on: date | None
    outcome: DossierOutcome | None
    last_reviewed_on: date | None
    reviewed_by: str  # display name of the account, "" when never reviewed
    notes: str
    members: tuple[FamilyMember, ...]
    steps: tuple[ProcedureStep, ...]
    deadlines: tuple[Deadline, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def arrived_unregistered(self) -> tuple[FamilyMember, ...]:
        """Members who could now be registered as clients (not linked to one yet)."""
        return tuple(m for m in self.members if m.client_id is None)


# -- drafts: what the user typed -----------------------------------------------------
@dataclass(frozen=True)
class DossierDraft:
    client_id: int
    opened_on: date
    nidos: bool = False
    notes: str = ""

    def validated(self, today: date) -> DossierDraft:
        if self.opened_on > today:
            raise InvalidInput(
                InputProblem("the opening date lies in the future", field="opened_on")
            )
        return DossierDraft(self.client_id, self.opened_on, self.nidos, self.notes.strip())


@dataclass(frozen=True)
class FamilyMemberDraft:
    name: str
    relation: str
    birth_date: date | None = None
    country: str = ""
    place: str = ""

    def validated(self, today: date) -> FamilyMemberDraft:
        problems = []
        name, relation = self.name.strip(), self.relation.strip()
        country = self.country.strip().upper()
        if not name:
            problems.append(InputProblem("a family member needs a name", field="name"))
        if not relation:
            problems.append(InputProblem("say how they are related", field="relation"))
        if self.birth_date is not None and self.birth_date > today:
            problems.append(InputProblem("the birth date lies in the future", field="birth_date"))
        if country and (len(country) != 2 or not country.isalpha()):
            problems.append(InputProblem("a country is a two-letter code", field="country"))
        if problems:
            raise InvalidInput(problems)
        return FamilyMemberDraft(name, relation, self.birth_date, country, self.place.strip())


@dataclass(frozen=True)
class StepDraft:
    kind: ProcedureStepKind
    on: date
    note: str = ""

    def validated(self, today: date) -> StepDraft:
        problems = []
        try:
            kind = ProcedureStepKind(self.kind)
        except ValueError:
            kind = self.kind
            problems.append(InputProblem("unknown procedure step", field="kind"))
        # Travel is arranged ahead; every other step is recorded once it happened.
        if self.on > today and kind != ProcedureStepKind.TRAVEL:
            problems.append(InputProblem("the step date lies in the future", field="on"))
        if problems:
            raise InvalidInput(problems)
        return StepDraft(kind, self.on, self.note.strip())


@dataclass(frozen=True)
class ArrivalDraft:
    """A family member who arrived, to be registered as a client in the referent's household.

    Checked by the same rules as any client form (domain/validation.py).
    """

    family_member_id: int
    first_name: str
    last_name: str
    birth_date: date | None
    sex: str  # a Sex value
    nationality: str  # ISO 3166-1 alpha-2
    housed_on: date  # their own housing date: they count as housed on it

    def client_input(self) -> ClientInput:
        return ClientInput(
            first_name=self.first_name.strip(),
            last_name=self.last_name.strip(),
            birth_date=self.birth_date,
            sex=str(self.sex),
            nationality=self.nationality.strip().upper(),
            housed_on=self.housed_on,
        )


def split_name(name: str) -> tuple[str, str]:
    """A first guess at first and last name from the one name field of a family member."""
    parts = name.split()
    if len(parts) < 2:
        return name.strip(), ""
    return " ".join(parts[:-1]), parts[-1]
