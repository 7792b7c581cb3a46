"""The report model from hand-made figures: wording, order, plurals, small counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.export.figures_2017 import AGE_SEX_2017, FIGURES_2017, MONTHLY_2017, with_target
from vwdesk.domain.figures import Housed, ProjectFigures, Reunification, YearFigures
from vwdesk.export.report_model import (
    ReportSettings,
    build_report_model,
    editable_sections,
    location_key,
    project_key,
)
from vwdesk.export.report_texts import country_name, demonym

LANSINGERLAND = ReportSettings(
    organisation="VluchtelingenWerk Lansingerland", municipality="Lansingerland"
)


def model(figures=FIGURES_2017, texts=None, settings=LANSINGERLAND, lang="nl"):
    return build_report_model(
        figures,
        texts or {},
        settings,
        lang,
        monthly=MONTHLY_2017,
        age_sex=AGE_SEX_2017,
        today=date(2018, 2, 1),
    )


def test_title_and_housing_sentence_follow_the_seed_report():
    m = model()
    assert m.title == "Lansingerland: 2017 in vogelvlucht"
    assert m.organisation == "VluchtelingenWerk Lansingerland"
    assert m.generated == "Gegenereerd op 1 februari 2018"
    housing = m.section("housing")
    assert housing.title == "Huisvesting"
    assert housing.lead == (
        "In Lansingerland zijn in 2017, in samenwerking met de gemeente, 106 statushouders "
        "gehuisvest. Daarmee heeft de gemeente een achterstand van 44 (uit 2016) op de door "
        "het Rijk vastgestelde taakstelling verkleind tot 18."
    )
    assert housing.bullets == (
        "106 statushouders gehuisvest",
        "60 volwassenen, 46 kinderen",
        "23 mannen, 37 vrouwen, 27 meisjes, 19 jongens",
        "veruit grootste groep: Syriërs 69",
        "er zijn 37 woningen beschikbaar gesteld",
    )


def test_sections_come_in_the_seed_reports_order():
    m = model(texts={"other": "Kennisquiz Kahoot."})
    assert [s.key for s in m.sections] == [
        "housing",
        "consultation",
        "legal",
        "cooperation",
        "social_guidance",
        project_key("VIP"),
        location_key("De Hergerborch"),
        location_key("Kantoor De Stander"),
        "home_visits",
        "debt",
        "pvt",
        "other",
        "team",
    ]
    assert m.section("team").title == "Ons team in Lansingerland"
    assert m.section(location_key("De Hergerborch")).title == "De Hergerborch"


def test_every_section_shows_its_figures_like_the_seed():
    m = model()
    assert m.section("consultation").bullets == (
        "1551 contacten spreekuur maatschappelijke begeleiding (tot 1,5 jaar na vestiging)",
        "260 contacten infopunt",
        "446 contacten juridisch spreekuur/gezinshereniging",
    )
    assert m.section("legal").bullets == (
        "12 nieuwe dossiers in 2017 (inclusief dossiers NIDOS: 3)",
        "totaal aantal dossiers: 37",
        "21 succesvol afgeronde dossiers",
    )
    assert m.section("social_guidance").bullets == (
        "60 gestarte trajecten mb, eerste jaar",
        "88 gestarte trajecten mb, tweede jaar",
    )
    assert m.section("project:VIP").bullets == ("11 deelnemers", "2 trainers", "5 coaches")
    assert m.section("location:De Hergerborch").bullets == (
        "gemiddeld 8 contacten per spreekuur in De Hergerborch",
    )
    assert (
        "in 2017 hebben onze vrijwilligers 45 huisbezoeken afgelegd"
        in m.section("home_visits").bullets
    )
    cooperation = m.section("cooperation")
    assert cooperation.bullets_intro == "Doorverwijzingen naar partners in 2017:"
    assert cooperation.bullets[0] == "Taalhuis: 30 doorverwijzingen"
    assert cooperation.bullets[-1] == "CJG: 1 doorverwijzing"
    team = m.section("team").bullets
    assert team[0] == "18 vrijwilligers"
    assert team[1] == "27 vrijwilligers actief per 1 januari 2017, 18 per 31 december 2017"
    assert [h.value for h in m.highlights] == ["106", "2257", "37", "18"]


def test_english_titles_and_sentences():
    m = model(lang="en")
    assert m.title == "Lansingerland: 2017 at a glance"
    assert m.section("housing").title == "Housing"
    assert m.section("consultation").title == "Consultation hours/info point"
    assert m.section("housing").lead.startswith(
        "In 2017, in cooperation with the municipality, 106 status holders were housed in "
        "Lansingerland. The municipality thereby reduced its backlog of 44 (from 2016)"
    )
    assert "by far the largest group: Syrians 69" in m.section("housing").bullets
    assert "23 men, 37 women, 27 girls, 19 boys" in m.section("housing").bullets
    assert m.page_label.format(page=3, pages=5) == "page 3 of 5"
    assert model().page_label.format(page=3, pages=5) == "pagina 3 van 5"
    assert "Dossiers" not in m.all_text() and "dossiers" in m.all_text()


@pytest.mark.parametrize(
    ("start", "target", "end", "expected"),
    [
        (
            44,
            80,
            18,
            "een achterstand van 44 (uit 2016) op de door het Rijk vastgestelde "
            "taakstelling verkleind tot 18.",
        ),
        (10, 120, 24, "opgelopen van 10 (uit 2016) tot 24."),
        (24, 106, 24, "gelijk gebleven: 24, net als aan het eind van 2016."),
        (
            26,
            80,
            0,
            "een achterstand van 26 (uit 2016) op de door het Rijk vastgestelde "
            "taakstelling volledig ingelopen.",
        ),
        (20, 80, -6, "volledig ingelopen en loopt zij 6 voor."),
        (0, 112, 6, "een achterstand van 6 op de door het Rijk vastgestelde taakstelling van 112."),
        (-4, 110, 0, "precies op schema met de door het Rijk vastgestelde taakstelling van 110."),
        (
            0,
            90,
            -16,
            "loopt de gemeente 16 voor op de door het Rijk vastgestelde taakstelling van 90.",
        ),
    ],
)
def test_taakstelling_sentence_variants(start, target, end, expected):
    lead = model(with_target(FIGURES_2017, start, target, end)).section("housing").lead
    assert lead.startswith("In Lansingerland zijn in 2017")
    assert lead.endswith(expected)


def test_no_target_configured_gives_only_the_housing_sentence():
    lead = model(with_target(FIGURES_2017, None, None, None)).section("housing").lead
    assert lead == (
        "In Lansingerland zijn in 2017, in samenwerking met de gemeente, 106 statushouders "
        "gehuisvest."
    )
    en = model(with_target(FIGURES_2017, None, None, None), lang="en").section("housing").lead
    assert "target" not in en


def test_ahead_of_target_in_english():
    lead = model(with_target(FIGURES_2017, 0, 90, -16), lang="en").section("housing").lead
    assert lead.endswith(
        "is thereby 16 ahead of the housing target of 90 set by the national government."
    )


def test_singular_and_plural():
    figures = YearFigures(
        year=2018,
        housed=Housed(total=1, adults=1, men=1, by_nationality={"ER": 1}, dwellings=1),
        reunification=Reunification(new=1, total=2, successful=1),
        projects={"VIP": ProjectFigures(participants=1, trainers=1, coaches=2)},
    )
    m = model(figures, settings=ReportSettings(municipality="Lansingerland"))
    housing = m.section("housing")
    assert housing.lead == (
        "In Lansingerland is in 2018, in samenwerking met de gemeente, 1 statushouder gehuisvest."
    )
    assert housing.bullets[:3] == (
        "1 statushouder gehuisvest",
        "1 volwassene, 0 kinderen",
        "1 man, 0 vrouwen, 0 meisjes, 0 jongens",
    )
    assert "er is 1 woning beschikbaar gesteld" in housing.bullets
    assert m.section("legal").bullets == (
        "1 nieuw dossier in 2018",
        "totaal aantal dossiers: 2",
        "1 succesvol afgerond dossier",
    )
    assert m.section("project:VIP").bullets == ("1 deelnemer", "1 trainer", "2 coaches")
    en = model(figures, lang="en")
    assert "1 dwelling was made available" in en.section("housing").bullets
    assert en.section("legal").bullets[0] == "1 new dossier in 2018"


def test_small_counts_are_hidden_only_when_the_setting_is_on():
    plain = model().section("housing").bullets
    assert "veruit grootste groep: Syriërs 69" in plain
    small = replace(LANSINGERLAND, small_counts=True)
    figures = replace(
        FIGURES_2017,
        reunification=Reunification(new=3, new_nidos=1, total=4, successful=2),
        housed=replace(FIGURES_2017.housed, other_sex=2),
    )
    m = model(figures, settings=small)
    assert m.section("legal").bullets == (
        "<5 nieuwe dossiers in 2017 (inclusief dossiers NIDOS: <5)",
        "totaal aantal dossiers: <5",
        "<5 succesvol afgeronde dossiers",
    )
    assert "<5 overig/onbekend" in m.section("housing").bullets[2]
    assert "106 statushouders gehuisvest" in m.section("housing").bullets  # 5 and up unchanged
    assert m.section("project:VIP").bullets == ("11 deelnemers", "<5 trainers", "5 coaches")
    assert "Plangroep: <5 doorverwijzingen" in m.section("cooperation").bullets
    # Zero stays zero: nothing to hide.
    assert "0 " not in " ".join(m.section("legal").bullets)
    # The nationalities chart groups the small nationalities instead of showing them.
    chart = m.section("housing").charts[0]
    assert chart.key == "nationalities"
    assert chart.categories == ("Syrië", "Eritrea", "Afghanistan", "overige")
    assert chart.series[0].values == (69, 20, 6, 11)


def test_the_model_holds_no_names_of_people():
    text = model(texts={"housing": "Samen met de gemeente."}).all_text()
    # Only the municipality, organisation, partners, projects and locations are named.
    for forbidden in ("Suze", "Hallman", "Bianca", "client", "cliënt"):
        assert forbidden not in text


def test_prose_is_kept_per_section_and_split_in_lines():
    m = model(texts={"debt": "Wij helpen door:\n- een overzicht te maken;\n\n- bespaartips."})
    assert m.section("debt").prose == (
        "Wij helpen door:",
        "- een overzicht te maken;",
        "- bespaartips.",
    )
    # A section without figures appears only with prose.
    assert "other" not in [s.key for s in model().sections]


def test_empty_year_still_reads_well():
    m = build_report_model(YearFigures(year=2020), {}, ReportSettings(), "nl")
    assert m.title == "2020 in vogelvlucht"
    assert m.section("housing").lead.startswith("In onze gemeente zijn in 2020")
    assert [s.key for s in m.sections] == [
        "housing",
        "consultation",
        "legal",
        "social_guidance",
        "team",
    ]
    assert m.section("housing").charts == ()


def test_charts_carry_the_data_and_the_languages_labels():
    m = model()
    nat, age = m.section("housing").charts
    assert nat.kind == "hbar" and nat.categories[0] == "Syrië" and nat.series[0].values[0] == 69
    assert age.kind == "bars" and [s.name for s in age.series] == ["man/jongen", "vrouw/meisje"]
    lines = m.section("consultation").charts[0]
    assert lines.categories[0] == "jan" and len(lines.series) == 3
    assert sum(lines.series[0].values) == sum(MONTHLY_2017["social_guidance"])
    en = model(lang="en").section("housing").charts[0]
    assert en.categories[0] == "Syria"


def test_editable_sections_list_every_section_with_its_title():
    keys = dict(editable_sections(FIGURES_2017, "nl", "Lansingerland"))
    assert keys["housing"] == "Huisvesting"
    assert keys["other"] == "En dit deden we ook nog in 2017"
    assert keys["project:VIP"] == "VIP"
    assert keys["team"] == "Ons team in Lansingerland"


@pytest.mark.parametrize(
    ("code", "nl", "en", "nl_country"),
    [
        ("SY", "Syriërs", "Syrians", "Syrië"),
        ("ER", "Eritreeërs", "Eritreans", "Eritrea"),
        ("IQ", "Irakezen", "Iraqis", "Irak"),
        ("NP", "Nepal", "Nepal", "Nepal"),
    ],
)
def test_nationality_names(code, nl, en, nl_country):
    assert demonym(code, "nl") == nl
    assert demonym(code, "en") == en
    assert country_name(code, "nl") == nl_country


def test_a_tie_for_the_largest_group_names_both():
    figures = replace(
        FIGURES_2017,
        housed=replace(FIGURES_2017.housed, by_nationality={"SY": 20, "ER": 20, "AF": 3}),
    )
    assert (
        "grootste groepen: Eritreeërs en Syriërs (elk 20)"
        in model(figures).section("housing").bullets
    )
