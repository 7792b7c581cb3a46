"""Consultation hours and contact moments: the data, the rules, the small calculations.

A session is *planned* while it only exists as an occurrence of a weekly
schedule (id None) and *held* once it is stored: the service stores it when a
volunteer opens it at the hour, logs a contact in it, or cancels it. So the
figures' "sessions held" are the sessions someone actually opened, and a week
of schedules never fills the file with empty rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from vwdesk.domain.enums import Channel, ContactKind, SessionKind
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.months import add_months

# The topic keys shipped with a new file (the UI translates them); teams add their own.
DEFAULT_TOPICS: tuple[str, ...] = (
    "housing",
    "income",
    "allowances",
    "health",
    "school",
    "language",
    "work",
    "residence_permit",
    "family_reunification",
    "debts",
    "other",
)
# Topics the UI also has a label for, though a new file's list does not offer them:
# the demo team's own, and ones a team adds or imports that the app knows by name.
EXTRA_TOPICS: tuple[str, ...] = (
    "insurance",
    "integration",
    "finance",
    "post",
    "energy",
    "general",
    "volunteering",
    "naturalisation",
    "travel_documents",
    "asylum_procedure",
)
# Every topic key with a translated label (a key not among them is shown as typed).
KNOWN_TOPICS: tuple[str, ...] = DEFAULT_TOPICS + EXTRA_TOPICS

# Social guidance is meant for the first 1.5 years after housing. The period is
# the deadline rule "social_guidance" when the team has one; this is its default.
SOCIAL_GUIDANCE_RULE = "social_guidance"
SOCIAL_GUIDANCE_MONTHS = 18

# The contact kind a session of each kind logs unless the volunteer changes it.
CONTACT_KIND_FOR_SESSION: dict[SessionKind, ContactKind] = {
    SessionKind.WALK_IN: ContactKind.SOCIAL_GUIDANCE,
    SessionKind.SOCIAL_GUIDANCE: ContactKind.SOCIAL_GUIDANCE,
    SessionKind.INFO_POINT: ContactKind.INFO_POINT,
    SessionKind.LEGAL: ContactKind.LEGAL,
}

MAX_MINUTES = 480
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]?([0-5]\d)$")


class Refusal(StrEnum):
    """Why the core refused a change; the UI turns each into one sentence."""

    KIND_MISSING = "kind_missing"
    ANONYMOUS_NOT_INFO_POINT = "anonymous_not_info_point"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_HAS_CONTACTS = "session_has_contacts"
    REFERRAL_NEEDS_CLIENT = "referral_needs_client"
    UNDO_TOO_LATE = "undo_too_late"
    NOT_A_VISIT_VOLUNTEER = "not_a_visit_volunteer"
    VISIT_ALREADY_RECORDED = "visit_already_recorded"
    HOUSEHOLD_WITHOUT_MEMBERS = "household_without_members"
    DATE_IN_FUTURE = "date_in_future"


class Refused(InvalidInput):
    """A rule of the work said no; `reason` tells the UI which sentence to show."""

    def __init__(self, reason: Refusal, message: str, field: str | None = None):
        self.reason = reason
        super().__init__(InputProblem(message, field=field))


# -- data handed to the UI ------------------------------------------------------------------
@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    address: str = ""


@dataclass(frozen=True)
class StaffMember:
    """An active team member, as pickers need them."""

    id: int
    name: str
    legal: bool = False
    home_visit_pool: bool = False


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str


@dataclass(frozen=True)
class ScheduleInput:
    kind: SessionKind
    location_id: int
    weekday: int  # ISO, 1 = Monday
    start: str
    end: str
    valid_from: date
    valid_until: date | None = None
    staffing: tuple[int, ...] = ()


@dataclass(frozen=True)
class ScheduleInfo:
    id: int
    kind: SessionKind
    location_id: int
    location_name: str
    weekday: int
    start: str
    end: str
    valid_from: date
    valid_until: date | None
    staffing: tuple[int, ...]
    staffing_names: tuple[str, ...]
    # A legal consultation with nobody from the legal volunteers: warn, don't refuse.
    missing_legal_volunteer: bool = False


@dataclass(frozen=True)
class SessionInfo:
    id: int | None  # None: planned from a schedule, not stored yet
    schedule_id: int | None
    kind: SessionKind
    location_id: int
    location_name: str
    date: date
    start: str
    end: str
    cancelled: bool = False
    contact_count: int = 0

    @property
    def contact_kind(self) -> ContactKind:
        return CONTACT_KIND_FOR_SESSION[self.kind]


@dataclass(frozen=True)
class ContactInput:
    """What the volunteer typed; `kind` None means they did not choose one (refused)."""

    kind: ContactKind | None
    channel: Channel
    date: date
    client_id: int | None = None
    session_id: int | None = None
    volunteer_id: int | None = None
    minutes: int | None = None
    topics: tuple[str, ...] = ()
    follow_up: str = ""
    notes: str = ""
    referral_partner_id: int | None = None
    referral_reason: str = ""


@dataclass(frozen=True)
class ContactInfo:
    id: int
    date: date
    kind: ContactKind
    channel: Channel
    client_id: int | None
    client_name: str  # "" when anonymous
    volunteer_id: int | None
    volunteer_name: str
    session_id: int | None
    minutes: int | None
    topics: tuple[str, ...]
    follow_up: str
    notes: str
    referral_partner: str = ""
    # Social guidance for someone housed longer ago than the guidance period.
    beyond_guidance_period: bool = False
    created_at: datetime | None = None

    @property
    def anonymous(self) -> bool:
        return self.client_id is None


@dataclass(frozen=True)
class ClientHint:
    """What the session screen shows as soon as a client is picked."""

    client_id: int
    housed_on: date
    guidance_ends_on: date
    beyond_guidance_period: bool


@dataclass(frozen=True)
class LocationStats:
    """Per location and year: sessions held and contacts per session (the report's average)."""

    location_id: int
    location: str
    sessions_held: int
    contacts: int
    average: int
    cancelled: int = 0


# -- rules ----------------------------------------------------------------------------------
def normalise_time(text: str) -> str | None:
    """'9:30', '0930' and '9.30' -> '09:30'; None when it is no time of day."""
    m = _TIME.match(text.strip())
    if not m:
        return None
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def validate_schedule(inp: ScheduleInput) -> ScheduleInput:
    """The schedule with its times normalised, or InvalidInput with every problem."""
    problems: list[InputProblem] = []
    start, end = normalise_time(inp.start), normalise_time(inp.end)
    if not 1 <= inp.weekday <= 7:
        problems.append(InputProblem("the weekday is 1 (Monday) to 7 (Sunday)", field="weekday"))
    if start is None:
        problems.append(InputProblem("the start is a time such as 14:00", field="start"))
    if end is None:
        problems.append(InputProblem("the end is a time such as 16:00", field="end"))
    if start and end and end <= start:
        problems.append(InputProblem("the end comes after the start", field="end"))
    if inp.valid_until is not None and inp.valid_until < inp.valid_from:
        problems.append(InputProblem("the schedule ends after it starts", field="valid_until"))
    if problems:
        raise InvalidInput(problems)
    return ScheduleInput(
        kind=SessionKind(inp.kind),
        location_id=inp.location_id,
        weekday=inp.weekday,
        start=start or "",
        end=end or "",
        valid_from=inp.valid_from,
        valid_until=inp.valid_until,
        staffing=tuple(dict.fromkeys(inp.staffing)),
    )


def occurrences(
    weekday: int, valid_from: date, valid_until: date | None, first: date, last: date
) -> list[date]:
    """The dates in [first, last] on the ISO weekday while the schedule is valid."""
    lo = max(first, valid_from)
    hi = last if valid_until is None else min(last, valid_until)
    if lo > hi:
        return []
    day = lo + timedelta(days=(weekday - lo.isoweekday()) % 7)
    out = []
    while day <= hi:
        out.append(day)
        day += timedelta(days=7)
    return out


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.isoweekday() - 1)
    return monday, monday + timedelta(days=6)


