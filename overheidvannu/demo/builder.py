"""The curated demo site SPEC.md describes, built from `data/*.toml`.

`DemoBuilder(today).build()` creates what is missing: the home page and its
listings, the opgaven, regions, themes, people and organisations, the about
pages, the stories, essays, tips and events (demo/loader.py reads them), and
the magazine and podcast (demo/magazine.py). Idempotent: every record is keyed
by its slug or name, and what exists is left as it is, so building twice gives
the same site. Pages are published through revisions, as an editor would, so
history, preview and moderation work on them.

Only Wagtail's and treebeard's public API (`add_child`, `save_revision().publish()`).
Indexing is the caller's concern: `manage.py load_demo` pauses the per-save
indexers and runs `update_index` and `rebuild_references_index` once at the end.
"""

import io
import re

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles import sections
from articles.models import (
    ApproachPage,
    ContactFormField,
    ContactPage,
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
from overheidvannu.operations.site_address import default_site_address
from regions.models import RegionIndexPage, RegionPage, RegionPartner

KIND_CLASSES = {"verhaal": StoryPage, "essay": EssayPage, "tip": TipPage, "evenement": EventPage}
# The listing each kind of content lives under (a key of `INDEXES`).
KIND_INDEXES = {"verhaal": "verhalen", "essay": "essays", "tip": "tips", "evenement": "agenda"}
INDEXES = [
    (KennisbankPage, sections.KENNISBANK, "Alle verhalen, essays, tips en evenementen op één plek."),
    (StoryIndexPage, sections.VERHALEN, "Praktijkverhalen van professionals die over grenzen heen werken."),
    (EssayIndexPage, sections.ESSAYS, "Publicaties en beschouwingen over interbestuurlijk werken."),
    (TipIndexPage, sections.TIPS, "Korte, praktische tips voor samenwerken tussen overheden."),
    (EventIndexPage, sections.AGENDA, "Leerateliers, webinars en talkshows."),
    (OpgaveIndexPage, sections.OPGAVEN, "De tien maatschappelijke opgaven van het Interbestuurlijk Programma."),
    (RegionIndexPage, sections.REGIOS, "Vier regio's waar overheden samen aan meerdere opgaven tegelijk werken."),
]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


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


def ensure_image(key, title):
    """The image titled `title`, drawn from `key` (demo/images.py) if missing."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=describe(key, title))
        image.file = ImageFile(io.BytesIO(render_png(key)), name=f"{key[:80]}.png")
        image.save()
    elif not image.description:  # loaded before demo images had alt text
        image.description = describe(key, title)
        image.save(update_fields=["description"])
    return image


class DemoBuilder:
    """Builds the curated demo; `build()` returns how many content items it added."""

    def __init__(self, today=None):
        # The demo's dates count from the load day (demo/loader.py), so a fresh
        # demo has events to come and recent publications whatever the day.
        self.today = today or timezone.localdate()
        self.data = loader.load(today=self.today)
        self.images = {}

    @transaction.atomic
    def build(self):
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
        return created

    # --- helpers ---------------------------------------------------------------

    def image(self, key, title):
        if key not in self.images:
            self.images[key] = ensure_image(key, title)
        return self.images[key]

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
        return self.indexes[KIND_INDEXES[kind]]

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
