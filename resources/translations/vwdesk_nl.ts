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
        <source>The full licence texts are in THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>De volledige licentieteksten staan in THIRD-PARTY-NOTICES.txt in de programmamap.</translation>
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
    <name>AccountTableModel</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>New recovery key…</source>
        <translation>Nieuwe herstelsleutel…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nieuw account…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nieuw wachtwoord…</translation>
    </message>
    <message>
        <source>Team member…</source>
        <translation>Teamlid…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Uitschakelen…</translation>
    </message>
    <message>
        <source>There is a recovery key. Keep it in a safe place: with it a password can be reset when every team leader has forgotten theirs.</source>
        <translation>Er is een herstelsleutel. Bewaar die op een veilige plek: daarmee kan een wachtwoord opnieuw worden ingesteld als alle teamleiders het hunne vergeten zijn.</translation>
    </message>
    <message>
        <source>There is no recovery key. Make one now, or a forgotten password of the last team leader means the data is lost.</source>
        <translation>Er is geen herstelsleutel. Maak er nu een; anders zijn de gegevens verloren als de laatste teamleider het wachtwoord vergeet.</translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>Account {name} toegevoegd.</translation>
    </message>
    <message>
        <source>Choose an active account first.</source>
        <translation>Kies eerst een actief account.</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>{name} heeft een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer sign in. Everything they recorded stays. The file is re-encrypted with a new key, which takes a moment.</source>
        <translation>{name} uitschakelen? Deze persoon kan dan niet meer aanmelden. Alles wat diegene heeft vastgelegd blijft. Het bestand wordt opnieuw versleuteld met een nieuwe sleutel; dat duurt even.</translation>
    </message>
    <message>
        <source>Disabling and re-encrypting…</source>
        <translation>Bezig met uitschakelen en opnieuw versleutelen…</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>{name} is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working.</source>
        <translation>Een nieuwe herstelsleutel maken? De oude werkt dan niet meer.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>bijv. anna</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Tell the person their password in private; they can change it after signing in. Volunteers cannot delete clients or export.</source>
        <translation>Vertel de persoon het wachtwoord onder vier ogen; na het aanmelden kan diegene het zelf wijzigen. Vrijwilligers kunnen geen cliënten verwijderen en niets exporteren.</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Een gebruikersnaam bestaat uit 2 tot 32 kleine letters, cijfers, punten, streepjes of liggende streepjes, en begint met een letter of cijfer.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a family member who joins later</source>
        <translation>Gezinslid toevoegen dat later komt</translation>
    </message>
    <message>
        <source>A family member who comes to live at {address} later (a nareiziger). Their own housing date is the day they were housed here.</source>
        <translation>Een gezinslid dat later op {address} komt wonen (een nareiziger). De eigen huisvestingsdatum is de dag waarop diegene hier gehuisvest werd.</translation>
    </message>
    <message>
        <source>this household</source>
        <translation>dit huishouden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Add to the household</source>
        <translation>Toevoegen aan het huishouden</translation>
    </message>
    <message>
        <source>Not saved yet: please look at the marked fields.</source>
        <translation>Nog niet opgeslagen: kijk even naar de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Close without adding this person? What you typed is lost.</source>
        <translation>Sluiten zonder deze persoon toe te voegen? Wat je hebt getypt gaat verloren.</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
</context>
<context>
    <name>ArrivalTableModel</name>
    <message>
        <source>Family member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>fill in</source>
        <translation>invullen</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>kiezen</translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Register arrived family members</source>
        <translation>Aangekomen gezinsleden inschrijven</translation>
    </message>
    <message>
        <source>Tick the family members who arrived. They become clients in the household of {referent}, housed on their own date, and count as housed in that year.</source>
        <translation>Vink de gezinsleden aan die zijn aangekomen. Ze worden cliënt in het huishouden van {referent}, met hun eigen huisvestingsdatum, en tellen in dat jaar mee als gehuisvest.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inschrijven</translation>
    </message>
</context>
<context>
    <name>AuditPageView</name>
    <message>
        <source>Everyone; or type a client&apos;s name</source>
        <translation>Iedereen; of typ de naam van een cliënt</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Alleen deze persoon</translation>
    </message>
    <message>
        <source>Everything done in this file, newest first: sign-ins, opened records, changes, exports, imports and backups. The trail cannot be changed.</source>
        <translation>Alles wat in dit bestand gebeurde, het nieuwste eerst: aanmeldingen, geopende dossiers, wijzigingen, exports, imports en back-ups. Het logboek kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} events; narrow the filters to see older ones.</source>
        <translation>De nieuwste {shown} van {total} gebeurtenissen; verfijn de filters om oudere te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only: {name}</source>
        <translation>Alleen: {name}</translation>
    </message>
    <message>
        <source>Only: (anonymised)</source>
        <translation>Alleen: (geanonimiseerd)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand aangemeld)</translation>
    </message>
