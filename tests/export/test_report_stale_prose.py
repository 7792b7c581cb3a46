"""Which year a section's prose was written for, and which sections of a report still
carry another year's text or figures (ws.report on a real encrypted file)."""

from __future__ import annotations

from vwdesk.services.report_prose import SectionText, StaleSection
from vwdesk.services.workspace import Workspace


def test_each_text_says_the_year_it_was_written_for(workspace: Workspace):
    r = workspace.report
    r.set_text(2016, "housing", "nl", "Tekst 2016.")
    r.set_text(2018, "housing", "nl", "Tekst 2018.")
    r.set_text(2018, "team", "nl", "Ons team in 2018.")
    r.set_text(2026, "team", "nl", "Ons team in 2026.")
    r.set_text(2018, "legal", "en", "Legal 2018.")
    assert r.section_texts(2026) == {
        "housing": SectionText("housing", "Tekst 2018.", 2018),
        "team": SectionText("team", "Ons team in 2026.", 2026),
    }
    assert r.section_texts(2017)["housing"] == SectionText("housing", "Tekst 2016.", 2016)
    assert r.section_texts(2026, "en") == {"legal": SectionText("legal", "Legal 2018.", 2018)}
    # The texts the report is built from are the same texts.
    assert r.texts(2026) == {"housing": "Tekst 2018.", "team": "Ons team in 2026."}


def test_sections_with_another_years_text_are_named_with_that_year(workspace: Workspace):
    r = workspace.report
    assert r.stale_sections(2026) == []
    r.set_text(2017, "consultation", "nl", "In de loop van 2017 zijn er spreekuren gehouden.")
    r.set_text(2018, "consultation", "nl", "Spreekuren in 2018.")
    r.set_text(2018, "legal", "nl", "Juridische hulp in 2018.")
    r.set_text(2018, "team", "nl", "Ons team in 2018.")
    r.set_text(2017, "debt", "nl", "Schulden 2017.")
    r.set_text(2018, "debt", "nl", "")  # emptied in 2018: nothing is carried over
    r.set_text(2018, "pvt", "nl", "PVT in 2018.")
    r.set_text(2026, "pvt", "nl", "PVT in 2026.")  # the team wrote 2026's own
    r.set_text(2018, "housing", "en", "Housing 2018.")  # another language
    stale = r.stale_sections(2026)
    assert stale == [
        StaleSection("consultation", "Spreekuur/infopunt", 2018, "text"),
        StaleSection("legal", "Juridische begeleiding/gezinshereniging", 2018, "text"),
        StaleSection("team", "Ons team in Lansingerland", 2018, "text"),
    ]
    # 2018 itself has its own texts: nothing to say.
    assert r.stale_sections(2018) == []
    assert r.stale_sections(2026, "en") == [StaleSection("housing", "Housing", 2018, "text")]


def test_an_earlier_years_figures_left_in_this_years_text_are_found(workspace: Workspace):
    r = workspace.report
    r.set_text(
        2018,
        "social_guidance",
        "nl",
        "Maatschappelijke begeleiding is maatwerk.\nIn 2018 zijn 60 statushouders gestart "
        "met dit traject. Sinds 2016 werken we samen met de gemeente.",
    )
    # 2026 started from 2018's text and kept the sentence with 2018's figure.
    r.set_text(
        2026,
        "social_guidance",
        "nl",
        "Maatschappelijke begeleiding is maatwerk.\nIn 2018 zijn 60 statushouders gestart "
        "met dit traject. Sinds 2016 werken we samen met de gemeente.\nNieuw in 2026.",
    )
    assert r.stale_sections(2026) == [
        StaleSection(
            "social_guidance",
            "Maatschappelijke begeleiding",
            2018,
            "figures",
            ("In 2018 zijn 60 statushouders gestart met dit traject.",),
        ),
    ]
    # Once the sentence is rewritten, the text is 2026's; a year named without a
    # figure ("Sinds 2016 ...") is history, not a figure of another year.
    r.set_text(
        2026,
        "social_guidance",
        "nl",
        "Maatschappelijke begeleiding is maatwerk.\nIn 2026 zijn 41 statushouders gestart "
        "met dit traject. Sinds 2016 werken we samen met de gemeente.",
    )
    assert r.stale_sections(2026) == []


def test_a_sentence_the_team_wrote_itself_about_an_earlier_year_is_its_own(
    workspace: Workspace,
):
    r = workspace.report
    r.set_text(2018, "team", "nl", "Ons team in 2018.")
    # Not taken from 2018's text: the team chose to look back, with a figure.
    r.set_text(2026, "team", "nl", "In 2019 waren we met 30 vrijwilligers, nu met 18.")
    # Times and dates are no figures: "1 oktober 2017", "14:00".
    r.set_text(2018, "pvt", "nl", "Vanaf 1 oktober 2017 geldt de PVT. Spreekuur om 14:00 uur.")
    r.set_text(2026, "pvt", "nl", "Vanaf 1 oktober 2017 geldt de PVT. Spreekuur om 14:00 uur.")
    assert r.stale_sections(2026) == []
