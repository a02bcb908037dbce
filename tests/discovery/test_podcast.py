"""The podcast (issue 23): every published page carrying uploaded audio is an
episode on `/podcast/` and in `/podcast/feed/`, an RSS 2.0 feed with the tags
Apple Podcasts requires and Podcasting 2.0's transcript, checked here as a
podcast directory would check it."""

import email.utils
import io
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site

from articles.models import StoryPage, TipPage
from overheidvannu.demo.audio import FRAME_HEADER, SAMPLE_RATE, SAMPLES_PER_FRAME, silent_mp3
from overheidvannu.discovery.models import PodcastPage

from ..factories import make_content, make_image

pytestmark = pytest.mark.django_db

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"
MAX_LISTING_QUERIES = 12


def square_image(size=1400, title="Podcasthoes"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (size, size), (18, 63, 109)).save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def audio(seconds, name):
    return get_document_model().objects.create(title=name, file=ContentFile(silent_mp3(seconds), name=f"{name}.mp3"))


def audio_block(document=None, *, url="", duration="0:30", episode=None, season=None, transcript="Welkom."):
    return (
        "audio",
        {
            "title": "Aflevering",
            "audio_file": document,
            "url": url,
            "duration": duration,
            "speakers": "Anna de Vries (gemeente Ede)",
            "transcript": f"<p>{transcript}</p>",
            "episode": episode,
            "season": season,
        },
    )


def mp3_seconds(data):
    """The playing time of a constant-bitrate MPEG-1 Layer III file, counted
    from its frames (what a player would play)."""
    frame_length = 144 * 32_000 // SAMPLE_RATE
    frames = 0
    for start in range(0, len(data), frame_length):
        assert data[start : start + 4] == FRAME_HEADER, "every frame starts with a frame header"
        frames += 1
    return frames * SAMPLES_PER_FRAME / SAMPLE_RATE


@pytest.fixture
def podcast(tree):
    return tree.home.add_child(
        instance=PodcastPage(
            title="Podcast",
            slug="podcast",
            intro="Gesprekken over samenwerken tussen overheden.",
            artwork=square_image(),
            owner_email="redactie@overheidvannu.example",
        )
    )


@pytest.fixture
def shows(tree):
    first = make_content(
        tree,
        StoryPage,
        "Samen bouwen in de Achterhoek",
        body=[
            audio_block(audio(754, "aflevering-1"), duration="12:34", episode=1, season=1, transcript="Anna: welkom.")
        ],
    )
    listening = make_content(
        tree, TipPage, "Luisterverhaal: de wijk in", body=[audio_block(audio(65, "luister"), duration="1:05")]
    )
    link_only = make_content(
        tree, StoryPage, "Elders te beluisteren", body=[audio_block(url="https://podcast.example/1")]
    )
    draft = make_content(tree, StoryPage, "Nog niet klaar", live=False, body=[audio_block(audio(5, "concept"))])
    silent = make_content(tree, StoryPage, "Zonder geluid")
    return {"first": first, "listening": listening, "link_only": link_only, "draft": draft, "silent": silent}


