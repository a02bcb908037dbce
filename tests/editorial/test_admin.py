"""The editors' admin: menus, per-type page listings with filters, snippets,
block previews and the Dutch interface."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.blocks import Block

from articles import blocks as article_blocks
from articles.models import EssayPage, EventPage, StoryPage, TipPage
from articles.permissions import EDITORS

from ..factories import level, make_content, make_opgave, make_organisation, make_person, make_region, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim-wachtwoord")
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def listed_pages(response):
    """Ids of the pages in an admin page listing, in order (each row has one
    title element with this id)."""
    return [int(pk) for pk in re.findall(r'id="page_(\d+)_title"', response.content.decode())]


# --- Menus -----------------------------------------------------------------


def test_content_menu_groups_a_listing_per_type(admin_client, tree):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    for label, url in [
        ("Inhoud", None),
        ("Verhalen", "/admin/verhalen/"),
        ("Essays", "/admin/essays/"),
        ("Tips", "/admin/tips/"),
        ("Evenementen", "/admin/evenementen/"),
        ("Opgaven", "/admin/opgaven/"),
        ("Regio's", "/admin/regios/"),
    ]:
        assert label.replace("'", "\\u0027") in html or label in html
        if url:
            assert url in html


def test_vocabulary_menu_holds_themes_people_and_organisations(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Vocabulaire" in html
    for model in ("theme", "person", "organisation"):
        assert f"/admin/snippets/articles/{model}/" in html


def test_levels_cannot_be_added_or_deleted_in_the_admin(admin_client):
    assert admin_client.get("/admin/snippets/articles/level/").status_code == 404
    assert admin_client.get("/admin/snippets/articles/level/add/").status_code == 404


def test_editor_sees_the_content_listings(editor_client, tree):
    make_content(tree, StoryPage, "Samen bouwen in Tiel", levels=["individu"])
    response = editor_client.get("/admin/verhalen/")
    assert response.status_code == 200
    assert "Samen bouwen in Tiel" in response.content.decode()


# --- Page listings and their filters ----------------------------------------


@pytest.mark.parametrize(
    ("page_class", "url"),
    [
        (StoryPage, "/admin/verhalen/"),
        (EssayPage, "/admin/essays/"),
        (TipPage, "/admin/tips/"),
        (EventPage, "/admin/evenementen/"),
    ],
)
def test_each_type_listing_shows_only_its_own_type(admin_client, tree, page_class, url):
    own = make_content(tree, page_class, f"Eigen {page_class._meta.verbose_name}")
    other_class = TipPage if page_class is not TipPage else StoryPage
    make_content(tree, other_class, "Iets van een ander soort")
    response = admin_client.get(url)
    assert listed_pages(response) == [own.pk]
    assert "Status" in response.content.decode()


def test_story_listing_shows_the_publication_date(admin_client, tree):
    make_content(tree, StoryPage, "Verhaal van maart", publication_date=datetime.date(2025, 3, 14))
    html = admin_client.get("/admin/verhalen/").content.decode()
    assert "Publicatiedatum" in html
    assert "14 maart 2025" in html


def test_story_listing_filters_by_theme(admin_client, tree):
    netwerken = make_theme("Sturen in netwerken")
    bestuur = make_theme("Sterk bestuur")
    wanted = make_content(tree, StoryPage, "Verhaal over netwerken", themes=[netwerken])
    make_content(tree, StoryPage, "Verhaal over bestuur", themes=[bestuur])
    assert listed_pages(admin_client.get("/admin/verhalen/", {"themes": netwerken.pk})) == [wanted.pk]


def test_story_listing_filters_by_level(admin_client, tree):
    make_content(tree, StoryPage, "Verhaal voor de professional", levels=["individu"])
    wanted = make_content(tree, StoryPage, "Verhaal over het netwerk", levels=["netwerk"])
    assert listed_pages(admin_client.get("/admin/verhalen/", {"levels": level("netwerk").pk})) == [wanted.pk]


def test_essay_listing_filters_by_opgave(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    klimaat = make_opgave(tree, "Samen aan de slag voor het klimaat")
    wanted = make_content(tree, EssayPage, "Essay over wonen", opgaven=[wonen])
    make_content(tree, EssayPage, "Essay over klimaat", opgaven=[klimaat])
    assert listed_pages(admin_client.get("/admin/essays/", {"opgaven": wonen.pk})) == [wanted.pk]


def test_tip_listing_filters_by_region(admin_client, tree):
    achterhoek = make_region(tree, "Achterhoek")
    groningen = make_region(tree, "Groningen")
    wanted = make_content(tree, TipPage, "Tip uit de Achterhoek", regions=[achterhoek])
    make_content(tree, TipPage, "Tip uit Groningen", regions=[groningen])
    assert listed_pages(admin_client.get("/admin/tips/", {"regions": achterhoek.pk})) == [wanted.pk]


def test_event_listing_filters_by_theme_and_region_together(admin_client, tree):
    theme = make_theme("In de regio")
    region = make_region(tree, "Groningen")
    wanted = make_content(tree, EventPage, "Leeratelier in Groningen", themes=[theme], regions=[region])
    make_content(tree, EventPage, "Leeratelier elders", themes=[theme])
    response = admin_client.get("/admin/evenementen/", {"themes": theme.pk, "regions": region.pk})
    assert listed_pages(response) == [wanted.pk]


def test_filter_with_two_themes_lists_a_page_once(admin_client, tree):
    a, b = make_theme("Thema A"), make_theme("Thema B")
    page = make_content(tree, StoryPage, "Verhaal met twee thema's", themes=[a, b])
    assert listed_pages(admin_client.get("/admin/verhalen/", {"themes": [a.pk, b.pk]})) == [page.pk]


def test_event_listing_filters_by_event_type_and_shows_start(admin_client, tree):
    make_content(tree, EventPage, "Webinar over wonen", event_type="webinar")
    wanted = make_content(tree, EventPage, "Leeratelier in Tiel", event_type="leeratelier")
    response = admin_client.get("/admin/evenementen/", {"event_type": "leeratelier"})
    assert listed_pages(response) == [wanted.pk]
    assert "Begint op" in response.content.decode()


def test_unknown_filter_value_does_not_break_the_listing(admin_client, tree):
    make_content(tree, StoryPage, "Een verhaal")
    response = admin_client.get("/admin/verhalen/", {"themes": "niet-een-nummer", "levels": "999999"})
    assert response.status_code == 200


def test_opgave_listing_filters_by_region(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    make_opgave(tree, "Regionale economie als versneller")
    region = make_region(tree, "West-Brabant")
    region.opgaven.set([wonen])
    region.save()
    assert listed_pages(admin_client.get("/admin/opgaven/", {"regions": region.pk})) == [wonen.pk]


def test_region_listing_filters_by_opgave(admin_client, tree):
    wonen = make_opgave(tree, "Toekomstbestendig wonen")
    brabant = make_region(tree, "West-Brabant")
    brabant.opgaven.set([wonen])
    brabant.save()
    make_region(tree, "Groningen")
    assert listed_pages(admin_client.get("/admin/regios/", {"opgaven": wonen.pk})) == [brabant.pk]


def test_listings_offer_the_classification_filters(admin_client, tree):
    html = admin_client.get("/admin/verhalen/").content.decode()
    for label in ("Niveau", "Thema", "Opgave", "Regio"):
        assert label in html


# --- Snippets ---------------------------------------------------------------


def test_themes_are_listed_in_editor_order(admin_client):
    make_theme("Zwaar bestuur", sort_order=2)
    make_theme("Aan de slag", sort_order=3)
    make_theme("Middenweg", sort_order=1)
    html = admin_client.get("/admin/snippets/articles/theme/").content.decode()
    positions = [html.index(name) for name in ("Middenweg", "Zwaar bestuur", "Aan de slag")]
    assert positions == sorted(positions)


def test_people_can_be_searched_by_name(admin_client):
    make_person("Anna de Vries", role="programmadirecteur")
    make_person("Bart Jansen")
    html = admin_client.get("/admin/snippets/articles/person/", {"q": "Anna"}).content.decode()
    assert "Anna de Vries" in html
    assert "Bart Jansen" not in html


def test_organisations_can_be_filtered_by_layer(admin_client):
    make_organisation("Provincie Gelderland", layer="provincie")
    make_organisation("Gemeente Tiel", layer="gemeente")
    html = admin_client.get("/admin/snippets/articles/organisation/", {"layer": "provincie"}).content.decode()
    assert "Provincie Gelderland" in html
    assert "Gemeente Tiel" not in html


def test_editor_can_add_a_theme(editor_client):
    response = editor_client.post(
        "/admin/snippets/articles/theme/add/",
        {"name": "Strategie en toekomst", "slug": "strategie-en-toekomst", "description": "Over later."},
    )
    assert response.status_code == 302
    from articles.models import Theme

    assert Theme.objects.filter(slug="strategie-en-toekomst").exists()


# --- Block previews -----------------------------------------------------------

PICKER_BLOCKS = [
    *article_blocks.BodyBlock().child_blocks.values(),
    article_blocks.CertaintyBlock(),
    article_blocks.FigureBlock(),
    article_blocks.CommitmentBlock(),
]


def test_every_body_block_is_previewable_in_the_block_picker():
    not_previewable = [block.name or type(block).__name__ for block in PICKER_BLOCKS if not block.is_previewable]
    assert not_previewable == []


def test_every_block_has_a_dutch_description():
    for block in PICKER_BLOCKS:
        assert block.get_description(), type(block).__name__


@pytest.mark.parametrize("block", PICKER_BLOCKS, ids=lambda block: type(block).__name__)
def test_block_preview_renders_with_the_site_css(admin_client, tree, block, settings):
    # Give the image and related-content previews something real to show.
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    Image.objects.create(title="Voorbeeldfoto", file=get_test_image_file())
    make_content(tree, StoryPage, "Voorbeeldverhaal")
    assert Block.definition_registry[block.definition_prefix] is block
    response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/site.css" in html
    assert '<html lang="nl"' in html


def test_image_and_related_content_previews_show_real_content(admin_client, tree):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    Image.objects.create(title="Voorbeeldfoto", file=get_test_image_file())
    make_content(tree, StoryPage, "Samen bouwen in Tiel")
    preview_url = reverse("wagtailadmin_block_preview")
    image_html = admin_client.get(preview_url, {"id": article_blocks.ImageBlock().definition_prefix}).content.decode()
    assert "<img" in image_html
    related_block = article_blocks.RelatedContentBlock()
    related_html = admin_client.get(preview_url, {"id": related_block.definition_prefix}).content.decode()
    assert "Samen bouwen in Tiel" in related_html


def test_block_previews_work_on_an_empty_site(admin_client):
    """No image or page exists yet: the previews must still render."""
    for block in (article_blocks.ImageBlock(), article_blocks.RelatedContentBlock()):
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200


# --- Dutch admin ---------------------------------------------------------------


def test_login_page_is_in_dutch(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert 'lang="nl"' in html
    assert "Inloggen" in html
    assert "Wachtwoord" in html


def test_dashboard_is_in_dutch_for_a_new_user(editor_client):
    """A user who never chose a language in their account gets Dutch."""
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'lang="nl"' in html
    assert "Ga naar de inhoud" in html
    assert "Uitloggen" in html
    assert "Log out" not in html
    assert "januari" in html  # the date picker's month names
