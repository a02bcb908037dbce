"""Template context of the pages `articles` owns: the four content types and
the plain and approach pages, each in a fixed number of queries.

The page models call these from `get_context`; nothing here imports the
models (the caller hands in the querysets it needs), so the dependency runs
one way: models → context → page_meta, classification.
"""

from __future__ import annotations

from django.utils import timezone

from . import content_cache, sections
from .classification import classification
from .kinds import ContentKind
from .magazine import edition_notes
from .page_meta import load_images, page_meta, publisher_jsonld
from .pictures import page_pictures

RELATED_LIMIT = 4


def article_jsonld(page, request, meta, *, authors=()):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": meta["og_description"],
        "datePublished": (page.publication_date or timezone.localdate()).isoformat(),
        "inLanguage": "nl",
        "mainEntityOfPage": meta["canonical_url"],
        "url": meta["canonical_url"],
        "publisher": publisher_jsonld(request),
    }
    if page.last_published_at:
        data["dateModified"] = timezone.localtime(page.last_published_at).isoformat()
    if meta["og_image"]:
        data["image"] = [meta["og_image"]]
    if authors:
        data["author"] = [
            {
                "@type": "Person",
                "name": person.name,
                **({"jobTitle": person.role} if person.role else {}),
                **(
                    {"affiliation": {"@type": "Organization", "name": person.shown_organisation.name}}
                    if person.shown_organisation
                    else {}
                ),
            }
            for person in authors
        ]
    else:
        data["author"] = publisher_jsonld(request)
    return data


def event_jsonld(page, request, meta):
    mode = "OnlineEventAttendanceMode" if page.online else "OfflineEventAttendanceMode"
    if page.online:
        location = {
            "@type": "VirtualLocation",
            "url": page.registration_url or page.recording_url or meta["canonical_url"],
        }
    else:
        location = {"@type": "Place", "name": page.location, "address": page.location}
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": meta["og_description"],
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": location,
        "organizer": {"@type": "Organization", "name": page.organiser},
        "inLanguage": "nl",
        "url": meta["canonical_url"],
    }
    if meta["og_image"]:
        data["image"] = [meta["og_image"]]
    # The event stays scheduled while it runs, but sign-up closes when it begins.
    if page.registration_url and not page.has_started:
        data["offers"] = {"@type": "Offer", "url": page.registration_url, "price": "0", "priceCurrency": "EUR"}
    return data


def links_and_related(page, content, abbreviations=None):
    """The page's classification links (with the live abbreviations its body
    may explain) and its related content: both read other pages, so they are
    cached under the content version."""
    extra = ("related_essays",) if page.kind == ContentKind.ESSAY else ()
    links = classification(page, extra=extra, abbreviations=abbreviations)
    # components/related.html shows no images, so none are fetched.
    related = list(content.published().related_to(page, links).cards()[:RELATED_LIMIT])
    return links, related


def content_context(page, request, content, abbreviations=None):
    """Story, essay, tip and event: classification links, related content
    (from `content`, the ContentPage queryset), the abbreviations (from
    `abbreviations`, Abbreviation.objects), the hero image and structured data."""
    images = load_images(page.listing_image_id)
    hero = images.get(page.listing_image_id)
    if hero is not None:
        page.listing_image = hero
    links, related = content_cache.cached(
        f"page:{page.pk}:links", lambda: links_and_related(page, content, abbreviations)
    )
    context = page_meta(page, request, description=page.intro, image=hero, og_type="article")
    context.update({"hero_image": hero, "links": links, "related_items": related})
    # "Verschenen in Verbinden en verbeteren 2021/07": the live editions it is in.
    if page.pk:
        context["editions"] = content_cache.cached(f"page:{page.pk}:editions", lambda: edition_notes(page))
    if page.audio_document_id:
        # Announced on every page carrying audio (SPEC: /podcast/feed/).
        context["podcast_feed_url"] = sections.PODCAST.feed_url()
    authors = []
    if page.kind == ContentKind.ESSAY:
        authors = page.authors  # in the order the editor set, with their organisations
        context["authors"] = authors
        context["related_essays"] = links.related_essays
    if page.kind == ContentKind.EVENEMENT:
        context["is_past"] = page.is_past
        context["has_started"] = page.has_started
        context["is_running"] = page.has_started and not page.is_past
        context["jsonld"] = event_jsonld(page, request, context)
    else:
        context["jsonld"] = article_jsonld(page, request, context, authors=authors)
    return context


def approach_context(page, request, levels):
    context = page_meta(page, request, description=page.intro)
    context["levels"] = list(levels)
    context.update(page_pictures(page, request))
    return context
