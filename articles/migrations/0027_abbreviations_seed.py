"""The common abbreviations of this field, added once so every site (production
too) starts with them; editors change or add to them afterwards in the admin
(Vocabulaire › Afkortingen). Entries an editor already made are left alone.
"""

from django.db import migrations

#: (term, expansion, synonyms one per line): the IBP's partners and programmes,
#: the ministries and agencies the demo content names, and the laws and
#: programmes of the opgaven.
ABBREVIATIONS = [
    ("RES", "Regionale Energiestrategie", "Regionale Energiestrategieën"),
    ("IBP", "Interbestuurlijk Programma", ""),
    ("VNG", "Vereniging van Nederlandse Gemeenten", ""),
    ("IPO", "Interprovinciaal Overleg", ""),
    ("UvW", "Unie van Waterschappen", ""),
    ("BZK", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Binnenlandse Zaken"),
    ("MRA", "Metropoolregio Amsterdam", ""),
    ("NOVI", "Nationale Omgevingsvisie", ""),
    ("Regio Deal", "", "regiodeal"),
    ("Ow", "Omgevingswet", ""),
    ("DSO", "Digitaal Stelsel Omgevingswet", ""),
    ("NPLG", "Nationaal Programma Landelijk Gebied", ""),
    ("VRO", "ministerie van Volkshuisvesting en Ruimtelijke Ordening", "Volkshuisvesting en Ruimtelijke Ordening"),
    ("EZK", "ministerie van Economische Zaken en Klimaat", "Economische Zaken en Klimaat"),
    ("IenW", "ministerie van Infrastructuur en Waterstaat", "Infrastructuur en Waterstaat"),
    ("SZW", "ministerie van Sociale Zaken en Werkgelegenheid", "Sociale Zaken en Werkgelegenheid"),
    ("NSOB", "Nederlandse School voor Openbaar Bestuur", ""),
    ("WRR", "Wetenschappelijke Raad voor het Regeringsbeleid", ""),
    ("PBL", "Planbureau voor de Leefomgeving", ""),
    ("CBS", "Centraal Bureau voor de Statistiek", ""),
    ("COA", "Centraal Orgaan opvang asielzoekers", ""),
    ("azc", "asielzoekerscentrum", "asielzoekerscentra"),
    ("UWV", "Uitvoeringsinstituut Werknemersverzekeringen", ""),
    ("CJIB", "Centraal Justitieel Incassobureau", ""),
    ("RIEC", "Regionaal Informatie- en Expertisecentrum", ""),
    ("GGD", "Gemeentelijke Gezondheidsdienst", ""),
    ("Wmo", "Wet maatschappelijke ondersteuning", ""),
    ("Wsnp", "Wet schuldsanering natuurlijke personen", ""),
    ("NVVK", "Nederlandse Vereniging voor Volkskrediet", ""),
    ("Awb", "Algemene wet bestuursrecht", ""),
    ("Wgr", "Wet gemeenschappelijke regelingen", ""),
    ("BRP", "Basisregistratie Personen", ""),
    ("RVO", "Rijksdienst voor Ondernemend Nederland", ""),
    ("mkb", "midden- en kleinbedrijf", ""),
    ("WCAG", "Web Content Accessibility Guidelines", ""),
]


def add(apps, schema_editor):
    Abbreviation = apps.get_model("articles", "Abbreviation")
    existing = {term.lower() for term in Abbreviation.objects.values_list("term", flat=True)}
    Abbreviation.objects.bulk_create(
        [
            Abbreviation(term=term, expansion=expansion, synonyms=synonyms, live=True)
            for term, expansion, synonyms in ABBREVIATIONS
            if term.lower() not in existing
        ]
    )


def remove(apps, schema_editor):
    Abbreviation = apps.get_model("articles", "Abbreviation")
    Abbreviation.objects.filter(term__in=[term for term, _expansion, _synonyms in ABBREVIATIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0026_abbreviation")]

    operations = [migrations.RunPython(add, remove)]
