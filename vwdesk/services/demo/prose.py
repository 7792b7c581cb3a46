"""The team's prose of the demo's 2017 report: the seed report's paragraphs, per section.

Taken from shared/seed/jaarverslag-2017-lansingerland.txt without the lines
the report builds from the records (its bullets), so the demo PDF reads like
the real report. Real people's names are replaced by their roles. One line
is one paragraph; a line starting with "- " is a list item. 2018 has no text
of its own, so it starts from this one, as a team's next report would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vwdesk.export.report_model import (
    CONSULTATION,
    COOPERATION,
    DEBT,
    HOME_VISITS,
    LEGAL,
    OTHER,
    PVT,
    SOCIAL_GUIDANCE,
    TEAM,
    location_key,
    project_key,
)

if TYPE_CHECKING:
    from vwdesk.services.workspace import Workspace

PROSE_YEAR = 2017

PROSE_2017: dict[str, str] = {
    CONSULTATION: """\
Er bestaat een grote informatiebehoefte met betrekking tot de vaak complexe asielvraagstukken en (specifieke onderdelen van) de vreemdelingenwetgeving. Ook zijn er veel vragen over rechten en plichten van toegelaten vluchtelingen, over bijvoorbeeld taalonderwijs, inburgering en financiële zaken. Om alle in de gemeente wonende vluchtelingen goed te informeren hebben we infopunten en spreekuren waar we vragen beantwoorden en hen op weg helpen. Vaak kunnen we dat zelf, soms verwijzen we door naar andere voorzieningen en instanties.
In de loop van 2017 zijn er verschillende spreekuren gehouden. Dinsdagmiddag tussen 14:00 en 16:00 uur hebben we het juridische spreekuur. Dit spreekuur wordt gehouden door twee juridische vrijwilligers.
Voor de verhuizing was er op ons voormalig kantoor een inloopspreekuur op maandagmiddag en later in het jaar begon het inloopspreekuur in De Hergerborch en op donderdag een inloopspreekuur op ons kantoor.""",  # noqa: E501
    LEGAL: """\
Onze juridische begeleiding en ondersteuning bij gezinshereniging is uniek. Onze mensen begeleiden vluchtelingen tijdens de asielprocedure, gezinsherenigingsprocedure, naturalisatie en meer. Komen de vrijwilligers en teamleiders er op de locatie niet uit dan nemen ze contact op met de Helpdesk van het Landelijk Bureau. Die Helpdesk bestaat uit een team juristen op gebied van asiel, integratie en consulenten landeninformatie.
Onze juridische begeleiding in de gemeente is voor personen die als asielzoeker naar Nederland gekomen zijn, die een (tijdelijke) vergunning hebben, die gehuisvest zijn in de gemeente en die verblijfsrechtelijke vragen hebben. Wij helpen bij onder meer het verkrijgen en/of verlengen van verblijfs- en reisdocumenten en we bewaken lopende procedures op termijnen en zorgvuldigheid. We zorgen er ook voor dat cliënten beschikken over informatie om bij afwijzing van de asielaanvraag een weloverwogen keuze te maken voor terugkeer, door migratie of illegaliteit. We monitoren wat er gebeurt, signaleren trends en ontwikkelingen en rapporteren dat aan de gemeente.
Vluchtelingen die een verblijfsvergunning krijgen, hebben recht op hereniging met hun gezin (ouders, partners, kinderen). Meestal is de procedure al opgestart in de Centrale Opvang, in andere gevallen moet dat na vestiging in de gemeente nog gebeuren. Wat volgt is een bureaucratisch proces in de ervaring van mensen die nog niet ingeburgerd zijn en de weg nog niet weten. VluchtelingenWerk werkt volgens een stappenplan waarin de mutaties binnen de procedure maandelijks worden verwerkt. Het vergt uiterste zorgvuldigheid en veel tijd, en is voor reguliere instanties te kostbaar om uit te voeren.""",  # noqa: E501
    COOPERATION: """\
