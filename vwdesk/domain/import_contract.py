"""The import template as data: tables, columns, Dutch labels, choices and the example row.

This is shared/spec/import-and-cli.md in code. The template writer, the
readers, the importer and the exporter all read it, so a column added here
appears everywhere at once. The contract may be extended, never broken:
never rename a key or a stored choice value.

Extensions beyond the contract (all optional, so old files still import):
`clients.email/pvt_course_on/pvt_signed_on`, `sessions.cancelled`,
`volunteers.languages/area/phone/email/trained/available_days`, and the
tables `checklists` and `checklist_items`, so that an export of a whole file
reads back with every annual figure and every volunteer's details intact.
A volunteer's phone and e-mail are checked as the team form checks them;
`available_days` reads day names (Dutch or English, short or long) or ISO
numbers into the numbers the record stores. `clients.language` reads language
names or codes into codes; text that names no language is kept as it is, as
the contract's free-text column always took it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vwdesk.domain.enums import (
    Channel,
    ChecklistItemStatus,
    ChecklistKind,
    ContactKind,
    DossierOutcome,
    ProjectRole,
    Role,
    SessionKind,
    Sex,
    TrajectoryKind,
)


class Kind(StrEnum):
    TEXT = "text"
    REF = "ref"  # a key of the file itself: text, compared exactly
    DATE = "date"
    PAST_DATE = "past_date"  # a date that may not lie in the future
    BOOL = "bool"
    INT = "int"
    TIME = "time"
    CHOICE = "choice"
    COUNTRY = "country"
    MONEY = "money"
    LANGUAGES = "languages"  # names or ISO 639 codes; stored as codes (domain/languages.py)
    WEEKDAYS = "weekdays"  # Dutch or English day names, short or long, or ISO numbers: `14`
    PHONE = "phone"  # checked as the team form checks it (domain/validation.py)
    EMAIL = "email"  # checked as the team form checks it (domain/validation.py)


YES_NO = ("ja", "nee")  # what the template's drop-down offers; yes/no/1/0/... read too


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # Dutch, as the template shows it
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()  # stored values, for CHOICE
    # extra accepted spellings -> stored value; the first for a value names it in Dutch
    aliases: tuple[tuple[str, str], ...] = ()
    example: str | int = ""
    help: str = ""  # Dutch, shown as the header cell's comment

    @property
    def dropdown(self) -> tuple[str, ...]:
        if self.kind is Kind.BOOL:
            return YES_NO
        return self.choices

    def choice_map(self) -> dict[str, str]:
        """Folded spelling -> stored value: the values themselves, then the aliases."""
        found = {c.casefold(): c for c in self.choices}
        for alias, value in self.aliases:
            found.setdefault(alias.casefold(), value)
        return found


@dataclass(frozen=True)
class Table:
    key: str
    label: str  # Dutch
    columns: tuple[Column, ...]
    identity: tuple[str, ...]  # what identifies a row (its ref, or its required columns)
    extension: bool = False  # not in the contract's table (added since)

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if c.required)


def _values(enum) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


def _ref(key: str, label: str, example: str, *, required=True, help="") -> Column:
    return Column(key, label, Kind.REF, required, example=example, help=help)


_KIND_ALIASES = (
    ("maatschappelijke begeleiding", "social_guidance"),
    ("mb", "social_guidance"),
    ("begeleiding", "social_guidance"),
    ("infopunt", "info_point"),
    ("juridisch", "legal"),
    ("juridisch spreekuur", "legal"),
    ("inloop", "walk_in"),
    ("inloopspreekuur", "walk_in"),
)
_HOUSEHOLD = _ref("household_ref", "Huishouden (nummer)", "VOORBEELD-H1",
                  help="Je eigen nummer of code voor het huishouden.")  # fmt: skip
_CLIENT = _ref("client_ref", "Cliënt (nummer)", "VOORBEELD-C1",
               help="Je eigen nummer of code voor de cliënt (uit het blad clients).")  # fmt: skip
_PAST = "Datum als 2017-03-31 of 31-03-2017; niet in de toekomst."
_DATE = "Datum als 2017-03-31 of 31-03-2017."
_OWNER_HELP = "Huishouden of cliënt, zoals de checklist hoort (schuldpreventie: huishouden)."

TABLES: tuple[Table, ...] = (
    Table(
        "households",
        "Huishoudens",
        (
            _HOUSEHOLD,
            Column(
                "housed_on",
                "Huisvestingsdatum",
                Kind.PAST_DATE,
                True,
                example="2017-03-01",
                help="De datum waarop het huishouden de woning kreeg. " + _PAST,
            ),
            Column("address", "Adres", example="Voorbeeldstraat 1"),
            Column("postcode", "Postcode", example="2650 AA"),
            Column("city", "Woonplaats", example="Berkel en Rodenrijs"),
        ),
        ("household_ref",),
    ),
    Table(
        "clients",
        "Cliënten",
        (
            _CLIENT,
            _ref(
                "household_ref",
                "Huishouden (nummer)",
                "VOORBEELD-H1",
                help="Het huishouden (uit het blad households) waar de cliënt bij hoort.",
            ),
            Column("first_name", "Voornaam", required=True, example="Voorbeeld"),
            Column("last_name", "Achternaam", required=True, example="Persoon"),
            Column(
                "birth_date",
                "Geboortedatum",
                Kind.PAST_DATE,
                True,
                example="1990-05-17",
                help=_PAST,
            ),
            Column(
                "sex",
                "Geslacht",
                Kind.CHOICE,
                True,
                _values(Sex),
                example="F",
                aliases=(
                    ("man", "M"),
                    ("vrouw", "F"),
                    ("anders", "X"),
                    ("v", "F"),
                    ("male", "M"),
                    ("female", "F"),
                    ("onbekend", "X"),
                    ("o", "X"),
                ),
                help="M (man), F (vrouw) of X (anders/onbekend).",
            ),
            Column(
                "nationality",
                "Nationaliteit",
                Kind.COUNTRY,
                True,
                example="SY",
                help="Landcode (SY) of de naam van het land in het Nederlands of Engels.",
            ),
            Column(
                "housed_on",
                "Huisvestingsdatum",
                Kind.PAST_DATE,
                example="2017-03-01",
                help="Leeg: de huisvestingsdatum van het huishouden. " + _PAST,
            ),
            Column("v_number", "V-nummer", example="1234567890"),
            Column("phone", "Telefoon", example="0612345678"),
            Column(
                "language",
                "Taal",
                Kind.LANGUAGES,
                example="Arabisch",
                help="Een of meer talen, met komma's ertussen: namen (Arabisch, Engels) of "
                "taalcodes (ar, en).",
            ),
            _ref(
                "contact_volunteer_ref",
                "Vaste contactpersoon (vrijwilliger)",
                "VOORBEELD-V1",
                required=False,
                help="Nummer van de vrijwilliger uit het blad volunteers.",
            ),
            Column("closed_on", "Afgesloten op", Kind.PAST_DATE, help=_PAST),
            Column("email", "E-mail"),
            Column("pvt_course_on", "PVT-cursus op", Kind.PAST_DATE, help=_PAST),
            Column(
                "pvt_signed_on", "Participatieverklaring getekend op", Kind.PAST_DATE, help=_PAST
            ),
        ),
        ("client_ref",),
    ),
    Table(
        "volunteers",
        "Vrijwilligers",
        (
            _ref(
                "volunteer_ref",
                "Vrijwilliger (nummer)",
                "VOORBEELD-V1",
                help="Je eigen nummer of code voor de vrijwilliger of medewerker.",
            ),
            Column("first_name", "Voornaam", required=True, example="Voorbeeld"),
            Column("last_name", "Achternaam", required=True, example="Vrijwilliger"),
            Column(
                "active_from", "Actief vanaf", Kind.DATE, True, example="2016-09-01", help=_DATE
            ),
            Column("active_until", "Actief tot en met", Kind.DATE, help=_DATE),
            Column(
                "role",
                "Rol",
                Kind.CHOICE,
                choices=_values(Role),
                example="volunteer",
                aliases=(
                    ("vrijwilliger", "volunteer"),
                    ("teamleider", "team_leader"),
                    ("junior teamleider", "junior_team_leader"),
                ),
            ),
            Column(
                "paid",
                "Betaald",
                Kind.BOOL,
                example="nee",
                help="ja voor betaalde medewerkers, nee voor vrijwilligers.",
            ),
            Column("home_visit_pool", "Pool huisbezoeken", Kind.BOOL, example="ja"),
            Column("legal", "Juridisch vrijwilliger", Kind.BOOL, example="nee"),
            Column(
                "languages",
                "Gesproken talen",
                Kind.LANGUAGES,
                example="Nederlands, Engels",
                help="Een of meer talen, met komma's ertussen: namen (Nederlands, Tigrinya) of "
                "taalcodes (nl, ti).",
            ),
            Column(
                "area",
                "Wijk",
                example="Berkel en Rodenrijs",
                help="De wijk of kern van de vrijwilliger, voor de huisbezoeken "
                "(Berkel, Bergschenhoek).",
            ),
            Column(
                "phone",
                "Telefoon",
                Kind.PHONE,
                example="0612345678",
                help="10 tot 15 cijfers; spaties, streepjes en een + mogen.",
            ),
            Column(
                "email",
                "E-mail",
                Kind.EMAIL,
                example="voorbeeld@example.org",
                help="Een e-mailadres, met een @.",
            ),
            Column(
                "trained",
                "Getraind",
                Kind.BOOL,
                example="ja",
                help="ja als de vrijwilliger de training heeft gevolgd.",
            ),
            Column(
                "available_days",
                "Beschikbaar op",
                Kind.WEEKDAYS,
                example="ma, do",
                help="Weekdagen met komma's ertussen: ma, di, wo, do, vr, za, zo, of voluit "
                "(maandag en donderdag), ook in het Engels (mon, thu); ma-vr is maandag tot en "
                "met vrijdag.",
            ),
        ),
        ("volunteer_ref",),
    ),
    Table(
        "locations",
        "Locaties",
        (
            Column("name", "Naam", required=True, example="Voorbeeldlocatie"),
            Column("address", "Adres", example="Voorbeeldstraat 2"),
        ),
        ("name",),
    ),
    Table(
        "sessions",
        "Spreekuren",
        (
            _ref("session_ref", "Spreekuur (nummer)", "VOORBEELD-S1"),
            Column(
                "kind",
                "Soort",
                Kind.CHOICE,
                True,
                _values(SessionKind),
                _KIND_ALIASES,
                example="walk_in",
            ),
            Column(
                "location",
                "Locatie",
                required=True,
                example="Voorbeeldlocatie",
                help="Naam van de locatie; een nieuwe naam wordt een nieuwe locatie.",
            ),
            Column("date", "Datum", Kind.DATE, True, example="2017-03-06", help=_DATE),
            Column("start", "Begin", Kind.TIME, example="14:00", help="Tijd als 14:00."),
            Column("end", "Einde", Kind.TIME, example="16:00", help="Tijd als 16:00."),
            Column("cancelled", "Vervallen", Kind.BOOL, example="nee"),
        ),
        ("session_ref",),
    ),
    Table(
        "contacts",
        "Contactmomenten",
        (
            Column("date", "Datum", Kind.PAST_DATE, True, example="2017-03-06", help=_PAST),
            Column(
                "kind",
                "Soort",
                Kind.CHOICE,
                True,
                _values(ContactKind),
                _KIND_ALIASES,
                example="social_guidance",
            ),
            Column(
                "channel",
                "Kanaal",
                Kind.CHOICE,
                True,
                _values(Channel),
                (
                    ("spreekuur", "consultation"),
                    ("telefoon", "phone"),
                    ("telefonisch", "phone"),
                    ("huisbezoek", "home_visit"),
                    ("e-mail", "email"),
                    ("mail", "email"),
                    ("anders", "other"),
                    ("overig", "other"),
                ),
                example="consultation",
            ),
            _ref(
                "client_ref",
                "Cliënt (nummer)",
                "VOORBEELD-C1",
                required=False,
                help="Leeg: anoniem (alleen bij het infopunt).",
            ),
            _ref("volunteer_ref", "Vrijwilliger (nummer)", "VOORBEELD-V1", required=False),
            _ref(
                "session_ref",
                "Spreekuur (nummer)",
                "VOORBEELD-S1",
                required=False,
                help="Het spreekuur waarin het contact was; de datum moet dan gelijk zijn.",
            ),
            Column("minutes", "Minuten", Kind.INT, example=20),
            Column("topics", "Onderwerpen", example="huur, toeslagen"),
            _ref(
                "contact_ref",
                "Contact (nummer)",
                "VOORBEELD-K1",
                required=False,
                help="Leeg: het contact wordt bij elke import opnieuw toegevoegd.",
            ),
        ),
        ("contact_ref",),
    ),
    Table(
        "dossiers",
        "Gezinsherenigingsdossiers",
        (
            _ref("dossier_ref", "Dossier (nummer)", "VOORBEELD-D1"),
            _CLIENT,
            Column(
                "opened_on", "Geopend op", Kind.PAST_DATE, True, example="2017-04-03", help=_PAST
            ),
            Column("nidos", "NIDOS", Kind.BOOL, example="nee"),
            Column("closed_on", "Gesloten op", Kind.PAST_DATE, help=_PAST),
            Column(
                "outcome",
                "Uitkomst",
                Kind.CHOICE,
                choices=_values(DossierOutcome),
                aliases=(
                    ("geslaagd", "successful"),
                    ("afgewezen", "rejected"),
                    ("ingetrokken", "withdrawn"),
                ),
                help="Verplicht als Gesloten op is ingevuld.",
            ),
        ),
        ("dossier_ref",),
    ),
    Table(
        "family_members",
        "Gezinsleden",
        (
            _ref("dossier_ref", "Dossier (nummer)", "VOORBEELD-D1"),
            Column("name", "Naam", required=True, example="Voorbeeld Gezinslid"),
            Column("relation", "Relatie", required=True, example="echtgenote"),
            Column("birth_date", "Geboortedatum", Kind.PAST_DATE, example="1992-01-20", help=_PAST),
            Column(
                "country",
                "Land",
                Kind.COUNTRY,
                example="Eritrea",
                help="Landcode of naam van het land waar het gezinslid verblijft.",
            ),
        ),
        ("dossier_ref", "name", "relation"),
    ),
    Table(
        "trajectories",
        "Trajecten",
        (
            _CLIENT,
            Column(
                "kind",
                "Soort",
                Kind.CHOICE,
                True,
                _values(TrajectoryKind),
                (
                    ("vestiging", "settlement"),
                    ("coaching vestiging", "settlement"),
                    ("integratie", "integration"),
                    ("coaching integratie", "integration"),
                ),
                example="settlement",
            ),
            Column(
                "started_on", "Gestart op", Kind.PAST_DATE, True, example="2017-03-01", help=_PAST
            ),
            Column("ended_on", "Beëindigd op", Kind.DATE, help=_DATE),
        ),
        ("client_ref", "kind", "started_on"),
    ),
    Table(
        "projects",
        "Projecten",
        (
            Column(
                "project",
                "Project",
                required=True,
                example="VIP",
                help="Naam van het project; een nieuwe naam wordt een nieuw project.",
            ),
            _ref(
                "person_ref",
                "Persoon (nummer)",
                "VOORBEELD-C1",
                help="Nummer van een cliënt (deelnemer) of vrijwilliger (trainer, coach).",
            ),
            Column(
                "role",
                "Rol",
                Kind.CHOICE,
                True,
                _values(ProjectRole),
                (("deelnemer", "participant"),),
                example="participant",
            ),
            Column("from", "Vanaf", Kind.DATE, True, example="2017-09-01", help=_DATE),
            Column("until", "Tot en met", Kind.DATE, help=_DATE),
        ),
        ("project", "person_ref", "role", "from"),
    ),
    Table(
        "referrals",
        "Doorverwijzingen",
        (
            _CLIENT,
            Column(
                "partner",
                "Partner",
                required=True,
                example="Voorbeeldpartner",
                help="Naam van de organisatie; een nieuwe naam wordt een nieuwe partner.",
            ),
            Column("date", "Datum", Kind.PAST_DATE, True, example="2017-05-10", help=_PAST),
            Column("reason", "Reden", example="taalles"),
        ),
        ("client_ref", "partner", "date"),
    ),
    Table(
        "targets",
        "Taakstelling",
        (
            Column("year", "Jaar", Kind.INT, True, example=2000),
            Column("target", "Taakstelling", Kind.INT, True, example=10),
            Column(
                "opening_backlog",
                "Achterstand op 1 januari",
                Kind.INT,
                help="Alleen voor het eerste jaar met een taakstelling.",
            ),
        ),
        ("year",),
    ),
    Table(
        "checklists",
        "Checklists",
        (
            Column(
                "checklist",
                "Checklist",
                Kind.CHOICE,
                True,
                _values(ChecklistKind),
                (
                    ("vestiging", "settlement"),
                    ("integratie", "integration"),
                    ("schuldpreventie", "debt_prevention"),
                ),
                example="debt_prevention",
            ),
            _ref(
                "household_ref",
                "Huishouden (nummer)",
                "VOORBEELD-H1",
                required=False,
                help=_OWNER_HELP,
            ),
            _ref("client_ref", "Cliënt (nummer)", "", required=False, help=_OWNER_HELP),
            Column(
                "started_on", "Gestart op", Kind.PAST_DATE, True, example="2017-06-01", help=_PAST
            ),
            Column("closed_on", "Afgesloten op", Kind.PAST_DATE, help=_PAST),
        ),
        ("checklist", "household_ref", "client_ref", "started_on"),
        extension=True,
    ),
    Table(
        "checklist_items",
        "Checklistpunten",
        (
            Column(
                "checklist",
                "Checklist",
                Kind.CHOICE,
                True,
                _values(ChecklistKind),
                (
                    ("vestiging", "settlement"),
                    ("integratie", "integration"),
                    ("schuldpreventie", "debt_prevention"),
                ),
                example="debt_prevention",
            ),
            _ref(
                "household_ref",
                "Huishouden (nummer)",
                "VOORBEELD-H1",
                required=False,
                help=_OWNER_HELP,
            ),
            _ref("client_ref", "Cliënt (nummer)", "", required=False, help=_OWNER_HELP),
            Column(
                "started_on",
                "Checklist gestart op",
                Kind.PAST_DATE,
                True,
                example="2017-06-01",
                help="De startdatum van de checklist (blad checklists).",
            ),
            Column(
                "item",
                "Punt",
                required=True,
                example="payment_arrangement",
                help="De sleutel van het punt in de checklist.",
            ),
            Column(
                "status",
                "Status",
                Kind.CHOICE,
                True,
                _values(ChecklistItemStatus),
                (("gedaan", "done"), ("klaar", "done"), ("nvt", "n/a"), ("n.v.t.", "n/a")),
                example="done",
            ),
            Column("done_on", "Gedaan op", Kind.PAST_DATE, example="2017-07-03", help=_PAST),
            Column("creditor", "Schuldeiser", example="Voorbeeld Energie"),
            Column("amount", "Bedrag (euro)", Kind.MONEY, example="250,00"),
            Column("monthly", "Per maand (euro)", Kind.MONEY, example="25,00"),
        ),
        ("checklist", "household_ref", "client_ref", "started_on", "item"),
        extension=True,
    ),
)

TABLE_KEYS = tuple(t.key for t in TABLES)
BY_KEY = {t.key: t for t in TABLES}


def table(key: str) -> Table:
    return BY_KEY[key]
