"""`manage.py load_demo` builds the demo site SPEC.md describes, and builds it once.

The full load takes tens of seconds, so it runs once for the whole module
(`setUpTestData`, inside the class-wide transaction that Django rolls back);
every test reads that site or changes it inside its own savepoint.
"""

import datetime
import io
import re
import shutil
import tempfile
from collections import Counter

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend

from articles.models import ContentPage, EssayPage, Level, Organisation, Person, Theme
from opgaven.models import Crossover, OpgavePage
from overheidvannu.demo import loader as demo_loader
from regions.models import RegionPage, RegionPartner

from ..editorial_migrations import check_editorial_migrations_keep_every_author_fact_and_lesson

# The names SPEC.md fixes; written out here so the test checks the data, not itself.
SPEC_OPGAVEN = {
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
}
SPEC_REGIONS = {"West-Brabant", "Achterhoek", "Groningen", "Metropoolregio Amsterdam"}
SPEC_LEVELS = {"individu", "organisatie", "netwerk"}
SPEC_LISTINGS = ["/kennisbank/", "/verhalen/", "/essays/", "/tips/", "/agenda/", "/opgaven/", "/regios/"]
SPEC_PLAIN_PAGES = ["/over/", "/aanpak/", "/toegankelijkheid/", "/privacy/"]

MEDIA_ROOT = tempfile.mkdtemp(prefix="ovn-load-demo-media-")


def site_snapshot():
    """Everything a second run could change, in a comparable form."""
    pages = list(
        Page.objects.order_by("path").values_list("url_path", "title", "live", "latest_revision_id", "numchild")
    )
    counts = {
        "pages": len(pages),
        "revisions": Revision.objects.count(),
        "levels": Level.objects.count(),
        "themes": Theme.objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "images": get_image_model().objects.count(),
        "tags": Tag.objects.count(),
        "crossovers": Crossover.objects.count(),
        "region_partners": RegionPartner.objects.count(),
    }
    for name in ("levels", "themes", "opgaven", "regions"):
        counts[f"content_{name}"] = getattr(ContentPage, name).through.objects.count()
    return {"pages": pages, "counts": counts}


