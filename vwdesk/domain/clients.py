"""Clients and households as the services hand them out, and what the forms hand in.

Plain frozen dataclasses: the UI shows them, never an ORM record. Enum values
are the stable strings stored in the database; the UI translates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from vwdesk.domain.enums import Channel
from vwdesk.domain.phases import Phase


class ClientStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    ANONYMISED = "anonymised"


class CloseReason(StrEnum):
    """Why a client was closed; stored as text, so older free text stays readable."""

    MOVED_AWAY = "moved_away"
    TRAJECTORY_ENDED = "trajectory_ended"
    DECEASED = "deceased"
    OTHER = "other"


# Suggestions for the residence-permit field; the field itself is free text.
PERMIT_TYPES = (
    "asiel bepaalde tijd",
    "asiel onbepaalde tijd",
    "regulier bepaalde tijd",
    "regulier onbepaalde tijd",
    "EU langdurig ingezetene",
)


@dataclass(frozen=True)
class ClientInput:
    """What the client form hands in; validated by domain/validation.py."""

    first_name: str
    last_name: str
    birth_date: date | None
    sex: str
    nationality: str  # ISO 3166-1 alpha-2
    housed_on: date | None = None  # None: the household's housing date
    v_number: str = ""
    bsn: str = ""
    phone: str = ""
    email: str = ""
    languages: str = ""
    permit_type: str = ""
    permit_expires_on: date | None = None
    integration_obliged: bool = False
    pvt_required: bool = False
    pvt_course_on: date | None = None
    pvt_signed_on: date | None = None
    contact_volunteer_id: int | None = None  # None: the household's contact volunteer
    notes: str = ""


@dataclass(frozen=True)
class HouseholdInput:
    housed_on: date | None
    address: str = ""
    postcode: str = ""
    city: str = ""
    contact_volunteer_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the clients list (all of them are loaded; the model filters in memory).

    With slots: at 100,000 clients an instance dictionary each would cost 5 MiB.
    """

    client_id: int
    household_id: int
    name: str
    household: str  # the address, or empty
    nationality: str  # ISO code; the UI shows the Dutch name
    birth_date: date
    housed_on: date
    contact_volunteer_id: int | None  # the client's own, else the household's
    contact_volunteer: str
    phase: Phase
    status: ClientStatus
    closed_on: date | None
    search_key: str  # see domain/names.py; what the search field is matched against


@dataclass(frozen=True)
class ClientDetail:
    client_id: int
    household_id: int
    household_address: str
    household_housed_on: date
    data: ClientInput
    own_housed_on: bool  # False: follows the household's date
    status: ClientStatus
    closed_on: date | None
    close_reason: str
    phase: Phase
    contact_volunteer: str  # effective, with the household's as fallback
    created_at: date | None = None

    @property
    def name(self) -> str:
        return full_name(self.data.first_name, self.data.last_name)


@dataclass(frozen=True)
class Member:
    client_id: int
    name: str
    birth_date: date
    sex: str
    housed_on: date
    status: ClientStatus
    joined_later: bool  # a nareiziger: housed after the household's own date


@dataclass(frozen=True)
class HouseholdDetail:
    household_id: int
    housed_on: date
    address: str
    postcode: str
    city: str
    contact_volunteer_id: int | None
    contact_volunteer: str
    notes: str
    members: tuple[Member, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return household_label(self.address, self.postcode, self.city)


@dataclass(frozen=True)
class HouseholdChoice:
    """A household to move a member into."""

    household_id: int
    label: str
    members: int


@dataclass(frozen=True)
class DuplicateCandidate:
    client_id: int
    name: str
    birth_date: date
    household: str
    status: ClientStatus


class TimelineKind(StrEnum):
    HOUSED = "housed"
    CONTACT = "contact"
    HOME_VISIT = "home_visit"
    CHECKLIST_ITEM = "checklist_item"
    REFERRAL = "referral"
    DOSSIER_OPENED = "dossier_opened"
    DOSSIER_STEP = "dossier_step"
    DOSSIER_CLOSED = "dossier_closed"
    CLOSED = "closed"


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened about a client. `code` is an enum value (contact kind,
    procedure step, checklist status, dossier outcome) the UI translates; `text` is
    the team's own words (topics, item title, partner name, note)."""

    on: date
    kind: TimelineKind
    code: str
    text: str
    volunteer: str = ""
    ref_id: int | None = None  # the contact, item, referral, step or dossier
    topics: tuple[str, ...] = ()  # a contact's topic keys
    channel: Channel | None = None  # how a contact took place (phone, hour ...); None otherwise


def full_name(first_name: str, last_name: str) -> str:
    return " ".join(p for p in (first_name.strip(), last_name.strip()) if p)


def household_label(address: str, postcode: str = "", city: str = "") -> str:
    place = " ".join(p for p in (postcode.strip(), city.strip()) if p)
    return ", ".join(p for p in (address.strip(), place) if p)


def status_of(closed_on: date | None, anonymised_on: date | None, today: date) -> ClientStatus:
    if anonymised_on is not None:
        return ClientStatus.ANONYMISED
    if closed_on is not None and closed_on <= today:
        return ClientStatus.CLOSED
    return ClientStatus.ACTIVE
