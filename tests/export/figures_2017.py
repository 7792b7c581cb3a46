"""The seed report's 2017 figures: its table as expected values, and hand-made YearFigures
with the same numbers for tests that need no data file."""

from __future__ import annotations

from dataclasses import replace

from vwdesk.domain.figures import (
    Contacts,
    Debt,
    HomeVisits,
    Housed,
    ProjectFigures,
    Pvt,
    Referrals,
    Reunification,
    Sessions,
    Staff,
    Target,
    Trajectories,
    Volunteers,
    YearFigures,
)

# figures.md, column 2017, by YearFigures key: what the demo file must reproduce.
SEED_REPORT_2017 = {
    "housed.total": 106,
    "housed.adults": 60,
    "housed.children": 46,
    "housed.men": 23,
    "housed.women": 37,
    "housed.boys": 19,
    "housed.girls": 27,
    "housed.other_sex": 0,
    "housed.dwellings": 37,
    "target.backlog_start": 44,
    "target.target": 80,
    "target.backlog_end": 18,
    "contacts.social_guidance": 1551,
    "contacts.info_point": 260,
    "contacts.legal": 446,
    "reunification.new": 12,
    "reunification.total": 37,
    "reunification.successful": 21,
    "trajectories.settlement_started": 60,
    "trajectories.integration_started": 88,
    "projects.VIP.participants": 11,
    "projects.VIP.trainers": 2,
    "projects.VIP.coaches": 5,
    "home_visits.total": 45,
    "volunteers.start": 27,
    "volunteers.end": 18,
    "staff.paid_start": 3,
}

# What figures.md marks "(any)": only their type and plausibility are checked.
ANY_2017 = (
    "reunification.new_nidos",
    "home_visits.pool_size",
    "debt.checklists_started",
    "debt.payment_arrangements",
    "pvt.signed",
)

FIGURES_2017 = YearFigures(
    year=2017,
    housed=Housed(
        total=106,
        adults=60,
        children=46,
        men=23,
        women=37,
        boys=19,
        girls=27,
        by_nationality={"SY": 69, "ER": 20, "AF": 6, "IR": 4, "IQ": 3, "SO": 2, "TR": 1, "YE": 1},
        dwellings=37,
    ),
    target=Target(backlog_start=44, target=80, backlog_end=18),
    contacts=Contacts(social_guidance=1551, info_point=260, legal=446),
    sessions=Sessions(avg_contacts_by_location={"De Hergerborch": 8, "Kantoor De Stander": 5}),
    reunification=Reunification(new=12, new_nidos=3, total=37, successful=21),
    trajectories=Trajectories(settlement_started=60, integration_started=88),
    projects={"VIP": ProjectFigures(participants=11, trainers=2, coaches=5)},
    home_visits=HomeVisits(total=45, pool_size=6),
    volunteers=Volunteers(start=27, end=18),
    staff=Staff(paid_start=3),
    referrals=Referrals(by_partner={"Taalhuis": 30, "Kwadraad": 7, "Plangroep": 4, "CJG": 1}),
    debt=Debt(checklists_started=14, payment_arrangements=6),
    pvt=Pvt(signed=19),
)

MONTHLY_2017 = {
    "social_guidance": [150, 140, 160, 130, 120, 110, 100, 90, 140, 150, 130, 131],
    "info_point": [20, 22, 18, 25, 21, 19, 15, 12, 30, 28, 25, 25],
    "legal": [40, 35, 38, 42, 37, 30, 28, 25, 45, 44, 40, 42],
}

AGE_SEX_2017 = {
    "0-3": {"M": 5, "F": 6, "X": 0},
    "4-11": {"M": 8, "F": 12, "X": 0},
    "12-17": {"M": 6, "F": 9, "X": 0},
    "18-29": {"M": 12, "F": 15, "X": 0},
    "30-49": {"M": 9, "F": 17, "X": 0},
    "50+": {"M": 2, "F": 5, "X": 0},
}


def with_target(figures: YearFigures, start, target, end) -> YearFigures:
    return replace(figures, target=Target(backlog_start=start, target=target, backlog_end=end))
