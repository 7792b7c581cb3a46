"""The clients tab's table models, without any widget."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from vwdesk.domain.clients import ClientRow, ClientStatus, TimelineEntry, TimelineKind
from vwdesk.domain.names import client_search_key
from vwdesk.domain.phases import Phase
from vwdesk.ui.tabs.clients.client_models import TimelineTableModel
from vwdesk.ui.tabs.clients.clients_model import (
    NO_VOLUNTEER,
    ROW_ROLE,
    ClientFilter,
    ClientsTableModel,
    StatusFilter,
)


def row(cid, first, last, *, nat="SY", housed=date(2017, 5, 1), vol=None, status="active",
        phase=Phase.GUIDANCE, address="Hoefweg 1"):  # fmt: skip
    return ClientRow(
        client_id=cid,
        household_id=cid,
        name=f"{first} {last}",
        household=address,
        nationality=nat,
        birth_date=date(1980, 1, 1),
        housed_on=housed,
        contact_volunteer_id=vol,
        contact_volunteer="Anna de Vries" if vol else "",
        phase=phase,
        status=ClientStatus(status),
        closed_on=date(2018, 1, 1) if status == "closed" else None,
        search_key=client_search_key(first, last, address=address),
    )


ROWS = [
    row(1, "Mohammed", "Al Hassan", vol=7),
    row(2, "Tesfay", "Gebremedhin", nat="ER", housed=date(2016, 1, 1), phase=Phase.AFTER),
    row(3, "Yusuf", "Haddad", status="closed", address="Kerkweg 3"),
    row(4, "Zahra", "Hosseini", nat="AF", housed=date(2018, 1, 1), phase=Phase.INTENSIVE),
]


def names(model: ClientsTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_rows_filters_and_search():
    model = ClientsTableModel()
    model.set_rows(ROWS)
    assert names(model) == ["Mohammed Al Hassan", "Tesfay Gebremedhin", "Zahra Hosseini"]
    assert model.total == 4
    model.set_filter(ClientFilter(status=StatusFilter.ALL))
    assert model.rowCount() == 4
    model.set_filter(ClientFilter(status=StatusFilter.CLOSED))
    assert names(model) == ["Yusuf Haddad"]
    model.set_filter(ClientFilter(status=StatusFilter.ALL, phase=Phase.AFTER))
    assert names(model) == ["Tesfay Gebremedhin"]
    model.set_filter(ClientFilter(status=StatusFilter.ALL, volunteer_id=7))
    assert names(model) == ["Mohammed Al Hassan"]
    model.set_filter(ClientFilter(status=StatusFilter.ALL, volunteer_id=NO_VOLUNTEER))
    assert len(names(model)) == 3
    model.set_filter(ClientFilter(status=StatusFilter.ALL, nationality="ER"))
    assert names(model) == ["Tesfay Gebremedhin"]

    model.set_filter(ClientFilter(status=StatusFilter.ALL))
    model.set_query("muhammad el-hassan")
    assert names(model) == ["Mohammed Al Hassan"]
    model.set_query("tesfaye")
    assert names(model) == ["Tesfay Gebremedhin"]
    model.set_query("youssef kerkweg")
    assert names(model) == ["Yusuf Haddad"]
    model.set_query("nobody")
    assert model.rowCount() == 0
    model.set_query("")
    assert model.rowCount() == 4


def test_cells_are_dutch_and_never_raw_values():
    model = ClientsTableModel()
    model.set_rows(ROWS)
    model.set_filter(ClientFilter(status=StatusFilter.ALL))
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == [
        "Mohammed Al Hassan", "Hoefweg 1", "Syrië", "01-05-2017", "Anna de Vries",
        "Begeleiding (tot 18 maanden)", "Actief",
    ]  # fmt: skip
    closed = model.row_of(3)
    assert model.index(closed, model.STATUS).data() == "Afgesloten op 01-01-2018"
    assert model.index(0, 0).data(ROW_ROLE).client_id == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Naam", "Huishouden", "Nationaliteit", "Gehuisvest op", "Contactpersoon", "Fase",
        "Status",
    ]  # fmt: skip


def test_sorting_keeps_the_filter_and_the_search():
    model = ClientsTableModel()
    model.set_rows(ROWS)
    model.set_filter(ClientFilter(status=StatusFilter.ALL))
    model.sort(model.HOUSED_ON, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Zahra Hosseini"
    model.sort(model.NATIONALITY)
    assert [model.index(r, 2).data() for r in range(4)] == [
        "Afghanistan", "Eritrea", "Syrië", "Syrië",
    ]  # fmt: skip
    model.set_query("zahra")
    assert names(model) == ["Zahra Hosseini"]
    model.set_query("hoefweg")
    assert names(model) == ["Zahra Hosseini", "Tesfay Gebremedhin", "Mohammed Al Hassan"]
    model.sort(model.NAME, Qt.SortOrder.DescendingOrder)  # the service's order, reversed
    assert names(model) == ["Zahra Hosseini", "Tesfay Gebremedhin", "Mohammed Al Hassan"]


def test_replace_and_remove_a_row():
    model = ClientsTableModel()
    model.set_rows(ROWS)
    changed = row(1, "Mohammed", "Al Hassan", status="closed")
    model.replace_row(changed)
    assert "Mohammed Al Hassan" not in names(model)
    model.remove_row(2)
    assert names(model) == ["Zahra Hosseini"]
    model.clear()
    assert model.rowCount() == 0 and model.total == 0


def test_timeline_model():
    model = TimelineTableModel()
    model.set_rows(
        [
            TimelineEntry(
                date(2017, 9, 1),
                TimelineKind.HOME_VISIT,
                "social_guidance",
                "belde terug",
                "Anna de Vries",
                topics=("housing", "income"),
            ),
            TimelineEntry(date(2017, 5, 10), TimelineKind.HOUSED, "", ""),
        ]
    )
    assert [model.index(0, c).data() for c in range(4)] == [
        "01-09-2017", "Huisbezoek (Maatschappelijke begeleiding)",
        "Huisvesting, Inkomen; belde terug",
        "Anna de Vries",
    ]  # fmt: skip
    assert model.index(1, 1).data() == "Gehuisvest in de gemeente"