</context>
<context>
    <name>AutoBackupRunner</name>
    <message>
        <source>The automatic backup could not be made; the older backups are unchanged. Make one by hand next time (Administration &gt; Backup).</source>
        <translation>De automatische back-up kon niet worden gemaakt; de oudere back-ups zijn ongewijzigd. Maak de volgende keer zelf een back-up (Beheer &gt; Back-up).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Making the daily backup before closing…</source>
        <translation>De back-up van vandaag maken voor het afsluiten…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>vwdesk makes an encrypted backup when it closes or locks, at most one a day. Each backup is checked before it counts; the oldest are removed only after a new one was made. A backup opens with the accounts and passwords of its day.</source>
        <translation>vwdesk maakt een versleutelde back-up bij het afsluiten of vergrendelen, hoogstens één per dag. Elke back-up wordt eerst gecontroleerd; de oudste worden pas verwijderd als er een nieuwe is gemaakt. Een back-up opent met de accounts en wachtwoorden van die dag.</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Andere map…</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standaardmap</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Bewaar de nieuwste</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Back-up opslaan in…</translation>
    </message>
    <message>
        <source>A backup in a place of your choosing, such as a USB stick</source>
        <translation>Een back-up op een plek naar keuze, zoals een USB-stick</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Folder (next to the data file): {folder}</source>
        <translation>Map (naast het gegevensbestand): {folder}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <source>There is no automatic backup in this folder yet.</source>
        <translation>Er staat nog geen automatische back-up in deze map.</translation>
    </message>
    <message>
        <source>The newest automatic backup was made on {when}.</source>
        <translation>De nieuwste automatische back-up is gemaakt op {when}.</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische back-ups</translation>
    </message>
    <message>
        <source>The choice could not be saved on this computer.</source>
        <translation>De keuze kon op deze computer niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Saved: the newest {n} are kept.</source>
        <translation>Opgeslagen: de nieuwste {n} worden bewaard.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Save a backup as</source>
        <translation>Back-up opslaan als</translation>
    </message>
    <message>
        <source>vwdesk backups (*.vwbackup)</source>
        <translation>vwdesk-back-ups (*.vwbackup)</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Back-up gemaakt en gecontroleerd: {path}</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Kies de back-up om terug te zetten</translation>
    </message>
    <message>
        <source>vwdesk backups (*.vwbackup);;All files (*)</source>
        <translation>vwdesk-back-ups (*.vwbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>een onbekende dag</translation>
    </message>
    <message>
        <source>The backup of {when} is sound: {clients} clients, {contacts} contacts. It is restored to a new file; the file you work in now is not changed. Choose where to put the restored file.</source>
        <translation>De back-up van {when} is in orde: {clients} cliënten, {contacts} contacten. Hij wordt teruggezet in een nieuw bestand; het bestand waarin je nu werkt, verandert niet. Kies waar het teruggezette bestand komt.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Save the restored file as</source>
        <translation>Teruggezet bestand opslaan als</translation>
    </message>
    <message>
        <source>vwdesk files (*.vwdesk)</source>
        <translation>vwdesk-bestanden (*.vwdesk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Restored to {path}.</source>
        <translation>Teruggezet in {path}.</translation>
    </message>
    <message>
        <source>The backup was restored to {name}. Open it now? You sign in again, with the accounts and passwords of the day of the backup.</source>
        <translation>De back-up is teruggezet in {name}. Nu openen? Je meldt je opnieuw aan, met de accounts en wachtwoorden van de dag van de back-up.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The backup could not be written. Is the folder or the USB stick writable, and is there room? The older backups are unchanged.</source>
        <translation>De back-up kon niet worden geschreven. Mag er in de map of op de USB-stick worden geschreven, en is er ruimte? De oudere back-ups zijn ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Export the problems…</source>
        <translation>Foutenlijst exporteren…</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Fouten in het bestand</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>After correcting and saving the file</source>
        <translation>Nadat je het bestand hebt verbeterd en opgeslagen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
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
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Add another arrangement</source>
        <translation>Nog een regeling toevoegen</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Wijzigingen nog niet opgeslagen.</translation>
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
    <name>ChecklistPanel</name>
    <message>
        <source>Start Vestiging</source>
        <translation>Vestiging starten</translation>
    </message>
    <message>
        <source>Start Integratie</source>
        <translation>Integratie starten</translation>
    </message>
    <message>
        <source>The settlement checklist of the household</source>
        <translation>De checklist vestiging van het huishouden</translation>
    </message>
    <message>
        <source>The integration checklist of this client</source>
        <translation>De checklist integratie van deze cliënt</translation>
    </message>
    <message>
        <source>%1, started %2 (%3 of %4)</source>
        <translation>%1, gestart %2 (%3 van %4)</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateDialog</name>
    <message>
        <source>Change checklist</source>
        <translation>Checklist aanpassen</translation>
    </message>
    <message>
        <source>Version %1 is used by %2 checklists. Saving makes version %3; checklists already started keep their version.</source>
        <translation>Versie %1 wordt gebruikt door %2 checklists. Opslaan maakt versie %3; checklists die al lopen houden hun versie.</translation>
    </message>
    <message>
        <source>No checklist uses this version yet; saving changes it in place.</source>
        <translation>Nog geen checklist gebruikt deze versie; opslaan past haar direct aan.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>Give the checklist a name and every item a title.</source>
        <translation>Geef de checklist een naam en elk punt een titel.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateItemsTableModel</name>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Indien nodig</translation>
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
        <source>Save the changes?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>You changed “%1” and have not saved it yet.</source>
        <translation>Je hebt “%1” gewijzigd en nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 125,50.</source>
        <translation>Vul een bedrag in euro&apos;s in, zoals 125,50.</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” opgeslagen.</translation>
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
    <name>ChooseStep</name>
    <message>
        <source>Bring the team&apos;s data from a spreadsheet into vwdesk: a filled-in import template (.xlsx), a folder of CSV files (one per table, such as clients.csv) or a .zip of them. vwdesk first checks the whole file and shows what would change; nothing is saved until you confirm. It is all or nothing: with one mistake in the file, nothing is saved.</source>
        <translation>Haal de gegevens van het team uit een spreadsheet naar vwdesk: een ingevuld importsjabloon (.xlsx), een map met CSV-bestanden (één per tabel, zoals clients.csv) of een .zip daarvan. vwdesk controleert eerst het hele bestand en laat zien wat er zou veranderen; er wordt pas iets opgeslagen als je bevestigt. Het is alles of niets: met één fout in het bestand wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a file (.xlsx, .zip, .csv)…</source>
        <translation>Bestand kiezen (.xlsx, .zip, .csv)…</translation>
    </message>
    <message>
        <source>Choose a folder of CSV files…</source>
        <translation>Map met CSV-bestanden kiezen…</translation>
    </message>
    <message>
        <source>No file yet?</source>
        <translation>Nog geen bestand?</translation>
    </message>
    <message>
        <source>Save empty template…</source>
        <translation>Leeg sjabloon opslaan…</translation>
    </message>
    <message>
        <source>Start from the empty template: one sheet per table with the column names, an explanation of each column, drop-down lists and an example row. The same names and refs in a second import change nothing, so you can import a file again after adding to it.</source>
        <translation>Begin met het lege sjabloon: één blad per tabel met de kolomnamen, uitleg bij elke kolom, keuzelijsten en een voorbeeldrij. Dezelfde nummers (refs) veranderen bij een tweede import niets, dus je kunt een bestand opnieuw importeren nadat je er iets aan hebt toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ClientController</name>
    <message>
        <source>Anonymise {name}? Name, numbers, contact details and notes are removed for good; what the figures count (birth date, sex, nationality, housing date, contacts) stays. This cannot be undone.</source>
        <translation>{name} anonimiseren? Naam, nummers, contactgegevens en notities worden definitief verwijderd; wat de cijfers tellen (geboortedatum, geslacht, nationaliteit, huisvestingsdatum, contacten) blijft. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete {name}? Only for someone registered by mistake: a person with contacts or other history cannot be deleted (anonymise instead).</source>
        <translation>{name} verwijderen? Alleen voor iemand die per vergissing is ingevoerd: iemand met contacten of andere geschiedenis kan niet worden verwijderd (anonimiseer dan).</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
</context>
<context>
    <name>ClientDeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>No deadlines: no permit or travel document dates, no running procedure.</source>
        <translation>Geen termijnen: geen datum van verblijfsvergunning of reisdocument en geen lopende procedure.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>e.g. 06-12345678</source>
        <translation>bijv. 06-12345678</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>alleen cijfers</translation>
    </message>
    <message>
        <source>empty: the household&apos;s date</source>
        <translation>leeg: als huishouden</translation>
    </message>
    <message>
        <source>Obliged to integrate (inburgeringsplichtig)</source>
        <translation>Inburgeringsplichtig</translation>
    </message>
    <message>
        <source>Participation statement (PVT) required</source>
        <translation>Participatieverklaring (PVT) verplicht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Numbers and residence</source>
        <translation>Nummers en verblijf</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>Vergunning geldig tot</translation>
    </message>
    <message>
        <source>Housing and integration</source>
        <translation>Huisvesting en inburgering</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Contact volunteer</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>PVT course on</source>
        <translation>PVT-bijeenkomst op</translation>
    </message>
    <message>
        <source>PVT signed on</source>
        <translation>PVT ondertekend op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>(the household&apos;s)</source>
        <translation>(die van het huishouden)</translation>
    </message>
</context>
<context>
    <name>ClientLineModel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <source>Ctrl+K: a phone call, e-mail or other contact outside a consultation hour</source>
        <translation>Ctrl+K: een telefoongesprek, e-mail of ander contact buiten een spreekuur</translation>
    </message>
    <message>
        <source>Close client…</source>
        <translation>Cliënt afsluiten…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren {date}</translation>
    </message>
    <message>
        <source>housed {date}</source>
        <translation>gehuisvest {date}</translation>
    </message>
    <message>
        <source>closed on {date} ({reason})</source>
        <translation>afgesloten op {date} ({reason})</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>contactpersoon: {name}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Wijzigingen nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: please look at the marked fields.</source>
        <translation>Niet opgeslagen: kijk even naar de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Leave without saving?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. Weggaan zonder op te slaan?</translation>
    </message>
    <message>
        <source>You have changes that are not saved, on the checklist item “%1” too. Leave without saving?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen, ook bij het checklistpunt “%1”. Weggaan zonder op te slaan?</translation>
    </message>
</context>
<context>
    <name>ClientPhaseTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Gehuisvest</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend traject</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, phone number, V-number or address</source>
        <translation>Typ een naam, telefoonnummer, V-nummer of adres</translation>
    </message>
    <message>
        <source>Register a household…</source>
        <translation>Huishouden registreren…</translation>
    </message>
    <message>
        <source>Nobody found with ‘{text}’.</source>
        <translation>Niemand gevonden met ‘{text}’.</translation>
    </message>
    <message>
        <source>No exact match for ‘{text}’: choose the person with ↓ or the mouse.</source>
        <translation>Geen precieze treffer voor ‘{text}’: kies de persoon met ↓ of met de muis.</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this person yet.</source>
        <translation>Over deze persoon is nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Register a household…</source>
        <translation>Huishouden registreren…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Search by name, V-number, phone or address (Ctrl+F)</source>
        <translation>Zoek op naam, V-nummer, telefoon of adres (Ctrl+F)</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Actieve cliënten</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Afgesloten cliënten</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Actief en afgesloten</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle cliënten</translation>
    </message>
    <message>
        <source>Coaching lists</source>
        <translation>Begeleidingslijsten</translation>
    </message>
    <message>
        <source>Every contact volunteer</source>
        <translation>Alle contactpersonen</translation>
    </message>
    <message>
        <source>(no contact volunteer)</source>
        <translation>(geen contactpersoon)</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (vertrokken)</translation>
    </message>
    <message>
        <source>Every nationality</source>
        <translation>Alle nationaliteiten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>{shown} van {total} cliënten</translation>
    </message>
    <message>
        <source>No clients yet. Register the first household with Ctrl+N.</source>
        <translation>Nog geen cliënten. Registreer het eerste huishouden met Ctrl+N.</translation>
    </message>
    <message>
        <source>Nobody matches. Check the spelling or the filters next to the search.</source>
        <translation>Niemand gevonden. Controleer de spelling of de filters naast het zoekveld.</translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Afgesloten op {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Contact volunteer</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CloseClientDialog</name>
    <message>
        <source>Close client</source>
        <translation>Cliënt afsluiten</translation>
    </message>
    <message>
        <source>{name} leaves the list of active clients. Everything recorded stays, and so do the figures of the years they were here. You can reopen later.</source>
        <translation>{name} gaat van de lijst met actieve cliënten af. Alles wat is vastgelegd blijft, net als de cijfers van de jaren waarin diegene hier was. Je kunt later heropenen.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close dossier</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Kies de uitkomst…</translation>
    </message>
    <message>
        <source>After closing successfully you can register the family members who arrived as clients in the referent&apos;s household.</source>
        <translation>Na een geslaagde afsluiting kun je de aangekomen gezinsleden inschrijven als cliënt in het huishouden van de referent.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Choose how the dossier ended; nothing was saved.</source>
        <translation>Kies hoe het dossier is afgelopen; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CoachingListsView</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Ending within a month</source>
        <translation>Eindigen binnen een maand</translation>
    </message>
    <message>
        <source>Phase per client</source>
        <translation>Fase per cliënt</translation>
    </message>
    <message>
        <source>Participation statement</source>
        <translation>Participatieverklaring</translation>
    </message>
    <message>
        <source>Items past their date</source>
        <translation>Punten over datum</translation>
    </message>
    <message>
        <source>Referrals per partner</source>
        <translation>Doorverwijzingen per partner</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>No trajectory ends within a month.</source>
        <translation>Er eindigt binnen een maand geen traject.</translation>
    </message>
    <message>
        <source>No client is in settlement or guidance.</source>
        <translation>Er is geen cliënt in de vestigings- of begeleidingsfase.</translation>
    </message>
    <message>
        <source>No participation statement is waiting.</source>
        <translation>Er staat geen participatieverklaring open.</translation>
    </message>
    <message>
        <source>No checklist item is past its date.</source>
        <translation>Geen enkel punt van een checklist is over datum.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact outside a consultation hour</source>
        <translation>Contact buiten een spreekuur</translation>
    </message>
    <message>
        <source>Contact with {name}</source>
        <translation>Contact met {name}</translation>
    </message>
    <message>
        <source>Home visits are recorded in the Home visits tab.</source>
        <translation>Huisbezoeken leg je vast in het tabblad Huisbezoeken.</translation>
    </message>
    <message>
        <source>Anonymous (info point only)</source>
        <translation>Anoniem (alleen infopunt)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was discussed (optional)</source>
        <translation>Wat is besproken (niet verplicht)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Housed on {housed}: social guidance was meant to end on {end}. You can still log it.</source>
        <translation>Gehuisvest op {housed}: de maatschappelijke begeleiding liep tot {end}. Je kunt het contact toch vastleggen.</translation>
    </message>
    <message>
        <source>Choose the client, or tick anonymous for an info point contact.</source>
        <translation>Kies de cliënt, of vink anoniem aan voor een contact bij het infopunt.</translation>
    </message>
    <message>
        <source>Close without saving this contact? What you typed is lost.</source>
        <translation>Sluiten zonder dit contact op te slaan? Wat je hebt getypt gaat verloren.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Choose a kind</source>
        <translation>Kies een soort</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Onderwerp toevoegen</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>Wat gebeurt er nu, en wie doet het</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Geen doorverwijzing</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Housed longer ago than the social guidance period; logged anyway.</source>
        <translation>Langer geleden gehuisvest dan de periode van maatschappelijke begeleiding; toch vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>up to and including</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Fill in two dates, the first one not after the second one.</source>
        <translation>Vul twee datums in, de eerste niet na de tweede.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>Type to search, e.g. Syr</source>
        <translation>Typ om te zoeken, bijv. Syr</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Nog</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Counted from {day}</source>
        <translation>Gerekend vanaf {day}</translation>
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
    <message>
        <source>Change checklist…</source>
        <translation>Checklist aanpassen…</translation>
    </message>
    <message>
        <source>The items of the debt prevention checklist</source>
        <translation>De punten van de checklist schuldpreventie</translation>
    </message>
    <message>
        <source>No payment arrangements have been made or started.</source>
        <translation>Er zijn nog geen betalingsregelingen getroffen of in voorbereiding.</translation>
    </message>
    <message>
        <source>No debt prevention item is past its planned date.</source>
        <translation>Geen enkel punt van schuldpreventie is over de geplande datum.</translation>
    </message>
    <message>
        <source>Nobody has been referred to debt counselling yet.</source>
        <translation>Er is nog niemand doorverwezen naar schuldhulpverlening.</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>The other tabs show the imported data now. The import is in the audit trail (the numbers per table, no names).</source>
        <translation>De andere tabbladen tonen de geïmporteerde gegevens nu. De import staat in het logboek (de aantallen per tabel, geen namen).</translation>
    </message>
    <message>
        <source>Import another file…</source>
        <translation>Nog een bestand importeren…</translation>
    </message>
</context>
<context>
    <name>DossierController</name>
    <message numerus="yes">
        <source>The dossier is closed. Register the %n family member(s) who arrived as clients in the household of {referent}?</source>
        <translation>
            <numerusform>Het dossier is afgesloten. Het aangekomen gezinslid inschrijven als cliënt in het huishouden van {referent}?</numerusform>
            <numerusform>Het dossier is afgesloten. De %n aangekomen gezinsleden inschrijven als cliënt in het huishouden van {referent}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the dossier of {referent}?</source>
        <translation>Het dossier van {referent} heropenen?</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) registered in the household.</source>
        <translation>
            <numerusform>%n cliënt ingeschreven in het huishouden.</numerusform>
            <numerusform>%n cliënten ingeschreven in het huishouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from this dossier?</source>
        <translation>{name} uit dit dossier verwijderen?</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>Deze stap verwijderen?</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>New family reunification dossier</source>
        <translation>Nieuw dossier gezinshereniging</translation>
    </message>
    <message>
        <source>Edit dossier</source>
        <translation>Dossier wijzigen</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>A NIDOS dossier (unaccompanied minor)</source>
        <translation>Een NIDOS-dossier (alleenstaande minderjarige)</translation>
    </message>
    <message>
        <source>What the team should know about this procedure</source>
        <translation>Wat het team over deze procedure moet weten</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Reviewed this month</source>
        <translation>Deze maand besproken</translation>
    </message>
    <message>
        <source>Record that you looked at this dossier today</source>
        <translation>Leg vast dat je dit dossier vandaag hebt doorgenomen</translation>
    </message>
    <message>
        <source>Close dossier…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Register arrivals…</source>
        <translation>Aangekomen gezinsleden inschrijven…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Family members abroad</source>
        <translation>Gezinsleden in het buitenland</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Dossier of {name}</source>
        <translation>Dossier van {name}</translation>
    </message>
    <message>
        <source>Opened on {day}</source>
        <translation>Geopend op {day}</translation>
    </message>
    <message>
        <source>NIDOS</source>
        <translation>NIDOS</translation>
    </message>
    <message>
        <source>Closed on {day}: {outcome}</source>
        <translation>Afgesloten op {day}: {outcome}</translation>
    </message>
    <message>
        <source>Last reviewed on {day} by {name}</source>
        <translation>Laatst besproken op {day} door {name}</translation>
    </message>
    <message>
        <source>Last reviewed on {day}</source>
        <translation>Laatst besproken op {day}</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <source>No deadline is running: record the next step of the procedure below.</source>
        <translation>Er loopt geen termijn: leg hieronder de volgende stap van de procedure vast.</translation>
    </message>
    <message>
        <source>A closed dossier has no deadlines.</source>
        <translation>Een afgesloten dossier heeft geen termijnen.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>NIDOS</source>
        <translation>NIDOS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Closed on {day}</source>
        <translation>Afgesloten op {day}</translation>
    </message>
    <message>
        <source>Not reviewed yet this month</source>
        <translation>Deze maand nog niet besproken</translation>
    </message>
</context>
<context>
    <name>DossiersTab</name>
    <message>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>Deadline rules…</source>
        <translation>Termijnregels…</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Nieuw dossier…</translation>
    </message>
    <message>
        <source>Search a referent or family member</source>
        <translation>Zoek een referent of gezinslid</translation>
    </message>
    <message>
        <source>Choose a dossier on the left to see its deadlines, family and steps.</source>
        <translation>Kies links een dossier om de termijnen, gezinsleden en stappen te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s)</source>
        <translation>
            <numerusform>%n open dossier</numerusform>
            <numerusform>%n open dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an overdue deadline</source>
        <translation>
            <numerusform>%n met een verlopen termijn</numerusform>
            <numerusform>%n met een verlopen termijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed this month</source>
        <translation>
            <numerusform>%n deze maand nog niet besproken</numerusform>
            <numerusform>%n deze maand nog niet besproken</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier fits this choice.</source>
        <translation>Geen dossier past bij deze keuze.</translation>
    </message>
    <message>
        <source>No dossiers yet. Open one with “New dossier…”.</source>
        <translation>Nog geen dossiers. Open er een met “Nieuw dossier…”.</translation>
    </message>
</context>
<context>
    <name>DraftMemberModel</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation>(nieuwe persoon)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Is this person already registered?</source>
        <translation>Staat deze persoon er al in?</translation>
    </message>
    <message>
        <source>{name} may already be registered: these people have the same date of birth and a name that is spelled alike. Check before you save, so nobody is in the file twice.</source>
        <translation>{name} staat er misschien al in: deze mensen hebben dezelfde geboortedatum en een naam die er veel op lijkt. Controleer het voordat je opslaat, zodat niemand dubbel in het bestand staat.</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>De bestaande persoon openen</translation>
    </message>
    <message>
        <source>Save as a new person</source>
        <translation>Opslaan als nieuwe persoon</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FamilyMemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Staying in</source>
        <translation>Verblijft in</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorig jaar</translation>
    </message>
</context>
<context>
    <name>FrequencyDialog</name>
    <message>
        <source>Visit frequency</source>
        <translation>Frequentie huisbezoek</translation>
    </message>
    <message>
        <source>no fixed frequency</source>
        <translation>geen vaste frequentie</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
</context>
<context>
    <name>GenerationTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>HourPanel</name>
    <message>
        <source>Back to the week</source>
        <translation>Terug naar de week</translation>
    </message>
    <message>
        <source>Anonymous (info point only)</source>
        <translation>Anoniem (alleen infopunt)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Volgend contact&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Undo the last contact</source>
        <translation>Laatste contact ongedaan maken</translation>
    </message>
    <message>
        <source>{kind} at {location}</source>
        <translation>{kind} in {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in this hour</source>
        <translation>
            <numerusform>%n contact in dit spreekuur</numerusform>
            <numerusform>%n contacten in dit spreekuur</numerusform>
        </translation>
    </message>
    <message>
        <source>Housed on {housed}: social guidance was meant to end on {end}. You can still log it; the list will show it.</source>
        <translation>Gehuisvest op {housed}: de maatschappelijke begeleiding liep tot {end}. Je kunt het toch vastleggen; de lijst laat het zien.</translation>
    </message>
    <message>
        <source>This consultation hour is not until {date}; contacts can be logged from that day on.</source>
        <translation>Dit spreekuur is pas op {date}; je kunt de contacten vanaf die dag vastleggen.</translation>
    </message>
    <message>
        <source>Choose the client, or tick anonymous for an info point contact.</source>
        <translation>Kies de cliënt, of vink anoniem aan voor een contact bij het infopunt.</translation>
    </message>
    <message>
        <source>The contact you are filling in is not saved yet. Leave without saving it?</source>
        <translation>Het contact dat je aan het invullen bent, is nog niet opgeslagen. Weggaan zonder op te slaan?</translation>
    </message>
    <message>
        <source>an anonymous visitor</source>
        <translation>een anonieme bezoeker</translation>
    </message>
    <message>
        <source>Undo the last contact, with {who}?</source>
        <translation>Het laatste contact, met {who}, ongedaan maken?</translation>
    </message>
</context>
<context>
    <name>HouseholdChoiceTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>HouseholdDueTableModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>elke week</numerusform>
            <numerusform>elke %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Save household</source>
        <translation>Huishouden opslaan</translation>
    </message>
    <message>
        <source>The dwelling</source>
        <translation>De woning</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and place</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Fixed contact volunteer</source>
        <translation>Vaste contactpersoon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Add a family member who joins later…</source>
        <translation>Gezinslid toevoegen dat later komt…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Verhuizen naar ander huishouden…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(nog niet toegewezen)</translation>
    </message>
    <message>
        <source>Choose the person to move first.</source>
        <translation>Kies eerst de persoon die verhuist.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Only a team leader can import data, because an import changes many records at once. Ask your team leader when data from a spreadsheet has to come into vwdesk.</source>
        <translation>Alleen een teamleider kan gegevens importeren, omdat een import veel gegevens tegelijk verandert. Vraag je teamleider als er gegevens uit een spreadsheet in vwdesk moeten komen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <source>Import files (*.xlsx *.zip *.csv);;Excel workbooks (*.xlsx);;Zip files of CSV files (*.zip);;CSV files (*.csv)</source>
        <translation>Importbestanden (*.xlsx *.zip *.csv);;Excel-werkmappen (*.xlsx);;Zip-bestanden met CSV-bestanden (*.zip);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Choose the folder with the CSV files</source>
        <translation>Kies de map met de CSV-bestanden</translation>
    </message>
    <message>
        <source>Save the empty import template</source>
        <translation>Het lege importsjabloon opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>vwdesk-import-template.xlsx</source>
        <translation>vwdesk-importsjabloon.xlsx</translation>
    </message>
    <message>
        <source>The empty template has been saved as {name}. Fill it in, then choose it here to import it.</source>
        <translation>Het lege sjabloon is opgeslagen als {name}. Vul het in en kies het daarna hier om het te importeren.</translation>
    </message>
    <message>
        <source>The template could not be written there. Close it if it is open in Excel, or choose another folder, and try again.</source>
        <translation>Het sjabloon kon daar niet worden opgeslagen. Sluit het als het in Excel openstaat, of kies een andere map, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Bestand: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, so nothing will be saved. Correct them in the file (the list says where), save it and check it again.</source>
        <translation>
            <numerusform>%n fout gevonden, dus er wordt niets opgeslagen. Verbeter de fout in het bestand (de lijst zegt waar), sla het op en controleer het opnieuw.</numerusform>
            <numerusform>%n fouten gevonden, dus er wordt niets opgeslagen. Verbeter ze in het bestand (de lijst zegt waar), sla het op en controleer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the rows without problems would do:</source>
        <translation>Wat de rijen zonder fouten zouden doen:</translation>
    </message>
    <message>
        <source>This file holds no rows to import.</source>
        <translation>Dit bestand bevat geen rijen om te importeren.</translation>
    </message>
    <message>
        <source>Everything in this file is already in vwdesk: importing it changes nothing.</source>
        <translation>Alles in dit bestand staat al in vwdesk: importeren verandert niets.</translation>
    </message>
    <message>
        <source>The file is correct. Nothing has been saved yet; importing it will do this:</source>
        <translation>Het bestand is in orde. Er is nog niets opgeslagen; importeren doet het volgende:</translation>
    </message>
    <message>
        <source>Import {name} now? {added} rows are added and {updated} changed. It is all or nothing: if you stop the import, nothing is saved.</source>
        <translation>{name} nu importeren? Er worden {added} rijen toegevoegd en {updated} gewijzigd. Het is alles of niets: als je het importeren stopt, wordt er niets opgeslagen.</translation>
    </message>
    <message>
        <source>Importing {name}… Stopping saves nothing.</source>
        <translation>{name} wordt geïmporteerd… Wie stopt, slaat niets op.</translation>
    </message>
    <message>
        <source>Done: {name} has been imported.</source>
        <translation>Klaar: {name} is geïmporteerd.</translation>
    </message>
    <message>
        <source>The import had already finished when you stopped it; it has been saved.</source>
        <translation>Het importeren was al klaar toen je op Stoppen drukte; alles is opgeslagen.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was saved.</source>
        <translation>Het importeren is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file cannot be read. Close it if it is open in Excel and try again.</source>
        <translation>Het bestand kan niet worden gelezen. Sluit het als het in Excel openstaat en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ItemLineModel</name>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>e.g. Arabic, English (type to search)</source>
        <translation>bijv. Arabisch, Engels (typ om te zoeken)</translation>
    </message>
</context>
<context>
    <name>LinkVolunteerDialog</name>
    <message>
        <source>Team member of {name}</source>
        <translation>Teamlid van {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Contacts this account logs are recorded in the name of this team member.</source>
        <translation>Contacten die met dit account worden vastgelegd, staan op naam van dit teamlid.</translation>
    </message>
</context>
<context>
    <name>ListExportButton</name>
    <message>
        <source>Export list…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <source>Save this list, as shown, as an Excel or CSV file</source>
        <translation>Deze lijst, zoals hij nu getoond wordt, opslaan als Excel- of CSV-bestand</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Only a team leader may export lists.</source>
        <translation>Alleen een teamleider mag lijsten exporteren.</translation>
    </message>
    <message>
        <source>This list is empty: there is nothing to export.</source>
        <translation>Deze lijst is leeg: er is niets om te exporteren.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file for Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted. Keep it on this computer or an encrypted USB stick, and delete it when you no longer need it. Continue?</source>
        <translation>Het geëxporteerde bestand is NIET versleuteld. Bewaar het op deze computer of op een versleutelde USB-stick en verwijder het als je het niet meer nodig hebt. Doorgaan?</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar {name}.</numerusform>
            <numerusform>%n rijen geëxporteerd naar {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written there. Close it if it is open in Excel, or choose another folder, and try again.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Sluit het als het in Excel openstaat, of kies een andere map, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Het exporteren is gestopt; er is geen bestand opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>For example De Hergerborch</source>
        <translation>Bijvoorbeeld De Hergerborch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>LocationStatsTableModel</name>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per spreekuur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Contacts per consultation hour held, rounded (as in the annual report)</source>
        <translation>Contacten per gehouden spreekuur, afgerond (zoals in het jaarverslag)</translation>
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
        <source>&amp;Privacy and security</source>
        <translation>&amp;Privacy en beveiliging</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Add a family member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>For example Syria or Eritrea</source>
        <translation>Bijvoorbeeld Syrië of Eritrea</translation>
    </message>
    <message>
        <source>City or camp where they stay now</source>
        <translation>Stad of kamp waar het gezinslid nu verblijft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Country of stay</source>
        <translation>Land van verblijf</translation>
    </message>
    <message>
        <source>Place of stay</source>
        <translation>Verblijfplaats</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(geanonimiseerd)</translation>
    </message>
    <message>
        <source>{date} (joined later)</source>
        <translation>{date} (later gekomen)</translation>
    </message>
</context>
<context>
    <name>MoveMemberDialog</name>
    <message>
        <source>Move {name} to another household</source>
        <translation>{name} verhuizen naar een ander huishouden</translation>
    </message>
    <message>
        <source>To a household that is already registered</source>
        <translation>Naar een huishouden dat al geregistreerd is</translation>
    </message>
    <message>
        <source>To a new household (their own dwelling)</source>
        <translation>Naar een nieuw huishouden (eigen woning)</translation>
    </message>
    <message>
        <source>Name of someone in that household, or the address</source>
        <translation>Naam van iemand in dat huishouden, of het adres</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Contact volunteer</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verhuizen</translation>
    </message>
    <message>
        <source>No household found; try another name or the street.</source>
        <translation>Geen huishouden gevonden; probeer een andere naam of de straat.</translation>
    </message>
    <message>
        <source>Choose the household first.</source>
        <translation>Kies eerst het huishouden.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Double-click a line to open it</source>
        <translation>Dubbelklik op een regel om die te openen</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>What needs attention today</source>
        <translation>Wat vandaag aandacht vraagt</translation>
    </message>
    <message>
        <source>Deadlines: overdue and the next 14 days</source>
        <translation>Termijnen: verlopen en de komende 14 dagen</translation>
    </message>
    <message>
        <source>No deadline is overdue or due in the next 14 days.</source>
        <translation>Geen termijn is verlopen of verloopt in de komende 14 dagen.</translation>
    </message>
    <message>
        <source>Consultation hours today and this week</source>
        <translation>Spreekuren vandaag en deze week</translation>
    </message>
    <message>
        <source>No consultation hours in the coming seven days.</source>
        <translation>Geen spreekuren in de komende zeven dagen.</translation>
    </message>
    <message>
        <source>Home visits overdue</source>
        <translation>Huisbezoeken te laat</translation>
    </message>
    <message>
        <source>Every household with a planned frequency has been visited in time.</source>
        <translation>Elk huishouden met een vaste frequentie is op tijd bezocht.</translation>
    </message>
    <message>
        <source>Checklist items past their date</source>
        <translation>Checklistpunten over hun datum</translation>
    </message>
    <message>
        <source>No checklist item is past its date.</source>
        <translation>Geen checklistpunt is over zijn datum.</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mijn cliënten</translation>
    </message>
    <message>
        <source>No clients have you as their contact person yet.</source>
        <translation>Nog geen cliënten hebben jou als contactpersoon.</translation>
    </message>
    <message>
        <source>For the whole team.</source>
        <translation>Voor het hele team.</translation>
    </message>
    <message>
        <source>For you: the clients you are the contact person of.</source>
        <translation>Voor jou: de cliënten van wie je de contactpersoon bent.</translation>
    </message>
    <message>
        <source>Your account is not linked to a volunteer, so no clients are yours yet; ask a team leader to link it.</source>
        <translation>Je account is nog niet aan een vrijwilliger gekoppeld, dus er zijn nog geen cliënten van jou; vraag een teamleider om het te koppelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) overdue</source>
        <translation>
            <numerusform>%n termijn verlopen</numerusform>
            <numerusform>%n termijnen verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n verloopt binnenkort</numerusform>
            <numerusform>%n verlopen binnenkort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s) overdue</source>
        <translation>
            <numerusform>%n huisbezoek te laat</numerusform>
            <numerusform>%n huisbezoeken te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) past their date</source>
        <translation>
            <numerusform>%n checklistpunt over datum</numerusform>
            <numerusform>%n checklistpunten over datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) not reviewed yet this month</source>
        <translation>
            <numerusform>%n dossier deze maand nog niet besproken</numerusform>
            <numerusform>%n dossiers deze maand nog niet besproken</numerusform>
        </translation>
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
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a home visit</source>
        <translation>Huisbezoek plannen</translation>
    </message>
    <message>
        <source>{name} (contact person)</source>
        <translation>{name} (vaste contactpersoon)</translation>
    </message>
    <message>
        <source>A home visit is made by the household&apos;s contact person; a volunteer from the pool should be the exception.</source>
        <translation>Een huisbezoek doet de vaste contactpersoon van het huishouden; een vrijwilliger uit de pool hoort de uitzondering te zijn.</translation>
    </message>
    <message>
        <source>For example: how is the household doing</source>
        <translation>Bijvoorbeeld: hoe gaat het met het huishouden</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Close without planning this visit? What you typed is lost.</source>
        <translation>Sluiten zonder dit bezoek te plannen? Wat je hebt getypt gaat verloren.</translation>
    </message>
