"""The searched site that several modules here share: two opgaven, two
regions, two themes, the standard pages and some content (`named_site`).

Built once per module that asks for it, inside the module's transaction
(`module_transaction`, tests/conftest.py), with the search index kept up to
date as the factories save and publish, exactly as when an editor publishes.
Each test's own changes are rolled back.
"""

import datetime

import pytest
from django.utils import timezone

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from opgaven.models import Bottleneck, Crossover, ProgressUpdate
from regions.models import RegionPartner

from ..factories import (
    SiteTree,
    make_content,
    make_opgave,
    make_organisation,
    make_region,
    make_theme,
    search_indexing_on,
)


@pytest.fixture(scope="module")
def named_site(module_transaction):
    """The site's pages by name ("climate", "achterhoek", "energy", "about", "zon", …) and its "tree"."""
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
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
            opgave=climate,
            date=datetime.date(2025, 1, 1),
            title="Mijlpaal",
            text="<p>De netbeheerdertafel startte.</p>",
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
            "Energietransitie",
            description="Over de overstap op duurzame energie en warmtenetten, zoals in de Achterhoek.",
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
        site = {
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
    return {**site, "tree": tree}
