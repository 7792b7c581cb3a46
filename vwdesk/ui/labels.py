"""Translated names for the domain's closed vocabularies (enum values are never shown raw).

Add a function per enum as tabs need them; keep the English source here and
the Dutch in resources/translations/vwdesk_nl.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vwdesk.domain.enums import Channel, ContactKind, Role, SessionKind
from vwdesk.domain.languages import language_names
from vwdesk.ui.i18n import interface_language


def role_label(role: Role) -> str:
    labels = {
        Role.TEAM_LEADER: QCoreApplication.translate("labels", "Team leader"),
        Role.JUNIOR_TEAM_LEADER: QCoreApplication.translate("labels", "Junior team leader"),
        Role.VOLUNTEER: QCoreApplication.translate("labels", "Volunteer"),
    }
    return labels[role]


def contact_kind_label(kind: ContactKind) -> str:
    labels = {
        ContactKind.SOCIAL_GUIDANCE: QCoreApplication.translate("labels", "Social guidance"),
        ContactKind.INFO_POINT: QCoreApplication.translate("labels", "Info point"),
        ContactKind.LEGAL: QCoreApplication.translate("labels", "Legal"),
    }
    return labels[ContactKind(kind)]


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.CONSULTATION: QCoreApplication.translate("labels", "Consultation hour"),
        Channel.PHONE: QCoreApplication.translate("labels", "Phone"),
        Channel.HOME_VISIT: QCoreApplication.translate("labels", "Home visit"),
        Channel.EMAIL: QCoreApplication.translate("labels", "E-mail"),
        Channel.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[Channel(channel)]


def session_kind_label(kind: SessionKind) -> str:
    labels = {
        SessionKind.WALK_IN: QCoreApplication.translate("labels", "Walk-in consultation"),
        SessionKind.SOCIAL_GUIDANCE: QCoreApplication.translate(
            "labels", "Social guidance consultation"
        ),
        SessionKind.INFO_POINT: QCoreApplication.translate("labels", "Info point"),
        SessionKind.LEGAL: QCoreApplication.translate("labels", "Legal consultation"),
    }
    return labels[SessionKind(kind)]


def languages_label(stored: str) -> str:
    """`ar,en` as `Arabisch, Engels` (English names in the English interface); older free
    text as it was typed."""
    return language_names(stored, interface_language())
