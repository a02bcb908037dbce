"""Fill an empty site with realistic Dutch demo content.

Idempotent: every record is keyed by its slug or name, and what exists is left
as it is, so running it twice gives the same site. The curated content is
published through revisions, as an editor would, so history, preview and
moderation work on it.

`--pages N` adds N generated content items for scale tests (idempotent too:
generated slugs are `demo-<n>`). They take a bulk path instead: no revisions,
relations, history and search entries written per chunk of pages.
"""

import datetime
import io
import random
import re
import sys
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape
from modelcluster.fields import ParentalKey
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save_signal_handler
from tqdm import tqdm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles import sections
from articles.models import (
    ApproachPage,
    ContactFormField,
    ContactPage,
    ContentPage,
    EssayPage,
    EventPage,
    Level,
    Organisation,
    Person,
    StandardPage,
    StoryPage,
    Theme,
    TipPage,
)
from opgaven.models import Bottleneck, Crossover, OpgaveIndexPage, OpgavePage, ProgressUpdate
from overheidvannu.demo import loader, magazine
from overheidvannu.demo.audio import silent_mp3
from overheidvannu.demo.images import describe, render_png
from overheidvannu.discovery.models import (
    EssayIndexPage,
    EventIndexPage,
    HomePage,
    KennisbankPage,
    StoryIndexPage,
    TipIndexPage,
)
from overheidvannu.discovery.search.indexing import reindex_on_publish_paused
from overheidvannu.operations.site_address import default_site_address
from regions.models import RegionIndexPage, RegionPage, RegionPartner

KIND_CLASSES = {"verhaal": StoryPage, "essay": EssayPage, "tip": TipPage, "evenement": EventPage}
INDEXES = [
    (KennisbankPage, sections.KENNISBANK, "Alle verhalen, essays, tips en evenementen op één plek."),
    (StoryIndexPage, sections.VERHALEN, "Praktijkverhalen van professionals die over grenzen heen werken."),
    (EssayIndexPage, sections.ESSAYS, "Publicaties en beschouwingen over interbestuurlijk werken."),
    (TipIndexPage, sections.TIPS, "Korte, praktische tips voor samenwerken tussen overheden."),
    (EventIndexPage, sections.AGENDA, "Leerateliers, webinars en talkshows."),
    (OpgaveIndexPage, sections.OPGAVEN, "De tien maatschappelijke opgaven van het Interbestuurlijk Programma."),
    (RegionIndexPage, sections.REGIOS, "Vier regio's waar overheden samen aan meerdere opgaven tegelijk werken."),
]


