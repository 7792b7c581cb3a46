"""Dates, weekdays, topics and refusals as the volunteer reads them (Dutch by default).

Shared by the Spreekuren and Huisbezoeken tabs and the contact dialog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from vwdesk.domain.sessions import Refusal, Refused, normalise_topic
from vwdesk.ui.errors import message_for


def long_date(day: date) -> str:
    """'ma 6 mrt 2017' in Dutch: the weekday matters at the hour."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def weekday_name(iso: int) -> str:
    return QLocale().dayName(iso, QLocale.FormatType.LongFormat)


def weekday_short(iso: int) -> str:
    return QLocale().dayName(iso, QLocale.FormatType.ShortFormat)


def weekdays_text(days: tuple[int, ...]) -> str:
    return ", ".join(weekday_short(d) for d in days)


def time_range(start: str, end: str) -> str:
    return f"{start}–{end}" if start and end else start or end


# The label of every topic key the app knows (domain/sessions.py KNOWN_TOPICS), in English;
# the Dutch is in the catalogue like every other word on the screen.
TOPIC_LABELS: dict[str, str] = {
    "housing": QT_TRANSLATE_NOOP("sessions", "Housing"),
    "income": QT_TRANSLATE_NOOP("sessions", "Income"),
    "allowances": QT_TRANSLATE_NOOP("sessions", "Allowances"),
    "health": QT_TRANSLATE_NOOP("sessions", "Health"),
    "school": QT_TRANSLATE_NOOP("sessions", "School"),
    "language": QT_TRANSLATE_NOOP("sessions", "Language"),
    "work": QT_TRANSLATE_NOOP("sessions", "Work"),
    "residence_permit": QT_TRANSLATE_NOOP("sessions", "Residence permit"),
    "family_reunification": QT_TRANSLATE_NOOP("sessions", "Family reunification"),
    "debts": QT_TRANSLATE_NOOP("sessions", "Debts"),
    "other": QT_TRANSLATE_NOOP("sessions", "Other"),
    "insurance": QT_TRANSLATE_NOOP("sessions", "Insurance"),
    "integration": QT_TRANSLATE_NOOP("sessions", "Civic integration"),
    "finance": QT_TRANSLATE_NOOP("sessions", "Finances"),
    "post": QT_TRANSLATE_NOOP("sessions", "Mail and letters"),
    "energy": QT_TRANSLATE_NOOP("sessions", "Energy"),
    "general": QT_TRANSLATE_NOOP("sessions", "General"),
    "volunteering": QT_TRANSLATE_NOOP("sessions", "Volunteering"),
    "naturalisation": QT_TRANSLATE_NOOP("sessions", "Naturalisation"),
    "travel_documents": QT_TRANSLATE_NOOP("sessions", "Travel documents"),
    "asylum_procedure": QT_TRANSLATE_NOOP("sessions", "Asylum procedure"),
}


def topic_label(key: str) -> str:
    """A known topic in the interface's language; any other as the team typed it.

    A key the app stored itself is lower case with underscores for spaces (normalise_topic),
    so those become spaces again; an imported text keeps its own spelling ("IND-brief",
    "huur, toeslagen"). Only the first letter is raised, like the labels beside it."""
    text = key.strip()
    source = TOPIC_LABELS.get(normalise_topic(text))
    if source is not None:
        return QCoreApplication.translate("sessions", source)
    if " " not in text:
        text = text.replace("_", " ")
    return text[:1].upper() + text[1:]


def topics_label(keys: tuple[str, ...]) -> str:
    return ", ".join(topic_label(k) for k in keys)


def minutes_text(minutes: int | None) -> str:
    return (
        ""
        if minutes is None
        else QCoreApplication.translate("sessions", "{n} min").format(n=minutes)
    )


def refusal_sentence(exc: BaseException) -> str:
    """One sentence for a refusal of the sessions and visits rules; the shell's otherwise."""
    if not isinstance(exc, Refused):
        return message_for(exc)
    sentences = {
        Refusal.KIND_MISSING: QCoreApplication.translate(
            "sessions", "Choose what kind of contact this was; nothing was saved."
        ),
        Refusal.ANONYMOUS_NOT_INFO_POINT: QCoreApplication.translate(
            "sessions", "Only info point contacts can be anonymous; choose the client."
        ),
        Refusal.SESSION_CANCELLED: QCoreApplication.translate(
            "sessions",
            "This consultation hour is cancelled; restore it first to log contacts in it.",
        ),
        Refusal.SESSION_HAS_CONTACTS: QCoreApplication.translate(
            "sessions",
            "Contacts were logged in this consultation hour, so it cannot be cancelled. "
            "Undo those contacts first if the hour really did not take place.",
        ),
        Refusal.REFERRAL_NEEDS_CLIENT: QCoreApplication.translate(
            "sessions", "A referral needs a client; an anonymous contact cannot be referred."
        ),
        Refusal.UNDO_TOO_LATE: QCoreApplication.translate(
            "sessions", "Only contacts logged today can be undone."
        ),
        Refusal.NOT_A_VISIT_VOLUNTEER: QCoreApplication.translate(
            "sessions",
            "Home visits are made by the household's contact person or a volunteer "
            "from the home-visit pool; choose one of them.",
        ),
        Refusal.VISIT_ALREADY_RECORDED: QCoreApplication.translate(
            "sessions", "This visit has been recorded already."
        ),
        Refusal.HOUSEHOLD_WITHOUT_MEMBERS: QCoreApplication.translate(
            "sessions", "This household has no active members, so the visit cannot be recorded."
        ),
        Refusal.DATE_IN_FUTURE: QCoreApplication.translate(
            "sessions",
            "A contact cannot be dated in the future, so nothing was saved; "
            "choose today or an earlier day.",
        ),
    }
    return sentences[exc.reason]
