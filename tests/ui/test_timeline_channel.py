"""A client's Tijdlijn says how each contact took place: a phone call, an e-mail and a
contact at a consultation hour used to read the same ("Contact (...)"), so a volunteer
reading the history could not tell them apart. On a real encrypted file, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta

from tests.ui.test_log_contact import open_page, register_omar
from vwdesk.domain.enums import Channel, ContactKind, SessionKind
from vwdesk.domain.sessions import ContactInput


def test_the_timeline_shows_the_channel_of_each_contact(qtbot, workspace, open_tab):
    client_id = register_omar(workspace)
    today = date.today()
    office = workspace.sessions.add_location("Kantoor").id
    hour = workspace.sessions.add(SessionKind.LEGAL, office, today - timedelta(days=2))
    for days, kind, channel, session_id in (
        (1, ContactKind.SOCIAL_GUIDANCE, Channel.PHONE, None),
        (2, ContactKind.LEGAL, Channel.CONSULTATION, hour.id),
        (3, ContactKind.INFO_POINT, Channel.EMAIL, None),
        (4, ContactKind.SOCIAL_GUIDANCE, Channel.HOME_VISIT, None),
        (5, ContactKind.SOCIAL_GUIDANCE, Channel.OTHER, None),
    ):
        workspace.contacts.log(
            ContactInput(kind, channel, today - timedelta(days=days), client_id, session_id)
        )

    page = open_page(qtbot, open_tab, workspace).page
    view = page.timeline_view
    shown = [
        view.model().index(r, page.timeline.WHAT).data() for r in range(view.model().rowCount())
    ]
    assert shown == [
        "Telefoon (Maatschappelijke begeleiding)",
        "Spreekuur (Juridisch)",
        "E-mail (Infopunt)",
        "Huisbezoek (Maatschappelijke begeleiding)",
        # "Anders (...)" would read as "something else"; an other channel stays a contact.
        "Contact (Maatschappelijke begeleiding)",
        "Gehuisvest in de gemeente",
    ]
