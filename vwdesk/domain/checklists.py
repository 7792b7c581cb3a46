"""Checklists: templates the team leader edits, instances volunteers tick off.

A template is versioned (key + version). An instance remembers the version it
started from and copies the items' titles, so editing a template never
rewrites the work already recorded. The shipped templates below are what a
new file gets (see services/seed.py); their item keys are stable, because the
figures count by key (`payment_arrangement`) and the demo data uses them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from vwdesk.domain.enums import ChecklistItemStatus, ChecklistKind
from vwdesk.domain.errors import InputProblem, InvalidInput

PAYMENT_ARRANGEMENT = "payment_arrangement"
DEBT_COUNSELLING = "debt_counselling"
# The partner a debt-counselling referral goes to unless the volunteer picks another.
DEFAULT_DEBT_PARTNER = "Plangroep"


class Scope(StrEnum):
    HOUSEHOLD = "household"
    CLIENT = "client"


class ItemField(StrEnum):
    """Optional fields an item asks for, besides status, date, volunteer and note."""

    DATE = "date"  # a date the item must be done by (due date)
    AMOUNT = "amount"  # an amount, such as the arrears of a payment arrangement
    MONTHLY = "monthly"  # an amount per month
    CREDITOR = "creditor"
    PARTNER = "partner"  # a partner organisation (referral target)


# -- templates -----------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateItemDraft:
    title: str
    help: str = ""
    fields: tuple[ItemField, ...] = ()
    when_needed: bool = False
    key: str = ""  # stable key; made from the title when empty


@dataclass(frozen=True)
class TemplateDraft:
    key: str
    name: str
    scope: Scope
    items: tuple[TemplateItemDraft, ...]


@dataclass(frozen=True)
class TemplateItem:
    position: int
    key: str
    title: str
    help: str
    fields: tuple[ItemField, ...]
    when_needed: bool


@dataclass(frozen=True)
class ChecklistTemplate:
    id: int
    key: str
    name: str
    version: int
    scope: Scope
    current: bool
    items: tuple[TemplateItem, ...]
    instances: int = 0  # checklists started from this version


def slug(text: str) -> str:
    """A key from a title: ascii, lower case, underscores ("Huurcontract" -> "huurcontract")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:48] or "item"


def parse_fields(text: str) -> tuple[ItemField, ...]:
    return tuple(ItemField(f) for f in text.split(",") if f)


def format_fields(fields: tuple[ItemField, ...]) -> str:
    return ",".join(ItemField(f).value for f in fields)


def check_template(draft: TemplateDraft) -> TemplateDraft:
    """Trimmed titles, unique keys (made from titles when missing), or InvalidInput."""
    problems: list[InputProblem] = []
    name = draft.name.strip()
    if not name:
        problems.append(InputProblem("a checklist needs a name", field="name"))
    if not draft.key.strip():
        problems.append(InputProblem("a checklist needs a key", field="key"))
    if not draft.items:
        problems.append(InputProblem("a checklist needs at least one item", field="items"))
    items: list[TemplateItemDraft] = []
    seen: set[str] = set()
    for row, item in enumerate(draft.items, start=1):
        title = item.title.strip()
        if not title:
            problems.append(InputProblem("an item needs a title", field="title", row=row))
            continue
        key = item.key.strip() or slug(title)
        base, n = key, 2
        while key in seen:  # two items with the same title get distinct keys
            key, n = f"{base}_{n}", n + 1
        seen.add(key)
        fields_ = tuple(dict.fromkeys(ItemField(f) for f in item.fields))
        items.append(TemplateItemDraft(title, item.help.strip(), fields_, item.when_needed, key))
    if problems:
        raise InvalidInput(problems)
    return TemplateDraft(draft.key.strip(), name, Scope(draft.scope), tuple(items))


def _item(key: str, title: str, help: str = "", fields: str = "", when_needed: bool = False):
    return TemplateItemDraft(title, help, parse_fields(fields), when_needed, key)


