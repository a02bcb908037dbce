"""The podcast: `/podcast/` lists every page carrying audio (episodes and
luisterverhalen), `/podcast/feed/` is their feed for podcast apps, and
`/podcast/uitgeschreven-tekst/<page id>/` each one's transcript.

An episode is any published story, essay, tip or event whose body has an
audio block with an uploaded file (`ContentPage.audio_document`, stored on
save): the feed needs the file itself for its enclosure. The block gives the
title, duration, speakers, transcript and, where set, episode and season.

The feed is RSS 2.0 (Django's generator) with the tags Apple Podcasts asks
for (namespace `itunes`, https://podcasters.apple.com/support/823-podcast-requirements)
and Podcasting 2.0's `podcast:transcript`. Each episode's GUID is
`overheidvannu:episode:<page id>`, not its address: a page keeps its id when
it is renamed or moved, so apps never list an episode twice. The enclosure
gives the file's real size in bytes (Wagtail's stored `file_size`, read from
the file when missing) and its MIME type. Two queries: the episodes with
their files and images, and the show's artwork renditions.
"""

from __future__ import annotations

import re

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from wagtail.rich_text import RichText

from articles.models import ContentPage
from articles.page_meta import breadcrumbs, load_images, page_meta, site_name

from .pagination import page_or_404

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
#: Apple asks for square artwork of 1400 to 3000 pixels, JPEG or PNG.
ARTWORK_SIZE = 1400
ARTWORK_SPEC = f"fill-{ARTWORK_SIZE}x{ARTWORK_SIZE}|format-png"
FEED_LIMIT = 300
PAGE_SIZE = 12
TRANSCRIPT_PATH = "uitgeschreven-tekst"
FEED_TITLE = "De podcast van Overheid van Nu"
DURATION = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)$")


def duration_seconds(text):
    """ "12:30" → 750, "1:02:30" → 3750; None for anything else."""
    match = DURATION.match((text or "").strip())
    if match is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def audio_block(page):
    """The stored value of the audio block whose file is the page's episode."""
    for block in page.body.raw_data:
        value = block.get("value") or {}
        if block.get("type") == "audio" and value.get("audio_file") == page.audio_document_id:
            return value
    return {}


class Episode:
    """One page carrying audio, as the podcast page and feed show it."""

    def __init__(self, page, request):
        block = audio_block(page)
        self.page = page
        self.title = page.title
        self.audio_title = block.get("title") or page.title
        self.intro = page.intro
        self.url = page.get_url(request)
        self.document = page.audio_document
        self.duration = block.get("duration") or ""
        self.seconds = duration_seconds(self.duration)
        self.speakers = block.get("speakers") or ""
        self.episode = block.get("episode")
        self.season = block.get("season")
        self.transcript = RichText(block.get("transcript") or "")
        self.published = page.display_date or timezone.now()
        self.guid = f"overheidvannu:episode:{page.pk}"

    @property
    def file_size(self):
        size = self.document.file_size
        if size is None:  # not stored yet for this upload: ask the storage once
            size = self.document.file.size
        return size

    @property
    def mime_type(self):
        return self.document.content_type


def episodes(limit=None):
    """The published pages carrying an uploaded audio file, newest first."""
    pages = (
        ContentPage.objects.published()
        .filter(audio_document__isnull=False)
        .select_related("audio_document")
        .newest_first()
    )
    return pages[:limit] if limit else pages


def transcript_url(podcast, page_id, request=None):
    return f"{podcast.get_url(request)}{TRANSCRIPT_PATH}/{page_id}/"


def artwork(podcast):
    """The show's artwork, square and at least ARTWORK_SIZE pixels, or None."""
    image = load_images(podcast.artwork_id).get(podcast.artwork_id)
    return image.get_rendition(ARTWORK_SPEC) if image is not None else None


def render_listing(podcast, request):
    """`/podcast/`: the episodes, newest first, twelve a page."""
    number = request.GET.get("pagina", "1")
    number = int(number) if number.isdigit() else 1
    # A result's image and renditions, and the body after all: the audio block is read from it.
    queryset = episodes().with_result_data().defer(None).select_related("audio_document")
    page_obj = page_or_404(queryset, PAGE_SIZE, number)
    items = [Episode(page, request) for page in page_obj.object_list]
    for item in items:
        item.transcript_url = transcript_url(podcast, item.page.pk, request)
    feed_path = f"{podcast.get_url(request)}feed/"
    context = page_meta(podcast, request, description=podcast.intro)
    context.update(
        {
            "page": podcast,
            "episodes": items,
            "page_obj": page_obj,
            "feed_url": feed_path,
            "feed_absolute_url": request.build_absolute_uri(feed_path),
            "feed_title": FEED_TITLE,
            "noindex": page_obj.number > 1,
            "artwork": artwork(podcast),
        }
    )
    return TemplateResponse(request, "discovery/podcast_page.html", context)