VluchtelingenWerk signaleert wanneer er obstakels of knelpunten zijn voor succesvolle integratie. Deze obstakels kunnen ontstaan door leemtes in het aanbod aan voorzieningen, maar ook door de persoonlijke omstandigheden van de vluchteling. Ook signaleert VluchtelingenWerk het niet juist toepassen van wet- en regelgeving of de leemtes en uitsluitingsmechanismen daarin – alsmede discriminatie, en onderneemt daarop actie. VluchtelingenWerk Lansingerland beantwoordt daarnaast publieksvragen en geeft voorlichting om het draagvlak in de samenleving voor opvang en integratie van vluchtelingen te behouden/vergroten. Om dat draagvlak zo groot mogelijk te houden zoeken we ook samenwerking met andere lokale organisaties.
De samenwerking met onderstaande partners is het afgelopen jaar versterkt:
CJG, Humanitas en Kwadraad: het signaleren van problematiek bij een statushouder is een taak van de vrijwilliger van VluchtelingenWerk, hier worden ze ook op getraind. Zodra een vrijwilliger dit signaal opvangt neemt de vrijwilliger contact op met CJG en/of Kwadraad.
Taalhuis: alle statushouders sturen wij naar het Taalhuis in de gemeente. Hier ontvangen zij extra ondersteuning in de taal, krijgen een taalmaatje toegewezen en ontmoeten statushouders nieuwe mensen in het taalcafé wat hen ook helpt niet geïsoleerd te raken.
VIP/Welzijn Lansingerland: een aantal statushouders wil snel aan het werk en een nieuw leven opbouwen. Om hen sneller aan het werk te krijgen en de taal te leren, helpen de vrijwilligers de statushouder aan vrijwilligerswerk. Daarnaast zoeken wij via VIP vrijwilligers voor onze eigen organisatie.
OBS de Vuurvogel (taalklas): kinderen van statushouders die de Nederlandse taal nog niet goed spreken, schrijven en lezen, worden door onze vrijwilligers eerst aangemeld bij een ISK (internationale schakelklas) voordat zij naar het reguliere basisonderwijs gaan.
Plangroep: de begeleiding die vrijwilligers van VluchtelingenWerk bieden, is er op gericht om statushouders te leren hun budget goed te beheren. Hiervoor heeft VluchtelingenWerk documentatie beschikbaar. Een enkeling lukt het niet om zijn budget op orde te houden waardoor hij in de schulden komt. Wanneer dit gebeurt verwijst VluchtelingenWerk diegene door naar Plangroep.
Bibliotheek Oostland.
3B Wonen: in het geval dat er sprake is van overlast spelen de vrijwilligers en/of teamleider een actieve rol in het onderzoeken en oplossen van de problemen.
Schuldhulpmaatjes: aan het einde van de begeleiding kunnen we statushouders zo nodig naar hen doorverwijzen.
Jeugd- en jongerenwerk: als kinderen willen sporten brengen we hen onder de aandacht van Jeugd- en Jongerenwerk.""",  # noqa: E501
    SOCIAL_GUIDANCE: """\
