"""Every word of the annual report, in Dutch and English, as a plain catalogue.

The export layer runs without Qt (the CLI has no window), so the report cannot
use Qt's translations; this small catalogue is its own. Phrases that hold a
count come as a (one, other) pair so "1 dossier" and "2 dossiers" are both
right; `{n}` is the count as shown (a number, or "<5" with small counts).
"""

from __future__ import annotations

from vwdesk.domain.countries import dutch_name, english_name

LANGS = ("nl", "en")

_NL: dict[str, str | tuple[str, str]] = {
    "title": "{place}: {year} in vogelvlucht",
    "title_no_place": "{year} in vogelvlucht",
    "subject": "Jaarverslag {year}",
    "generated": "Gegenereerd op {date}",
    "page": "pagina {page} van {pages}",
    "in_place": "In {place}",
    "in_place_default": "In onze gemeente",
    # section titles
    "sec.housing": "Huisvesting",
    "sec.consultation": "Spreekuur/infopunt",
    "sec.legal": "Juridische begeleiding/gezinshereniging",
    "sec.cooperation": "Voorlichting, belangenbehartiging en samenwerking",
    "sec.social_guidance": "Maatschappelijke begeleiding",
    "sec.home_visits": "Huisbezoeken",
    "sec.debt": "Voorkomen van schulden",
    "sec.pvt": "Participatieverklaringstrajecten",
    "sec.other": "En dit deden we ook nog in {year}",
    "sec.team": "Ons team",
    "sec.team_place": "Ons team in {place}",
    # highlights on the first page
    "hl.housed": ("statushouder gehuisvest", "statushouders gehuisvest"),
    "hl.contacts": ("contact", "contacten"),
    "hl.dossiers": ("dossier gezinshereniging", "dossiers gezinshereniging"),
    "hl.volunteers": ("vrijwilliger", "vrijwilligers"),
    # housing
    "housed.sentence": (
        "{in_place} is in {year}, in samenwerking met de gemeente, {n} statushouder gehuisvest.",
        "{in_place} zijn in {year}, in samenwerking met de gemeente, {n} statushouders gehuisvest.",
    ),
    "target.reduced": "Daarmee heeft de gemeente een achterstand van {start} (uit {prev}) op de "
    "door het Rijk vastgestelde taakstelling verkleind tot {end}.",
    "target.grown": "Daarmee is de achterstand van de gemeente op de door het Rijk vastgestelde "
    "taakstelling opgelopen van {start} (uit {prev}) tot {end}.",
    "target.same": "Daarmee is de achterstand van de gemeente op de door het Rijk vastgestelde "
    "taakstelling gelijk gebleven: {end}, net als aan het eind van {prev}.",
    "target.cleared": "Daarmee heeft de gemeente een achterstand van {start} (uit {prev}) op de "
    "door het Rijk vastgestelde taakstelling volledig ingelopen.",
    "target.cleared_ahead": "Daarmee heeft de gemeente een achterstand van {start} (uit {prev}) "
    "op de door het Rijk vastgestelde taakstelling volledig ingelopen en loopt zij {ahead} "
    "voor.",
    "target.met": "Daarmee ligt de gemeente precies op schema met de door het Rijk "
    "vastgestelde taakstelling van {target}.",
    "target.ahead": "Daarmee loopt de gemeente {ahead} voor op de door het Rijk vastgestelde "
    "taakstelling van {target}.",
    "target.behind": "Daarmee heeft de gemeente een achterstand van {end} op de door het Rijk "
    "vastgestelde taakstelling van {target}.",
    "b.housed": ("{n} statushouder gehuisvest", "{n} statushouders gehuisvest"),
    "adults": ("{n} volwassene", "{n} volwassenen"),
    "children": ("{n} kind", "{n} kinderen"),
    "men": ("{n} man", "{n} mannen"),
    "women": ("{n} vrouw", "{n} vrouwen"),
    "girls": ("{n} meisje", "{n} meisjes"),
    "boys": ("{n} jongen", "{n} jongens"),
    "other_sex": ("{n} overig/onbekend", "{n} overig/onbekend"),
    "largest_by_far": "veruit grootste groep: {group} {n}",
    "largest": "grootste groep: {group} {n}",
    "largest_tie": "grootste groepen: {groups} (elk {n})",
    "and": "en",
    "b.dwellings": (
        "er is {n} woning beschikbaar gesteld",
        "er zijn {n} woningen beschikbaar gesteld",
    ),
    # consultation
    "b.contacts_sg": (
        "{n} contact spreekuur maatschappelijke begeleiding (tot 1,5 jaar na vestiging)",
        "{n} contacten spreekuur maatschappelijke begeleiding (tot 1,5 jaar na vestiging)",
    ),
    "b.contacts_ip": ("{n} contact infopunt", "{n} contacten infopunt"),
    "b.contacts_legal": (
        "{n} contact juridisch spreekuur/gezinshereniging",
        "{n} contacten juridisch spreekuur/gezinshereniging",
    ),
    # legal
    "b.dossiers_new": ("{n} nieuw dossier in {year}", "{n} nieuwe dossiers in {year}"),
    "b.dossiers_new_nidos": (
        "{n} nieuw dossier in {year} (inclusief dossiers NIDOS: {k})",
        "{n} nieuwe dossiers in {year} (inclusief dossiers NIDOS: {k})",
    ),
    "b.dossiers_total": "totaal aantal dossiers: {n}",
    "b.dossiers_successful": (
        "{n} succesvol afgerond dossier",
        "{n} succesvol afgeronde dossiers",
    ),
    # cooperation
    "b.referrals": ("{partner}: {n} doorverwijzing", "{partner}: {n} doorverwijzingen"),
    "referrals_intro": "Doorverwijzingen naar partners in {year}:",
    # social guidance
    "b.settlement": (
        "{n} gestart traject mb, eerste jaar",
        "{n} gestarte trajecten mb, eerste jaar",
    ),
    "b.integration": (
        "{n} gestart traject mb, tweede jaar",
        "{n} gestarte trajecten mb, tweede jaar",
    ),
    # projects
    "b.participants": ("{n} deelnemer", "{n} deelnemers"),
    "b.trainers": ("{n} trainer", "{n} trainers"),
    "b.coaches": ("{n} coach", "{n} coaches"),
    # locations
    "b.location_avg": (
        "gemiddeld {avg} contact per spreekuur in {location}",
        "gemiddeld {avg} contacten per spreekuur in {location}",
    ),
    # home visits
    "b.home_visits": (
        "in {year} hebben onze vrijwilligers {n} huisbezoek afgelegd",
        "in {year} hebben onze vrijwilligers {n} huisbezoeken afgelegd",
    ),
    "b.home_pool": (
        "{n} vrijwilliger in de pool voor huisbezoeken",
        "{n} vrijwilligers in de pool voor huisbezoeken",
    ),
    # debt
    "b.debt_checklists": (
        "{n} checklist schuldpreventie gestart",
        "{n} checklists schuldpreventie gestart",
    ),
    "b.debt_arrangements": (
        "{n} betalingsregeling getroffen",
        "{n} betalingsregelingen getroffen",
    ),
    # participation statement
    "b.pvt_signed": (
        "{n} statushouder heeft de participatieverklaring ondertekend",
        "{n} statushouders hebben de participatieverklaring ondertekend",
    ),
    # team
    "b.volunteers_end": ("{n} vrijwilliger", "{n} vrijwilligers"),
    "b.volunteers_change": "{start} vrijwilligers actief per 1 januari {year}, {end} per "
    "31 december {year}",
    "b.paid_start": (
        "{n} betaalde kracht per 1 januari {year}",
        "{n} betaalde krachten per 1 januari {year}",
    ),
    # charts
    "chart.nationalities": "Nationaliteit van de gehuisveste statushouders",
    "chart.age_sex": "Leeftijd en geslacht van de gehuisveste statushouders",
    "chart.contacts": "Contacten per maand",
    "chart.other_nationalities": "overige",
    "sex.M": "man/jongen",
    "sex.F": "vrouw/meisje",
    "sex.X": "overig/onbekend",
    "kind.social_guidance": "maatschappelijke begeleiding",
    "kind.info_point": "infopunt",
    "kind.legal": "juridisch/gezinshereniging",
    "months": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "months_long": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
}

