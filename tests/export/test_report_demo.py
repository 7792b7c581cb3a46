"""The demo file's 2017 report: every number of the seed report, and no client's name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.export.pdf_helpers import flat_text, font_resources
from vwdesk.db.records import ClientRecord

# The seed report's figures as the PDF phrases them (Dutch, the default).
SEED_PHRASES = (
    "Lansingerland: 2017 in vogelvlucht",
    "In Lansingerland zijn in 2017, in samenwerking met de gemeente, 106 statushouders "
    "gehuisvest. Daarmee heeft de gemeente een achterstand van 44 (uit 2016) op de door het "
    "Rijk vastgestelde taakstelling verkleind tot 18.",
    "106 statushouders gehuisvest",
    "60 volwassenen, 46 kinderen",
    "23 mannen, 37 vrouwen, 27 meisjes, 19 jongens",
    "veruit grootste groep: Syriërs 69",
    "er zijn 37 woningen beschikbaar gesteld",
    "1551 contacten spreekuur maatschappelijke begeleiding (tot 1,5 jaar na vestiging)",
    "260 contacten infopunt",
    "446 contacten juridisch spreekuur/gezinshereniging",
    "12 nieuwe dossiers in 2017",
    "totaal aantal dossiers: 37",
    "21 succesvol afgeronde dossiers",
    "60 gestarte trajecten mb, eerste jaar",
    "88 gestarte trajecten mb, tweede jaar",
    "11 deelnemers",
    "2 trainers",
    "5 coaches",
    "gemiddeld 8 contacten per spreekuur in De Hergerborch",
    "45 huisbezoeken",
    "18 vrijwilligers",
    "27 vrijwilligers actief per 1 januari 2017, 18 per 31 december 2017",
    "3 betaalde krachten per 1 januari 2017",
)


@pytest.fixture(scope="module")
def demo_report(demo_master: Path, tmp_path_factory) -> tuple[Path, set[str]]:
    """The demo's 2017 PDF, and every client name in the demo (to look for in it)."""
    from tests.conftest import DEMO_PASSWORD
    from vwdesk.services.workspace import Workspace

    ws = Workspace.open(demo_master, "teamleider", DEMO_PASSWORD)
    try:
        path = ws.report.export_pdf(2017, tmp_path_factory.mktemp("demo-pdf") / "2017.pdf")
        with ws.reading() as s:
            rows = s.execute(select(ClientRecord.first_name, ClientRecord.last_name)).all()
    finally:
        ws.close()
    names = {n.strip() for row in rows for n in row if n and n.strip()}
    return path, names


def test_every_seed_number_is_in_the_demo_report(demo_report):
    text = flat_text(demo_report[0])
    missing = [phrase for phrase in SEED_PHRASES if phrase not in text]
    assert not missing, missing


def test_no_client_name_anywhere_in_the_report(demo_report):
    path, names = demo_report
    assert len(names) > 50  # the demo has its 106 housed clients and more
    text = flat_text(path)
    found = sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))
    assert not found, found


def test_the_demo_report_embeds_its_fonts(demo_report):
    assert all(f["embedded"] for f in font_resources(demo_report[0]))
