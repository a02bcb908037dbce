"""Page type rules: each page type is creatable through the admin exactly where
it belongs, and the limited pages (home, indexes, ten opgaven, four regions)
cannot be created once their maximum is reached.

The admin's form data comes from tests/admin_forms.py; the rules are read as
Wagtail's `WagtailPageTestCase` assertions read them (`allowed_subpage_models`,
`allowed_parent_page_models`, a publish through the create view).
"""

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

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

from ..admin_forms import (
    add_url,
    approach_form_data,
    complete_content_form_data,
    opgave_form_data,
    region_form_data,
    simple_form_data,
)
from ..factories import make_opgave, make_organisation, make_region

pytestmark = pytest.mark.django_db

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


def assert_refused(response):
    """The admin refuses a request: a 403, or its permission-denied redirect
    to the dashboard (with an error message)."""
    assert response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def assert_allowed_parents(child_model, parent_models):
    assert set(child_model.allowed_parent_page_models()) == set(parent_models)


def assert_allowed_subpages(parent_model, child_models):
    assert set(parent_model.allowed_subpage_models()) == set(child_models)


def assert_can_not_create_at(parent_model, child_model):
    assert child_model not in parent_model.allowed_subpage_models(), (
        f"{child_model.__name__} can be created under {parent_model.__name__}"
    )


def assert_created_through_the_admin(client, parent, child_model, data):
    """Publish a new `child_model` below `parent` through the admin's create
    view: the form is valid and the editor lands on the parent's listing."""
    assert child_model in parent.specific_class.allowed_subpage_models()
    if "slug" not in data and "title" in data:
        data["slug"] = slugify(data["title"])
    data["action-publish"] = "action-publish"
    response = client.post(add_url(child_model, parent), data, follow=True)
    assert response.status_code == 200, f"creating a {child_model.__name__} answered {response.status_code}"
    if not response.redirect_chain:
        assert "form" in response.context, "creating a page failed unusually"
        errors = response.context["form"].errors
        assert errors, "creating a page failed for an unknown reason"
        pytest.fail(f"validation errors creating a {child_model.__name__}: {errors.as_data()}")
    assert response.redirect_chain == [(reverse("wagtailadmin_explore", args=[parent.pk]), 302)]


# --- Tests ---------------------------------------------------------------------


def test_content_page_base_is_not_creatable_anywhere(admin_client, tree):
    assert ContentPage.is_creatable is False
    for parent in ALL_TYPES + [Page]:
        assert_can_not_create_at(parent, ContentPage)
    assert_refused(admin_client.get(add_url(ContentPage, tree.stories)))