</context>
<context>
    <name>PlannedVisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name} (pool)</source>
        <translation>{name} (pool)</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Afgelegd op {day}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Not the household&apos;s contact person: this should be the exception.</source>
        <translation>Niet de vaste contactpersoon van het huishouden: dit hoort de uitzondering te zijn.</translation>
    </message>
</context>
<context>
    <name>PoolTableModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Available on</source>
        <translation>Beschikbaar op</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Contact person for</source>
        <translation>Contactpersoon van</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n huishouden</numerusform>
            <numerusform>%n huishoudens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and security</source>
        <translation>Privacy en beveiliging</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>Wat er wordt bewaard</translation>
    </message>
    <message>
        <source>What your team records to do its work: households and clients (names, date of birth, sex, nationality, address, phone, e-mail, languages, permit, V-number and BSN when filled in), contacts and home visits with their notes, family reunification dossiers with the family members, trajectories, checklists, referrals and projects; the team&apos;s volunteers and sign-in accounts; and an audit trail of who did what and when, which holds record numbers, never names.</source>
        <translation>Wat je team vastlegt om het werk te doen: huishoudens en cliënten (namen, geboortedatum, geslacht, nationaliteit, adres, telefoon, e-mail, talen, verblijfsvergunning, V-nummer en BSN als die zijn ingevuld), contacten en huisbezoeken met hun notities, gezinsherenigingsdossiers met de gezinsleden, trajecten, checklists, doorverwijzingen en projecten; de vrijwilligers van het team en hun accounts; en een logboek van wie wat wanneer deed, met nummers van dossiers, nooit met namen.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>In the data file your team chose (on this computer or a network folder), with its key file (.keys) beside it, and in the backup folder. On this computer vwdesk also keeps a few preferences (language, last file, window position, backup folder) and a log of what the program did (errors, timings): neither holds names or anything typed about a person.</source>
        <translation>In het gegevensbestand dat je team koos (op deze computer of in een netwerkmap), met het sleutelbestand (.keys) ernaast, en in de map met back-ups. Op deze computer bewaart vwdesk daarnaast een paar voorkeuren (taal, laatste bestand, vensterpositie, map voor back-ups) en een logbestand van wat het programma deed (fouten, tijden): in geen van beide staan namen of iets wat over een persoon is getypt.</translation>
    </message>
    <message>
        <source>How it is protected</source>
        <translation>Hoe het beveiligd is</translation>
    </message>
    <message>
        <source>The data file and every backup are encrypted (SQLCipher, AES-256) with a random key. That key opens only with the password of an account or with the recovery key; passwords are never stored. Each person has their own account; what they may do depends on their role. vwdesk locks itself after a few minutes without use (and with Windows&apos; own lock) and then shows nothing until someone signs in. Opening a client&apos;s record, every change, export, import and backup is written to the audit trail, which cannot be changed unnoticed. Deleted and anonymised data is overwritten in the file.</source>
        <translation>Het gegevensbestand en elke back-up zijn versleuteld (SQLCipher, AES-256) met een willekeurige sleutel. Die sleutel gaat alleen open met het wachtwoord van een account of met de herstelsleutel; wachtwoorden worden nooit bewaard. Iedereen heeft een eigen account; wat iemand mag, hangt af van de rol. vwdesk vergrendelt zichzelf na een paar minuten zonder gebruik (en samen met de vergrendeling van Windows) en laat dan niets zien tot iemand zich aanmeldt. Het openen van een cliënt en elke wijziging, export, import en back-up komen in het logboek, dat niet ongemerkt kan worden veranderd. Verwijderde en geanonimiseerde gegevens worden in het bestand overschreven.</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Clients closed longer ago than the team&apos;s retention period (7 years unless the team leader changes it) are anonymised by the team leader: names and contact details go, the counts for the annual reports stay. Backups keep older data until they are replaced by newer ones.</source>
        <translation>Cliënten die langer geleden zijn afgesloten dan de bewaartermijn van het team (7 jaar, tenzij de teamleider die wijzigt), worden door de teamleider geanonimiseerd: namen en contactgegevens verdwijnen, de aantallen voor de jaarverslagen blijven. Back-ups bevatten oudere gegevens tot ze door nieuwere worden vervangen.</translation>
    </message>
    <message>
        <source>What vwdesk never does</source>
        <translation>Wat vwdesk nooit doet</translation>
    </message>
    <message>
        <source>vwdesk never connects to the internet or any network: no updates, no statistics, no cloud, no e-mail. Nothing leaves this computer unless someone exports it on purpose (an annual report, a list, an access report); those files are not encrypted, so keep them safe and delete them when they are no longer needed.</source>
        <translation>vwdesk maakt nooit verbinding met internet of een ander netwerk: geen updates, geen statistieken, geen cloud, geen e-mail. Er gaat niets van deze computer af, tenzij iemand het bewust exporteert (een jaarverslag, een lijst, een inzageverslag); die bestanden zijn niet versleuteld, dus bewaar ze zorgvuldig en verwijder ze als ze niet meer nodig zijn.</translation>
    </message>
    <message>
        <source>The rights of the people you help</source>
        <translation>De rechten van de mensen die je helpt</translation>
    </message>
    <message>
        <source>Someone may ask what is stored about them: a team leader makes an access report (Administration &gt; Privacy) with all their data and who opened or changed it. Mistakes are corrected in their record; someone entered by mistake is deleted, and someone who asks to be forgotten is anonymised.</source>
        <translation>Iemand mag vragen wat er over hem of haar is vastgelegd: een teamleider maakt dan een inzageverslag (Beheer &gt; Privacy) met alle gegevens en wie ze opende of wijzigde. Fouten worden in het dossier verbeterd; wie per vergissing is ingevoerd, wordt verwijderd, en wie vraagt om vergeten te worden, wordt geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Keep closed clients for</source>
        <translation>Afgesloten cliënten bewaren</translation>
    </message>
    <message>
        <source>Lock vwdesk after</source>
        <translation>vwdesk vergrendelen na</translation>
    </message>
    <message>
        <source>without use</source>
        <translation>zonder gebruik</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Make an access report…</source>
        <translation>Inzageverslag maken…</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Recht op inzage</translation>
    </message>
    <message>
        <source>Everything stored about one person, with who opened or changed it, as a PDF for them and a JSON file beside it. These files are not encrypted: hand them over and delete them.</source>
        <translation>Alles wat over één persoon is vastgelegd, met wie het opende of wijzigde, als pdf voor die persoon met een JSON-bestand ernaast. Deze bestanden zijn niet versleuteld: geef ze af en verwijder ze dan.</translation>
    </message>
    <message numerus="yes">
        <source>Clients closed more than %n year(s) ago. Anonymising removes names, contact details, V-number, BSN, notes and the names of family members; what the figures need stays (year of birth, sex, nationality, dates, kinds), so earlier reports stay the same. It cannot be undone. Backups made before keep the old data until they are removed (the newest {kept} are kept).</source>
        <translation>
            <numerusform>Cliënten die meer dan %n jaar geleden zijn afgesloten. Anonimiseren verwijdert namen, contactgegevens, V-nummer, BSN, notities en de namen van gezinsleden; wat de cijfers nodig hebben blijft (geboortejaar, geslacht, nationaliteit, data, soorten), zodat eerdere verslagen gelijk blijven. Het kan niet ongedaan worden gemaakt. Eerder gemaakte back-ups bevatten de oude gegevens tot ze worden verwijderd (de nieuwste {kept} worden bewaard).</numerusform>
            <numerusform>Cliënten die meer dan %n jaar geleden zijn afgesloten. Anonimiseren verwijdert namen, contactgegevens, V-nummer, BSN, notities en de namen van gezinsleden; wat de cijfers nodig hebben blijft (geboortejaar, geslacht, nationaliteit, data, soorten), zodat eerdere verslagen gelijk blijven. Het kan niet ongedaan worden gemaakt. Eerder gemaakte back-ups bevatten de oude gegevens tot ze worden verwijderd (de nieuwste {kept} worden bewaard).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to anonymise.</source>
        <translation>Er is niemand om te anonimiseren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Saved; the new lock time counts from the next sign-in.</source>
        <translation>Opgeslagen; de nieuwe vergrendeltijd geldt vanaf de volgende aanmelding.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen.</source>
        <translation>
            <numerusform>%n cliënt gekozen.</numerusform>
            <numerusform>%n cliënten gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s)? Their names, contact details and notes are removed for good. The figures of every year stay the same.</source>
        <translation>
            <numerusform>%n cliënt anonimiseren? Naam, contactgegevens en notities worden voorgoed verwijderd. De cijfers van elk jaar blijven gelijk.</numerusform>
            <numerusform>%n cliënten anonimiseren? Hun namen, contactgegevens en notities worden voorgoed verwijderd. De cijfers van elk jaar blijven gelijk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Bezig met anonimiseren…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>%n cliënt geanonimiseerd.</numerusform>
            <numerusform>%n cliënten geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; the others are unchanged.</source>
        <translation>Voor het einde gestopt; de anderen zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>Kies eerst de persoon.</translation>
    </message>
    <message>
        <source>access-report-{day}.pdf</source>
        <translation>inzage-{day}.pdf</translation>
    </message>
    <message>
        <source>Save the access report as</source>
        <translation>Inzageverslag opslaan als</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Inzageverslag</translation>
    </message>
    <message>
        <source>Writing the access report…</source>
        <translation>Het inzageverslag wordt geschreven…</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}. Delete them once handed over.</source>
        <translation>Geschreven: {pdf} en {json}. Verwijder ze zodra ze zijn afgegeven.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
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
    <name>ProseEditor</name>
    <message>
        <source>No text yet for this section. What did the team do, what stood out?</source>
        <translation>Nog geen tekst voor dit onderdeel. Wat deed het team, wat viel op?</translation>
    </message>
    <message>
        <source>Every line becomes a paragraph; start a line with “- ” for a list item. Next year&apos;s report starts from this text.</source>
        <translation>Elke regel wordt een alinea; begin een regel met “- ” voor een opsomming. Het verslag van volgend jaar begint met deze tekst.</translation>
    </message>
    <message>
        <source>Only team leaders and junior team leaders write the text of the report.</source>
        <translation>Alleen teamleiders en junior teamleiders schrijven de tekst van het jaarverslag.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Tekst opslaan</translation>
    </message>
    <message>
        <source>Start from this text</source>
        <translation>Begin met deze tekst</translation>
    </message>
    <message>
        <source>Start with an empty text</source>
        <translation>Begin met een lege tekst</translation>
    </message>
    <message>
        <source>Without text, the report shows only the figures of this section.</source>
        <translation>Zonder tekst toont het verslag bij dit onderdeel alleen de cijfers.</translation>
    </message>
    <message>
        <source>The text of “{section}” has changes that are not saved. Leave it without saving?</source>
        <translation>De tekst van “{section}” heeft wijzigingen die niet zijn opgeslagen. Zonder opslaan verdergaan?</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Tekst niet opgeslagen</translation>
    </message>
    <message>
        <source>Text of {earlier} — not yet adapted for {year}. Until it is, the report of {year} shows it as it is.</source>
        <translation>Tekst van {earlier} — nog niet aangepast voor {year}. Tot dan neemt het verslag van {year} deze tekst over zoals hij is.</translation>
    </message>
    <message>
        <source>Take this text as the start of {year}&apos;s: change it, then save.</source>
        <translation>Neem deze tekst als begin van die van {year}: pas hem aan en sla hem op.</translation>
    </message>
    <message>
        <source>This text still gives figures of {earlier}: {sentences}</source>
        <translation>Deze tekst noemt nog cijfers van {earlier}: {sentences}</translation>
    </message>
