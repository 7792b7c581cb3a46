"""Hand-made 2017 figures (the seed report's numbers) for tests that need no data file."""

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
