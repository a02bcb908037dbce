"""Dutch demo content for ``load_demo``.

Pure Python data (no Django imports) so it can be imported anywhere: the
management command, tests and scripts. All people are fictional; the public
organisations are real, but every story, quote and figure is invented for
demonstration purposes. Call ``validate()`` to check the invariants.
"""

import re
from datetime import date, datetime

# ---------------------------------------------------------------------------
# Learning levels (exactly three)
# ---------------------------------------------------------------------------

LEVELS = [
    {
        "slug": "individu",
        "name": "Individu",
        "description": (
            "De professional zelf: vakmanschap, leiderschap, kennis en "
            "vaardigheden om over de grenzen van de eigen organisatie en "
            "bestuurslaag heen te werken."
        ),
    },
    {
        "slug": "organisatie",
        "name": "Organisatie",
        "description": (
            "De organisatie als geheel: werkprocessen, cultuur en structuur die "
            "interbestuurlijk samenwerken mogelijk maken in plaats van "
            "bemoeilijken."
        ),
    },
    {
        "slug": "netwerk",
        "name": "Netwerk",
        "description": (
            "Systeemleren in het netwerk van overheden: governance, regels, "
            "financiële en bestuurlijke verhoudingen tussen Rijk, provincies, "
            "gemeenten en waterschappen."
        ),
    },
]

# ---------------------------------------------------------------------------
# Themes (editor-curated vocabulary)
# ---------------------------------------------------------------------------

THEMES = [
    {
        "slug": "sturen-in-netwerken",
        "name": "Sturen in netwerken",
        "description": (
            "Hoe je richting geeft als niemand de baas is. Over regie, "
            "invloed en gezamenlijke besluitvorming tussen gelijkwaardige "
            "partners."
        ),
    },
    {
        "slug": "strategie-en-toekomst",
        "name": "Strategie en toekomst",
        "description": (
            "Vooruitkijken voorbij de kabinetsperiode: scenario's, "
            "langetermijnkeuzes en het strategisch vermogen van de overheid."
        ),
    },
    {
        "slug": "politiek-en-bestuur",
        "name": "Politiek en bestuur",
        "description": (
            "Werken in de spanning tussen ambtelijke samenwerking en politieke "
            "verantwoording aan raad, staten, algemeen bestuur en Kamer."
        ),
    },
    {
        "slug": "sterk-bestuur",
        "name": "Sterk bestuur",
        "description": (
            "Bestuurskracht en weerbaarheid van overheden: de basis op orde, "
            "heldere rollen en een overheid die doet wat ze belooft."
        ),
    },
    {
        "slug": "in-de-regio",
        "name": "In de regio",
        "description": (
            "Regionale samenwerking als plek waar opgaven samenkomen: "
            "regiodeals, gebiedsgerichte aanpakken en samenwerkingsverbanden."
        ),
    },
    {
        "slug": "samenwerken-in-de-keten",
        "name": "Samenwerken in de keten",
        "description": (
            "Van beleid tot uitvoering: hoe overheden, uitvoeringsorganisaties "
            "en maatschappelijke partners elkaar vasthouden in één keten."
        ),
    },
    {
        "slug": "data-en-informatie",
        "name": "Data en informatie",
        "description": (
            "Gegevens delen, dashboards bouwen en samen sturen op informatie, "
            "zonder privacy en zorgvuldigheid uit het oog te verliezen."
        ),
    },
    {
        "slug": "burger-en-overheid",
        "name": "Burger en overheid",
        "description": (
            "De inwoner als maatstaf: merkbaar resultaat, vertrouwen en "
            "dienstverlening die niet stopt bij de grens van een bestuurslaag."
        ),
    },
    {
        "slug": "geld-en-middelen",
        "name": "Geld en middelen",
        "description": (
            "Financiële verhoudingen, budgetten en capaciteit: wie betaalt wat, "
            "en hoe voorkom je dat geld de samenwerking blokkeert?"
        ),
    },
    {
        "slug": "leren-en-reflecteren",
        "name": "Leren en reflecteren",
        "description": (
            "Evalueren, terugkijken en bijsturen. Omdat er altijd dingen "
            "misgaan, is leren een vast onderdeel van het werk."
        ),
    },
]

# ---------------------------------------------------------------------------
# Organisations (real public bodies) and people (fictional)
# ---------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "key": "bzk",
        "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "layer": "rijk",
        "website": "https://www.rijksoverheid.nl",
    },
    {
        "key": "szw",
        "name": "Ministerie van Sociale Zaken en Werkgelegenheid",
        "layer": "rijk",
        "website": "https://www.rijksoverheid.nl",
    },
    {
        "key": "kgg",
        "name": "Ministerie van Klimaat en Groene Groei",
        "layer": "rijk",
        "website": "https://www.rijksoverheid.nl",
    },
    {
        "key": "lvvn",
        "name": "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "layer": "rijk",
        "website": "https://www.rijksoverheid.nl",
    },
    {
        "key": "ez",
        "name": "Ministerie van Economische Zaken",
        "layer": "rijk",
        "website": "https://www.rijksoverheid.nl",
    },
    {
        "key": "gelderland",
        "name": "Provincie Gelderland",
        "layer": "provincie",
        "website": "https://www.gelderland.nl",
    },
    {
        "key": "noord-brabant",
        "name": "Provincie Noord-Brabant",
        "layer": "provincie",
        "website": "https://www.brabant.nl",
    },
    {
        "key": "provincie-groningen",
        "name": "Provincie Groningen",
        "layer": "provincie",
        "website": "https://www.provinciegroningen.nl",
    },
    {
        "key": "noord-holland",
        "name": "Provincie Noord-Holland",
        "layer": "provincie",
        "website": "https://www.noord-holland.nl",
    },
    {
        "key": "winterswijk",
        "name": "Gemeente Winterswijk",
        "layer": "gemeente",
        "website": "https://www.winterswijk.nl",
    },
    {
        "key": "doetinchem",
        "name": "Gemeente Doetinchem",
        "layer": "gemeente",
        "website": "https://www.doetinchem.nl",
    },
    {
        "key": "breda",
        "name": "Gemeente Breda",
        "layer": "gemeente",
        "website": "https://www.breda.nl",
    },
    {
        "key": "roosendaal",
        "name": "Gemeente Roosendaal",
        "layer": "gemeente",
        "website": "https://www.roosendaal.nl",
    },
    {
        "key": "gemeente-groningen",
        "name": "Gemeente Groningen",
        "layer": "gemeente",
        "website": "https://gemeente.groningen.nl",
    },
    {
        "key": "eemsdelta",
        "name": "Gemeente Eemsdelta",
        "layer": "gemeente",
        "website": "https://www.eemsdelta.nl",
    },
    {
        "key": "amsterdam",
        "name": "Gemeente Amsterdam",
        "layer": "gemeente",
        "website": "https://www.amsterdam.nl",
    },
    {
        "key": "zaanstad",
        "name": "Gemeente Zaanstad",
        "layer": "gemeente",
        "website": "https://www.zaanstad.nl",
    },
    {
        "key": "rijn-en-ijssel",
        "name": "Waterschap Rijn en IJssel",
        "layer": "waterschap",
        "website": "https://www.wrij.nl",
    },
    {
        "key": "brabantse-delta",
        "name": "Waterschap Brabantse Delta",
        "layer": "waterschap",
        "website": "https://www.brabantsedelta.nl",
    },
    {
        "key": "noorderzijlvest",
        "name": "Waterschap Noorderzijlvest",
        "layer": "waterschap",
        "website": "https://www.noorderzijlvest.nl",
    },
    {
        "key": "amstel-gooi-vecht",
        "name": "Waterschap Amstel, Gooi en Vecht",
        "layer": "waterschap",
        "website": "https://www.agv.nl",
    },
    {
        "key": "vng",
        "name": "VNG",
        "layer": "overig",
        "website": "https://vng.nl",
    },
    {
        "key": "ipo",
        "name": "IPO",
        "layer": "overig",
        "website": "https://www.ipo.nl",
    },
    {
        "key": "uvw",
        "name": "Unie van Waterschappen",
        "layer": "overig",
        "website": "https://unievanwaterschappen.nl",
    },
    {
        "key": "nsob",
        "name": "NSOB",
        "layer": "overig",
        "website": "https://www.nsob.nl",
    },
    {
        "key": "rob",
        "name": "Raad voor het Openbaar Bestuur",
        "layer": "overig",
        "website": "https://www.raadopenbaarbestuur.nl",
    },
]

PEOPLE = [
    {
        "key": "anouk-verhoef",
        "name": "Anouk Verhoef",
        "role": "Programmadirecteur Interbestuurlijk Programma",
        "organisation": "bzk",
    },
    {
        "key": "hester-oldenkamp",
        "name": "Hester Oldenkamp",
        "role": "Directeur Klimaat en Energie in de Regio",
        "organisation": "kgg",
    },
    {
        "key": "ruben-tjoa",
        "name": "Ruben Tjoa",
        "role": "Programmamanager Wonen en Ruimte",
        "organisation": "bzk",
    },
    {
        "key": "femke-scheltema",
        "name": "Femke Scheltema",
        "role": "Strategisch adviseur regionale economie",
        "organisation": "noord-brabant",
    },
    {
        "key": "gerrit-jan-wolters",
        "name": "Gerrit-Jan Wolters",
        "role": "Programmaleider Vitaal Platteland",
        "organisation": "gelderland",
    },
    {
        "key": "yasmina-el-amrani",
        "name": "Yasmina el Amrani",
        "role": "Senior beleidsadviseur sociaal domein",
        "organisation": "vng",
    },
    {
        "key": "bart-lommerse",
        "name": "Bart Lommerse",
        "role": "Kwartiermaker Brede Schuldenaanpak",
        "organisation": "szw",
    },
    {
        "key": "ingrid-boschma",
        "name": "Ingrid Boschma",
        "role": "Programmadirecteur Inburgering en Integratie",
        "organisation": "szw",
    },
    {
        "key": "monique-harmsen",
        "name": "Monique Harmsen",
        "role": "Directeur Democratie en Bestuur",
        "organisation": "bzk",
    },
    {
        "key": "pieter-scholten",
        "name": "Pieter Scholten",
        "role": "Coördinator financiële verhoudingen",
        "organisation": "ipo",
    },
    {
        "key": "koen-dijkhuis",
        "name": "Koen Dijkhuis",
        "role": "Senior adviseur bestuur en organisatie",
        "organisation": "uvw",
    },
    {
        "key": "marleen-hofstede",
        "name": "Marleen Hofstede",
        "role": "Hoogleraar publiek leiderschap",
        "organisation": "nsob",
    },
    {
        "key": "joost-wiersma",
        "name": "Joost Wiersma",
        "role": "Senior onderzoeker",
        "organisation": "nsob",
    },
    {
        "key": "hanneke-brinkhuis",
        "name": "Hanneke Brinkhuis",
        "role": "Senior adviseur",
        "organisation": "rob",
    },
    {
        "key": "henk-reinders",
        "name": "Henk Reinders",
        "role": "Gemeentesecretaris",
        "organisation": "winterswijk",
    },
    {
        "key": "sabine-luttikhuis",
        "name": "Sabine Luttikhuis",
        "role": "Strategisch adviseur omgeving",
        "organisation": "rijn-en-ijssel",
    },
    {
        "key": "karin-de-haan",
        "name": "Karin de Haan",
        "role": "Programmamanager regionale samenwerking",
        "organisation": "breda",
    },
    {
        "key": "aafke-bosma",
        "name": "Aafke Bosma",
        "role": "Programmamanager Perspectief Groningen",
        "organisation": "provincie-groningen",
    },
    {
        "key": "sietse-veenstra",
        "name": "Sietse Veenstra",
        "role": "Gebiedsregisseur",
        "organisation": "eemsdelta",
    },
    {
        "key": "noor-bouzidi",
        "name": "Noor Bouzidi",
        "role": "Projectleider vroegsignalering schulden",
        "organisation": "amsterdam",
    },
    {
        "key": "dennis-kramer",
        "name": "Dennis Kramer",
        "role": "Omgevingsmanager klimaatadaptatie",
        "organisation": "amstel-gooi-vecht",
    },
    {
        "key": "lisa-van-rijswijk",
        "name": "Lisa van Rijswijk",
        "role": "Teamleider werk en inkomen",
        "organisation": "zaanstad",
    },
    {
        "key": "wouter-claassen",
        "name": "Wouter Claassen",
        "role": "Beleidsadviseur informatievoorziening",
        "organisation": "doetinchem",
    },
    {
        "key": "esther-nijland",
        "name": "Esther Nijland",
        "role": "Hoofdredacteur Overheid van Nu",
        "organisation": "bzk",
    },
]

# ---------------------------------------------------------------------------
# The seven certainties of the IBP approach
# ---------------------------------------------------------------------------

CERTAINTIES = [
    {
        "number": 1,
        "title": "Centraal staat het oplossen van een maatschappelijke opgave",
        "text": (
            "Niet de eigen organisatie, bevoegdheid of begroting is het "
            "vertrekpunt, maar het probleem dat inwoners en ondernemers ervaren. "
            "Wie die opgave scherp voor ogen houdt, vindt makkelijker de weg "
            "langs regels en structuren die niet op samenwerking zijn ingericht."
        ),
    },
    {
        "number": 2,
        "title": "Een gezamenlijke opgave pakken we gezamenlijk op",
        "text": (
            "Geen enkele bestuurslaag lost een grote maatschappelijke opgave in "
            "z'n eentje op. Rijk, provincies, gemeenten en waterschappen brengen "
            "ieder hun eigen kennis, middelen en bevoegdheden in, en nemen samen "
            "verantwoordelijkheid voor het resultaat."
        ),
    },
    {
        "number": 3,
        "title": "Ken je opgave",
        "text": (
            "Samenwerken begint met een gedeeld beeld van het vraagstuk: wat is "
            "er aan de hand, voor wie, en wat weten we nog niet? Investeer in "
            "gezamenlijke analyse en in het leren kennen van elkaars belangen "
            "voordat je over oplossingen praat."
        ),
    },
    {
        "number": 4,
        "title": "Samen werken vergt tijd",
        "text": (
            "Vertrouwen, een gemeenschappelijke taal en werkbare afspraken "
            "ontstaan niet in één overleg. Reken die tijd mee in planningen en "
            "verwachtingen, ook richting bestuurders die snel resultaat willen "
            "zien."
        ),
    },
    {
        "number": 5,
        "title": "Communiceer de gezamenlijke opbrengst",
        "text": (
            "Resultaten van interbestuurlijke samenwerking zijn vaak onzichtbaar "
            "of worden door één partij geclaimd. Vertel samen wat er bereikt is, "
            "zodat iedereen de waarde van de samenwerking ziet en erin blijft "
            "investeren."
        ),
    },
    {
        "number": 6,
        "title": "Eigen huis op orde",
        "text": (
            "Een betrouwbare partner heeft intern mandaat, capaciteit en "
            "draagvlak georganiseerd. Zorg dat wat je aan tafel afspreekt ook in "
            "je eigen organisatie landt, van bestuurder tot uitvoering."
        ),
    },
    {
        "number": 7,
        "title": "Er gaan altijd dingen mis, blijf leren!",
        "text": (
            "Interbestuurlijk werken is complex en fouten zijn onvermijdelijk. "
            "Bespreek wat misgaat openlijk, zonder schuldvraag, en bouw vaste "
            "momenten in om terug te kijken en bij te sturen."
        ),
    },
]

# ---------------------------------------------------------------------------
# About pages
# ---------------------------------------------------------------------------

ABOUT_PAGES = {
    "over": {
        "title": "Over Overheid van Nu",
        "intro": (
            "Overheid van Nu is het kennisplatform voor professionals die over "
            "de grenzen van bestuurslagen heen werken aan maatschappelijke "
            "opgaven."
        ),
        "body": [
            "Rijk, provincies, gemeenten en waterschappen staan samen voor "
            "vraagstukken die geen van hen alleen kan oplossen: de "
            "energietransitie, de woningbouwopgave, de aanpak van "
            "problematische schulden, een vitaal platteland. Het "
            "Interbestuurlijk Programma (IBP), gestart op 14 februari 2018, "
            "bundelt die vraagstukken in tien opgaven waarop de overheden "
            "samen optrekken.",
            "Overheid van Nu verzamelt wat professionals daarbij leren. Je "
            "vindt hier praktijkverhalen uit de regio, essays van onderzoekers "
            "en adviesraden, korte tips voor je dagelijkse werk en een agenda "
            "met leerateliers, webinars en talkshows. Alles is te filteren op "
            "opgave, regio, thema en niveau van leren: het individu, de "
            "organisatie en het netwerk.",
            "We volgen vier regio's van dichtbij: West-Brabant, de Achterhoek, "
            "Groningen en de Metropoolregio Amsterdam. Daar zien we hoe "
            "opgaven elkaar raken en hoe samenwerking in de praktijk uitpakt, "
            "met successen en met tegenslagen.",
            "De redactie werkt onafhankelijk binnen het programma en bestaat "
            "uit professionals van verschillende bestuurslagen. Heb je een "
            "verhaal, een vraag of een correctie? Mail naar "
            "redactie@overheidvannu.example.",
        ],
    },
    "aanpak": {
        "title": "Onze aanpak",
        "intro": (
            "Interbestuurlijk werken leer je niet uit een handboek. Het IBP "
            "werkt met zeven zekerheden en drie niveaus van leren."
        ),
        "body": [
            "De zeven zekerheden zijn geen regels maar houvast: inzichten die "
            "in vrijwel elke interbestuurlijke samenwerking terugkomen. Ze "
            "beginnen bij de maatschappelijke opgave zelf en eindigen bij de "
            "erkenning dat er altijd dingen misgaan, en dat je daarvan kunt "
            "leren.",
            "Leren gebeurt op drie niveaus tegelijk. Op het niveau van het "
            "individu gaat het om vakmanschap en leiderschap: hoe beweeg je je "
            "als professional tussen bestuurslagen? Op het niveau van de "
            "organisatie gaat het om werkprocessen, cultuur en structuur die "
            "samenwerking ondersteunen. En op het niveau van het netwerk gaat "
            "het om systeemleren: governance, regelgeving en de bestuurlijke "
            "en financiële verhoudingen tussen overheden.",
            "Alle verhalen, essays, tips en evenementen op dit platform zijn "
            "gekoppeld aan een of meer niveaus. Zo kun je gericht zoeken naar "
            "wat jij, jouw organisatie of jullie samenwerkingsverband verder "
            "helpt.",
        ],
    },
    "toegankelijkheid": {
        "title": "Toegankelijkheidsverklaring",
        "intro": ("Overheid van Nu wil dat iedereen deze website kan gebruiken, ook mensen met een beperking."),
        "body": [
            "Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties "
            "streeft ernaar de website overheidvannu.example toegankelijk te "
            "maken in overeenstemming met het Besluit digitale toegankelijkheid "
            "overheid. Deze verklaring is van toepassing op de website "
            "overheidvannu.example, inclusief de kennisbank, de opgave- en "
            "regiopagina's en de agenda.",
            "Ambitie: de website voldoet aan de Web Content Accessibility "
            "Guidelines (WCAG) 2.1 op niveau AA, zoals vastgelegd in de "
            "Europese norm EN 301 549. Toegankelijkheid nemen we mee bij elke "
            "aanpassing van de website, vanaf het ontwerp tot en met de "
            "publicatie van nieuwe inhoud.",
            "Nalevingsstatus: de website voldoet gedeeltelijk aan de eisen. "
            "Bij sommige oudere documenten (pdf-bestanden van essays) en bij "
            "opnames van webinars van vóór 2025 ontbreken nog volledige "
            "ondertiteling of toegankelijke tagging. We werken deze onderdelen "
            "bij; nieuwe publicaties en opnames worden direct toegankelijk "
            "aangeboden.",
            "Zo hebben we getest: de website is onderzocht met geautomatiseerde "
            "controles op alle paginatypes en met handmatige tests door "
            "ervaringsdeskundigen, met alleen een toetsenbord, met een "
            "schermlezer (NVDA en VoiceOver) en met 400 procent vergroting. "
            "De laatste volledige toets aan WCAG 2.1 AA vond plaats in het "
            "najaar van 2026.",
            "Probleem melden: loop je tegen een toegankelijkheidsprobleem aan, "
            "of heb je een document nodig in een andere vorm? Mail naar "
            "redactie@overheidvannu.example en beschrijf op welke pagina het "
            "probleem zich voordoet. Je ontvangt binnen vijf werkdagen een "
            "ontvangstbevestiging en binnen drie weken een inhoudelijke "
            "reactie.",
            "Ben je niet tevreden over hoe je melding is afgehandeld, dan kun "
            "je een klacht indienen bij de Nationale ombudsman.",
        ],
    },
    "privacy": {
        "title": "Privacy",
        "intro": (
            "Deze website verzamelt zo min mogelijk gegevens. Je kunt alles "
            "lezen, zoeken en filteren zonder dat we je volgen."
        ),
        "body": [
            "Geen cookies: de publieke website plaatst geen cookies, ook geen "
            "analytische of functionele. Alleen redacteuren die inloggen op "
            "de beheeromgeving krijgen een sessiecookie, dat nodig is om in te "
            "loggen.",
            "Geen tracking en geen diensten van derden: we gebruiken geen "
            "bezoekersstatistieken van externe partijen, geen advertenties, "
            "geen ingesloten video's van videoplatforms, geen externe "
            "lettertypen en geen sociale-mediaknoppen. Alle bestanden worden "
            "vanaf onze eigen server geladen.",
            "Serverlogboeken: om de website veilig en beschikbaar te houden "
            "registreert de webserver technische gegevens, zoals het "
            "opgevraagde adres, het tijdstip en een ingekort IP-adres. Deze "
            "logboeken bewaren we maximaal veertien dagen en gebruiken we "
            "uitsluitend voor beveiliging en het oplossen van storingen.",
            "Aanmelden voor evenementen: aanmelden voor een leeratelier, "
            "webinar of talkshow verloopt via een apart formulier. De gegevens "
            "die je daar invult gebruiken we alleen voor dat evenement en we "
            "verwijderen ze uiterlijk drie maanden na afloop.",
            "Vragen over privacy of je rechten? Mail naar "
            "redactie@overheidvannu.example. Je kunt ook contact opnemen met "
            "de functionaris voor gegevensbescherming van het ministerie, of "
            "een klacht indienen bij de Autoriteit Persoonsgegevens.",
        ],
    },
}

# ---------------------------------------------------------------------------
# Muted, accessible colours for generated listing images (RGB)
# ---------------------------------------------------------------------------

IMAGE_PALETTE = [
    (21, 66, 115),  # deep blue
    (39, 99, 87),  # pine green
    (122, 59, 46),  # brick
    (88, 64, 120),  # muted violet
    (46, 84, 96),  # slate teal
    (125, 90, 30),  # ochre
    (74, 85, 104),  # blue grey
    (105, 52, 82),  # plum
]

# ---------------------------------------------------------------------------
# The ten opgaven of the Interbestuurlijk Programma (in official order)
# ---------------------------------------------------------------------------

