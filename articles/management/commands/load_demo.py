"""Fill an empty site with realistic Dutch demo content.

Idempotent: every record is keyed by its slug or name, and what exists is left
as it is, so running it twice gives the same site. `--pages N` adds N generated
content items for scale tests (also idempotent per number: generated slugs are
`demo-<n>`).
"""

import datetime
import random

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles import demo_data
from articles.demo_images import render_png
from articles.models import (
    ApproachPage,
    EssayIndexPage,
    EssayPage,
    EventIndexPage,
    EventPage,
    HomePage,
    KennisbankPage,
    Level,
    Organisation,
    Person,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    Theme,
    TipIndexPage,
    TipPage,
)
from opgaven.models import Bottleneck, Crossover, OpgaveIndexPage, OpgavePage, ProgressUpdate
from regions.models import RegionIndexPage, RegionPage, RegionPartner

KIND_CLASSES = {"verhaal": StoryPage, "essay": EssayPage, "tip": TipPage, "evenement": EventPage}
INDEXES = [
    (KennisbankPage, "Kennisbank", "kennisbank", "Alle verhalen, essays, tips en evenementen op één plek."),
    (StoryIndexPage, "Verhalen", "verhalen", "Praktijkverhalen van professionals die over grenzen heen werken."),
    (EssayIndexPage, "Essays", "essays", "Publicaties en beschouwingen over interbestuurlijk werken."),
    (TipIndexPage, "Tips", "tips", "Korte, praktische tips voor samenwerken tussen overheden."),
    (EventIndexPage, "Agenda", "agenda", "Leerateliers, webinars en talkshows."),
]


def paragraphs_html(paragraphs):
    from django.utils.html import escape

    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def all_items():
    """Every demo content item, whatever lists the data module splits them into."""
    if hasattr(demo_data, "ITEMS"):
        return list(demo_data.ITEMS)
    return [
        *demo_data.VERHALEN,
        *demo_data.ESSAYS,
        *demo_data.TIPS,
        *getattr(demo_data, "EVENEMENTEN", getattr(demo_data, "EVENTS", [])),
    ]


