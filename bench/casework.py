"""Casework: dossiers with family and steps, trajectories, checklists, referrals, projects,
targets and planned visits, all referring to the people of bench/synth.py."""

from __future__ import annotations

from datetime import date

from bench.bulk import Bulk
from bench.synth import END, FIRST_YEAR, LAST_YEAR, PROJECTS, Client, World, iso
from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    FamilyMemberRecord,
    HousingTargetRecord,
    PlannedVisitRecord,
    ProcedureStepRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
)
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.services.demo.names import CREDITORS, PEOPLE, REFERRAL_REASONS


def casework(bulk: Bulk, w: World) -> None:
    """Dossiers with family and steps, trajectories, referrals, projects, targets, visits."""
    rng, n = w.rng, w.counts
    adults = [c for c in w.clients if c.adult]
    d_rows, f_rows, s_rows = [], [], []
    for did, c in enumerate(sorted(rng.sample(adults, n["dossiers"]), key=lambda c: c.housed), 1):
        opened = min(END - rng.randint(0, 90), c.housed + rng.randint(0, 200))
        closed = opened + rng.randint(90, 540) if rng.random() < 0.75 else None
        closed = None if closed is not None and closed > END else closed
        outcome = rng.choices(("successful", "rejected", "withdrawn"), (7, 2, 1))[0]
        d_rows.append(
            (
                did,
                f"D{did:06d}",
                c.id,
                iso(opened),
                rng.random() < 0.1,
                iso(closed) if closed else None,
                outcome if closed else None,
            )
        )
        for _ in range(rng.randint(1, 4)):
            relation = rng.choice(("partner", "child", "child", "parent"))
            born = opened - rng.randint(1, 60) * 365
            f_rows.append(
                (
                    did,
                    f"{rng.choice(PEOPLE[c.nationality][1])} {c.last_name}",
                    relation,
                    iso(born),
                    c.nationality,
                )
            )
        steps = [("permit", opened - 30), ("preparing", opened), ("submitted", opened + 30)]
        if closed:
            steps.append(("decision" if outcome == "successful" else "refusal", closed))
        s_rows += [(did, step, iso(min(day, END))) for step, day in steps]
    bulk.insert(
        ReunificationDossierRecord.__table__,
        ("id", "ref", "client_id", "opened_on", "nidos", "closed_on", "outcome"),
        d_rows,
    )
    bulk.insert(
        FamilyMemberRecord.__table__,
        ("dossier_id", "name", "relation", "birth_date", "country"),
        f_rows,
    )
    bulk.insert(ProcedureStepRecord.__table__, ("dossier_id", "step", "date"), s_rows)

    t_rows = []
    integrating = []
    for c in adults:
        ended = c.housed + 365
        t_rows.append((c.id, "settlement", iso(c.housed), iso(ended) if ended <= END else None))
        start = c.housed + 365 + rng.randint(0, 60)
        if start <= END and rng.random() < 0.75:
            t_rows.append(
                (c.id, "integration", iso(start), iso(start + 365) if start + 365 <= END else None)
            )
            integrating.append((c, start))
    bulk.insert(TrajectoryRecord.__table__, ("client_id", "kind", "started_on", "ended_on"), t_rows)
    checklists(bulk, w, integrating)

    r_rows = []
    reasons = list(REFERRAL_REASONS.values())
    for _ in range(n["referrals"]):
        c = rng.choice(w.clients)
        day = min(END, c.housed + rng.randint(0, 700))
        r_rows.append((c.id, rng.choice(w.partners), iso(day), rng.choice(reasons)))
    r_rows.sort(key=lambda r: r[2])
    bulk.insert(ReferralRecord.__table__, ("client_id", "partner_id", "date", "reason"), r_rows)

    bulk.insert(ProjectRecord.__table__, ("id", "name"), list(enumerate(PROJECTS, 1)))
    m_rows = []
    for _ in range(n["participants"]):
        c = rng.choice(adults)
        start = min(END - 30, c.housed + rng.randint(30, 900))
        until = start + rng.randint(90, 300)
        m_rows.append(
            (
                rng.randint(1, len(PROJECTS)),
                c.id,
                None,
                "participant",
                iso(start),
                iso(until) if until <= END else None,
            )
        )
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        day = date(year, 3, 1).toordinal()
        for project in range(1, len(PROJECTS) + 1):
            for role, k in (("trainer", 2), ("coach", 5)):
                team = w.active_volunteers(day)
                for v in rng.sample(team, min(k, len(team))):
                    m_rows.append((project, None, v[0], role, iso(day), iso(day + 300)))
    bulk.insert(
        ProjectMembershipRecord.__table__,
        ("project_id", "client_id", "volunteer_id", "role", "from_on", "until_on"),
        m_rows,
    )

    housed_per_year: dict[int, int] = {}
    for c in w.clients:
        y = date.fromordinal(c.housed).year
        housed_per_year[y] = housed_per_year.get(y, 0) + 1
    bulk.insert(
        HousingTargetRecord.__table__,
        ("year", "target", "opening_backlog"),
        [
            (
                y,
                round(housed_per_year.get(y, 0) * rng.uniform(0.9, 1.1)),
                max(1, n["clients"] // 200) if y == FIRST_YEAR else None,
            )
            for y in range(FIRST_YEAR, LAST_YEAR + 1)
        ],
    )
    recent = [h for h in w.households if h[2] > END - 2 * 365] or w.households
    p_rows = []
    for _ in range(n["planned_visits"]):
        h = rng.choice(recent)
        p_rows.append(
            (h[0], iso(END - 180 + rng.randint(0, 540)), rng.choice(w.active_volunteers(END))[0])
        )
    bulk.insert(
        PlannedVisitRecord.__table__, ("household_id", "planned_on", "volunteer_id"), p_rows
    )


def checklists(bulk: Bulk, w: World, integrating: list[tuple[Client, int]]) -> None:
    """Settlement per household, integration per integrating adult, debt prevention for some."""
    rng = w.rng
    c_rows, i_rows = [], []
    cid = 0

    def add(template: str, household: int | None, client: int | None, start: int) -> None:
        nonlocal cid
        cid += 1
        tid, items = w.templates[template]
        c_rows.append((cid, tid, household, client, iso(start)))
        for position, key, title, when_needed in items:
            done_on = start + rng.randint(7, 400)
            status, creditor, amount, monthly = "open", "", None, None
            if when_needed and rng.random() > (0.3 if key == PAYMENT_ARRANGEMENT else 0.05):
                status, done_on = "n/a", None
            elif done_on <= END and rng.random() < 0.8:
                status = "done"
                if key == PAYMENT_ARRANGEMENT:
                    creditor = rng.choice(CREDITORS)
                    amount, monthly = rng.randint(100, 5000) * 100, rng.randint(10, 100) * 100
            else:
                done_on = None
            i_rows.append(
                (
                    cid,
                    position,
                    key,
                    title,
                    status,
                    iso(done_on) if done_on else None,
                    creditor,
                    amount,
                    monthly,
                )
            )

    for hid, _ref, housed, _nat in w.households:
        add("settlement", hid, None, housed)
        if rng.random() < 0.25:
            add("debt_prevention", hid, None, min(END, housed + rng.randint(60, 700)))
    for c, start in integrating:
        if rng.random() < 0.6:
            add("integration", None, c.id, start)
    bulk.insert(
        ChecklistRecord.__table__,
        ("id", "template_id", "household_id", "client_id", "started_on"),
        c_rows,
    )
    with bulk.without_indexes("checklist_item"):
        bulk.insert(
            ChecklistItemRecord.__table__,
            (
                "checklist_id",
                "position",
                "key",
                "title",
                "status",
                "done_on",
                "creditor",
                "amount_cents",
                "monthly_cents",
            ),
            i_rows,
        )
