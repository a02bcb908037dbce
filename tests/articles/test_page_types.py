"""Page type rules: each page type is creatable through the admin exactly where
it belongs, and the limited pages (home, indexes, ten opgaven, four regions)
cannot be created once their maximum is reached.

The `*_form_data` helpers build the POST data of the admin's create and edit
forms; `test_validation` and `test_workflow` reuse them.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import (
    ApproachPage,
    ContactPage,
    ContentPage,
    EssayPage,
    EventPage,
    MagazinePage,
    StandardPage,
    StoryPage,
    TipPage,
)
from opgaven.models import OpgaveIndexPage, OpgavePage
from overheidvannu.discovery.models import (
    EssayIndexPage,
    EventIndexPage,
    HomePage,
    KennisbankPage,
    PodcastPage,
    StoryIndexPage,
    TipIndexPage,
)
from regions.models import RegionIndexPage, RegionPage

from ..factories import SiteTree, level, make_opgave, make_organisation, make_region, make_theme

INDEX_TYPES = [KennisbankPage, StoryIndexPage, EssayIndexPage, TipIndexPage, EventIndexPage]
CONTENT_TYPES = [StoryPage, EssayPage, TipPage, EventPage]
ALL_TYPES = [
    HomePage,
    *INDEX_TYPES,
    *CONTENT_TYPES,
    OpgaveIndexPage,
    OpgavePage,
    RegionIndexPage,
    RegionPage,
    StandardPage,
    ApproachPage,
]

# --- Form data helpers (shared with test_validation and test_workflow) ---------


def form_data(data, multiple=()):
    """Flatten `data` like the admin form would post it; the keys in `multiple`
    hold lists of ids (checkboxes) and stay lists instead of being numbered."""
    lists = {key: [str(value) for value in data.pop(key)] for key in multiple if key in data}
    return {**nested_form_data(data), **lists}


def no_comments():
    """The comment formset every page form carries (comments are enabled)."""
    return inline_formset([])


def content_form_data(page_class, title="Samen werken aan wonen", *, levels=(), themes=(), **fields):
    """Valid create-form data for one of the four content types. `levels` are
    level slugs, `themes` Theme instances; pass an empty list to leave them out."""
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-").replace("'", ""),
        "intro": "Hoe gemeente en provincie samen bouwen.",
        "listing_image": "",
        "body": streamfield([("paragraph", rich_text("<p>Het verhaal.</p>"))]),
        "publication_date": "2025-03-14",
        "levels": [level(slug).pk for slug in levels],
        "themes": [theme.pk for theme in themes],
        "tags": "",
        "comments": no_comments(),
    }
    if page_class is EssayPage:
        data.update(publisher="NSOB", publication_year="2024", isbn="", pdf="", webinar_url="")
        data["essay_authors"] = inline_formset([])
    if page_class is EventPage:
        data.update(
            event_type="leeratelier",
            start="2026-12-01 10:00",
            end="2026-12-01 12:00",
            location="Provinciehuis Arnhem",
            organiser="Overheid van Nu",
            registration_url="",
            recording_url="",
        )
    data.update(fields)
    return form_data(data, multiple=["levels", "themes", "opgaven", "regions", "related_essays"])


def complete_content_form_data(page_class, title="Samen werken aan wonen", **fields):
    """Content form data that may be published: one level and one theme."""
    fields.setdefault("levels", ["netwerk"])
    fields.setdefault("themes", [make_theme()])
    return content_form_data(page_class, title, **fields)


def comment_data(page, text):
    """A story's edit form with one new comment on its title."""
    data = complete_content_form_data(StoryPage, page.title, slug=page.slug, themes=[page.themes.first()])
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-0-id": "",
            "comments-0-contentpath": "title",
            "comments-0-text": text,
            "comments-0-position": "",
            "comments-0-resolved": "",
            "comments-0-DELETE": "",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
            "comments-0-replies-MIN_NUM_FORMS": "0",
            "comments-0-replies-MAX_NUM_FORMS": "1000",
        }
    )
    return data


def opgave_form_data(title="Toekomstbestendig wonen", **fields):
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-"),
        "intro": "Genoeg betaalbare woningen, samen gebouwd.",
        "listing_image": "",
        "problem": rich_text("<p>Er zijn te weinig woningen.</p>"),
        "commitments": streamfield([("commitment", "Rijk en regio maken woondeals.")]),
        "lead": "",
        "lead_quote": "",
        "lead_video_url": "",
        "lead_video_transcript": rich_text(""),
        "contact_email": "wonen@example.org",
        "progress_updates": inline_formset([]),
        "bottlenecks": inline_formset([]),
        "crossovers": inline_formset([]),
        "comments": no_comments(),
    }
    data.update(fields)
    return nested_form_data(data)


