"""Alt text: required on upload with an explicit "decoratief" choice, and
rendered from the image library wherever the image shows."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from articles.images import DECORATIVE
from articles.models import StoryPage
from articles.permissions import EDITORS

from ..editorial.test_workflow import login_as
from ..factories import make_content, make_image

pytestmark = pytest.mark.django_db


def png_upload(name="foto.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (10, 20, 30)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def editor(client, django_user_model):
    return login_as(client, django_user_model, "redacteur", EDITORS)


def upload(client, **data):
    return client.post(reverse("wagtailimages:add"), {"title": "Foto", "file": png_upload(), **data})


def test_upload_without_alt_choice_is_refused(client, editor):
    response = upload(client)
    assert response.status_code == 200
    assert "Kies: beschrijf de afbeelding" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_upload_with_description_choice_requires_a_description(client, editor):
    response = upload(client, alt_choice="beschrijving", description="")
    assert response.status_code == 200
    assert "Beschrijf wat er op de afbeelding staat" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_upload_with_description(client, editor):
    response = upload(client, alt_choice="beschrijving", description="Wethouders rond een tafel")
    assert response.status_code == 302
    assert get_image_model().objects.get().description == "Wethouders rond een tafel"


def test_upload_marked_decorative(client, editor):
    response = upload(client, alt_choice="decoratief", description="wordt genegeerd")
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.description == DECORATIVE
    # The edit form shows the choice again, without the marker.
    html = client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert re.search(r'value="decoratief"[^>]*checked', html)
    assert not re.search(r'name="description"[^>]*value="\(decoratief\)"', html)


def img_alts(html):
    return re.findall(r'<img[^>]*\balt="([^"]*)"', html)


def test_hero_card_and_result_render_the_description(client, tree):
    image = make_image("Overleg")
    image.description = "Bestuurders van drie gemeenten in overleg"
    image.save()
    page = make_content(tree, StoryPage, "Met beeld", listing_image=image)
    assert "Bestuurders van drie gemeenten in overleg" in img_alts(client.get(page.url).content.decode())
    assert "Bestuurders van drie gemeenten in overleg" in img_alts(client.get("/verhalen/").content.decode())


def test_decorative_image_renders_empty_alt(client, tree):
    image = make_image("Sfeer")
    image.description = DECORATIVE
    image.save()
    page = make_content(tree, StoryPage, "Met sfeerbeeld", listing_image=image)
    # A decorative image is no hero on the page itself; on cards it stays, silent.
    assert not img_alts(client.get(page.url).content.decode())
    html = client.get(tree.stories.url).content.decode()
    assert img_alts(html) and all(alt == "" for alt in img_alts(html))
    assert DECORATIVE not in html


def test_after_an_error_the_form_says_to_choose_the_file_again(client, editor):
    response = upload(client, alt_choice="beschrijving", description="")
    html = response.content.decode()
    assert "Kies het bestand ‘foto.png’ opnieuw" in html
    # The choice itself is required in the browser too, before anything is sent.
    assert re.search(r'name="alt_choice"[^>]*required', html)