_EN: dict[str, str | tuple[str, str]] = {
    "title": "{place}: {year} at a glance",
    "title_no_place": "{year} at a glance",
    "subject": "Annual report {year}",
    "generated": "Generated on {date}",
    "page": "page {page} of {pages}",
    "in_place": "in {place}",
    "in_place_default": "in our municipality",
    "sec.housing": "Housing",
    "sec.consultation": "Consultation hours/info point",
    "sec.legal": "Legal support/family reunification",
    "sec.cooperation": "Information, advocacy and cooperation",
    "sec.social_guidance": "Social guidance",
    "sec.home_visits": "Home visits",
    "sec.debt": "Preventing debt",
    "sec.pvt": "Participation statement",
    "sec.other": "What else we did in {year}",
    "sec.team": "Our team",
    "sec.team_place": "Our team in {place}",
    "hl.housed": ("status holder housed", "status holders housed"),
    "hl.contacts": ("contact", "contacts"),
    "hl.dossiers": ("family reunification dossier", "family reunification dossiers"),
    "hl.volunteers": ("volunteer", "volunteers"),
    "housed.sentence": (
        "In {year}, in cooperation with the municipality, {n} status holder was housed {in_place}.",
        "In {year}, in cooperation with the municipality, {n} status holders were housed "
        "{in_place}.",
    ),
    "target.reduced": "The municipality thereby reduced its backlog of {start} (from {prev}) "
    "on the housing target set by the national government to {end}.",
    "target.grown": "The municipality's backlog on the housing target set by the national "
    "government thereby grew from {start} (from {prev}) to {end}.",
    "target.same": "The municipality's backlog on the housing target set by the national "
    "government thereby stayed at {end}, as at the end of {prev}.",
    "target.cleared": "The municipality thereby fully cleared its backlog of {start} (from "
    "{prev}) on the housing target set by the national government.",
    "target.cleared_ahead": "The municipality thereby fully cleared its backlog of {start} "
    "(from {prev}) on the housing target set by the national government and is {ahead} ahead.",
    "target.met": "The municipality is thereby exactly on track with the housing target of "
    "{target} set by the national government.",
    "target.ahead": "The municipality is thereby {ahead} ahead of the housing target of "
    "{target} set by the national government.",
    "target.behind": "The municipality thereby has a backlog of {end} on the housing target of "
    "{target} set by the national government.",
    "b.housed": ("{n} status holder housed", "{n} status holders housed"),
    "adults": ("{n} adult", "{n} adults"),
    "children": ("{n} child", "{n} children"),
    "men": ("{n} man", "{n} men"),
    "women": ("{n} woman", "{n} women"),
    "girls": ("{n} girl", "{n} girls"),
    "boys": ("{n} boy", "{n} boys"),
    "other_sex": ("{n} other/unknown", "{n} other/unknown"),
    "largest_by_far": "by far the largest group: {group} {n}",
    "largest": "largest group: {group} {n}",
    "largest_tie": "largest groups: {groups} ({n} each)",
    "and": "and",
    "b.dwellings": (
        "{n} dwelling was made available",
        "{n} dwellings were made available",
    ),
    "b.contacts_sg": (
        "{n} social guidance contact (up to 1.5 years after settling)",
        "{n} social guidance contacts (up to 1.5 years after settling)",
    ),
    "b.contacts_ip": ("{n} info point contact", "{n} info point contacts"),
    "b.contacts_legal": (
        "{n} legal consultation/family reunification contact",
        "{n} legal consultation/family reunification contacts",
    ),
    "b.dossiers_new": ("{n} new dossier in {year}", "{n} new dossiers in {year}"),
    "b.dossiers_new_nidos": (
        "{n} new dossier in {year} (NIDOS dossiers included: {k})",
        "{n} new dossiers in {year} (NIDOS dossiers included: {k})",
    ),
    "b.dossiers_total": "total number of dossiers: {n}",
    "b.dossiers_successful": (
        "{n} dossier closed successfully",
        "{n} dossiers closed successfully",
    ),
    "b.referrals": ("{partner}: {n} referral", "{partner}: {n} referrals"),
    "referrals_intro": "Referrals to partners in {year}:",
    "b.settlement": (
        "{n} social guidance trajectory started, first year",
        "{n} social guidance trajectories started, first year",
    ),
    "b.integration": (
        "{n} social guidance trajectory started, second year",
        "{n} social guidance trajectories started, second year",
    ),
    "b.participants": ("{n} participant", "{n} participants"),
    "b.trainers": ("{n} trainer", "{n} trainers"),
    "b.coaches": ("{n} coach", "{n} coaches"),
    "b.location_avg": (
        "on average {avg} contact per consultation hour at {location}",
        "on average {avg} contacts per consultation hour at {location}",
    ),
    "b.home_visits": (
        "in {year} our volunteers made {n} home visit",
        "in {year} our volunteers made {n} home visits",
    ),
    "b.home_pool": (
        "{n} volunteer in the home-visit pool",
        "{n} volunteers in the home-visit pool",
    ),
    "b.debt_checklists": (
        "{n} debt-prevention checklist started",
        "{n} debt-prevention checklists started",
    ),
    "b.debt_arrangements": (
        "{n} payment arrangement made",
        "{n} payment arrangements made",
    ),
    "b.pvt_signed": (
        "{n} status holder signed the participation statement",
        "{n} status holders signed the participation statement",
    ),
    "b.volunteers_end": ("{n} volunteer", "{n} volunteers"),
    "b.volunteers_change": "{start} volunteers active on 1 January {year}, {end} on "
    "31 December {year}",
    "b.paid_start": (
        "{n} paid staff member on 1 January {year}",
        "{n} paid staff members on 1 January {year}",
    ),
    "chart.nationalities": "Nationality of the status holders housed",
    "chart.age_sex": "Age and sex of the status holders housed",
    "chart.contacts": "Contacts per month",
    "chart.other_nationalities": "other",
    "sex.M": "male",
    "sex.F": "female",
    "sex.X": "other/unknown",
    "kind.social_guidance": "social guidance",
    "kind.info_point": "info point",
    "kind.legal": "legal/family reunification",
    "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "months_long": "January February March April May June July August September October "
    "November December",
}