def region_form_data(title="Achterhoek", **fields):
    data = {
        "title": title,
        "slug": fields.pop("slug", None) or title.lower().replace(" ", "-"),
        "intro": "Een regio die samen optrekt.",
        "listing_image": "",
        "characterisation": rich_text("<p>Acht gemeenten, één regio.</p>"),
        "facts": streamfield([("figure", {"label": "Inwoners", "value": "ruim 300.000", "source": "CBS"})]),
        "partners": inline_formset([]),
        "opgaven": [],
        "comments": no_comments(),
    }
    data.update(fields)
    return form_data(data, multiple=["opgaven"])


def simple_form_data(title, **fields):
    """Home, listing and standard pages: a title and an introduction."""
    slug = title.lower().replace(" ", "-")
    data = {"title": title, "slug": slug, "intro": "Korte uitleg.", "comments": no_comments()}
    data.update(fields)
    return nested_form_data(data)


def approach_form_data(title="Aanpak"):
    certainties = [
        ("certainty", {"number": str(n), "title": f"Zekerheid {n}", "text": "Toelichting."}) for n in range(1, 8)
    ]
    return simple_form_data(
        title,
        certainties_intro=rich_text("<p>Zeven zekerheden.</p>"),
        certainties=streamfield(certainties),
        levels_intro=rich_text(""),
        body=streamfield([]),
    )


def assert_refused(response):
    """The admin refuses a request: a 403, or its permission-denied redirect
    to the dashboard (with an error message)."""
    assert response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def add_url(page_class, parent):
    return reverse("wagtailadmin_pages:add", args=[page_class._meta.app_label, page_class._meta.model_name, parent.pk])


# --- Tests ---------------------------------------------------------------------


class PageTypeRuleTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = SiteTree()
        self.login()

    def login(self):
        # Wagtail's `login()` signs in with a password through the test client,
        # which passes no request to django-axes; a finished sign-in suffices here.
        user = get_user_model().objects.create_superuser("admin", "admin@example.com", "password")
        self.client.force_login(user)
        return user

    def test_content_page_base_is_not_creatable_anywhere(self):
        assert ContentPage.is_creatable is False
        for parent in ALL_TYPES + [Page]:
            self.assertCanNotCreateAt(parent, ContentPage)
        assert_refused(self.client.get(add_url(ContentPage, self.tree.stories)))

    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                *INDEX_TYPES,
                OpgaveIndexPage,
                RegionIndexPage,
                StandardPage,
                ApproachPage,
                ContactPage,
                MagazinePage,
                PodcastPage,
            },
        )

    def test_the_contact_page_sits_once_under_the_home_page_without_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_each_content_type_lives_only_under_its_own_index(self):
        for index_class, page_class in zip(INDEX_TYPES[1:], CONTENT_TYPES, strict=True):
            self.assertAllowedParentPageTypes(page_class, {index_class})
            self.assertAllowedSubpageTypes(index_class, {page_class})
            self.assertAllowedSubpageTypes(page_class, set())
            for other_parent in ALL_TYPES:
                if other_parent is not index_class:
                    self.assertCanNotCreateAt(other_parent, page_class)

    def test_kennisbank_has_no_children(self):
        self.assertAllowedSubpageTypes(KennisbankPage, set())

    def test_indexes_sit_under_the_home_page(self):
        for index_class in [*INDEX_TYPES, OpgaveIndexPage, RegionIndexPage, ApproachPage]:
            self.assertAllowedParentPageTypes(index_class, {HomePage})

    def test_opgaven_and_regions_only_under_their_index(self):
        self.assertAllowedParentPageTypes(OpgavePage, {OpgaveIndexPage})
        self.assertAllowedSubpageTypes(OpgaveIndexPage, {OpgavePage})
        self.assertAllowedParentPageTypes(RegionPage, {RegionIndexPage})
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        self.assertCanNotCreateAt(HomePage, OpgavePage)
        self.assertCanNotCreateAt(StoryIndexPage, RegionPage)

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StoryIndexPage, StandardPage)

    def test_every_content_type_can_be_created_and_published_through_the_admin(self):
        parents = {
            StoryPage: self.tree.stories,
            EssayPage: self.tree.essays,
            TipPage: self.tree.tips,
            EventPage: self.tree.events,
        }
        for page_class, parent in parents.items():
            title = f"Nieuw {page_class._meta.verbose_name}"
            self.assertCanCreate(parent, page_class, complete_content_form_data(page_class, title))
            page = page_class.objects.get(title=title)
            assert page.live
            assert [lv.slug for lv in page.levels.all()] == ["netwerk"]
            assert page.themes.count() == 1
            assert page.kind == page_class.content_kind

    def test_opgave_and_region_can_be_created_through_the_admin(self):
        other = make_opgave(self.tree, "Regionale economie als versneller")
        self.assertCanCreate(
            self.tree.opgaven,
            OpgavePage,
            opgave_form_data(
                progress_updates=inline_formset(
                    [{"date": "2025-02-01", "title": "Woondeal getekend", "text": rich_text("<p>Klaar.</p>")}]
                ),
                bottlenecks=inline_formset(
                    [{"title": "Te weinig bouwgrond", "description": rich_text(""), "status": "open"}]
                ),
                crossovers=inline_formset([{"other": str(other.pk), "description": "Werk en wonen."}]),
            ),
        )
        created = OpgavePage.objects.get(slug="toekomstbestendig-wonen")
        assert list(created.get_crossovers()) == [other]
        assert list(other.get_crossovers()) == [created]

        organisation = make_organisation("Gemeente Winterswijk")
        self.assertCanCreate(
            self.tree.regions,
            RegionPage,
            region_form_data(
                partners=inline_formset([{"organisation": str(organisation.pk), "role": "Trekker"}]),
                opgaven=[created.pk],
            ),
        )
        region = RegionPage.objects.get(slug="achterhoek")
        assert [p.organisation for p in region.partners.all()] == [organisation]
        assert list(region.opgaven.all()) == [created]

    def test_standard_and_approach_pages_can_be_created_through_the_admin(self):
        self.assertCanCreate(self.tree.home, StandardPage, simple_form_data("Toegankelijkheid", body=streamfield([])))
        self.assertCanCreate(self.tree.home, ApproachPage, approach_form_data())
        assert len(ApproachPage.objects.get().certainties) == 7

    def test_approach_page_needs_exactly_seven_certainties(self):
        data = approach_form_data()
        data["certainties-count"] = "6"
        for key in [k for k in data if k.startswith("certainties-6-")]:
            del data[key]
        response = self.client.post(add_url(ApproachPage, self.tree.home), {**data, "action-publish": "1"})
        assert response.status_code == 200
        assert not ApproachPage.objects.exists()

    def test_home_and_index_pages_exist_only_once(self):
        # The tree already holds one of each.
        for page_class in [*INDEX_TYPES, OpgaveIndexPage, RegionIndexPage]:
            assert page_class.max_count == 1
            assert not page_class.can_create_at(self.tree.home)
            assert_refused(self.client.get(add_url(page_class, self.tree.home)))
        assert HomePage.max_count == 1
        assert not HomePage.can_create_at(Page.get_first_root_node())

    def test_approach_page_exists_only_once(self):
        self.tree.add_approach_page()
        assert not ApproachPage.can_create_at(self.tree.home)

    def test_an_eleventh_opgave_cannot_be_created(self):
        for n in range(1, 11):
            make_opgave(self.tree, f"Opgave {n}")
        assert not OpgavePage.can_create_at(self.tree.opgaven)
        response = self.client.post(
            add_url(OpgavePage, self.tree.opgaven), {**opgave_form_data("Elfde opgave"), "action-publish": "1"}
        )
        assert_refused(response)
        assert OpgavePage.objects.count() == 10

    def test_a_fifth_region_cannot_be_created(self):
        for name in ["West-Brabant", "Achterhoek", "Groningen", "Metropoolregio Amsterdam"]:
            make_region(self.tree, name)
        assert not RegionPage.can_create_at(self.tree.regions)
        response = self.client.post(
            add_url(RegionPage, self.tree.regions), {**region_form_data("Twente"), "action-publish": "1"}
        )
        assert_refused(response)
        assert RegionPage.objects.count() == 4

    def test_the_add_subpage_menu_offers_only_allowed_types(self):
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[self.tree.stories.pk]))
        # With one allowed type Wagtail skips the type chooser and opens its form.
        assert response.status_code == 302
        assert response.url == add_url(StoryPage, self.tree.stories)
