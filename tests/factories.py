"""Helpers that build small page trees for tests.

Each test builds exactly the pages it needs; nothing is shared between tests
except what migrations create (levels, groups, the workflow).
"""

import contextlib
import datetime
import io
import itertools

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.kinds import CONTENT_KINDS
from articles.models import (
    ApproachPage,
    EditionPage,
    EditionSignatory,
    EventPage,
    Level,
    MagazinePage,
    Organisation,
    Person,
    StandardPage,
    StoryPage,
    Theme,
)
from opgaven.models import OpgaveIndexPage, OpgavePage
from overheidvannu.discovery.models import HomePage, KennisbankPage
from regions.models import RegionIndexPage, RegionPage

_counter = itertools.count(1)
#: The smallest PDF the upload checks accept.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _unique(prefix):
    return f"{prefix}-{next(_counter)}"


class SiteTree:
    """The fixed part of the page tree: home and its index pages."""

    def __init__(self):
        # The home page and default site come from a migration.
        self.home = HomePage.objects.get()
        self.site = Site.objects.get(is_default_site=True)
        # Pages with only a title and slug reference nothing: skipping the reference
        # index's update on each save leaves it as it would be, a quarter faster.
        with disable_reference_index_auto_update():
            self._add_indexes()

    def _add_indexes(self):
        self.kennisbank = self.home.add_child(instance=KennisbankPage(title="Kennisbank", slug="kennisbank"))
        # Each content kind's index (articles.kinds), as `indexes[kind]` and by name.
        self.indexes = {
            kind.slug: self.home.add_child(instance=kind.index_class(title=kind.section.title, slug=kind.section.key))
            for kind in CONTENT_KINDS
        }
        self.stories, self.essays, self.tips, self.events = self.indexes.values()
        self.opgaven = self.home.add_child(instance=OpgaveIndexPage(title="Opgaven", slug="opgaven"))
        self.regions = self.home.add_child(instance=RegionIndexPage(title="Regio's", slug="regios"))

    def add_standard_page(self, title, slug, **fields):
        return self.home.add_child(instance=StandardPage(title=title, slug=slug, **fields))

    def add_approach_page(self, **fields):
        certainties = [
            ("certainty", {"number": n, "title": f"Zekerheid {n}", "text": "Toelichting."}) for n in range(1, 8)
        ]
        fields.setdefault("certainties", certainties)
        return self.home.add_child(instance=ApproachPage(title="Aanpak", slug="aanpak", **fields))


def make_theme(name=None, **fields):
    name = name or _unique("Thema")
    fields.setdefault("slug", slugify(name))
    fields.setdefault("description", f"Over {name}.")
    return Theme.objects.create(name=name, **fields)


def make_organisation(name=None, layer="gemeente", **fields):
    return Organisation.objects.create(name=name or _unique("Gemeente"), layer=layer, **fields)


def make_person(name=None, **fields):
    return Person.objects.create(name=name or _unique("Persoon"), **fields)


def level(slug):
    return Level.objects.get(slug=slug)


def make_opgave(tree, title=None, **fields):
    title = title or _unique("Opgave")
    fields.setdefault("slug", slugify(title))
    fields.setdefault("intro", f"Over {title}.")
    fields.setdefault("problem", "<p>Het vraagstuk.</p>")
    page = tree.opgaven.add_child(instance=OpgavePage(title=title, **fields))
    return page


def make_region(tree, title=None, **fields):
    title = title or _unique("Regio")
    fields.setdefault("slug", slugify(title))
    fields.setdefault("intro", f"Over {title}.")
    fields.setdefault("characterisation", "<p>Een regio.</p>")
    return tree.regions.add_child(instance=RegionPage(title=title, **fields))


