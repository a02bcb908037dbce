"""Uploads are private until a published page uses them (issue 25): the API,
Wagtail's document view and the image renditions show visitors only what a
live, public page uses; editors still get every upload."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, PageViewRestriction

from articles.models import EssayPage
from articles.permissions import EDITORS, REVIEWERS

from ..editorial.test_workflow import login_as
from ..factories import make_content, make_document, make_image, make_person
from ..operations.test_uploads import PDF, jpeg_bytes, upload_document, upload_image

pytestmark = pytest.mark.django_db


def api_ids(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def shown_to_visitors(client, document, image):
    """What an anonymous visitor finds of `document` and `image`, everywhere."""
    rendition = image.get_rendition("fill-320x180")
    found = {
        "api documents": document.pk in api_ids(client, "documents"),
        "api images": image.pk in api_ids(client, "images"),
        "api document": client.get(f"/api/v2/documents/{document.pk}/").status_code == 200,
        "api image": client.get(f"/api/v2/images/{image.pk}/").status_code == 200,
        "download": client.get(document.url).status_code == 200,
        "rendition": client.get(rendition.url).status_code == 200,
    }
    return {name for name, seen in found.items() if seen}


EVERYWHERE = {"api documents", "api images", "api document", "api image", "download", "rendition"}


def test_a_fresh_upload_is_nowhere_public(client, django_user_model):
    editor = login_as(client, django_user_model, "redacteur", EDITORS)
    assert upload_document(client, "rapport.pdf", PDF, title="Rapport in review").status_code == 302
    assert upload_image(client, "foto.jpg", jpeg_bytes(), title="Foto in review").status_code == 302
    document = get_document_model().objects.get(title="Rapport in review")
    image = get_image_model().objects.get(title="Foto in review")
    assert document.uploaded_by_user == editor
    client.logout()

    assert shown_to_visitors(client, document, image) == set()
    rendition = client.get(image.get_rendition("fill-320x180").url)
    assert rendition.status_code == 404
    assert "no-store" in rendition["Cache-Control"], "no cache keeps the 404 past publication"


def test_a_page_in_review_keeps_its_uploads_private_until_it_is_published(client, tree):
    document, image = make_document(), make_image("Omslag")
    essay = make_content(tree, EssayPage, "Essay in review", live=False, pdf=document, listing_image=image)
    essay.save_revision()
    assert shown_to_visitors(client, document, image) == set()

    essay.get_latest_revision().publish()
    assert shown_to_visitors(client, document, image) == EVERYWHERE
    rendition = client.get(image.get_rendition("fill-320x180").url)
    assert "public" in rendition["Cache-Control"] and "immutable" in rendition["Cache-Control"]

    EssayPage.objects.get(pk=essay.pk).unpublish()
    assert shown_to_visitors(client, document, image) == set()


def test_a_page_in_a_private_section_does_not_make_its_uploads_public(client, tree):
    document, image = make_document(), make_image("Intern")
    essay = make_content(tree, EssayPage, "Intern essay", pdf=document, listing_image=image)
    PageViewRestriction.objects.create(page=essay, restriction_type=PageViewRestriction.LOGIN)
    assert shown_to_visitors(client, document, image) == set()


def test_a_live_persons_photo_is_public_once_a_live_page_names_them(client, tree):
    photo = make_image("Portret")
    person = make_person("Anna de Vries", photo=photo)
    rendition_url = photo.get_rendition("fill-320x180").url
    assert client.get(rendition_url).status_code == 404

    essay = make_content(tree, EssayPage, "Essay van Anna")
    essay.set_authors([person])
    essay.save_revision().publish()
    assert client.get(rendition_url).status_code == 200

    person.live = False
    person.save()
    assert client.get(rendition_url).status_code == 404, "a draft person's photo is not public"


@pytest.mark.parametrize("group_name", [EDITORS, REVIEWERS])
def test_editors_get_every_upload_and_no_cache_keeps_it(client, django_user_model, group_name):
    document, image = make_document(), make_image("Nog niet gebruikt")
    login_as(client, django_user_model, "iemand", group_name)
    assert client.get(document.url).status_code == 200
    rendition = client.get(image.get_rendition("max-165x165").url)  # the admin's thumbnail
    assert rendition.status_code == 200
    assert "private" in rendition["Cache-Control"] and "no-store" in rendition["Cache-Control"]
    assert "Nog niet gebruikt" in client.get("/admin/images/").content.decode()


def test_uploads_land_in_a_collection_both_groups_see(client, django_user_model):
    login_as(client, django_user_model, "redacteur", EDITORS)
    upload_image(client, "foto.jpg", jpeg_bytes(), title="Nieuwe foto")
    image = get_image_model().objects.get(title="Nieuwe foto")
    assert image.collection == Collection.get_first_root_node()
    for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS]):
        assert image.collection.group_permissions.filter(group=group, permission__codename="choose_image").exists()
    assert not image.collection.get_view_restrictions().exists()


def test_the_api_listing_costs_the_same_few_queries_for_any_number_of_uploads(client, tree):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/api/v2/documents/")
            client.get("/api/v2/images/")
        return len(captured)

    make_content(tree, EssayPage, "Eerste", pdf=make_document("Een"), listing_image=make_image("Een"))
    few = queries()
    for n in range(8):
        make_content(tree, EssayPage, f"Essay {n}", pdf=make_document(f"Stuk {n}"), listing_image=make_image(f"B{n}"))
        make_document(f"Ongebruikt {n}")
    assert queries() == few
    assert len(api_ids(client, "documents")) == 9


def test_the_api_still_searches_and_shows_tags(client, tree, search_index):
    document = make_document("Jaarverslag waterschap")
    document.tags.add("water", "begroting")
    make_content(tree, EssayPage, "Essay met verslag", pdf=document)
    make_document("Jaarverslag concept")
    found = client.get("/api/v2/documents/", {"search": "Jaarverslag"})
    assert found.status_code == 200
    assert [item["title"] for item in found.json()["items"]] == ["Jaarverslag waterschap"]
    assert found.json()["items"][0]["meta"]["tags"] == ["begroting", "water"]
