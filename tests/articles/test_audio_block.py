"""The audio block (issue 12): an uploaded MP3, Ogg or M4A checked by its
content, or a link; a required transcript, duration and speakers; played by
the browser's own `<audio>` with a download link, never a third-party player."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model

from articles.blocks import AudioBlock, BodyBlock
from articles.validators import audio_format
from overheidvannu.demo.audio import silent_mp3

pytestmark = pytest.mark.django_db

OGG = b"OggS\x00\x02" + bytes(26)
M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + bytes(16)
FAKE = b"%PDF-1.7 pretending to be an mp3"


def document(content, name):
    Document = get_document_model()
    doc = Document(title=name)
    doc.file = ContentFile(content, name=name)
    doc.save()
    return doc


def value(**overrides):
    block = AudioBlock()
    data = {
        "title": "Aflevering 1",
        "audio_file": None,
        "url": "",
        "duration": "12:30",
        "speakers": "Anna de Vries (gemeente Ede)",
        "transcript": "<p>Anna: welkom bij de podcast.</p>",
        **overrides,
    }
    return block, block.to_python({**data, "audio_file": data["audio_file"].pk if data["audio_file"] else None})


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"ID3\x04\x00" + bytes(11), "mp3"),
        (silent_mp3(1)[:16], "mp3"),
        (OGG[:16], "ogg"),
        (M4A[:16], "m4a"),
        (FAKE[:16], None),
        (b"\xff\xf1\x50\x80" + bytes(12), None),  # AAC (ADTS), not MPEG audio layer III
        (b"", None),
    ],
)
def test_audio_format_is_read_from_the_content(head, expected):
    assert audio_format(head) == expected


@pytest.mark.parametrize(("content", "name"), [(silent_mp3(2), "a.mp3"), (OGG, "a.ogg"), (M4A, "a.m4a")])
def test_an_uploaded_mp3_ogg_or_m4a_is_accepted(content, name):
    block, data = value(audio_file=document(content, name))
    assert block.clean(data)["audio_file"].title == name


def test_a_file_that_is_not_audio_is_refused_whatever_its_name():
    block, data = value(audio_file=document(FAKE, "nep.mp3"))
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(data)
    assert "geen MP3-, Ogg- of M4A" in str(error.value.block_errors["audio_file"])


@pytest.mark.parametrize("overrides", [{}, {"url": "https://podcast.example/1", "audio_file": "file"}])
def test_exactly_one_of_file_and_link(overrides):
    if overrides.get("audio_file") == "file":
        overrides["audio_file"] = document(silent_mp3(1), "b.mp3")
    block, data = value(**overrides)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(data)
    assert "precies één" in str(error.value.block_errors["url"])


@pytest.mark.parametrize(
    ("field", "bad"), [("transcript", ""), ("duration", ""), ("duration", "lang"), ("speakers", "")]
)
def test_transcript_duration_and_speakers_are_required(field, bad):
    block, data = value(url="https://podcast.example/1", **{field: bad})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(data)
    assert field in error.value.block_errors


def test_an_uploaded_file_plays_in_the_browser_s_own_player_with_download_and_transcript():
    doc = document(silent_mp3(2), "aflevering.mp3")
    block, data = value(audio_file=doc)
    block.set_name("audio")
    html = BeautifulSoup(block.render(data), "html.parser")
    audio = html.find("audio")
    assert audio.has_attr("controls") and audio["preload"] == "none"
    assert audio["src"] == doc.url and doc.url.startswith("/documents/")
    download = html.find("a", attrs={"download": True})
    assert download["href"] == doc.url and "MP3" in download.get_text()
    assert "Duur: 12:30" in html.get_text() and "Anna de Vries" in html.get_text()
    assert html.find("details").find("summary")
    assert "welkom bij de podcast" in html.find("details").get_text()
    assert not html.find(["iframe", "script", "style"]) and not html.find(attrs={"style": True})


def test_a_link_stays_a_link_so_nothing_loads_from_another_site():
    block, data = value(url="https://podcast.example/1")
    html = BeautifulSoup(block.render(data), "html.parser")
    assert not html.find("audio")
    assert html.find("a", href="https://podcast.example/1")
    assert "welkom bij de podcast" in html.get_text()


def test_the_body_offers_the_audio_block():
    assert isinstance(BodyBlock().child_blocks["audio"], AudioBlock)