OPGAVEN = [
    {
        "slug": "samen-aan-de-slag-voor-het-klimaat",
        "title": "Samen aan de slag voor het klimaat",
        "intro": (
            "Rijk, provincies, gemeenten en waterschappen werken samen aan "
            "minder uitstoot, een klimaatbestendige leefomgeving en een "
            "energietransitie die iedereen kan meemaken."
        ),
        "problem": [
            "De klimaatdoelen vragen om ingrijpende veranderingen in wijken, "
            "op bedrijventerreinen en in het landelijk gebied. Warmtenetten, "
            "zonneparken, windturbines en een zwaarder belast stroomnet komen "
            "samen in dezelfde ruimte, waar ook woningbouw, landbouw en natuur "
            "om plek vragen.",
            "Tegelijk verandert het klimaat al. Hevige buien, droogte en "
            "hittestress vragen om een andere inrichting van straten, polders "
            "en beekdalen. Waterschappen, gemeenten en provincies hebben ieder "
            "een deel van de bevoegdheden, maar het watersysteem houdt zich "
            "niet aan bestuurlijke grenzen.",
            "De grootste uitdaging zit in de uitvoering: voldoende "
            "vakmensen, netcapaciteit en draagvlak bij inwoners. Regionale "
            "energiestrategieën laten zien dat samenwerken kan, maar ook dat "
            "afspraken pas waarde krijgen als ze lokaal landen.",
        ],
        "commitments": [
            "Regionale energiestrategieën worden gezamenlijk uitgewerkt en periodiek herijkt.",
            "Rijk en medeoverheden maken afspraken over uitvoeringskracht en de bekostiging daarvan.",
            "Klimaatadaptatie krijgt een vaste plek in ruimtelijke plannen van alle bestuurslagen.",
            "Kennis over netcongestie wordt gedeeld via één interbestuurlijk kennisnetwerk.",
        ],
        "lead": "hester-oldenkamp",
        "lead_quote": (
            "De energietransitie wordt niet in Den Haag gewonnen, maar in de straat, op het erf en in de gemeenteraad."
        ),
        "contact_email": "klimaat@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 5, 14),
                "title": "Herijking regionale energiestrategieën gestart",
                "text": (
                    "Alle dertig energieregio's zijn begonnen met een "
                    "herijking van hun strategie, met extra aandacht voor "
                    "netcapaciteit en ruimtelijke inpassing."
                ),
            },
            {
                "date": date(2025, 2, 3),
                "title": "Kennisnetwerk netcongestie live",
                "text": (
                    "Provincies, netbeheerders en gemeenten delen in één "
                    "netwerk hoe zij omgaan met wachtrijen op het stroomnet."
                ),
            },
            {
                "date": date(2026, 3, 19),
                "title": "Afspraken over uitvoeringskracht",
                "text": (
                    "Rijk en medeoverheden hebben afspraken gemaakt over "
                    "structurele middelen voor de uitvoering van het "
                    "klimaatbeleid na 2026."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Netcongestie remt lokale projecten",
                "description": (
                    "In veel regio's kunnen nieuwe zonneparken en "
                    "bedrijven niet op het stroomnet worden aangesloten, "
                    "waardoor gemaakte afspraken stil komen te liggen."
                ),
                "status": "in_behandeling",
            },
            {
                "title": "Tekort aan technisch personeel",
                "description": (
                    "Gemeenten en waterschappen vinden moeilijk "
                    "projectleiders en technische specialisten voor de "
                    "uitvoering."
                ),
                "status": "open",
            },
        ],
        "crossovers": [
            "naar-een-vitaal-platteland",
            "regionale-economie-als-versneller",
            "toekomstbestendig-wonen",
        ],
    },
    {
        "slug": "toekomstbestendig-wonen",
        "title": "Toekomstbestendig wonen",
        "intro": (
            "Genoeg betaalbare en duurzame woningen in leefbare wijken, "
            "gebouwd op plekken die ook over vijftig jaar nog kloppen."
        ),
        "problem": [
            "Het woningtekort raakt starters, ouderen, statushouders en "
            "mensen met een middeninkomen. Woningbouw versnellen vraagt om "
            "snelle procedures, beschikbare grond en bouwcapaciteit, terwijl "
            "ruimte schaars is en bouwkosten zijn gestegen.",
            "Waar je bouwt is minstens zo belangrijk als hoeveel. Wonen "
            "raakt aan bereikbaarheid, waterveiligheid, bodemdaling, natuur "
            "en voorzieningen in dorpen en wijken. Die afwegingen vragen om "
            "regionale woondeals waarin gemeenten, provincie en Rijk samen "
            "keuzes maken.",
        ],
        "commitments": [
            "Elke regio heeft een woondeal met concrete afspraken over aantallen, betaalbaarheid en locaties.",
            "Water en bodem worden sturend bij de keuze van woningbouwlocaties.",
            "Rijk en medeoverheden zetten gezamenlijke flexpools in om procedures te versnellen.",
        ],
        "lead": "ruben-tjoa",
        "lead_quote": (
            "Een woning is pas toekomstbestendig als de wijk eromheen dat ook "
            "is: met water, groen, werk en een bushalte."
        ),
        "contact_email": "wonen@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 9, 26),
                "title": "Woondeals in alle regio's getekend",
                "text": (
                    "In iedere woondealregio liggen nu afspraken over aantallen en het aandeel betaalbare woningen."
                ),
            },
            {
                "date": date(2025, 11, 12),
                "title": "Eerste monitor betaalbaarheid",
                "text": (
                    "Een gezamenlijke monitor laat per regio zien hoe de bouw van betaalbare woningen zich ontwikkelt."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Lange doorlooptijd van bezwaar en beroep",
                "description": (
                    "Procedures bij grotere woningbouwprojecten duren vaak jaren, waardoor ontwikkelaars afhaken."
                ),
                "status": "in_behandeling",
            },
            {
                "title": "Financiering van bovenplanse kosten",
                "description": (
                    "Voor wegen, scholen en groen rond nieuwe wijken ontbrak een sluitende financieringsafspraak."
                ),
                "status": "opgelost",
            },
        ],
        "crossovers": [
            "passende-financiele-verhoudingen",
            "nederland-en-migrant-goed-voorbereid",
        ],
    },
    {
        "slug": "regionale-economie-als-versneller",
        "title": "Regionale economie als versneller",
        "intro": (
            "Sterke regionale economieën zijn de motor van brede welvaart; "
            "overheden bundelen hun instrumenten om die motor te laten "
            "draaien."
        ),
        "problem": [
            "Regio's verschillen sterk in economische kracht, "
            "bereikbaarheid en arbeidsmarkt. Waar de ene regio kampt met "
            "krapte op de arbeidsmarkt en ruimtegebrek, heeft de andere te "
            "maken met vertrek van jongeren en sluiting van voorzieningen.",
            "Instrumenten van Rijk, provincie en gemeenten lopen nog vaak "
            "langs elkaar: subsidies met verschillende voorwaarden, "
            "programma's met eigen looptijden en verantwoordingseisen. "
            "Regiodeals laten zien hoe het anders kan, maar zijn tijdelijk.",
            "Brede welvaart vraagt bovendien meer dan groei. Het gaat ook om "
            "gezondheid, onderwijs, een schone leefomgeving en kansen voor "
            "iedereen in de regio.",
        ],
        "commitments": [
            "Regiodeals worden geëvalueerd en de lessen worden vertaald naar structurele samenwerking.",
            "Rijk en regio ontwikkelen samen een dashboard voor brede welvaart per regio.",
            "Arbeidsmarktregio's en economische regio's worden beter op elkaar afgestemd.",
        ],
        "lead": "femke-scheltema",
        "lead_quote": (
            "Een regiodeal is geen zak geld, het is een belofte om tien jaar "
            "lang samen aan dezelfde kant van de tafel te zitten."
        ),
        "contact_email": "economie@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 3, 7),
                "title": "Evaluatie regiodeals gepubliceerd",
                "text": (
                    "De evaluatie laat zien dat regiodeals vooral waarde "
                    "hebben voor de samenwerking zelf, meer dan voor losse "
                    "projecten."
                ),
            },
            {
                "date": date(2025, 6, 18),
                "title": "Dashboard brede welvaart in gebruik",
                "text": (
                    "Regio's kunnen hun ontwikkeling nu vergelijken op "
                    "indicatoren voor welvaart, gezondheid en leefomgeving."
                ),
            },
            {
                "date": date(2026, 9, 10),
                "title": "Verkenning structurele regiofinanciering",
                "text": (
                    "Een gezamenlijke werkgroep verkent hoe tijdelijke "
                    "regiodeals kunnen overgaan in structurele afspraken."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Versnipperde subsidievoorwaarden",
                "description": (
                    "Regio's moeten voor één project vaak meerdere regelingen combineren, elk met eigen verantwoording."
                ),
                "status": "open",
            },
        ],
        "crossovers": [
            "naar-een-vitaal-platteland",
            "merkbaar-beter-in-het-sociaal-domein",
        ],
    },
    {
        "slug": "naar-een-vitaal-platteland",
        "title": "Naar een vitaal platteland",
        "intro": (
            "Een landelijk gebied met perspectief voor boeren, bewoners en "
            "natuur, waar stikstof, water en leefbaarheid in samenhang worden "
            "aangepakt."
        ),
        "problem": [
            "Het landelijk gebied staat voor een stapeling van opgaven: "
            "stikstofreductie, waterkwaliteit, bodemdaling, natuurherstel en "
            "klimaatadaptatie. Voor veel agrariërs is onduidelijk wat dit "
            "betekent voor hun bedrijf en hun toekomst.",
            "Tegelijk staan voorzieningen in kleine kernen onder druk. "
            "Scholen, huisartsen en buslijnen verdwijnen, terwijl dorpen "
            "juist veel eigen kracht hebben. Een gebiedsgerichte aanpak "
            "vraagt dat Rijk, provincie, gemeenten en waterschap met één "
            "stem spreken aan de keukentafel.",
        ],
        "commitments": [
            "Provincies stellen samen met gemeenten en waterschappen gebiedsprogramma's op.",
            "Agrariërs krijgen één aanspreekpunt voor vragen over stikstof, water en natuur.",
            "Leefbaarheid van kleine kernen wordt onderdeel van elke gebiedsgerichte aanpak.",
            "Het Rijk biedt langjarige zekerheid over middelen voor gebiedsprocessen.",
        ],
        "lead": "gerrit-jan-wolters",
        "lead_quote": (
            "Aan de keukentafel wil een boer niet horen welke overheid "
            "waarover gaat. Hij wil weten waar hij over tien jaar staat."
        ),
        "contact_email": "platteland@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 7, 1),
                "title": "Gebiedsprogramma's ingediend",
                "text": (
                    "Alle provincies hebben hun gebiedsprogramma's "
                    "ingediend, opgesteld met gemeenten, waterschappen en "
                    "gebiedspartners."
                ),
            },
            {
                "date": date(2025, 4, 22),
                "title": "Erfbetreders trainen samen",
                "text": (
                    "Adviseurs van provincies, waterschappen en gemeenten "
                    "volgen een gezamenlijke leergang voor het gesprek aan "
                    "de keukentafel."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Onzekerheid over langjarige middelen",
                "description": (
                    "Gebiedsprocessen lopen meer dan tien jaar, terwijl "
                    "budgetten vaak per kabinetsperiode worden vastgesteld."
                ),
                "status": "open",
            },
            {
                "title": "Vergunningverlening loopt vast",
                "description": (
                    "Zonder stikstofruimte liggen vergunningen voor verduurzaming van boerenbedrijven stil."
                ),
                "status": "in_behandeling",
            },
        ],
        "crossovers": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
        ],
    },
    {
        "slug": "merkbaar-beter-in-het-sociaal-domein",
        "title": "Merkbaar beter in het sociaal domein",
        "intro": (
            "Inwoners die ondersteuning nodig hebben, merken dat jeugdzorg, "
            "Wmo, werk en inkomen als één geheel voor hen werken."
        ),
        "problem": [
            "Sinds de decentralisaties van 2015 zijn gemeenten "
            "verantwoordelijk voor jeugdzorg, maatschappelijke ondersteuning "
            "en participatie. De bedoeling was zorg dichtbij en in "
            "samenhang, maar inwoners lopen nog vaak vast tussen loketten, "
            "wetten en financieringsstromen.",
            "Gemeenten ervaren tekorten en stijgende vraag, terwijl het Rijk "
            "de stelselverantwoordelijkheid houdt. Dat maakt het sociaal "
            "domein tot een opgave die alleen samen op te lossen is: met "
            "heldere rollen, voldoende middelen en ruimte voor maatwerk.",
            "Merkbaar beter betekent dat het verschil zichtbaar is in het "
            "leven van mensen, niet alleen in beleidsnota's.",
        ],
        "commitments": [
            "Rijk en gemeenten werken de hervormingsagenda jeugd gezamenlijk uit.",
            "Wetten in het sociaal domein worden getoetst op uitvoerbaarheid voor gemeenten.",
            "Maatwerk over wetten heen wordt eenvoudiger gemaakt met een doorbraakmethode.",
        ],
        "lead": "yasmina-el-amrani",
        "lead_quote": (
            "Als een gezin vijf hulpverleners en drie plannen heeft, is het stelsel aan het woord en niet het gezin."
        ),
        "contact_email": "sociaaldomein@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 1, 30),
                "title": "Doorbraakteams in twaalf gemeenten",
                "text": ("Teams die vastgelopen situaties over wetten heen oplossen, werken nu in twaalf gemeenten."),
            },
            {
                "date": date(2025, 10, 8),
                "title": "Uitvoeringstoets verplicht onderdeel",
                "text": (
                    "Nieuwe regelgeving in het sociaal domein krijgt een verplichte uitvoeringstoets met gemeenten."
                ),
            },
            {
                "date": date(2026, 6, 24),
                "title": "Tussenbalans hervormingsagenda",
                "text": ("Rijk en gemeenten maken samen de balans op van twee jaar hervormingsagenda jeugd."),
            },
        ],
        "bottlenecks": [
            {
                "title": "Regionale inkoop jeugdzorg",
                "description": (
                    "Specialistische jeugdzorg wordt nog niet overal "
                    "regionaal ingekocht, waardoor aanbieders met tientallen "
                    "contracten werken."
                ),
                "status": "in_behandeling",
            },
        ],
        "crossovers": [
            "problematische-schulden-voorkomen-en-oplossen",
            "nederland-en-migrant-goed-voorbereid",
            "passende-financiele-verhoudingen",
        ],
    },
    {
        "slug": "problematische-schulden-voorkomen-en-oplossen",
        "title": "Problematische schulden voorkomen en oplossen",
        "intro": (
            "Minder mensen in de schulden, sneller hulp voor wie er toch in "
            "terechtkomt, en een overheid die zelf geen schulden verergert."
        ),
        "problem": [
            "Honderdduizenden huishoudens hebben problematische schulden. "
            "Schulden leiden tot stress, gezondheidsklachten en uitval op "
            "werk of school. Vaak zoeken mensen pas hulp als de problemen al "
            "jaren bestaan.",
            "Overheden zijn zelf ook schuldeiser: Belastingdienst, CJIB, "
            "gemeenten en waterschappen innen allemaal geld. Zonder "
            "afstemming kunnen zij schulden juist laten oplopen. "
            "Vroegsignalering en een menselijke invordering vragen dat "
            "overheden samenwerken en gegevens zorgvuldig delen.",
        ],
        "commitments": [
            "Vroegsignalering van betalingsachterstanden is in alle gemeenten ingevoerd.",
            "Publieke schuldeisers stemmen invordering op elkaar af en houden rekening met de beslagvrije voet.",
            "Schuldhulpverlening wordt laagdrempeliger en sneller toegankelijk.",
            "Er komt één aanspreekpunt voor mensen met schulden bij meerdere overheden.",
        ],
        "lead": "bart-lommerse",
        "lead_quote": ("De overheid moet niet de grootste schuldeiser zijn, maar de eerste die helpt."),
        "contact_email": "schulden@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 4, 11),
                "title": "Vroegsignalering landelijk dekkend",
                "text": (
                    "Alle gemeenten ontvangen nu signalen van "
                    "woningcorporaties, energie- en drinkwaterbedrijven en "
                    "zorgverzekeraars."
                ),
            },
            {
                "date": date(2025, 9, 2),
                "title": "Afspraken publieke schuldeisers",
                "text": (
                    "Rijk, gemeenten en waterschappen spreken een "
                    "gezamenlijke werkwijze af voor invordering bij mensen "
                    "met schulden."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Gegevensdeling tussen schuldeisers",
                "description": (
                    "Publieke schuldeisers kunnen niet altijd zien dat een inwoner al in een schuldhulptraject zit."
                ),
                "status": "in_behandeling",
            },
            {
                "title": "Wachttijden schuldhulpverlening",
                "description": (
                    "In sommige gemeenten liepen wachttijden op tot meer dan "
                    "acht weken; met extra capaciteit zijn die weer "
                    "teruggebracht."
                ),
                "status": "opgelost",
            },
        ],
        "crossovers": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
        ],
    },
    {
        "slug": "nederland-en-migrant-goed-voorbereid",
        "title": "Nederland en migrant goed voorbereid",
        "intro": (
            "Nieuwkomers doen snel mee in de samenleving, en gemeenten, "
            "provincies en Rijk zijn voorbereid op schommelingen in de "
            "instroom."
        ),
        "problem": [
            "De opvang en huisvesting van asielzoekers en statushouders "
            "vraagt om snelle besluiten en goede spreiding over het land. "
            "Schommelingen in de instroom maken plannen lastig, terwijl "
            "gemeenten langjarige voorzieningen moeten organiseren.",
            "Meedoen begint bij taal, werk en een woning. Het "
            "inburgeringsstelsel legt de regie bij gemeenten, maar "
            "succes hangt af van werkgevers, onderwijs, COA en "
            "maatschappelijke organisaties. Ook arbeidsmigranten vragen om "
            "aandacht voor goede huisvesting en registratie.",
        ],
        "commitments": [
            "Rijk, provincies en gemeenten maken meerjarige afspraken over opvangcapaciteit.",
            "Statushouders starten direct met taal en werk, ook tijdens de wachttijd op een woning.",
            "Huisvesting van arbeidsmigranten wordt onderdeel van regionale woonafspraken.",
        ],
        "lead": "ingrid-boschma",
        "lead_quote": (
            "Inburgering slaagt niet op het gemeentehuis, maar op de werkvloer, in de klas en bij de buren."
        ),
        "contact_email": "migratie@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 2, 15),
                "title": "Regionale regietafels ingericht",
                "text": ("In elke provincie verdelen gemeenten samen de opgave voor opvang en huisvesting."),
            },
            {
                "date": date(2025, 5, 20),
                "title": "Leerroutes inburgering geëvalueerd",
                "text": ("Een tussenevaluatie laat zien dat combinaties van taal en werk het beste werken."),
            },
        ],
        "bottlenecks": [
            {
                "title": "Doorstroom naar woningen stokt",
                "description": (
                    "Statushouders blijven lang in opvanglocaties omdat er te weinig woningen beschikbaar zijn."
                ),
                "status": "open",
            },
        ],
        "crossovers": [],
    },
    {
        "slug": "goed-openbaar-bestuur-in-een-veranderende-samenleving",
        "title": "Goed openbaar bestuur in een veranderende samenleving",
        "intro": ("Een weerbare, betrouwbare en toegankelijke overheid die het vertrouwen van inwoners verdient."),
        "problem": [
            "Het vertrouwen van inwoners in de overheid staat onder druk. "
            "Affaires, trage afhandeling en onbegrijpelijke brieven "
            "versterken het beeld van een overheid die ver weg staat. "
            "Tegelijk worden volksvertegenwoordigers en bestuurders vaker "
            "bedreigd en is ondermijning een groeiend probleem.",
            "Goed bestuur vraagt om sterke gemeenteraden, provinciale "
            "staten en algemene besturen, om transparantie en om een "
            "overheid die fouten erkent en herstelt. Dat kan geen "
            "bestuurslaag alleen.",
        ],
        "commitments": [
            "Bestuurders en volksvertegenwoordigers krijgen betere ondersteuning bij weerbaarheid en veiligheid.",
            "Overheden versterken samen de aanpak van ondermijning.",
            "De positie van raads-, staten- en algemeen bestuursleden wordt versterkt.",
        ],
        "lead": "monique-harmsen",
        "lead_quote": (
            "Vertrouwen komt te voet en gaat te paard. Het komt terug als "
            "mensen merken dat de overheid doet wat ze zegt."
        ),
        "contact_email": "bestuur@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 6, 6),
                "title": "Netwerk weerbaar bestuur uitgebreid",
                "text": ("Ook waterschapsbestuurders kunnen nu terecht bij het netwerk voor weerbaar bestuur."),
            },
            {
                "date": date(2025, 12, 1),
                "title": "Regionale aanpak ondermijning geborgd",
                "text": ("De regionale informatie- en expertisecentra hebben structurele financiering gekregen."),
            },
            {
                "date": date(2026, 10, 15),
                "title": "Versterking lokale rekenkamers",
                "text": (
                    "Gemeenten en provincies werken aan een gezamenlijke standaard voor onafhankelijke rekenkamers."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Werkdruk bij raadsleden",
                "description": (
                    "Raadsleden in kleine gemeenten hebben weinig tijd en "
                    "ondersteuning voor complexe regionale dossiers."
                ),
                "status": "open",
            },
        ],
        "crossovers": ["overkoepelende-themas"],
    },
    {
        "slug": "passende-financiele-verhoudingen",
        "title": "Passende financiële verhoudingen",
        "intro": (
            "Taken, middelen en bevoegdheden van overheden sluiten op elkaar "
            "aan, zodat medeoverheden kunnen doen wat van hen wordt gevraagd."
        ),
        "problem": [
            "Gemeenten, provincies en waterschappen voeren steeds meer taken "
            "uit, maar hun inkomsten hangen grotendeels af van het Rijk. "
            "Schommelingen in het gemeentefonds maken meerjarig plannen "
            "lastig, en nieuwe taken komen niet altijd met passend geld.",
            "Tegelijk is het eigen belastinggebied van medeoverheden beperkt. "
            "Een goed gesprek over financiële verhoudingen gaat daarom niet "
            "alleen over bedragen, maar ook over stabiliteit, "
            "voorspelbaarheid en wie waarvoor verantwoordelijk is.",
        ],
        "commitments": [
            "Nieuwe taken worden alleen ingevoerd met een gezamenlijke raming van de uitvoeringskosten.",
            "Er komt een stabielere normeringssystematiek voor het gemeentefonds en provinciefonds.",
            "Rijk en medeoverheden verkennen samen een groter eigen belastinggebied.",
        ],
        "lead": "pieter-scholten",
        "lead_quote": ("Wie een taak geeft, geeft ook het geld en het vertrouwen om die taak goed uit te voeren."),
        "contact_email": "financien@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 10, 3),
                "title": "Nieuwe verdeling gemeentefonds",
                "text": (
                    "De herijkte verdeling van het gemeentefonds is in "
                    "stappen ingevoerd, met een ingroeipad voor gemeenten."
                ),
            },
            {
                "date": date(2026, 4, 9),
                "title": "Verkenning eigen belastinggebied",
                "text": (
                    "Een werkgroep van Rijk, VNG, IPO en Unie van "
                    "Waterschappen presenteert varianten voor een ruimer "
                    "eigen belastinggebied."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Ravijnjaar in de meerjarenraming",
                "description": (
                    "Gemeenten zagen in hun meerjarenraming een forse "
                    "daling van inkomsten, wat investeringen onzeker maakt."
                ),
                "status": "in_behandeling",
            },
            {
                "title": "Uitvoeringskosten nieuwe wetten",
                "description": ("Voor enkele nieuwe wetten ontbrak een gedeelde raming van de kosten voor gemeenten."),
                "status": "open",
            },
        ],
        "crossovers": ["overkoepelende-themas"],
    },
    {
        "slug": "overkoepelende-themas",
        "title": "Overkoepelende thema's",
        "intro": (
            "Wat alle opgaven nodig hebben: goede informatievoorziening, "
            "digitale samenwerking, vakmanschap en een lerende werkwijze."
        ),
        "problem": [
            "Veel knelpunten keren in elke opgave terug. Overheden kunnen "
            "gegevens niet eenvoudig delen, medewerkers kennen de andere "
            "bestuurslagen onvoldoende en er ontbreekt tijd om van ervaringen "
            "te leren.",
            "Overkoepelende thema's zijn daarom geen aparte opgave met een "
            "eigen doel, maar de randvoorwaarden waaronder de andere "
            "negen opgaven slagen: informatie, digitalisering, "
            "arbeidsmarkt en interbestuurlijk vakmanschap.",
        ],
        "commitments": [
            "Overheden werken aan gezamenlijke afspraken over gegevensuitwisseling.",
            "Er komt een interbestuurlijk leer- en ontwikkelprogramma voor professionals.",
            "Uitwisseling van medewerkers tussen bestuurslagen wordt gestimuleerd.",
        ],
        "lead": "koen-dijkhuis",
        "lead_quote": (
            "De beste investering in samenwerking is iemand die een jaar bij een andere overheid heeft gewerkt."
        ),
        "contact_email": "ibp@overheidvannu.example",
        "progress": [
            {
                "date": date(2024, 11, 21),
                "title": "Leergang interbestuurlijk werken gestart",
                "text": (
                    "De eerste groep professionals van alle bestuurslagen is begonnen aan een leergang van een jaar."
                ),
            },
            {
                "date": date(2025, 7, 3),
                "title": "Uitwisselingsprogramma uitgebreid",
                "text": (
                    "Medewerkers van waterschappen kunnen nu ook deelnemen "
                    "aan het uitwisselingsprogramma tussen bestuurslagen."
                ),
            },
        ],
        "bottlenecks": [
            {
                "title": "Juridische drempels bij gegevensdeling",
                "description": (
                    "Onduidelijkheid over grondslagen maakt dat overheden "
                    "gegevens voor gezamenlijke opgaven vaak niet delen."
                ),
                "status": "open",
            },
        ],
        "crossovers": [],
    },
]

# ---------------------------------------------------------------------------
# The four followed regions
# ---------------------------------------------------------------------------

