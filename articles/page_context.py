"""Template context of the public pages, built in a fixed number of queries.

Each page model's `get_context` calls one function here. Besides the page's
own data every function returns what `base.html` reads: `canonical_url`,
`og_title`, `og_description`, `og_image` (an absolute rendition URL),
`og_type` and `breadcrumbs` ([{"title", "url"}], empty on the home page).
"""

from __future__ import annotations

from django.db.models import Case, CharField, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.images import get_image_model

from . import related
from .models import ContentKind, EventPage, Level

SITE_NAME = "Overheid van Nu"
OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"
HOME_NEWEST = 6
HOME_UPCOMING = 3


# --- images ------------------------------------------------------------------------


def load_images(*image_ids):
    """{id: image} with every rendition of each image attached, so
    `{% picture %}` and `get_rendition` need no further query. One query
    (through the renditions) when the images have renditions; one more for
    images that have none yet."""
    ids = {image_id for image_id in image_ids if image_id}
    if not ids:
        return {}
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    images = {}
    for rendition in Rendition.objects.filter(image_id__in=ids).select_related("image"):
        image = images.setdefault(rendition.image_id, rendition.image)
        if not hasattr(image, "prefetched_renditions"):
            image.prefetched_renditions = []
        rendition.image = image
        image.prefetched_renditions.append(rendition)
    missing = ids - images.keys()
    if missing:
        for image in Image.objects.filter(pk__in=missing):
            image.prefetched_renditions = []
            images[image.pk] = image
    return images


def og_image_url(image, request):
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(OG_IMAGE_SPEC).url)


# --- shared page metadata -------------------------------------------------------


