"""The admin's page search finds words in a page's intro and body, without
accents, as editors type them; the image library finds undescribed images."""

import re

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from articles.images import DECORATIVE
from articles.models import StoryPage
from articles.permissions import EDITORS

from ..factories import make_content, make_image
from .test_workflow import login_as

pytestmark = pytest.mark.django_db


def found_titles(client, query):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    assert response.status_code == 200
    return {page.title for page in response.context["pages"]}


def test_search_finds_intro_body_and_words_without_accents(client, django_user_model, tree, search_index):
    make_content(
        tree,
        StoryPage,
        "Boeren en water",
        intro="Samenwerking in het Dinkeldal.",
        body=[("paragraph", RichText("<p>Minder nitraat in het grondwater.</p>"))],
    )
    make_content(
        tree,
        StoryPage,
        "Geld en gemeenten",
        body=[("paragraph", RichText("<p>Over financiële verhoudingen.</p>"))],
    )
    login_as(client, django_user_model, "redacteur", EDITORS)
    assert found_titles(client, "Dinkeldal") == {"Boeren en water"}
    assert found_titles(client, "nitraat") == {"Boeren en water"}
    assert found_titles(client, "financiele") == {"Geld en gemeenten"}
    assert found_titles(client, "Boer") == {"Boeren en water"}  # a title prefix still works
    header = " ".join(client.get(reverse("wagtailadmin_pages:search"), {"q": "water"}).content.decode().split())
    assert "1–1 van 1 pagina " in header, re.findall(r"\d+\S*\s*van[^<]{0,30}", header)
    assert "1 paginaNone" not in header and "van 1None" not in header


def test_the_image_library_filters_images_without_alt_text(client, django_user_model, tree):
    described = make_image("Beschreven")
    described.description = "Wethouders aan tafel"
    described.save()
    decorative = make_image("Sfeer")
    decorative.description = DECORATIVE
    decorative.save()
    make_image("Nog te beschrijven")
    login_as(client, django_user_model, "redacteur", EDITORS)
    response = client.get(reverse("wagtailimages:index"), {"zonder_tekstalternatief": "ja"})
    assert [image.title for image in response.context["images"]] == ["Nog te beschrijven"]
    assert "Zonder tekstalternatief" in response.content.decode()
    assert get_image_model().objects.count() == 3
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 zonder tekstalternatief" in dashboard
    assert "?zonder_tekstalternatief=ja" in dashboard