REGIONS = [
    {
        "slug": "west-brabant",
        "title": "West-Brabant",
        "intro": (
            "Een regio van logistiek, landbouw en industrie, waar zestien "
            "gemeenten samen werken aan economie, zorg en een schoon gebied."
        ),
        "characterisation": [
            "West-Brabant ligt tussen de Randstad en Antwerpen en is een "
            "knooppunt van logistiek en industrie, met het havengebied "
            "Moerdijk als economische motor. Daarnaast kent de regio een "
            "sterke agrarische sector en vitale kernen op het platteland.",
            "De gemeenten werken samen in de Regio West-Brabant, met de "
            "provincie Noord-Brabant en waterschap Brabantse Delta als vaste "
            "partners. De regiodeal heeft de samenwerking een impuls gegeven, "
            "vooral op het gebied van arbeidsmarkt, gezondheid en de aanpak "
            "van ondermijning in het buitengebied.",
        ],
        "facts": [
            {"label": "Gemeenten", "value": "16"},
            {"label": "Inwoners", "value": "ruim 700.000"},
            {"label": "Provincie", "value": "Noord-Brabant"},
            {"label": "Waterschap", "value": "Brabantse Delta"},
            {"label": "Grootste gemeente", "value": "Breda"},
        ],
        "organisations": [
            "breda",
            "roosendaal",
            "noord-brabant",
            "brabantse-delta",
            "ez",
            "vng",
        ],
        "opgaven": [
            "regionale-economie-als-versneller",
            "merkbaar-beter-in-het-sociaal-domein",
            "problematische-schulden-voorkomen-en-oplossen",
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
        ],
    },
    {
        "slug": "achterhoek",
        "title": "Achterhoek",
        "intro": (
            "Acht gemeenten, één regio: de Achterhoek staat bekend om haar "
            "hechte samenwerking tussen overheden, ondernemers en inwoners."
        ),
        "characterisation": [
            "De Achterhoek is een landelijke regio in het oosten van "
            "Gelderland, met een sterke maakindustrie, veel familiebedrijven "
            "en een grote betrokkenheid van inwoners bij hun dorp. "
            "Vergrijzing en het vertrek van jongeren zijn al jaren "
            "onderwerp van gezamenlijke aanpak.",
            "De acht gemeenten werken samen met ondernemers, onderwijs en "
            "maatschappelijke organisaties in Regio Achterhoek. Met de "
            "provincie Gelderland en waterschap Rijn en IJssel werken zij aan "
            "de energietransitie, droogte op de zandgronden, betaalbaar wonen "
            "en de toekomst van het platteland.",
        ],
        "facts": [
            {"label": "Gemeenten", "value": "8"},
            {"label": "Inwoners", "value": "ruim 250.000"},
            {"label": "Provincie", "value": "Gelderland"},
            {"label": "Waterschap", "value": "Rijn en IJssel"},
            {"label": "Kenmerk", "value": "maakindustrie en familiebedrijven"},
        ],
        "organisations": [
            "winterswijk",
            "doetinchem",
            "gelderland",
            "rijn-en-ijssel",
            "lvvn",
        ],
        "opgaven": [
            "samen-aan-de-slag-voor-het-klimaat",
            "toekomstbestendig-wonen",
            "naar-een-vitaal-platteland",
        ],
    },
    {
        "slug": "groningen",
        "title": "Groningen",
        "intro": (
            "Na jaren van gaswinning en aardbevingen werken overheden in "
            "Groningen aan herstel van vertrouwen en een nieuw perspectief."
        ),
        "characterisation": [
            "De provincie Groningen draagt de gevolgen van decennia "
            "gaswinning: schade aan huizen, een langdurige "
            "versterkingsoperatie en een diep geschaad vertrouwen in de "
            "overheid. Tegelijk is Groningen een regio met een sterke "
            "kennisstad, een energiehaven in de Eemsdelta en veel "
            "ruimte voor vernieuwing.",
            "De tien gemeenten, de provincie, de waterschappen en het Rijk "
            "werken samen aan afspraken die de regio perspectief moeten "
            "bieden: op het gebied van brede welvaart, armoede en schulden, "
            "werk en de energietransitie. Centraal staat de vraag hoe de "
            "overheid haar beloften aan inwoners echt nakomt.",
        ],
        "facts": [
            {"label": "Gemeenten", "value": "10"},
            {"label": "Inwoners", "value": "ongeveer 590.000"},
            {"label": "Provincie", "value": "Groningen"},
            {"label": "Waterschappen", "value": "Noorderzijlvest, Hunze en Aa's"},
            {"label": "Grootste gemeente", "value": "Groningen"},
            {"label": "Kenmerk", "value": "herstel na gaswinning"},
        ],
        "organisations": [
            "gemeente-groningen",
            "eemsdelta",
            "provincie-groningen",
            "noorderzijlvest",
            "bzk",
            "kgg",
        ],
        "opgaven": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
            "problematische-schulden-voorkomen-en-oplossen",
            "regionale-economie-als-versneller",
            "samen-aan-de-slag-voor-het-klimaat",
        ],
    },
    {
        "slug": "metropoolregio-amsterdam",
        "title": "Metropoolregio Amsterdam",
        "intro": ("Dertig gemeenten en twee provincies werken samen in de grootste stedelijke regio van Nederland."),
        "characterisation": [
            "De Metropoolregio Amsterdam is een informeel "
            "samenwerkingsverband van gemeenten, de provincies Noord-Holland "
            "en Flevoland en de Vervoerregio Amsterdam. De regio groeit snel: "
            "de vraag naar woningen is groot, de arbeidsmarkt is krap en de "
            "ruimte is beperkt.",
            "Woningbouw, bereikbaarheid en klimaatadaptatie komen hier "
            "samen op dezelfde vierkante meters. Daarnaast werkt de regio aan "
            "de opvang en inburgering van nieuwkomers en aan vroegsignalering "
            "van schulden in de grote steden.",
        ],
        "facts": [
            {"label": "Gemeenten", "value": "30"},
            {"label": "Provincies", "value": "Noord-Holland en Flevoland"},
            {"label": "Inwoners", "value": "ruim 2,5 miljoen"},
            {"label": "Waterschap (o.a.)", "value": "Amstel, Gooi en Vecht"},
            {"label": "Grootste gemeente", "value": "Amsterdam"},
        ],
        "organisations": [
            "amsterdam",
            "zaanstad",
            "noord-holland",
            "amstel-gooi-vecht",
            "bzk",
            "szw",
        ],
        "opgaven": [
            "toekomstbestendig-wonen",
            "nederland-en-migrant-goed-voorbereid",
            "samen-aan-de-slag-voor-het-klimaat",
        ],
    },
]

# ---------------------------------------------------------------------------
# Content items: stories (verhaal), essays, tips and events (evenement)
# ---------------------------------------------------------------------------

