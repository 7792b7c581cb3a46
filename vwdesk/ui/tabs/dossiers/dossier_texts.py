"""Names of steps, outcomes, relations, rules and deadlines as a volunteer reads them.

Shared by the Dossiers and Overzicht tabs. Enum values and rule keys are never
shown raw. A deadline rule's label is data the team leader may rewrite: the
shipped labels (resources/deadline_rules.json) are translated here, anything
the team typed itself is shown as typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from vwdesk.domain.countries import dutch_name, english_name
from vwdesk.domain.deadlines import Deadline, DeadlineAnchor, DeadlineRule
from vwdesk.domain.dossiers import DossierFilter
from vwdesk.domain.enums import DossierOutcome, ProcedureStepKind, Sex
from vwdesk.domain.errors import InputProblem, InvalidInput

# The labels of the shipped rules, marked for translation (the English source is the data).
SHIPPED_RULE_LABELS = (
    QT_TRANSLATE_NOOP("deadline_rules", "Submit the family reunification application (favourable regime)"),  # noqa: E501
    QT_TRANSLATE_NOOP("deadline_rules", "IND decision period ends"),
    QT_TRANSLATE_NOOP("deadline_rules", "Lodge an objection or appeal against the refusal"),
    QT_TRANSLATE_NOOP("deadline_rules", "Travel to the Netherlands on the entry visa (MVV)"),
    QT_TRANSLATE_NOOP("deadline_rules", "Residence permit expires: apply for renewal in time"),
    QT_TRANSLATE_NOOP("deadline_rules", "Travel document expires"),
    QT_TRANSLATE_NOOP("deadline_rules", "Complete the participation statement course (PVT)"),
)  # fmt: skip

# Relations offered in the family member form; stored as these keys, other text as typed.
RELATIONS = ("partner", "child", "parent", "sibling", "other")


def rule_label(label: str) -> str:
    return QCoreApplication.translate("deadline_rules", label)


def deadline_label(deadline: Deadline | DeadlineRule) -> str:
    return rule_label(deadline.label)


def step_label(kind: ProcedureStepKind | str) -> str:
    labels = {
        ProcedureStepKind.PERMIT: QCoreApplication.translate(
            "dossiers", "Referent's permit granted"
        ),
        ProcedureStepKind.PREPARING: QCoreApplication.translate("dossiers", "Preparing"),
        ProcedureStepKind.SUBMITTED: QCoreApplication.translate(
            "dossiers", "Application submitted to the IND"
        ),
        ProcedureStepKind.DECISION: QCoreApplication.translate("dossiers", "IND decision: granted"),
        ProcedureStepKind.REFUSAL: QCoreApplication.translate("dossiers", "IND decision: refused"),
        ProcedureStepKind.OBJECTION: QCoreApplication.translate(
            "dossiers", "Objection or appeal lodged"
        ),
        ProcedureStepKind.VISA: QCoreApplication.translate("dossiers", "Entry visa (MVV) issued"),
        ProcedureStepKind.TRAVEL: QCoreApplication.translate("dossiers", "Travel arranged"),
        ProcedureStepKind.ARRIVAL: QCoreApplication.translate(
            "dossiers", "Arrived in the Netherlands"
        ),
    }
    return labels.get(ProcedureStepKind(kind), str(kind))


def step_short_label(kind: ProcedureStepKind | str) -> str:
    """For the narrow status column of the dossier list."""
    labels = {
        ProcedureStepKind.PERMIT: QCoreApplication.translate("dossiers", "Permit granted"),
        ProcedureStepKind.PREPARING: QCoreApplication.translate("dossiers", "Preparing"),
        ProcedureStepKind.SUBMITTED: QCoreApplication.translate("dossiers", "Submitted"),
        ProcedureStepKind.DECISION: QCoreApplication.translate("dossiers", "Granted"),
        ProcedureStepKind.REFUSAL: QCoreApplication.translate("dossiers", "Refused"),
        ProcedureStepKind.OBJECTION: QCoreApplication.translate("dossiers", "Objection"),
        ProcedureStepKind.VISA: QCoreApplication.translate("dossiers", "MVV issued"),
        ProcedureStepKind.TRAVEL: QCoreApplication.translate("dossiers", "Travel arranged"),
        ProcedureStepKind.ARRIVAL: QCoreApplication.translate("dossiers", "Arrived"),
    }
    return labels.get(ProcedureStepKind(kind), str(kind))


def outcome_label(outcome: DossierOutcome | None) -> str:
    if outcome is None:
        return ""
    labels = {
        DossierOutcome.SUCCESSFUL: QCoreApplication.translate("dossiers", "Successful"),
        DossierOutcome.REJECTED: QCoreApplication.translate("dossiers", "Rejected"),
        DossierOutcome.WITHDRAWN: QCoreApplication.translate("dossiers", "Withdrawn"),
    }
    return labels[DossierOutcome(outcome)]


def filter_label(which: DossierFilter) -> str:
    labels = {
        DossierFilter.OPEN: QCoreApplication.translate("dossiers", "Open dossiers"),
        DossierFilter.OVERDUE: QCoreApplication.translate("dossiers", "With an overdue deadline"),
        DossierFilter.REVIEW_DUE: QCoreApplication.translate("dossiers", "Not reviewed this month"),
        DossierFilter.NIDOS: QCoreApplication.translate("dossiers", "NIDOS dossiers"),
        DossierFilter.CLOSED: QCoreApplication.translate("dossiers", "Closed dossiers"),
        DossierFilter.ALL: QCoreApplication.translate("dossiers", "All dossiers"),
    }
    return labels[which]


def relation_label(relation: str) -> str:
    labels = {
        "partner": QCoreApplication.translate("dossiers", "Partner"),
        "child": QCoreApplication.translate("dossiers", "Child"),
        "parent": QCoreApplication.translate("dossiers", "Parent"),
        "sibling": QCoreApplication.translate("dossiers", "Brother or sister"),
        "other": QCoreApplication.translate("dossiers", "Other family member"),
    }
    return labels.get(relation, relation)


def sex_label(sex: Sex | str) -> str:
    labels = {
        Sex.MALE: QCoreApplication.translate("dossiers", "Male"),
        Sex.FEMALE: QCoreApplication.translate("dossiers", "Female"),
        Sex.OTHER: QCoreApplication.translate("dossiers", "Other or unknown"),
    }
    return labels[Sex(sex)]


def anchor_label(anchor: DeadlineAnchor | str) -> str:
    labels = {
        DeadlineAnchor.REFERENT_PERMIT: QCoreApplication.translate(
            "dossiers", "the referent's permit was granted"
        ),
        DeadlineAnchor.APPLICATION_SUBMITTED: QCoreApplication.translate(
            "dossiers", "the application was submitted"
        ),
        DeadlineAnchor.REFUSAL: QCoreApplication.translate(
            "dossiers", "the IND refused the application"
        ),
        DeadlineAnchor.VISA_ISSUED: QCoreApplication.translate(
            "dossiers", "the entry visa was issued"
        ),
        DeadlineAnchor.PERMIT_EXPIRES: QCoreApplication.translate(
            "dossiers", "the client's residence permit expires"
        ),
        DeadlineAnchor.TRAVEL_DOCUMENT_EXPIRES: QCoreApplication.translate(
            "dossiers", "the client's travel document expires"
        ),
        DeadlineAnchor.FIRST_HOUSING: QCoreApplication.translate(
            "dossiers", "the client was housed (PVT required)"
        ),
    }
    try:
        return labels[DeadlineAnchor(anchor)]
    except ValueError:
        return str(anchor)


def fit_rows(view, rows: int, max_rows: int = 8) -> None:
    """Make a table just tall enough for its rows (at most `max_rows`, then it scrolls)."""
    shown = max(1, min(rows, max_rows))
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += shown * view.verticalHeader().defaultSectionSize()
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


def _count(n: int, one: str, many: str) -> str:
    """Dutch and English both say one/many; `many` holds {n}. (lupdate marks no plural
    forms for QCoreApplication.translate, so both forms are separate messages.)"""
    return one if n == 1 else many.format(n=n)


def period_text(months: int, days: int) -> str:
    """'3 months', '4 weeks', '90 days', '1 month and 2 days'; 'on the day itself' for zero."""
    m, d = abs(months), abs(days)
    parts = []
    if m:
        parts.append(
            _count(
                m,
                QCoreApplication.translate("dossiers", "1 month"),
                QCoreApplication.translate("dossiers", "{n} months"),
            )
        )
    if d and d % 7 == 0 and not m:
        parts.append(
            _count(
                d // 7,
                QCoreApplication.translate("dossiers", "1 week"),
                QCoreApplication.translate("dossiers", "{n} weeks"),
            )
        )
    elif d:
        parts.append(
            _count(
                d,
                QCoreApplication.translate("dossiers", "1 day"),
                QCoreApplication.translate("dossiers", "{n} days"),
            )
        )
    if not parts:
        return QCoreApplication.translate("dossiers", "on the day itself")
    text = parts[0]
    if len(parts) == 2:
        text = QCoreApplication.translate("dossiers", "{a} and {b}").format(a=parts[0], b=parts[1])
    if months < 0 or days < 0:
        return QCoreApplication.translate("dossiers", "{period} before").format(period=text)
    return QCoreApplication.translate("dossiers", "{period} after").format(period=text)


def days_left_text(deadline: Deadline, today: date) -> str:
    left = deadline.days_left(today)
    if left < 0:
        return _count(
            -left,
            QCoreApplication.translate("dossiers", "1 day overdue"),
            QCoreApplication.translate("dossiers", "{n} days overdue"),
        )
    if left == 0:
        return QCoreApplication.translate("dossiers", "today")
    return _count(
        left,
        QCoreApplication.translate("dossiers", "1 day left"),
        QCoreApplication.translate("dossiers", "{n} days left"),
    )


def country_label(code: str) -> str:
    if not code:
        return ""
    dutch = QLocale().language() == QLocale.Language.Dutch
    return dutch_name(code) if dutch else english_name(code)


def problem_sentences(exc: BaseException) -> list[str]:
    """The problems of an InvalidInput from the dossier rules, one sentence each."""
    if not isinstance(exc, InvalidInput):
        return []
    return [_problem(p) for p in exc.problems]


def _problem(problem: InputProblem) -> str:
    by_field = {
        "opened_on": QCoreApplication.translate(
            "dossiers", "The opening date cannot lie in the future."
        ),
        "closed_on": QCoreApplication.translate(
            "dossiers", "Check the closing date: not in the future, not before the opening."
        ),
        "on": QCoreApplication.translate(
            "dossiers", "A step is recorded once it happened: its date cannot lie in the future."
        ),
        "name": QCoreApplication.translate("dossiers", "Give the family member's name."),
        "relation": QCoreApplication.translate("dossiers", "Say how the family member is related."),
        "birth_date": QCoreApplication.translate("dossiers", "Check the date of birth."),
        "country": QCoreApplication.translate("dossiers", "Choose the country from the list."),
        "label": QCoreApplication.translate("dossiers", "A rule needs a name."),
        "months": QCoreApplication.translate("dossiers", "The number of months is too large."),
        "days": QCoreApplication.translate("dossiers", "The number of days is too large."),
        "remind_days_before": QCoreApplication.translate(
            "dossiers", "Remind at most a year before."
        ),
        "checked_on": QCoreApplication.translate(
            "dossiers", "The date the rule was checked cannot lie in the future."
        ),
        "first_name": QCoreApplication.translate("dossiers", "Give a first or last name."),
        "last_name": QCoreApplication.translate("dossiers", "Give a first or last name."),
        "sex": QCoreApplication.translate("dossiers", "Choose the sex."),
        "nationality": QCoreApplication.translate("dossiers", "Choose the nationality."),
        "housed_on": QCoreApplication.translate(
            "dossiers", "The housing date cannot lie before the household's own."
        ),
    }
    sentence = by_field.get(
        problem.field or "",
        QCoreApplication.translate("dossiers", "Check the entered information."),
    )
    if problem.row is not None:
        return QCoreApplication.translate("dossiers", "Row {row}: {sentence}").format(
            row=problem.row, sentence=sentence
        )
    return sentence