CATALOGUE = {"nl": _NL, "en": _EN}

# Plural demonyms for the nationalities teams meet most ("Syriërs 69"); any
# other code falls back to the country's name in the report's language.
DEMONYMS: dict[str, tuple[str, str]] = {
    "AF": ("Afghanen", "Afghans"),
    "AL": ("Albanezen", "Albanians"),
    "AM": ("Armeniërs", "Armenians"),
    "AZ": ("Azerbeidzjanen", "Azerbaijanis"),
    "BI": ("Burundezen", "Burundians"),
    "CD": ("Congolezen", "Congolese"),
    "CG": ("Congolezen", "Congolese"),
    "CN": ("Chinezen", "Chinese"),
    "CO": ("Colombianen", "Colombians"),
    "CU": ("Cubanen", "Cubans"),
    "DZ": ("Algerijnen", "Algerians"),
    "EG": ("Egyptenaren", "Egyptians"),
    "ER": ("Eritreeërs", "Eritreans"),
    "ET": ("Ethiopiërs", "Ethiopians"),
    "GE": ("Georgiërs", "Georgians"),
    "GN": ("Guineeërs", "Guineans"),
    "IQ": ("Irakezen", "Iraqis"),
    "IR": ("Iraniërs", "Iranians"),
    "JO": ("Jordaniërs", "Jordanians"),
    "LB": ("Libanezen", "Lebanese"),
    "LK": ("Sri Lankanen", "Sri Lankans"),
    "LY": ("Libiërs", "Libyans"),
    "MA": ("Marokkanen", "Moroccans"),
    "MN": ("Mongolen", "Mongolians"),
    "NG": ("Nigerianen", "Nigerians"),
    "PK": ("Pakistanen", "Pakistanis"),
    "PS": ("Palestijnen", "Palestinians"),
    "RU": ("Russen", "Russians"),
    "SD": ("Soedanezen", "Sudanese"),
    "SO": ("Somaliërs", "Somalis"),
    "SS": ("Zuid-Soedanezen", "South Sudanese"),
    "SY": ("Syriërs", "Syrians"),
    "TN": ("Tunesiërs", "Tunisians"),
    "TR": ("Turken", "Turks"),
    "UA": ("Oekraïners", "Ukrainians"),
    "UG": ("Oegandezen", "Ugandans"),
    "VE": ("Venezolanen", "Venezuelans"),
    "XX": ("staatlozen", "stateless persons"),
    "YE": ("Jemenieten", "Yemenis"),
}