</context>
<context>
    <name>PvtPanel</name>
    <message>
        <source>Participation statement (PVT)</source>
        <translation>Participatieverklaring (PVT)</translation>
    </message>
    <message>
        <source>Required for this client</source>
        <translation>Verplicht voor deze cliënt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Course on</source>
        <translation>Workshop op</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Obliged to integrate and housed from 1 October 2017: the PVT is required.</source>
        <translation>Inburgeringsplichtig en gehuisvest vanaf 1 oktober 2017: de PVT is verplicht.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>ondertekend op %1</translation>
    </message>
    <message>
        <source>no deadline rule for the PVT is active</source>
        <translation>er is geen termijnregel voor de PVT actief</translation>
    </message>
    <message>
        <source>The dates must lie between the housing date and today.</source>
        <translation>De datums moeten tussen de huisvestingsdatum en vandaag liggen.</translation>
    </message>
</context>
<context>
    <name>PvtTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Gehuisvest</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Record the home visit</source>
        <translation>Huisbezoek vastleggen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source>What did you find? How is the household doing?</source>
        <translation>Wat trof je aan? Hoe gaat het met het huishouden?</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>Wat gebeurt er nu, en wie doet het</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Bezocht op</translation>
    </message>
    <message>
        <source>Contact about</source>
        <translation>Contact over</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>Close without recording this visit? What you typed is lost.</source>
        <translation>Sluiten zonder dit bezoek vast te leggen? Wat je hebt getypt gaat verloren.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Write this key down and keep it somewhere safe, away from the laptop. With it a team leader can set a new password when every team leader has forgotten theirs. The old recovery key no longer works. This key is shown only now.</source>
        <translation>Schrijf deze sleutel op en bewaar hem op een veilige plek, niet bij de laptop. Daarmee kan een teamleider een nieuw wachtwoord instellen als alle teamleiders het hunne vergeten zijn. De oude herstelsleutel werkt niet meer. Deze sleutel zie je alleen nu.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
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
    <name>ReferralPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
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
        <source>Outcome of the chosen referral</source>
        <translation>Uitkomst van de gekozen doorverwijzing</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Uitkomst opslaan</translation>
    </message>
    <message>
        <source>Choose the referral first.</source>
        <translation>Kies eerst de doorverwijzing.</translation>
    </message>
    <message>
        <source>A referral cannot be dated in the future.</source>
        <translation>Een doorverwijzing kan niet in de toekomst liggen.</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>Huishouden registreren</translation>
    </message>
    <message>
        <source>The dwelling</source>
        <translation>De woning</translation>
    </message>
    <message>
        <source>Housed on</source>
        <translation>Gehuisvest op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and place</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Contact volunteer</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>People in this household</source>
        <translation>Personen in dit huishouden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Register household</source>
        <translation>Huishouden registreren</translation>
    </message>
    <message>
        <source>Checking whether these people are already registered…</source>
        <translation>Bezig met nagaan of deze mensen er al in staan…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Not saved yet: please look at the marked fields.</source>
        <translation>Nog niet opgeslagen: kijk even naar de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Close without registering this household? What you typed is lost.</source>
        <translation>Sluiten zonder dit huishouden te registreren? Wat je hebt getypt gaat verloren.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Save the annual report as PDF</source>
        <translation>Jaarverslag opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>Making the annual report of {year}…</source>
        <translation>Het jaarverslag van {year} wordt gemaakt…</translation>
    </message>
    <message>
        <source>The annual report has been saved as {name}. Open it now?</source>
        <translation>Het jaarverslag is opgeslagen als {name}. Nu openen?</translation>
    </message>
    <message>
        <source>Save the figures as JSON</source>
        <translation>Cijfers opslaan als JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Saving the figures of {year}…</source>
        <translation>De cijfers van {year} worden opgeslagen…</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder and try again.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Kies een andere map en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Export figures (JSON)…</source>
        <translation>Cijfers exporteren (JSON)…</translation>
    </message>
    <message>
        <source>Export annual report (PDF)…</source>
        <translation>Jaarverslag exporteren (PDF)…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <source>Only a team leader can export the annual report: it goes to the municipality on behalf of the team.</source>
        <translation>Alleen een teamleider kan het jaarverslag exporteren: het gaat namens het team naar de gemeente.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Text per section</source>
        <translation>Tekst per onderdeel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The figures of {year}. There is no data for {previous}, so there is nothing to compare with.</source>
        <translation>De cijfers van {year}. Over {previous} zijn geen gegevens, dus er is niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>The figures of {year} beside those of {previous}, counted from what the team recorded. Only the text of the report is typed in.</source>
        <translation>De cijfers van {year} naast die van {previous}, geteld uit wat het team heeft vastgelegd. Alleen de tekst van het verslag typ je zelf.</translation>
    </message>
    <message>
        <source>The text has been saved.</source>
        <translation>De tekst is opgeslagen.</translation>
    </message>
    <message>
        <source>The text you are editing is not saved, so the export will not contain it. Export anyway?</source>
        <translation>De tekst die je bewerkt is niet opgeslagen en komt dus niet in de export. Toch exporteren?</translation>
    </message>
    <message numerus="yes">
        <source>Your text is not saved yet, and %n section(s) still have the text of {year}.</source>
        <translation>
            <numerusform>Je tekst is nog niet opgeslagen, en %n onderdeel heeft nog de tekst van {year}.</numerusform>
            <numerusform>Je tekst is nog niet opgeslagen, en %n onderdelen hebben nog de tekst van {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) still have the text of {year}.</source>
        <translation>
            <numerusform>%n onderdeel heeft nog de tekst van {year}.</numerusform>
            <numerusform>%n onderdelen hebben nog de tekst van {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your text is not saved yet, and %n section(s) still mention figures of {year} in the text.</source>
        <translation>
            <numerusform>Je tekst is nog niet opgeslagen, en %n onderdeel noemt in de tekst nog cijfers van {year}.</numerusform>
            <numerusform>Je tekst is nog niet opgeslagen, en %n onderdelen noemen in de tekst nog cijfers van {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) still mention figures of {year} in the text.</source>
        <translation>
            <numerusform>%n onderdeel noemt in de tekst nog cijfers van {year}.</numerusform>
            <numerusform>%n onderdelen noemen in de tekst nog cijfers van {year}.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the marks under “{page}”.</source>
        <translation>Zie de markeringen onder ‘{page}’.</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Toch exporteren?</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Jaarverslag {year}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Nieuw wachtwoord voor {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>The old password stops working at once. The data stays encrypted with the same key; only this person&apos;s key slot is wrapped again with the new password.</source>
        <translation>Het oude wachtwoord werkt meteen niet meer. De gegevens blijven versleuteld met dezelfde sleutel; alleen het sleutelvak van deze persoon wordt opnieuw ingepakt met het nieuwe wachtwoord.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Geboren in</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Years ago</source>
        <translation>Jaar geleden</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Herinneren</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Wettelijke bron</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n dag vooraf</numerusform>
            <numerusform>%n dagen vooraf</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Switched off: this rule gives no deadlines</source>
        <translation>Uitgezet: deze regel geeft geen termijnen</translation>
    </message>
    <message>
        <source>Counted from: {event}</source>
        <translation>Gerekend vanaf: {event}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Deadline rules</source>
        <translation>Termijnregels</translation>
    </message>
    <message>
        <source>Every deadline the app shows comes from one of these rules. When the law changes, change the rule: all deadlines it governs move with it. Write down where the period comes from and when you checked it.</source>
        <translation>Elke termijn die de app toont komt uit een van deze regels. Verandert de wet, pas dan de regel aan: alle termijnen die eronder vallen schuiven mee. Noteer waar de termijn vandaan komt en wanneer je dat hebt gecontroleerd.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> dagen vooraf</translation>
    </message>
    <message>
        <source>For example: Vreemdelingenwet 2000, art. 69</source>
        <translation>Bijvoorbeeld: Vreemdelingenwet 2000, art. 69</translation>
    </message>
    <message>
        <source>In use (switch off instead of deleting)</source>
        <translation>In gebruik (uitzetten in plaats van verwijderen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Counted from when</source>
        <translation>Gerekend vanaf wanneer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Show in the overview</source>
        <translation>Tonen in het overzicht</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Wettelijke bron</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel opslaan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Change schedule</source>
        <translation>Rooster wijzigen</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nieuw rooster</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>A legal consultation needs a legal volunteer; none is chosen yet.</source>
        <translation>Een juridisch spreekuur heeft een juridisch vrijwilliger nodig; er is er nog geen gekozen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation>Voeg eerst een locatie toe.</translation>
    </message>
    <message>
        <source>Give the times as 14:00 and 16:00, the end after the start.</source>
        <translation>Geef de tijden als 14:00 en 16:00, het einde na het begin.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>New schedule…</source>
        <translation>Nieuw rooster…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>Nieuwe locatie…</translation>
    </message>
    <message>
        <source>Saved. Note: this legal consultation has no legal volunteer in its staffing.</source>
        <translation>Opgeslagen. Let op: dit juridisch spreekuur heeft geen juridisch vrijwilliger in de bezetting.</translation>
    </message>
    <message>
        <source>End this schedule after today? Sessions already held stay.</source>
        <translation>Dit rooster na vandaag beëindigen? Spreekuren die al gehouden zijn blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>{names} (no legal volunteer!)</source>
        <translation>{names} (geen juridisch vrijwilliger!)</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>vanaf {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} t/m {last}</translation>
    </message>
    <message>
        <source>A legal consultation needs at least one legal volunteer in its staffing.</source>
        <translation>Een juridisch spreekuur heeft minstens één juridisch vrijwilliger in de bezetting nodig.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>{title} — text of {year}</source>
        <translation>{title} — tekst van {year}</translation>
    </message>
    <message>
        <source>{title} — figures of {year}</source>
        <translation>{title} — cijfers van {year}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Text of {year}, not yet adapted for this year</source>
        <translation>Tekst van {year}, nog niet aangepast voor dit jaar</translation>
    </message>
    <message>
        <source>The text still gives figures of {year}</source>
        <translation>De tekst noemt nog cijfers van {year}</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Nog geen tekst</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Quit without saving? What you typed and did not save is lost.</source>
        <translation>Afsluiten zonder op te slaan? Wat je hebt getypt en niet hebt opgeslagen, gaat verloren.</translation>
    </message>
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
    <name>SessionDialog</name>
    <message>
        <source>Extra consultation hour</source>
        <translation>Extra spreekuur</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation>Voeg eerst een locatie toe.</translation>
    </message>
    <message>
        <source>Give the times as 10:00 and 12:00, or leave them empty.</source>
        <translation>Geef de tijden als 10:00 en 12:00, of laat ze leeg.</translation>
    </message>
</context>
<context>
    <name>SessionLineModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Consultation hour</source>
        <translation>Spreekuur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{kind} (cancelled)</source>
        <translation>{kind} (vervallen)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Consultation hours</source>
        <translation>Spreekuren</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>No consultation hours this week. Add a schedule or an extra hour.</source>
        <translation>Geen spreekuren deze week. Voeg een rooster of een extra spreekuur toe.</translation>
    </message>
    <message>
        <source>Open the hour</source>
        <translation>Spreekuur openen</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Spreekuur annuleren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Extra hour…</source>
        <translation>Extra spreekuur…</translation>
    </message>
    <message>
        <source>Contact outside an hour…</source>
        <translation>Contact buiten spreekuur…</translation>
    </message>
    <message>
        <source>Ctrl+K: a phone call, e-mail or other contact, or an anonymous info point call</source>
        <translation>Ctrl+K: een telefoongesprek, e-mail of ander contact, of een anoniem gesprek met het infopunt</translation>
    </message>
    <message>
        <source>Per location</source>
        <translation>Per locatie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>No consultation hours were held in {year}.</source>
        <translation>In {year} zijn geen spreekuren gehouden.</translation>
    </message>
    <message>
        <source>Week {week}: {first} to {last}</source>
        <translation>Week {week}: {first} t/m {last}</translation>
    </message>
    <message>
        <source>Cancel this consultation hour? Nobody can log contacts in it then.</source>
        <translation>Dit spreekuur annuleren? Daarna kan niemand er nog contacten in vastleggen.</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Weekrooster</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>{name} (legal volunteer)</source>
        <translation>{name} (juridisch vrijwilliger)</translation>
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
    <name>StepDialog</name>
    <message>
        <source>Add a procedure step</source>
        <translation>Processtap toevoegen</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Processtap</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Choose the file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Start settlement</source>
        <translation>Vestiging starten</translation>
    </message>
    <message>
        <source>Start integration</source>
        <translation>Integratie starten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(tot en met %1)</translation>
    </message>
    <message>
        <source>Start {kind} on {day}? This counts in the annual figures.</source>
        <translation>{kind} starten op {day}? Dit telt mee in de jaarcijfers.</translation>
    </message>
    <message>
        <source>Choose the trajectory to end.</source>
        <translation>Kies het traject dat eindigt.</translation>
    </message>
    <message>
        <source>End {kind} (started on {started}) on {day}? This counts in the annual figures.</source>
        <translation>{kind} (gestart op {started}) beëindigen op {day}? Dit telt mee in de jaarcijfers.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt voor de startdatum.</translation>
    </message>
    <message>
        <source>This client already has such a trajectory then.</source>
        <translation>Deze cliënt heeft dan al zo&apos;n traject.</translation>
    </message>
</context>
<context>
    <name>TrajectoryTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>rond %1</translation>
    </message>
</context>
<context>
    <name>VisitLineModel</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>All households, most overdue first</source>
        <translation>Alle huishoudens, grootste achterstand eerst</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>With a planned frequency</source>
        <translation>Met een vaste frequentie</translation>
    </message>
    <message>
        <source>Without a planned frequency</source>
        <translation>Zonder vaste frequentie</translation>
    </message>
    <message>
        <source>Frequency…</source>
        <translation>Frequentie…</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>Bezoek plannen…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Also visits already made</source>
        <translation>Ook afgelegde bezoeken</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Bezoek annuleren</translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation>Bezoek vastleggen…</translation>
    </message>
    <message>
        <source>No visits planned. Choose a household above and plan one.</source>
        <translation>Geen bezoeken gepland. Kies hierboven een huishouden en plan een bezoek.</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Geplande bezoeken</translation>
    </message>
    <message>
        <source>Per volunteer per week</source>
        <translation>Per vrijwilliger per week</translation>
    </message>
    <message>
        <source>Home-visit pool</source>
        <translation>Pool huisbezoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) overdue for a home visit</source>
        <translation>
            <numerusform>%n huishouden te laat voor een huisbezoek</numerusform>
            <numerusform>%n huishoudens te laat voor een huisbezoek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) in the pool</source>
        <translation>
            <numerusform>%n vrijwilliger in de pool</numerusform>
            <numerusform>%n vrijwilligers in de pool</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the visit to {household}?</source>
        <translation>Het bezoek aan {household} annuleren?</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Paid staff</source>
        <translation>Betaalde kracht</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>nog actief</translation>
    </message>
    <message>
        <source>In the home-visit pool</source>
        <translation>In de pool huisbezoeken</translation>
    </message>
    <message>
        <source>Legal volunteer (legal consultation hour)</source>
        <translation>Juridisch vrijwilliger (juridisch spreekuur)</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Getraind</translation>
    </message>
    <message>
        <source>e.g. Berkel, Bergschenhoek</source>
        <translation>bijv. Berkel, Bergschenhoek</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actief vanaf</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actief tot en met</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Available on</source>
        <translation>Beschikbaar op</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sign-in account</source>
        <translation>Aanmeldaccount</translation>
    </message>
    <message>
        <source>none (link one under Accounts)</source>
        <translation>geen (koppel er een onder Accounts)</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actief vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Active now</source>
        <translation>Nu actief</translation>
    </message>
    <message>
        <source>Everyone who was ever on the team</source>
        <translation>Iedereen die ooit in het team zat</translation>
    </message>
    <message>
        <source>New team member…</source>
        <translation>Nieuw teamlid…</translation>
    </message>
    <message>
        <source>Leaves the team…</source>
        <translation>Vertrekt uit het team…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>{active} active, {total} in all</source>
        <translation>{active} actief, {total} in totaal</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nieuw teamlid</translation>
    </message>
    <message>
        <source>Fill in the details and press Save.</source>
        <translation>Vul de gegevens in en klik op Opslaan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: please look at the marked fields.</source>
        <translation>Niet opgeslagen: kijk even naar de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>{name} leaves the team; {date} is their last day. Their contacts and history stay, and they keep counting in the figures of the years they were active. Households they are the contact volunteer of keep them until you assign someone else. Continue?</source>
        <translation>{name} vertrekt uit het team; {date} is de laatste dag. Contacten en geschiedenis blijven, en diegene telt mee in de cijfers van de jaren waarin diegene actief was. Huishoudens waarvan diegene de contactpersoon is, houden die tot je iemand anders toewijst. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>WeekLoadTableModel</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Week {week} (from {monday})</source>
        <translation>Week {week} (vanaf {monday})</translation>
    </message>
</context>
<context>
    <name>_Checked</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(niet gekoppeld)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>No key slot: reset the password</source>
        <translation>Geen sleutelvak: stel het wachtwoord opnieuw in</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>This user name is already in use; choose another.</source>
        <translation>Deze gebruikersnaam is al in gebruik; kies een andere.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Een wachtwoord heeft minstens 8 tekens.</translation>
    </message>
    <message>
        <source>This cannot be done: you cannot disable your own account, and the last team leader always stays.</source>
        <translation>Dat kan niet: je kunt je eigen account niet uitschakelen, en de laatste teamleider blijft altijd.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signing in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Client lists</source>
        <translation>Cliëntenlijsten</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Contact topics</source>
        <translation>Onderwerpen van contacten</translation>
    </message>
    <message>
        <source>Consultation hours</source>
        <translation>Spreekuren</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Weekrooster</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>Termijnregels</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punten van checklists</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Sjablonen van checklists</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Failed sign-ins before this one</source>
        <translation>Mislukte aanmeldingen vóór deze</translation>
    </message>
    <message>
        <source>Signed in with the recovery key</source>
        <translation>Aangemeld met de herstelsleutel</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account toegevoegd</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account uitgeschakeld</translation>
    </message>
    <message>
        <source>Account linked to a team member</source>
        <translation>Account gekoppeld aan een teamlid</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Nieuw wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>Cliënt ingeschreven</translation>
    </message>
    <message>
        <source>Client&apos;s record opened</source>
        <translation>Dossier van cliënt geopend</translation>
    </message>
    <message>
        <source>Client&apos;s details changed</source>
        <translation>Gegevens van cliënt gewijzigd</translation>
    </message>
    <message>
        <source>Client closed</source>
        <translation>Cliënt afgesloten</translation>
    </message>
    <message>
        <source>Client reopened</source>
        <translation>Cliënt heropend</translation>
    </message>
    <message>
        <source>Client moved to another household</source>
        <translation>Cliënt naar ander huishouden verplaatst</translation>
    </message>
    <message>
        <source>Participation statement changed</source>
        <translation>Participatieverklaring gewijzigd</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Cliënt verwijderd</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Cliënt geanonimiseerd</translation>
    </message>
    <message>
        <source>Access report made</source>
        <translation>Inzageverslag gemaakt</translation>
    </message>
    <message>
        <source>Client list exported</source>
        <translation>Cliëntenlijst geëxporteerd</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>Huishouden ingeschreven</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Huishouden gewijzigd</translation>
    </message>
    <message>
        <source>Household deleted</source>
        <translation>Huishouden verwijderd</translation>
    </message>
    <message>
        <source>Contact volunteer assigned</source>
        <translation>Contactpersoon toegewezen</translation>
    </message>
    <message>
        <source>Home visit interval changed</source>
        <translation>Frequentie van huisbezoeken gewijzigd</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact vastgelegd</translation>
    </message>
    <message>
        <source>Contact undone</source>
        <translation>Contact ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Contact topics changed</source>
        <translation>Onderwerpen van contacten gewijzigd</translation>
    </message>
    <message>
        <source>Consultation hour added</source>
        <translation>Spreekuur toegevoegd</translation>
    </message>
    <message>
        <source>Consultation hour opened</source>
        <translation>Spreekuur geopend</translation>
    </message>
    <message>
        <source>Consultation hour cancelled</source>
        <translation>Spreekuur afgelast</translation>
    </message>
    <message>
        <source>Consultation hour restored</source>
        <translation>Spreekuur hersteld</translation>
    </message>
    <message>
        <source>Weekly hour added</source>
        <translation>Vast spreekuur toegevoegd</translation>
    </message>
    <message>
        <source>Weekly hour changed</source>
        <translation>Vast spreekuur gewijzigd</translation>
    </message>
    <message>
        <source>Weekly hour ended</source>
        <translation>Vast spreekuur beëindigd</translation>
    </message>
    <message>
        <source>Location added</source>
        <translation>Locatie toegevoegd</translation>
    </message>
    <message>
        <source>Home visit planned</source>
        <translation>Huisbezoek gepland</translation>
    </message>
    <message>
        <source>Home visit cancelled</source>
        <translation>Huisbezoek afgezegd</translation>
    </message>
    <message>
        <source>Home visit recorded</source>
        <translation>Huisbezoek vastgelegd</translation>
    </message>
    <message>
        <source>Dossier opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <source>Dossier changed</source>
        <translation>Dossier gewijzigd</translation>
    </message>
    <message>
        <source>Dossier reviewed</source>
        <translation>Dossier nagekeken</translation>
    </message>
    <message>
        <source>Dossier closed</source>
        <translation>Dossier afgesloten</translation>
    </message>
    <message>
        <source>Dossier reopened</source>
        <translation>Dossier heropend</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Gezinslid toegevoegd</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>Gezinslid gewijzigd</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>Gezinslid verwijderd</translation>
    </message>
    <message>
        <source>Procedure step added</source>
        <translation>Stap in de procedure toegevoegd</translation>
    </message>
    <message>
        <source>Procedure step changed</source>
        <translation>Stap in de procedure gewijzigd</translation>
    </message>
    <message>
        <source>Procedure step removed</source>
        <translation>Stap in de procedure verwijderd</translation>
    </message>
    <message>
        <source>Deadline rule added</source>
        <translation>Termijnregel toegevoegd</translation>
    </message>
    <message>
        <source>Deadline rule changed</source>
        <translation>Termijnregel gewijzigd</translation>
    </message>
    <message>
        <source>Trajectory started</source>
        <translation>Traject begonnen</translation>
    </message>
    <message>
        <source>Trajectory changed</source>
        <translation>Traject gewijzigd</translation>
    </message>
    <message>
        <source>Trajectory removed</source>
        <translation>Traject verwijderd</translation>
    </message>
    <message>
        <source>Checklist started</source>
        <translation>Checklist begonnen</translation>
    </message>
    <message>
        <source>Checklist closed</source>
        <translation>Checklist afgesloten</translation>
    </message>
    <message>
        <source>Checklist reopened</source>
        <translation>Checklist heropend</translation>
    </message>
    <message>
        <source>Checklist item added</source>
        <translation>Punt van checklist toegevoegd</translation>
    </message>
    <message>
        <source>Checklist item changed</source>
        <translation>Punt van checklist gewijzigd</translation>
    </message>
    <message>
        <source>Checklist template saved</source>
        <translation>Sjabloon van checklist opgeslagen</translation>
    </message>
    <message>
        <source>Referral added</source>
        <translation>Doorverwijzing toegevoegd</translation>
    </message>
    <message>
        <source>Referral outcome recorded</source>
        <translation>Uitkomst van doorverwijzing vastgelegd</translation>
    </message>
    <message>
        <source>Referral removed</source>
        <translation>Doorverwijzing verwijderd</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner toegevoegd</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partner gewijzigd</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Teamlid toegevoegd</translation>
    </message>
    <message>
        <source>Team member changed</source>
        <translation>Teamlid gewijzigd</translation>
    </message>
    <message>
        <source>Team member&apos;s period ended</source>
        <translation>Periode van teamlid beëindigd</translation>
    </message>
    <message>
        <source>Home visit pool changed</source>
        <translation>Huisbezoekpoule gewijzigd</translation>
    </message>
    <message>
        <source>Annual report exported</source>
        <translation>Jaarverslag geëxporteerd</translation>
    </message>
    <message>
        <source>Report text changed</source>
        <translation>Tekst van het verslag gewijzigd</translation>
    </message>
    <message>
        <source>List exported</source>
        <translation>Lijst geëxporteerd</translation>
    </message>
    <message>
        <source>Data exported as an import workbook</source>
        <translation>Gegevens geëxporteerd als importbestand</translation>
    </message>
    <message>
        <source>Data imported</source>
        <translation>Gegevens geïmporteerd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored to a new file</source>
        <translation>Back-up teruggezet in een nieuw bestand</translation>
    </message>
    <message>
        <source>Team setting changed</source>
        <translation>Teaminstelling gewijzigd</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Bestand aangemaakt</translation>
    </message>
    <message>
        <source>Demo file built</source>
        <translation>Demobestand gemaakt</translation>
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
    <message>
        <source>N/a</source>
        <translation>N.v.t.</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Guidance ended</source>
        <translation>Begeleiding afgerond</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>X (anders / onbekend)</translation>
    </message>
    <message>
        <source>Housed in the municipality</source>
        <translation>Gehuisvest in de gemeente</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>Afgesloten: {reason}</translation>
    </message>
    <message>
        <source>Contact ({kind})</source>
        <translation>Contact ({kind})</translation>
    </message>
    <message>
        <source>{channel} ({kind})</source>
        <translation>{channel} ({kind})</translation>
    </message>
    <message>
        <source>Checklist item done</source>
        <translation>Checklistpunt afgerond</translation>
    </message>
    <message>
        <source>Checklist item not applicable</source>
        <translation>Checklistpunt niet van toepassing</translation>
    </message>
    <message>
        <source>Checklist item planned</source>
        <translation>Checklistpunt gepland</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Family reunification dossier opened</source>
        <translation>Dossier gezinshereniging geopend</translation>
    </message>
    <message>
        <source>Family reunification dossier closed: {outcome}</source>
        <translation>Dossier gezinshereniging gesloten: {outcome}</translation>
    </message>
    <message>
        <source>Dossier: {step}</source>
        <translation>Dossier: {step}</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Vul dit in, alstublieft.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This date lies too far in the past.</source>
        <translation>Deze datum ligt te ver in het verleden.</translation>
    </message>
    <message>
        <source>The housing date lies before the date of birth.</source>
        <translation>De huisvestingsdatum ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>Choose male, female or X.</source>
        <translation>Kies man, vrouw of X.</translation>
    </message>
    <message>
        <source>Choose a country from the list (type part of the name).</source>
        <translation>Kies een land uit de lijst (typ een deel van de naam).</translation>
    </message>
    <message>
        <source>This is not a valid BSN: 9 digits that pass the 11-test.</source>
        <translation>Dit is geen geldig BSN: 9 cijfers die de elfproef doorstaan.</translation>
    </message>
    <message>
        <source>A V-number has digits only, at most 10.</source>
        <translation>Een V-nummer heeft alleen cijfers, hooguit 10.</translation>
    </message>
    <message>
        <source>A phone number has 10 to 15 digits (spaces, dashes and + are fine).</source>
        <translation>Een telefoonnummer heeft 10 tot 15 cijfers (spaties, streepjes en + mogen).</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The statement was signed before the course.</source>
        <translation>De verklaring is vóór de bijeenkomst ondertekend.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>Choose the weekdays from the list.</source>
        <translation>Kies de weekdagen uit de lijst.</translation>
    </message>
    <message>
        <source>The closing date lies before the housing date.</source>
        <translation>De afsluitdatum ligt vóór de huisvestingsdatum.</translation>
    </message>
    <message>
        <source>This client is not closed.</source>
        <translation>Deze cliënt is niet afgesloten.</translation>
    </message>
    <message>
        <source>This client has contacts or other history and cannot be deleted; anonymise the client instead.</source>
        <translation>Deze cliënt heeft contacten of andere geschiedenis en kan niet worden verwijderd; anonimiseer de cliënt in plaats daarvan.</translation>
    </message>
    <message>
        <source>A household needs at least one person.</source>
        <translation>Een huishouden heeft minstens één persoon.</translation>
    </message>
    <message>
        <source>This person already belongs to that household.</source>
        <translation>Deze persoon hoort al bij dat huishouden.</translation>
    </message>
    <message>
        <source>This person already has an account.</source>
        <translation>Deze persoon heeft al een account.</translation>
    </message>
    <message>
        <source>Not known as a language: {words}; choose languages from the list and put commas between them.</source>
        <translation>Onbekend als taal: {words}; kies talen uit de lijst en zet komma&apos;s ertussen.</translation>
    </message>
    <message>
        <source>This is not correct.</source>
        <translation>Dit klopt niet.</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy, or pick one from the calendar.</source>
        <translation>Typ een datum als dd-mm-jjjj, of kies er een in de kalender.</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(nog niet toegewezen)</translation>
    </message>
</context>
<context>
    <name>deadline_rules</name>
    <message>
        <source>Submit the family reunification application (favourable regime)</source>
        <translation>Aanvraag gezinshereniging indienen (gunstig regime)</translation>
    </message>
    <message>
        <source>IND decision period ends</source>
        <translation>Beslistermijn IND verloopt</translation>
    </message>
    <message>
        <source>Lodge an objection or appeal against the refusal</source>
        <translation>Bezwaar of beroep instellen tegen de afwijzing</translation>
    </message>
    <message>
        <source>Travel to the Netherlands on the entry visa (MVV)</source>
        <translation>Met de mvv naar Nederland reizen</translation>
    </message>
    <message>
        <source>Residence permit expires: apply for renewal in time</source>
        <translation>Verblijfsvergunning verloopt: tijdig verlenging aanvragen</translation>
    </message>
    <message>
        <source>Travel document expires</source>
        <translation>Reisdocument verloopt</translation>
    </message>
    <message>
        <source>Complete the participation statement course (PVT)</source>
        <translation>Participatieverklaringstraject (PVT) afronden</translation>
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
    <name>dossiers</name>
    <message>
        <source>Referent&apos;s permit granted</source>
        <translation>Verblijfsvergunning referent verleend</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Application submitted to the IND</source>
        <translation>Aanvraag ingediend bij de IND</translation>
    </message>
    <message>
        <source>IND decision: granted</source>
        <translation>Beslissing IND: ingewilligd</translation>
    </message>
    <message>
        <source>IND decision: refused</source>
        <translation>Beslissing IND: afgewezen</translation>
    </message>
    <message>
        <source>Objection or appeal lodged</source>
        <translation>Bezwaar of beroep ingesteld</translation>
    </message>
    <message>
        <source>Entry visa (MVV) issued</source>
        <translation>Mvv afgegeven</translation>
    </message>
    <message>
        <source>Travel arranged</source>
        <translation>Reis geregeld</translation>
    </message>
    <message>
        <source>Arrived in the Netherlands</source>
        <translation>Aangekomen in Nederland</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>Vergunning verleend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>MVV issued</source>
        <translation>Mvv afgegeven</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>With an overdue deadline</source>
        <translation>Met een verlopen termijn</translation>
    </message>
    <message>
        <source>Not reviewed this month</source>
        <translation>Deze maand nog niet besproken</translation>
    </message>
    <message>
        <source>NIDOS dossiers</source>
        <translation>NIDOS-dossiers</translation>
    </message>
    <message>
        <source>Closed dossiers</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation>Ander familielid</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Anders of onbekend</translation>
    </message>
    <message>
        <source>the referent&apos;s permit was granted</source>
        <translation>de verblijfsvergunning van de referent is verleend</translation>
    </message>
    <message>
        <source>the application was submitted</source>
        <translation>de aanvraag is ingediend</translation>
    </message>
    <message>
        <source>the IND refused the application</source>
        <translation>de IND heeft de aanvraag afgewezen</translation>
    </message>
    <message>
        <source>the entry visa was issued</source>
        <translation>de mvv is afgegeven</translation>
    </message>
    <message>
        <source>the client&apos;s residence permit expires</source>
        <translation>de verblijfsvergunning van de cliënt verloopt</translation>
    </message>
    <message>
        <source>the client&apos;s travel document expires</source>
        <translation>het reisdocument van de cliënt verloopt</translation>
    </message>
    <message>
        <source>the client was housed (PVT required)</source>
        <translation>de cliënt is gehuisvest (PVT verplicht)</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} weken</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <source>on the day itself</source>
        <translation>op de dag zelf</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} en {b}</translation>
    </message>
    <message>
        <source>{period} before</source>
        <translation>{period} ervoor</translation>
    </message>
    <message>
        <source>{period} after</source>
        <translation>{period} erna</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag verlopen</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} dagen verlopen</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>nog {n} dagen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>The opening date cannot lie in the future.</source>
        <translation>De openingsdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Check the closing date: not in the future, not before the opening.</source>
        <translation>Controleer de afsluitdatum: niet in de toekomst en niet vóór de opening.</translation>
    </message>
    <message>
        <source>A step is recorded once it happened: its date cannot lie in the future.</source>
        <translation>Een stap leg je vast als die gebeurd is: de datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Give the family member&apos;s name.</source>
        <translation>Vul de naam van het gezinslid in.</translation>
    </message>
    <message>
        <source>Say how the family member is related.</source>
        <translation>Geef aan wat de relatie van het gezinslid is.</translation>
    </message>
    <message>
        <source>Check the date of birth.</source>
        <translation>Controleer de geboortedatum.</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Kies het land uit de lijst.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Een regel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The number of months is too large.</source>
        <translation>Het aantal maanden is te groot.</translation>
    </message>
    <message>
        <source>The number of days is too large.</source>
        <translation>Het aantal dagen is te groot.</translation>
    </message>
    <message>
        <source>Remind at most a year before.</source>
        <translation>Herinner hoogstens een jaar vooraf.</translation>
    </message>
    <message>
        <source>The date the rule was checked cannot lie in the future.</source>
        <translation>De controledatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Give a first or last name.</source>
        <translation>Vul een voornaam of achternaam in.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Kies het geslacht.</translation>
    </message>
    <message>
        <source>Choose the nationality.</source>
        <translation>Kies de nationaliteit.</translation>
    </message>
    <message>
        <source>The housing date cannot lie before the household&apos;s own.</source>
        <translation>De huisvestingsdatum kan niet vóór die van het huishouden liggen.</translation>
    </message>
    <message>
        <source>Check the entered information.</source>
        <translation>Controleer de ingevulde gegevens.</translation>
    </message>
    <message>
        <source>Row {row}: {sentence}</source>
        <translation>Regel {row}: {sentence}</translation>
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
    <name>figures</name>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Status holders housed</source>
        <translation>Statushouders gehuisvest</translation>
    </message>
    <message>
        <source>of whom adults (18 or over)</source>
        <translation>van wie volwassenen (18 jaar of ouder)</translation>
    </message>
    <message>
        <source>of whom children (under 18)</source>
        <translation>van wie kinderen (jonger dan 18)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Jongens</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Meisjes</translation>
    </message>
    <message>
        <source>Sex other or unknown</source>
        <translation>Geslacht overig of onbekend</translation>
    </message>
    <message>
        <source>Dwellings made available</source>
        <translation>Woningen beschikbaar gesteld</translation>
    </message>
    <message>
        <source>Housed by nationality</source>
        <translation>Gehuisvest per nationaliteit</translation>
    </message>
    <message>
        <source>Housing target</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Backlog on 1 January</source>
        <translation>Achterstand op 1 januari</translation>
    </message>
    <message>
        <source>Housing target for the year</source>
        <translation>Taakstelling van het jaar</translation>
    </message>
    <message>
        <source>Backlog on 31 December (negative: ahead)</source>
        <translation>Achterstand op 31 december (negatief: voorsprong)</translation>
    </message>
    <message>
        <source>Consultation hours and info point</source>
        <translation>Spreekuren en infopunt</translation>
    </message>
    <message>
        <source>Social guidance contacts</source>
        <translation>Contacten maatschappelijke begeleiding</translation>
    </message>
    <message>
        <source>Info point contacts</source>
        <translation>Contacten infopunt</translation>
    </message>
    <message>
        <source>Legal and family reunification contacts</source>
        <translation>Contacten juridisch spreekuur en gezinshereniging</translation>
    </message>
    <message>
        <source>Average contacts per consultation hour, by location</source>
        <translation>Gemiddeld aantal contacten per spreekuur, per locatie</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>New dossiers</source>
        <translation>Nieuwe dossiers</translation>
    </message>
    <message>
        <source>of which NIDOS dossiers</source>
        <translation>waarvan NIDOS-dossiers</translation>
    </message>
    <message>
        <source>Dossiers open during the year</source>
        <translation>Dossiers die in het jaar liepen</translation>
    </message>
    <message>
        <source>Dossiers closed successfully</source>
        <translation>Dossiers succesvol afgerond</translation>
    </message>
    <message>
        <source>Social guidance</source>
        <translation>Maatschappelijke begeleiding</translation>
    </message>
    <message>
        <source>Trajectories started, first year (settlement)</source>
        <translation>Gestarte trajecten, eerste jaar (vestiging)</translation>
    </message>
    <message>
        <source>Trajectories started, second year (integration)</source>
        <translation>Gestarte trajecten, tweede jaar (integratie)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Home visits made</source>
        <translation>Huisbezoeken afgelegd</translation>
    </message>
    <message>
        <source>Volunteers in the home-visit pool on 31 December</source>
        <translation>Vrijwilligers in de pool voor huisbezoeken op 31 december</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Referrals by partner</source>
        <translation>Doorverwijzingen per partner</translation>
    </message>
    <message>
        <source>Debt prevention</source>
        <translation>Schuldpreventie</translation>
    </message>
    <message>
        <source>Debt prevention checklists started</source>
        <translation>Checklists schuldpreventie gestart</translation>
    </message>
    <message>
        <source>Payment arrangements made</source>
        <translation>Betalingsregelingen getroffen</translation>
    </message>
    <message>
        <source>Participation statement</source>
        <translation>Participatieverklaring</translation>
    </message>
    <message>
        <source>Participation statements signed</source>
        <translation>Participatieverklaringen ondertekend</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Volunteers on 1 January</source>
        <translation>Vrijwilligers op 1 januari</translation>
    </message>
    <message>
        <source>Volunteers on 31 December</source>
        <translation>Vrijwilligers op 31 december</translation>
    </message>
    <message>
        <source>Paid staff on 1 January</source>
        <translation>Betaalde krachten op 1 januari</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Consultation hours</source>
        <translation>Spreekuren</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Family reunification dossiers</source>
        <translation>Gezinsherenigingsdossiers</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Housing targets</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklistpunten</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>locaties</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projecten</translation>
    </message>
    <message>
        <source>And {count} more problems that are not listed.</source>
        <translation>En nog {count} fouten die niet in de lijst staan.</translation>
    </message>
    <message>
        <source>The required column {col} is missing.</source>
        <translation>De verplichte kolom {col} ontbreekt.</translation>
    </message>
    <message>
        <source>The column {col} is not known in this table; rename it, remove it or start its name with # (the columns are: {cols}).</source>
        <translation>De kolom {col} is in deze tabel onbekend; geef hem een andere naam, verwijder hem of laat de naam met # beginnen (de kolommen zijn: {cols}).</translation>
    </message>
    <message>
        <source>The column {col} appears twice.</source>
        <translation>De kolom {col} komt twee keer voor.</translation>
    </message>
    <message>
        <source>{name} is not a table of the template (the tables are: {known}).</source>
        <translation>{name} is geen tabel van het sjabloon (de tabellen zijn: {known}).</translation>
    </message>
    <message>
        <source>{name}: this table appears twice.</source>
        <translation>{name}: deze tabel komt twee keer voor.</translation>
    </message>
    <message>
        <source>{name} cannot be read after row {row} ({why}).</source>
        <translation>{name} kan na rij {row} niet verder worden gelezen ({why}).</translation>
    </message>
    <message>
        <source>The folder {name} holds no .csv files.</source>
        <translation>De map {name} bevat geen .csv-bestanden.</translation>
    </message>
    <message>
        <source>{name} holds no .csv files.</source>
        <translation>{name} bevat geen .csv-bestanden.</translation>
    </message>
    <message>
        <source>{name} does not exist (any more).</source>
        <translation>{name} bestaat niet (meer).</translation>
    </message>
    <message>
        <source>{name} is not an .xlsx workbook, a .zip, a folder or a .csv file.</source>
        <translation>{name} is geen .xlsx-werkmap, .zip, map of .csv-bestand.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why}).</source>
        <translation>{name} kan niet worden gelezen ({why}).</translation>
    </message>
    <message>
        <source>{col} is empty; it is required when {other} is filled in.</source>
        <translation>{col} is leeg; dat is verplicht als {other} is ingevuld.</translation>
    </message>
    <message>
        <source>{col} is empty; it is required.</source>
        <translation>{col} is leeg, maar is verplicht.</translation>
    </message>
    <message>
        <source>{col} is empty; an outcome needs it.</source>
        <translation>{col} is leeg; bij een outcome hoort een datum.</translation>
    </message>
    <message>
        <source>{col} is empty: only info_point contacts may be anonymous, not {kind}.</source>
        <translation>{col} is leeg: alleen info_point-contacten mogen anoniem zijn, {kind} niet.</translation>
    </message>
    <message>
        <source>{col} is empty; {what} needs it.</source>
        <translation>{col} is leeg; {what} heeft het nodig.</translation>
    </message>
    <message>
        <source>{col} {value} appears twice (also on row {first}).</source>
        <translation>{col} {value} komt twee keer voor (ook op rij {first}).</translation>
    </message>
    <message>
        <source>This row repeats row {first} (the same {cols}).</source>
        <translation>Deze rij herhaalt rij {first} (dezelfde {cols}).</translation>
    </message>
    <message>
        <source>{col} {value} is not a client or volunteer in this file or in vwdesk.</source>
        <translation>{col} {value} is geen cliënt of vrijwilliger in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} is not a client in this file or in vwdesk.</source>
        <translation>{col} {value} is geen cliënt in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} is not a volunteer in this file or in vwdesk.</source>
        <translation>{col} {value} is geen vrijwilliger in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} is not a household in this file or in vwdesk.</source>
        <translation>{col} {value} is geen huishouden in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} is not a consultation hour in this file or in vwdesk.</source>
        <translation>{col} {value} is geen spreekuur in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} is not a dossier in this file or in vwdesk.</source>
        <translation>{col} {value} is geen dossier in dit bestand of in vwdesk.</translation>
    </message>
    <message>
        <source>{col} {value} has been anonymised; remove this row so the names stay removed.</source>
        <translation>{col} {value} is geanonimiseerd; verwijder deze rij, zodat de namen verwijderd blijven.</translation>
    </message>
    <message>
        <source>{col} {value} lies before the housing date {other}.</source>
        <translation>{col} {value} ligt vóór de huisvestingsdatum {other}.</translation>
    </message>
    <message>
        <source>{col} {value} lies before {other_col} {other}.</source>
        <translation>{col} {value} ligt vóór {other_col} {other}.</translation>
    </message>
    <message>
        <source>{col} {value} lies in the future.</source>
        <translation>{col} {value} ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{col} {value} is not after {other_col} {other}.</source>
        <translation>{col} {value} ligt niet na {other_col} {other}.</translation>
    </message>
    <message>
        <source>{col} {value} differs from the date of consultation hour {ref} ({other}).</source>
        <translation>{col} {value} verschilt van de datum van spreekuur {ref} ({other}).</translation>
    </message>
    <message>
        <source>{col} {value} is less than {minimum}.</source>
        <translation>{col} {value} is kleiner dan {minimum}.</translation>
    </message>
    <message>
        <source>{col} {value} is too large.</source>
        <translation>{col} {value} is te groot.</translation>
    </message>
    <message>
        <source>{col} {value} is not a year.</source>
        <translation>{col} {value} is geen jaartal.</translation>
    </message>
    <message>
        <source>{col} {value} is not a country (write SY, Syria or Syrië).</source>
        <translation>{col} {value} is geen land (schrijf SY, Syria of Syrië).</translation>
    </message>
    <message>
        <source>{col} {value} is not a date (write 2017-03-31 or 31-03-2017).</source>
        <translation>{col} {value} is geen datum (schrijf 2017-03-31 of 31-03-2017).</translation>
    </message>
    <message>
        <source>{col} {value} is not a date.</source>
        <translation>{col} {value} is geen datum.</translation>
    </message>
    <message>
        <source>{col} {value} is not yes or no.</source>
        <translation>{col} {value} is geen ja of nee.</translation>
    </message>
    <message>
        <source>{col} {value} is not a time of day (write 14:00).</source>
        <translation>{col} {value} is geen tijdstip (schrijf 14:00).</translation>
    </message>
    <message>
        <source>{col} {value} is not a whole number.</source>
        <translation>{col} {value} is geen geheel getal.</translation>
    </message>
    <message>
        <source>{col} {value} is not an amount in euros.</source>
        <translation>{col} {value} is geen bedrag in euro&apos;s.</translation>
    </message>
    <message>
        <source>{col} {value} is not a weekday (write ma, di, wo, do, vr, za or zo).</source>
        <translation>{col} {value} is geen weekdag (schrijf ma, di, wo, do, vr, za of zo).</translation>
    </message>
    <message>
        <source>{col} {value} are not weekdays (write ma, di, wo, do, vr, za or zo).</source>
        <translation>{col} {value} zijn geen weekdagen (schrijf ma, di, wo, do, vr, za of zo).</translation>
    </message>
    <message>
        <source>{col} {value} is not a phone number (10 to 15 digits).</source>
        <translation>{col} {value} is geen telefoonnummer (10 tot 15 cijfers).</translation>
    </message>
    <message>
        <source>{col} {value} is not an e-mail address.</source>
        <translation>{col} {value} is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{col} {value} is not one of: {choices}.</source>
        <translation>{col} {value} is geen van deze waarden: {choices}.</translation>
    </message>
    <message>
        <source>There is no checklist {name} in vwdesk.</source>
        <translation>Er is geen checklist {name} in vwdesk.</translation>
    </message>
    <message>
        <source>No {name} checklist was started on {day} for this household or client.</source>
        <translation>Er is op {day} geen checklist {name} begonnen voor dit huishouden of deze cliënt.</translation>
    </message>
    <message>
        <source>Item {item} is not on this checklist {times} times.</source>
        <translation>Punt {item} staat geen {times} keer op deze checklist.</translation>
    </message>
    <message>
        <source>Item {item} is not on this checklist.</source>
        <translation>Punt {item} staat niet op deze checklist.</translation>
    </message>
    <message>
        <source>New names created: {names}.</source>
        <translation>Nieuwe namen aangemaakt: {names}.</translation>
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
    <message>
        <source>Social guidance</source>
        <translation>Maatschappelijke begeleiding</translation>
    </message>
    <message>
        <source>Info point</source>
        <translation>Infopunt</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <source>Consultation hour</source>
        <translation>Spreekuur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Walk-in consultation</source>
        <translation>Inloopspreekuur</translation>
    </message>
    <message>
        <source>Social guidance consultation</source>
        <translation>Spreekuur maatschappelijke begeleiding</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>Juridisch spreekuur</translation>
    </message>
