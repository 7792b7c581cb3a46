"""Dutch (translated) words for the clients tab: statuses, reasons, the timeline, problems.

The core's validation messages are constants (domain/validation.py); each has
its own sentence here, looked up by the constant, never parsed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vwdesk.domain import validation as v
from vwdesk.domain.clients import ClientStatus, CloseReason, TimelineEntry, TimelineKind
from vwdesk.domain.countries import dutch_name
from vwdesk.domain.enums import (
    Channel,
    ChecklistItemStatus,
    ContactKind,
    DossierOutcome,
    ProcedureStepKind,
    Sex,
)
from vwdesk.domain.errors import InputProblem, InvalidInput
from vwdesk.ui.errors import message_for
from vwdesk.ui.labels import channel_label, contact_kind_label
from vwdesk.ui.tabs.dossiers.dossier_texts import outcome_label, step_label


def _t(text: str) -> str:
    return QCoreApplication.translate("clients", text)


def status_label(status: ClientStatus) -> str:
    return {
        ClientStatus.ACTIVE: _t(QT_TRANSLATE_NOOP("clients", "Active")),
        ClientStatus.CLOSED: _t(QT_TRANSLATE_NOOP("clients", "Closed")),
        ClientStatus.ANONYMISED: _t(QT_TRANSLATE_NOOP("clients", "Anonymised")),
    }[ClientStatus(status)]


def close_reason_label(reason: str) -> str:
    """A known reason translated; older free text as it was typed."""
    labels = {
        CloseReason.MOVED_AWAY: _t(QT_TRANSLATE_NOOP("clients", "Moved away")),
        CloseReason.TRAJECTORY_ENDED: _t(QT_TRANSLATE_NOOP("clients", "Guidance ended")),
        CloseReason.DECEASED: _t(QT_TRANSLATE_NOOP("clients", "Deceased")),
        CloseReason.OTHER: _t(QT_TRANSLATE_NOOP("clients", "Other reason")),
    }
    try:
        return labels[CloseReason(reason)]
    except ValueError:
        return reason


def sex_label(sex: str) -> str:
    return {
        Sex.MALE: _t(QT_TRANSLATE_NOOP("clients", "Male")),
        Sex.FEMALE: _t(QT_TRANSLATE_NOOP("clients", "Female")),
        Sex.OTHER: _t(QT_TRANSLATE_NOOP("clients", "Other / unknown")),
    }.get(sex, sex)


def country_label(code: str) -> str:
    return dutch_name(code) if code else ""


def timeline_what(entry: TimelineEntry) -> str:
    """What happened, in a few words (the details column holds the team's own text)."""
    kind = TimelineKind(entry.kind)
    if kind == TimelineKind.HOUSED:
        return _t(QT_TRANSLATE_NOOP("clients", "Housed in the municipality"))
    if kind == TimelineKind.CLOSED:
        return _t(QT_TRANSLATE_NOOP("clients", "Closed: {reason}")).format(
            reason=close_reason_label(entry.code)
        )
    if kind in (TimelineKind.CONTACT, TimelineKind.HOME_VISIT):
        try:
            what = contact_kind_label(ContactKind(entry.code))
        except ValueError:
            what = entry.code
        channel = entry.channel
        if channel is None and kind == TimelineKind.HOME_VISIT:
            channel = Channel.HOME_VISIT
        if channel is None or channel == Channel.OTHER:
            # "Anders (...)" would read as "something else": an other channel stays a contact.
            return _t(QT_TRANSLATE_NOOP("clients", "Contact ({kind})")).format(kind=what)
        # How it took place, in the words the contact form uses: Telefoon, E-mail,
        # Spreekuur, Huisbezoek.
        return _t(QT_TRANSLATE_NOOP("clients", "{channel} ({kind})")).format(
            channel=channel_label(channel), kind=what
        )
    if kind == TimelineKind.CHECKLIST_ITEM:
        if entry.code == ChecklistItemStatus.DONE:
            return _t(QT_TRANSLATE_NOOP("clients", "Checklist item done"))
        if entry.code == ChecklistItemStatus.NOT_APPLICABLE:
            return _t(QT_TRANSLATE_NOOP("clients", "Checklist item not applicable"))
        return _t(QT_TRANSLATE_NOOP("clients", "Checklist item planned"))
    if kind == TimelineKind.REFERRAL:
        return _t(QT_TRANSLATE_NOOP("clients", "Referral"))
    if kind == TimelineKind.DOSSIER_OPENED:
        return _t(QT_TRANSLATE_NOOP("clients", "Family reunification dossier opened"))
    if kind == TimelineKind.DOSSIER_CLOSED:
        try:
            outcome = outcome_label(DossierOutcome(entry.code))
        except ValueError:
            outcome = entry.code
        return _t(
            QT_TRANSLATE_NOOP("clients", "Family reunification dossier closed: {outcome}")
        ).format(outcome=outcome)
    try:
        step = step_label(ProcedureStepKind(entry.code))
    except ValueError:
        step = entry.code
    return _t(QT_TRANSLATE_NOOP("clients", "Dossier: {step}")).format(step=step)


def problem_text(problem: InputProblem) -> str:
    """One sentence for a volunteer, next to the field it is about."""
    texts = {
        v.REQUIRED: _t(QT_TRANSLATE_NOOP("clients", "Please fill this in.")),
        v.DATE_IN_FUTURE: _t(QT_TRANSLATE_NOOP("clients", "This date lies in the future.")),
        v.DATE_TOO_EARLY: _t(QT_TRANSLATE_NOOP("clients", "This date lies too far in the past.")),
        v.HOUSED_BEFORE_BIRTH: _t(
            QT_TRANSLATE_NOOP("clients", "The housing date lies before the date of birth.")
        ),
        v.SEX: _t(QT_TRANSLATE_NOOP("clients", "Choose male, female or X.")),
        v.NATIONALITY: _t(
            QT_TRANSLATE_NOOP("clients", "Choose a country from the list (type part of the name).")
        ),
        v.BSN: _t(
            QT_TRANSLATE_NOOP("clients", "This is not a valid BSN: 9 digits that pass the 11-test.")
        ),
        v.V_NUMBER: _t(QT_TRANSLATE_NOOP("clients", "A V-number has digits only, at most 10.")),
        v.PHONE: _t(
            QT_TRANSLATE_NOOP(
                "clients", "A phone number has 10 to 15 digits (spaces, dashes and + are fine)."
            )
        ),
        v.EMAIL: _t(QT_TRANSLATE_NOOP("clients", "This is not an e-mail address.")),
        v.PVT_SIGNED_BEFORE_COURSE: _t(
            QT_TRANSLATE_NOOP("clients", "The statement was signed before the course.")
        ),
        v.PERIOD_ENDS_BEFORE_START: _t(
            QT_TRANSLATE_NOOP("clients", "The end date lies before the start date.")
        ),
        v.WEEKDAYS: _t(QT_TRANSLATE_NOOP("clients", "Choose the weekdays from the list.")),
        v.CLOSED_BEFORE_HOUSED: _t(
            QT_TRANSLATE_NOOP("clients", "The closing date lies before the housing date.")
        ),
        v.NOT_CLOSED: _t(QT_TRANSLATE_NOOP("clients", "This client is not closed.")),
        v.CLIENT_HAS_HISTORY: _t(
            QT_TRANSLATE_NOOP(
                "clients",
                "This client has contacts or other history and cannot be deleted; "
                "anonymise the client instead.",
            )
        ),
        v.HOUSEHOLD_NOT_EMPTY: _t(
            QT_TRANSLATE_NOOP("clients", "A household needs at least one person.")
        ),
        v.SAME_HOUSEHOLD: _t(
            QT_TRANSLATE_NOOP("clients", "This person already belongs to that household.")
        ),
        v.ALREADY_LINKED: _t(QT_TRANSLATE_NOOP("clients", "This person already has an account.")),
    }
    if problem.message == v.UNKNOWN_LANGUAGE:
        return _t(
            QT_TRANSLATE_NOOP(
                "clients",
                "Not known as a language: {words}; choose languages from the list and put "
                "commas between them.",
            )
        ).format(words=problem.value or "")
    return texts.get(problem.message, _t(QT_TRANSLATE_NOOP("clients", "This is not correct.")))


def invalid_date_text() -> str:
    return _t(
        QT_TRANSLATE_NOOP("clients", "Type a date as dd-mm-yyyy, or pick one from the calendar.")
    )


def failure_text(exc: BaseException) -> str:
    """The first problem of a refused form as a sentence, else the general sentence."""
    if isinstance(exc, InvalidInput) and exc.problems:
        return problem_text(exc.problems[0])
    return message_for(exc)