# Short names where the ISO name reads like a treaty ("Iran, Islamic Republic of");
# the Dutch ones are the everyday names pycountry's catalogue gives the common name.
_SHORT_EN = {"PS": "Palestine", "RU": "Russia", "CD": "DR Congo", "XX": "Stateless"}
_SHORT_NL = {
    "XX": "Staatloos",
    "CD": "Congo (DR)",
    "KP": "Noord-Korea",
    "KR": "Zuid-Korea",
    "MD": "Moldavië",
}


def text(lang: str, key: str, **values) -> str:
    """One phrase; English when the language or the key is unknown."""
    entry = CATALOGUE.get(lang, _EN).get(key, _EN[key])
    if isinstance(entry, tuple):
        entry = entry[1]
    return entry.format(**values)


def counted(lang: str, key: str, count: int, shown: str, **values) -> str:
    """A phrase holding a count: singular for exactly one, plural otherwise ("<5" too)."""
    entry = CATALOGUE.get(lang, _EN).get(key, _EN[key])
    if isinstance(entry, tuple):
        entry = entry[0] if count == 1 and shown == "1" else entry[1]
    return entry.format(n=shown, **values)


def month_names(lang: str, *, long: bool = False) -> list[str]:
    return text(lang, "months_long" if long else "months").split()


def long_date(lang: str, day) -> str:
    month = month_names(lang, long=True)[day.month - 1]
    return f"{day.day} {month} {day.year}"


def demonym(code: str, lang: str) -> str:
    """ "Syriërs" for SY; the country's name for nationalities not in the list."""
    code = code.upper()
    if code in DEMONYMS:
        return DEMONYMS[code][0 if lang == "nl" else 1]
    return country_name(code, lang)


def country_name(code: str, lang: str) -> str:
    """The country's common name in the report's language (domain/countries.py, which
    reads pycountry's ISO data), or the code itself when it is no country."""
    code = code.upper()
    short = (_SHORT_NL if lang == "nl" else _SHORT_EN).get(code)
    if short:
        return short
    return dutch_name(code) if lang == "nl" else english_name(code)
