<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About vwdesk</source>
        <translation>Over vwdesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Case and report keeping for local refugee-support teams. All data stays encrypted on this computer.</source>
        <translation>Dossiers en rapportage voor lokale teams die statushouders begeleiden. Alle gegevens blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>vwdesk is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>vwdesk is vrije software onder de GNU General Public License, versie 3 of later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>BSD-achtige licentie</translation>
    </message>
    <message>
        <source>Lucide icons</source>
        <translation>Lucide-iconen</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Amount (arrears)</source>
        <translation>Bedrag (achterstand)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add another arrangement</source>
        <translation>Nog een regeling toevoegen</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Kies een punt</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source> (when needed)</source>
        <translation> (indien nodig)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Started %1</source>
        <translation>Gestart %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>afgesloten %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>%1 van %2 afgerond</translation>
    </message>
    <message>
        <source>No checklist chosen</source>
        <translation>Geen checklist gekozen</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 125,50.</source>
        <translation>Vul een bedrag in euro&apos;s in, zoals 125,50.</translation>
    </message>
    <message>
        <source>The date done cannot be in the future.</source>
        <translation>De datum waarop het gedaan is, kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This partner is no longer on the list; choose another.</source>
        <translation>Deze partner staat niet meer op de lijst; kies een andere.</translation>
    </message>
</context>
<context>
    <name>DebtHouseholdTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Payment arrangements</source>
        <translation>Betalingsregelingen</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Afgesloten op %1</translation>
    </message>