class Command(BaseCommand):
    help = "Vult een lege site met Nederlandse voorbeeldinhoud (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages", type=int, default=0, help="Voeg dit aantal gegenereerde inhoudspagina's toe (schaaltest)."
        )

    def handle(self, *args, pages=0, **options):
        with transaction.atomic():
            self.images = {}
            self.home = self.ensure_home()
            self.indexes = self.ensure_indexes()
            self.levels = {level.slug: level for level in Level.objects.all()}
            self.themes = self.ensure_themes()
            self.organisations = self.ensure_organisations()
            self.people = self.ensure_people()
            self.opgaven = self.ensure_opgaven()
            self.regions = self.ensure_regions()
            self.ensure_about_pages()
            created = self.ensure_items()
        self.stdout.write(self.style.SUCCESS(f"Voorbeeldinhoud staat klaar ({created} nieuwe inhoudspagina's)."))
        if pages:
            added = self.generate_pages(pages)
            self.stdout.write(self.style.SUCCESS(f"{added} gegenereerde pagina's toegevoegd."))

    # --- helpers ---------------------------------------------------------------

    def image(self, key, title):
        if key in self.images:
            return self.images[key]
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            png = render_png(key, demo_data.IMAGE_PALETTE)
            import io

            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(png), name=f"{key[:80]}.png")
            image.save()
        self.images[key] = image
        return image

    def child(self, parent, page_class, slug, **fields):
        """The child of `parent` with `slug`, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True

    # --- structure ---------------------------------------------------------

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(title="Overheid van Nu", slug="home", intro=demo_data.ABOUT_PAGES["over"]["intro"])
            )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Overheid van Nu"},
        )
        return home

    def ensure_indexes(self):
        indexes = {}
        for page_class, title, slug, intro in INDEXES:
            indexes[slug], _ = self.child(self.home, page_class, slug, title=title, intro=intro)
        indexes["opgaven"], _ = self.child(
            self.home,
            OpgaveIndexPage,
            "opgaven",
            title="Opgaven",
            intro="De tien maatschappelijke opgaven van het Interbestuurlijk Programma.",
        )
        indexes["regios"], _ = self.child(
            self.home,
            RegionIndexPage,
            "regios",
            title="Regio's",
            intro="Vier regio's waar overheden samen aan meerdere opgaven tegelijk werken.",
        )
        return indexes

    def ensure_themes(self):
        themes = {}
        for order, data in enumerate(demo_data.THEMES):
            themes[data["slug"]], _ = Theme.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
        return themes

    def ensure_organisations(self):
        organisations = {}
        for data in demo_data.ORGANISATIONS:
            organisations[data["key"]], _ = Organisation.objects.get_or_create(
                name=data["name"], defaults={"layer": data["layer"], "website": data.get("website", "")}
            )
        return organisations

    def ensure_people(self):
        people = {}
        for data in demo_data.PEOPLE:
            person = Person.objects.filter(name=data["name"]).first()
            if person is None:
                person = Person.objects.create(
                    name=data["name"],
                    role=data.get("role", ""),
                    organisation=self.organisations.get(data.get("organisation")),
                )
            people[data["key"]] = person
        return people

    def ensure_opgaven(self):
        parent = self.indexes["opgaven"]
        opgaven = {}
        for data in demo_data.OPGAVEN:
            page, created = self.child(
                parent,
                OpgavePage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                problem=paragraphs_html(data["problem"]),
                commitments=[("commitment", text) for text in data.get("commitments", [])],
                lead=self.people.get(data.get("lead")),
                lead_quote=data.get("lead_quote", ""),
                contact_email=data.get("contact_email", ""),
                listing_image=self.image(f"opgave-{data['slug']}", f"Opgave: {data['title']}"),
                progress_updates=[
                    ProgressUpdate(date=u["date"], title=u["title"], text=paragraphs_html([u["text"]]))
                    for u in data.get("progress", [])
                ],
                bottlenecks=[
                    Bottleneck(title=b["title"], description=paragraphs_html([b["description"]]), status=b["status"])
                    for b in data.get("bottlenecks", [])
                ],
            )
            opgaven[data["slug"]] = page
        # Cross-overs reference other opgaven, so they are added once all exist.
        for data in demo_data.OPGAVEN:
            page = opgaven[data["slug"]]
            for other_slug in data.get("crossovers", []):
                Crossover.objects.get_or_create(opgave=page, other=opgaven[other_slug])
        return opgaven

    def ensure_regions(self):
        parent = self.indexes["regios"]
        regions = {}
        for data in demo_data.REGIONS:
            page, created = self.child(
                parent,
                RegionPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                characterisation=paragraphs_html(data["characterisation"]),
                facts=[
                    ("figure", {"label": f["label"], "value": f["value"], "source": f.get("source", "")})
                    for f in data.get("facts", [])
                ],
                listing_image=self.image(f"regio-{data['slug']}", f"Regio: {data['title']}"),
                partners=[RegionPartner(organisation=self.organisations[key]) for key in data.get("organisations", [])],
            )
            if created:
                page.opgaven.set([self.opgaven[slug] for slug in data.get("opgaven", [])])
                page.save_revision().publish()
            regions[data["slug"]] = page
        return regions

    def ensure_about_pages(self):
        for slug in ("over", "toegankelijkheid", "privacy"):
            data = demo_data.ABOUT_PAGES[slug]
            self.child(
                self.home,
                StandardPage,
                slug,
                title=data["title"],
                intro=data.get("intro", ""),
                body=[("paragraph", paragraphs_html([text])) for text in data.get("body", [])],
            )
        data = demo_data.ABOUT_PAGES["aanpak"]
        self.child(
            self.home,
            ApproachPage,
            "aanpak",
            title=data["title"],
            intro=data.get("intro", ""),
            certainties_intro=paragraphs_html(data.get("body", [])[:1]),
            certainties=[
                ("certainty", {"number": c["number"], "title": c["title"], "text": c["text"]})
                for c in demo_data.CERTAINTIES
            ],
            levels_intro=paragraphs_html(data.get("body", [])[1:2]),
            body=[("paragraph", paragraphs_html([text])) for text in data.get("body", [])[2:]],
        )

    # --- content -----------------------------------------------------------

    def content_fields(self, data):
        """Fields every content type shares, from one demo item."""
        body = [("paragraph", paragraphs_html([text])) for text in data.get("body", [])]
        return {
            "title": data["title"],
            "intro": data["intro"],
            "publication_date": data["publication_date"],
            "listing_image": self.image(
                f"{data['kind']}-{data['slug']}", f"{data['kind'].capitalize()}: {data['title']}"
            ),
            "body": body,
        }

    def type_fields(self, data):
        kind = data["kind"]
        if kind == "verhaal":
            fields = {}
            if data.get("factbox"):
                fields["factbox"] = [
                    ("factbox", {"title": data["factbox"]["title"], "facts": data["factbox"]["items"]})
                ]
            if data.get("lessons"):
                fields["lessons"] = [
                    ("lesson", {"title": lesson["title"], "text": lesson.get("text", "")}) for lesson in data["lessons"]
                ]
            return fields
        if kind == "essay":
            return {
                "publisher": data.get("publisher", ""),
                "publication_year": data.get("publication_year"),
                "isbn": data.get("isbn", ""),
                "webinar_url": data.get("webinar_url", ""),
            }
        if kind == "evenement":
            tz = timezone.get_current_timezone()
            return {
                "event_type": data["event_type"],
                "start": timezone.make_aware(data["start"], tz),
                "end": timezone.make_aware(data["end"], tz),
                "online": data.get("online", False),
                "location": data.get("location", ""),
                "organiser": data.get("organiser", ""),
                "registration_url": data.get("registration_url", ""),
                "recording_url": data.get("recording_url", ""),
            }
        return {}

    def index_for(self, kind):
        return {
            "verhaal": self.indexes["verhalen"],
            "essay": self.indexes["essays"],
            "tip": self.indexes["tips"],
            "evenement": self.indexes["agenda"],
        }[kind]

    def ensure_items(self):
        created_count = 0
        essays = {}
        for data in all_items():
            page_class = KIND_CLASSES[data["kind"]]
            parent = self.index_for(data["kind"])
            existing = parent.get_children().filter(slug=data["slug"]).first()
            if existing is not None:
                if data["kind"] == "essay":
                    essays[data["slug"]] = existing.specific
                continue
            page = page_class(slug=data["slug"], **self.content_fields(data), **self.type_fields(data))
            page.levels.set([self.levels[s] for s in data.get("levels", [])])
            page.themes.set([self.themes[s] for s in data.get("themes", [])])
            page.opgaven.set([self.opgaven[s] for s in data.get("opgaven", [])])
            page.regions.set([self.regions[s] for s in data.get("regions", [])])
            if data["kind"] == "essay":
                page.authors.set([self.people[k] for k in data.get("authors", [])])
                essays[data["slug"]] = page
            parent.add_child(instance=page)
            if data.get("tags"):
                page.tags.add(*data["tags"])
            page.save_revision().publish()
            created_count += 1
        # Related publications point at other essays, so they come last.
        for data in all_items():
            if data["kind"] == "essay" and data.get("related"):
                essay = essays[data["slug"]]
                if not essay.related_essays.exists():
                    essay.related_essays.set([essays[s] for s in data["related"] if s in essays])
                    essay.save_revision().publish()
        return created_count

    # --- scale ---------------------------------------------------------------

    def generate_pages(self, count):
        """Add `count` generated items (`demo-<n>`), spread over types and vocabularies."""
        rng = random.Random(2018)
        levels = list(self.levels.values())
        themes = list(self.themes.values())
        opgaven = list(self.opgaven.values())
        regions = list(self.regions.values())
        words = [
            "woningbouw",
            "energietransitie",
            "schuldhulpverlening",
            "stikstof",
            "arbeidsmarkt",
            "financiële verhoudingen",
            "ondermijning",
            "netcongestie",
            "zorg",
            "mobiliteit",
            "klimaatadaptatie",
            "dienstverlening",
            "jeugdzorg",
            "inburgering",
            "platteland",
        ]
        images = [self.image(f"generated-{i}", f"Gegenereerd beeld {i}") for i in range(8)]
        existing = set(Page.objects.filter(slug__startswith="demo-").values_list("slug", flat=True))
        kinds = list(KIND_CLASSES)
        added = 0
        for n in tqdm(range(1, count + 1), desc="Pagina's", unit="pag"):
            slug = f"demo-{n}"
            if slug in existing:
                continue
            kind = kinds[n % len(kinds)]
            topic = rng.sample(words, 3)
            data = {
                "kind": kind,
                "title": f"{topic[0].capitalize()} en {topic[1]}: praktijk {n}",
                "slug": slug,
                "intro": f"Hoe overheden samen werken aan {topic[0]}, {topic[1]} en {topic[2]}.",
                "publication_date": datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 2870)),
                "body": [
                    f"Rijk, provincie, gemeenten en waterschap zochten samen naar een aanpak voor {topic[0]}.",
                    f"De les: {topic[1]} vraagt om tijd, vertrouwen en een gedeelde taal over {topic[2]}.",
                ],
            }
            extra = {}
            if kind == "evenement":
                start = timezone.make_aware(datetime.datetime(2025, 1, 1, 10)) + datetime.timedelta(days=n % 900)
                extra = {
                    "event_type": "webinar",
                    "start": start,
                    "end": start + datetime.timedelta(hours=2),
                    "online": True,
                    "organiser": "Overheid van Nu",
                }
            page = KIND_CLASSES[kind](
                slug=slug,
                title=data["title"],
                intro=data["intro"],
                publication_date=data["publication_date"],
                listing_image=images[n % len(images)],
                body=[("paragraph", paragraphs_html(data["body"]))],
                live=True,
                **extra,
            )
            page.levels.set(rng.sample(levels, rng.randint(1, 2)))
            page.themes.set(rng.sample(themes, rng.randint(1, 3)))
            page.opgaven.set(rng.sample(opgaven, rng.randint(0, 2)))
            page.regions.set(rng.sample(regions, rng.randint(0, 1)))
            with transaction.atomic():
                self.index_for(kind).add_child(instance=page)
            added += 1
        return added
