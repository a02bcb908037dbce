"""Replacing or deleting an image or document that a live page uses is the
Eindredactie's action (issue 25): a Redacteur replaced another's published
document file, and the public download served the new file at once."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from articles.models import EssayPage
from articles.permissions import EDITORS, REVIEWERS

from ..factories import make_content
from ..operations.test_uploads import PDF, jpeg_bytes, png_bytes, upload_document, upload_image
from .test_workflow import login_as

pytestmark = pytest.mark.django_db

NEW_PDF = PDF.replace(b"1 0 obj", b"2 0 obj% vervangen door iemand anders\n")
REFUSED = "Alleen de eindredactie kan het vervangen"


@pytest.fixture
def published(client, django_user_model, tree):
    """A document and an image, uploaded by one Redacteur, on a live essay."""
    login_as(client, django_user_model, "eigenaar", EDITORS)
    upload_document(client, "jaarverslag.pdf", PDF, title="Jaarverslag")
    upload_image(client, "omslag.jpg", jpeg_bytes(), title="Omslag")
    document = get_document_model().objects.get(title="Jaarverslag")
    image = get_image_model().objects.get(title="Omslag")
    make_content(tree, EssayPage, "Essay met jaarverslag", pdf=document, listing_image=image)
    client.logout()
    return document, image


def download(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def replace_document(client, document, content=NEW_PDF):
    return client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": document.title, "file": SimpleUploadedFile("nieuw.pdf", content), "collection": 1},
    )


def replace_image(client, image):
    return client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "file": SimpleUploadedFile("nieuw.png", png_bytes()),
            "collection": 1,
            "alt_choice": "decoratief",
        },
    )


@pytest.mark.parametrize("who", ["eigenaar", "collega"])
def test_a_redacteur_cannot_replace_a_live_file_and_reads_why(client, django_user_model, published, who):
    document, image = published
    if who == "eigenaar":
        client.force_login(django_user_model.objects.get(username="eigenaar"))
    else:
        login_as(client, django_user_model, who, EDITORS)

    edit_form = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "alleen de eindredactie kan het vervangen of verwijderen" in edit_form

    response = replace_document(client, document)
    assert response.status_code == 200 and REFUSED in response.content.decode()
    response = replace_image(client, image)
    assert response.status_code == 200 and REFUSED in response.content.decode()

    client.logout()
    assert download(client, get_document_model().objects.get(pk=document.pk)) == PDF, "the public file is unchanged"
    assert get_image_model().objects.get(pk=image.pk).file.name == image.file.name


@pytest.mark.parametrize("who", ["eigenaar", "collega"])
def test_a_redacteur_cannot_delete_a_live_upload(client, django_user_model, published, who):
    document, image = published
    if who == "eigenaar":
        client.force_login(django_user_model.objects.get(username="eigenaar"))
    else:
        login_as(client, django_user_model, who, EDITORS)

    assert (
        f"/admin/documents/delete/{document.pk}/"
        not in client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    )
    assert f"/admin/images/{image.pk}/delete/" not in client.get(f"/admin/images/{image.pk}/").content.decode()
    for url in (f"/admin/documents/delete/{document.pk}/", f"/admin/images/{image.pk}/delete/"):
        response = client.post(url)
        assert response.status_code in (302, 403), url
    bulk = client.post(f"/admin/bulk/wagtaildocs/document/delete/?id={document.pk}")
    assert bulk.status_code in (200, 302, 403)
    assert get_document_model().objects.filter(pk=document.pk).exists()
    assert get_image_model().objects.filter(pk=image.pk).exists()


def test_a_redacteur_still_replaces_and_deletes_an_upload_no_live_page_uses(client, django_user_model):
    login_as(client, django_user_model, "redacteur", EDITORS)
    upload_document(client, "concept.pdf", PDF, title="Concept")
    document = get_document_model().objects.get(title="Concept")
    assert replace_document(client, document).status_code == 302
    assert client.post(f"/admin/documents/delete/{document.pk}/").status_code == 302
    assert not get_document_model().objects.filter(pk=document.pk).exists()


def test_an_eindredacteur_replaces_and_deletes_a_live_upload(client, django_user_model, published):
    document, image = published
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    assert replace_document(client, document).status_code == 302
    assert replace_image(client, image).status_code == 302
    client.logout()
    assert download(client, get_document_model().objects.get(pk=document.pk)) == NEW_PDF

    login_as(client, django_user_model, "eindredacteur2", REVIEWERS)
    assert client.post(f"/admin/images/{image.pk}/delete/").status_code == 302
    assert not get_image_model().objects.filter(pk=image.pk).exists()
