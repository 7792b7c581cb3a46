"""Small record builders for tests: each call is one unit of work on a real file.

They write ORM records directly (not through the services) so a test can put
data exactly on a boundary the services would refuse or never produce, such
as a contact linked to a cancelled session.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

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


class Build:
    def __init__(self, ws):
        self.ws = ws

    def _add(self, record):
        with self.ws.unit() as s:
            s.add(record)
            s.flush()
            return record.id

    # -- people --------------------------------------------------------------------------
    def household(self, housed_on: date, **values) -> int:
        return self._add(HouseholdRecord(housed_on=housed_on, **values))

    def client(
        self,
        household: int,
        *,
        birth_date: date = date(1985, 5, 5),
        sex: str = "M",
        nationality: str = "SY",
        housed_on: date | None = None,
        **values,
    ) -> int:
        if housed_on is None:
            with self.ws.reading() as s:
                housed_on = s.get(HouseholdRecord, household).housed_on
        return self._add(
            ClientRecord(
                household_id=household,
                first_name=values.pop("first_name", "Test"),
                last_name=values.pop("last_name", "Client"),
                birth_date=birth_date,
                sex=sex,
                nationality=nationality,
                housed_on=housed_on,
                **values,
            )
        )

    def housed(self, housed_on: date, **values) -> int:
        """A client in a household of their own, housed on the given day."""
        return self.client(self.household(housed_on), **values)

    def volunteer(
        self, active_from: date, active_until: date | None = None, *, paid: bool = False, **values
    ) -> int:
        return self._add(
            VolunteerRecord(
                first_name=values.pop("first_name", "Vera"),
                last_name=values.pop("last_name", "Vrijwilliger"),
                active_from=active_from,
                active_until=active_until,
                paid=paid,
                **values,
            )
        )

    # -- sessions and contacts -----------------------------------------------------------
    def location(self, name: str) -> int:
        return self._add(LocationRecord(name=name))

    def session(self, location: int, day: date, *, cancelled: bool = False) -> int:
        return self._add(
            ConsultationSessionRecord(
                kind="walk_in", location_id=location, date=day, cancelled=cancelled
            )
        )

    def contacts(
        self,
        day: date,
        kind: str = "social_guidance",
        *,
        n: int = 1,
        channel: str = "consultation",
        client: int | None = None,
        session: int | None = None,
    ) -> None:
        row = {
            "date": day,
            "kind": kind,
            "channel": channel,
            "client_id": client,
            "session_id": session,
        }
        with self.ws.unit() as s:
            s.execute(insert(ContactRecord.__table__), [dict(row) for _ in range(n)])

    # -- casework ------------------------------------------------------------------------
    def dossier(
        self,
        client: int,
        opened_on: date,
        closed_on: date | None = None,
        outcome: str | None = None,
        *,
        nidos: bool = False,
    ) -> int:
        return self._add(
            ReunificationDossierRecord(
                client_id=client,
                opened_on=opened_on,
                closed_on=closed_on,
                outcome=outcome,
                nidos=nidos,
            )
        )

    def trajectory(self, client: int, kind: str, started_on: date) -> int:
        return self._add(TrajectoryRecord(client_id=client, kind=kind, started_on=started_on))

    def target(self, year: int, target: int, opening_backlog: int | None = None) -> None:
        with self.ws.unit() as s:
            s.add(HousingTargetRecord(year=year, target=target, opening_backlog=opening_backlog))

    def member(
        self,
        project: str,
        role: str,
        from_on: date,
        until_on: date | None = None,
        *,
        client: int | None = None,
        volunteer: int | None = None,
    ) -> None:
        with self.ws.unit() as s:
            project_id = s.scalar(select(ProjectRecord.id).where(ProjectRecord.name == project))
            if project_id is None:
                record = ProjectRecord(name=project)
                s.add(record)
                s.flush()
                project_id = record.id
            s.add(
                ProjectMembershipRecord(
                    project_id=project_id,
                    client_id=client,
                    volunteer_id=volunteer,
                    role=role,
                    from_on=from_on,
                    until_on=until_on,
                )
            )

    def referral(self, client: int, partner: str, day: date) -> None:
        with self.ws.unit() as s:
            partner_id = s.scalar(select(PartnerRecord.id).where(PartnerRecord.name == partner))
            s.add(ReferralRecord(client_id=client, partner_id=partner_id, date=day))

    def checklist(
        self,
        template_key: str,
        started_on: date,
        items: list[tuple[str, str, date | None]] = (),
        *,
        household: int | None = None,
    ) -> int:
        """A checklist of the current template with that key (made when the file has none).

        `items` are (key, status, done_on).
        """
        with self.ws.unit() as s:
            template_id = s.scalar(
                select(ChecklistTemplateRecord.id).where(
                    ChecklistTemplateRecord.key == template_key,
                    ChecklistTemplateRecord.current.is_(True),
                )
            )
            if template_id is None:
                template = ChecklistTemplateRecord(key=template_key, name=template_key, version=1)
                s.add(template)
                s.flush()
                template_id = template.id
            checklist = ChecklistRecord(
                template_id=template_id, household_id=household, started_on=started_on
            )
            s.add(checklist)
            s.flush()
            for position, (key, status, done_on) in enumerate(items, start=1):
                s.add(
                    ChecklistItemRecord(
                        checklist_id=checklist.id,
                        position=position,
                        key=key,
                        title=key,
                        status=status,
                        done_on=done_on,
                    )
                )
            return checklist.id