@override_settings(MEDIA_ROOT=MEDIA_ROOT, WAGTAILSEARCH_BACKENDS={"default": settings.SEARCH_INDEXING})
class DemoSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.load_day = timezone.localdate()
        call_command("load_demo", stdout=io.StringIO())
        cls.first_run = site_snapshot()
        cls.second_output = io.StringIO()
        call_command("load_demo", stdout=cls.second_output)
        cls.second_run = site_snapshot()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)

    # --- the vocabulary and structure SPEC.md fixes ------------------------

    def test_the_ten_opgaven_have_their_spec_names(self):
        self.assertEqual(set(OpgavePage.objects.live().values_list("title", flat=True)), SPEC_OPGAVEN)

    def test_the_four_regions_have_their_spec_names(self):
        self.assertEqual(set(RegionPage.objects.live().values_list("title", flat=True)), SPEC_REGIONS)

    def test_exactly_the_three_levels_exist(self):
        self.assertEqual(set(Level.objects.values_list("slug", flat=True)), SPEC_LEVELS)

    def test_themes_people_and_organisations_are_filled_in(self):
        self.assertGreaterEqual(Theme.objects.count(), 5)
        self.assertFalse(Theme.objects.filter(description="").exists())
        self.assertGreaterEqual(Person.objects.count(), 5)
        self.assertGreaterEqual(Organisation.objects.count(), 5)
        # Organisations of every government layer take part somewhere.
        layers = set(Organisation.objects.values_list("layer", flat=True))
        self.assertTrue({"rijk", "provincie", "gemeente", "waterschap"} <= layers)

    def test_listings_and_plain_pages_live_at_their_spec_paths(self):
        for path in SPEC_LISTINGS + SPEC_PLAIN_PAGES:
            with self.subTest(path=path):
                page = Page.objects.live().get(url_path=f"/home{path}")
                self.assertEqual(page.url, path)

    def test_plain_pages_and_the_kennisbank_answer(self):
        # The per-type listings render the same way; each first visit also
        # generates image renditions, so one listing stands for them here.
        for path in SPEC_PLAIN_PAGES + ["/kennisbank/"]:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)

    def test_home_page_is_the_site_root(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1", count=1)

    # --- the content --------------------------------------------------------

    def test_at_least_sixty_live_items_over_all_four_kinds(self):
        live = ContentPage.objects.live()
        self.assertGreaterEqual(live.count(), 60)
        kinds = Counter(live.values_list("kind", flat=True))
        self.assertEqual(set(kinds), {"verhaal", "essay", "tip", "evenement"})
        self.assertTrue(all(count >= 5 for count in kinds.values()), kinds)

    def test_every_level_theme_opgave_and_region_has_content(self):
        live = ContentPage.objects.live()
        for level in Level.objects.all():
            self.assertTrue(live.filter(levels=level).exists(), level)
        for theme in Theme.objects.all():
            self.assertTrue(live.filter(themes=theme).exists(), theme)
        for opgave in OpgavePage.objects.all():
            self.assertTrue(live.filter(opgaven=opgave).exists(), opgave)
        for region in RegionPage.objects.all():
            self.assertTrue(live.filter(regions=region).exists(), region)

    def test_every_item_has_a_level_a_theme_and_a_dutch_intro(self):
        live = ContentPage.objects.live()
        self.assertFalse(live.filter(levels=None).exists())
        self.assertFalse(live.filter(themes=None).exists())
        self.assertFalse(live.filter(intro="").exists())

    def test_every_item_has_an_image_that_renders(self):
        live = ContentPage.objects.live()
        self.assertFalse(live.filter(listing_image=None).exists())
        self.assertFalse(OpgavePage.objects.filter(listing_image=None).exists())
        self.assertFalse(RegionPage.objects.filter(listing_image=None).exists())
        image = live.select_related("listing_image").first().listing_image
        rendition = image.get_rendition("fill-640x360")
        self.assertEqual((rendition.width, rendition.height), (640, 360))

    def test_every_demo_image_has_a_text_alternative_that_names_its_subject(self):
        from articles.images import DECORATIVE, undescribed

        images = get_image_model().objects.all()
        self.assertEqual(list(undescribed(images).values_list("title", flat=True)), [])
        self.assertFalse(images.filter(description=DECORATIVE).exists())
        image = ContentPage.objects.live().select_related("listing_image").first().listing_image
        self.assertIn(image.title.partition(": ")[2], image.description)

    def test_every_demo_image_and_document_is_public(self):
        # Uploads are private until a published page uses them; the demo's all are.
        from wagtail.documents import get_document_model

        from articles.published_uploads import shown_to_visitors

        for model in (get_image_model(), get_document_model()):
            with self.subTest(model=model.__name__):
                self.assertGreater(model.objects.count(), 0)
                self.assertEqual(shown_to_visitors(model.objects.all()).count(), model.objects.count())

    def test_curated_content_has_revisions_editors_can_open(self):
        for page in ContentPage.objects.live():
            self.assertIsNotNone(page.latest_revision_id, page)
            self.assertFalse(page.has_unpublished_changes, page)

    def test_crossovers_show_on_both_opgaven(self):
        self.assertTrue(Crossover.objects.exists())
        for crossover in Crossover.objects.select_related("opgave", "other"):
            self.assertIn(crossover.other, crossover.opgave.get_crossovers())
            self.assertIn(crossover.opgave, crossover.other.get_crossovers())

    def test_crossovers_are_in_the_revision_the_editor_opens(self):
        # Publishing the latest revision from the admin must not drop them.
        for opgave in OpgavePage.objects.filter(crossovers__isnull=False).distinct():
            stored = {c.other_id for c in opgave.crossovers.all()}
            in_revision = {c.other_id for c in opgave.latest_revision.as_object().crossovers.all()}
            self.assertEqual(in_revision, stored, opgave)

    def test_essays_name_their_authors_in_the_order_of_the_demo_data(self):
        data = demo_loader.load()
        names = {person["key"]: person["name"] for person in data.people}
        for item in data.of_kind("essay"):
            essay = EssayPage.objects.get(slug=item["slug"])
            with self.subTest(essay=item["slug"]):
                self.assertEqual([p.name for p in essay.authors], [names[key] for key in item["authors"]])
                in_revision = essay.latest_revision.as_object().authors
                self.assertEqual([p.name for p in in_revision], [names[key] for key in item["authors"]])

    def test_curated_content_and_vocabulary_are_in_the_search_index(self):
        story = ContentPage.objects.live().filter(kind="verhaal").order_by("path").first()
        results = ContentPage.objects.live().search(story.title)
        self.assertIn(story.pk, [result.pk for result in results])
        theme = Theme.objects.order_by("sort_order").first()
        self.assertIn(theme, list(get_search_backend().search(theme.name, Theme)))

    def test_curated_content_has_the_references_wagtail_would_record(self):
        # load_demo records references once at the end instead of on every save:
        # an image's or a person's usage lists the same pages as after an editor's save.
        self.assertGreater(ReferenceIndex.objects.count(), ContentPage.objects.live().count())
        for page in Page.objects.specific():
            with self.subTest(page=page.url_path), CaptureQueriesContext(connection) as queries:
                ReferenceIndex.create_or_update_for_object(page)
            self.assertFalse([q["sql"] for q in queries if q["sql"].startswith(("INSERT", "DELETE"))])

    # --- the editorial data migrations, on this content ------------------------

    def test_editorial_migrations_keep_every_author_fact_and_lesson(self):
        check_editorial_migrations_keep_every_author_fact_and_lesson()

    # --- dates from the load day (overheidvannu/demo/loader.py) -------------------

    def test_a_fresh_demo_has_events_to_come_on_the_agenda_and_home(self):
        agenda = BeautifulSoup(self.client.get("/agenda/").content, "html.parser")
        self.assertFalse(agenda.select(".ovn-agenda-empty"))
        first = agenda.select_one("#resultaten > li")
        self.assertEqual(agenda.select_one("#groep-kop").get_text(), "Komende evenementen")
        soonest = datetime.datetime.fromisoformat(first.find("time")["datetime"]).date()
        self.assertTrue(self.load_day < soonest <= self.load_day + datetime.timedelta(days=14), soonest)
        home = BeautifulSoup(self.client.get("/").content, "html.parser")
        self.assertEqual(len(home.select("section[aria-labelledby=agenda-kop] .ovn-upcoming__item")), 3)

    def test_a_fresh_demo_was_published_in_the_past_year(self):
        dates = ContentPage.objects.live().filter(slug__in=[i["slug"] for i in demo_loader.load().items])
        newest = dates.order_by("-publication_date").values_list("publication_date", flat=True)[0]
        oldest = dates.order_by("publication_date").values_list("publication_date", flat=True)[0]
        self.assertTrue(self.load_day - datetime.timedelta(days=14) <= newest < self.load_day, newest)
        self.assertGreaterEqual(oldest, self.load_day - datetime.timedelta(days=365))

    def test_the_accessibility_statement_promises_its_fixes_after_the_load_day(self):
        page = BeautifulSoup(self.client.get("/toegankelijkheid/").content, "html.parser")
        day, month, year = re.search(r"bij vóór (\d+) (\w+) (\d{4});", page.get_text(" ")).groups()
        promised = datetime.date(int(year), demo_loader.DUTCH_MONTHS.index(month) + 1, int(day))
        self.assertGreater(promised, self.load_day)
        self.assertNotIn("{", page.select_one("main").get_text())

    # --- idempotence ----------------------------------------------------------

    def test_second_run_changes_nothing(self):
        self.assertEqual(self.second_run["counts"], self.first_run["counts"])
        self.assertEqual(self.second_run["pages"], self.first_run["pages"])

    def test_second_run_keeps_the_indexes_so_make_run_starts_quickly(self):
        # `make run` loads the demo on every start; the search test above
        # runs after this second load, so the kept index still finds content.
        output = self.second_output.getvalue()
        self.assertIn("Niets nieuws", output)
        self.assertNotIn("Zoekindex en verwijzingen bijwerken", output)

    # --- generated pages --------------------------------------------------------

    def test_pages_option_adds_exactly_n_once_with_a_progress_bar(self):
        before = ContentPage.objects.count()
        stderr = io.StringIO()
        call_command("load_demo", pages=7, stdout=io.StringIO(), stderr=stderr)
        self.assertEqual(ContentPage.objects.count(), before + 7)
        self.assertIn("7/7", stderr.getvalue())
        after_first = site_snapshot()

        call_command("load_demo", pages=7, stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(site_snapshot(), after_first)

        call_command("load_demo", pages=9, stdout=io.StringIO(), stderr=io.StringIO())
        self.assertEqual(ContentPage.objects.count(), before + 9)

    def test_generated_pages_are_whole_pages_and_searchable(self):
        # One load for both (each `--pages` load rebuilds both indexes).
        call_command("load_demo", pages=12, stdout=io.StringIO(), stderr=io.StringIO())
        generated = ContentPage.objects.filter(slug__startswith="demo-")
        self.assertEqual(generated.count(), 12)
        # The tree stays consistent (paths, depths, numchild) after the bulk inserts.
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        for index_path in ("/verhalen/", "/essays/", "/tips/", "/agenda/"):
            index_page = Page.objects.get(url_path=f"/home{index_path}")
            self.assertEqual(index_page.numchild, index_page.get_children().count())
        page = generated.live().get(slug="demo-5")
        self.assertEqual(page.url, f"/{page.get_parent().slug}/demo-5/")
        self.assertTrue(page.levels.exists())
        self.assertTrue(page.themes.exists())
        self.assertIsNotNone(page.first_published_at)
        # Dated from the load day like the curated content: published before it.
        self.assertFalse(generated.filter(publication_date__gte=self.load_day).exists())
        self.assertEqual(self.client.get(page.url).status_code, 200)
        # The history shows when it was created; the image knows where it is used.
        self.assertTrue(PageLogEntry.objects.filter(page=page, action="wagtail.create").exists())
        references = set(ReferenceIndex.get_references_for_object(page).values_list("to_object_id", "model_path"))
        self.assertEqual(references, {(str(page.listing_image_id), "listing_image")})
        # ... exactly the rows Wagtail itself would record.
        with CaptureQueriesContext(connection) as queries:
            ReferenceIndex.create_or_update_for_object(page.specific)
        self.assertFalse([q for q in queries if q["sql"].startswith(("INSERT", "DELETE"))])
        # Found by words from their text, as any page is.
        page = ContentPage.objects.get(slug="demo-3")
        results = ContentPage.objects.live().search(f"praktijk {page.title.split()[0]}")
        self.assertIn(page.pk, [result.pk for result in results])