def make_image(title="Beeld"):
    """An 800×450 PNG in the image library."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), (0, 90, 120)).save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def _upcoming_start():
    day = timezone.localdate() + datetime.timedelta(days=28)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def make_content(
    tree,
    page_class=StoryPage,
    title=None,
    *,
    levels=(),
    themes=(),
    opgaven=(),
    regions=(),
    tags=(),
    publication_date=None,
    live=True,
    **fields,
):
    """Create a published content page of `page_class` with its classification."""
    title = title or _unique(page_class._meta.verbose_name.capitalize())
    fields.setdefault("slug", slugify(title))
    fields.setdefault("intro", f"Inleiding bij {title}.")
    # Published two weeks ago unless the test says otherwise (never a fixed day: tests/clock.py).
    fields["publication_date"] = publication_date or timezone.localdate() - datetime.timedelta(days=14)
    if page_class is EventPage:
        # An event still to come unless the test says otherwise: four weeks from now, at 10:00.
        start = fields.pop("start", None) or _upcoming_start()
        fields.setdefault("event_type", "webinar")
        fields.setdefault("organiser", "Overheid van Nu")
        fields.setdefault("online", True)
        fields["start"] = start
        fields.setdefault("end", start + datetime.timedelta(hours=2))
    page = page_class(title=title, live=live, **fields)
    page.levels.set([level(s) if isinstance(s, str) else s for s in levels])
    page.themes.set(themes)
    page.opgaven.set(opgaven)
    page.regions.set(regions)
    if tags:
        page.tags.add(*tags)
    parent = tree.indexes[page_class.content_kind]
    if not live:
        parent.add_child(instance=page)  # a draft is indexed as it is saved, as on the real site
        return page
    # Its references (an image's or a person's usage) are recorded once, as they finally are,
    # instead of on each of the three saves: a fifth of the factory's time.
    with disable_reference_index_auto_update():
        with search_indexing_paused():
            parent.add_child(instance=page)
            revision = page.save_revision()
        # Publishing indexes the page as it finally is (post_save, then `page_published` once its
        # many-to-many links are written: overheidvannu/discovery/search/indexing.py): what a search sees.
        revision.publish()
    ReferenceIndex.create_or_update_for_object(page)
    return page


def search_indexing_on():
    """The search index kept up to date on every save, as on the real site (off by
    default in tests: overheidvannu/settings/test.py). For content built once per module."""
    return override_settings(WAGTAILSEARCH_BACKENDS={"default": settings.SEARCH_INDEXING})


@contextlib.contextmanager
def search_indexing_paused():
    """No search indexing on save inside this block.

    Where the search index is kept up to date (the `search_index` fixture), every save
    of a page indexes it again: about half a second of queries each. A factory that
    saves a page three times before it publishes it only needs the last indexing.
    """
    backends = settings.WAGTAILSEARCH_BACKENDS
    if not any(config.get("AUTO_UPDATE", True) for config in backends.values()):
        yield
        return
    paused = {name: {**config, "AUTO_UPDATE": False} for name, config in backends.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=paused):
        yield


def add_magazine(tree):
    return tree.home.add_child(instance=MagazinePage(title="Magazine", slug="magazine", intro="Ons magazine."))


def add_edition(magazine, number, chapters, *, title=None, date=None, live=True, signatories=(), **fields):
    """An edition with `chapters` as [(heading, [pages])], published unless `live` is False."""
    edition = EditionPage(
        title=title or f"Editie {number}",
        slug=f"editie-{number.replace('/', '-')}",
        number=number,
        date=date or timezone.localdate() - datetime.timedelta(days=30),
        intro=f"Editie {number} van het magazine.",
        foreword="<p>Samen werken we als één overheid.</p>",
        chapters=[("chapter", {"heading": heading, "articles": pages}) for heading, pages in chapters],
        live=False,
        **fields,
    )
    edition.signatories = [EditionSignatory(sort_order=n, **{s._meta.model_name: s}) for n, s in enumerate(signatories)]
    magazine.add_child(instance=edition)
    if live:
        edition.save_revision().publish()
    return EditionPage.objects.get(pk=edition.pk)


def make_document(title="Jaarverslag"):
    return get_document_model().objects.create(title=title, file=ContentFile(PDF, name=f"{title}.pdf"))
