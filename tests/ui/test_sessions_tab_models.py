"""The table models of the Spreekuren and Huisbezoeken tabs, without any widget."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt

from vwdesk.domain.enums import Channel, ContactKind, SessionKind
from vwdesk.domain.sessions import ContactInfo, LocationStats, ScheduleInfo, SessionInfo
from vwdesk.domain.visits import HouseholdDue, PlannedVisit, PoolVolunteer, WeekLoad
from vwdesk.ui.tabs.sessions.contact_models import ContactTableModel, TopicListModel
from vwdesk.ui.tabs.sessions.session_models import (
    LocationStatsTableModel,
    ScheduleTableModel,
    SessionTableModel,
)
from vwdesk.ui.tabs.visits.visit_models import (
    HouseholdDueTableModel,
    HouseholdFilter,
    PlannedVisitTableModel,
    PoolTableModel,
    WeekLoadTableModel,
)
from vwdesk.ui.widgets.rows_table_model import ROW_ROLE, SORT_ROLE

DISPLAY = Qt.ItemDataRole.DisplayRole


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def headers(model) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(model.columnCount())
    ]


def session(**kw) -> SessionInfo:
    values = dict(
        id=None,
        schedule_id=1,
        kind=SessionKind.WALK_IN,
        location_id=1,
        location_name="De Hergerborch",
        date=date(2017, 3, 6),
        start="14:00",
        end="16:00",
    )
    values.update(kw)
    return SessionInfo(**values)


def test_session_model_names_status_and_sorts_by_date():
    model = SessionTableModel()
    rows = [
        session(id=4, date=date(2017, 3, 9), contact_count=7),
        session(),
        session(id=5, cancelled=True, date=date(2017, 3, 7)),
    ]
    model.set_rows(rows)
    assert headers(model) == ["Datum", "Tijd", "Soort", "Locatie", "Contacten", "Status"]
    assert cells(model, 1) == [
        "ma 6 mrt 2017",
        "14:00–16:00",
        "Inloopspreekuur",
        "De Hergerborch",
        "",
        "Gepland",
    ]
    assert cells(model, 0)[4:] == ["7", "Geopend"]
    assert model.index(2, 5).data() == "Geannuleerd"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # muted
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(SessionTableModel.DATE)
    assert [proxy.index(r, 0).data(ROW_ROLE).id for r in range(3)] == [None, 5, 4]
    model.set_rows([])
    assert model.rowCount() == 0


def test_schedule_model_warns_about_a_legal_hour_without_a_legal_volunteer():
    model = ScheduleTableModel()
    model.set_rows(
        [
            ScheduleInfo(
                id=1,
                kind=SessionKind.LEGAL,
                location_id=1,
                location_name="Kantoor",
                weekday=2,
                start="14:00",
                end="16:00",
                valid_from=date(2017, 5, 1),
                valid_until=None,
                staffing=(3,),
                staffing_names=("Bram Jansen",),
                missing_legal_volunteer=True,
            )
        ]
    )
    assert cells(model, 0) == [
        "dinsdag",
        "14:00–16:00",
        "Juridisch spreekuur",
        "Kantoor",
        "vanaf 01-05-2017",
        "Bram Jansen (geen juridisch vrijwilliger!)",
    ]
    staffing = model.index(0, ScheduleTableModel.STAFFING)
    assert staffing.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "juridisch vrijwilliger" in staffing.data(Qt.ItemDataRole.ToolTipRole)


def test_location_stats_model():
    model = LocationStatsTableModel()
    model.set_rows([LocationStats(1, "De Hergerborch", 30, 240, 8, 2)])
    assert headers(model) == ["Locatie", "Gehouden", "Contacten", "Per spreekuur", "Geannuleerd"]
    assert cells(model, 0) == ["De Hergerborch", "30", "240", "8", "2"]
    assert model.index(0, 3).data(SORT_ROLE) == 8


def contact(**kw) -> ContactInfo:
    values = dict(
        id=1,
        date=date(2017, 3, 6),
        kind=ContactKind.SOCIAL_GUIDANCE,
        channel=Channel.CONSULTATION,
        client_id=7,
        client_name="Amal Haddad",
        volunteer_id=None,
        volunteer_name="",
        session_id=3,
        minutes=15,
        topics=("housing", "energie_toeslag"),
        follow_up="Belt terug",
        notes="",
        created_at=datetime(2017, 3, 6, 14, 12),
    )
    values.update(kw)
    return ContactInfo(**values)


def test_contact_model_at_the_hour_and_on_a_clients_page():
    model = ContactTableModel()
    model.set_rows([contact(), contact(id=2, client_id=None, client_name="", minutes=None)])
    assert cells(model, 0) == [
        "14:12",
        "Amal Haddad",
        "Maatschappelijke begeleiding",
        "Huisvesting, Energie toeslag",
        "15 min",
        "",
        "Belt terug",
    ]
    assert cells(model, 1)[1] == "Anoniem" and cells(model, 1)[4] == ""
    late = ContactTableModel(by_date=True)
    late.set_rows([contact(channel=Channel.PHONE, beyond_guidance_period=True)])
    assert late.index(0, 0).data() == "06-03-2017"
    assert late.index(0, 2).data() == "Maatschappelijke begeleiding (Telefoon)"
    client = late.index(0, ContactTableModel.CLIENT)
    assert client.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "begeleiding" in client.data(Qt.ItemDataRole.ToolTipRole)


def test_topic_model_keeps_ticks_across_reloads():
    model = TopicListModel()
    model.set_items(["housing", "debts"])
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(1).data() == "Schulden" and model.checked() == ("debts",)
    model.set_items(["housing", "debts", "eigen_onderwerp"])
    assert model.checked() == ("debts",) and model.index(2).data() == "Eigen onderwerp"
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable


def due(hid: int, days: int | None, interval: int | None = 42) -> HouseholdDue:
    return HouseholdDue(
        household_id=hid,
        label=f"Huishouden {hid}",
        contact_volunteer_id=None,
        contact_volunteer="",
        interval_days=interval,
        last_visit=None if days is None else date(2017, 1, 1),
        due_on=None if interval is None else date(2017, 2, 12),
        days_overdue=days if interval else None,
    )


def test_household_model_and_its_filter():
    model = HouseholdDueTableModel()
    model.set_rows([due(1, 18), due(2, -5, 14), due(3, None, None)])
    assert cells(model, 0) == [
        "Huishouden 1",
        "niemand",
        "elke 6 weken",
        "01-01-2017",
        "12-02-2017",
        "18 dagen te laat",
        "",
    ]
    assert model.index(1, HouseholdDueTableModel.OVERDUE).data() == "over 5 dagen"
    assert cells(model, 2)[2:4] == ["geen", "nooit"]
    assert model.frequency(10) == "elke 10 dagen" and model.frequency(7) == "elke week"
    proxy = HouseholdFilter()
    proxy.setSourceModel(model)
    for mode, expected in (
        (HouseholdFilter.ALL, [1, 2, 3]),
        (HouseholdFilter.OVERDUE, [1]),
        (HouseholdFilter.WATCHED, [1, 2]),
        (HouseholdFilter.NO_FREQUENCY, [3]),
    ):
        proxy.set_mode(mode)
        got = [proxy.index(r, 0).data(ROW_ROLE).household_id for r in range(proxy.rowCount())]
        assert got == expected


def test_planned_week_and_pool_models():
    visit = PlannedVisit(
        id=1,
        household_id=2,
        household="Hiba Mansour, Oudeland 12",
        planned_on=date(2017, 9, 12),
        volunteer_id=5,
        volunteer="Chris Bakker",
        purpose="Huurachterstand",
        by_pool_volunteer=True,
    )
    planned = PlannedVisitTableModel()
    planned.set_rows([visit])
    assert cells(planned, 0) == [
        "12-09-2017",
        "Hiba Mansour, Oudeland 12",
        "Chris Bakker (pool)",
        "Huurachterstand",
        "Gepland",
    ]
    weeks = WeekLoadTableModel()
    weeks.set_rows([WeekLoad(2017, 37, date(2017, 9, 11), 5, "Chris Bakker", 2)])
    assert cells(weeks, 0) == ["Week 37 (vanaf 11-09-2017)", "Chris Bakker", "2"]
    pool = PoolTableModel()
    pool.set_rows([PoolVolunteer(5, "Chris Bakker", (2, 4), "nl, en", "Bergschenhoek", 1, 3)])
    assert cells(pool, 0) == [
        "Chris Bakker",
        "di, do",
        "Nederlands, Engels",
        "Bergschenhoek",
        "1",
        "3 huishoudens",
    ]