def guidance_ends_on(housed_on: date, months: int = SOCIAL_GUIDANCE_MONTHS) -> date:
    return add_months(housed_on, months)


def beyond_guidance(
    kind: ContactKind, housed_on: date | None, on: date, months: int = SOCIAL_GUIDANCE_MONTHS
) -> bool:
    """Social guidance after the guidance period: allowed, but the screen says so."""
    if kind != ContactKind.SOCIAL_GUIDANCE or housed_on is None:
        return False
    return on > guidance_ends_on(housed_on, months)


def normalise_topic(text: str) -> str:
    """A topic key: lower case, words joined by underscores, no commas (they separate keys)."""
    return "_".join(text.replace(",", " ").lower().split())


def topics_text(topics: tuple[str, ...] | list[str]) -> str:
    keys = [normalise_topic(t) for t in topics]
    return ",".join(dict.fromkeys(k for k in keys if k))


def parse_topics(text: str) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split(",") if t)


def validate_contact(inp: ContactInput) -> None:
    """Refuse what the rules forbid; the database's CHECKs are the last line, not the first."""
    if inp.kind is None:
        raise Refused(Refusal.KIND_MISSING, "a contact needs a kind", field="kind")
    kind = ContactKind(inp.kind)
    if inp.client_id is None and kind != ContactKind.INFO_POINT:
        raise Refused(
            Refusal.ANONYMOUS_NOT_INFO_POINT,
            "only info point contacts may be anonymous",
            field="client",
        )
    if inp.referral_partner_id is not None and inp.client_id is None:
        raise Refused(Refusal.REFERRAL_NEEDS_CLIENT, "a referral needs a client", field="referral")
    if inp.minutes is not None and not 0 <= inp.minutes <= MAX_MINUTES:
        raise InvalidInput(
            InputProblem(f"minutes are between 0 and {MAX_MINUTES}", field="minutes")
        )
    if inp.session_id is not None and Channel(inp.channel) != Channel.CONSULTATION:
        raise InvalidInput(
            InputProblem("a contact in a session has channel consultation", field="channel")
        )
