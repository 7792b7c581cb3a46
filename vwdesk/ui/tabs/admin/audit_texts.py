"""The audit trail's actions in words (Beheer > Logboek, and the access report's PDF).

An action the table does not know yet (added by a later version) shows its
group's word and the code, so the viewer never goes blank.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


GROUPS = {
    "sign_in": QT_TRANSLATE_NOOP("audit", "Signing in"),
    "account": QT_TRANSLATE_NOOP("audit", "Accounts"),
    "recovery_key": QT_TRANSLATE_NOOP("audit", "Recovery key"),
    "client": QT_TRANSLATE_NOOP("audit", "Clients"),
    "clients": QT_TRANSLATE_NOOP("audit", "Client lists"),
    "household": QT_TRANSLATE_NOOP("audit", "Households"),
    "contact": QT_TRANSLATE_NOOP("audit", "Contacts"),
    "topics": QT_TRANSLATE_NOOP("audit", "Contact topics"),
    "session": QT_TRANSLATE_NOOP("audit", "Consultation hours"),
    "schedule": QT_TRANSLATE_NOOP("audit", "Weekly schedule"),
    "location": QT_TRANSLATE_NOOP("audit", "Locations"),
    "visit": QT_TRANSLATE_NOOP("audit", "Home visits"),
    "dossier": QT_TRANSLATE_NOOP("audit", "Dossiers"),
    "deadline_rule": QT_TRANSLATE_NOOP("audit", "Deadline rules"),
    "trajectory": QT_TRANSLATE_NOOP("audit", "Trajectories"),
    "checklist": QT_TRANSLATE_NOOP("audit", "Checklists"),
    "checklist_item": QT_TRANSLATE_NOOP("audit", "Checklist items"),
    "checklist_template": QT_TRANSLATE_NOOP("audit", "Checklist templates"),
    "referral": QT_TRANSLATE_NOOP("audit", "Referrals"),
    "partner": QT_TRANSLATE_NOOP("audit", "Partners"),
    "volunteer": QT_TRANSLATE_NOOP("audit", "Team"),
    "report": QT_TRANSLATE_NOOP("audit", "Annual report"),
    "list": QT_TRANSLATE_NOOP("audit", "Lists"),
    "export": QT_TRANSLATE_NOOP("audit", "Export"),
    "import": QT_TRANSLATE_NOOP("audit", "Import"),
    "backup": QT_TRANSLATE_NOOP("audit", "Backups"),
    "setting": QT_TRANSLATE_NOOP("audit", "Settings"),
    "file": QT_TRANSLATE_NOOP("audit", "The file"),
    "demo": QT_TRANSLATE_NOOP("audit", "The file"),
}

ACTIONS = {
    "sign_in": QT_TRANSLATE_NOOP("audit", "Signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("audit", "Failed sign-ins before this one"),
    "sign_in.recovery_key": QT_TRANSLATE_NOOP("audit", "Signed in with the recovery key"),
    "account.add": QT_TRANSLATE_NOOP("audit", "Account added"),
    "account.disable": QT_TRANSLATE_NOOP("audit", "Account disabled"),
    "account.link": QT_TRANSLATE_NOOP("audit", "Account linked to a team member"),
    "account.passwd": QT_TRANSLATE_NOOP("audit", "Own password changed"),
    "account.reset": QT_TRANSLATE_NOOP("audit", "Password reset"),
    "recovery_key.new": QT_TRANSLATE_NOOP("audit", "New recovery key"),
    "client.add": QT_TRANSLATE_NOOP("audit", "Client registered"),
    "client.open": QT_TRANSLATE_NOOP("audit", "Client's record opened"),
    "client.update": QT_TRANSLATE_NOOP("audit", "Client's details changed"),
    "client.close": QT_TRANSLATE_NOOP("audit", "Client closed"),
    "client.reopen": QT_TRANSLATE_NOOP("audit", "Client reopened"),
    "client.move": QT_TRANSLATE_NOOP("audit", "Client moved to another household"),
    "client.pvt": QT_TRANSLATE_NOOP("audit", "Participation statement changed"),
    "client.delete": QT_TRANSLATE_NOOP("audit", "Client deleted"),
    "client.anonymise": QT_TRANSLATE_NOOP("audit", "Client anonymised"),
    "client.access_report": QT_TRANSLATE_NOOP("audit", "Access report made"),
    "clients.export": QT_TRANSLATE_NOOP("audit", "Client list exported"),
    "household.register": QT_TRANSLATE_NOOP("audit", "Household registered"),
    "household.update": QT_TRANSLATE_NOOP("audit", "Household changed"),
    "household.delete": QT_TRANSLATE_NOOP("audit", "Household deleted"),
    "household.contact_volunteer": QT_TRANSLATE_NOOP("audit", "Contact volunteer assigned"),
    "household.visit_interval": QT_TRANSLATE_NOOP("audit", "Home visit interval changed"),
    "contact.add": QT_TRANSLATE_NOOP("audit", "Contact logged"),
    "contact.undo": QT_TRANSLATE_NOOP("audit", "Contact undone"),
    "topics.change": QT_TRANSLATE_NOOP("audit", "Contact topics changed"),
    "session.add": QT_TRANSLATE_NOOP("audit", "Consultation hour added"),
    "session.open": QT_TRANSLATE_NOOP("audit", "Consultation hour opened"),
    "session.cancel": QT_TRANSLATE_NOOP("audit", "Consultation hour cancelled"),
    "session.restore": QT_TRANSLATE_NOOP("audit", "Consultation hour restored"),
    "schedule.add": QT_TRANSLATE_NOOP("audit", "Weekly hour added"),
    "schedule.change": QT_TRANSLATE_NOOP("audit", "Weekly hour changed"),
    "schedule.end": QT_TRANSLATE_NOOP("audit", "Weekly hour ended"),
    "location.add": QT_TRANSLATE_NOOP("audit", "Location added"),
    "visit.plan": QT_TRANSLATE_NOOP("audit", "Home visit planned"),
    "visit.cancel": QT_TRANSLATE_NOOP("audit", "Home visit cancelled"),
    "visit.record": QT_TRANSLATE_NOOP("audit", "Home visit recorded"),
    "dossier.create": QT_TRANSLATE_NOOP("audit", "Dossier opened"),
    "dossier.update": QT_TRANSLATE_NOOP("audit", "Dossier changed"),
    "dossier.review": QT_TRANSLATE_NOOP("audit", "Dossier reviewed"),
    "dossier.close": QT_TRANSLATE_NOOP("audit", "Dossier closed"),
    "dossier.reopen": QT_TRANSLATE_NOOP("audit", "Dossier reopened"),
    "dossier.member_add": QT_TRANSLATE_NOOP("audit", "Family member added"),
    "dossier.member_update": QT_TRANSLATE_NOOP("audit", "Family member changed"),
    "dossier.member_remove": QT_TRANSLATE_NOOP("audit", "Family member removed"),
    "dossier.step_add": QT_TRANSLATE_NOOP("audit", "Procedure step added"),
    "dossier.step_update": QT_TRANSLATE_NOOP("audit", "Procedure step changed"),
    "dossier.step_remove": QT_TRANSLATE_NOOP("audit", "Procedure step removed"),
    "deadline_rule.create": QT_TRANSLATE_NOOP("audit", "Deadline rule added"),
    "deadline_rule.update": QT_TRANSLATE_NOOP("audit", "Deadline rule changed"),
    "trajectory.start": QT_TRANSLATE_NOOP("audit", "Trajectory started"),
    "trajectory.change": QT_TRANSLATE_NOOP("audit", "Trajectory changed"),
    "trajectory.remove": QT_TRANSLATE_NOOP("audit", "Trajectory removed"),
    "checklist.start": QT_TRANSLATE_NOOP("audit", "Checklist started"),
    "checklist.close": QT_TRANSLATE_NOOP("audit", "Checklist closed"),
    "checklist.reopen": QT_TRANSLATE_NOOP("audit", "Checklist reopened"),
    "checklist_item.add": QT_TRANSLATE_NOOP("audit", "Checklist item added"),
    "checklist_item.update": QT_TRANSLATE_NOOP("audit", "Checklist item changed"),
    "checklist_template.save": QT_TRANSLATE_NOOP("audit", "Checklist template saved"),
    "referral.add": QT_TRANSLATE_NOOP("audit", "Referral added"),
    "referral.outcome": QT_TRANSLATE_NOOP("audit", "Referral outcome recorded"),
    "referral.remove": QT_TRANSLATE_NOOP("audit", "Referral removed"),
    "partner.add": QT_TRANSLATE_NOOP("audit", "Partner added"),
    "partner.update": QT_TRANSLATE_NOOP("audit", "Partner changed"),
    "volunteer.add": QT_TRANSLATE_NOOP("audit", "Team member added"),
    "volunteer.update": QT_TRANSLATE_NOOP("audit", "Team member changed"),
    "volunteer.end": QT_TRANSLATE_NOOP("audit", "Team member's period ended"),
    "volunteer.pool": QT_TRANSLATE_NOOP("audit", "Home visit pool changed"),
    "report.export": QT_TRANSLATE_NOOP("audit", "Annual report exported"),
    "report.text": QT_TRANSLATE_NOOP("audit", "Report text changed"),
    "list.export": QT_TRANSLATE_NOOP("audit", "List exported"),
    "export.template": QT_TRANSLATE_NOOP("audit", "Data exported as an import workbook"),
    "import": QT_TRANSLATE_NOOP("audit", "Data imported"),
    "backup": QT_TRANSLATE_NOOP("audit", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("audit", "Backup restored to a new file"),
    "setting.change": QT_TRANSLATE_NOOP("audit", "Team setting changed"),
    "file.create": QT_TRANSLATE_NOOP("audit", "File created"),
    "demo.build": QT_TRANSLATE_NOOP("audit", "Demo file built"),
}


def group_label(group: str) -> str:
    source = GROUPS.get(group)
    return _t(source) if source else group


def action_label(action: str) -> str:
    source = ACTIONS.get(action)
    if source:
        return _t(source)
    group = action.split(".", 1)[0]
    return f"{group_label(group)} ({action})"


def action_labels() -> dict[str, str]:
    """Every known action in words, for the access report's PDF (written on the worker)."""
    return {action: _t(source) for action, source in ACTIONS.items()}


