"""A Dutch (translated) label for every figure key of shared/spec/figures.md.

The keys are the report's stable contract; a volunteer never sees them. Each
group is a heading of the Cijfers table, in the order of the printed report.
`projects.<name>.<role>` keys are per project, so their labels come from
PROJECT_ROLES; the object-valued figures (by nationality, location, partner)
get one row per entry under their label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "figures"
PROJECTS_GROUP = "projects"

# (group key, group title, ((figure key, label), ...)); labels are English sources.
GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "housing",
        QT_TRANSLATE_NOOP("figures", "Housing"),
        (
            ("housed.total", QT_TRANSLATE_NOOP("figures", "Status holders housed")),
            ("housed.adults", QT_TRANSLATE_NOOP("figures", "of whom adults (18 or over)")),
            ("housed.children", QT_TRANSLATE_NOOP("figures", "of whom children (under 18)")),
            ("housed.men", QT_TRANSLATE_NOOP("figures", "Men")),
            ("housed.women", QT_TRANSLATE_NOOP("figures", "Women")),
            ("housed.boys", QT_TRANSLATE_NOOP("figures", "Boys")),
            ("housed.girls", QT_TRANSLATE_NOOP("figures", "Girls")),
            ("housed.other_sex", QT_TRANSLATE_NOOP("figures", "Sex other or unknown")),
            ("housed.dwellings", QT_TRANSLATE_NOOP("figures", "Dwellings made available")),
            ("housed.by_nationality", QT_TRANSLATE_NOOP("figures", "Housed by nationality")),
        ),
    ),
    (
        "target",
        QT_TRANSLATE_NOOP("figures", "Housing target"),
        (
            ("target.backlog_start", QT_TRANSLATE_NOOP("figures", "Backlog on 1 January")),
            ("target.target", QT_TRANSLATE_NOOP("figures", "Housing target for the year")),
            (
                "target.backlog_end",
                QT_TRANSLATE_NOOP("figures", "Backlog on 31 December (negative: ahead)"),
            ),
        ),
    ),
    (
        "contacts",
        QT_TRANSLATE_NOOP("figures", "Consultation hours and info point"),
        (
            ("contacts.social_guidance", QT_TRANSLATE_NOOP("figures", "Social guidance contacts")),
            ("contacts.info_point", QT_TRANSLATE_NOOP("figures", "Info point contacts")),
            (
                "contacts.legal",
                QT_TRANSLATE_NOOP("figures", "Legal and family reunification contacts"),
            ),
            (
                "sessions.avg_contacts_by_location",
                QT_TRANSLATE_NOOP("figures", "Average contacts per consultation hour, by location"),
            ),
        ),
    ),
    (
        "reunification",
        QT_TRANSLATE_NOOP("figures", "Family reunification"),
        (
            ("reunification.new", QT_TRANSLATE_NOOP("figures", "New dossiers")),
            ("reunification.new_nidos", QT_TRANSLATE_NOOP("figures", "of which NIDOS dossiers")),
            (
                "reunification.total",
                QT_TRANSLATE_NOOP("figures", "Dossiers open during the year"),
            ),
            (
                "reunification.successful",
                QT_TRANSLATE_NOOP("figures", "Dossiers closed successfully"),
            ),
        ),
    ),
    (
        "trajectories",
        QT_TRANSLATE_NOOP("figures", "Social guidance"),
        (
            (
                "trajectories.settlement_started",
                QT_TRANSLATE_NOOP("figures", "Trajectories started, first year (settlement)"),
            ),
            (
                "trajectories.integration_started",
                QT_TRANSLATE_NOOP("figures", "Trajectories started, second year (integration)"),
            ),
        ),
    ),
    (PROJECTS_GROUP, QT_TRANSLATE_NOOP("figures", "Projects"), ()),
    (
        "home_visits",
        QT_TRANSLATE_NOOP("figures", "Home visits"),
        (
            ("home_visits.total", QT_TRANSLATE_NOOP("figures", "Home visits made")),
            (
                "home_visits.pool_size",
                QT_TRANSLATE_NOOP("figures", "Volunteers in the home-visit pool on 31 December"),
            ),
        ),
    ),
    (
        "cooperation",
        QT_TRANSLATE_NOOP("figures", "Cooperation"),
        (("referrals.by_partner", QT_TRANSLATE_NOOP("figures", "Referrals by partner")),),
    ),
    (
        "debt",
        QT_TRANSLATE_NOOP("figures", "Debt prevention"),
        (
            (
                "debt.checklists_started",
                QT_TRANSLATE_NOOP("figures", "Debt prevention checklists started"),
            ),
            (
                "debt.payment_arrangements",
                QT_TRANSLATE_NOOP("figures", "Payment arrangements made"),
            ),
        ),
    ),
    (
        "pvt",
        QT_TRANSLATE_NOOP("figures", "Participation statement"),
        (("pvt.signed", QT_TRANSLATE_NOOP("figures", "Participation statements signed")),),
    ),
    (
        "team",
        QT_TRANSLATE_NOOP("figures", "Team"),
        (
            ("volunteers.start", QT_TRANSLATE_NOOP("figures", "Volunteers on 1 January")),
            ("volunteers.end", QT_TRANSLATE_NOOP("figures", "Volunteers on 31 December")),
            ("staff.paid_start", QT_TRANSLATE_NOOP("figures", "Paid staff on 1 January")),
        ),
    ),
)

# The last part of a `projects.<name>.<role>` key.
PROJECT_ROLES: tuple[tuple[str, str], ...] = (
    ("participants", QT_TRANSLATE_NOOP("figures", "Participants")),
    ("trainers", QT_TRANSLATE_NOOP("figures", "Trainers")),
    ("coaches", QT_TRANSLATE_NOOP("figures", "Coaches")),
)


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)
