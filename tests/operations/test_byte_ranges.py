"""Audio and documents answer byte-range requests (issues 22 and 23): a podcast
player seeks with `Range` and gets 206 and exactly those bytes; audio plays in
the browser (inline), with no literal `Content-Encoding: None`; and the
privacy checks still come first."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from articles.models import StoryPage
from overheidvannu.demo.audio import silent_mp3

from ..factories import make_content, make_document

pytestmark = pytest.mark.django_db

AUDIO = silent_mp3(30)  # 1,148 frames of 104 bytes: 119,392 bytes


def audio_document(title="Aflevering 1"):
    return get_document_model().objects.create(title=title, file=ContentFile(AUDIO, name="aflevering-1.mp3"))


def audio_block(document):
    return {
        "title": "Aflevering 1",
        "audio_file": document,
        "url": "",
        "duration": "0:30",
        "speakers": "De redactie",
        "transcript": "<p>Welkom.</p>",
    }


@pytest.fixture
def episode(tree):
    document = audio_document()
    make_content(tree, StoryPage, "Podcast aflevering 1", body=[("audio", audio_block(document))])
    return document


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_whole_file_says_it_takes_ranges_and_plays_inline(client, episode):
    response = client.get(episode.url)
    assert response.status_code == 200
    assert body(response) == AUDIO
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Length"] == str(len(AUDIO))
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Disposition"] == f'inline; filename="{episode.filename}"'
    assert "Content-Encoding" not in response, "no literal 'Content-Encoding: None'"


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-1", 0, 1),  # what Safari asks first
        ("bytes=0-1023", 0, 1023),
        ("bytes=50000-60000", 50000, 60000),  # a seek into the middle
        ("bytes=119000-", 119000, len(AUDIO) - 1),  # from a position to the end
        ("bytes=-500", len(AUDIO) - 500, len(AUDIO) - 1),  # the last 500 bytes
        ("bytes=100000-999999999", 100000, len(AUDIO) - 1),  # an end past the file is cut to it
    ],
)
def test_a_range_gets_206_and_exactly_those_bytes(client, episode, header, first, last):
    response = client.get(episode.url, HTTP_RANGE=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{len(AUDIO)}"
    assert response["Content-Length"] == str(last - first + 1)
    assert body(response) == AUDIO[first : last + 1]
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Disposition"].startswith("inline")
    assert "Content-Encoding" not in response


@pytest.mark.parametrize("header", [f"bytes={len(AUDIO)}-", "bytes=999999999-999999999", "bytes=-0"])
def test_a_range_outside_the_file_gets_416_with_the_size(client, episode, header):
    response = client.get(episode.url, HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(AUDIO)}"


@pytest.mark.parametrize("header", ["bytes=abc", "items=0-10", "bytes=10-5", "bytes=0-1,5-9"])
def test_a_range_this_server_does_not_take_gets_the_whole_file(client, episode, header):
    response = client.get(episode.url, HTTP_RANGE=header)
    assert response.status_code == 200
    assert body(response) == AUDIO


def test_head_gives_the_headers_without_the_bytes(client, episode):
    whole = client.head(episode.url)
    assert whole.status_code == 200 and whole.content == b""
    assert whole["Content-Length"] == str(len(AUDIO)) and whole["Accept-Ranges"] == "bytes"
    part = client.head(episode.url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206 and part.content == b""
    assert part["Content-Range"] == f"bytes 10-19/{len(AUDIO)}" and part["Content-Length"] == "10"


def test_if_range_with_an_old_etag_gets_the_whole_new_file(client, episode):
    etag = client.get(episode.url)["ETag"]
    assert client.get(episode.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=etag).status_code == 206
    stale = client.get(episode.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"an-older-file"')
    assert stale.status_code == 200 and body(stale) == AUDIO


def test_a_known_etag_gets_304(client, episode):
    etag = client.get(episode.url)["ETag"]
    assert client.get(episode.url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_pdf_opens_inline_and_other_documents_stay_downloads_with_ranges(client, tree):
    pdf = make_document("Jaarverslag")
    csv = get_document_model().objects.create(title="Cijfers", file=ContentFile(b"a;b\n1;2\n", name="cijfers.csv"))
    blocks = [("paragraph", f'<p><a linktype="document" id="{doc.pk}">{doc.title}</a></p>') for doc in (pdf, csv)]
    make_content(tree, StoryPage, "Met bijlagen", body=blocks)
    shown = client.get(pdf.url, HTTP_RANGE="bytes=0-3")
    assert shown.status_code == 206 and body(shown) == b"%PDF"
    assert shown["Content-Disposition"].startswith("inline")
    download = client.get(csv.url, HTTP_RANGE="bytes=2-2")
    assert download.status_code == 206 and body(download) == b"b"
    assert download["Content-Disposition"].startswith("attachment")


def test_a_range_request_does_not_pass_the_privacy_check(client, tree):
    unpublished = audio_document("Nog niet gepubliceerd")
    assert client.get(unpublished.url, HTTP_RANGE="bytes=0-9").status_code == 404
    assert client.head(unpublished.url).status_code == 404