# Generated pages are written this many at a time, each chunk in one transaction.
GENERATE_CHUNK = 500
GENERATED_KINDS = list(KIND_CLASSES)
# Relations that ContentPage's search fields read through methods, not RelatedFields
# (and an essay's, for its live authors' names).
RELATIONS_READ_BY_SEARCH_METHODS = ("opgaven", "regions", "themes")
ESSAY_RELATIONS_READ_BY_SEARCH_METHODS = ("essay_authors__person",)
GENERATED_TOPICS = [
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


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def linked_paragraph_html(text):
    """One paragraph with its e-mail addresses as mailto: links."""
    html = escape(text)
    return "<p>" + EMAIL.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', str(html)) + "</p>"


def body_blocks(texts):
    """StreamField blocks from demo text: "## Kop" is a heading, the rest paragraphs
    (e-mail addresses linked)."""
    blocks = []
    for text in texts:
        if text.startswith("## "):
            blocks.append(("heading", {"text": text[3:].strip(), "level": "h2"}))
        else:
            blocks.append(("paragraph", linked_paragraph_html(text)))
    return blocks


class Command(BaseCommand):
    help = "Vult een lege site met Nederlandse voorbeeldinhoud (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages", type=int, default=0, help="Voeg dit aantal gegenereerde inhoudspagina's toe (schaaltest)."
        )

    def handle(self, *args, pages=0, **options):
        # The demo's dates count from today (overheidvannu/demo/loader.py), so a
        # fresh demo has events to come and recent publications whatever the day.
        self.today = timezone.localdate()
        self.data = loader.load(today=self.today)
        # Indexing on every save would index each curated page three times
        # (created, revised, published); one pass at the end gives the same
        # search index and reference index.
        with transaction.atomic(), search_index_in_bulk() as search_index, references_in_bulk() as references:
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
            # The magazine's editions gather the items above; the podcast lists those with audio.
            magazine.ensure_magazine_and_podcast(self)
            search_index.flush()
            references.flush()
        self.stdout.write(self.style.SUCCESS(f"Voorbeeldinhoud staat klaar ({created} nieuwe inhoudspagina's)."))
        if pages:
            # tqdm redraws with carriage returns, so it writes to the raw stream,
            # not to Django's line-based OutputWrapper.
            added = self.generate_pages(pages, progress_file=options.get("stderr"))
            self.stdout.write(self.style.SUCCESS(f"{added} gegenereerde pagina's toegevoegd."))

    # --- helpers ---------------------------------------------------------------

    def image(self, key, title):
        if key in self.images:
            return self.images[key]
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            png = render_png(key)
            image = Image(title=title, description=describe(key, title))
            image.file = ImageFile(io.BytesIO(png), name=f"{key[:80]}.png")
            image.save()
        elif not image.description:  # loaded before demo images had alt text
            image.description = describe(key, title)
            image.save(update_fields=["description"])
        self.images[key] = image
        return image

    def audio_document(self, key, title, seconds):
        """A generated (silent) MP3 in the document library, made once."""
        Document = get_document_model()
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title)
            document.file = ContentFile(silent_mp3(seconds), name=f"{key[:80]}.mp3")
            document.save()
        return document

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
                instance=HomePage(title="Overheid van Nu", slug="home", intro=self.data.pages["over"]["intro"])
            )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={**default_site_address(), "root_page": home, "site_name": "Overheid van Nu"},
        )
        return home

    def ensure_indexes(self):
        indexes = {}
        for page_class, section, intro in INDEXES:
            indexes[section.key], _ = self.child(self.home, page_class, section.key, title=section.title, intro=intro)
        return indexes

    def ensure_themes(self):
        themes = {}
        for order, data in enumerate(self.data.themes):
            themes[data["slug"]], _ = Theme.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
        return themes

    def ensure_organisations(self):
        organisations = {}
        for data in self.data.organisations:
            organisations[data["key"]], _ = Organisation.objects.get_or_create(
                name=data["name"], defaults={"layer": data["layer"], "website": data.get("website", "")}
            )
        return organisations

    def ensure_people(self):
        people = {}
        for data in self.data.people:
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
        for data in self.data.opgaven:
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
        # Cross-overs reference other opgaven, so they are added once all exist,
        # through a new revision so the admin's editor shows them too (a later
        # publish from the admin would otherwise drop them). Publishing stores
        # each one on the other opgave too (opgaven/crossovers.py), so the
        # revision is read back first to keep those.
        for data in self.data.opgaven:
            page = opgaven[data["slug"]]
            existing = set(Crossover.objects.filter(opgave=page).values_list("other_id", flat=True))
            missing = [opgaven[slug] for slug in data.get("crossovers", []) if opgaven[slug].pk not in existing]
            if missing:
                page = OpgavePage.objects.get(pk=page.pk).get_latest_revision_as_object()
                page.crossovers.add(*[Crossover(other=other) for other in missing])
                page.save_revision().publish()
                opgaven[data["slug"]] = page
        return opgaven

    def ensure_regions(self):
        parent = self.indexes["regios"]
        regions = {}
        for data in self.data.regions:
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
            data = self.data.pages[slug]
            self.child(
                self.home,
                StandardPage,
                slug,
                title=data["title"],
                intro=data.get("intro", ""),
                body=body_blocks(data.get("body", [])),
            )
        data = self.data.pages["aanpak"]
        self.child(
            self.home,
            ApproachPage,
            "aanpak",
            title=data["title"],
            intro=data.get("intro", ""),
            certainties_intro=paragraphs_html(data.get("body", [])[:1]),
            certainties=[
                ("certainty", {"number": c["number"], "title": c["title"], "text": c["text"]})
                for c in data["certainties"]
            ],
            levels_intro=paragraphs_html(data.get("body", [])[1:2]),
            body=[("paragraph", paragraphs_html([text])) for text in data.get("body", [])[2:]],
        )
        self.ensure_contact_page()

    def ensure_contact_page(self):
        """`/contact/`, Tip de redactie: a form page with its fields."""
        data = self.data.pages["contact"]
        page, created = self.child(
            self.home,
            ContactPage,
            "contact",
            title=data["title"],
            intro=data["intro"],
            privacy_note=data.get("privacy_note", ""),
            thank_you_text=paragraphs_html(data.get("body", [])),
            to_address=data.get("to_address", ""),
            subject="Nieuwe tip via Overheid van Nu",
        )
        if created:
            for order, field in enumerate(data.get("fields", [])):
                ContactFormField.objects.create(page=page, sort_order=order, **field)

    # --- content -----------------------------------------------------------

    def content_fields(self, data):
        """Fields every content type shares, from one demo item. A story's fact
        box and lessons are body blocks: the fact box before the text, the
        lessons after it."""
        body = []
        if data.get("factbox"):
            body.append(("factbox", {"title": data["factbox"]["title"], "facts": data["factbox"]["items"]}))
        body += [("paragraph", paragraphs_html([text])) for text in data.get("body", [])]
        if data.get("audio"):
            audio = data["audio"]
            body.append(
                (
                    "audio",
                    {
                        "title": audio["title"],
                        "audio_file": self.audio_document(data["slug"], audio["title"], audio["seconds"]),
                        "url": "",
                        "duration": audio["duration"],
                        "speakers": audio["speakers"],
                        "transcript": paragraphs_html(audio["transcript"]),
                        "episode": audio.get("episode"),
                        "season": audio.get("season"),
                    },
                )
            )
        if data.get("lessons"):
            lessons = [{"title": lesson["title"], "text": lesson.get("text", "")} for lesson in data["lessons"]]
            body.append(("lessons", {"title": "Lessen uit dit verhaal", "lessons": lessons}))
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
        for data in self.data.items:
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
                page.set_authors([self.people[k] for k in data.get("authors", [])])
                essays[data["slug"]] = page
            parent.add_child(instance=page)
            if data.get("tags"):
                page.tags.add(*data["tags"])
            page.save_revision().publish()
            created_count += 1
        # Related publications point at other essays, so they come last.
        for data in self.data.items:
            if data["kind"] == "essay" and data.get("related"):
                essay = essays[data["slug"]]
                if not essay.related_essays.exists():
                    essay.related_essays.set([essays[s] for s in data["related"] if s in essays])
                    essay.save_revision().publish()
        return created_count

    # --- scale ---------------------------------------------------------------

    def generate_pages(self, count, progress_file=None):
        """Add `count` generated items (`demo-<n>`), spread over types and vocabularies.

        Built for volume, unlike the curated content: no revisions, no per-page
        validation (the data is generated and known to be valid), tree paths
        computed here instead of one locked parent lookup per page, relations
        and reference-index rows inserted in bulk per chunk, and the search
        index filled in bulk per chunk instead of on every save (in the chunk's
        transaction, so a page is never left unindexed by an interrupted run).
        """
        existing = set(Page.objects.filter(slug__startswith="demo-").values_list("slug", flat=True))
        todo = [n for n in range(1, count + 1) if f"demo-{n}" not in existing]
        images = [self.image(f"generated-{i}", f"Gegenereerd beeld {i}") for i in range(8)]
        rng = random.Random(2018)
        vocabulary = {
            "levels": list(self.levels.values()),
            "themes": list(self.themes.values()),
            "opgaven": list(self.opgaven.values()),
            "regions": list(self.regions.values()),
        }
        with (
            tqdm(total=len(todo), desc="Pagina's", unit="pag", file=progress_file or sys.stderr) as progress,
            search_index_in_bulk() as search_index,
        ):
            for start in range(0, len(todo), GENERATE_CHUNK):
                chunk = todo[start : start + GENERATE_CHUNK]
                with transaction.atomic(), disable_reference_index_auto_update():
                    pages = [self.generated_page(n, rng, images) for n in chunk]
                    self.insert_children(pages)
                    self.insert_relations(pages, rng, vocabulary)
                    self.insert_history_and_references(pages)
                    search_index.flush()
                progress.update(len(chunk))
        if todo and connection.vendor == "postgresql":
            # Fresh planner statistics, so the first requests after a bulk load
            # do not run on plans made for the small demo site.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return len(todo)

    def generated_page(self, n, rng, images):
        kind = GENERATED_KINDS[n % len(GENERATED_KINDS)]
        topic = rng.sample(GENERATED_TOPICS, 3)
        # Dated from today like the curated content: published over the past eight
        # years, events from about a year and a quarter ago to as far ahead.
        publication_date = self.today - datetime.timedelta(days=rng.randint(1, 2870))
        published_at = timezone.make_aware(datetime.datetime.combine(publication_date, datetime.time(9)))
        extra = {}
        if kind == "evenement":
            first_day = datetime.datetime.combine(self.today - datetime.timedelta(days=450), datetime.time(10))
            start = timezone.make_aware(first_day) + datetime.timedelta(days=n % 900)
            extra = {
                "event_type": "webinar",
                "start": start,
                "end": start + datetime.timedelta(hours=2),
                "online": True,
                "organiser": "Overheid van Nu",
            }
        title = f"{topic[0].capitalize()} en {topic[1]}: praktijk {n}"
        return KIND_CLASSES[kind](
            slug=f"demo-{n}",
            title=title,
            draft_title=title,
            intro=f"Hoe overheden samen werken aan {topic[0]}, {topic[1]} en {topic[2]}.",
            publication_date=publication_date,
            listing_image=images[n % len(images)],
            body=[
                (
                    "paragraph",
                    paragraphs_html(
                        [
                            f"Rijk, provincie, gemeenten en waterschap zochten samen naar een aanpak voor {topic[0]}.",
                            f"De les: {topic[1]} vraagt om tijd, vertrouwen en een gedeelde taal over {topic[2]}.",
                        ]
                    ),
                )
            ],
            live=True,
            has_unpublished_changes=False,
            first_published_at=published_at,
            last_published_at=published_at,
            **extra,
        )

    def insert_children(self, pages):
        """Append `pages` under their index pages, as treebeard's add_child would,
        but with one parent lookup and one numchild update per index and chunk."""
        by_parent = {}
        for page in pages:
            by_parent.setdefault(self.index_for(page.content_kind).pk, []).append(page)
        for parent_pk, children in by_parent.items():
            parent = Page.objects.select_for_update().get(pk=parent_pk)
            last = parent.get_last_child()
            for page in children:
                page.depth = parent.depth + 1
                page.path = last._inc_path() if last else Page._get_path(parent.path, page.depth, 1)
                page.numchild = 0
                page.locale_id = parent.locale_id
                page.url_path = f"{parent.url_path}{page.slug}/"
                page._cached_parent_obj = parent
                page._is_site_root = False
                page.save(clean=False, log_action=None)
                last = page
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + len(children))

    def insert_relations(self, pages, rng, vocabulary):
        """Levels, themes, opgaven and regions for `pages`, one insert per relation."""
        counts = {"levels": (1, 2), "themes": (1, 3), "opgaven": (0, 2), "regions": (0, 1)}
        rows = {name: [] for name in counts}
        for page in pages:
            for name, (low, high) in counts.items():
                through = getattr(ContentPage, name).through
                source_field = f"{getattr(ContentPage, name).field.m2m_field_name()}_id"
                target_field = f"{getattr(ContentPage, name).field.m2m_reverse_field_name()}_id"
                for target in rng.sample(vocabulary[name], rng.randint(low, high)):
                    rows[name].append(through(**{source_field: page.pk, target_field: target.pk}))
        for name, objects in rows.items():
            getattr(ContentPage, name).through.objects.bulk_create(objects)

    def insert_history_and_references(self, pages):
        """The "created" history entry and the image usage Wagtail records for a
        new page, in two inserts. A generated page references nothing but its
        listing image (no tags, comments or blocks with references)."""
        now = timezone.now()
        image_type = ContentType.objects.get_for_model(get_image_model())
        page_base_type = ContentType.objects.get_for_model(Page)
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type_id=page.content_type_id,
                page=page,
                label=page.get_admin_display_title(),
                action="wagtail.create",
                timestamp=now,
                content_changed=True,
            )
            for page in pages
        )
        ReferenceIndex.objects.bulk_create(
            ReferenceIndex(
                content_type_id=page.content_type_id,
                base_content_type=page_base_type,
                object_id=str(page.pk),
                to_content_type=image_type,
                to_object_id=str(page.listing_image_id),
                model_path="listing_image",
                content_path="listing_image",
                content_path_hash=ReferenceIndex._get_content_path_hash("listing_image"),
            )
            for page in pages
        )