def access_value_labels() -> dict[str, dict[str, str]]:
    """Coded values in words for the access report's PDF, by field (the JSON keeps codes).

    Built on the UI thread from the labels the tabs use; countries the export
    names itself (domain/countries.py)."""
    from vwdesk.domain.clients import CloseReason
    from vwdesk.domain.enums import (
        Channel,
        ChecklistItemStatus,
        ContactKind,
        DossierOutcome,
        ProcedureStepKind,
        Sex,
        TrajectoryKind,
    )
    from vwdesk.domain.sessions import KNOWN_TOPICS
    from vwdesk.ui.labels import channel_label, contact_kind_label
    from vwdesk.ui.tabs.clients.client_texts import close_reason_label, sex_label
    from vwdesk.ui.tabs.dossiers.dossier_texts import outcome_label, relation_label, step_label
    from vwdesk.ui.tabs.sessions.texts import topic_label
    from vwdesk.ui.widgets.checklist_labels import status_label, trajectory_kind_label

    kinds = {k.value: contact_kind_label(k) for k in ContactKind}
    kinds |= {k.value: trajectory_kind_label(k) for k in TrajectoryKind}
    return {
        "kind": kinds,
        "channel": {c.value: channel_label(c) for c in Channel},
        "sex": {s.value: sex_label(s.value) for s in Sex},
        "close_reason": {r.value: close_reason_label(r.value) for r in CloseReason},
        "outcome": {o.value: outcome_label(o) for o in DossierOutcome},
        "step": {s.value: step_label(s) for s in ProcedureStepKind},
        "relation": {
            r: relation_label(r) for r in ("partner", "child", "parent", "sibling", "other")
        },
        "status": {s.value: status_label(s) for s in ChecklistItemStatus},
        "topics": {t: topic_label(t) for t in KNOWN_TOPICS},
    }