</context>
<context>
    <name>list_export</name>
    <message>
        <source>clients</source>
        <translation>clienten</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <source>consultation-hours</source>
        <translation>spreekuren</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>doorverwijzingen</translation>
    </message>
    <message>
        <source>home-visits</source>
        <translation>huisbezoeken</translation>
    </message>
    <message>
        <source>households-home-visits</source>
        <translation>huishoudens-huisbezoeken</translation>
    </message>
    <message>
        <source>import-problems</source>
        <translation>importfouten</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} dagen te laat</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Toeslagen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Verzekeringen</translation>
    </message>
    <message>
        <source>Civic integration</source>
        <translation>Inburgering</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Mail and letters</source>
        <translation>Post en brieven</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Naturalisation</source>
        <translation>Naturalisatie</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Reisdocumenten</translation>
    </message>
    <message>
        <source>Asylum procedure</source>
        <translation>Asielprocedure</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Choose what kind of contact this was; nothing was saved.</source>
        <translation>Kies wat voor contact dit was; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Only info point contacts can be anonymous; choose the client.</source>
        <translation>Alleen contacten bij het infopunt kunnen anoniem zijn; kies de cliënt.</translation>
    </message>
    <message>
        <source>This consultation hour is cancelled; restore it first to log contacts in it.</source>
        <translation>Dit spreekuur is geannuleerd; herstel het eerst om er contacten in vast te leggen.</translation>
    </message>
    <message>
        <source>Contacts were logged in this consultation hour, so it cannot be cancelled. Undo those contacts first if the hour really did not take place.</source>
        <translation>In dit spreekuur zijn al contacten vastgelegd, dus het kan niet worden geannuleerd. Maak die contacten eerst ongedaan als het spreekuur echt niet doorging.</translation>
    </message>
    <message>
        <source>A referral needs a client; an anonymous contact cannot be referred.</source>
        <translation>Een doorverwijzing hoort bij een cliënt; een anoniem contact kan niet worden doorverwezen.</translation>
    </message>
    <message>
        <source>Only contacts logged today can be undone.</source>
        <translation>Alleen contacten die vandaag zijn vastgelegd kunnen ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Home visits are made by the household&apos;s contact person or a volunteer from the home-visit pool; choose one of them.</source>
        <translation>Huisbezoeken doet de vaste contactpersoon of een vrijwilliger uit de pool huisbezoeken; kies een van hen.</translation>
    </message>
    <message>
        <source>This visit has been recorded already.</source>
        <translation>Dit bezoek is al vastgelegd.</translation>
    </message>
    <message>
        <source>This household has no active members, so the visit cannot be recorded.</source>
        <translation>Dit huishouden heeft geen actieve leden, dus het bezoek kan niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>A contact cannot be dated in the future, so nothing was saved; choose today or an earlier day.</source>
        <translation>Een contact kan niet in de toekomst liggen, dus er is niets opgeslagen; kies vandaag of een eerdere dag.</translation>
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
