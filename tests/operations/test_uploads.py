"""Uploads in the admin are judged by their content: an allowlist of image
and document types, no SVG or HTML in any guise, size and pixel limits, and a
clear Dutch message with nothing saved when a file is refused."""

import io
import os
import re
import tracemalloc
import zipfile

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from articles.permissions import EDITORS

from ..factories import PDF

pytestmark = pytest.mark.django_db

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def png_bytes(size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(200, 150)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "x")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def stored_files():
    root = settings.MEDIA_ROOT
    found = set()
    for folder in ("original_images", "documents"):
        for dirpath, _dirs, files in os.walk(os.path.join(root, folder)):
            found.update(os.path.join(dirpath, name) for name in files)
    return found


def upload_image(client, name, content, title="Beeld"):
    return client.post(
        "/admin/images/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1, "alt_choice": "decoratief"},
    )


def upload_document(client, name, content, title="Stuk"):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def refused(response, model, before_files, message):
    page = response.content.decode()
    assert response.status_code == 200, "the form comes back with its errors"
    errors = [" ".join(e.split()) for e in re.findall(r'<p class="error-message">(.*?)</p>', page, re.S)]
    assert message in page, errors
    assert model.objects.count() == 0, "nothing saved"
    assert stored_files() == before_files, "no file left behind"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("logo.svg", SVG, "SVG- en HTML-bestanden kunnen scripts bevatten"),
        ("logo.png", SVG, "SVG- en HTML-bestanden kunnen scripts bevatten"),
        ("foto.jpg", HTML, "SVG- en HTML-bestanden kunnen scripts bevatten"),
        ("foto.jpg", png_bytes(), "de inhoud is een PNG-afbeelding"),
        ("foto.png", PDF, "geen afbeelding die we accepteren"),
        ("kapot.jpg", jpeg_bytes()[:1500], "beschadigd of onvolledig"),
    ],
    ids=["svg", "svg-renamed", "html-renamed", "png-as-jpg", "pdf-as-png", "truncated"],
)
def test_refused_images_get_a_dutch_message_and_nothing_is_saved(editor, name, content, message):
    before = stored_files()
    refused(upload_image(editor, name, content), get_image_model(), before, message)


def test_an_image_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    before = stored_files()
    content = jpeg_bytes((400, 300))
    assert len(content) > 10_000
    refused(upload_image(editor, "groot.jpg", content), get_image_model(), before, "te groot")


@pytest.mark.parametrize("size", [(8000, 6000), (12000, 12000)], ids=["over-limit", "decompression-bomb"])
def test_an_image_with_too_many_pixels_is_refused_before_decoding(editor, size):
    content = png_bytes(size, mode="1")  # a few kilobytes that unpack to tens of megapixels
    assert len(content) < 200_000
    before = stored_files()
    refused(upload_image(editor, "bom.png", content), get_image_model(), before, "meer dan 40 miljoen pixels")


def test_a_real_image_is_accepted(editor):
    response = upload_image(editor, "foto.jpg", jpeg_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Beeld").count() == 1


def test_the_multiple_uploader_refuses_by_content_too(editor):
    before = stored_files()
    response = editor.post("/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("foto.png", HTML)})
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert "SVG- en HTML-bestanden" in body["error_message"]
    assert get_image_model().objects.count() == 0
    assert stored_files() == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("pagina.html", HTML, "Dit soort bestand accepteren we niet"),
        ("logo.svg", SVG, "Dit soort bestand accepteren we niet"),
        ("rapport.pdf", HTML, "SVG- en HTML-bestanden kunnen scripts bevatten"),
        ("notitie.txt", SVG, "SVG- en HTML-bestanden kunnen scripts bevatten"),
        ("rapport.pdf", png_bytes(), "geen .pdf-bestand"),
        ("verslag.docx", b"MZ\x90\x00" + b"\x00" * 200, "geen .docx-bestand"),
        ("verslag.docx", PDF, "geen .docx-bestand"),
        ("cijfers.xlsx", docx_bytes(), "geen .xlsx-bestand"),
        ("cijfers.csv", png_bytes(), "geen .csv-bestand"),
        ("notitie.txt", "Één regel".encode("latin-1"), "niet in UTF-8"),
    ],
    ids=[
        "html",
        "svg",
        "html-as-pdf",
        "svg-as-txt",
        "png-as-pdf",
        "exe-as-docx",
        "pdf-as-docx",
        "docx-as-xlsx",
        "png-as-csv",
        "latin1-txt",
    ],
)
def test_refused_documents_get_a_dutch_message_and_nothing_is_saved(editor, name, content, message):
    before = stored_files()
    refused(upload_document(editor, name, content), get_document_model(), before, message)


def test_a_document_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 20
    before = stored_files()
    refused(upload_document(editor, "rapport.pdf", PDF), get_document_model(), before, "te groot")


@pytest.mark.parametrize(
    "name, content",
    [("rapport.pdf", PDF), ("verslag.docx", docx_bytes()), ("cijfers.csv", "regio;aantal\nFryslân;3\n".encode())],
)
def test_real_documents_are_accepted(editor, name, content):
    response = upload_document(editor, name, content)
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


# --- archives: a bounded read, never decompressed whole -----------------------------

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
MB = 1024 * 1024


def zip_archive(members):
    """A zip archive as bytes. A member given as an int is that many MB of
    zeros, written in chunks (so building it holds little in memory): a few
    hundred kilobytes that unpack to far more, a zip bomb."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            if isinstance(content, int):
                with archive.open(name, "w", force_zip64=True) as out:
                    for _ in range(content):
                        out.write(bytes(MB))
            else:
                archive.writestr(name, content)
    return buffer.getvalue()


BOMBS = {
    # The prober's case: an .odt whose first member unpacks to 100 MB.
    "odt-mimetype": ("bom.odt", [("mimetype", 100)]),
    # A valid-looking Word file whose text unpacks to 100 MB.
    "docx-document": ("bom.docx", [("[Content_Types].xml", "<Types/>"), ("word/document.xml", 100)]),
}


@pytest.mark.parametrize("bomb", BOMBS.values(), ids=BOMBS.keys())
def test_a_zip_bomb_is_refused_with_a_dutch_message(editor, bomb):
    name, members = bomb
    content = zip_archive(members)
    assert len(content) < 200_000  # kilobytes that unpack to 100 MB
    before = stored_files()
    refused(upload_document(editor, name, content), get_document_model(), before, "uitgepakt")


@pytest.mark.parametrize("bomb", BOMBS.values(), ids=BOMBS.keys())
def test_checking_a_zip_bomb_never_unpacks_it_in_memory(bomb):
    from overheidvannu.operations.uploads import check_document

    name, members = bomb
    upload = SimpleUploadedFile(name, zip_archive(members))
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError):
            check_document(upload)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * MB, f"the check held {peak / MB:.0f} MB at once"


def test_an_archive_with_too_many_members_is_refused(editor):
    members = [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")]
    members += [(f"word/media/{n}.xml", "") for n in range(5000)]
    before = stored_files()
    refused(upload_document(editor, "veel.docx", zip_archive(members)), get_document_model(), before, "te veel")


def test_a_large_ordinary_spreadsheet_is_still_accepted(editor):
    rows = "".join(f'<row r="{n}"><c><v>{n * 7919 % 10007}</v></c></row>' for n in range(200_000))
    content = zip_archive([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/s.xml", rows)])
    response = upload_document(editor, "cijfers.xlsx", content)
    assert response.status_code == 302, response.content.decode()[-2000:]