class PodcastFeed(Rss201rev2Feed):
    """RSS 2.0 with Apple's `itunes:` tags and Podcasting 2.0's `podcast:transcript`."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES, "xmlns:podcast": PODCAST}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        if feed.get("artwork_url"):
            handler.addQuickElement("itunes:image", "", {"href": feed["artwork_url"]})
            handler.startElement("image", {})
            handler.addQuickElement("url", feed["artwork_url"])
            handler.addQuickElement("title", feed["title"])
            handler.addQuickElement("link", feed["link"])
            handler.endElement("image")
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        category, _, subcategory = feed["itunes_category"].partition("|")
        if subcategory:
            handler.startElement("itunes:category", {"text": category})
            handler.addQuickElement("itunes:category", "", {"text": subcategory})
            handler.endElement("itunes:category")
        else:
            handler.addQuickElement("itunes:category", "", {"text": category})
        handler.addQuickElement("itunes:explicit", "true" if feed["itunes_explicit"] else "false")
        handler.addQuickElement("itunes:type", feed["itunes_type"])
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["itunes_author"])
        if feed.get("itunes_email"):
            handler.addQuickElement("itunes:email", feed["itunes_email"])
        handler.endElement("itunes:owner")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        episode = item["episode"]
        if episode.seconds is not None:
            handler.addQuickElement("itunes:duration", str(episode.seconds))
        if episode.episode:
            handler.addQuickElement("itunes:episode", str(episode.episode))
        if episode.season:
            handler.addQuickElement("itunes:season", str(episode.season))
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:explicit", "true" if item["explicit"] else "false")
        handler.addQuickElement(
            "podcast:transcript", "", {"url": item["transcript_url"], "type": "text/html", "language": "nl"}
        )


def build_feed(podcast, request):
    link = request.build_absolute_uri(podcast.get_url(request))
    rendition = artwork(podcast)
    feed = PodcastFeed(
        title=FEED_TITLE,
        link=link,
        description=podcast.intro or f"Gesprekken en luisterverhalen van {site_name()}.",
        language="nl",
        author_name=podcast.author,
        feed_url=request.build_absolute_uri(f"{podcast.get_url(request)}feed/"),
        feed_copyright=f"© {timezone.localdate().year} {podcast.author}",
        artwork_url=request.build_absolute_uri(rendition.url) if rendition else "",
        itunes_author=podcast.author,
        itunes_email=podcast.owner_email,
        itunes_category=podcast.category,
        itunes_explicit=podcast.explicit,
        itunes_type=podcast.show_type,
    )
    for page in episodes(FEED_LIMIT):
        episode = Episode(page, request)
        description = episode.intro
        if episode.speakers:
            description += f" Met: {episode.speakers}."
        feed.add_item(
            title=episode.title,
            link=request.build_absolute_uri(episode.url),
            description=description,
            pubdate=episode.published,
            updateddate=page.last_published_at,
            unique_id=episode.guid,
            unique_id_is_permalink=False,
            enclosures=[
                Enclosure(request.build_absolute_uri(episode.document.url), str(episode.file_size), episode.mime_type)
            ],
            episode=episode,
            explicit=podcast.explicit,
            transcript_url=request.build_absolute_uri(transcript_url(podcast, page.pk, request)),
        )
    return feed


def render_feed(podcast, request):
    feed = build_feed(podcast, request)
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def render_transcript(podcast, request, page_id):
    """The transcript of one episode as an HTML page of its own (what
    `podcast:transcript` points at): the episode's title, who speaks and
    what is said, with a link to the episode."""
    page = episodes().filter(pk=page_id).first()
    if page is None:
        raise Http404("Deze aflevering bestaat niet.")
    episode = Episode(page, request)
    context = page_meta(page, request, description=page.intro)
    context["canonical_url"] = request.build_absolute_uri(episode.url)
    context["breadcrumbs"] = [
        *breadcrumbs(podcast, request),
        {"title": f"Uitgeschreven tekst: {page.title}", "url": transcript_url(podcast, page.pk, request)},
    ]
    context.update({"page": podcast, "episode": episode})
    return TemplateResponse(request, "discovery/podcast_transcript.html", context)


def artwork_problem(image):
    """Why `image` cannot be the show's artwork (Apple's rule), or ""."""
    if image is None:
        return ""
    if image.width != image.height or image.width < ARTWORK_SIZE:
        return (
            f"Kies een vierkante afbeelding van minstens {ARTWORK_SIZE} × {ARTWORK_SIZE} pixels "
            f"(deze is {image.width} × {image.height}): podcastapps weigeren een andere."
        )
    return ""