VERHALEN = [
    {
        "kind": "verhaal",
        "title": "Warmte uit de Oude IJssel: een wijk in Doetinchem gaat van het gas af",
        "slug": "warmte-uit-de-oude-ijssel",
        "intro": (
            "Gemeente, waterschap en woningcorporatie zochten samen naar een "
            "warmtebron voor een naoorlogse wijk. Ze vonden die in de rivier."
        ),
        "publication_date": date(2023, 3, 14),
        "levels": ["organisatie", "netwerk"],
        "themes": ["samenwerken-in-de-keten", "in-de-regio"],
        "opgaven": ["samen-aan-de-slag-voor-het-klimaat"],
        "regions": ["achterhoek"],
        "tags": ["aquathermie", "warmtetransitie", "energietransitie"],
        "body": [
            "Toen de gemeente Doetinchem in haar transitievisie warmte een "
            "naoorlogse wijk aanwees als een van de eerste buurten die van "
            "het aardgas af zou gaan, lag een all-electric oplossing voor de "
            "hand. Maar het stroomnet in de wijk was al krap, en de "
            "woningcorporatie zag op tegen de kosten van ingrijpende isolatie "
            "van honderden huurwoningen.",
            "Een beleidsmedewerker van waterschap Rijn en IJssel opperde "
            "tijdens een regionaal overleg over klimaatadaptatie een idee: "
            "waarom niet de warmte uit het oppervlaktewater van de Oude IJssel "
            "gebruiken? Het waterschap beheert het water en de kades, maar had "
            "nooit eerder meegedacht over warmte. Aquathermie viel simpelweg "
            "buiten ieders takenpakket.",
            "Wat volgde was anderhalf jaar van verkennen, rekenen en vooral "
            "praten. Wie is eigenaar van de warmte in het water? Welke "
            "vergunning is nodig, en wie verleent die? Hoe voorkom je dat "
            "opwarming of afkoeling van het water de ecologie schaadt? Het "
            "waterschap leverde kennis over waterkwaliteit, de gemeente de "
            "regie op de wijkaanpak en de provincie Gelderland een bijdrage "
            "uit het programma voor de energietransitie.",
            "Inmiddels is een proefinstallatie in gebruik die een "
            "schoolgebouw en de eerste huurwoningen verwarmt. De "
            "samenwerkingsovereenkomst die de partijen opstelden, wordt nu "
            "door andere Gelderse gemeenten als voorbeeld gebruikt. Belangrijker "
            "nog, zeggen de betrokkenen: het waterschap zit voortaan standaard "
            "aan tafel bij de warmteplannen.",
        ],
        "factbox": {
            "title": "Het project in het kort",
            "items": [
                {"label": "Partners", "value": "gemeente, waterschap, corporatie, provincie"},
                {"label": "Warmtebron", "value": "oppervlaktewater (aquathermie)"},
                {"label": "Eerste fase", "value": "een school en enkele tientallen huurwoningen"},
                {"label": "Looptijd verkenning", "value": "ongeveer anderhalf jaar"},
            ],
        },
        "lessons": [
            {
                "title": "Kijk buiten het eigen takenpakket",
                "text": (
                    "De oplossing lag bij een partner die formeel geen rol had "
                    "in de warmtetransitie. Nodig partijen uit op basis van "
                    "wat ze weten, niet alleen op basis van hun taak."
                ),
            },
            {
                "title": "Leg eigenaarschap vroeg vast",
                "text": (
                    "Vragen over wie eigenaar is van de warmte en wie de "
                    "risico's draagt, kostten de meeste tijd. Agendeer ze aan "
                    "het begin."
                ),
            },
            {
                "title": "Maak van een project een werkwijze",
                "text": (
                    "Het echte resultaat is dat het waterschap nu structureel "
                    "meepraat over warmte, niet alleen deze ene installatie."
                ),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Eén loket voor schulden in Roosendaal",
        "slug": "een-loket-voor-schulden-in-roosendaal",
        "intro": (
            "Inwoners met schulden bij de gemeente, het waterschap en de "
            "Belastingdienst hoeven in Roosendaal nog maar één keer hun "
            "verhaal te doen."
        ),
        "publication_date": date(2022, 6, 9),
        "levels": ["organisatie"],
        "themes": ["burger-en-overheid", "samenwerken-in-de-keten"],
        "opgaven": ["problematische-schulden-voorkomen-en-oplossen"],
        "regions": ["west-brabant"],
        "tags": ["schuldhulpverlening", "invordering", "dienstverlening"],
        "body": [
            "Een alleenstaande moeder met een achterstand in de "
            "gemeentelijke belastingen, een aanmaning van het waterschap en "
            "een terugvordering van toeslagen: ze kreeg drie brieven van drie "
            "overheden, elk met een eigen termijn en een eigen "
            "telefoonnummer. Voor het team schuldhulpverlening van de gemeente "
            "Roosendaal was dat het begin van een experiment.",
            "Het team maakte afspraken met de belastingsamenwerking van het "
            "waterschap en met landelijke schuldeisers. Zodra een inwoner zich "
            "meldt voor schuldhulp, wordt de invordering bij alle publieke "
            "schuldeisers tijdelijk stilgezet. Eén consulent houdt het "
            "overzicht en is het aanspreekpunt, ook voor vragen over brieven "
            "van andere overheden.",
            "Dat klinkt eenvoudig, maar het vroeg om het doorbreken van "
            "gewoontes. Invorderaars zijn getraind om achterstanden snel te "
            "innen; even wachten voelde voor hen als falen. Pas toen zij "
            "samen met schuldhulpverleners casussen bespraken, zagen ze hoe "
            "hun aanmaningen de schulden juist lieten oplopen.",
            "De aanpak wordt inmiddels in meer West-Brabantse gemeenten "
            "gevolgd. Consulenten merken dat inwoners eerder hulp zoeken nu ze "
            "weten dat er rust komt. De volgende stap is een landelijke "
            "afspraak tussen publieke schuldeisers, zodat het niet langer "
            "afhangt van de goede wil van een regio.",
        ],
        "lessons": [
            {
                "title": "Breng uitvoerders bij elkaar",
                "text": (
                    "Invorderaars en schuldhulpverleners begrepen elkaar pas toen ze samen naar echte casussen keken."
                ),
            },
            {
                "title": "Eén aanspreekpunt is meer dan een telefoonnummer",
                "text": ("De consulent moet ook de bevoegdheid hebben om namens andere overheden afspraken te maken."),
            },
            {
                "title": "Rust is een voorwaarde voor hulp",
                "text": ("Het stilzetten van invordering maakt dat inwoners zich durven te melden."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Woningbouw versnellen zonder de polder te vergeten",
        "slug": "woningbouw-versnellen-zonder-de-polder-te-vergeten",
        "intro": (
            "In de Metropoolregio Amsterdam bepalen water en bodem mee waar "
            "nieuwe woningen komen. Dat vroeg om een ander gesprek tussen "
            "gemeenten, provincie en waterschap."
        ),
        "publication_date": date(2024, 2, 20),
        "levels": ["netwerk"],
        "themes": ["sturen-in-netwerken", "strategie-en-toekomst"],
        "opgaven": [
            "toekomstbestendig-wonen",
            "samen-aan-de-slag-voor-het-klimaat",
        ],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["woningbouw", "water-en-bodem-sturend", "ruimtelijke-ordening"],
        "body": [
            "De woningbouwopgave in de Metropoolregio Amsterdam is groot: "
            "tienduizenden woningen in de komende jaren, op een beperkt "
            "oppervlak. Veel potentiële locaties liggen in diepe polders of op "
            "slappe veengrond, waar bouwen duur is en wateroverlast op de loer "
            "ligt.",
            "Lange tijd kwam het waterschap pas in beeld als een "
            "bestemmingsplan al bijna klaar was, met de watertoets als laatste "
            "formaliteit. In de nieuwe aanpak schuift waterschap Amstel, Gooi "
            "en Vecht aan bij de eerste verkenningen. Samen met de provincie "
            "Noord-Holland is een kaart gemaakt die per gebied laat zien "
            "welke kosten en risico's bouwen met zich meebrengt.",
            "Dat leidde tot lastige gesprekken. Sommige gemeenten zagen hun "
            "plannen voor nieuwe wijken in twijfel getrokken. 'Water en bodem "
            "sturend klinkt mooi, tot het jouw locatie betreft,' zegt een "
            "betrokken planoloog. Toch bleek de kaart ook kansen te bieden: "
            "door hoger te bouwen op goede plekken en groen te combineren met "
            "waterberging.",
            "De regio heeft afgesproken dat elke nieuwe grote "
            "woningbouwlocatie voortaan een gezamenlijke watertoets aan de "
            "voorkant krijgt. Het duurt in het begin langer, maar voorkomt dat "
            "projecten later vastlopen of dat bewoners over twintig jaar met "
            "natte kelders zitten.",
        ],
        "factbox": {
            "title": "Water en bodem sturend",
            "items": [
                {"label": "Betrokken lagen", "value": "gemeenten, provincie, waterschap, Rijk"},
                {"label": "Instrument", "value": "gezamenlijke kansen- en risicokaart"},
                {"label": "Afspraak", "value": "watertoets bij de start van elk groot project"},
            ],
        },
        "lessons": [
            {
                "title": "Haal de toets naar voren",
                "text": ("Een toets aan het eind is een formaliteit. Aan het begin wordt het een ontwerpvraag."),
            },
            {
                "title": "Maak belangen zichtbaar op een kaart",
                "text": ("Een gedeelde kaart maakt een abstract principe concreet en bespreekbaar."),
            },
            {
                "title": "Accepteer dat het schuurt",
                "text": (
                    "Echte keuzes over locaties leveren weerstand op. Dat is "
                    "een teken dat het gesprek ergens over gaat."
                ),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Een dorpshuis als vertrekpunt voor leefbaarheid in Winterswijk",
        "slug": "dorpshuis-als-vertrekpunt-winterswijk",
        "intro": (
            "In een buurtschap bij Winterswijk namen bewoners het initiatief. "
            "De gemeente leerde loslaten, en de provincie leerde meebewegen."
        ),
        "publication_date": date(2021, 9, 28),
        "levels": ["individu", "organisatie"],
        "themes": ["burger-en-overheid", "in-de-regio"],
        "opgaven": ["naar-een-vitaal-platteland"],
        "regions": ["achterhoek"],
        "tags": ["leefbaarheid", "bewonersinitiatief", "kleine-kernen"],
        "body": [
            "Toen de basisschool in het buurtschap dichtging, dreigde het "
            "dorpshuis het volgende slachtoffer te worden. Een groep bewoners "
            "besloot het gebouw over te nemen en er een ontmoetingsplek te "
            "maken met een huiskamer voor ouderen, een werkplek voor "
            "thuiswerkers en een uitleenpunt van de bibliotheek.",
            "Voor de gemeente Winterswijk was dat wennen. Het gebouw was "
            "gemeentelijk vastgoed, met regels voor onderhoud, verzekering en "
            "verhuur. 'We waren gewend om voor inwoners te bedenken wat goed "
            "is,' vertelt een beleidsadviseur. 'Nu moesten we vragen wat zíj "
            "nodig hadden van ons.'",
            "Ook de provincie Gelderland moest schakelen. De subsidieregeling "
            "voor leefbaarheid was bedoeld voor stichtingen met een "
            "begroting en een jaarverslag, niet voor een groep buren met "
            "goede ideeën. Na een gesprek met de gemeente werd een "
            "tussenvorm gevonden: de gemeente fungeerde tijdelijk als "
            "aanvrager, de bewoners hielden de regie.",
            "Het dorpshuis draait inmiddels op vrijwilligers en een kleine "
            "gemeentelijke bijdrage. De werkwijze heeft navolging gekregen in "
            "andere kernen in de Achterhoek, waar gemeenten en provincie een "
            "gezamenlijk loket voor bewonersinitiatieven hebben ingericht.",
        ],
        "lessons": [
            {
                "title": "Vraag wat nodig is",
                "text": ("Bewonersinitiatieven vragen een overheid die volgt in plaats van leidt."),
            },
            {
                "title": "Buig regels, niet de bedoeling",
                "text": (
                    "Een creatieve tussenvorm hield de subsidie rechtmatig en het initiatief in handen van bewoners."
                ),
            },
            {
                "title": "Deel de lessen regionaal",
                "text": ("Eén succes werd pas een werkwijze toen andere gemeenten meekeken."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Werken aan vertrouwen in Groningen: luisteren voordat je belooft",
        "slug": "werken-aan-vertrouwen-in-groningen",
        "intro": (
            "Na jaren van gaswinning en trage schadeafhandeling is het "
            "vertrouwen van Groningers in de overheid laag. Ambtenaren van "
            "vier bestuurslagen zoeken naar een andere houding."
        ),
        "publication_date": date(2023, 11, 2),
        "levels": ["individu", "netwerk"],
        "themes": ["burger-en-overheid", "politiek-en-bestuur"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": ["groningen"],
        "tags": ["vertrouwen", "versterking", "gaswinning"],
        "body": [
            "In een dorpshuis in het noorden van de provincie zitten "
            "ambtenaren van het Rijk, de provincie Groningen, de gemeente en "
            "het waterschap tegenover bewoners. Het is geen inspraakavond en "
            "er worden geen plannen gepresenteerd. De opdracht voor de "
            "ambtenaren is eenvoudig en tegelijk ingewikkeld: luisteren, en "
            "niets beloven wat je niet zeker kunt waarmaken.",
            "Programmamanager Aafke Bosma van de provincie legt uit waarom. "
            "'Groningers hebben zo vaak gehoord dat het nu echt anders gaat. "
            "Elke belofte die niet wordt nagekomen, kost meer vertrouwen dan "
            "er met de vorige werd gewonnen. We moeten eerst laten zien dat we "
            "doen wat we zeggen, in kleine dingen.'",
            "Dat vraagt iets van individuele professionals. Ze moeten "
            "boosheid kunnen verdragen, ook als die niet over hun eigen "
            "organisatie gaat. Inwoners maken geen onderscheid tussen de NAM, "
            "het ministerie of de gemeente: voor hen is het allemaal 'de "
            "overheid'. Daarom hebben de betrokken organisaties afgesproken "
            "dat niemand meer naar een andere overheid doorverwijst zonder "
            "zelf te bellen.",
            "Kleine afspraken, grote betekenis. Een bewoner die een vraag "
            "stelt, krijgt binnen een week antwoord, van welke overheid de "
            "vraag ook is. Het klinkt bescheiden, maar volgens de "
            "betrokkenen is juist die voorspelbaarheid wat vertrouwen "
            "langzaam terugbrengt.",
            "De grotere vraagstukken blijven bestaan: de versterking duurt "
            "lang, en de afspraken over perspectief voor de regio moeten "
            "zich nog bewijzen. Maar de ambtenaren die aan tafel zitten, "
            "zeggen dat hun eigen vak erdoor veranderd is. 'Ik was gewend om "
            "beleid te maken. Nu leer ik om eerst te verstaan.'",
        ],
        "factbox": {
            "title": "Afspraken met bewoners",
            "items": [
                {"label": "Reactietermijn", "value": "binnen een week een antwoord"},
                {"label": "Doorverwijzen", "value": "alleen met een warme overdracht"},
                {"label": "Betrokken lagen", "value": "Rijk, provincie, gemeente, waterschap"},
            ],
        },
        "lessons": [
            {
                "title": "Beloof alleen wat je kunt waarmaken",
                "text": ("Een kleine belofte die wordt nagekomen, is meer waard dan een grote die uitblijft."),
            },
            {
                "title": "Voor inwoners is er één overheid",
                "text": ("Gedraag je daarnaar: verwijs niet door, maar zoek het antwoord zelf op."),
            },
            {
                "title": "Verdraag boosheid",
                "text": ("Professionals hebben ruimte en steun nodig om met de emoties van inwoners om te gaan."),
            },
            {
                "title": "Maak voorspelbaarheid zichtbaar",
                "text": ("Houd bij of afspraken worden nagekomen en deel dat met bewoners."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "De regiodeal als leerschool voor West-Brabant",
        "slug": "regiodeal-als-leerschool-west-brabant",
        "intro": (
            "De regiodeal bracht geld naar West-Brabant, maar volgens de "
            "betrokkenen was de samenwerking die ontstond nog waardevoller."
        ),
        "publication_date": date(2022, 10, 18),
        "levels": ["netwerk", "organisatie"],
        "themes": ["in-de-regio", "strategie-en-toekomst"],
        "opgaven": ["regionale-economie-als-versneller"],
        "regions": ["west-brabant"],
        "tags": ["regiodeal", "brede-welvaart", "arbeidsmarkt"],
        "body": [
            "Toen West-Brabant een regiodeal met het Rijk sloot, lag de "
            "nadruk op projecten: omscholing naar de logistiek, een "
            "gezondheidsprogramma voor wijken met een lage "
            "levensverwachting en de aanpak van drugsafval in het "
            "buitengebied. Elk project had een trekker, een budget en een "
            "planning.",
            "Halverwege bleek dat de projecten niet vanzelf een geheel "
            "vormden. Een omscholingstraject liep vast omdat deelnemers "
            "schulden hadden en hun uitkering dreigden te verliezen. Een "
            "gezondheidsproject stuitte op de beperkingen van de "
            "Zorgverzekeringswet. 'We ontdekten dat onze projecten in "
            "werkelijkheid over dezelfde mensen gingen,' vertelt Karin de "
            "Haan, programmamanager regionale samenwerking bij de gemeente "
            "Breda.",
            "De regio besloot de opzet te veranderen. Een gezamenlijk "
            "programmateam van gemeenten, provincie Noord-Brabant en "
            "ministeries kijkt nu per wijk en per doelgroep welke "
            "projecten elkaar raken. Rijksambtenaren werken een dag per week "
            "in de regio, waardoor knelpunten in regelgeving sneller op de "
            "juiste tafel in Den Haag belanden.",
            "Het dashboard brede welvaart laat zien dat er vooruitgang is, al "
            "gaat het langzaam. Belangrijker vinden de deelnemers dat er een "
            "netwerk is ontstaan dat blijft bestaan als het geld op is. 'De "
            "regiodeal was onze leerschool,' zegt De Haan. 'Nu moeten we "
            "laten zien dat we het ook zonder extra geld kunnen.'",
        ],
        "factbox": {
            "title": "Regiodeal in cijfers (afgerond)",
            "items": [
                {"label": "Gemeenten", "value": "16"},
                {"label": "Looptijd", "value": "ongeveer vier jaar"},
                {"label": "Thema's", "value": "arbeidsmarkt, gezondheid, ondermijning"},
                {"label": "Partners", "value": "Rijk, provincie, gemeenten, onderwijs, bedrijven"},
            ],
        },
        "lessons": [
            {
                "title": "Projecten raken dezelfde mensen",
                "text": ("Organiseer de samenwerking rond wijken en doelgroepen, niet rond losse projecten."),
            },
            {
                "title": "Haal het Rijk de regio in",
                "text": (
                    "Rijksambtenaren die in de regio werken, zien knelpunten eerder en weten ze sneller te agenderen."
                ),
            },
            {
                "title": "Bouw aan wat blijft",
                "text": ("Het netwerk is de belangrijkste opbrengst van een tijdelijke regeling."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Statushouders sneller aan het werk in de Zaanstreek",
        "slug": "statushouders-sneller-aan-het-werk-zaanstreek",
        "intro": (
            "In Zaanstad beginnen statushouders al tijdens hun verblijf in de "
            "opvang met taal en werk. Dat vroeg om afspraken met het COA, "
            "werkgevers en buurgemeenten."
        ),
        "publication_date": date(2024, 5, 16),
        "levels": ["organisatie", "individu"],
        "themes": ["samenwerken-in-de-keten", "burger-en-overheid"],
        "opgaven": [
            "nederland-en-migrant-goed-voorbereid",
            "merkbaar-beter-in-het-sociaal-domein",
        ],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["inburgering", "arbeidsmarkt", "statushouders"],
        "body": [
            "Een jonge vrouw uit Eritrea wacht al maanden in een "
            "opvanglocatie op een woning. Ze heeft een verblijfsvergunning en "
            "wil werken, maar omdat ze nog niet aan een gemeente is "
            "gekoppeld, begint haar inburgering niet. Het was een bekend "
            "patroon, en voor de afdeling werk en inkomen van Zaanstad een "
            "reden om het anders te doen.",
            "Teamleider Lisa van Rijswijk zocht contact met het COA en met "
            "werkgevers in de regio die personeel zoeken. Samen zetten ze een "
            "route op waarin statushouders al in de opvang een taaltraject "
            "volgen, gecombineerd met werkervaring in de zorg, de techniek of "
            "de logistiek. Als ze later een woning krijgen in een andere "
            "gemeente, gaat hun dossier mee.",
            "Dat laatste bleek het lastigst. Elke gemeente heeft eigen "
            "contracten met taalscholen en eigen afspraken met werkgevers. "
            "Binnen de Metropoolregio Amsterdam is daarom afgesproken dat "
            "gemeenten elkaars trajecten overnemen. 'De statushouder mag niet "
            "de dupe worden van onze gemeentegrenzen,' zegt Van Rijswijk.",
            "De eerste deelnemers werken inmiddels met een vast contract. "
            "Werkgevers zijn enthousiast, al vragen ze om meer begeleiding op "
            "de werkvloer. De regio onderzoekt nu of de aanpak ook kan "
            "gelden voor arbeidsmigranten die Nederlands willen leren.",
        ],
        "lessons": [
            {
                "title": "Benut de wachttijd",
                "text": (
                    "Tijd in de opvang is kostbaar. Begin met taal en werk zodra iemand een verblijfsvergunning heeft."
                ),
            },
            {
                "title": "Laat het dossier meereizen",
                "text": ("Afspraken tussen gemeenten voorkomen dat trajecten stoppen bij een verhuizing."),
            },
            {
                "title": "Werkgevers zijn partners",
                "text": ("Betrek werkgevers bij de vormgeving van het traject, niet alleen bij de plaatsing."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Stikstof aan de keukentafel: één gesprek in plaats van vier",
        "slug": "stikstof-aan-de-keukentafel",
        "intro": (
            "Agrariërs kregen te maken met adviseurs van provincie, "
            "waterschap, gemeente en Rijk. Een gezamenlijke erfbetreder "
            "bracht rust."
        ),
        "publication_date": date(2024, 9, 3),
        "levels": ["individu", "netwerk"],
        "themes": ["sturen-in-netwerken", "burger-en-overheid"],
        "opgaven": ["naar-een-vitaal-platteland"],
        "regions": [],
        "tags": ["stikstof", "landbouw", "gebiedsgericht-werken"],
        "body": [
            "Melkveehouder Jansen kreeg in één jaar bezoek van een adviseur "
            "van de provincie over stikstof, een medewerker van het "
            "waterschap over mestgebruik langs de sloten, een ambtenaar van "
            "de gemeente over een bestemmingswijziging en een brief van het "
            "Rijk over een opkoopregeling. 'Ze vertelden allemaal iets anders,' "
            "zegt hij. 'Ik wist niet meer wie ik moest geloven.'",
            "Zijn verhaal is typerend, en het was aanleiding voor een "
            "experiment met gezamenlijke erfbetreders. Eén adviseur bezoekt "
            "het bedrijf namens alle overheden, brengt de vragen van de boer "
            "in kaart en organiseert daarna zelf de antwoorden. De adviseurs "
            "volgden samen een leergang over het gesprek aan de keukentafel.",
            "Het vraagt veel van de erfbetreders. Ze moeten voldoende weten "
            "van stikstofregels, waterkwaliteit, ruimtelijke ordening en "
            "subsidies om de juiste vragen te stellen, en ze moeten eerlijk "
            "zijn over wat nog onzeker is. 'Het ergste is een boer die "
            "hoort dat alles goed komt, en een jaar later ontdekt dat dat niet "
            "zo is,' zegt een van hen.",
            "Programmaleider Gerrit-Jan Wolters van de provincie Gelderland "
            "ziet dat de aanpak helpt, maar waarschuwt dat het geen oplossing "
            "is voor het grotere probleem. 'Een goed gesprek verandert niets "
            "aan het feit dat veel boeren niet weten waar ze over tien jaar "
            "staan. Daarvoor moeten Rijk en provincies duidelijke en "
            "langjarige keuzes maken.'",
        ],
        "lessons": [
            {
                "title": "Spreek met één stem",
                "text": ("Voor de boer is het verschil tussen bestuurslagen irrelevant. Organiseer één aanspreekpunt."),
            },
            {
                "title": "Investeer in de generalist",
                "text": ("Een erfbetreder moet breed kunnen kijken en weten waar de specialistische kennis zit."),
            },
            {
                "title": "Wees eerlijk over onzekerheid",
                "text": ("Vertrouwen groeit als je zegt wat je nog niet weet."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Armoede in kaart: datagedreven samenwerken in Groningen",
        "slug": "armoede-in-kaart-groningen",
        "intro": (
            "De gemeente Groningen en haar partners combineerden gegevens om "
            "te zien waar armoede en schulden zich opstapelen, zonder de "
            "privacy van inwoners uit het oog te verliezen."
        ),
        "publication_date": date(2025, 1, 21),
        "levels": ["organisatie", "netwerk"],
        "themes": ["data-en-informatie", "burger-en-overheid"],
        "opgaven": [
            "problematische-schulden-voorkomen-en-oplossen",
            "merkbaar-beter-in-het-sociaal-domein",
        ],
        "regions": ["groningen"],
        "tags": ["armoede", "data", "privacy"],
        "body": [
            "In sommige Groningse wijken hebben bewoners te maken met een "
            "opeenstapeling van problemen: een laag inkomen, schulden, "
            "gezondheidsklachten en een huis dat versterkt moet worden. De "
            "gemeente wist dat, maar kon het niet goed onderbouwen. Gegevens "
            "zaten verspreid over afdelingen, het waterschap, de provincie en "
            "landelijke instanties.",
            "Een team van data-analisten en beleidsmakers bouwde een "
            "armoedemonitor op wijkniveau. De gegevens worden geaggregeerd "
            "en nooit tot individuen herleid. Een privacy-officer zat vanaf "
            "de eerste dag aan tafel en een ethische commissie toetste elke "
            "nieuwe koppeling. 'We wilden niet de volgende overheid zijn die "
            "met data mensen benadeelt,' zegt een betrokken analist.",
            "De monitor liet patronen zien die niemand had verwacht. In "
            "wijken waar veel huizen werden versterkt, liepen "
            "betalingsachterstanden op, omdat tijdelijke huisvesting en "
            "verhuiskosten zwaar drukten op huishoudens. Die informatie "
            "leidde tot afspraken met de uitvoeringsorganisatie van de "
            "versterking over een ruimere vergoeding.",
            "Andere Groningse gemeenten willen nu aansluiten. Dat vraagt "
            "gezamenlijke afspraken over definities, beheer en "
            "verantwoordelijkheid. De les uit de eerste fase: begin bij een "
            "concrete vraag, niet bij de data die toevallig beschikbaar is.",
        ],
        "factbox": {
            "title": "De armoedemonitor",
            "items": [
                {"label": "Schaal", "value": "wijk en buurt, nooit individuen"},
                {"label": "Bronnen", "value": "gemeente, waterschap, landelijke statistiek"},
                {"label": "Toetsing", "value": "privacy-officer en ethische commissie"},
            ],
        },
        "lessons": [
            {
                "title": "Begin bij de vraag",
                "text": ("Een heldere beleidsvraag bepaalt welke data je nodig hebt, niet andersom."),
            },
            {
                "title": "Privacy hoort aan de voorkant",
                "text": ("Betrek privacy- en ethiekexperts vanaf het begin, niet als laatste controle."),
            },
            {
                "title": "Data leidt tot nieuwe gesprekken",
                "text": ("De monitor bracht partijen aan tafel die elkaar niet als partner zagen."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "De gemeentesecretaris als verbinder tussen gemeentehuis en regio",
        "slug": "gemeentesecretaris-als-verbinder",
        "intro": (
            "Henk Reinders is gemeentesecretaris van Winterswijk. Hij "
            "besteedt inmiddels een derde van zijn tijd aan regionale "
            "samenwerking, en ziet dat als de kern van zijn vak."
        ),
        "publication_date": date(2022, 2, 8),
        "levels": ["individu"],
        "themes": ["sterk-bestuur", "politiek-en-bestuur", "in-de-regio"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": ["achterhoek"],
        "tags": ["leiderschap", "gemeentesecretaris", "regionale-samenwerking"],
        "body": [
            "'Vroeger was ik vooral de baas van de ambtelijke organisatie,' "
            "zegt Henk Reinders. 'Nu ben ik net zo vaak een soort "
            "diplomaat.' De gemeentesecretaris van Winterswijk zit "
            "wekelijks aan tafel met collega's uit de Achterhoek, de "
            "provincie Gelderland en het waterschap.",
            "Die regionale rol vraagt andere vaardigheden. In het eigen huis "
            "kan hij sturen op lijnen en mandaten. In de regio heeft hij geen "
            "formele macht en moet hij overtuigen, verbinden en soms "
            "toegeven. 'Je moet bereid zijn om iets op te geven voor een "
            "regionaal resultaat, en dat vervolgens uitleggen aan je eigen "
            "college en raad.'",
            "Dat laatste is misschien het lastigste. Gemeenteraden willen "
            "grip op regionale afspraken, maar de besluitvorming verloopt via "
            "ingewikkelde samenwerkingsverbanden. Reinders investeert daarom "
            "veel tijd in het informeren van raadsleden, met korte "
            "bijeenkomsten en een overzicht van alle regionale dossiers.",
            "Zijn advies aan jongere collega's: 'Ken je eigen organisatie "
            "door en door, anders kun je in de regio niets beloven. En "
            "investeer in persoonlijke relaties. Als het spannend wordt, bel "
            "je iemand die je vertrouwt, niet een functie.'",
        ],
        "lessons": [
            {
                "title": "Eigen huis op orde",
                "text": ("Wie in de regio iets wil afspreken, moet weten wat de eigen organisatie kan waarmaken."),
            },
            {
                "title": "Neem de raad mee",
                "text": ("Regionale samenwerking houdt alleen stand als volksvertegenwoordigers er zicht op houden."),
            },
            {
                "title": "Relaties zijn kapitaal",
                "text": ("Investeer in vertrouwen voordat je het nodig hebt."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Jeugdzorg regionaal inkopen: wat West-Brabant leerde",
        "slug": "jeugdzorg-regionaal-inkopen-west-brabant",
        "intro": (
            "Zestien gemeenten kochten specialistische jeugdzorg voortaan "
            "samen in. De eerste jaren waren pijnlijk, maar leerzaam."
        ),
        "publication_date": date(2023, 6, 27),
        "levels": ["organisatie", "netwerk"],
        "themes": ["samenwerken-in-de-keten", "geld-en-middelen"],
        "opgaven": ["merkbaar-beter-in-het-sociaal-domein"],
        "regions": ["west-brabant"],
        "tags": ["jeugdzorg", "inkoop", "sociaal-domein"],
        "body": [
            "Na de decentralisatie van de jeugdzorg in 2015 kocht elke "
            "West-Brabantse gemeente zelf zorg in. Aanbieders werkten met "
            "tientallen contracten, elk met eigen tarieven en "
            "verantwoordingseisen. Gespecialiseerde zorg voor kinderen met "
            "complexe problemen dreigde te verdwijnen, omdat geen enkele "
            "gemeente afzonderlijk genoeg vraag had.",
            "De gemeenten besloten de specialistische jeugdzorg regionaal in "
            "te kopen. Dat betekende dat ze een deel van hun zeggenschap "
            "moesten opgeven en financiële risico's moesten delen. In de "
            "eerste jaren leidde dat tot spanningen: kleine gemeenten vonden "
            "dat ze meebetaalden voor de grotere steden, en wethouders "
            "moesten in hun raad uitleggen waarom kosten stegen.",
            "Een onafhankelijke evaluatie liet zien dat de kosten niet "
            "door de regionale inkoop stegen, maar door een toename van de "
            "vraag. De gemeenten spraken daarop een solidariteitsregeling "
            "af, waarbij risico's naar draagkracht worden verdeeld. Ook "
            "kwamen er gezamenlijke afspraken met het Rijk over de "
            "verantwoordingslast.",
            "De aanbieders merken het verschil. Ze hebben minder contracten "
            "en meer tijd voor kinderen. De gemeenten werken nu aan de "
            "volgende stap: samen met het onderwijs en de huisartsen eerder "
            "signaleren welke gezinnen hulp nodig hebben.",
        ],
        "factbox": {
            "title": "Regionale inkoop jeugdzorg",
            "items": [
                {"label": "Deelnemende gemeenten", "value": "16"},
                {"label": "Vorm", "value": "gezamenlijke inkooporganisatie"},
                {"label": "Risicoverdeling", "value": "solidariteitsregeling naar draagkracht"},
            ],
        },
        "lessons": [
            {
                "title": "Deel risico's expliciet",
                "text": ("Onuitgesproken zorgen over wie meebetaalt voor wie, ondermijnen de samenwerking."),
            },
            {
                "title": "Laat de cijfers onafhankelijk duiden",
                "text": ("Een externe evaluatie haalde de angel uit de discussie over kosten."),
            },
            {
                "title": "Kijk naar de aanbieder",
                "text": ("Minder administratieve last bij aanbieders betekent meer tijd voor zorg."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Klimaatadaptatie in Amsterdam: stadsdeel en waterschap aan één tafel",
        "slug": "klimaatadaptatie-amsterdam-stadsdeel-en-waterschap",
        "intro": (
            "Na een paar zware zomerbuien besloten een stadsdeel en het "
            "waterschap samen de straten opnieuw in te richten."
        ),
        "publication_date": date(2025, 4, 8),
        "levels": ["organisatie"],
        "themes": ["samenwerken-in-de-keten", "in-de-regio"],
        "opgaven": ["samen-aan-de-slag-voor-het-klimaat"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["klimaatadaptatie", "wateroverlast", "openbare-ruimte"],
        "body": [
            "Toen een hoosbui in één uur een paar straten in een Amsterdams "
            "stadsdeel onder water zette, stroomden de klachten binnen. "
            "Bewoners wisten niet of ze bij de gemeente of bij Waternet "
            "moesten zijn. Binnen de organisaties gebeurde hetzelfde: het "
            "riool is van de gemeente, het oppervlaktewater van het "
            "waterschap, en de straat van het stadsdeel.",
            "Omgevingsmanager Dennis Kramer van waterschap Amstel, Gooi en "
            "Vecht stelde voor om een gezamenlijk team op te richten dat bij "
            "elke herinrichting van een straat bekijkt hoe regenwater kan "
            "worden vastgehouden. 'Elke keer dat een straat openligt, is een "
            "kans. Als we die missen, duurt het weer veertig jaar.'",
            "Het team heeft inmiddels tientallen projecten begeleid: "
            "waterpleinen, geveltuinen, wadi's en daken die regenwater "
            "opvangen. Het budget komt uit verschillende potten, maar de "
            "planning is gezamenlijk. Bewoners worden vroeg betrokken, zodat "
            "ze begrijpen waarom een parkeerplaats plaatsmaakt voor groen.",
            "De grootste winst zit volgens Kramer in de werkwijze. 'We "
            "vergaderen niet meer over elkaar, maar met elkaar. Een ingenieur "
            "van het stadsdeel belt nu direct met onze hydroloog.'",
        ],
        "lessons": [
            {
                "title": "Gebruik natuurlijke momenten",
                "text": ("Koppel klimaatadaptatie aan gepland onderhoud van de openbare ruimte."),
            },
            {
                "title": "Eén planning, meerdere budgetten",
                "text": ("Budgetten hoeven niet samen te gaan, zolang de planning gezamenlijk is."),
            },
            {
                "title": "Korte lijnen tussen specialisten",
                "text": ("Laat vakmensen elkaar direct bellen, buiten formele overleggen om."),
            },
        ],
    },
]

VERHALEN += [
    {
        "kind": "verhaal",
        "title": "Een gezamenlijke begroting voor de Achterhoek",
        "slug": "gezamenlijke-begroting-achterhoek",
        "intro": (
            "Acht gemeenten legden hun regionale uitgaven naast elkaar. Het "
            "resultaat was een gedeeld beeld van wat samenwerken kost, en "
            "oplevert."
        ),
        "publication_date": date(2025, 10, 14),
        "levels": ["netwerk", "organisatie"],
        "themes": ["geld-en-middelen", "sterk-bestuur"],
        "opgaven": ["passende-financiele-verhoudingen"],
        "regions": ["achterhoek"],
        "tags": ["begroting", "gemeentefinancien", "regionale-samenwerking"],
        "body": [
            "Geen van de acht Achterhoekse gemeenten wist precies hoeveel "
            "geld er in regionale samenwerking ging. Bijdragen aan "
            "gemeenschappelijke regelingen, cofinanciering van "
            "provinciale programma's, regionale projecten: het stond "
            "verspreid over tientallen begrotingsposten.",
            "Toen de meerjarenramingen van de gemeenten door de onzekerheid "
            "over het gemeentefonds onder druk kwamen, besloten de "
            "concerncontrollers alles in kaart te brengen. Het overzicht "
            "was confronterend. Sommige gemeenten betaalden mee aan "
            "projecten waarvan de raad het bestaan nauwelijks kende, terwijl "
            "andere regionale ambities nergens in de begroting waren "
            "opgenomen.",
            "De gemeenten maakten daarop een regionale paragraaf die in "
            "elke gemeentebegroting hetzelfde is opgebouwd. Raadsleden "
            "kunnen zo zien wat hun gemeente bijdraagt en wat de regio "
            "oplevert. De provincie Gelderland en waterschap Rijn en IJssel "
            "hebben hun gezamenlijke bijdragen aan dezelfde opzet "
            "toegevoegd.",
            "Het inzicht hielp ook in het gesprek met het Rijk. Bij de "
            "discussie over de financiële verhoudingen kon de regio precies "
            "laten zien welke taken onder druk komen als middelen "
            "teruglopen. 'We praten nu over feiten in plaats van gevoelens,' "
            "zegt een van de controllers.",
        ],
        "factbox": {
            "title": "De regionale paragraaf",
            "items": [
                {"label": "Gemeenten", "value": "8"},
                {"label": "Ook opgenomen", "value": "provincie en waterschap"},
                {"label": "Doel", "value": "inzicht voor raadsleden en staten"},
            ],
        },
        "lessons": [
            {
                "title": "Maak regionale geldstromen zichtbaar",
                "text": ("Raadsleden kunnen alleen sturen op wat ze kunnen zien."),
            },
            {
                "title": "Gebruik één format",
                "text": ("Een gelijke opbouw in elke begroting maakt vergelijken eenvoudig."),
            },
            {
                "title": "Feiten versterken je positie",
                "text": ("Met een compleet overzicht sta je sterker in het gesprek met andere overheden."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Open huis in de Eemsdelta: bewoners denken mee over de energietransitie",
        "slug": "open-huis-eemsdelta-energietransitie",
        "intro": (
            "Waar nieuwe industrie en energie-infrastructuur komen, willen "
            "bewoners meepraten. In de Eemsdelta organiseerden overheden "
            "daarom een open huis dat een jaar lang open bleef."
        ),
        "publication_date": date(2025, 7, 1),
        "levels": ["organisatie", "individu"],
        "themes": ["burger-en-overheid", "in-de-regio"],
        "opgaven": [
            "samen-aan-de-slag-voor-het-klimaat",
            "regionale-economie-als-versneller",
        ],
        "regions": ["groningen"],
        "tags": ["energietransitie", "participatie", "waterstof"],
        "body": [
            "De Eemshaven groeit uit tot een knooppunt voor groene energie. "
            "Er komen windparken, kabels, een waterstoffabriek en nieuwe "
            "hoogspanningsverbindingen. Voor de bewoners van de omliggende "
            "dorpen betekent het opnieuw ingrijpende veranderingen in een "
            "gebied dat al jaren met de gevolgen van gaswinning leeft.",
            "Gebiedsregisseur Sietse Veenstra van de gemeente Eemsdelta "
            "stelde voor om niet weer een reeks informatieavonden te "
            "organiseren, maar een vaste plek in het dorp. In een leegstaand "
            "winkelpand konden bewoners een jaar lang elke week binnenlopen "
            "bij ambtenaren van de gemeente, de provincie, het Rijk en de "
            "netbeheerder.",
            "Het open huis werd een plek waar zorgen werden uitgesproken en "
            "vragen werden beantwoord, maar ook waar ideeën ontstonden. "
            "Bewoners stelden voor om een deel van de opbrengst van de "
            "windparken in een dorpsfonds te steken, en om lokale jongeren "
            "op te leiden voor banen in de nieuwe industrie.",
            "Niet alles werd overgenomen, en dat werd ook eerlijk gezegd. "
            "'Het verschil met vroeger is dat we uitleggen waarom iets niet "
            "kan,' zegt Veenstra. 'Mensen kunnen beter met een eerlijk nee "
            "leven dan met een vaag misschien.'",
        ],
        "lessons": [
            {
                "title": "Wees er, niet alleen op informatieavonden",
                "text": ("Een vaste plek in het dorp verlaagt de drempel en bouwt relaties op."),
            },
            {
                "title": "Kom samen, als één overheid",
                "text": ("Bewoners willen geen vier loketten; organiseer je aanwezigheid gezamenlijk."),
            },
            {
                "title": "Leg uit wat niet kan",
                "text": ("Een eerlijk nee, met uitleg, doet meer voor vertrouwen dan een belofte die uitblijft."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Leren van een mislukte aanbesteding",
        "slug": "leren-van-een-mislukte-aanbesteding",
        "intro": (
            "Een gezamenlijke aanbesteding van vier overheden liep vast. In "
            "plaats van de schuldige te zoeken, organiseerden de partijen "
            "een leersessie."
        ),
        "publication_date": date(2021, 11, 23),
        "levels": ["organisatie"],
        "themes": ["leren-en-reflecteren", "sterk-bestuur"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["aanbesteding", "evaluatie", "lerend-vermogen"],
        "body": [
            "Het idee was goed: een gemeente, een provincie, een waterschap "
            "en een uitvoeringsorganisatie van het Rijk zouden samen één "
            "digitaal zaaksysteem aanbesteden voor de afhandeling van "
            "vergunningen. Dat zou geld besparen en de samenwerking "
            "vereenvoudigen. Twee jaar later lag er geen systeem, wel een "
            "stapel conceptbestekken en een gevoel van frustratie.",
            "Waar ging het mis? Elke organisatie bleek eigen eisen te hebben, "
            "gebaseerd op eigen werkprocessen. Niemand had het mandaat om "
            "knopen door te hakken, en bij elke stap moest het bestek terug "
            "naar vier interne organisaties. Ondertussen veranderde de "
            "markt en werd de planning steeds opnieuw opgeschoven.",
            "In plaats van het project stil te laten sterven, organiseerden "
            "de betrokkenen een leersessie onder begeleiding van een "
            "externe gespreksleider. De vraag was niet wie schuldig was, maar "
            "wat ieder de volgende keer anders zou doen. Dat leverde een "
            "lijst van inzichten op die later in andere interbestuurlijke "
            "trajecten is gebruikt.",
            "De belangrijkste les: begin niet met de techniek, maar met de "
            "vraag welke werkprocessen je echt samen wilt doen. En regel "
            "vooraf wie beslist als partijen het niet eens worden. 'We "
            "dachten dat gelijkwaardigheid betekende dat iedereen overal over "
            "meebeslist,' zegt een van de deelnemers. 'Dat was een "
            "vergissing.'",
        ],
        "lessons": [
            {
                "title": "Begin bij het werkproces",
                "text": ("Stem eerst af wat je samen wilt doen, en pas daarna welke techniek daarbij hoort."),
            },
            {
                "title": "Regel het mandaat vooraf",
                "text": ("Gelijkwaardigheid is niet hetzelfde als iedereen overal over laten beslissen."),
            },
            {
                "title": "Evalueer zonder schuldvraag",
                "text": ("Een leersessie levert meer op dan een rapport over wat er misging."),
            },
            {
                "title": "Durf te stoppen",
                "text": ("Stoppen is geen falen als je het geleerde meeneemt naar een volgend traject."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Een jaar als rijksambtenaar in West-Brabant",
        "slug": "een-jaar-als-rijksambtenaar-in-west-brabant",
        "intro": (
            "Een beleidsmedewerker van het ministerie van Economische Zaken "
            "werkte een jaar in de regio. Ze kwam terug met een ander beeld "
            "van haar eigen werk."
        ),
        "publication_date": date(2023, 9, 12),
        "levels": ["individu"],
        "themes": ["in-de-regio", "sturen-in-netwerken"],
        "opgaven": ["overkoepelende-themas", "regionale-economie-als-versneller"],
        "regions": ["west-brabant"],
        "tags": ["detachering", "uitwisseling", "loopbaan"],
        "body": [
            "Op het ministerie schreef ze beleid voor regio's. In "
            "West-Brabant zag ze voor het eerst wat dat beleid in de praktijk "
            "betekende. 'Ik dacht dat ik wist hoe een regiodeal werkt,' "
            "vertelt ze. 'Maar ik had geen idee hoeveel tijd gemeenten kwijt "
            "zijn aan het verantwoorden van onze regelingen.'",
            "Ze werkte vier dagen per week op het regiokantoor in Etten-Leur "
            "en één dag in Den Haag. Die combinatie bleek waardevol. Als een "
            "project vastliep op een landelijke regel, wist ze bij wie ze "
            "moest aankloppen. En als een collega in Den Haag een nieuwe "
            "regeling bedacht, kon ze vertellen hoe die in de regio zou "
            "landen.",
            "Het was niet altijd makkelijk. In de regio werd ze soms gezien "
            "als 'de ogen van Den Haag', op het ministerie als iemand die "
            "'regionaal was geworden'. Ze leerde om beide rollen open te "
            "benoemen. 'Ik zei gewoon: ik werk voor het Rijk, maar ik zit "
            "hier om het samen beter te maken.'",
            "Terug op het ministerie werkt ze anders. Ze belt vaker met "
            "regio's voordat een regeling wordt opgesteld en pleit voor "
            "eenvoudiger verantwoording. Ze raadt elke beleidsmedewerker aan "
            "om een tijd in een andere bestuurslaag te werken.",
        ],
        "lessons": [
            {
                "title": "Ervaar de uitvoering zelf",
                "text": ("Beleid verandert als je ziet wat het in de praktijk vraagt."),
            },
            {
                "title": "Benoem je dubbele rol",
                "text": ("Openheid over je positie voorkomt wantrouwen aan beide kanten."),
            },
            {
                "title": "Houd de verbinding warm",
                "text": ("Een vaste dag op het eigen ministerie zorgt dat de kennis uit de regio ook landt."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Betaalbare woningen voor jongeren in de Achterhoek",
        "slug": "betaalbare-woningen-voor-jongeren-achterhoek",
        "intro": (
            "Jongeren vertrokken uit de Achterhoek omdat ze geen woning "
            "vonden. Gemeenten, corporaties en provincie kozen voor een "
            "regionale aanpak met flexibele woningen en kleine "
            "bouwprojecten in dorpen."
        ),
        "publication_date": date(2024, 11, 5),
        "levels": ["netwerk"],
        "themes": ["in-de-regio", "strategie-en-toekomst"],
        "opgaven": ["toekomstbestendig-wonen", "naar-een-vitaal-platteland"],
        "regions": ["achterhoek"],
        "tags": ["woningbouw", "jongeren", "flexwonen"],
        "body": [
            "In veel Achterhoekse dorpen was jarenlang nauwelijks gebouwd. "
            "De verwachting was dat de bevolking zou krimpen, en gemeenten "
            "waren terughoudend met nieuwe woningen. Die verwachting kwam "
            "niet uit: het aantal huishoudens groeide, en jongeren die wilden "
            "blijven, vonden geen betaalbare woning.",
            "In de regionale woondeal spraken de acht gemeenten met de "
            "provincie Gelderland en het Rijk af dat ieder dorp kleine "
            "woningbouwprojecten mag realiseren, afgestemd op de lokale "
            "behoefte. Daarnaast komen er flexibele woningen op tijdelijke "
            "locaties, die na vijftien jaar kunnen verhuizen.",
            "Het waterschap werd betrokken om te voorkomen dat nieuwe "
            "woningen op plekken komen die bij hevige regen onderlopen. En "
            "woningcorporaties kregen ruimte om samen met dorpsraden te "
            "bepalen welke woningen nodig zijn: starterswoningen, maar ook "
            "levensloopbestendige woningen voor ouderen, zodat "
            "eengezinswoningen vrijkomen.",
            "De eerste projecten zijn opgeleverd. Het is een begin, zeggen "
            "de betrokkenen, maar het signaal is belangrijk: jongeren hebben "
            "een toekomst in hun eigen dorp.",
        ],
        "factbox": {
            "title": "Wonen in de Achterhoek",
            "items": [
                {"label": "Aanpak", "value": "kleine projecten in elke kern"},
                {"label": "Flexwoningen", "value": "tijdelijk, verplaatsbaar na ongeveer vijftien jaar"},
                {"label": "Partners", "value": "gemeenten, provincie, corporaties, waterschap"},
            ],
        },
        "lessons": [
            {
                "title": "Toets oude aannames",
                "text": ("Verwachtingen over krimp bleken niet te kloppen. Kijk regelmatig opnieuw naar de cijfers."),
            },
            {
                "title": "Bouw naar behoefte, niet naar blauwdruk",
                "text": ("Laat dorpsraden en corporaties samen bepalen wat er nodig is."),
            },
            {
                "title": "Denk aan doorstroming",
                "text": ("Woningen voor ouderen maken eengezinswoningen vrij voor gezinnen."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Ondermijning in het buitengebied: samen de schuren in",
        "slug": "ondermijning-in-het-buitengebied",
        "intro": (
            "Lege stallen worden gebruikt voor drugslabs en opslag. In "
            "West-Brabant werken gemeenten, waterschap, provincie en politie "
            "samen aan een weerbaar platteland."
        ),
        "publication_date": date(2022, 4, 12),
        "levels": ["netwerk", "organisatie"],
        "themes": ["samenwerken-in-de-keten", "politiek-en-bestuur"],
        "opgaven": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
            "naar-een-vitaal-platteland",
        ],
        "regions": ["west-brabant"],
        "tags": ["ondermijning", "drugsafval", "weerbaarheid"],
        "body": [
            "Het begon met vaten drugsafval in een sloot. Waterschap "
            "Brabantse Delta moest de vervuiling opruimen, de gemeente zocht "
            "naar de dader en de provincie maakte zich zorgen over de "
            "natuur. Ieder deed zijn eigen deel, maar niemand had het "
            "totaalbeeld.",
            "Inmiddels werken de partijen samen in een regionaal "
            "programma tegen ondermijning in het buitengebied. Boeren "
            "worden voorgelicht over de risico's van het verhuren van lege "
            "schuren. Medewerkers van het waterschap die dagelijks langs "
            "sloten rijden, leren signalen herkennen en weten waar ze die "
            "kunnen melden.",
            "Het lastigste was het delen van informatie. Het waterschap "
            "wist niet wat het aan de gemeente mocht doorgeven, en de "
            "gemeente kon niet alles met de politie delen. Een convenant "
            "binnen het regionaal informatie- en expertisecentrum bracht "
            "duidelijkheid.",
            "Voor de betrokken bestuurders is ondermijning ook een persoonlijk "
            "onderwerp. Sommigen zijn bedreigd. Daarom is weerbaarheid van "
            "bestuurders en medewerkers een vast onderdeel van het "
            "programma, met training en een vast aanspreekpunt.",
        ],
        "factbox": {
            "title": "Weerbaar buitengebied",
            "items": [
                {"label": "Partners", "value": "gemeenten, waterschap, provincie, politie"},
                {"label": "Aanpak", "value": "voorlichting, signaleren, informatie delen"},
                {"label": "Basis", "value": "convenant binnen het RIEC"},
            ],
        },
        "lessons": [
            {
                "title": "Iedereen ziet een stukje",
                "text": ("Signalen van ondermijning zijn verspreid over organisaties. Breng ze samen."),
            },
            {
                "title": "Regel gegevensdeling vooraf",
                "text": ("Een convenant voorkomt dat medewerkers uit onzekerheid niets delen."),
            },
            {
                "title": "Zorg voor je mensen",
                "text": ("Wie ondermijning aanpakt, moet kunnen rekenen op steun bij intimidatie en bedreiging."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Van pilots naar praktijk: de nieuwe inburgering in een middelgrote gemeente",
        "slug": "van-pilots-naar-praktijk-inburgering",
        "intro": (
            "Met de nieuwe inburgeringswet kregen gemeenten de regie terug. "
            "Een klantmanager vertelt wat dat betekent voor haar dagelijkse "
            "werk."
        ),
        "publication_date": date(2022, 12, 6),
        "levels": ["individu"],
        "themes": ["burger-en-overheid", "samenwerken-in-de-keten"],
        "opgaven": ["nederland-en-migrant-goed-voorbereid"],
        "regions": [],
        "tags": ["inburgering", "klantmanager", "taal"],
        "body": [
            "Onder het oude stelsel moesten nieuwkomers zelf een taalschool "
            "zoeken en een lening afsluiten. Veel van hen raakten de weg "
            "kwijt, en sommigen hielden er schulden aan over. Met de nieuwe "
            "wet voert de gemeente de regie: een klantmanager maakt met de "
            "nieuwkomer een plan voor taal, werk en meedoen.",
            "'Ik zie mensen nu vanaf het begin,' vertelt een klantmanager in "
            "een middelgrote gemeente. 'Ik weet wat hun opleiding is, wat "
            "hun gezinssituatie is en waar ze tegenaan lopen. Daardoor kan ik "
            "sneller schakelen met de taalschool, de werkgever of de "
            "schuldhulpverlening.'",
            "De keten is lang: COA, gemeente, taalaanbieder, UWV, "
            "werkgevers, vrijwilligersorganisaties. Elke schakel heeft eigen "
            "systemen en afspraken. De gemeente investeerde daarom in vaste "
            "contactpersonen bij elke partner en een wekelijks casusoverleg.",
            "Er zijn ook zorgen. De werkdruk is hoog en het aantal "
            "nieuwkomers schommelt. Gemeenten vragen het Rijk om "
            "meerjarige financiering, zodat ze hun teams niet steeds moeten "
            "op- en afbouwen.",
        ],
        "lessons": [
            {
                "title": "Regie vraagt relaties",
                "text": ("Een klantmanager kan alleen regie voeren als ze de partners in de keten persoonlijk kent."),
            },
            {
                "title": "Kijk naar het hele gezin",
                "text": ("Inburgering hangt samen met schulden, zorg en onderwijs van kinderen."),
            },
            {
                "title": "Stabiliteit in financiering",
                "text": ("Meerjarige middelen voorkomen dat kennis verdwijnt als de instroom daalt."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Een dashboard dat iedereen leest",
        "slug": "een-dashboard-dat-iedereen-leest",
        "intro": (
            "In de Metropoolregio Amsterdam bouwden gemeenten en provincies "
            "samen een dashboard over woningbouw en bereikbaarheid. Het "
            "geheim: minder cijfers, meer gesprek."
        ),
        "publication_date": date(2025, 3, 4),
        "levels": ["organisatie", "netwerk"],
        "themes": ["data-en-informatie", "sturen-in-netwerken"],
        "opgaven": ["overkoepelende-themas", "toekomstbestendig-wonen"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["dashboard", "monitoring", "informatievoorziening"],
        "body": [
            "De eerste versie van het regionale dashboard telde meer dan "
            "honderd indicatoren. Niemand gebruikte het. Bestuurders kregen "
            "ieder kwartaal een rapportage van veertig pagina's, die vooral "
            "leidde tot discussie over definities.",
            "Het team besloot het roer om te gooien. In gesprekken met "
            "bestuurders en beleidsmakers werd gevraagd: welke drie vragen "
            "wil je elk kwartaal beantwoord zien? Het antwoord was "
            "verrassend eensgezind. Hoeveel woningen zijn er opgeleverd, "
            "hoeveel daarvan zijn betaalbaar, en waar loopt het vast?",
            "Het nieuwe dashboard past op één scherm. De achterliggende data "
            "zijn openbaar en worden door alle gemeenten op dezelfde manier "
            "aangeleverd. Elk kwartaal bespreken bestuurders het dashboard in "
            "een korte sessie, waarin niet de cijfers centraal staan maar de "
            "knelpunten erachter.",
            "Het dashboard heeft de samenwerking zakelijker gemaakt, zegt een "
            "betrokken adviseur. 'We discussiëren niet meer over wiens "
            "cijfers kloppen. We hebben het over wat we eraan gaan doen.'",
        ],
        "factbox": {
            "title": "Het regionale dashboard",
            "items": [
                {"label": "Kernvragen", "value": "3"},
                {"label": "Actualisatie", "value": "elk kwartaal"},
                {"label": "Data", "value": "openbaar, gelijke definities"},
            ],
        },
        "lessons": [
            {
                "title": "Minder is meer",
                "text": ("Een dashboard met drie kernvragen wordt gelezen; een met honderd indicatoren niet."),
            },
            {
                "title": "Spreek definities samen af",
                "text": ("Gelijke definities voorkomen eindeloze discussies over wiens cijfers kloppen."),
            },
            {
                "title": "Gebruik data als gespreksstarter",
                "text": ("Het doel van het dashboard is het gesprek over knelpunten, niet de cijfers zelf."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Vroegsignalering: de woningcorporatie belt aan",
        "slug": "vroegsignalering-de-woningcorporatie-belt-aan",
        "intro": (
            "In Amsterdam melden woningcorporaties huurachterstanden al na "
            "één maand bij de gemeente. Een schuldhulpverlener gaat dan op "
            "huisbezoek."
        ),
        "publication_date": date(2023, 2, 7),
        "levels": ["individu", "organisatie"],
        "themes": ["burger-en-overheid", "data-en-informatie"],
        "opgaven": ["problematische-schulden-voorkomen-en-oplossen"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["vroegsignalering", "schuldhulpverlening", "huurachterstand"],
        "body": [
            "Noor Bouzidi, projectleider vroegsignalering bij de gemeente "
            "Amsterdam, heeft een eenvoudige overtuiging: hoe eerder je erbij "
            "bent, hoe kleiner het probleem. 'Een huurachterstand van één "
            "maand is te overzien. Na zes maanden zijn er vaak ook schulden "
            "bij de energieleverancier, de zorgverzekeraar en de "
            "Belastingdienst.'",
            "Woningcorporaties, energiebedrijven, het drinkwaterbedrijf en "
            "zorgverzekeraars melden betalingsachterstanden bij de gemeente. "
            "Een team van schuldhulpverleners neemt binnen een paar dagen "
            "contact op, vaak met een huisbezoek. Ze komen niet om te "
            "controleren, maar om hulp aan te bieden.",
            "Niet iedereen staat te wachten op een ambtenaar aan de deur. "
            "Schuldhulpverleners leren daarom om het gesprek luchtig te "
            "beginnen en snel concreet te maken: kunnen we samen naar je "
            "post kijken? Ongeveer de helft van de bezochte huishoudens "
            "accepteert hulp, schat het team.",
            "Het systeem werkt alleen als gegevens goed worden gedeeld, en "
            "daar zijn strikte afspraken over. Gegevens worden alleen "
            "gebruikt voor het aanbieden van hulp en worden verwijderd als "
            "iemand die hulp niet wil. 'Vertrouwen is ons belangrijkste "
            "kapitaal,' zegt Bouzidi.",
        ],
        "factbox": {
            "title": "Vroegsignalering in het kort",
            "items": [
                {"label": "Signaal na", "value": "één maand betalingsachterstand"},
                {"label": "Melders", "value": "corporaties, energie, drinkwater, zorgverzekeraars"},
                {"label": "Contact", "value": "binnen enkele dagen, vaak met een huisbezoek"},
            ],
        },
        "lessons": [
            {
                "title": "Wees er vroeg bij",
                "text": ("Kleine achterstanden zijn makkelijker op te lossen dan grote schuldenproblemen."),
            },
            {
                "title": "Kom als helper, niet als controleur",
                "text": ("De toon van het eerste contact bepaalt of iemand hulp accepteert."),
            },
            {
                "title": "Bescherm de gegevens",
                "text": (
                    "Strikte afspraken over gebruik en verwijdering van gegevens zijn een voorwaarde voor vertrouwen."
                ),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "Samen naar werk: een regionaal arbeidsmarktoffensief in Groningen",
        "slug": "samen-naar-werk-groningen",
        "intro": (
            "Werkgevers in Groningen zoeken personeel, terwijl veel inwoners "
            "langs de kant staan. Gemeenten, provincie en UWV sloegen de "
            "handen ineen."
        ),
        "publication_date": date(2024, 8, 20),
        "levels": ["netwerk", "organisatie"],
        "themes": ["samenwerken-in-de-keten", "in-de-regio"],
        "opgaven": [
            "regionale-economie-als-versneller",
            "merkbaar-beter-in-het-sociaal-domein",
        ],
        "regions": ["groningen"],
        "tags": ["arbeidsmarkt", "werkgevers", "brede-welvaart"],
        "body": [
            "In de zorg, het onderwijs en de techniek staan in Groningen veel "
            "vacatures open. Tegelijk hebben relatief veel inwoners een "
            "uitkering of werken ze minder uren dan ze zouden willen. De "
            "arbeidsmarktregio besloot die twee werelden bij elkaar te "
            "brengen.",
            "De gemeenten, de provincie Groningen, UWV en werkgevers "
            "zetten samen een werkgeversservicepunt op dat werkzoekenden "
            "en bedrijven koppelt. Opleidingen worden afgestemd op de vraag, "
            "en werkgevers krijgen ondersteuning bij het begeleiden van "
            "nieuwe medewerkers met een afstand tot de arbeidsmarkt.",
            "Het lastigste was het afstemmen van regels. Een bijstandsgerechtigde "
            "die een opleiding volgt, kan zijn uitkering kwijtraken. Een "
            "werkgever die iemand met een beperking aanneemt, heeft met "
            "verschillende loonkostensubsidies te maken. Door knelpunten "
            "systematisch te verzamelen en aan het Rijk voor te leggen, "
            "werden enkele regels aangepast.",
            "De opbrengst is meer dan banen. Mensen die werk vinden, "
            "ervaren minder geldzorgen en een betere gezondheid. Voor de "
            "regio is het een onderdeel van het bredere streven naar "
            "perspectief na de jaren van gaswinning.",
        ],
        "lessons": [
            {
                "title": "Verzamel knelpunten systematisch",
                "text": ("Een goed gedocumenteerd knelpunt vindt sneller zijn weg naar de juiste tafel in Den Haag."),
            },
            {
                "title": "Werkgevers als partner",
                "text": ("Bedrijven willen graag bijdragen, als de overheid het eenvoudig maakt."),
            },
            {
                "title": "Werk is meer dan inkomen",
                "text": ("Wie werk vindt, ervaart vaak ook minder stress en betere gezondheid."),
            },
        ],
    },
    {
        "kind": "verhaal",
        "title": "De Omgevingswet als samenwerkingsopdracht",
        "slug": "omgevingswet-als-samenwerkingsopdracht",
        "intro": (
            "Sinds de invoering van de Omgevingswet werken gemeenten, "
            "provincies en waterschappen vaker samen aan één vergunning. In "
            "Doetinchem leerden ze dat het digitale stelsel pas werkt als de "
            "mensen erachter elkaar kennen."
        ),
        "publication_date": date(2024, 4, 23),
        "levels": ["organisatie"],
        "themes": ["data-en-informatie", "samenwerken-in-de-keten"],
        "opgaven": ["overkoepelende-themas"],
        "regions": ["achterhoek"],
        "tags": ["omgevingswet", "vergunningverlening", "digitalisering"],
        "body": [
            "Op 1 januari 2024 trad de Omgevingswet in werking. Voor "
            "initiatiefnemers zou alles eenvoudiger worden: één loket, één "
            "aanvraag, één vergunning. Achter dat loket moesten gemeenten, "
            "provincies, waterschappen en omgevingsdiensten hun werk "
            "opnieuw op elkaar afstemmen.",
            "Wouter Claassen, beleidsadviseur informatievoorziening bij de "
            "gemeente Doetinchem, zag dat het digitale stelsel aanvragen "
            "netjes doorzette naar de juiste partner. 'Maar daarna stokte "
            "het. Medewerkers wisten niet wie bij het waterschap over hun "
            "aanvraag ging, of hoe de omgevingsdienst de termijnen bewaakte.'",
            "De regio organiseerde daarom ketenoverleggen waarin "
            "vergunningverleners van alle partijen samen complexe aanvragen "
            "bespreken. Ook werden de werkprocessen in kaart gebracht, met "
            "voor elke stap een eigenaar. Dat leidde tot kortere "
            "doorlooptijden en minder vragen van aanvragers.",
            "'Technologie is een hulpmiddel,' zegt Claassen. 'Maar "
            "samenwerken doe je nog steeds door elkaar te bellen.'",
        ],
        "factbox": {
            "title": "Vergunningen onder de Omgevingswet",
            "items": [
                {"label": "In werking", "value": "1 januari 2024"},
                {"label": "Ketenpartners", "value": "gemeente, provincie, waterschap, omgevingsdienst"},
                {"label": "Werkwijze", "value": "ketenoverleg en procesplaat met eigenaren"},
            ],
        },
    },
    {
        "kind": "verhaal",
        "title": "Droogte op de zandgronden: boeren, waterschap en provincie zoeken balans",
        "slug": "droogte-op-de-zandgronden",
        "intro": (
            "Droge zomers zetten de Achterhoekse zandgronden onder druk. Een "
            "gebiedsproces bracht boeren, natuurbeheerders en overheden bij "
            "elkaar."
        ),
        "publication_date": date(2026, 2, 17),
        "levels": ["netwerk", "individu"],
        "themes": ["in-de-regio", "samenwerken-in-de-keten"],
        "opgaven": [
            "naar-een-vitaal-platteland",
            "samen-aan-de-slag-voor-het-klimaat",
        ],
        "regions": ["achterhoek"],
        "tags": ["droogte", "grondwater", "landbouw"],
        "body": [
            "In droge zomers zakt het grondwater op de Achterhoekse "
            "zandgronden zo ver dat beken droogvallen en gewassen verdorren. "
            "Boeren beregenen hun land met grondwater, wat de natuur verder "
            "verdroogt. Jarenlang stonden boeren en natuurbeheerders "
            "tegenover elkaar, met het waterschap als scheidsrechter.",
            "Waterschap Rijn en IJssel koos voor een andere rol. Strategisch "
            "adviseur Sabine Luttikhuis organiseerde met de provincie "
            "Gelderland en de gemeenten een gebiedsproces waarin alle "
            "partijen samen naar het watersysteem keken. 'We hebben eerst "
            "een jaar lang samen gemeten en gekeken, voordat we over "
            "maatregelen praatten,' vertelt ze.",
            "Die gezamenlijke kennis leverde een ander gesprek op. Boeren "
            "zagen hoe hun drainage het water te snel afvoerde. "
            "Natuurbeheerders zagen dat stuwen in landbouwsloten ook hun "
            "gebieden hielpen. Er werden afspraken gemaakt over "
            "peilgestuurde drainage, het vasthouden van water in de winter "
            "en minder beregening in droge perioden.",
            "Het proces is nog niet af, en niet iedereen is tevreden. Maar "
            "de partijen praten nu met elkaar in plaats van over elkaar. "
            "Luttikhuis: 'Water verbindt. Als je dat serieus neemt, moet je "
            "ook samen beslissen.'",
        ],
        "factbox": {
            "title": "Water vasthouden",
            "items": [
                {"label": "Maatregelen", "value": "stuwen, peilgestuurde drainage, minder beregening"},
                {"label": "Gezamenlijk meten", "value": "ongeveer een jaar"},
                {"label": "Partners", "value": "waterschap, provincie, gemeenten, boeren, natuur"},
            ],
        },
        "lessons": [
            {
                "title": "Eerst samen kijken",
                "text": ("Gezamenlijk feitenonderzoek maakt latere afspraken sterker."),
            },
            {
                "title": "Van scheidsrechter naar procesbegeleider",
                "text": (
                    "Een overheid die het gesprek organiseert, bereikt meer dan een overheid die alleen oordeelt."
                ),
            },
            {
                "title": "Niet iedereen wordt blij",
                "text": ("Een goed proces betekent niet dat iedereen tevreden is, wel dat iedereen is gehoord."),
            },
        ],
    },
]

ESSAYS = [
    {
        "kind": "essay",
        "title": "Eén overheid is geen eenheidsoverheid",
        "slug": "een-overheid-is-geen-eenheidsoverheid",
        "intro": (
            "Inwoners verwachten één overheid. Maar wie de verschillen tussen "
            "bestuurslagen wegpoetst, verliest wat samenwerking juist sterk "
            "maakt."
        ),
        "publication_date": date(2022, 3, 15),
        "levels": ["netwerk"],
        "themes": ["sturen-in-netwerken", "politiek-en-bestuur"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": [],
        "tags": ["interbestuurlijk-werken", "democratie", "bestuurslagen"],
        "body": [
            "'Eén overheid' is een aantrekkelijk ideaal. Voor de inwoner die "
            "met een vraag aanklopt, maakt het niet uit of die vraag bij de "
            "gemeente, de provincie, het waterschap of het Rijk hoort. Hij "
            "wil een antwoord. Het ideaal is terecht, maar het wordt vaak "
            "verkeerd begrepen, als een oproep om de verschillen tussen "
            "overheden zo klein mogelijk te maken.",
            "Dat is een misverstand. Nederland heeft bewust gekozen voor een "
            "gedecentraliseerde eenheidsstaat, met bestuurslagen die elk een "
            "eigen democratische legitimatie hebben. Een gemeenteraad, "
            "provinciale staten en een algemeen bestuur van een waterschap "
            "maken hun eigen afwegingen. Die verscheidenheid is geen "
            "hindernis, maar een bron van maatwerk en van democratische "
            "controle dicht bij de burger.",
            "Interbestuurlijk werken vraagt daarom niet om het opheffen van "
            "verschillen, maar om het organiseren ervan. Het gaat om "
            "samenwerking tussen partners die van elkaar verschillen en dat "
            "ook mogen blijven. Dat vraagt vakmanschap: het vermogen om de "
            "logica van een andere bestuurslaag te begrijpen zonder die over "
            "te nemen.",
            "De inwoner heeft recht op één overheid in de zin van één "
            "aanspreekpunt, één samenhangend antwoord en één overheid die "
            "zich verantwoordelijk voelt. Daarachter mag het gevarieerd en "
            "soms rommelig zijn, zolang het maar werkt. Eén overheid is een "
            "belofte aan de buitenkant, geen blauwdruk voor de binnenkant.",
        ],
        "authors": ["marleen-hofstede"],
        "publisher": "NSOB",
        "publication_year": 2022,
        "isbn": "978-90-5260-388-9",
        "related": [
            "sturen-zonder-hierarchie",
            "regios-als-vierde-bestuurslaag",
        ],
    },
    {
        "kind": "essay",
        "title": "Sturen zonder hiërarchie: publiek leiderschap in netwerken",
        "slug": "sturen-zonder-hierarchie",
        "intro": ("In een netwerk van overheden is niemand de baas. Wat betekent leiderschap dan nog?"),
        "publication_date": date(2023, 5, 9),
        "levels": ["individu", "netwerk"],
        "themes": ["sturen-in-netwerken", "strategie-en-toekomst"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["leiderschap", "netwerksturing", "publiek-leiderschap"],
        "body": [
            "Leiderschap in de publieke sector is lang gedacht langs de "
            "lijn: een minister, een directeur-generaal, een "
            "gemeentesecretaris die richting geeft aan een organisatie. Maar "
            "de grote opgaven van deze tijd passen niet in één lijn. Ze "
            "vragen om samenwerking tussen organisaties die elk hun eigen "
            "lijn hebben.",
            "In zo'n netwerk verandert de aard van leiderschap. Er is geen "
            "formele macht om besluiten op te leggen; invloed ontstaat door "
            "kennis, vertrouwen en het vermogen om anderen te laten zien "
            "waarom een gezamenlijk belang ook hun belang is. Leiders in "
            "netwerken zijn verbinders, vertalers en soms ook de persoon die "
            "het ongemakkelijke gesprek durft te voeren.",
            "Dat vraagt iets van de persoon, maar ook van de organisatie "
            "waar die persoon vandaan komt. Een professional die in een "
            "netwerk werkt, heeft mandaat nodig om toezeggingen te doen en "
            "ruimte om soms af te wijken van de eigen organisatiebelangen. "
            "Organisaties die dat niet bieden, sturen feitelijk "
            "onderhandelaars in plaats van partners.",
            "Sturen zonder hiërarchie is geen zwakke vorm van sturen. Het is "
            "een andere vorm, die vraagt om geduld, om het vermogen tot "
            "reflectie en om een scherpe blik op de opgave. Wie daarin "
            "slaagt, bereikt resultaten die geen enkele organisatie alleen "
            "had kunnen behalen.",
        ],
        "authors": ["joost-wiersma", "marleen-hofstede"],
        "publisher": "NSOB",
        "publication_year": 2023,
        "isbn": "978-90-5260-415-2",
        "related": ["leren-in-de-schaduw-van-de-politiek"],
    },
    {
        "kind": "essay",
        "title": "De prijs van samenwerken: over financiële verhoudingen tussen Rijk en medeoverheden",
        "slug": "de-prijs-van-samenwerken",
        "intro": ("Geld is zelden het doel van samenwerking, maar bijna altijd de reden dat ze vastloopt."),
        "publication_date": date(2023, 10, 24),
        "levels": ["netwerk"],
        "themes": ["geld-en-middelen", "sterk-bestuur"],
        "opgaven": ["passende-financiele-verhoudingen"],
        "regions": [],
        "tags": ["gemeentefonds", "financiele-verhoudingen", "decentralisatie"],
        "body": [
            "Wie het gesprek tussen Rijk en medeoverheden volgt, hoort "
            "steeds dezelfde klacht: er komen taken bij, maar het geld komt "
            "niet mee. Gemeenten wijzen op tekorten in de jeugdzorg, "
            "provincies op de kosten van het landelijk gebied, waterschappen "
            "op de investeringen in dijken en zuivering. Het Rijk wijst op "
            "de eigen begrotingsregels en op de vrijheid die medeoverheden "
            "hebben om zelf keuzes te maken.",
            "Beide kanten hebben een punt, en juist daarom loopt het "
            "gesprek zo vaak vast. Financiële verhoudingen zijn niet alleen "
            "een technische kwestie van verdeelmodellen en accressen. Ze "
            "weerspiegelen hoe overheden over elkaar denken: als "
            "uitvoerders van rijksbeleid of als zelfstandige overheden met "
            "eigen verantwoordelijkheid.",
            "Een passende verhouding begint bij voorspelbaarheid. Een "
            "gemeente die niet weet wat ze over drie jaar te besteden heeft, "
            "kan geen langjarige afspraken maken over woningbouw of "
            "jeugdzorg. Daarnaast is een eigen belastinggebied van belang: "
            "wie zelf inkomsten werft, legt ook zelf verantwoording af aan "
            "de eigen inwoners.",
            "Ten slotte vraagt het om eerlijkheid over keuzes. Niet alles "
            "kan, en dat hoort in het gesprek tussen overheden ook gezegd te "
            "worden. Een gezamenlijke afweging over wat wel en niet "
            "gebeurt, is beter dan een stille afwenteling van tekorten naar "
            "de bestuurslaag die het dichtst bij de burger staat.",
        ],
        "authors": ["hanneke-brinkhuis", "pieter-scholten"],
        "publisher": "Raad voor het Openbaar Bestuur",
        "publication_year": 2023,
        "isbn": "978-90-8275-101-7",
        "related": ["bestuurlijke-drukte-of-bestuurlijke-kracht"],
    },
    {
        "kind": "essay",
        "title": "Vertrouwen herstellen na Groningen",
        "slug": "vertrouwen-herstellen-na-groningen",
        "intro": (
            "Wat kan de rest van het land leren van de manier waarop "
            "overheden in Groningen proberen verloren vertrouwen terug te "
            "winnen?"
        ),
        "publication_date": date(2024, 3, 26),
        "levels": ["individu", "organisatie", "netwerk"],
        "themes": ["burger-en-overheid", "politiek-en-bestuur"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": ["groningen"],
        "tags": ["vertrouwen", "gaswinning", "herstel"],
        "body": [
            "Groningen is voor de Nederlandse overheid een pijnlijke spiegel. "
            "Jarenlang werden signalen over aardbevingsschade genegeerd of "
            "weggeschoven. Toen de overheid eindelijk in actie kwam, "
            "verstrikte ze zich in procedures, instanties en regels die voor "
            "bewoners onbegrijpelijk waren.",
            "Het herstel van vertrouwen is daarom geen kwestie van een "
            "nieuwe communicatiestrategie. Het vraagt om een overheid die "
            "laat zien dat ze anders werkt: sneller, eenvoudiger en "
            "menselijker. Dat betekent ook dat overheden bereid zijn om "
            "regels opzij te zetten als die de bedoeling in de weg staan.",
            "Voor professionals is dat geen abstracte opdracht. Het gaat om "
            "de ambtenaar die een bewoner terugbelt, de jurist die zoekt "
            "naar wat wél kan, en de bestuurder die publiekelijk toegeeft "
            "dat er fouten zijn gemaakt. Vertrouwen wordt gebouwd in "
            "duizenden kleine interacties.",
            "Groningen laat ook zien dat vertrouwen niet bij één bestuurslaag "
            "te herstellen is. Voor de inwoner is het Rijk, de provincie, de "
            "gemeente en de uitvoeringsorganisatie allemaal dezelfde "
            "overheid. Wie vertrouwen wil herstellen, moet dat dus samen "
            "doen, en elkaar aanspreken als het ergens misgaat.",
        ],
        "authors": ["aafke-bosma", "monique-harmsen"],
        "publisher": "Overheid van Nu",
        "publication_year": 2024,
        "isbn": "",
        "related": ["een-overheid-is-geen-eenheidsoverheid"],
    },
    {
        "kind": "essay",
        "title": "Regio's als vierde bestuurslaag?",
        "slug": "regios-als-vierde-bestuurslaag",
        "intro": (
            "Steeds meer besluiten worden in regionale samenwerkingsverbanden "
            "genomen. Is dat een probleem voor de democratie, of juist een "
            "antwoord op opgaven die over gemeentegrenzen heen gaan?"
        ),
        "publication_date": date(2021, 6, 22),
        "levels": ["netwerk"],
        "themes": ["in-de-regio", "politiek-en-bestuur", "sterk-bestuur"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": ["west-brabant", "achterhoek"],
        "tags": ["regionale-samenwerking", "democratische-legitimiteit", "gemeenschappelijke-regelingen"],
        "body": [
            "Een gemiddelde gemeente neemt deel aan tientallen "
            "samenwerkingsverbanden: voor jeugdzorg, veiligheid, "
            "afvalinzameling, economie, wonen en energie. Elk verband heeft "
            "een eigen indeling, een eigen bestuur en een eigen manier van "
            "verantwoorden. Voor raadsleden is het bijna onmogelijk om het "
            "overzicht te houden.",
            "Critici spreken van een sluipende vierde bestuurslaag, zonder "
            "directe democratische legitimatie. Voorstanders wijzen erop dat "
            "veel opgaven nu eenmaal regionaal zijn: een arbeidsmarkt, een "
            "woningmarkt of een watersysteem houdt zich niet aan "
            "gemeentegrenzen.",
            "Beide posities hebben gelijk, en daarom is de vraag niet of "
            "regionale samenwerking nodig is, maar hoe ze democratisch "
            "wordt ingebed. Dat vraagt om minder en logischer "
            "samenwerkingsverbanden, om betere informatie voor raadsleden "
            "en om vormen waarin volksvertegenwoordigers van verschillende "
            "gemeenten samen kunnen sturen.",
            "Een vierde bestuurslaag hoeft er niet te komen. Wel moet de "
            "regio een plek worden waar democratische controle net zo "
            "vanzelfsprekend is als in het eigen gemeentehuis.",
        ],
        "authors": ["hanneke-brinkhuis"],
        "publisher": "Raad voor het Openbaar Bestuur",
        "publication_year": 2021,
        "isbn": "978-90-8275-214-4",
        "related": [],
    },
    {
        "kind": "essay",
        "title": "Het sociaal domein na tien jaar decentralisatie",
        "slug": "sociaal-domein-na-tien-jaar-decentralisatie",
        "intro": (
            "In 2015 kregen gemeenten de verantwoordelijkheid voor "
            "jeugdzorg, Wmo en participatie. Tien jaar later is het tijd voor "
            "een eerlijke balans."
        ),
        "publication_date": date(2025, 1, 14),
        "levels": ["organisatie", "netwerk"],
        "themes": ["burger-en-overheid", "geld-en-middelen", "leren-en-reflecteren"],
        "opgaven": [
            "merkbaar-beter-in-het-sociaal-domein",
            "passende-financiele-verhoudingen",
        ],
        "regions": [],
        "tags": ["decentralisatie", "jeugdzorg", "wmo"],
        "body": [
            "De decentralisaties in het sociaal domein waren gebaseerd op "
            "een overtuigende gedachte: gemeenten staan dicht bij inwoners "
            "en kunnen zorg en ondersteuning beter in samenhang organiseren "
            "dan het Rijk. Tien jaar later is die gedachte nog steeds "
            "overtuigend, maar de uitwerking heeft veel gemeenten in "
            "financiële problemen gebracht.",
            "Er is ook veel bereikt. Wijkteams zijn een vertrouwd gezicht "
            "geworden, en gemeenten hebben geleerd om maatwerk te leveren. "
            "Inwoners die hulp zoeken, weten vaker waar ze terecht kunnen. "
            "Tegelijk groeide het gebruik van jeugdzorg sterk, zonder dat "
            "altijd duidelijk was of die hulp ook effectief was.",
            "De belangrijkste les is misschien dat decentraliseren meer is "
            "dan taken overdragen. Het vraagt om heldere afspraken over "
            "stelselverantwoordelijkheid, om realistische budgetten en om "
            "ruimte voor gemeenten om keuzes te maken die lokaal passen. "
            "Waar het Rijk tegelijk decentraliseert en blijft sturen, raken "
            "gemeenten klem.",
            "Voor de komende jaren is het van belang dat Rijk en gemeenten "
            "samen de balans opmaken en bijsturen, met de inwoner als "
            "maatstaf. Merkbaar beter moet geen slogan zijn, maar een "
            "toets die bij elke keuze wordt gesteld.",
        ],
        "authors": ["yasmina-el-amrani"],
        "publisher": "Overheid van Nu",
        "publication_year": 2025,
        "isbn": "",
        "related": ["de-prijs-van-samenwerken"],
    },
    {
        "kind": "essay",
        "title": "Strategisch vermogen: denken in scenario's voorbij de kabinetsperiode",
        "slug": "strategisch-vermogen-denken-in-scenarios",
        "intro": (
            "Overheden plannen in termijnen van vier jaar, terwijl de "
            "opgaven decennia beslaan. Hoe versterk je het strategisch "
            "vermogen van het hele bestuurlijke stelsel?"
        ),
        "publication_date": date(2024, 6, 11),
        "levels": ["organisatie", "netwerk"],
        "themes": ["strategie-en-toekomst", "leren-en-reflecteren"],
        "opgaven": ["overkoepelende-themas", "samen-aan-de-slag-voor-het-klimaat"],
        "regions": [],
        "tags": ["scenario-planning", "toekomstverkenning", "lange-termijn"],
        "body": [
            "De energietransitie, de woningbouwopgave en de toekomst van "
            "het landelijk gebied zijn opgaven voor decennia. Toch worden de "
            "meeste besluiten genomen binnen de horizon van een "
            "kabinetsperiode of een collegeperiode. Dat leidt tot "
            "zigzagbeleid, waarin koerswijzigingen de uitvoering telkens "
            "opnieuw ontregelen.",
            "Strategisch vermogen is het vermogen om verder te kijken dan "
            "de actualiteit en om keuzes te maken die ook onder "
            "verschillende toekomsten houdbaar zijn. Scenario's helpen "
            "daarbij, niet om de toekomst te voorspellen, maar om je voor te "
            "bereiden op meerdere mogelijkheden.",
            "Interbestuurlijk ligt hier een kans. Provincies, gemeenten en "
            "waterschappen hebben vaak een langere adem dan het Rijk, en "
            "zien trends in hun regio eerder. Door gezamenlijke "
            "toekomstverkenningen te maken, ontstaat een gedeeld beeld dat "
            "steviger is dan dat van één bestuurslaag.",
            "Dat vraagt om ruimte in organisaties voor strategisch werk, "
            "los van de waan van de dag. En het vraagt om bestuurders die "
            "bereid zijn om hun eigen termijn te overstijgen.",
        ],
        "authors": ["joost-wiersma"],
        "publisher": "NSOB",
        "publication_year": 2024,
        "isbn": "978-90-5260-529-6",
        "related": ["sturen-zonder-hierarchie"],
    },
    {
        "kind": "essay",
        "title": "De waterschappen als stille kracht in de samenwerking",
        "slug": "de-waterschappen-als-stille-kracht",
        "intro": (
            "Waterschappen zijn de oudste democratische bestuurslaag van "
            "Nederland, maar worden in interbestuurlijke samenwerking vaak "
            "vergeten. Onterecht."
        ),
        "publication_date": date(2022, 8, 30),
        "levels": ["organisatie", "netwerk"],
        "themes": ["samenwerken-in-de-keten", "in-de-regio"],
        "opgaven": [
            "samen-aan-de-slag-voor-het-klimaat",
            "naar-een-vitaal-platteland",
        ],
        "regions": ["achterhoek"],
        "tags": ["waterschap", "watersysteem", "klimaatadaptatie"],
        "body": [
            "Als er over interbestuurlijk werken wordt gesproken, gaat het "
            "vaak over Rijk, provincies en gemeenten. De waterschappen komen "
            "er pas bij als er water in het spel is. Dat is een gemiste "
            "kans, want vrijwel elke ruimtelijke opgave heeft gevolgen voor "
            "het watersysteem.",
            "Waterschappen brengen iets bijzonders mee: een lange traditie "
            "van denken in systemen en in lange termijnen. Een dijk wordt "
            "ontworpen voor honderd jaar, een zuivering voor veertig. Die "
            "blik is waardevol in opgaven als woningbouw, energietransitie "
            "en de toekomst van de landbouw.",
            "Om die waarde te benutten, moeten waterschappen vroeg aan tafel "
            "komen, niet pas als de plannen klaar zijn. Dat vraagt ook iets "
            "van de waterschappen zelf: de bereidheid om buiten de eigen "
            "kerntaken mee te denken en om een actieve partner te zijn in "
            "regionale netwerken.",
            "De praktijk laat zien dat het kan. Van warmte uit "
            "oppervlaktewater tot gebiedsprocessen tegen droogte: waar "
            "waterschappen vroeg meedoen, ontstaan oplossingen die "
            "niemand alleen had bedacht.",
        ],
        "authors": ["sabine-luttikhuis", "koen-dijkhuis"],
        "publisher": "Overheid van Nu",
        "publication_year": 2022,
        "isbn": "",
        "related": [],
    },
    {
        "kind": "essay",
        "title": "Leren in de schaduw van de politiek",
        "slug": "leren-in-de-schaduw-van-de-politiek",
        "intro": (
            "Fouten toegeven is lastig als elke fout politiek kan worden "
            "uitvergroot. Hoe organiseer je lerend vermogen in een politieke "
            "omgeving?"
        ),
        "publication_date": date(2025, 5, 13),
        "levels": ["individu", "organisatie"],
        "themes": ["leren-en-reflecteren", "politiek-en-bestuur"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["lerend-vermogen", "aanspreekcultuur", "verantwoording"],
        "body": [
            "Er gaan altijd dingen mis. Dat is een van de zeven zekerheden "
            "van het Interbestuurlijk Programma, en het is een waarheid die "
            "in elke organisatie herkend wordt. Toch is het in de publieke "
            "sector moeilijk om openlijk van fouten te leren, omdat fouten "
            "politieke gevolgen kunnen hebben.",
            "Ambtenaren leren al vroeg om risico's te vermijden en "
            "bestuurders te beschermen. Dat is begrijpelijk, maar het "
            "belemmert het leren. Als problemen pas aan het licht komen "
            "wanneer ze niet meer te verbergen zijn, is het vaak te laat om "
            "bij te sturen.",
            "Lerend vermogen vraagt om veilige plekken: momenten en "
            "vormen waarin professionals vrijuit kunnen praten over wat "
            "misgaat, zonder dat dit direct in de openbaarheid komt. Het "
            "vraagt ook om bestuurders die het goede voorbeeld geven door "
            "zelf te erkennen wat ze anders hadden moeten doen.",
            "Tegelijk mag leren geen alibi zijn voor het ontlopen van "
            "verantwoording. De kunst is om beide te combineren: "
            "transparant zijn over wat er gebeurt, en tegelijk ruimte "
            "bieden om daarvan te leren. Dat is een opgave voor elke "
            "bestuurslaag, en voor de samenwerking tussen bestuurslagen in "
            "het bijzonder.",
        ],
        "authors": ["marleen-hofstede"],
        "publisher": "NSOB",
        "publication_year": 2025,
        "isbn": "978-90-8275-332-5",
        "related": [],
    },
    {
        "kind": "essay",
        "title": "Data delen zonder grenzen te verliezen",
        "slug": "data-delen-zonder-grenzen-te-verliezen",
        "intro": (
            "Overheden willen gegevens delen om samen beter te werken. Maar "
            "waar ligt de grens tussen slim samenwerken en ongewenst "
            "meekijken?"
        ),
        "publication_date": date(2023, 4, 18),
        "levels": ["organisatie", "netwerk"],
        "themes": ["data-en-informatie", "burger-en-overheid"],
        "opgaven": [
            "overkoepelende-themas",
            "problematische-schulden-voorkomen-en-oplossen",
        ],
        "regions": [],
        "tags": ["gegevensdeling", "privacy", "avg"],
        "body": [
            "Elke interbestuurlijke samenwerking stuit vroeg of laat op "
            "dezelfde vraag: mogen we deze gegevens met elkaar delen? Het "
            "antwoord is vaak onduidelijk, en uit voorzichtigheid wordt "
            "dan besloten om het niet te doen. Dat is soms terecht, maar "
            "vaak ook een gemiste kans om inwoners beter te helpen.",
            "Tegelijk leert de recente geschiedenis dat gegevensdeling door "
            "de overheid ernstige gevolgen kan hebben. Risicomodellen en "
            "gekoppelde bestanden hebben mensen onterecht als fraudeur "
            "aangemerkt. Die ervaring maakt terughoudendheid begrijpelijk.",
            "De uitweg ligt niet in meer of minder delen, maar in beter "
            "delen. Dat begint bij een helder doel, dat ook voor de inwoner "
            "te begrijpen is. Het vraagt om minimale gegevens, om "
            "transparantie over wat er gebeurt en om een onafhankelijke "
            "toets. En het vraagt om de bereidheid om te stoppen als het "
            "doel niet wordt bereikt.",
            "Interbestuurlijk kunnen overheden hier veel van elkaar leren. "
            "Waar de ene gemeente een zorgvuldige aanpak heeft ontwikkeld, "
            "hoeft de andere het wiel niet opnieuw uit te vinden.",
        ],
        "authors": ["wouter-claassen"],
        "publisher": "Overheid van Nu",
        "publication_year": 2023,
        "isbn": "",
        "related": [],
    },
    {
        "kind": "essay",
        "title": "Bestuurlijke drukte of bestuurlijke kracht?",
        "slug": "bestuurlijke-drukte-of-bestuurlijke-kracht",
        "intro": (
            "Het aantal overleggen tussen overheden groeit. Is dat "
            "bestuurlijke drukte, of de prijs die we betalen voor "
            "samenwerking aan complexe opgaven?"
        ),
        "publication_date": date(2026, 2, 3),
        "levels": ["netwerk", "individu"],
        "themes": ["sterk-bestuur", "sturen-in-netwerken"],
        "opgaven": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
            "passende-financiele-verhoudingen",
        ],
        "regions": ["achterhoek"],
        "tags": ["bestuurskracht", "overlegstructuren", "governance"],
        "body": [
            "Een wethouder in een middelgrote gemeente besteedt een groot "
            "deel van de week aan regionale overleggen. Ambtenaren "
            "bereiden die overleggen voor, schrijven verslagen en "
            "volgen afspraken op. Het is verleidelijk om te spreken van "
            "bestuurlijke drukte, en om te pleiten voor minder overleg.",
            "Maar overleg is niet per definitie verspilling. De opgaven "
            "waar overheden voor staan zijn complex en raken aan meerdere "
            "bestuurslagen. Wie ze wil oplossen, moet afstemmen. De vraag is "
            "dus niet hoeveel overleg er is, maar of het overleg iets "
            "oplevert.",
            "Bestuurlijke kracht ontstaat wanneer overleg leidt tot "
            "besluiten, wanneer rollen helder zijn en wanneer partijen elkaar "
            "kunnen aanspreken op afspraken. Bestuurlijke drukte ontstaat "
            "wanneer dezelfde mensen in verschillende samenstellingen "
            "dezelfde onderwerpen bespreken, zonder dat iemand beslist.",
            "Een periodieke schoonmaak van overlegstructuren is daarom "
            "geen luxe. Stel per overleg de vraag: welke opgave dient dit, "
            "wie beslist hier, en wat zou er gebeuren als het niet meer "
            "bestond?",
        ],
        "authors": ["hanneke-brinkhuis", "henk-reinders"],
        "publisher": "Raad voor het Openbaar Bestuur",
        "publication_year": 2026,
        "isbn": "978-90-8275-467-4",
        "related": ["regios-als-vierde-bestuurslaag"],
    },
    {
        "kind": "essay",
        "title": "Migratie als gedeelde opgave",
        "slug": "migratie-als-gedeelde-opgave",
        "intro": (
            "Opvang, huisvesting en inburgering van nieuwkomers vragen om "
            "een overheid die over de grenzen van bestuurslagen heen durft "
            "te kijken."
        ),
        "publication_date": date(2024, 10, 1),
        "levels": ["netwerk"],
        "themes": ["samenwerken-in-de-keten", "strategie-en-toekomst"],
        "opgaven": [
            "nederland-en-migrant-goed-voorbereid",
            "toekomstbestendig-wonen",
        ],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["migratie", "opvang", "huisvesting"],
        "body": [
            "De discussie over migratie in Nederland wordt vaak gevoerd in "
            "termen van aantallen: hoeveel asielzoekers, hoeveel "
            "statushouders, hoeveel arbeidsmigranten. Minder aandacht gaat "
            "naar de vraag hoe overheden samen kunnen zorgen dat nieuwkomers "
            "en de samenleving goed zijn voorbereid.",
            "De opvang van asielzoekers is een taak van het Rijk, de "
            "huisvesting van statushouders een taak van gemeenten, en de "
            "ruimtelijke afweging deels een taak van provincies. Als de "
            "instroom stijgt, ontstaan knelpunten op elk van die punten "
            "tegelijk, en wijzen partijen snel naar elkaar.",
            "Een gedeelde opgave vraagt om gedeelde planning. Dat betekent "
            "meerjarige afspraken over capaciteit, die niet bij elke "
            "schommeling opnieuw ter discussie staan. Het betekent ook dat "
            "huisvesting van nieuwkomers onderdeel is van de bredere "
            "woningbouwopgave, en niet een aparte categorie die concurreert "
            "met andere woningzoekenden.",
            "Inburgering slaagt niet op papier, maar in de praktijk: op de "
            "werkvloer, in de klas en in de buurt. Overheden kunnen die "
            "praktijk mogelijk maken door samen te werken met werkgevers, "
            "onderwijs en maatschappelijke organisaties, en door te leren "
            "van wat werkt.",
        ],
        "authors": ["ingrid-boschma", "lisa-van-rijswijk"],
        "publisher": "Overheid van Nu",
        "publication_year": 2024,
        "isbn": "978-90-8275-583-1",
        "related": [],
    },
]

TIPS = [
    {
        "kind": "tip",
        "title": "Begin met een gezamenlijke opgavebeschrijving",
        "slug": "begin-met-een-gezamenlijke-opgavebeschrijving",
        "intro": ("Schrijf samen op welk probleem je oplost, voordat je over oplossingen praat."),
        "publication_date": date(2021, 3, 2),
        "levels": ["netwerk"],
        "themes": ["sturen-in-netwerken", "strategie-en-toekomst"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["opgavegericht-werken", "startnotitie"],
        "body": [
            "Vraag elke partner om in een paar zinnen op te schrijven wat "
            "volgens hen het probleem is, voor wie, en wat er gebeurt als "
            "niemand iets doet. Leg de teksten naast elkaar en bespreek de "
            "verschillen.",
            "Maak er daarna één gezamenlijke tekst van van maximaal een "
            "halve pagina. Die tekst is je kompas: bij elke lastige keuze "
            "kun je teruggrijpen op wat je samen hebt afgesproken.",
        ],
    },
    {
        "kind": "tip",
        "title": "Maak een krachtenveldanalyse voor je eerste overleg",
        "slug": "maak-een-krachtenveldanalyse",
        "intro": ("Breng in kaart wie welke belangen, bevoegdheden en middelen heeft, voordat je aan tafel gaat."),
        "publication_date": date(2021, 5, 18),
        "levels": ["individu"],
        "themes": ["sturen-in-netwerken", "politiek-en-bestuur"],
        "opgaven": [],
        "regions": [],
        "tags": ["krachtenveld", "stakeholderanalyse", "voorbereiding"],
        "body": [
            "Teken op één vel de partijen rond de opgave. Noteer per partij "
            "wat hun belang is, welke formele bevoegdheid ze hebben, welke "
            "middelen ze inbrengen en wie er bestuurlijk verantwoordelijk is.",
            "Let vooral op de verborgen belangen: een wethouder met "
            "verkiezingen in aantocht, een waterschap met een krappe "
            "begroting, een ministerie dat net een Kamerbrief heeft "
            "gestuurd. Die verklaren vaak meer dan de officiële standpunten.",
        ],
    },
    {
        "kind": "tip",
        "title": "Spreek af wie het succes vertelt",
        "slug": "spreek-af-wie-het-succes-vertelt",
        "intro": (
            "Niets ondermijnt samenwerking zo snel als een partner die een "
            "gezamenlijk resultaat als eigen succes presenteert."
        ),
        "publication_date": date(2022, 1, 25),
        "levels": ["organisatie"],
        "themes": ["politiek-en-bestuur", "burger-en-overheid"],
        "opgaven": ["regionale-economie-als-versneller"],
        "regions": ["west-brabant"],
        "tags": ["communicatie", "gezamenlijke-opbrengst", "persbericht"],
        "body": [
            "Maak bij de start van een samenwerking afspraken over "
            "communicatie. Wie stuurt een persbericht, welke logo's staan "
            "erop, wie staat er op de foto bij de opening?",
            "Stel een gezamenlijke kernboodschap op die iedere partner in "
            "eigen woorden kan vertellen. Zo laat je de gezamenlijke "
            "opbrengst zien, en krijgt iedere bestuurder ook zijn eigen "
            "verhaal voor de raad of de staten.",
        ],
    },
    {
        "kind": "tip",
        "title": "Plan een reflectiemoment na elke mijlpaal",
        "slug": "plan-een-reflectiemoment-na-elke-mijlpaal",
        "intro": (
            "Een uur terugkijken na een mijlpaal levert vaak meer op dan een uitgebreide evaluatie aan het eind."
        ),
        "publication_date": date(2022, 5, 31),
        "levels": ["individu", "organisatie"],
        "themes": ["leren-en-reflecteren"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["reflectie", "evaluatie", "lerend-vermogen"],
        "body": [
            "Zet direct na een bestuurlijk overleg, een besluit of een "
            "oplevering een uur in de agenda met de betrokken partners. "
            "Stel drie vragen: wat ging goed, wat ging mis, en wat doen we "
            "de volgende keer anders?",
            "Schrijf de antwoorden op in een gedeeld document. Zo bouw je "
            "gaandeweg een logboek op van wat je samen hebt geleerd, en "
            "hoeven nieuwe collega's niet alles opnieuw te ontdekken.",
        ],
    },
    {
        "kind": "tip",
        "title": "Zoek je tegenhanger bij de andere bestuurslaag",
        "slug": "zoek-je-tegenhanger",
        "intro": (
            "Voor bijna elke functie bestaat een collega bij een andere overheid die met hetzelfde vraagstuk bezig is."
        ),
        "publication_date": date(2022, 9, 6),
        "levels": ["individu"],
        "themes": ["sturen-in-netwerken", "in-de-regio"],
        "opgaven": [],
        "regions": ["achterhoek"],
        "tags": ["netwerken", "collega", "koffie"],
        "body": [
            "Werk je aan woningbouw bij een gemeente? Zoek dan de collega "
            "bij de provincie en het waterschap die over dezelfde locaties "
            "gaat. Werk je bij een ministerie aan schuldhulp? Zoek een "
            "schuldhulpverlener in een gemeente.",
            "Plan een kop koffie zonder agenda. De relatie die je opbouwt, "
            "is goud waard als het later spannend wordt en je snel iemand "
            "moet kunnen bellen.",
        ],
    },
    {
        "kind": "tip",
        "title": "Gebruik de bestuurlijke agenda als kalender",
        "slug": "gebruik-de-bestuurlijke-agenda-als-kalender",
        "intro": (
            "Begrotingscycli, raadsvergaderingen en verkiezingen bepalen wanneer een voorstel kans van slagen heeft."
        ),
        "publication_date": date(2023, 1, 17),
        "levels": ["organisatie"],
        "themes": ["politiek-en-bestuur", "geld-en-middelen"],
        "opgaven": ["passende-financiele-verhoudingen"],
        "regions": [],
        "tags": ["planning", "begrotingscyclus", "verkiezingen"],
        "body": [
            "Zet de belangrijkste bestuurlijke momenten van alle partners in "
            "één jaaroverzicht: kadernota's, begrotingsbehandelingen, "
            "verkiezingen, zomerreces. Je ziet dan snel dat er maar een "
            "paar momenten per jaar zijn waarop iedereen kan besluiten.",
            "Plan je proces terug vanaf die momenten. Een voorstel dat een "
            "week te laat komt voor de begrotingsbehandeling, kan zomaar een "
            "jaar vertraging oplopen.",
        ],
    },
    {
        "kind": "tip",
        "title": "Leg gegevensdeling vroeg juridisch vast",
        "slug": "leg-gegevensdeling-vroeg-juridisch-vast",
        "intro": ("Wacht niet tot de uitvoering begint om uit te zoeken of je gegevens mag delen."),
        "publication_date": date(2023, 3, 28),
        "levels": ["organisatie"],
        "themes": ["data-en-informatie", "samenwerken-in-de-keten"],
        "opgaven": ["problematische-schulden-voorkomen-en-oplossen"],
        "regions": [],
        "tags": ["avg", "convenant", "privacy"],
        "body": [
            "Betrek bij de start van een samenwerking de privacy-officers "
            "en juristen van alle partners. Bespreek welke gegevens echt "
            "nodig zijn, op welke grondslag en hoe lang ze bewaard worden.",
            "Leg de afspraken vast in een convenant of "
            "verwerkersovereenkomst. Zo voorkom je dat medewerkers in de "
            "uitvoering uit onzekerheid niets delen, of juist te veel.",
        ],
    },
    {
        "kind": "tip",
        "title": "Neem een inwoner mee naar het overleg",
        "slug": "neem-een-inwoner-mee-naar-het-overleg",
        "intro": (
            "Een kwartier luisteren naar iemand die de opgave zelf ervaart, verandert de toon van een vergadering."
        ),
        "publication_date": date(2023, 7, 11),
        "levels": ["individu", "organisatie"],
        "themes": ["burger-en-overheid"],
        "opgaven": ["merkbaar-beter-in-het-sociaal-domein"],
        "regions": ["groningen"],
        "tags": ["ervaringsdeskundige", "inwonersperspectief", "participatie"],
        "body": [
            "Nodig bij een interbestuurlijk overleg een inwoner, ondernemer "
            "of uitvoerder uit om te vertellen hoe de opgave in de praktijk "
            "uitpakt. Geef hem of haar de eerste vijftien minuten van de "
            "vergadering.",
            "Vraag de deelnemers daarna: wat betekent dit voor onze "
            "agenda? Je zult merken dat discussies over bevoegdheden en "
            "budgetten dan sneller concreet worden.",
        ],
    },
    {
        "kind": "tip",
        "title": "Schrijf beslisnotities voor twee bestuurders",
        "slug": "schrijf-beslisnotities-voor-twee-bestuurders",
        "intro": ("Een gezamenlijk voorstel moet passen in de logica van elke betrokken overheid."),
        "publication_date": date(2023, 11, 14),
        "levels": ["individu"],
        "themes": ["politiek-en-bestuur", "sterk-bestuur"],
        "opgaven": [],
        "regions": [],
        "tags": ["adviesnota", "schrijven", "bestuurlijke-besluitvorming"],
        "body": [
            "Een wethouder, een gedeputeerde en een heemraad kijken elk met "
            "andere ogen naar hetzelfde voorstel. Schrijf daarom een "
            "gezamenlijke kern, en laat ieder een eigen paragraaf toevoegen "
            "over wat het voorstel voor de eigen organisatie betekent.",
            "Zo voorkom je dat het voorstel in het ene college anders "
            "wordt uitgelegd dan in het andere, en kan iedere bestuurder het "
            "met overtuiging verdedigen.",
        ],
    },
    {
        "kind": "tip",
        "title": "Reken vooraf de uitvoeringslasten door",
        "slug": "reken-vooraf-de-uitvoeringslasten-door",
        "intro": ("Nieuw beleid is pas klaar als duidelijk is wat de uitvoering bij medeoverheden kost."),
        "publication_date": date(2024, 1, 9),
        "levels": ["organisatie", "netwerk"],
        "themes": ["geld-en-middelen"],
        "opgaven": ["passende-financiele-verhoudingen"],
        "regions": [],
        "tags": ["uitvoeringstoets", "kostenraming", "financiele-verhoudingen"],
        "body": [
            "Vraag bij elk nieuw voorstel twee of drie gemeenten, provincies "
            "of waterschappen om een realistische inschatting van de "
            "uitvoeringslasten: personeel, systemen, tijd.",
            "Neem die inschatting op in het voorstel, ook als ze hoger is "
            "dan gehoopt. Een eerlijke raming voorkomt jaren van discussie "
            "over tekorten.",
        ],
    },
    {
        "kind": "tip",
        "title": "Loop een dag mee met een schuldhulpverlener",
        "slug": "loop-een-dag-mee-met-een-schuldhulpverlener",
        "intro": ("Beleid over schulden schrijf je beter als je hebt gezien wat een aanmaning op de keukentafel doet."),
        "publication_date": date(2024, 3, 12),
        "levels": ["individu"],
        "themes": ["burger-en-overheid", "leren-en-reflecteren"],
        "opgaven": ["problematische-schulden-voorkomen-en-oplossen"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["meeloopdag", "schuldhulpverlening", "uitvoering"],
        "body": [
            "Veel gemeenten bieden beleidsmedewerkers van andere overheden "
            "de mogelijkheid om een dag mee te lopen met het team "
            "schuldhulpverlening. Vraag er gewoon naar.",
            "Let op de brieven die mensen krijgen, de wachttijden en de "
            "vragen die ze stellen. Neem drie observaties mee terug naar je "
            "eigen organisatie en bespreek ze met je team.",
        ],
    },
    {
        "kind": "tip",
        "title": "Houd een lijst bij van wat er misging",
        "slug": "houd-een-lijst-bij-van-wat-er-misging",
        "intro": ("Een gedeelde foutenlijst maakt fouten bespreekbaar en voorkomt dat ze worden herhaald."),
        "publication_date": date(2024, 6, 25),
        "levels": ["organisatie"],
        "themes": ["leren-en-reflecteren", "sterk-bestuur"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": [],
        "tags": ["foutencultuur", "logboek", "verbeteren"],
        "body": [
            "Begin een eenvoudige lijst waarop iedereen in de samenwerking "
            "kan noteren wat er misging: een gemiste deadline, een "
            "misverstand, een verkeerde aanname. Zonder namen, met een korte "
            "beschrijving en een idee voor verbetering.",
            "Bespreek de lijst elk kwartaal. Je zult zien dat veel fouten "
            "terugkomen, en dat ze met kleine aanpassingen te voorkomen zijn.",
            "Er gaan altijd dingen mis. Het verschil zit in wat je ermee doet.",
        ],
    },
    {
        "kind": "tip",
        "title": "Vertaal regionale afspraken naar je eigen organisatie",
        "slug": "vertaal-regionale-afspraken-naar-je-eigen-organisatie",
        "intro": (
            "Een afspraak aan de regionale tafel is pas iets waard als collega's in je eigen organisatie ervan weten."
        ),
        "publication_date": date(2025, 2, 11),
        "levels": ["organisatie"],
        "themes": ["in-de-regio", "sterk-bestuur"],
        "opgaven": ["toekomstbestendig-wonen"],
        "regions": ["achterhoek", "west-brabant"],
        "tags": ["eigen-huis-op-orde", "implementatie", "interne-communicatie"],
        "body": [
            "Maak na elk regionaal overleg een korte terugkoppeling voor je "
            "eigen organisatie: wat is er afgesproken, wat betekent dat voor "
            "welke afdeling, en wie pakt het op?",
            "Check na een maand of de afspraken zijn geland. Zo zorg je dat "
            "je eigen huis op orde is en dat je partners op je kunnen "
            "rekenen.",
        ],
    },
    {
        "kind": "tip",
        "title": "Gebruik de taal van de ander",
        "slug": "gebruik-de-taal-van-de-ander",
        "intro": (
            "Elke bestuurslaag heeft zijn eigen jargon. Wie de taal van de ander spreekt, wordt sneller begrepen."
        ),
        "publication_date": date(2025, 6, 3),
        "levels": ["individu"],
        "themes": ["samenwerken-in-de-keten"],
        "opgaven": [],
        "regions": ["groningen"],
        "tags": ["jargon", "communicatie", "begrip"],
        "body": [
            "Een ministerie spreekt over beleidsdoorlichtingen en "
            "Kamerbrieven, een gemeente over collegebesluiten en "
            "raadsinformatiebrieven, een waterschap over peilbesluiten en "
            "het algemeen bestuur. Leer de belangrijkste begrippen van je "
            "partners kennen.",
            "Maak samen een korte woordenlijst voor je samenwerking. Het "
            "voorkomt misverstanden en laat zien dat je de ander serieus "
            "neemt.",
        ],
    },
    {
        "kind": "tip",
        "title": "Maak ruimte voor de raad en de staten",
        "slug": "maak-ruimte-voor-de-raad-en-de-staten",
        "intro": (
            "Volksvertegenwoordigers die zich buitenspel gezet voelen, "
            "kunnen een regionale samenwerking alsnog laten vastlopen."
        ),
        "publication_date": date(2025, 9, 16),
        "levels": ["netwerk"],
        "themes": ["politiek-en-bestuur", "in-de-regio"],
        "opgaven": ["goed-openbaar-bestuur-in-een-veranderende-samenleving"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["gemeenteraad", "provinciale-staten", "kaderstelling"],
        "body": [
            "Organiseer bij de start van een regionale samenwerking een "
            "gezamenlijke bijeenkomst voor raadsleden, statenleden en leden "
            "van het algemeen bestuur. Laat hen meedenken over de kaders, "
            "voordat de bestuurders afspraken maken.",
            "Houd hen daarna regelmatig op de hoogte met een korte, "
            "gezamenlijke voortgangsbrief. Zo blijft de samenwerking "
            "democratisch gedragen.",
        ],
    },
    {
        "kind": "tip",
        "title": "Check de regiodeal voordat je een subsidie aanvraagt",
        "slug": "check-de-regiodeal",
        "intro": ("Veel regio's hebben lopende afspraken met het Rijk waar je project misschien al in past."),
        "publication_date": date(2026, 4, 21),
        "levels": ["organisatie"],
        "themes": ["geld-en-middelen", "in-de-regio"],
        "opgaven": [
            "regionale-economie-als-versneller",
            "naar-een-vitaal-platteland",
        ],
        "regions": ["west-brabant", "groningen"],
        "tags": ["regiodeal", "subsidie", "cofinanciering"],
        "body": [
            "Voordat je een nieuwe subsidieaanvraag schrijft, kijk of je "
            "regio een regiodeal, woondeal of gebiedsprogramma heeft waarin "
            "jouw project past. Vaak zijn er middelen beschikbaar of "
            "afspraken gemaakt over cofinanciering.",
            "Neem contact op met de programmamanager van de regio. Die weet "
            "welke projecten al lopen en met wie je kunt samenwerken.",
        ],
    },
]

_REGISTRATION_BASE = "https://overheidvannu.example/aanmelden/"
_RECORDING_BASE = "https://video.overheidvannu.example/"

EVENEMENTEN = [
    # --- Past events (2024-2026) -------------------------------------------
    {
        "kind": "evenement",
        "title": "Leeratelier: samen werken aan de energietransitie in de Achterhoek",
        "slug": "leeratelier-energietransitie-achterhoek",
        "intro": (
            "Een middag leren van elkaar: hoe houd je gemeenten, waterschap, "
            "provincie en netbeheerder op één lijn in de energietransitie?"
        ),
        "publication_date": date(2024, 8, 27),
        "levels": ["organisatie", "netwerk"],
        "themes": ["in-de-regio", "samenwerken-in-de-keten"],
        "opgaven": ["samen-aan-de-slag-voor-het-klimaat"],
        "regions": ["achterhoek"],
        "tags": ["energietransitie", "netcongestie", "leeratelier"],
        "body": [
            "In dit leeratelier werken we met casussen uit de Achterhoek: "
            "een warmteproject met aquathermie, een zonnepark dat op "
            "netcongestie stuit en een dorp dat zelf een energiecoöperatie "
            "opricht. Deelnemers analyseren in kleine groepen waar de "
            "samenwerking vastliep en wat hielp.",
            "Het atelier is bedoeld voor beleidsmedewerkers en "
            "projectleiders van alle bestuurslagen die aan de "
            "energietransitie werken.",
        ],
        "event_type": "leeratelier",
        "start": datetime(2024, 10, 10, 13, 30),
        "end": datetime(2024, 10, 10, 17, 0),
        "online": False,
        "location": "Gebouw De Koppeling, Terborgseweg 12, 7001 AB Doetinchem",
        "organiser": "Regio Achterhoek en Overheid van Nu",
        "registration_url": "",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Webinar: financiële verhoudingen in vijf vragen",
        "slug": "webinar-financiele-verhoudingen-in-vijf-vragen",
        "intro": (
            "Wat is het accres, waarom schommelt het gemeentefonds en wat "
            "betekent een eigen belastinggebied? Een heldere uitleg in een "
            "uur."
        ),
        "publication_date": date(2025, 2, 11),
        "levels": ["individu"],
        "themes": ["geld-en-middelen"],
        "opgaven": ["passende-financiele-verhoudingen"],
        "regions": [],
        "tags": ["gemeentefonds", "accres", "webinar"],
        "body": [
            "De financiële verhoudingen tussen Rijk en medeoverheden zijn "
            "voor veel professionals een zwarte doos. In dit webinar leggen "
            "experts van IPO en VNG in vijf vragen uit hoe het geld tussen "
            "overheden stroomt, en waarom dat ertoe doet voor jouw opgave.",
            "Na afloop is er ruimte voor vragen. Het webinar is terug te kijken.",
        ],
        "event_type": "webinar",
        "start": datetime(2025, 3, 13, 15, 0),
        "end": datetime(2025, 3, 13, 16, 0),
        "online": True,
        "location": "",
        "organiser": "IPO en VNG",
        "registration_url": "",
        "recording_url": _RECORDING_BASE + "webinar-financiele-verhoudingen-in-vijf-vragen",
    },
    {
        "kind": "evenement",
        "title": "Talkshow: Groningen na de versterking",
        "slug": "talkshow-groningen-na-de-versterking",
        "intro": (
            "Bewoners, ambtenaren en bestuurders in gesprek over vertrouwen, herstel en de toekomst van Groningen."
        ),
        "publication_date": date(2025, 5, 6),
        "levels": ["individu", "netwerk"],
        "themes": ["burger-en-overheid", "politiek-en-bestuur"],
        "opgaven": [
            "goed-openbaar-bestuur-in-een-veranderende-samenleving",
            "regionale-economie-als-versneller",
        ],
        "regions": ["groningen"],
        "tags": ["talkshow", "vertrouwen", "versterking"],
        "body": [
            "Wat is er nodig om het vertrouwen van Groningers in de overheid "
            "te herstellen? In deze talkshow spreken bewoners, een "
            "gebiedsregisseur, een programmamanager van de provincie en een "
            "directeur van het ministerie van BZK openhartig over wat er "
            "misging en wat er nu anders moet.",
            "Tussen de gesprekken door is er muziek van Groningse "
            "muzikanten. De talkshow is live uitgezonden en terug te kijken.",
        ],
        "event_type": "talkshow",
        "start": datetime(2025, 6, 19, 19, 30),
        "end": datetime(2025, 6, 19, 21, 30),
        "online": False,
        "location": "Dorpshuis De Ploeg, Hoofdstraat 40, 9901 AE Appingedam",
        "organiser": "Provincie Groningen en Overheid van Nu",
        "registration_url": "",
        "recording_url": _RECORDING_BASE + "talkshow-groningen-na-de-versterking",
    },
    {
        "kind": "evenement",
        "title": "Webinar: vroegsignalering van schulden in de praktijk",
        "slug": "webinar-vroegsignalering-van-schulden",
        "intro": (
            "Hoe werkt vroegsignalering, welke gegevens mag je gebruiken en "
            "hoe maak je contact met inwoners die geen hulp vragen?"
        ),
        "publication_date": date(2024, 10, 8),
        "levels": ["individu", "organisatie"],
        "themes": ["burger-en-overheid", "data-en-informatie"],
        "opgaven": ["problematische-schulden-voorkomen-en-oplossen"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["vroegsignalering", "schuldhulpverlening", "webinar"],
        "body": [
            "Sinds vroegsignalering een wettelijke taak is, ontvangen "
            "gemeenten meldingen van woningcorporaties, energiebedrijven, "
            "drinkwaterbedrijven en zorgverzekeraars. In dit webinar laten "
            "schuldhulpverleners uit Amsterdam zien hoe zij daarmee werken.",
            "Een jurist van het ministerie van SZW licht de regels voor "
            "gegevensdeling toe. Er is ruime gelegenheid voor vragen uit de "
            "praktijk.",
        ],
        "event_type": "webinar",
        "start": datetime(2024, 11, 7, 10, 0),
        "end": datetime(2024, 11, 7, 11, 15),
        "online": True,
        "location": "",
        "organiser": "Ministerie van SZW en Gemeente Amsterdam",
        "registration_url": "",
        "recording_url": _RECORDING_BASE + "webinar-vroegsignalering-van-schulden",
    },
    {
        "kind": "evenement",
        "title": "Leeratelier: de regiodeal West-Brabant van binnenuit",
        "slug": "leeratelier-regiodeal-west-brabant",
        "intro": (
            "Een dag met de mensen die de regiodeal uitvoerden: wat werkte, "
            "wat niet, en wat neem je mee naar je eigen regio?"
        ),
        "publication_date": date(2025, 8, 19),
        "levels": ["organisatie", "netwerk"],
        "themes": ["in-de-regio", "strategie-en-toekomst"],
        "opgaven": [
            "regionale-economie-als-versneller",
            "merkbaar-beter-in-het-sociaal-domein",
        ],
        "regions": ["west-brabant"],
        "tags": ["regiodeal", "leeratelier", "brede-welvaart"],
        "body": [
            "De regiodeal West-Brabant bracht gemeenten, provincie, Rijk, "
            "onderwijs en bedrijven bij elkaar rond arbeidsmarkt, "
            "gezondheid en ondermijning. In dit leeratelier vertellen "
            "betrokkenen openhartig over hun ervaringen.",
            "In de middag werken deelnemers aan een vraagstuk uit hun eigen "
            "regio, met begeleiding van ervaren programmamanagers.",
        ],
        "event_type": "leeratelier",
        "start": datetime(2025, 9, 25, 9, 30),
        "end": datetime(2025, 9, 25, 16, 0),
        "online": False,
        "location": "Zaal De Vlasbloem, Markt 8, 4811 XP Breda",
        "organiser": "Regio West-Brabant",
        "registration_url": "",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Talkshow: wonen in de metropool",
        "slug": "talkshow-wonen-in-de-metropool",
        "intro": (
            "Hoe bouw je tienduizenden woningen in een regio waar de ruimte "
            "op is en de bodem zakt? Een avond over keuzes."
        ),
        "publication_date": date(2026, 4, 14),
        "levels": ["netwerk"],
        "themes": ["strategie-en-toekomst", "sturen-in-netwerken"],
        "opgaven": ["toekomstbestendig-wonen"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["woningbouw", "talkshow", "ruimtelijke-keuzes"],
        "body": [
            "In deze talkshow gaan een planoloog van de provincie "
            "Noord-Holland, een omgevingsmanager van het waterschap, een "
            "woningcorporatie en jonge woningzoekenden met elkaar in "
            "gesprek over de woningbouwopgave in de Metropoolregio Amsterdam.",
            "Centraal staat de vraag welke keuzes nodig zijn om snel te "
            "bouwen zonder problemen door te schuiven naar de toekomst.",
        ],
        "event_type": "talkshow",
        "start": datetime(2026, 5, 21, 20, 0),
        "end": datetime(2026, 5, 21, 22, 0),
        "online": False,
        "location": "Studio Oostelijke Eilanden, Veemkade 100, 1019 HC Amsterdam",
        "organiser": "Metropoolregio Amsterdam en Overheid van Nu",
        "registration_url": "",
        "recording_url": _RECORDING_BASE + "talkshow-wonen-in-de-metropool",
    },
    # --- Future events (2026-12 to 2027-06) --------------------------------
    {
        "kind": "evenement",
        "title": "Webinar: de zeven zekerheden in de praktijk",
        "slug": "webinar-zeven-zekerheden-in-de-praktijk",
        "intro": (
            "Zeven inzichten over interbestuurlijk samenwerken, elk geïllustreerd met een voorbeeld uit de praktijk."
        ),
        "publication_date": date(2026, 10, 27),
        "levels": ["individu", "organisatie"],
        "themes": ["leren-en-reflecteren", "sturen-in-netwerken"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["zeven-zekerheden", "webinar", "interbestuurlijk-werken"],
        "body": [
            "Van 'ken je opgave' tot 'er gaan altijd dingen mis, blijf "
            "leren': in dit webinar bespreken we de zeven zekerheden van het "
            "Interbestuurlijk Programma aan de hand van korte verhalen uit "
            "de vier regio's.",
            "Deelnemers krijgen na afloop een werkblad waarmee ze de "
            "zekerheden in hun eigen samenwerking kunnen toepassen.",
        ],
        "event_type": "webinar",
        "start": datetime(2026, 12, 10, 15, 0),
        "end": datetime(2026, 12, 10, 16, 15),
        "online": True,
        "location": "",
        "organiser": "Overheid van Nu",
        "registration_url": _REGISTRATION_BASE + "webinar-zeven-zekerheden-in-de-praktijk",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Leeratelier: sturen in netwerken voor beginners",
        "slug": "leeratelier-sturen-in-netwerken-voor-beginners",
        "intro": (
            "Een praktische dag voor professionals die voor het eerst een interbestuurlijke samenwerking trekken."
        ),
        "publication_date": date(2026, 11, 3),
        "levels": ["individu"],
        "themes": ["sturen-in-netwerken", "politiek-en-bestuur"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["leeratelier", "netwerksturing", "vaardigheden"],
        "body": [
            "Hoe krijg je partijen aan tafel als je geen formele macht "
            "hebt? Hoe ga je om met tegenstrijdige belangen en bestuurlijke "
            "gevoeligheden? In dit leeratelier oefenen deelnemers met "
            "krachtenveldanalyses, gespreksvaardigheden en het schrijven "
            "van gezamenlijke voorstellen.",
            "Het atelier wordt begeleid door trainers met ervaring bij "
            "Rijk, provincie, gemeente en waterschap. Het aantal plaatsen is "
            "beperkt.",
        ],
        "event_type": "leeratelier",
        "start": datetime(2027, 1, 21, 9, 30),
        "end": datetime(2027, 1, 21, 16, 30),
        "online": False,
        "location": "Huis van het Bestuur, Lange Voorhout 20, 2514 ED Den Haag",
        "organiser": "Overheid van Nu en NSOB",
        "registration_url": _REGISTRATION_BASE + "leeratelier-sturen-in-netwerken-voor-beginners",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Talkshow: de toekomst van het platteland",
        "slug": "talkshow-de-toekomst-van-het-platteland",
        "intro": (
            "Boeren, bewoners en bestuurders over stikstof, water, "
            "leefbaarheid en de vraag hoe het landelijk gebied er over "
            "twintig jaar uitziet."
        ),
        "publication_date": date(2026, 11, 10),
        "levels": ["netwerk", "individu"],
        "themes": ["strategie-en-toekomst", "in-de-regio"],
        "opgaven": ["naar-een-vitaal-platteland"],
        "regions": ["achterhoek"],
        "tags": ["talkshow", "stikstof", "leefbaarheid"],
        "body": [
            "Het landelijk gebied staat voor grote veranderingen. In deze "
            "talkshow in Winterswijk gaan een melkveehouder, een "
            "dorpsraad, de programmaleider vitaal platteland van de "
            "provincie Gelderland en een strategisch adviseur van het "
            "waterschap met elkaar in gesprek.",
            "Het publiek kan vragen stellen en meedenken. Na afloop is er een informeel samenzijn met streekproducten.",
        ],
        "event_type": "talkshow",
        "start": datetime(2027, 2, 18, 19, 30),
        "end": datetime(2027, 2, 18, 21, 30),
        "online": False,
        "location": "Dorpshuis Het Wooldse Erf, Wooldseweg 2, 7103 AA Winterswijk",
        "organiser": "Provincie Gelderland en Overheid van Nu",
        "registration_url": _REGISTRATION_BASE + "talkshow-de-toekomst-van-het-platteland",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Webinar: data delen tussen gemeenten en Rijk",
        "slug": "webinar-data-delen-tussen-gemeenten-en-rijk",
        "intro": ("Welke gegevens mag je delen voor een gezamenlijke opgave, en hoe doe je dat zorgvuldig?"),
        "publication_date": date(2026, 11, 17),
        "levels": ["organisatie"],
        "themes": ["data-en-informatie"],
        "opgaven": ["overkoepelende-themas"],
        "regions": [],
        "tags": ["gegevensdeling", "privacy", "webinar"],
        "body": [
            "Gemeenten, provincies, waterschappen en het Rijk willen "
            "gegevens delen om samen beter te werken aan opgaven als "
            "schulden, wonen en de energietransitie. In dit webinar "
            "bespreken een privacy-officer, een data-analist en een jurist "
            "welke mogelijkheden en grenzen er zijn.",
            "Met voorbeelden uit Groningen en Doetinchem, en een checklist om mee te nemen naar je eigen organisatie.",
        ],
        "event_type": "webinar",
        "start": datetime(2027, 3, 11, 10, 0),
        "end": datetime(2027, 3, 11, 11, 30),
        "online": True,
        "location": "",
        "organiser": "Overheid van Nu",
        "registration_url": _REGISTRATION_BASE + "webinar-data-delen-tussen-gemeenten-en-rijk",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Leeratelier: statushouders en de regionale arbeidsmarkt",
        "slug": "leeratelier-statushouders-en-de-regionale-arbeidsmarkt",
        "intro": ("Hoe zorg je dat statushouders snel aan het werk gaan, ook als ze nog in de opvang wonen?"),
        "publication_date": date(2026, 11, 18),
        "levels": ["organisatie", "individu"],
        "themes": ["samenwerken-in-de-keten", "burger-en-overheid"],
        "opgaven": ["nederland-en-migrant-goed-voorbereid"],
        "regions": ["metropoolregio-amsterdam"],
        "tags": ["inburgering", "arbeidsmarkt", "leeratelier"],
        "body": [
            "In dit leeratelier delen klantmanagers, werkgevers en "
            "medewerkers van het COA hun ervaringen met de Zaanse aanpak, "
            "waarin statushouders al tijdens hun verblijf in de opvang met "
            "taal en werk beginnen.",
            "Deelnemers werken in groepen aan de vraag hoe zo'n aanpak in hun eigen gemeente of regio kan werken.",
        ],
        "event_type": "leeratelier",
        "start": datetime(2027, 4, 15, 13, 0),
        "end": datetime(2027, 4, 15, 17, 0),
        "online": False,
        "location": "Werkplaats De Zaan, Hemkade 48, 1506 PR Zaandam",
        "organiser": "Gemeente Zaanstad en Ministerie van SZW",
        "registration_url": _REGISTRATION_BASE + "leeratelier-statushouders-en-de-regionale-arbeidsmarkt",
        "recording_url": "",
    },
    {
        "kind": "evenement",
        "title": "Webinar: klimaatadaptatie samen met het waterschap",
        "slug": "webinar-klimaatadaptatie-met-het-waterschap",
        "intro": (
            "Hittestress, wateroverlast en droogte: hoe werken gemeenten en "
            "waterschappen samen aan een klimaatbestendige leefomgeving?"
        ),
        "publication_date": date(2026, 11, 20),
        "levels": ["organisatie", "netwerk"],
        "themes": ["samenwerken-in-de-keten", "strategie-en-toekomst"],
        "opgaven": ["samen-aan-de-slag-voor-het-klimaat"],
        "regions": ["metropoolregio-amsterdam", "achterhoek"],
        "tags": ["klimaatadaptatie", "waterschap", "webinar"],
        "body": [
            "Een omgevingsmanager van waterschap Amstel, Gooi en Vecht en "
            "een strategisch adviseur van waterschap Rijn en IJssel laten "
            "zien hoe zij samen met gemeenten werken aan klimaatadaptatie, "
            "in de stad en op het platteland.",
            "Het webinar is bedoeld voor beleidsmedewerkers en "
            "projectleiders van gemeenten, provincies en waterschappen.",
        ],
        "event_type": "webinar",
        "start": datetime(2027, 6, 3, 14, 0),
        "end": datetime(2027, 6, 3, 15, 30),
        "online": True,
        "location": "",
        "organiser": "Unie van Waterschappen en Overheid van Nu",
        "registration_url": _REGISTRATION_BASE + "webinar-klimaatadaptatie-met-het-waterschap",
        "recording_url": "",
    },
]

# All content items in one list; the loader iterates over this.
ITEMS = VERHALEN + ESSAYS + TIPS + EVENEMENTEN

# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

OPGAVE_TITLES = [
    "Samen aan de slag voor het klimaat",
    "Toekomstbestendig wonen",
    "Regionale economie als versneller",
    "Naar een vitaal platteland",
    "Merkbaar beter in het sociaal domein",
    "Problematische schulden voorkomen en oplossen",
    "Nederland en migrant goed voorbereid",
    "Goed openbaar bestuur in een veranderende samenleving",
    "Passende financiële verhoudingen",
    "Overkoepelende thema's",
]

CERTAINTY_TITLES = [
    "Centraal staat het oplossen van een maatschappelijke opgave",
    "Een gezamenlijke opgave pakken we gezamenlijk op",
    "Ken je opgave",
    "Samen werken vergt tijd",
    "Communiceer de gezamenlijke opbrengst",
    "Eigen huis op orde",
    "Er gaan altijd dingen mis, blijf leren!",
]

KINDS = ("verhaal", "essay", "tip", "evenement")
EVENT_TYPES = ("leeratelier", "webinar", "talkshow")
LAYERS = ("rijk", "provincie", "gemeente", "waterschap", "overig")
BOTTLENECK_STATUSES = ("open", "in_behandeling", "opgelost")

# Latest allowed publication date and the boundary between past and future
# events in the demo content.
LATEST_PUBLICATION = date(2026, 11, 20)


def isbn13_is_valid(isbn):
    """Return True when ``isbn`` (hyphens allowed) has a valid ISBN-13 checksum."""
    digits = isbn.replace("-", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return total % 10 == 0


def _is_slug(value):
    return bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value))


def _unique(values, what):
    seen = set()
    for value in values:
        assert value not in seen, f"duplicate {what}: {value!r}"
        seen.add(value)
    return seen


def _text(value, what):
    assert isinstance(value, str) and value.strip(), f"empty text: {what}"


def validate():  # noqa: C901 - a flat list of assertions reads best here
    """Assert every invariant the loader and the acceptance suite rely on."""
    # Levels
    assert [lv["slug"] for lv in LEVELS] == ["individu", "organisatie", "netwerk"]
    for lv in LEVELS:
        _text(lv["name"], "level name")
        _text(lv["description"], "level description")
    level_slugs = {lv["slug"] for lv in LEVELS}

    # Themes
    assert 8 <= len(THEMES) <= 10, len(THEMES)
    theme_slugs = _unique([t["slug"] for t in THEMES], "theme slug")
    theme_names = {t["name"] for t in THEMES}
    for required in (
        "Sturen in netwerken",
        "Strategie en toekomst",
        "Politiek en bestuur",
        "Sterk bestuur",
        "In de regio",
    ):
        assert required in theme_names, required
    for t in THEMES:
        assert _is_slug(t["slug"]), t["slug"]
        _text(t["description"], t["slug"])

    # Organisations and people
    org_keys = _unique([o["key"] for o in ORGANISATIONS], "organisation key")
    org_layer = {o["key"]: o["layer"] for o in ORGANISATIONS}
    for o in ORGANISATIONS:
        assert o["layer"] in LAYERS, o
        assert o["website"].startswith("https://"), o
        _text(o["name"], o["key"])
    person_keys = _unique([p["key"] for p in PEOPLE], "person key")
    for p in PEOPLE:
        assert p["organisation"] in org_keys, p
        _text(p["name"], p["key"])
        _text(p["role"], p["key"])

    # Certainties
    assert [c["number"] for c in CERTAINTIES] == list(range(1, 8))
    assert [c["title"] for c in CERTAINTIES] == CERTAINTY_TITLES
    for c in CERTAINTIES:
        _text(c["text"], c["title"])

    # About pages
    assert set(ABOUT_PAGES) == {"over", "aanpak", "toegankelijkheid", "privacy"}
    for key, page in ABOUT_PAGES.items():
        _text(page["title"], key)
        _text(page["intro"], key)
        assert page["body"] and all(isinstance(p, str) for p in page["body"]), key

    # Opgaven
    assert [o["title"] for o in OPGAVEN] == OPGAVE_TITLES
    opgave_slugs = _unique([o["slug"] for o in OPGAVEN], "opgave slug")
    relations = set()
    for o in OPGAVEN:
        assert _is_slug(o["slug"]), o["slug"]
        _text(o["intro"], o["slug"])
        assert 2 <= len(o["problem"]) <= 3, o["slug"]
        assert 3 <= len(o["commitments"]) <= 5, o["slug"]
        assert o["lead"] in person_keys, o["slug"]
        _text(o["lead_quote"], o["slug"])
        assert o["contact_email"].endswith("@overheidvannu.example"), o["slug"]
        assert 2 <= len(o["progress"]) <= 4, o["slug"]
        for update in o["progress"]:
            assert date(2024, 1, 1) <= update["date"] <= date(2026, 12, 31)
            _text(update["title"], o["slug"])
            _text(update["text"], o["slug"])
        assert 1 <= len(o["bottlenecks"]) <= 3, o["slug"]
        for b in o["bottlenecks"]:
            assert b["status"] in BOTTLENECK_STATUSES, b
            _text(b["title"], o["slug"])
            _text(b["description"], o["slug"])
        for other in o["crossovers"]:
            assert other in opgave_slugs and other != o["slug"], (o["slug"], other)
            pair = frozenset((o["slug"], other))
            assert pair not in relations, f"cross-over listed twice: {sorted(pair)}"
            relations.add(pair)

    # Regions
    assert [r["slug"] for r in REGIONS] == [
        "west-brabant",
        "achterhoek",
        "groningen",
        "metropoolregio-amsterdam",
    ]
    assert [r["title"] for r in REGIONS] == [
        "West-Brabant",
        "Achterhoek",
        "Groningen",
        "Metropoolregio Amsterdam",
    ]
    region_slugs = {r["slug"] for r in REGIONS}
    for r in REGIONS:
        _text(r["intro"], r["slug"])
        assert len(r["characterisation"]) == 2, r["slug"]
        assert 4 <= len(r["facts"]) <= 6, r["slug"]
        for fact in r["facts"]:
            _text(fact["label"], r["slug"])
            _text(fact["value"], r["slug"])
        assert 4 <= len(r["organisations"]) <= 7, r["slug"]
        assert all(k in org_keys for k in r["organisations"]), r["slug"]
        assert len({org_layer[k] for k in r["organisations"]}) >= 3, r["slug"]
        assert 2 <= len(r["opgaven"]) <= 4, r["slug"]
        assert all(s in opgave_slugs for s in r["opgaven"]), r["slug"]

    # Items
    assert len(ITEMS) >= 64, len(ITEMS)
    _unique([i["title"] for i in ITEMS], "item title")
    item_slugs = _unique([i["slug"] for i in ITEMS], "item slug")
    essay_slugs = {i["slug"] for i in ITEMS if i["kind"] == "essay"}
    counts = {kind: 0 for kind in KINDS}
    usage = {
        "levels": dict.fromkeys(level_slugs, 0),
        "themes": dict.fromkeys(theme_slugs, 0),
        "opgaven": dict.fromkeys(opgave_slugs, 0),
        "regions": dict.fromkeys(region_slugs, 0),
    }
    past_events = future_events = 0
    for item in ITEMS:
        slug = item["slug"]
        assert item["kind"] in KINDS, slug
        counts[item["kind"]] += 1
        assert _is_slug(slug), slug
        assert slug not in opgave_slugs | region_slugs, slug
        _text(item["title"], slug)
        _text(item["intro"], slug)
        assert isinstance(item["publication_date"], date), slug
        assert date(2021, 1, 1) <= item["publication_date"] <= LATEST_PUBLICATION
        assert 1 <= len(item["levels"]) <= 3, slug
        assert 1 <= len(item["themes"]) <= 3, slug
        assert len(item["opgaven"]) <= 2, slug
        assert len(item["regions"]) <= 2, slug
        for field, known in (
            ("levels", level_slugs),
            ("themes", theme_slugs),
            ("opgaven", opgave_slugs),
            ("regions", region_slugs),
        ):
            assert len(set(item[field])) == len(item[field]), (slug, field)
            for value in item[field]:
                assert value in known, (slug, field, value)
                usage[field][value] += 1
        assert 2 <= len(item["tags"]) <= 4, slug
        for tag in item["tags"]:
            assert tag == tag.lower() and tag.strip() == tag and tag, (slug, tag)
        assert all(isinstance(p, str) and p.strip() for p in item["body"]), slug

        if item["kind"] in ("verhaal", "essay"):
            assert 3 <= len(item["body"]) <= 6, slug
        else:
            assert 2 <= len(item["body"]) <= 3, slug

        if item["kind"] == "verhaal":
            if "factbox" in item:
                _text(item["factbox"]["title"], slug)
                assert item["factbox"]["items"], slug
                for row in item["factbox"]["items"]:
                    _text(row["label"], slug)
                    _text(row["value"], slug)
            if "lessons" in item:
                assert 3 <= len(item["lessons"]) <= 5, slug
                for lesson in item["lessons"]:
                    _text(lesson["title"], slug)
                    _text(lesson["text"], slug)

        if item["kind"] == "essay":
            assert item["authors"], slug
            assert all(a in person_keys for a in item["authors"]), slug
            _text(item["publisher"], slug)
            assert isinstance(item["publication_year"], int), slug
            assert item["publication_year"] == item["publication_date"].year, slug
            if item["isbn"]:
                assert item["isbn"].startswith("978-90-"), slug
                assert isbn13_is_valid(item["isbn"]), (slug, item["isbn"])
            for other in item["related"]:
                assert other in essay_slugs and other != slug, (slug, other)

        if item["kind"] == "evenement":
            assert item["event_type"] in EVENT_TYPES, slug
            start, end = item["start"], item["end"]
            assert isinstance(start, datetime) and isinstance(end, datetime), slug
            assert start.tzinfo is None and end.tzinfo is None, slug
            assert end > start, slug
            assert item["publication_date"] < start.date(), slug
            _text(item["organiser"], slug)
            if item["online"]:
                assert item["location"] == "", slug
            else:
                _text(item["location"], slug)
            if start.date() <= LATEST_PUBLICATION:
                past_events += 1
                assert date(2024, 1, 1) <= start.date(), slug
                assert item["registration_url"] == "", slug
                assert item["recording_url"] in ("", _RECORDING_BASE + slug), slug
            else:
                future_events += 1
                assert date(2026, 12, 1) <= start.date() <= date(2027, 6, 30), slug
                assert item["registration_url"] == _REGISTRATION_BASE + slug, slug
                assert item["recording_url"] == "", slug

    assert counts["verhaal"] >= 20, counts
    assert counts["essay"] >= 10, counts
    assert counts["tip"] >= 12, counts
    assert counts["evenement"] >= 10, counts
    assert abs(past_events - future_events) <= 2, (past_events, future_events)
    assert any(i["recording_url"] for i in ITEMS if i["kind"] == "evenement")
    assert any(not i["regions"] for i in ITEMS)
    essays = [i for i in ITEMS if i["kind"] == "essay"]
    assert any(e["isbn"] for e in essays) and any(not e["isbn"] for e in essays)
    verhalen = [i for i in ITEMS if i["kind"] == "verhaal"]
    with_factbox = sum(1 for v in verhalen if "factbox" in v)
    with_lessons = sum(1 for v in verhalen if "lessons" in v)
    assert len(verhalen) // 3 <= with_factbox <= 2 * len(verhalen) // 3, with_factbox
    assert with_lessons > len(verhalen) // 2, with_lessons
    for field, used in usage.items():
        for value, n in used.items():
            assert n >= 2, f"{field} {value!r} used by only {n} item(s)"
    for year in range(2021, 2027):
        assert any(i["publication_date"].year == year for i in ITEMS), year
    assert item_slugs  # keeps the name used

    # Palette
    assert len(IMAGE_PALETTE) == 8
    for colour in IMAGE_PALETTE:
        assert len(colour) == 3 and all(0 <= c <= 255 for c in colour), colour
    return True


if __name__ == "__main__":
    validate()
    print(f"OK: {len(ITEMS)} items")
