"""The home page's context: the newest reading, the next events, and the
entries by opgave, region and level, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast
from django.utils import timezone

from articles import content_cache
from articles.models import ContentKind, ContentPage, EventPage, Level
from articles.page_meta import page_meta
from articles.querysets import with_card_renditions
from opgaven.models import OpgavePage
from regions.models import RegionPage

HOME_NEWEST = 6
HOME_UPCOMING = 3


@dataclass
class EntryPoints:
    opgaven: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    levels: list = field(default_factory=list)


def entry_points():
    """The live opgaven and regions and the three levels, in one UNION query."""
    columns = ("group", "item_id", "slug", "label", "url_path", "description", "position")
    parts = [
        OpgavePage.objects.live().annotate(
            group=Value("opgaven"), item_id=F("id"), label=F("title"), description=F("intro"), position=F("path")
        ),
        RegionPage.objects.live().annotate(
            group=Value("regions"), item_id=F("id"), label=F("title"), description=F("intro"), position=F("path")
        ),
        Level.objects.annotate(
            group=Value("levels"),
            item_id=F("id"),
            label=F("name"),
            url_path=Value(""),
            position=Cast(F("sort_order"), CharField()),
        ),
    ]
    first, *rest = [part.order_by().values_list(*columns) for part in parts]
    result = EntryPoints()
    for group, item_id, slug, label, url_path, description, _position in sorted(
        first.union(*rest, all=True), key=lambda row: (row[0], row[6])
    ):
        if group == "levels":
            item = Level(pk=item_id, slug=slug, name=label, description=description)
        elif group == "opgaven":
            item = OpgavePage(pk=item_id, slug=slug, title=label, url_path=url_path, intro=description)
        else:
            item = RegionPage(pk=item_id, slug=slug, title=label, url_path=url_path, intro=description)
        getattr(result, group).append(item)
    return result


def home_lists():
    """What the home page lists, all read from other pages: cached under the
    content version (and for at most CONTENT_CACHE_SECONDS, so an event that
    has ended leaves the agenda within minutes)."""
    # Events have their own agenda below; "newest" is what there is to read.
    newest = (
        ContentPage.objects.published().exclude(kind=ContentKind.EVENEMENT).newest_first().cards().with_card_images()
    )
    # The agenda on the home page is text only: no images to fetch. Asked of
    # the events table itself, soonest first; an event that has begun stays
    # until it ends ("Nu bezig").
    upcoming = (
        EventPage.objects.published().filter(end__gte=timezone.now()).cards("start", "end").order_by("start", "pk")
    )
    entries = entry_points()
    return {
        "newest": with_card_renditions(list(newest[:HOME_NEWEST])),
        "upcoming": list(upcoming[:HOME_UPCOMING]),
        "opgaven": entries.opgaven,
        "regions": entries.regions,
        "levels": entries.levels,
    }


def home_context(page, request):
    context = page_meta(page, request, description=page.intro)
    context.update(content_cache.cached("home:lists", home_lists))
    return context
