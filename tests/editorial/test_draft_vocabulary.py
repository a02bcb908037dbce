"""Draft vocabulary is never public (issues 21 and 25): a theme, person or
organisation saved only as a draft ("Bewaar concept", not live) shows nowhere
a visitor looks, even when a live page links it; choosers mark it, and
publishing a page that links it says so."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from articles.models import EssayPage, StoryPage, Theme
from articles.permissions import EDITORS, REVIEWERS
from regions.models import RegionPartner

from ..admin_forms import complete_content_form_data
from ..factories import make_content, make_opgave, make_organisation, make_person, make_region, make_theme
from .test_workflow import login_as

pytestmark = pytest.mark.django_db

DRAFT_THEME = "Geheimzinnig conceptthema"
DRAFT_PERSON = "Pietje Ongekeurd"
DRAFT_ORGANISATION = "Schaduwgemeente Nergenshuizen"


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def jsonld(html):
    return [
        json.loads(block.string)
        for block in BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]')
    ]


@pytest.fixture
def draft_theme_on_a_live_story(tree, search_index):
    live = make_theme("Sturen in netwerken")
    draft = make_theme(DRAFT_THEME, slug="geheimzinnig", live=False)
    story = make_content(tree, StoryPage, "Samen werken in de wijk", levels=["netwerk"], themes=[live, draft])
    return live, draft, story


def test_a_draft_theme_shows_nowhere(client, draft_theme_on_a_live_story):
    live, draft, story = draft_theme_on_a_live_story
    for url in (
        "/thema/",
        "/sitemap.xml",
        story.url,
        "/kennisbank/",
        f"/kennisbank/?thema={draft.slug}",
        "/kennisbank/feed/",
        "/zoeken/?q=Geheimzinnig",
        "/zoeken/suggesties/?q=Geheim",
        f"/api/v2/pages/{story.pk}/",
    ):
        html = page_text(client, url)
        assert DRAFT_THEME not in html and f"/thema/{draft.slug}/" not in html, url
    assert client.get(f"/thema/{draft.slug}/").status_code == 404
    assert "Sturen in netwerken" in page_text(client, "/thema/")
    assert "Sturen in netwerken" in page_text(client, story.url)
    api_themes = client.get(f"/api/v2/pages/{story.pk}/").json()["themes"]
    assert [theme["id"] for theme in api_themes] == [live.pk]
    # The story is not found by the draft theme's name either.
    search = BeautifulSoup(page_text(client, "/zoeken/?q=Geheimzinnig"), "html.parser")
    assert search.select_one("#resultaten-aantal").get_text(strip=True).startswith("0")


def test_a_draft_theme_shows_once_published(client, draft_theme_on_a_live_story):
    _live, draft, story = draft_theme_on_a_live_story
    draft.save_revision().publish()
    assert DRAFT_THEME in page_text(client, "/thema/")
    assert DRAFT_THEME in page_text(client, story.url)
    assert f"/thema/{draft.slug}/" in page_text(client, "/sitemap.xml")


@pytest.fixture
def essay_with_a_draft_author(tree, search_index):
    draft_organisation = make_organisation(DRAFT_ORGANISATION, live=False)
    anna = make_person("Anna Appel", role="lector", organisation=draft_organisation)
    pietje = make_person(DRAFT_PERSON, role="stagiair", live=False)
    essay = make_content(tree, EssayPage, "Samen sturen", levels=["netwerk"], themes=[make_theme()])
    essay.set_authors([anna, pietje])
    essay.save_revision().publish()
    return essay


def test_a_draft_person_and_organisation_show_nowhere(client, essay_with_a_draft_author):
    essay = essay_with_a_draft_author
    html = page_text(client, essay.url)
    assert "Anna Appel" in html
    for name in (DRAFT_PERSON, DRAFT_ORGANISATION):
        assert name not in html
        assert name not in json.dumps(jsonld(html))
        assert name not in page_text(client, "/essays/feed/")
        assert name not in page_text(client, f"/api/v2/pages/{essay.pk}/")
    assert [a["name"] for a in client.get(f"/api/v2/pages/{essay.pk}/").json()["authors"]] == ["Anna Appel"]
    text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
    assert "Door Anna Appel" in text and " en " not in text.split("Door Anna Appel", 1)[1][:5]
    search = BeautifulSoup(page_text(client, "/zoeken/?q=Ongekeurd"), "html.parser")
    assert search.select_one("#resultaten-aantal").get_text(strip=True).startswith("0")


def test_a_draft_person_is_no_opgave_lead_nor_quoted_and_a_draft_organisation_no_partner(client, tree):
    pietje = make_person(DRAFT_PERSON, role="stagiair", live=False)
    opgave = make_opgave(tree, "Toekomstbestendig wonen", lead=pietje, lead_quote="Dit zei Pietje.")
    story = make_content(
        tree,
        StoryPage,
        "Een verhaal met een citaat",
        body=[("quote", {"quote": "Samen lukt het.", "person": pietje, "attribution": ""})],
    )
    region = make_region(tree, "Achterhoek")
    RegionPartner.objects.create(region=region, organisation=make_organisation(DRAFT_ORGANISATION, live=False))
    RegionPartner.objects.create(region=region, organisation=make_organisation("Gemeente Winterswijk"))
    region.save_revision().publish()

    for url in (opgave.url, story.url, region.url):
        assert DRAFT_PERSON not in page_text(client, url), url
    assert "Samen lukt het." in page_text(client, story.url)
    region_html = page_text(client, region.url)
    assert DRAFT_ORGANISATION not in region_html and "Gemeente Winterswijk" in region_html


def test_choosers_mark_drafts(client, django_user_model, tree):
    make_person(DRAFT_PERSON, live=False)
    make_person("Anna Appel")
    make_theme(DRAFT_THEME, live=False)
    login_as(client, django_user_model, "redacteur", EDITORS)
    chooser = json.loads(page_text(client, reverse("wagtailsnippetchoosers_articles_person:choose")))["html"]
    assert f"{DRAFT_PERSON} (concept)" in chooser
    assert "Anna Appel (concept)" not in chooser
    essay = make_content(tree, EssayPage, "Een essay")
    form = page_text(client, reverse("wagtailadmin_pages:edit", args=[essay.pk]))
    assert f"{DRAFT_THEME} (concept)" in form


def publish_in_the_admin(client, page, **fields):
    data = complete_content_form_data(type(page), page.title, slug=page.slug, **fields)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**data, "action-publish": "1"})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return page_text(client, response["Location"])


def test_publishing_a_page_that_links_a_draft_says_so_in_dutch(client, django_user_model, tree):
    draft = make_theme(DRAFT_THEME, live=False)
    story = make_content(tree, StoryPage, "Verhaal met concept", levels=["netwerk"], themes=[make_theme()])
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    after = publish_in_the_admin(client, story, themes=[draft, *story.themes.all()])
    messages = " ".join(re.sub(r"\s+", " ", m) for m in re.findall(r'class="messages.*?</ul>', after, re.S))
    assert DRAFT_THEME in messages and "concept" in messages
    assert StoryPage.objects.get(pk=story.pk).live, "a warning, not a block"

    # Nothing to say when everything it links is live.
    Theme.objects.filter(pk=draft.pk).update(live=True)
    after = publish_in_the_admin(client, story, themes=[draft])
    assert "nog een concept" not in after


def test_the_reviewer_reads_it_on_the_edit_page_before_approving(client, django_user_model, tree):
    pietje = make_person(DRAFT_PERSON, live=False)
    essay = make_content(tree, EssayPage, "Essay in review", levels=["netwerk"], themes=[make_theme()])
    essay.set_authors([pietje])
    essay.save_revision()  # the version in review names Pietje; the live one does not
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    html = page_text(client, reverse("wagtailadmin_pages:edit", args=[essay.pk]))
    assert f"deze pagina noemt ‘{DRAFT_PERSON}’, dat nog een concept is" in html