def breadcrumbs(page, request):
    """Home first, the page itself last; empty on the home page. Uses the
    ancestors the router already loaded (see `articles.routing`), otherwise
    one query."""
    if page.depth <= 2:
        return []
    ancestors = getattr(page, "_route_ancestors", None)
    if ancestors is None:
        ancestors = page.get_ancestors().only("id", "title", "url_path", "depth", "path")
    crumbs = [
        {"title": "Home" if ancestor.depth == 2 else ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in ancestors
        if ancestor.depth >= 2
    ]
    crumbs.append({"title": page.title, "url": page.get_url(request)})
    return crumbs


def page_meta(page, request, *, description="", image=None, og_type="website"):
    description = page.search_description or description
    return {
        "canonical_url": request.build_absolute_uri(page.get_url(request)),
        "meta_description": description,
        "og_title": page.seo_title or page.title,
        "og_description": description,
        "og_image": og_image_url(image, request),
        "og_type": og_type,
        "breadcrumbs": breadcrumbs(page, request),
    }


def publisher_jsonld(request):
    return {"@type": "Organization", "name": SITE_NAME, "url": request.build_absolute_uri("/")}


def article_jsonld(page, request, meta, *, authors=()):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": meta["og_description"],
        "datePublished": page.publication_date.isoformat(),
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
                    {"affiliation": {"@type": "Organization", "name": person.organisation.name}}
                    if person.organisation_id
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
    if page.registration_url and not page.is_past:
        data["offers"] = {"@type": "Offer", "url": page.registration_url, "price": "0", "priceCurrency": "EUR"}
    return data


# --- content pages ----------------------------------------------------------------


def content_context(page, request):
    """Story, essay, tip and event: classification links, related content,
    the hero image and structured data."""
    images = load_images(page.listing_image_id)
    hero = images.get(page.listing_image_id)
    if hero is not None:
        page.listing_image = hero
    extra = ("related_essays",) if page.kind == ContentKind.ESSAY else ()
    links = related.classification(page, extra=extra)
    context = page_meta(page, request, description=page.intro, image=hero, og_type="article")
    context.update(
        {
            "hero_image": hero,
            "links": links,
            "related_items": related.related_content(page, links),
            "nav_section": _SECTIONS.get(page.kind, ""),
        }
    )
    authors = []
    if page.kind == ContentKind.ESSAY:
        authors = list(page.authors.select_related("organisation"))
        context["authors"] = authors
        context["related_essays"] = links.related_essays
    if page.kind == ContentKind.EVENEMENT:
        context["is_past"] = page.is_past
        context["jsonld"] = event_jsonld(page, request, context)
    else:
        context["jsonld"] = article_jsonld(page, request, context, authors=authors)
    return context


_SECTIONS = {
    ContentKind.VERHAAL: "verhalen",
    ContentKind.ESSAY: "essays",
    ContentKind.TIP: "tips",
    ContentKind.EVENEMENT: "agenda",
}


# --- home and plain pages -----------------------------------------------------------


def home_context(page, request):
    # Events have their own agenda below; "newest" is what there is to read.
    newest = list(
        related.with_card_images(
            related.card_fields(
                related.public_content().exclude(kind=ContentKind.EVENEMENT).order_by("-publication_date", "-pk")
            )
        )[:HOME_NEWEST]
    )
    # The agenda on the home page is text only: no images to fetch. Asked of
    # the events table itself, so the index on `start` gives the soonest.
    upcoming = list(
        related.card_fields(
            EventPage.objects.live().exclude(related.restricted()).filter(start__gte=timezone.now()), "start"
        ).order_by("start", "pk")[:HOME_UPCOMING]
    )
    entries = related.entry_points()
    context = page_meta(page, request, description=page.intro)
    context["breadcrumbs"] = []
    context.update(
        {
            "newest": newest,
            "upcoming": upcoming,
            "opgaven": entries.opgaven,
            "regions": entries.regions,
            "levels": entries.levels,
        }
    )
    return context


def standard_context(page, request):
    return page_meta(page, request, description=page.intro)


def approach_context(page, request):
    context = page_meta(page, request, description=page.intro)
    context["levels"] = list(Level.objects.all())
    context["nav_section"] = "aanpak"
    return context


# --- opgaven and regions -------------------------------------------------------------


def opgave_index_context(page, request):
    from opgaven.models import OpgavePage

    context = page_meta(page, request, description=page.intro)
    context["opgaven"] = list(
        OpgavePage.objects.child_of(page).live().only("id", "title", "slug", "url_path", "intro").order_by("path")
    )
    context["nav_section"] = "opgaven"
    return context


def region_index_context(page, request):
    from regions.models import RegionPage

    context = page_meta(page, request, description=page.intro)
    context["regions"] = list(
        RegionPage.objects.child_of(page).live().only("id", "title", "slug", "url_path", "intro").order_by("path")
    )
    context["nav_section"] = "regios"
    return context


def opgave_context(page, request):
    from opgaven.models import Crossover

    lead = None
    if page.lead_id:
        lead = type(page).lead.field.related_model.objects.select_related("organisation").get(pk=page.lead_id)
    images = load_images(page.listing_image_id, lead.photo_id if lead else None)
    if lead is not None and lead.photo_id:
        lead.photo = images[lead.photo_id]
    image = images.get(page.listing_image_id)
    described_here = Crossover.objects.filter(opgave=page, other=OuterRef("pk")).values("description")[:1]
    described_there = Crossover.objects.filter(opgave=OuterRef("pk"), other=page).values("description")[:1]
    crossovers = list(
        page.get_crossovers()
        .annotate(
            crossover_description=Coalesce(
                Subquery(described_here, output_field=CharField()),
                Subquery(described_there, output_field=CharField()),
                Value(""),
            )
        )
        .only("id", "title", "slug", "url_path", "intro")
    )
    updates, bottlenecks = related.opgave_updates_and_bottlenecks(page)
    context = page_meta(page, request, description=page.intro, image=image)
    context.update(
        {
            "lead": lead,
            "crossovers": crossovers,
            "progress_updates": updates,
            "bottlenecks": bottlenecks,
            "linked_items": related.linked_content(opgave=page, limit=8),
            "listing_url": f"/kennisbank/?opgave={page.slug}",
            "nav_section": "opgaven",
        }
    )
    return context


def region_context(page, request):
    from opgaven.models import OpgavePage
    from regions.models import RegionPartner

    images = load_images(page.listing_image_id)
    image = images.get(page.listing_image_id)
    partners = list(
        RegionPartner.objects.filter(region=page)
        .select_related("organisation")
        .annotate(layer_position=_layer_position())
        .order_by("layer_position", "organisation__name")
    )
    layers = []
    for partner in partners:
        if not layers or layers[-1]["layer"] != partner.organisation.layer:
            layers.append(
                {
                    "layer": partner.organisation.layer,
                    "label": partner.organisation.get_layer_display(),
                    "partners": [],
                }
            )
        layers[-1]["partners"].append(partner)
    stories, others = related.region_content(page)
    context = page_meta(page, request, description=page.intro, image=image)
    context.update(
        {
            "partner_layers": layers,
            # `pk__in` takes the real relation as a subquery and, in the admin
            # preview, the unsaved in-memory selection as a list.
            "opgaven": list(
                OpgavePage.objects.live()
                .filter(pk__in=page.opgaven.all())
                .only("id", "title", "slug", "url_path", "intro")
                .order_by("title")
            ),
            "stories": stories,
            "other_items": others,
            "stories_url": f"/verhalen/?regio={page.slug}",
            "listing_url": f"/kennisbank/?regio={page.slug}",
            "nav_section": "regios",
        }
    )
    return context


def _layer_position():
    from .models import GovernmentLayer

    return Case(
        *[When(organisation__layer=value, then=Value(i)) for i, value in enumerate(GovernmentLayer.values)],
        default=Value(len(GovernmentLayer.values)),
        output_field=IntegerField(),
    )


# --- theme (a Django view, not a page) --------------------------------------------------


def theme_context(theme, request, page_obj):
    home = "/"
    url = request.build_absolute_uri(theme.get_absolute_url())
    return {
        "canonical_url": url if page_obj.number == 1 else f"{url}?pagina={page_obj.number}",
        "meta_description": theme.description,
        "og_title": theme.name,
        "og_description": theme.description,
        "og_type": "website",
        "breadcrumbs": [{"title": "Home", "url": home}, {"title": theme.name, "url": theme.get_absolute_url()}],
        "listing_url": f"/kennisbank/?thema={theme.slug}",
        # The theme page lists exactly the kennisbank filtered by this theme.
        "feed_url": f"/kennisbank/feed/?thema={theme.slug}",
    }