</context>
<context>
    <name>DebtReferralTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>DebtTab</name>
    <message>
        <source>Debt prevention</source>
        <translation>Schuldpreventie</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>Nieuwe checklist…</translation>
    </message>
    <message>
        <source>Refer to debt counselling…</source>
        <translation>Doorverwijzen naar schuldhulpverlening…</translation>
    </message>
    <message>
        <source>No household has a debt prevention checklist yet. Start one with “New checklist…”.</source>
        <translation>Nog geen enkel huishouden heeft een checklist schuldpreventie. Begin er een met “Nieuwe checklist…”.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Payment arrangements</source>
        <translation>Betalingsregelingen</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>%1 households, %2 still running</source>
        <translation>%1 huishoudens, %2 nog lopend</translation>
    </message>
    <message>
        <source>arrears under arrangement %1</source>
        <translation>achterstand in regelingen %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to vwdesk</source>
        <translation>Aanmelden bij vwdesk</translation>
    </message>
    <message>
        <source>Welcome to vwdesk</source>
        <translation>Welkom bij vwdesk</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Meld je aan met je eigen gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>for example: anna</source>
        <translation>bijvoorbeeld: anna</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose a vwdesk file</source>
        <translation>Kies een vwdesk-bestand</translation>
    </message>
    <message>
        <source>vwdesk files (*.vwdesk);;All files (*)</source>
        <translation>vwdesk-bestanden (*.vwdesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the vwdesk file of your team first.</source>
        <translation>Kies eerst het vwdesk-bestand van je team.</translation>
    </message>
    <message>
        <source>Fill in your user name and password.</source>
        <translation>Vul je gebruikersnaam en wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Hide everything until someone signs in again</source>
        <translation>Alles verbergen tot iemand zich opnieuw aanmeldt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Takes effect when vwdesk is started again</source>
        <translation>Werkt pas na het opnieuw starten van vwdesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About vwdesk</source>
        <translation>&amp;Over vwdesk</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Aangemeld als {name} ({role})</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Bestand: {name}</translation>
    </message>
</context>
<context>
    <name>PastDueTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>PaymentArrangementTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Schuldeiser</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Getroffen op %1</translation>
    </message>
    <message>
        <source>To make by %1</source>
        <translation>Te treffen uiterlijk %1</translation>
    </message>
    <message>
        <source>To make</source>
        <translation>Te treffen</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <source>This part of vwdesk is being built.</source>
        <translation>Dit onderdeel van vwdesk wordt nog gebouwd.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer to debt counselling</source>
        <translation>Doorverwijzen naar schuldhulpverlening</translation>
    </message>
    <message>
        <source>The referral is recorded for the partner and ticks off the checklist item.</source>
        <translation>De doorverwijzing wordt bij de partner geregistreerd en vinkt het punt op de checklist af.</translation>
    </message>
    <message>
        <source>for example: rent arrears</source>
        <translation>bijvoorbeeld: huurachterstand</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Choose a client and a partner.</source>
        <translation>Kies een cliënt en een partner.</translation>
    </message>
    <message>
        <source>Fill in a date that is not in the future.</source>
        <translation>Vul een datum in die niet in de toekomst ligt.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The new language is used from the next time you start vwdesk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat je vwdesk start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <source>Start debt prevention</source>
        <translation>Schuldpreventie starten</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Every household already has a debt prevention checklist.</source>
        <translation>Elk huishouden heeft al een checklist schuldpreventie.</translation>
    </message>
    <message>
        <source>Choose a household from the list.</source>
        <translation>Kies een huishouden uit de lijst.</translation>
    </message>
    <message>
        <source>Fill in the start date.</source>
        <translation>Vul de startdatum in.</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplande datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Schuldeiser</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Settlement coaching</source>
        <translation>Coaching vestiging</translation>
    </message>
    <message>
        <source>Integration coaching</source>
        <translation>Coaching integratie</translation>
    </message>
    <message>
        <source>Not yet housed</source>
        <translation>Nog niet gehuisvest</translation>
    </message>
    <message>
        <source>Settlement (0-6 months)</source>
        <translation>Vestiging (0-6 maanden)</translation>
    </message>
    <message>
        <source>Guidance (up to 18 months)</source>
        <translation>Begeleiding (tot 18 maanden)</translation>
    </message>
    <message>
        <source>After guidance</source>
        <translation>Na de begeleiding</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 per maand</translation>
    </message>
</context>
<context>
    <name>debt</name>
    <message>
        <source>%1 made, %2 to make</source>
        <translation>%1 getroffen, %2 te treffen</translation>
    </message>
    <message>
        <source>%1 made</source>
        <translation>%1 getroffen</translation>
    </message>
    <message>
        <source>%1 to make</source>
        <translation>%1 te treffen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The user name or password is not correct. Please try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This file is already open in another vwdesk window. Close that window first, then try again.</source>
        <translation>Dit bestand is al geopend in een ander vwdesk-venster. Sluit dat venster eerst en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a vwdesk file or it is damaged; it has not been changed. Choose another file or ask your team leader for help.</source>
        <translation>Dit is geen vwdesk-bestand of het is beschadigd; er is niets aan veranderd. Kies een ander bestand of vraag je teamleider om hulp.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
        <translation>De schijf is vol, daardoor is de laatste wijziging niet opgeslagen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your role does not allow this; ask a team leader.</source>
        <translation>Dit mag niet met jouw rol; vraag het aan een teamleider.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed in the meantime.</source>
        <translation>Dit bestaat niet meer; misschien is het intussen verwijderd.</translation>
    </message>
    <message>
        <source>Some of the entered information is not correct; nothing was saved.</source>
        <translation>Een deel van de ingevulde gegevens klopt niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This could not be done; nothing was changed.</source>
        <translation>Dit kon niet worden uitgevoerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; please try again. If it happens again, tell your team leader.</source>
        <translation>Er ging onverwacht iets mis; probeer het opnieuw. Gebeurt het nog eens, meld het dan aan je teamleider.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Team leader</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Junior team leader</source>
        <translation>Junior teamleider</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>What needs attention today, at a glance: this week&apos;s consultation hours, households due for a home visit and dossier deadlines that are coming up.</source>
        <translation>Wat vandaag aandacht vraagt, in één oogopslag: de spreekuren van deze week, huishoudens die aan de beurt zijn voor een huisbezoek en naderende termijnen in dossiers.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Households and their members: registering a newly housed household, the fixed contact volunteer, family members who join later, the settlement and integration checklists, and referrals to partners.</source>
        <translation>Huishoudens en hun leden: een nieuw gehuisvest huishouden registreren, de vaste contactpersoon, nareizigers, de checklists voor vestiging en integratie, en doorverwijzingen naar partners.</translation>
    </message>
    <message>
        <source>Consultation hours</source>
        <translation>Spreekuren</translation>
    </message>
    <message>
        <source>The weekly schedule of consultation hours per kind and location, and quickly logging each contact during a session, anonymously if needed.</source>
        <translation>Het weekrooster van de spreekuren per soort en locatie, en tijdens een spreekuur snel elk contactmoment vastleggen, zo nodig anoniem.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Planned and completed home visits, the pool of volunteers who make them and the households that are overdue for a visit.</source>
        <translation>Geplande en afgelegde huisbezoeken, de pool van vrijwilligers die ze afleggen en de huishoudens bij wie een bezoek te lang geleden is.</translation>
    </message>
    <message>
        <source>Debt prevention</source>
        <translation>Schuldpreventie</translation>
    </message>
    <message>
        <source>The debt prevention checklist per household: income and expenses, payment arrangements with creditors and referrals to debt counselling.</source>
        <translation>De checklist schuldpreventie per huishouden: inkomsten en uitgaven, betalingsregelingen met schuldeisers en doorverwijzingen naar schuldhulpverlening.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Family reunification dossiers: the family members abroad, the steps of the procedure and the deadlines the team must watch.</source>
        <translation>Dossiers gezinshereniging: de gezinsleden in het buitenland, de stappen van de procedure en de termijnen die het team moet bewaken.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>The figures of the year and the annual report as a PDF for the municipality and the regional foundation.</source>
        <translation>De cijfers van het jaar en het jaarverslag als pdf voor de gemeente en de regionale stichting.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>User accounts and roles, the team of volunteers, partner organisations, deadline rules, team settings and backups.</source>
        <translation>Gebruikers en rollen, het team van vrijwilligers, partnerorganisaties, termijnregels, teaminstellingen en reservekopieën.</translation>
    </message>
</context>
</TS>