SHIPPED_TEMPLATES: tuple[TemplateDraft, ...] = (
    TemplateDraft(
        ChecklistKind.SETTLEMENT.value,
        "Vestiging",
        Scope.HOUSEHOLD,
        (
            _item("rental_contract", "Huurcontract getekend", "Contract van de woningcorporatie doorgenomen en ondertekend.", "date"),  # noqa: E501
            _item("utilities", "Gas, water en elektriciteit aangemeld", "Leveranciers gekozen, meterstanden doorgegeven.", "date"),  # noqa: E501
            _item("income", "Inkomen geregeld", "Uitkering aangevraagd bij de gemeente of loon geregeld.", "date"),  # noqa: E501
            _item("allowances", "Toeslagen aangevraagd", "Huurtoeslag, zorgtoeslag, kinderbijslag en kindgebonden budget."),  # noqa: E501
            _item("insurances", "Verzekeringen afgesloten", "Zorgverzekering, aansprakelijkheid en inboedel."),  # noqa: E501
            _item("gp", "Ingeschreven bij de huisarts"),
            _item("dentist", "Ingeschreven bij de tandarts"),
            _item("pharmacy", "Ingeschreven bij de apotheek"),
            _item("child_health_clinic", "Aangemeld bij het consultatiebureau", "Voor kinderen tot 4 jaar, via het CJG.", "partner"),  # noqa: E501
            _item("school", "School en taalklas geregeld", "Inschrijving op school; taalklas voor nieuwkomers.", "partner"),  # noqa: E501
            _item("furniture_loan", "Lening voor inrichting aangevraagd", "Bij de gemeente, voor meubels en vloerbedekking.", "amount"),  # noqa: E501
            _item("duo", "Inburgeringslening DUO aangevraagd", "Lening voor de inburgeringscursus."),  # noqa: E501
            _item("uwv", "Ingeschreven bij het UWV", "Inschrijving als werkzoekende."),
            _item("tax_remission", "Kwijtschelding gemeentelijke belastingen aangevraagd"),
            _item("phone_tv_internet", "Telefoon, tv en internet geregeld", "Let op dure abonnementen."),  # noqa: E501
            _item("bank_account", "Bankrekening geopend"),
            _item("library", "Lid van de bibliotheek en het Taalhuis", "", "partner"),
        ),
    ),
    TemplateDraft(
        ChecklistKind.INTEGRATION.value,
        "Integratie",
        Scope.CLIENT,
        (
            _item("local_organisations", "Kennisgemaakt met lokale organisaties", "Welzijn, sportclub, moskee of kerk, buurthuis.", "partner"),  # noqa: E501
            _item("volunteer_work", "Vrijwilligerswerk gevonden", "", "partner"),
            _item("vip", "Aangemeld bij VIP", "Het werkvoorbereidingsproject met jobcoaches.", "date"),  # noqa: E501
            _item("language_cafe", "Taalcafé bezocht", "Bij de bibliotheek of het Taalhuis.", "partner"),  # noqa: E501
            _item("work", "Werk of opleiding gevonden", "", "date"),
        ),
    ),
    TemplateDraft(
        ChecklistKind.DEBT_PREVENTION.value,
        "Schuldpreventie",
        Scope.HOUSEHOLD,
        (
            _item("income_expenses", "Overzicht inkomsten en uitgaven gemaakt", "Samen een maandbegroting opgesteld.", "date"),  # noqa: E501
            _item("entitlements", "Rechten en toeslagen uitgelegd", "Toeslagen, kwijtschelding, meedoenregeling."),  # noqa: E501
            _item("internet_banking", "Internetbankieren uitgelegd"),
            _item("saving_tips", "Bespaartips gegeven", "Energie, abonnementen, boodschappen."),
            _item("own_administration", "Eigen administratie opgezet", "Map met ordners; post openen en bewaren."),  # noqa: E501
            _item("finance_workshop", "Uitgenodigd voor de workshop financiën", "", "date"),
            _item(PAYMENT_ARRANGEMENT, "Betalingsregeling getroffen", "Bij een achterstand: schuldeiser, bedrag en maandbedrag.", "creditor,amount,monthly,date", True),  # noqa: E501
            _item(DEBT_COUNSELLING, "Schuldhulpverlening geraadpleegd of doorverwezen", "Bij problematische schulden: Plangroep.", "partner", True),  # noqa: E501
            _item("safety_net", "Vangnet besproken met gemeente en partners", "", "", True),
        ),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Choice:
    """Something to pick in a list: a household, a client, a volunteer, a partner."""

    id: int
    name: str


# -- instances -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Progress:
    done: int
    not_applicable: int
    open: int

    @property
    def total(self) -> int:
        return self.done + self.not_applicable + self.open

    @property
    def settled(self) -> int:
        """Items that need no more work: done or not applicable."""
        return self.done + self.not_applicable

    @property
    def percent(self) -> int:
        return round(100 * self.settled / self.total) if self.total else 100


def progress_of(statuses) -> Progress:
    statuses = [ChecklistItemStatus(s) for s in statuses]
    return Progress(
        done=statuses.count(ChecklistItemStatus.DONE),
        not_applicable=statuses.count(ChecklistItemStatus.NOT_APPLICABLE),
        open=statuses.count(ChecklistItemStatus.OPEN),
    )


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    position: int
    key: str
    title: str
    help: str
    fields: tuple[ItemField, ...]
    when_needed: bool
    status: ChecklistItemStatus
    due_on: date | None
    done_on: date | None
    volunteer_id: int | None
    volunteer_name: str
    note: str
    amount_cents: int | None
    monthly_cents: int | None
    creditor: str
    partner_id: int | None
    partner_name: str

    def past_due(self, today: date) -> bool:
        return (
            self.status == ChecklistItemStatus.OPEN
            and self.due_on is not None
            and self.due_on < today
        )


@dataclass(frozen=True)
class Checklist:
    id: int
    template_id: int
    template_key: str
    name: str
    version: int
    scope: Scope
    household_id: int | None
    client_id: int | None
    owner_name: str  # the household's or client's name, for headings
    started_on: date
    closed_on: date | None
    items: tuple[ChecklistItem, ...] = field(default_factory=tuple)

    @property
    def progress(self) -> Progress:
        return progress_of(i.status for i in self.items)


@dataclass(frozen=True)
class ChecklistSummary:
    """One checklist in a list, without its items."""

    id: int
    template_key: str
    name: str
    version: int
    household_id: int | None
    client_id: int | None
    owner_name: str
    started_on: date
    closed_on: date | None
    progress: Progress


@dataclass(frozen=True)
class PastDueItem:
    """An open item whose date has passed, for the lists of what needs attention."""

    item_id: int
    checklist_id: int
    checklist_name: str
    household_id: int | None
    client_id: int | None
    owner_name: str
    title: str
    due_on: date
    volunteer_name: str


@dataclass(frozen=True)
class ItemUpdate:
    """What a volunteer records on one item; None leaves a date or amount empty."""

    status: ChecklistItemStatus
    done_on: date | None = None
    due_on: date | None = None
    volunteer_id: int | None = None
    note: str = ""
    amount_cents: int | None = None
    monthly_cents: int | None = None
    creditor: str = ""
    partner_id: int | None = None


def check_item_update(update: ItemUpdate, today: date) -> ItemUpdate:
    """Done items get a date (today unless given); open items lose theirs."""
    problems: list[InputProblem] = []
    status = ChecklistItemStatus(update.status)
    for name in ("amount_cents", "monthly_cents"):
        value = getattr(update, name)
        if value is not None and value < 0:
            problems.append(InputProblem("an amount cannot be negative", field=name))
    if status == ChecklistItemStatus.DONE and update.done_on and update.done_on > today:
        problems.append(InputProblem("the date done is in the future", field="done_on"))
    if problems:
        raise InvalidInput(problems)
    done_on = update.done_on
    if status == ChecklistItemStatus.DONE and done_on is None:
        done_on = today
    elif status == ChecklistItemStatus.OPEN:
        done_on = None
    return ItemUpdate(
        status=status,
        done_on=done_on,
        due_on=update.due_on,
        volunteer_id=update.volunteer_id,
        note=update.note.strip(),
        amount_cents=update.amount_cents,
        monthly_cents=update.monthly_cents,
        creditor=update.creditor.strip(),
        partner_id=update.partner_id,
    )