def indexed_relations(model):
    """Every relation the search index reads for `model`, so one prefetch per
    batch replaces several queries per object."""

    def paths(fields, prefix=""):
        for field in fields:
            if isinstance(field, index.RelatedFields):
                path = prefix + field.field_name
                yield path
                # e.g. an essay's authors: essay_authors__person
                yield from paths(field.fields, path + "__")

    names = set(paths(model.get_search_fields()))
    if issubclass(model, ContentPage):
        names.update(RELATIONS_READ_BY_SEARCH_METHODS)
    if issubclass(model, EssayPage):
        names.update(ESSAY_RELATIONS_READ_BY_SEARCH_METHODS)
    return sorted(names)


class PendingSearchIndex:
    """Objects saved while per-save indexing is off; `flush` indexes them in bulk."""

    def __init__(self, models):
        self.models = set(models)
        self.pending = {}

    def collect(self, sender, instance, raw=False, **kwargs):
        if not raw and sender in self.models:
            self.pending.setdefault(type(instance), set()).add(instance.pk)

    def flush(self):
        pending, self.pending = self.pending, {}
        by_model = {}
        for model, pks in pending.items():
            if issubclass(model, Page):
                # Index each page once, as its most specific type (what Wagtail's own handler does).
                for pk, content_type_id in Page.objects.filter(pk__in=pks).values_list("pk", "content_type_id"):
                    specific = ContentType.objects.get_for_id(content_type_id).model_class()
                    by_model.setdefault(specific, set()).add(pk)
            else:
                by_model.setdefault(model, set()).update(pks)
        backends = list(get_search_backends(with_auto_update=True))
        for model, pks in by_model.items():
            if not index.class_is_indexed(model):
                continue
            queryset = model.get_indexed_objects().prefetch_related(*indexed_relations(model))
            objects = list(queryset.filter(pk__in=pks))
            for backend in backends:
                backend.add_bulk(model, objects)