Onze maatschappelijke begeleiders helpen statushouders bij het regelen van de belangrijkste zaken bij de eerste vestiging in de gemeente. Denk daarbij aan praktische hulp bij woninginrichting, aansluiting telefoon en televisie, inschrijving bij huisarts, tandarts, apotheek en consultatiebureau, het wegwijs maken in de sociale kaart van de gemeente, het aanmelden bij een peuterspeelzaal, basisschool, middelbare school en hulp bij een aanvraag bij DUO. Maar ook aan begeleiding bij aanvragen huur- en zorgtoeslagen, begeleiding bij kwijtscheldingsaanvragen en begeleiding bij inschrijving UWV.
Onze maatschappelijke begeleiding (mb) is er op gericht dat cliënten zo snel mogelijk zelfredzaam worden en participeren in de samenleving. De cliënt krijgt ondersteuning bij het behalen van het inburgeringsexamen en wordt gecoacht om eigen materiële, immateriële en psychosociale problemen op te lossen.
Onze begeleiders zijn veelal ook het best in staat – door hun goede contacten met de cliënten – om de leefsituatie en mogelijkheden van de statushouder te inventariseren. Ze kunnen doorverwijzen als er (juridische) zaken mislopen, ze signaleren en rapporteren als er op wat voor vlak dan ook stagnatie optreedt.
De maatschappelijke begeleiding in Lansingerland wordt uitgevoerd in trajecten van 1,5 jaar en bestaat naast praktische hulp uit het stimuleren van de participatie en integratie en het Participatieverklaringstraject.
Praktische hulp, ook wel coaching vestiging genoemd, vormt de eerste stap (van maximaal 6 maanden) van de maatschappelijke begeleiding. Het is een intensief begeleidingstraject, waarbij elke cliënt vanaf het moment van vestiging in de gemeente, een vaste contactpersoon van VluchtelingenWerk toegewezen krijgt. Die contactpersoon wijst de vluchteling de weg in de gemeente: het huurcontract moet getekend worden en de noodzakelijke voorzieningen zoals gas, water en elektriciteit moeten worden aangevraagd. Daarnaast moet het inkomen geregeld, toeslagen aangevraagd en verzekeringen afgesloten worden. Zeker in die eerste periode van de begeleiding moet de financiële huishouding in de gaten gehouden worden, leningen worden aangegaan bv. voor de inrichting van het huis, grote aankopen moeten worden gedaan en rekeningen moeten (op tijd) betaald worden.
Er moet contact gelegd worden met een huis- en tandarts, voor de kinderen moet een school gezocht worden. Volwassenen worden geïnformeerd over de inburgeringsplicht en het aanbod van taalaanbieders. Indien nodig gaat de contactpersoon mee naar instanties of doen voorbereidend werk waardoor de drempel verlaagd wordt.
In 2017 zijn 60 statushouders gestart met dit traject.
Stimuleren van participatie en integratie, ook wel coaching integratie genoemd, is het begeleiden en coachen ten behoeve van een actieve en positieve inzet van de statushouder. Kennis maken met de lokale (maatschappelijke) organisaties, zoals buurthuizen, vrijwilligersorganisaties, bibliotheek, verenigingen, clubs en welzijnsorganisaties maakt daar onderdeel van uit. Ook geven wij basale informatie over vrijwilligerswerk en betaald werk. De statushouders in Lansingerland willen, zodra ze zijn gehuisvest, meteen aan de slag met het opbouwen van een nieuw bestaan en dit start na de huisvesting met (vrijwilligers-)werk. Dit alles draagt bij aan de participatie in de Nederlandse samenleving.
In 2017 zijn 88 statushouders gestart met dit traject.""",  # noqa: E501
    project_key("VIP"): """\
VluchtelingenWerk Nederland ondersteunt vluchtelingen met het project VIP (Vluchtelingen Investeren in Participeren) zodat ze volwaardig kunnen deelnemen aan de Nederlandse maatschappij. VIP is een landelijk project van VluchtelingenWerk dat loopt in ruim vijftig gemeenten. Ons doel is een versnelde integratie en duurzame inzet van vluchtelingen.
In het project VIP werken we samen met werkgevers, opleiders en de lokale overheid om 1.500 vluchtelingen voor te bereiden op werk. Wij geloven in een integrale aanpak die aansluit bij de inburgering. Daardoor verminderen de barrières die er nu zijn voor arbeidsparticipatie en nemen alle partijen hun verantwoordelijkheid: vluchtelingen, werkgevers, opleiders én overheid. Zo kunnen vluchtelingen bewust keuzes maken, hun weg vinden en kansen krijgen op de Nederlandse arbeidsmarkt.
Gemeente Lansingerland heeft in 2017 aan dit project deelgenomen. Er hebben 11 statushouders het programma gevolgd dat is verzorgd door twee betaalde trainers. Er waren 5 arbeidscoaches om de deelnemers te begeleiden.""",  # noqa: E501
    location_key("De Hergerborch"): """\