def test_home_page_sits_only_at_the_root():
    assert_allowed_parents(HomePage, {Page})
    assert_allowed_subpages(
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


def test_the_contact_page_sits_once_under_the_home_page_without_children():
    assert_allowed_parents(ContactPage, {HomePage})
    assert_allowed_subpages(ContactPage, set())


def test_each_content_type_lives_only_under_its_own_index():
    for index_class, page_class in zip(INDEX_TYPES[1:], CONTENT_TYPES, strict=True):
        assert_allowed_parents(page_class, {index_class})
        assert_allowed_subpages(index_class, {page_class})
        assert_allowed_subpages(page_class, set())
        for other_parent in ALL_TYPES:
            if other_parent is not index_class:
                assert_can_not_create_at(other_parent, page_class)


def test_kennisbank_has_no_children():
    assert_allowed_subpages(KennisbankPage, set())


def test_indexes_sit_under_the_home_page():
    for index_class in [*INDEX_TYPES, OpgaveIndexPage, RegionIndexPage, ApproachPage]:
        assert_allowed_parents(index_class, {HomePage})


def test_opgaven_and_regions_only_under_their_index():
    assert_allowed_parents(OpgavePage, {OpgaveIndexPage})
    assert_allowed_subpages(OpgaveIndexPage, {OpgavePage})
    assert_allowed_parents(RegionPage, {RegionIndexPage})
    assert_allowed_subpages(RegionIndexPage, {RegionPage})
    assert_can_not_create_at(HomePage, OpgavePage)
    assert_can_not_create_at(StoryIndexPage, RegionPage)


def test_standard_pages_nest_under_home_or_each_other():
    assert_allowed_parents(StandardPage, {HomePage, StandardPage})
    assert_allowed_subpages(StandardPage, {StandardPage})
    assert_can_not_create_at(StoryIndexPage, StandardPage)


def test_every_content_type_can_be_created_and_published_through_the_admin(admin_client, tree):
    parents = {
        StoryPage: tree.stories,
        EssayPage: tree.essays,
        TipPage: tree.tips,
        EventPage: tree.events,
    }
    for page_class, parent in parents.items():
        title = f"Nieuw {page_class._meta.verbose_name}"
        assert_created_through_the_admin(
            admin_client, parent, page_class, complete_content_form_data(page_class, title)
        )
        page = page_class.objects.get(title=title)
        assert page.live
        assert [lv.slug for lv in page.levels.all()] == ["netwerk"]
        assert page.themes.count() == 1
        assert page.kind == page_class.content_kind


def test_opgave_and_region_can_be_created_through_the_admin(admin_client, tree):
    other = make_opgave(tree, "Regionale economie als versneller")
    assert_created_through_the_admin(
        admin_client,
        tree.opgaven,
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
    assert_created_through_the_admin(
        admin_client,
        tree.regions,
        RegionPage,
        region_form_data(
            partners=inline_formset([{"organisation": str(organisation.pk), "role": "Trekker"}]),
            opgaven=[created.pk],
        ),
    )
    region = RegionPage.objects.get(slug="achterhoek")
    assert [p.organisation for p in region.partners.all()] == [organisation]
    assert list(region.opgaven.all()) == [created]


def test_standard_and_approach_pages_can_be_created_through_the_admin(admin_client, tree):
    assert_created_through_the_admin(
        admin_client, tree.home, StandardPage, simple_form_data("Toegankelijkheid", body=streamfield([]))
    )
    assert_created_through_the_admin(admin_client, tree.home, ApproachPage, approach_form_data())
    assert len(ApproachPage.objects.get().certainties) == 7


def test_approach_page_needs_exactly_seven_certainties(admin_client, tree):
    data = approach_form_data()
    data["certainties-count"] = "6"
    for key in [k for k in data if k.startswith("certainties-6-")]:
        del data[key]
    response = admin_client.post(add_url(ApproachPage, tree.home), {**data, "action-publish": "1"})
    assert response.status_code == 200
    assert not ApproachPage.objects.exists()


def test_home_and_index_pages_exist_only_once(admin_client, tree):
    # The tree already holds one of each.
    for page_class in [*INDEX_TYPES, OpgaveIndexPage, RegionIndexPage]:
        assert page_class.max_count == 1
        assert not page_class.can_create_at(tree.home)
        assert_refused(admin_client.get(add_url(page_class, tree.home)))
    assert HomePage.max_count == 1
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_approach_page_exists_only_once(tree):
    tree.add_approach_page()
    assert not ApproachPage.can_create_at(tree.home)


def test_an_eleventh_opgave_cannot_be_created(admin_client, tree):
    for n in range(1, 11):
        make_opgave(tree, f"Opgave {n}")
    assert not OpgavePage.can_create_at(tree.opgaven)
    response = admin_client.post(
        add_url(OpgavePage, tree.opgaven), {**opgave_form_data("Elfde opgave"), "action-publish": "1"}
    )
    assert_refused(response)
    assert OpgavePage.objects.count() == 10


def test_a_fifth_region_cannot_be_created(admin_client, tree):
    for name in ["West-Brabant", "Achterhoek", "Groningen", "Metropoolregio Amsterdam"]:
        make_region(tree, name)
    assert not RegionPage.can_create_at(tree.regions)
    response = admin_client.post(
        add_url(RegionPage, tree.regions), {**region_form_data("Twente"), "action-publish": "1"}
    )
    assert_refused(response)
    assert RegionPage.objects.count() == 4


def test_the_add_subpage_menu_offers_only_allowed_types(admin_client, tree):
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[tree.stories.pk]))
    # With one allowed type Wagtail skips the type chooser and opens its form.
    assert response.status_code == 302
    assert response.url == add_url(StoryPage, tree.stories)
