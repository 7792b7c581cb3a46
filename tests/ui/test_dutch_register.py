"""The Dutch interface says "je" to its user, never "u".

The users are the volunteers and the team leader of one local team, who address
each other informally; the most-seen screens (sign-in, Overzicht, the hour)
say "je", so every other text does too. Checked with a word boundary on every
Dutch translation in the catalogue, and on the Dutch texts the app writes
outside it for the same user: the import template and its column help.

Not checked: the access report's PDF (export/access_report.py) speaks to the
client whose data it lists, formally, and the annual report speaks about the
team to the municipality without addressing anyone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from vwdesk.domain.import_contract import TABLES
from vwdesk.export.template import EXPLANATION

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "vwdesk_nl.ts"

FORMAL = re.compile(r"\b(u|uw|uwe|uzelf)\b", re.IGNORECASE)

# (context, English source) -> why its "u" is not the formal address. Empty for now.
EXCEPTIONS: dict[tuple[str, str], str] = {}


def _formal(text: str) -> bool:
    return FORMAL.search(text) is not None


def test_formal_address_is_caught_and_informal_is_not():
    assert _formal("Wat u hebt getypt gaat verloren.")
    assert _formal("Vraag Uw teamleider.")
    assert not _formal("Wat je hebt getypt gaat verloren.")
    assert not _formal("Huisvesting, uur, nu, uitkering, menu")


def test_no_dutch_translation_addresses_the_user_formally():
    formal = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            texts = [t.text or "" for t in message.iter("translation")]
            texts += [n.text or "" for n in message.iter("numerusform")]
            if (name, source) in EXCEPTIONS:
                continue
            formal += [f"{name}: {text}" for text in texts if _formal(text)]
    assert formal == [], "say 'je' instead of 'u'/'uw':\n" + "\n".join(formal)


def test_the_import_template_addresses_the_team_leader_informally():
    texts = list(EXPLANATION)
    for table in TABLES:
        texts.append(table.label)
        for column in table.columns:
            texts += [column.label, column.help]
    assert [t for t in texts if _formal(t)] == []
