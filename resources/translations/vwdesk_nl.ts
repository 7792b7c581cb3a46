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