In 2016 is het project Hergerborch gestart. VluchtelingenWerk Lansingerland is een belangrijke partner in dit project. In 2017 is er voor de bewoners in Hergerborch een spreekuur gestart. Dit vindt plaats op de maandag.
Eens in de twee weken is er een overleg tussen de huisbaas van De Hergerborch en de teamleider.""",  # noqa: E501
    HOME_VISITS: """\
Huisbezoeken maken deel uit van de maatschappelijke begeleiding van VluchtelingenWerk. Op dit moment vinden huisbezoeken plaats als de situatie er om vraagt of als de cliënt aangeeft hier behoefte aan te hebben. De huisbezoeken worden gerapporteerd als contactmoment.
Vanaf nu willen we de frequentie en inhoud van de huisbezoeken vastleggen. De huisbezoeken worden in principe uitgevoerd door de vaste contactpersoon (vrijwilliger) van de statushouder. Tijdens het wervingsgesprek met nieuwe vrijwilligers wordt duidelijk aangegeven dat de huisbezoeken een onderdeel van de begeleiding vormen. Alleen in uitzonderlijke gevallen kunnen de huisbezoeken door andere vrijwilligers gedaan worden. Om ervoor te zorgen dat er altijd iemand beschikbaar is voor het afleggen van huisbezoeken, hebben we in 2017 een pool opgericht van vrijwilligers die daarvoor beschikbaar willen zijn.
De huisbezoeken worden vastgelegd vanaf september 2017.""",  # noqa: E501
    DEBT: """\
VluchtelingenWerk Lansingerland helpt asielgerechtigden financieel zelfredzaam te worden en (verdere) schulden te voorkomen, door:
- samen met de statushouder een financieel overzicht te maken van eigen inkomsten en uitgaven;
- uit te leggen welke financiële voorzieningen er zijn en waar zij recht op hebben;
- uitleg te geven over internetbankieren;
- bespaartips te geven;
- te leren een eigen administratie op te zetten en bij te houden;
- uit te nodigen om deel te nemen aan workshops over financiën.
Behalve structureel inzicht geven in de financiën, corrigeren wij ook daar waar nodig:
- we treffen betalingsregelingen bij achterstanden;
- als er problematische schulden ontstaan gaan wij in overleg met Plangroep en verwijzen we eventueel door;
- wij zijn in overleg met gemeente, Plangroep en Kwadraad om een vangnet te ontwikkelen voor mensen van wie wij zien dat zij hun financiële zaken niet zelfstandig zullen kunnen beheren.""",  # noqa: E501
    PVT: """\
Als gevolg van de wijziging van de Wet Inburgering moeten nieuwkomers die op of na 1 oktober 2017 inburgeringsplichtig zijn, deelnemen aan een participatieverklaringstraject en de participatieverklaring ondertekenen. Dit nieuwe onderdeel van het inburgeringsexamen moeten zij afronden binnen een jaar na hun eerste huisvesting in een gemeente.
Het participatieverklaringstraject bestaat minimaal uit een inleiding in de Nederlandse kernwaarden en de ondertekening van de participatieverklaring. Via dit traject laten gemeenten nieuwkomers kennis maken met de rechten en plichten en de fundamentele waarden van de Nederlandse samenleving. Het traject wordt afgesloten met het ondertekenen van een verklaring waarmee de nieuwkomer verklaart van de waarden en spelregels van de Nederlandse samenleving kennis te hebben genomen en deze te respecteren.
De gemeente Lansingerland voert het Participatieverklaringstraject zelf uit. VluchtelingenWerk Lansingerland biedt in opdracht van de gemeente ondersteuning in het participatieverklaringstraject aan met een vrijwilliger die een voorlichting over VluchtelingenWerk geeft.""",  # noqa: E501
    OTHER: """\
