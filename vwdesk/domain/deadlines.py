"""Deadlines as data: a rule says how long after which event; the code only knows events.

A `DeadlineRule` is a record the team leader edits (the law changes; the code
must not). The code knows what each *anchor* means — which date the period
runs from and which later event meets it — and nothing about how long any
legal period is. Dates move the calendar way: 31 January plus one month is
the last day of February, as a Dutch lawyer would count it.

Weekend and public-holiday extensions (Algemene termijnenwet) are not applied:
the shown date is the earliest a period can end, the safe side for a team
that must not miss it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from vwdesk.domain.enums import ProcedureStepKind as Step
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.domain.months import add_months

# How far a rule may reach, so a typing slip (300 months) is caught.
MAX_MONTHS = 120
MAX_DAYS = 3660
MAX_REMIND_DAYS = 366


class DeadlineAnchor(StrEnum):
    """The event a period runs from. Each has its own 'met by' events (see `_MET_BY`)."""

    REFERENT_PERMIT = "referent_permit"  # dossier: step `permit` (the referent's asylum permit)
    APPLICATION_SUBMITTED = "application_submitted"  # dossier: step `submitted`
    REFUSAL = "refusal"  # dossier: step `refusal` (a refusing decision)
    VISA_ISSUED = "visa_issued"  # dossier: step `visa` (the MVV)
    PERMIT_EXPIRES = "permit_expires"  # client: residence permit end date
    TRAVEL_DOCUMENT_EXPIRES = "travel_document_expires"  # client: travel document end date
    FIRST_HOUSING = "first_housing"  # client: housing date, when the PVT is required

    @property
    def on_dossier(self) -> bool:
        return self in _STEP_OF


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # inside the rule's reminder window
    LATER = "later"


def add_period(day: date, months: int, days: int) -> date:
    """Months first (calendar way), then days; a negative period counts back."""
    return add_months(day, months) + timedelta(days=days)


@dataclass(frozen=True)
class DeadlineRule:
    id: int
    key: str
    label: str
    anchor: DeadlineAnchor
    months: int
    days: int
    remind_days_before: int
    legal_source: str
    checked_on: date | None
    active: bool

    def due_after(self, anchor_on: date) -> date:
        return add_period(anchor_on, self.months, self.days)


@dataclass(frozen=True)
class DeadlineRuleDraft:
    """What the team leader types for a rule; `validated()` returns it cleaned or raises."""

    label: str
    anchor: DeadlineAnchor
    months: int = 0
    days: int = 0
    remind_days_before: int = 14
    legal_source: str = ""
    checked_on: date | None = None
    active: bool = True

    def validated(self, today: date | None = None) -> DeadlineRuleDraft:
        problems = []
        label = self.label.strip()
        if not label:
            problems.append(InputProblem("a rule needs a name", field="label"))
        try:
            anchor = DeadlineAnchor(self.anchor)
        except ValueError:
            anchor = self.anchor
            problems.append(InputProblem("unknown event to count from", field="anchor"))
        if abs(self.months) > MAX_MONTHS:
            problems.append(InputProblem(f"at most {MAX_MONTHS} months", field="months"))
        if abs(self.days) > MAX_DAYS:
            problems.append(InputProblem(f"at most {MAX_DAYS} days", field="days"))
        if not 0 <= self.remind_days_before <= MAX_REMIND_DAYS:
            problems.append(
                InputProblem(
                    f"remind between 0 and {MAX_REMIND_DAYS} days before",
                    field="remind_days_before",
                )
            )
        if today is not None and self.checked_on is not None and self.checked_on > today:
            problems.append(InputProblem("the check date lies in the future", field="checked_on"))
        if problems:
            raise InvalidInput(problems)
        return DeadlineRuleDraft(
            label=label,
            anchor=anchor,
            months=self.months,
            days=self.days,
            remind_days_before=self.remind_days_before,
            legal_source=self.legal_source.strip(),
            checked_on=self.checked_on,
            active=self.active,
        )


@dataclass(frozen=True)
class Deadline:
    """One computed deadline, for a dossier or a client, with what it is about."""

    rule_id: int
    rule_key: str
    label: str
    anchor: DeadlineAnchor
    anchor_on: date
    due_on: date
    remind_days_before: int
    client_id: int  # the dossier's referent, or the client the date belongs to
    client_name: str
    dossier_id: int | None = None

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    def state(self, today: date) -> DeadlineState:
        left = self.days_left(today)
        if left < 0:
            return DeadlineState.OVERDUE
        if left <= self.remind_days_before:
            return DeadlineState.DUE_SOON
        return DeadlineState.LATER

    def needs_attention(self, today: date, horizon_days: int = 0) -> bool:
        """Overdue, inside its reminder window, or due within `horizon_days`."""
        return self.days_left(today) <= max(self.remind_days_before, horizon_days)


# -- the facts the rules are applied to (plain snapshots the services load) -----------
@dataclass(frozen=True)
class StepFact:
    kind: str  # a ProcedureStepKind value
    on: date


@dataclass(frozen=True)
class DossierFacts:
    dossier_id: int
    client_id: int
    client_name: str
    closed: bool
    steps: tuple[StepFact, ...] = field(default_factory=tuple)

    def latest(self, kind: str) -> StepFact | None:
        found = [s for s in self.steps if s.kind == kind]
        return max(found, key=lambda s: s.on) if found else None

    def has_step_since(self, kinds: frozenset[str], since: date) -> bool:
        return any(s.kind in kinds and s.on >= since for s in self.steps)


@dataclass(frozen=True)
class ClientFacts:
    client_id: int
    client_name: str
    housed_on: date
    permit_expires_on: date | None
    travel_document_expires_on: date | None
    pvt_required: bool
    pvt_signed_on: date | None


# The step each dossier anchor runs from, and the later steps that meet its deadline.
_STEP_OF: dict[DeadlineAnchor, str] = {
    DeadlineAnchor.REFERENT_PERMIT: Step.PERMIT,
    DeadlineAnchor.APPLICATION_SUBMITTED: Step.SUBMITTED,
    DeadlineAnchor.REFUSAL: Step.REFUSAL,
    DeadlineAnchor.VISA_ISSUED: Step.VISA,
}
_MET_BY: dict[DeadlineAnchor, frozenset[str]] = {
    DeadlineAnchor.REFERENT_PERMIT: frozenset({Step.SUBMITTED}),
    DeadlineAnchor.APPLICATION_SUBMITTED: frozenset({Step.DECISION, Step.REFUSAL}),
    DeadlineAnchor.REFUSAL: frozenset(
        {Step.OBJECTION, Step.DECISION, Step.VISA, Step.TRAVEL, Step.ARRIVAL}
    ),
    DeadlineAnchor.VISA_ISSUED: frozenset({Step.ARRIVAL}),
}


def _dossier_anchor(rule: DeadlineRule, facts: DossierFacts) -> date | None:
    """The date the rule runs from on this dossier, or None when it does not apply (now).

    It runs from the latest step of its kind (an application may be submitted
    again after a refusal) and is met by a later step of a meeting kind.
    """
    step = facts.latest(_STEP_OF[rule.anchor])
    if step is None or facts.has_step_since(_MET_BY[rule.anchor], step.on):
        return None
    return step.on


def dossier_deadlines(rules: list[DeadlineRule], facts: DossierFacts) -> list[Deadline]:
    """The deadlines still running on one dossier (a closed dossier has none)."""
    if facts.closed:
        return []
    found = []
    for rule in rules:
        if not rule.active or not rule.anchor.on_dossier:
            continue
        start = _dossier_anchor(rule, facts)
        if start is None:
            continue
        found.append(_deadline(rule, start, facts.client_id, facts.client_name, facts.dossier_id))
    return sorted(found, key=lambda d: (d.due_on, d.label))


def client_deadlines(rules: list[DeadlineRule], facts: ClientFacts) -> list[Deadline]:
    """Reminders from the client's own dates: permit, travel document, the PVT."""
    found = []
    for rule in rules:
        if not rule.active or rule.anchor.on_dossier:
            continue
        start: date | None = None
        if rule.anchor is DeadlineAnchor.PERMIT_EXPIRES:
            start = facts.permit_expires_on
        elif rule.anchor is DeadlineAnchor.TRAVEL_DOCUMENT_EXPIRES:
            start = facts.travel_document_expires_on
        elif (
            rule.anchor is DeadlineAnchor.FIRST_HOUSING
            and facts.pvt_required
            and facts.pvt_signed_on is None
        ):
            start = facts.housed_on
        if start is not None:
            found.append(_deadline(rule, start, facts.client_id, facts.client_name, None))
    return sorted(found, key=lambda d: (d.due_on, d.label))


def _deadline(
    rule: DeadlineRule, start: date, client_id: int, client_name: str, dossier_id: int | None
) -> Deadline:
    return Deadline(
        rule_id=rule.id,
        rule_key=rule.key,
        label=rule.label,
        anchor=rule.anchor,
        anchor_on=start,
        due_on=rule.due_after(start),
        remind_days_before=rule.remind_days_before,
        client_id=client_id,
        client_name=client_name,
        dossier_id=dossier_id,
    )