def parse(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (our own feed, not untrusted input)


def test_the_feed_has_every_element_rss_and_apple_require(client, podcast, shows):
    response = client.get("/podcast/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    raw = response.content.decode()
    assert 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' in raw
    assert 'xmlns:podcast="https://podcastindex.org/namespace/1.0"' in raw
    rss = parse(response)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    for element in ("title", "link", "description", "language"):
        assert channel.findtext(element), element
    assert channel.findtext("language") == "nl"
    assert channel.find(f"{ATOM}link").get("rel") == "self"
    assert channel.find(f"{ATOM}link").get("href") == "http://testserver/podcast/feed/"
    assert channel.findtext(f"{ITUNES}author") == "Overheid van Nu"
    assert channel.findtext(f"{ITUNES}explicit") in ("true", "false")
    assert channel.findtext(f"{ITUNES}type") in ("episodic", "serial")
    assert channel.find(f"{ITUNES}category").get("text") == "Government"
    owner = channel.find(f"{ITUNES}owner")
    assert owner.findtext(f"{ITUNES}name") and owner.findtext(f"{ITUNES}email") == "redactie@overheidvannu.example"

    artwork_url = channel.find(f"{ITUNES}image").get("href")
    assert artwork_url.startswith("http://testserver/media/images/") and artwork_url.endswith(".png")
    artwork = client.get(artwork_url.removeprefix("http://testserver"))
    assert artwork.status_code == 200
    with PILImage.open(io.BytesIO(b"".join(artwork.streaming_content))) as image:
        assert image.width == image.height >= 1400, "Apple: square, at least 1400 × 1400"
        assert image.mode == "RGB"
    assert channel.find("image").findtext("url") == artwork_url


def test_each_episode_has_an_honest_enclosure_a_stable_guid_and_its_transcript(client, podcast, shows):
    items = parse(client.get("/podcast/feed/")).find("channel").findall("item")
    titles = [item.findtext("title") for item in items]
    assert sorted(titles) == sorted([shows["first"].title, shows["listening"].title]), "only published uploaded audio"
    for item in items:
        assert item.findtext("description")
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None, "RFC 822 with zone"
        enclosure = item.find("enclosure")
        assert enclosure.get("type") == "audio/mpeg"
        served = client.get(enclosure.get("url").removeprefix("http://testserver"))
        assert served.status_code == 200
        data = b"".join(served.streaming_content)
        assert int(enclosure.get("length")) == len(data), "the enclosure's length is the file's size in bytes"
        duration = int(item.findtext(f"{ITUNES}duration"))
        assert abs(duration - mp3_seconds(data)) < 1, "the duration is what the file plays"
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false" and guid.text.startswith("overheidvannu:episode:")
        transcript = item.find(f"{PODCAST}transcript")
        assert transcript.get("type") == "text/html" and transcript.get("language") == "nl"
        page = client.get(transcript.get("url").removeprefix("http://testserver"))
        assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
        assert item.findtext(f"{ITUNES}explicit") == "false"

    first = next(item for item in items if item.findtext("title") == shows["first"].title)
    assert first.findtext(f"{ITUNES}duration") == "754"
    assert first.findtext(f"{ITUNES}episode") == "1" and first.findtext(f"{ITUNES}season") == "1"
    assert first.findtext("guid") == f"overheidvannu:episode:{shows['first'].pk}"
    transcript = client.get(first.find(f"{PODCAST}transcript").get("url").removeprefix("http://testserver"))
    assert "Anna: welkom." in BeautifulSoup(transcript.content, "html.parser").get_text()
    listening = next(item for item in items if item.findtext("title") == shows["listening"].title)
    assert listening.find(f"{ITUNES}episode") is None and listening.find(f"{ITUNES}season") is None


def test_a_renamed_episode_keeps_its_guid(client, podcast, shows):
    page = StoryPage.objects.get(pk=shows["first"].pk)
    page.title, page.slug = "Bouwen in de Achterhoek (herzien)", "bouwen-herzien"
    page.save_revision().publish()
    items = parse(client.get("/podcast/feed/")).find("channel").findall("item")
    renamed = next(item for item in items if item.findtext("title") == page.title)
    assert renamed.findtext("guid") == f"overheidvannu:episode:{page.pk}"
    assert renamed.findtext("link").endswith("/bouwen-herzien/")


def test_the_podcast_page_lists_the_episodes_and_announces_its_feed(client, podcast, shows):
    page = BeautifulSoup(client.get("/podcast/").content, "html.parser")
    link = page.find("link", rel="alternate", type="application/rss+xml")
    assert link["href"] == "/podcast/feed/" and "podcast" in link["title"].lower()
    episodes = page.select(".ovn-episode")
    assert {e.h2.get_text() for e in episodes} == {shows["first"].title, shows["listening"].title}
    first = next(e for e in episodes if e.h2.get_text() == shows["first"].title)
    assert "Seizoen 1, aflevering 1" in first.get_text() and "Duur: 12:34" in first.get_text()
    assert first.find("audio")["src"].startswith("/documents/")


def test_a_page_carrying_audio_announces_the_podcast_feed(client, podcast, shows):
    for key, announced in (("first", True), ("listening", True), ("link_only", False), ("silent", False)):
        page = BeautifulSoup(client.get(shows[key].url).content, "html.parser")
        link = page.find("link", rel="alternate", type="application/rss+xml")
        assert (link is not None and link["href"] == "/podcast/feed/" and "podcast" in link["title"]) == announced, key


def test_the_podcast_page_and_feed_stay_flat(client, tree, podcast, django_assert_max_num_queries):
    for n in range(6):
        make_content(
            tree, StoryPage, f"Aflevering {n}", listing_image=make_image(), body=[audio_block(audio(3, f"a{n}"))]
        )
    for url in ("/podcast/", "/podcast/feed/"):
        assert client.get(url).status_code == 200
        cache.clear()
        Site.get_site_root_paths()
        with django_assert_max_num_queries(MAX_LISTING_QUERIES):
            assert client.get(url).status_code == 200


def test_an_unknown_transcript_is_404(client, podcast, shows):
    assert client.get(f"/podcast/uitgeschreven-tekst/{shows['silent'].pk}/").status_code == 404
    assert client.get(f"/podcast/uitgeschreven-tekst/{shows['draft'].pk}/").status_code == 404
    assert client.get("/podcast/uitgeschreven-tekst/999999/").status_code == 404


def test_the_artwork_must_be_square_and_large_enough_for_podcast_apps(podcast):
    podcast.artwork = make_image("Te breed")  # 800 × 450
    with pytest.raises(ValidationError) as error:
        podcast.full_clean()
    assert "vierkante afbeelding van minstens 1400 × 1400 pixels" in str(error.value)
    podcast.artwork = square_image(1400, "Goed")
    podcast.full_clean()


def test_deleting_the_audio_file_takes_the_episode_out_of_the_feed(client, podcast, shows):
    StoryPage.objects.get(pk=shows["first"].pk).audio_document.delete()
    titles = [item.findtext("title") for item in parse(client.get("/podcast/feed/")).find("channel").findall("item")]
    assert titles == [shows["listening"].title]