class PendingReferences:
    """Objects saved while the reference index's auto-update is off; `flush`
    records each one's references once, as Wagtail's own handler
    (`update_reference_index_task`) would after its last save."""

    def __init__(self):
        self.pending = set()

    def collect(self, sender, instance, raw=False, **kwargs):
        if raw or sender not in ReferenceIndex.tracked_models:
            return
        # An inline child (e.g. an essay's author row) is indexed through its parent.
        while (parental_key := parental_key_of(instance)) is not None:
            instance = getattr(instance, parental_key)
            if instance is None:
                return
        if ReferenceIndex.is_indexed(type(instance)):
            self.pending.add((type(instance), instance.pk))

    def flush(self):
        pending, self.pending = self.pending, set()
        by_model = {}
        for model, pk in pending:
            by_model.setdefault(model, []).append(pk)
        for model, pks in sorted(by_model.items(), key=lambda item: item[0]._meta.label):
            for instance in model.objects.filter(pk__in=pks).order_by("pk"):
                ReferenceIndex.create_or_update_for_object(instance)


def parental_key_of(instance):
    return next((field.name for field in instance._meta.get_fields() if isinstance(field, ParentalKey)), None)


@contextmanager
def references_in_bulk():
    """Collect saved objects instead of updating the reference index on each
    save; the caller flushes inside its transaction."""
    pending = PendingReferences()
    post_save.connect(pending.collect, weak=False, dispatch_uid="load_demo_references")
    try:
        with disable_reference_index_auto_update():
            yield pending
    finally:
        post_save.disconnect(dispatch_uid="load_demo_references")


@contextmanager
def search_index_in_bulk():
    """Collect saved objects instead of indexing each save; the caller flushes
    inside its transaction, so what is committed is also indexed."""
    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    pending = PendingSearchIndex(models)
    # Only the receivers that were connected are connected again afterwards.
    indexed_on_save = [model for model in models if post_save.disconnect(search_post_save_signal_handler, sender=model)]
    post_save.connect(pending.collect, weak=False, dispatch_uid="load_demo_search_index")
    try:
        # Publishing indexes a page once more after its links are written: the flush covers that too.
        with reindex_on_publish_paused():
            yield pending
    finally:
        post_save.disconnect(dispatch_uid="load_demo_search_index")
        for model in indexed_on_save:
            post_save.connect(search_post_save_signal_handler, sender=model)
