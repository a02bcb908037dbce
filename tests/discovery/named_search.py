"""The site that tests/test_search_named*.py search: two opgaven, two regions,
two themes, the standard pages and some content (`build_site`), and for the
ranking tests a crowd of items that mention the names (`add_crowd`); plus
readers of the results page's markup.

Pages are indexed by Wagtail's signal handlers as the factories save and
publish them, exactly as when an editor publishes (build with the search
index on: `SEARCH_INDEXING`).
"""

import datetime
import re

from django.utils import timezone

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from opgaven.models import Bottleneck, Crossover, ProgressUpdate
from regions.models import RegionPartner

from ..factories import make_content, make_opgave, make_organisation, make_region, make_theme

RESULT_ITEM = re.compile(
    r'<li class="ovn-result">\s*<h3[^>]*><a href="([^"]*)">([^<]*)</a></h3>\s*'
    r'<p class="ovn-result__meta"><span class="ovn-result__kind">([^<]*)</span>'
)


def results(response):
    """(url, title, kind) of each result, in order, read from the SPEC.md markup."""
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    listing = re.search(r'<ol id="resultaten"[^>]*>(.*?)</ol>', html, re.S)
    assert listing, "the page has no <ol id=resultaten>"
    return RESULT_ITEM.findall(listing.group(1))


def titles(response):
    return [title for _url, title, _kind in results(response)]


def all_results(client, query_string):
    """The results of every page of a search, in order."""
    found, page = [], 1
    while True:
        response = client.get(f"/zoeken/?{query_string}&pagina={page}")
        if response.status_code == 404:
            return found
        found += results(response)
        page += 1


def count(response):
    match = re.search(r'<span id="resultaten-aantal">(\d+) resulta', response.content.decode())
    assert match, "no #resultaten-aantal"
    return int(match.group(1))


def facet(response, param):
    return {
        option.value: option.count
        for facet in response.context["facets"]
        if facet.param == param
        for option in facet.options
    }


def build_site(tree):
    """Two opgaven, two regions, two themes, the standard pages and some content."""
    climate = make_opgave(
        tree,
        "Samen aan de slag voor het klimaat",
        slug="klimaat",
        intro="Rijk en regio werken samen aan de energietransitie.",
        problem="<p>Het net raakt vol. Daardoor wachten bedrijven op een aansluiting.</p>",
        commitments=[("commitment", "Het IBP ondersteunt een warmtefonds voor dorpen.")],
    )
    housing = make_opgave(tree, "Toekomstbestendig wonen", slug="wonen")
    ProgressUpdate.objects.create(
        opgave=climate, date=datetime.date(2025, 1, 1), title="Mijlpaal", text="<p>De netbeheerdertafel startte.</p>"
    )
    Bottleneck.objects.create(opgave=climate, title="Trage vergunningverlening", description="<p>Loketten.</p>")
    Crossover.objects.create(opgave=housing, other=climate, description="Bouwen en verduurzamen.")
    # Publishing "wonen" stores the cross-over on "klimaat" too (opgaven/crossovers.py).
    housing.save_revision().publish()
    climate.refresh_from_db()
    climate.save_revision().publish()
    achterhoek = make_region(
        tree,
        "Achterhoek",
        intro="Een grensregio in het oosten van Gelderland.",
        characterisation="<p>Acht gemeenten die als één streek optrekken. De energietransitie gaat hier snel.</p>",
        facts=[("figure", {"label": "Inwoners", "value": "ruim 270.000", "source": "CBS-telwerk"})],
    )
    RegionPartner.objects.create(region=achterhoek, organisation=make_organisation("Waterschap Rijn en IJssel"))
    achterhoek.save_revision().publish()
    groningen = make_region(tree, "Groningen")
    energy = make_theme(
        "Energietransitie", description="Over de overstap op duurzame energie en warmtenetten, zoals in de Achterhoek."
    )
    networks = make_theme("Sturen in netwerken", description="Sturen zonder hiërarchie, met polderkunst.")
    about = tree.add_standard_page(
        "Over Overheid van Nu",
        "over",
        intro="Het platform van het Interbestuurlijk Programma.",
        body=[("paragraph", "<p>De redactie werkt vanuit Den Haag aan verhalen over samenwerking.</p>")],
    )
    about.save_revision().publish()
    approach = tree.add_approach_page(intro="Zeven zekerheden voor samenwerken.")
    approach.save_revision().publish()
    pages = {
        "zon": make_content(
            tree,
            StoryPage,
            "Zonnevelden op boerenland",
            intro="Een coöperatie in de Achterhoek legt zonnepanelen aan.",
            themes=[energy],
            regions=[achterhoek],
            opgaven=[climate],
            levels=["netwerk"],
            publication_date=datetime.date(2025, 2, 1),
        ),
        "wind": make_content(
            tree,
            EventPage,
            "Leeratelier windenergie",
            intro="Samen leren over windmolens in Groningen en de Achterhoek.",
            themes=[energy],
            regions=[groningen],
            levels=["individu"],
            publication_date=datetime.date(2024, 6, 1),
            # Held in 2024: `jaar` and date order go by when an event takes place.
            start=timezone.make_aware(datetime.datetime(2024, 6, 20, 14, 0)),
        ),
        "tip": make_content(
            tree,
            TipPage,
            "Betrek bewoners vroeg",
            intro="Tip voor de energietransitie: begin bij de buurt.",
            themes=[networks],
            opgaven=[housing],
            levels=["organisatie"],
            publication_date=datetime.date(2023, 3, 1),
        ),
        "essay": make_content(
            tree,
            EssayPage,
            "Besturen in netwerken",
            intro="Een beschouwing over het openbaar bestuur.",
            themes=[networks],
            levels=["netwerk"],
            publication_date=datetime.date(2022, 1, 1),
        ),
    }
    return {
        "climate": climate,
        "housing": housing,
        "achterhoek": achterhoek,
        "groningen": groningen,
        "energy": energy,
        "networks": networks,
        "about": about,
        "approach": approach,
        **pages,
    }


def search(client, query_string):
    return client.get(f"/zoeken/?{query_string}")


def add_crowd(tree, site):
    """Many items that mention the names, some even in their title."""
    for n in range(14):
        make_content(
            tree,
            StoryPage,
            f"Achterhoek en klimaat, deel {n}" if n % 2 else f"Verhaal {n} over netwerken",
            intro=(
                "In de Achterhoek werken gemeenten aan het klimaat, de energietransitie en het sturen in netwerken."
            ),
            themes=[site["networks"]],
            regions=[site["groningen"]],
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
    return site
