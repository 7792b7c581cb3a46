"""The annual figures of shared/spec/figures.md, computed by the database.

Every figure is one SQL aggregate (COUNT with CASE, GROUP BY), so a year with
ten thousand contacts costs the same few queries as a year with ten; Python
only assembles the results. Computing needs no permission: exporting does.

Dates are ISO text in SQLite; the date arithmetic lives in sql_dates.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import String, and_, case, cast, func, or_, select, union
from sqlalchemy.orm import Session

from vwdesk.db.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ChecklistTemplateRecord,
    ClientRecord,
    ConsultationSessionRecord,
    ContactRecord,
    HouseholdRecord,
    HousingTargetRecord,
    LocationRecord,
    PartnerRecord,
    ProjectMembershipRecord,
    ProjectRecord,
    ReferralRecord,
    ReunificationDossierRecord,
    TrajectoryRecord,
    VolunteerRecord,
)
from vwdesk.domain.checklists import PAYMENT_ARRANGEMENT
from vwdesk.domain.enums import (
    Channel,
    ChecklistItemStatus,
    ChecklistKind,
    ContactKind,
    DossierOutcome,
    ProjectRole,
    Sex,
    TrajectoryKind,
)
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
    round_half_up,
)
from vwdesk.services.sql_dates import (
    active_on,
    age_on,
    count_if,
    in_year,
    overlaps_year,
    year_bounds,
    year_of,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

# Age bands of the housed for the report's chart: (label, lowest age, highest age).
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-3", 0, 3),
    ("4-11", 4, 11),
    ("12-17", 12, 17),
    ("18-29", 18, 29),
    ("30-49", 30, 49),
    ("50+", 50, None),
)
SEXES = tuple(s.value for s in Sex)


class FiguresService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    # -- the whole year ------------------------------------------------------------------
    def compute(self, year: int) -> YearFigures:
        with self._ws.reading() as s:
            housed = self._housed(s, year)
            return YearFigures(
                year=year,
                housed=housed,
                target=self._target(s, year),
                contacts=self._contacts(s, year),
                sessions=self._sessions(s, year),
                reunification=self._reunification(s, year),
                trajectories=self._trajectories(s, year),
                projects=self._projects(s, year),
                home_visits=self._home_visits(s, year),
                volunteers=self._volunteers(s, year),
                staff=self._staff(s, year),
                referrals=self._referrals(s, year),
                debt=self._debt(s, year),
                pvt=self._pvt(s, year),
            )

    # -- housing -------------------------------------------------------------------------
    def _housed(self, s: Session, year: int) -> Housed:
        c = ClientRecord
        adult = age_on(c.birth_date, c.housed_on) >= 18
        child = age_on(c.birth_date, c.housed_on) < 18
        row = s.execute(
            select(
                func.count(),
                count_if(adult),
                count_if(child),
                count_if(and_(adult, c.sex == Sex.MALE.value)),
                count_if(and_(adult, c.sex == Sex.FEMALE.value)),
                count_if(and_(child, c.sex == Sex.MALE.value)),
                count_if(and_(child, c.sex == Sex.FEMALE.value)),
                count_if(c.sex == Sex.OTHER.value),
            ).where(in_year(c.housed_on, year))
        ).one()
        by_nationality = s.execute(
            select(c.nationality, func.count())
            .where(in_year(c.housed_on, year))
            .group_by(c.nationality)
            .order_by(func.count().desc(), c.nationality)
        ).all()
        dwellings = s.scalar(select(func.count()).where(in_year(HouseholdRecord.housed_on, year)))
        total, adults, children, men, women, boys, girls, other = row
        return Housed(
            total=total,
            adults=adults,
            children=children,
            men=men,
            women=women,
            boys=boys,
            girls=girls,
            other_sex=other,
            by_nationality={code: n for code, n in by_nationality},
            dwellings=dwellings or 0,
        )

    def _target(self, s: Session, year: int) -> Target:
        """The backlog chain over the consecutive years that have a target.

        The first year of a run of consecutive years with a target starts from
        its configured opening backlog (0 when none is set); every following
        year starts from the previous year's backlog_end. A year without a
        target has no target figures at all.
        """
        targets = {
            t.year: (t.target, t.opening_backlog)
            for t in s.execute(
                select(
                    HousingTargetRecord.year,
                    HousingTargetRecord.target,
                    HousingTargetRecord.opening_backlog,
                ).where(HousingTargetRecord.year <= year)
            )
        }
        if year not in targets:
            return Target()
        first = year
        while first - 1 in targets:
            first -= 1
        housed = dict(
            s.execute(
                select(year_of(ClientRecord.housed_on), func.count())
                .where(ClientRecord.housed_on.between(date(first, 1, 1), date(year, 12, 31)))
                .group_by(year_of(ClientRecord.housed_on))
            ).all()
        )
        backlog = targets[first][1] or 0
        for y in range(first, year + 1):
            start = backlog
            backlog = start + targets[y][0] - housed.get(y, 0)
        return Target(backlog_start=start, target=targets[year][0], backlog_end=backlog)

    # -- contacts and sessions -----------------------------------------------------------
    def _contacts(self, s: Session, year: int) -> Contacts:
        k = ContactRecord.kind
        row = s.execute(
            select(
                count_if(k == ContactKind.SOCIAL_GUIDANCE.value),
                count_if(k == ContactKind.INFO_POINT.value),
                count_if(k == ContactKind.LEGAL.value),
            ).where(in_year(ContactRecord.date, year))
        ).one()
        return Contacts(social_guidance=row[0], info_point=row[1], legal=row[2])

    def _sessions(self, s: Session, year: int) -> Sessions:
        sess = ConsultationSessionRecord
        rows = s.execute(
            select(
                LocationRecord.name,
                func.count(func.distinct(sess.id)),
                func.count(ContactRecord.id),
            )
            .select_from(sess)
            .join(LocationRecord, LocationRecord.id == sess.location_id)
            .outerjoin(ContactRecord, ContactRecord.session_id == sess.id)
            .where(in_year(sess.date, year), sess.cancelled.is_(False))
            .group_by(LocationRecord.name)
            .order_by(LocationRecord.name)
        ).all()
        return Sessions(
            avg_contacts_by_location={
                name: round_half_up(contacts, sessions) for name, sessions, contacts in rows
            }
        )

    def _home_visits(self, s: Session, year: int) -> HomeVisits:
        total = s.scalar(
            select(func.count()).where(
                ContactRecord.channel == Channel.HOME_VISIT.value,
                in_year(ContactRecord.date, year),
            )
        )
        v = VolunteerRecord
        pool = s.scalar(
            select(func.count()).where(
                v.paid.is_(False),
                v.home_visit_pool.is_(True),
                active_on(v.active_from, v.active_until, date(year, 12, 31)),
            )
        )
        return HomeVisits(total=total or 0, pool_size=pool or 0)

    # -- casework ------------------------------------------------------------------------
    def _reunification(self, s: Session, year: int) -> Reunification:
        d = ReunificationDossierRecord
        first, last = year_bounds(year)
        opened = in_year(d.opened_on, year)
        row = s.execute(
            select(
                count_if(opened),
                count_if(and_(opened, d.nidos.is_(True))),
                count_if(
                    and_(d.opened_on <= last, or_(d.closed_on.is_(None), d.closed_on >= first))
                ),
                count_if(
                    and_(in_year(d.closed_on, year), d.outcome == DossierOutcome.SUCCESSFUL.value)
                ),
            )
        ).one()
        return Reunification(new=row[0], new_nidos=row[1], total=row[2], successful=row[3])

    def _trajectories(self, s: Session, year: int) -> Trajectories:
        t = TrajectoryRecord
        # Naming both kinds lets SQLite seek ix_trajectory_kind_started (kind, started_on)
        # instead of reading the whole index.
        kinds = (TrajectoryKind.SETTLEMENT.value, TrajectoryKind.INTEGRATION.value)
        row = s.execute(
            select(
                count_if(t.kind == kinds[0]),
                count_if(t.kind == kinds[1]),
            ).where(t.kind.in_(kinds), in_year(t.started_on, year))
        ).one()
        return Trajectories(settlement_started=row[0], integration_started=row[1])

    def _projects(self, s: Session, year: int) -> dict[str, ProjectFigures]:
        m = ProjectMembershipRecord
        # One key per person, whether a client or a team member, counted once per role.
        person = func.coalesce("c" + cast(m.client_id, String), "v" + cast(m.volunteer_id, String))
        rows = s.execute(
            select(ProjectRecord.name, m.role, func.count(func.distinct(person)))
            .join(ProjectRecord, ProjectRecord.id == m.project_id)
            .where(overlaps_year(m.from_on, m.until_on, year))
            .group_by(ProjectRecord.name, m.role)
        ).all()
        counts: dict[str, dict[str, int]] = {}
        for name, role, n in rows:
            counts.setdefault(name, {})[role] = n
        return {
            name: ProjectFigures(
                participants=by_role.get(ProjectRole.PARTICIPANT.value, 0),
                trainers=by_role.get(ProjectRole.TRAINER.value, 0),
                coaches=by_role.get(ProjectRole.COACH.value, 0),
            )
            for name, by_role in sorted(counts.items())
        }

    def _referrals(self, s: Session, year: int) -> Referrals:
        rows = s.execute(
            select(PartnerRecord.name, func.count())
            .select_from(ReferralRecord)
            .join(PartnerRecord, PartnerRecord.id == ReferralRecord.partner_id)
            .where(in_year(ReferralRecord.date, year))
            .group_by(PartnerRecord.name)
            .order_by(func.count().desc(), PartnerRecord.name)
        ).all()
        return Referrals(by_partner={name: n for name, n in rows})

    def _debt(self, s: Session, year: int) -> Debt:
        started = s.scalar(
            select(func.count())
            .select_from(ChecklistRecord)
            .join(
                ChecklistTemplateRecord, ChecklistTemplateRecord.id == ChecklistRecord.template_id
            )
            .where(
                ChecklistTemplateRecord.key == ChecklistKind.DEBT_PREVENTION.value,
                in_year(ChecklistRecord.started_on, year),
            )
        )
        arrangements = s.scalar(
            select(func.count()).where(
                ChecklistItemRecord.key == PAYMENT_ARRANGEMENT,
                ChecklistItemRecord.status == ChecklistItemStatus.DONE.value,
                in_year(ChecklistItemRecord.done_on, year),
            )
        )
        return Debt(checklists_started=started or 0, payment_arrangements=arrangements or 0)

    def _pvt(self, s: Session, year: int) -> Pvt:
        signed = s.scalar(select(func.count()).where(in_year(ClientRecord.pvt_signed_on, year)))
        return Pvt(signed=signed or 0)

    # -- the team ------------------------------------------------------------------------
    def _volunteers(self, s: Session, year: int) -> Volunteers:
        v = VolunteerRecord
        first, last = year_bounds(year)
        row = s.execute(
            select(
                count_if(active_on(v.active_from, v.active_until, first)),
                count_if(active_on(v.active_from, v.active_until, last)),
            ).where(v.paid.is_(False))
        ).one()
        return Volunteers(start=row[0], end=row[1])

    def _staff(self, s: Session, year: int) -> Staff:
        v = VolunteerRecord
        paid = s.scalar(
            select(func.count()).where(
                v.paid.is_(True), active_on(v.active_from, v.active_until, date(year, 1, 1))
            )
        )
        return Staff(paid_start=paid or 0)

    # -- for the report's charts ---------------------------------------------------------
    def monthly_contacts(self, year: int) -> dict[str, list[int]]:
        """Contact kind -> twelve counts, January first; every kind present.

        Counted per day and kind, in the order of ix_contact_date_kind, and added up
        into months here: grouping by month in SQL sorts every contact of the year
        first (a third of a second for the 270,000 of a national file).
        """
        c = ContactRecord
        with self._ws.reading() as s:
            rows = s.execute(
                select(c.date, c.kind, func.count())
                .where(in_year(c.date, year))
                .group_by(c.date, c.kind)
            ).all()
        out = {kind.value: [0] * 12 for kind in ContactKind}
        for day, kind, n in rows:
            out.setdefault(kind, [0] * 12)[day.month - 1] += n
        return out

    def housed_age_sex(self, year: int) -> dict[str, dict[str, int]]:
        """Age band ("0-3" ... "50+") -> sex ("M", "F", "X") -> clients housed in the year.

        Age on the client's own housing date, like housed.adults/children.
        """
        c = ClientRecord
        age = age_on(c.birth_date, c.housed_on)
        band = case(
            *[
                (age <= high if high is not None else age >= low, label)
                for label, low, high in AGE_BANDS
            ],
        )
        with self._ws.reading() as s:
            rows = s.execute(
                select(band, c.sex, func.count())
                .where(in_year(c.housed_on, year))
                .group_by(band, c.sex)
            ).all()
        out = {label: dict.fromkeys(SEXES, 0) for label, _, _ in AGE_BANDS}
        for label, sex, n in rows:
            out[label][sex] = n
        return out

    def years_with_data(self) -> list[int]:
        """Years in which anything reportable happened, oldest first."""
        dated: Iterable = (
            ClientRecord.housed_on,
            ContactRecord.date,
            ReunificationDossierRecord.opened_on,
            TrajectoryRecord.started_on,
            ReferralRecord.date,
        )
        parts = [select(year_of(col).label("y")).distinct() for col in dated]
        parts.append(select(HousingTargetRecord.year.label("y")))
        query = union(*parts).subquery()
        with self._ws.reading() as s:
            years = s.scalars(select(query.c.y).where(query.c.y.is_not(None)).order_by(query.c.y))
            return [int(y) for y in years]
