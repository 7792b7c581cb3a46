"""Languages spoken (domain/languages.py): what people type, to codes, and back to names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vwdesk.domain import languages as lang
from vwdesk.domain.errors import InputProblem
from vwdesk.domain.languages import (
    UNKNOWN_LANGUAGE,
    find_languages,
    language_code,
    language_names,
    language_problems,
    normalise_languages,
    parse_languages,
)

# Spoken by many refugees in the Netherlands, and by the team.
REFUGEE_CODES = ("ar", "ti", "fa", "prs", "ps", "ku", "kmr", "ckb", "so", "am", "tr", "ru",
                 "uk", "en", "fr", "nl", "de")  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Arabisch, Engels", "ar,en"),
        ("arabic; english", "ar,en"),
        ("ar,en", "ar,en"),
        ("AR , EN", "ar,en"),
        ("Arabisch en Engels", "ar,en"),
        ("Arabic and English / Turks", "ar,en,tr"),
        ("Tigrinya", "ti"),
        ("Tigrinja", "ti"),
        ("Dari", "prs"),
        ("Farsi", "fa"),
        ("Perzisch", "fa"),
        ("Persian (Farsi)", "fa"),
        ("Pasjtoe, Pashto, Poesjto, Pushto", "ps"),
        ("Koerdisch", "ku"),
        ("Sorani", "ckb"),
        ("Kurmanji", "kmr"),
        ("Badini", "kmr"),
        ("Somalisch", "so"),
        ("Amhaars", "am"),
        ("Oekraiens", "uk"),  # without the diaeresis
        ("Oekraïens", "uk"),
        ("Nederlands, Dutch, nld, dut", "nl"),  # one language once
        ("Levantijns Arabisch", "apc"),
        ("Syrisch Arabisch", "apc"),
        ("ara, per, eng", "ar,fa,en"),  # three-letter codes are stored as the two-letter ones
        ("Tigre", "tig"),  # ISO 639-3 only
        ("Luo (Kenia en Tanzania)", "luo"),  # "en" inside a name does not split it
        ("", ""),
        (" , ;", ""),
    ],
)
def test_what_people_type_is_stored_as_codes(typed, stored):
    assert parse_languages(typed).unknown == ()
    assert normalise_languages(typed) == stored


def test_unknown_words_are_named_in_one_problem():
    found = parse_languages("Klingon, Arabisch, Elfs")
    assert found.parts == ("ar",) and found.unknown == ("Klingon", "Elfs")
    (problem,) = language_problems("Klingon, Arabisch, Elfs")
    assert problem == InputProblem(UNKNOWN_LANGUAGE, field="languages", value="Klingon, Elfs")
    assert str(problem) == "languages: unknown language (Klingon, Elfs)"
    assert language_problems("Arabisch, Engels") == []
    assert language_problems("") == []


def test_old_free_text_is_shown_as_it_is_and_may_be_saved_again():
    old = "Arabisch (goed), wat Engels"
    assert language_names(old) == "Arabisch (goed), wat Engels"
    # Saved again unchanged: kept. A new word next to it: refused, and only that word named.
    assert language_problems(old, keep=old) == []
    assert normalise_languages(old, keep=old) == "Arabisch (goed),wat Engels"
    assert normalise_languages("Arabisch (goed), Tigrinya", keep=old) == "Arabisch (goed),ti"
    (problem,) = language_problems("Arabisch (goed), Klingon", keep=old)
    assert problem.value == "Klingon"
    # Older names instead of codes are read as the languages they name on the next save.
    assert normalise_languages("Arabisch, Engels", keep="Arabisch, Engels") == "ar,en"


def test_codes_are_shown_as_names_in_dutch_or_english():
    stored = "nl,en,ti,prs,ckb,kmr,ps,fa,so,ar,uk"
    assert language_names(stored) == (
        "Nederlands, Engels, Tigrinya, Dari, Sorani (Centraal-Koerdisch), "
        "Kurmanji (Noord-Koerdisch), Pasjtoe, Perzisch (Farsi), Somalisch, Arabisch, Oekraïens"
    )
    assert language_names(stored, "en") == (
        "Dutch, English, Tigrinya, Dari, Sorani (Central Kurdish), "
        "Kurmanji (Northern Kurdish), Pashto, Persian (Farsi), Somali, Arabic, Ukrainian"
    )
    assert language_names("ara,xx") == "Arabisch, xx"  # a code nobody knows: as it is
    assert language_names("") == ""


def test_a_shown_name_never_holds_a_separator():
    for language in lang.languages():
        for name in (language.dutch, language.english):
            assert not set(name) & set(",;/+&"), name


def test_the_picker_finds_by_any_name_and_offers_the_common_languages_first():
    def names(typed, in_lang="nl"):
        return [x.name(in_lang) for x in find_languages(typed, in_lang, limit=12)]

    assert names("ar")[0] == "Arabisch"
    assert "Levantijns Arabisch" in names("ar")
    assert names("a")[:2] == ["Arabisch", "Amhaars"]  # common first, then the alphabet
    assert names("far") == ["Perzisch (Farsi)", "Faeröers"]
    assert names("koer") == ["Koerdisch", "Kurmanji (Noord-Koerdisch)",
                             "Sorani (Centraal-Koerdisch)"]  # fmt: skip
    assert names("oekr") == ["Oekraïens"]
    assert names("ti")[0] == "Tigrinya" and "Tigre" in names("ti")
    assert names("nl") == ["Nederlands"]  # the code
    assert names("pers", "en")[0] == "Persian (Farsi)"
    assert names("") == [] and names("zzz") == []
    assert len(find_languages("a", limit=12)) == 12


def test_every_common_language_is_offered():
    offered = {x.code for x in lang.languages()}
    assert set(REFUGEE_CODES) <= offered


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([x.code for x in lang.languages()]), min_size=1, max_size=6),
    st.sampled_from(["nl", "en"]),
)
def test_codes_to_names_and_back(codes, in_lang):
    """What the form shows for stored codes reads back as the same codes, in either language."""
    stored = ",".join(dict.fromkeys(codes))
    shown = language_names(stored, in_lang)
    assert parse_languages(shown).unknown == ()
    assert normalise_languages(shown) == stored


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(lang._index().by_code)), st.sampled_from(["nl", "en"]))
def test_every_iso_language_reads_back_from_its_name(code, in_lang):
    """Also the rare ones whose name is a code or another language's name (`Ak (akq)`)."""
    stored = lang.language(code).code
    assert language_code(language_names(stored, in_lang)) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Ned", "nl"),  # a Dutch abbreviation, not Nde-Gbite's code
        ("NGT", "dse"),
        ("Dui", "de"),
        ("ara, per", "ar,fa"),  # three-letter codes of the languages offered still are codes
        ("Berbers", "zgh"),
        ("Papiaments", "pap"),
        ("Mandarijn", "cmn"),
        ("Maleis", "ms"),
        ("Nepalees", "ne"),
        ("Punjabi", "pa"),
        ("Azeri", "az"),
        ("Bilen", "byn"),
        ("Kirundi", "rn"),
        ("Assyrisch", "aii"),
    ],
)
def test_abbreviations_and_everyday_names(typed, stored):
    assert parse_languages(typed).unknown == ()
    assert normalise_languages(typed) == stored


@pytest.mark.parametrize("typed", ["Pas", "Koe", "Far", "nee", "met", "van"])
def test_three_letters_are_no_rare_language(typed):
    """Every three letters are the code of some language; a code is read as one only for the
    languages offered, so an abbreviation is told, not stored as Papasena or Mato."""
    assert language_code(typed) is None
    assert language_problems(typed)[0].value == typed


def test_capitalised_free_text_is_no_code():
    """`Ned` typed into an older record is shown as typed, not as the language `ned`."""
    assert language_names("Ned,ar") == "Ned, Arabisch"
    assert language_names(normalise_languages("Bilen")) == "Bilin"  # a code the app writes


def test_the_picker_falls_back_to_languages_it_does_not_offer():
    assert "byn" in [x.code for x in find_languages("Bilin")]
    assert [x.code for x in find_languages("Tarif")] == ["rif"]
    assert "kmr" in [x.code for x in find_languages("koer")]  # offered ones need no fallback


def test_a_pasted_page_is_no_language():
    assert language_code("a" + " " * 20_000 + "b") is None
    assert parse_languages("Arabisch, " + "x" * 500).unknown == ("x" * 500,)