Kennisquiz Kahoot: in 2017 is er een checklist opgesteld door gemeente Lansingerland en VluchtelingenWerk. De checklist biedt duidelijkheid in wat er van de medewerkers van team participatie van de gemeente en van VluchtelingenWerk wordt verwacht. Dit was er voorheen niet waardoor misverstanden en miscommunicatie konden ontstaan.
De checklist werd tijdens een bijeenkomst gepresenteerd door middel van een digitaal spel dat je met zijn allen vanaf je smartphone kon spelen. Verder was het het doel van deze bijeenkomst om kennis te maken met elkaar waardoor de samenwerking versterkt kon worden. De bijeenkomst is positief ervaren door alle medewerkers.
DATT werkt: project DATT, de armoede troef, betrof een serie bijeenkomsten, waaraan VluchtelingenWerk Lansingerland heeft deelgenomen, met als doelstelling armoedebestrijding i.s.m. ketenpartners. Teamleiders van VluchtelingenWerk Lansingerland signaleren tijdig financiële problemen en zetten in op een multidisciplinaire aanpak ter voorkoming van problematische schulden. Dit doen wij in samenwerking met de ketenpartners.
Vrijwilligersmarkt: de teamleider en junior teamleider hebben meegedaan met de jaarlijkse Vrijwilligersmarkt in het gemeentehuis.
Ontmoet! Vanaf mei 2017 deelt VluchtelingenWerk Lansingerland eenzelfde adres met Ontmoet! We werken samen om sociale activiteiten in de buurt te stimuleren en te bedenken.
Sponsoractie Jeugdsportfonds en LTC Triomf: samen met het Jeugdsportfonds en LTC Triomf hebben we meegewerkt aan een sponsoractie om kinderen te laten tennissen, een geweldig initiatief van LTC Triomf en het Jeugdsportfonds. De actie was het meer dan waard.
Aanpak eenzaamheid: gemeente Lansingerland heeft in 2017 veel aandacht aan eenzaamheid besteed en hoe dit voorkomen of bestreden kan worden. VluchtelingenWerk speelt hier graag een rol in, heeft meegedaan in de werkgroep tegen eenzaamheid en heeft ook het manifest ondertekend.
Voorlichting Adviesraad Sociaal Domein: VluchtelingenWerk werd door de ASD uitgenodigd om een presentatie te geven over hoe het beleid van de gemeente in de praktijk wordt ervaren.""",  # noqa: E501
    TEAM: """\
In mei 2017 is VluchtelingenWerk Lansingerland samen met andere welzijnsorganisaties verhuisd naar het nieuwe kantoor in de Stander aan de Wilhelminastraat in Bergschenhoek. VluchtelingenWerk ervaart het als zeer prettig dat de verschillende welzijnsorganisaties in één kantoorpand zijn gehuisvest. Dit bevordert de samenwerking in het belang van de statushouder.
Tot eind april waren er drie betaalde krachten in Lansingerland: de teamleider en twee junior teamleiders. In mei is de teamleider overgestapt naar een andere functie en is een nieuwe teamleider begonnen.
Door langdurige ziekte en het vinden van een betaalde baan is een groot aantal vrijwilligers helaas vertrokken. Het werven van nieuwe vrijwilligers is nog steeds een aandachtspunt in Lansingerland.
VluchtelingenWerk Lansingerland maakt deel uit van de stichting VluchtelingenWerk Zuidwest-Nederland.""",  # noqa: E501
}


def write_report_prose(ws: Workspace) -> None:
    """Store the 2017 prose through the report service, as a team leader would."""
    for section, text in PROSE_2017.items():
        ws.report.set_text(PROSE_YEAR, section, "nl", text)
