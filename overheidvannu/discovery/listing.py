"""Rendering of the filterable listings (`/kennisbank/`, `/verhalen/`, …).

The query string is read by `discovery.filters.ListingQuery` and nothing
else; this module only pages, fetches and renders what it returns. The cost of
a listing page is flat: a fixed number of queries whatever the number of
results (see `tests/discovery/test_listing.py`).
"""

from urllib.parse import urlencode

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles import content_cache
from articles.models import ContentPage
from articles.page_meta import breadcrumbs
from articles.querysets import result_renditions

from .filters import SORT_NEWEST, ListingQuery
from .pagination import page_or_404
from .search.ranking import ranked_matches
from .text import search_terms, words_key

PAGE_SIZE = 12


def listing_query(request, page):
    """The listing's validated query (its `type` pinned on a per-type index)."""
    return ListingQuery(request.GET, fixed_kind=page.listing_kind)


def facets_html(query, facets):
    """components/facets.html for `facets`: the same for every visitor of
    the same filters and words, so cached with the counts it shows (per
    content version) instead of rendered option by option each time."""
    key = query.cache_key("facets-html", words_key(search_terms(query.q)))
    return content_cache.cached(key, lambda: render_to_string("components/facets.html", {"facets": facets}))


def ordered_results(query):
    """The listing's results for `query`: (facets, result count, ordered ids
    or queryset). With words in `q`, the text search's matches narrowed by the
    filters and ordered by relevance or date; otherwise the filtered content,
    newest or oldest first."""
    terms = search_terms(query.q)
    if terms:
        matches = ranked_matches(query, terms)
        facets = query.facets(matches.matched_ids, cache_as=f"search:{words_key(terms)}")
        return facets, len(matches.ordered), matches.ordered
    facets = query.facets()  # also counts the results, which saves the paginator its COUNT query
    return facets, query.result_count, query.order(query.filter())


class CachedSlices:
    """A listing's ordered queryset as the paginator sees it: each slice it
    asks for is read as ids and cached per content version (and at most
    CONTENT_CACHE_SECONDS, as the order of events to come follows the
    clock), never served from the previous version: the results themselves
    are never stale, only counts may be. At 50,000 items the newest-first sort over every match was most
    of a listing's time; a repeat visit now fetches its twelve items by id."""

    def __init__(self, queryset, key):
        self.queryset, self.key = queryset, key

    def __getitem__(self, part):
        if not isinstance(part, slice):
            raise TypeError("CachedSlices only slices")
        return content_cache.cached(
            f"{self.key}:{part.start}:{part.stop}",
            lambda: list(self.queryset[part].values_list("pk", flat=True)),
            stale=False,
        )


def result_items(object_list, request, *, renditions=True):
    """The items of one result page, with what a result shows, in order
    (their pictures' renditions unless `renditions` is False)."""
    if isinstance(object_list, list):  # ids in relevance or date order
        # Published only: ids computed earlier (a search's ranking) may name an item gone offline since.
        found = ContentPage.objects.published().filter(pk__in=object_list).with_result_data(renditions=renditions)
        by_pk = {item.pk: item for item in found}
        items = [by_pk[pk] for pk in object_list if pk in by_pk]
    else:
        items = list(object_list.with_result_data(renditions=renditions))
    return attach_urls(items, request)


def attach_urls(items, request):
    """Give each item its `url` from its `url_path` and the request's cached
    site root paths, without walking its parents."""
    for item in items:
        item.listing_url = item.get_url(request)
    return items


RESULT_TEMPLATE = "components/result_item.html"


def render_results(items, request, **variant):
    """Give each item its `result_html`: RESULT_TEMPLATE rendered for it with
    `variant` (heading_level, hide_kind, past_marked).

    A result shows only the item's own data, so its markup is derived data
    like the facet counts: cached per content version (and at most
    CONTENT_CACHE_SECONDS, so "Nu bezig" and "Afgelopen" follow the clock
    within minutes, as on the home page), shared by every listing, filter and
    page that shows the item. Twelve results cost one cache round trip
    instead of twelve template renders with their pictures' rendition
    lookups (most of a listing's server time beyond its queries); the
    renditions are fetched, in one query, only for the results rendered."""
    host = request.get_host()
    settings_key = ":".join(f"{name}={value}" for name, value in sorted(variant.items()))
    names = {f"result-html:{host}:{settings_key}:{item.pk}": item for item in items}

    def render(missing):
        prefetch_related_objects([names[name] for name in missing], result_renditions())
        return {name: render_to_string(RESULT_TEMPLATE, {"item": names[name], **variant}) for name in missing}

    html = content_cache.cached_many(list(names), render)
    for name, item in names.items():
        item.result_html = html[name]
    return items


def feed_url(page, request, query):
    querystring = query.querystring()
    return page.get_url(request) + "feed/" + (f"?{querystring}" if querystring else "")


def follow_url(query):
    """`/volgen/` with this listing's words and filters (a per-type index's
    type included)."""
    pairs = query.params(include_sort=False)
    if query.fixed_kind:
        pairs.insert(0, ("type", query.fixed_kind))
    return reverse("alerts:follow") + (f"?{urlencode(pairs)}" if pairs else "")


def feed_title(page, query):
    """A Dutch title that says what the feed holds, e.g. "Kennisbank: Thema: Sterk bestuur"."""
    labels = [chip.label for chip in query.chips]
    return f"{page.title}: {', '.join(labels)}" if labels else page.title


def count_label(count):
    return f"{count} resultaat" if count == 1 else f"{count} resultaten"


UPCOMING_HEADING, PAST_HEADING = "Komende evenementen", "Afgelopen evenementen"


def upcoming_count(results):
    """How many of the agenda's `results` (a queryset or ids) are still to
    come or running: they come first in its default order."""
    queryset = ContentPage.objects.filter(pk__in=results) if isinstance(results, list) else results
    return queryset.order_by().filter(display_end__gte=timezone.now()).count()


def render_listing(request, page):
    query = listing_query(request, page)
    facets, count, results = ordered_results(query)
    # The agenda in its default order: events to come first, then past ones
    # from a page of their own on, each page under one group heading.
    grouped = query.is_agenda and query.sort == SORT_NEWEST
    upcoming = None
    if grouped:
        upcoming = content_cache.cached(
            query.cache_key("upcoming", query.q), lambda: upcoming_count(results), stale=False
        )
    if not isinstance(results, list):
        results = CachedSlices(results, query.cache_key("page-ids", query.sort))
    page_obj = page_or_404(results, PAGE_SIZE, query.page_number, count=count, upcoming=upcoming)
    page_obj.object_list = render_results(
        result_items(page_obj.object_list, request, renditions=False),
        request,
        heading_level=4 if grouped else 3,
        hide_kind=query.is_agenda,
        past_marked=grouped,
    )

    base_url = page.get_url(request)
    is_variant = query.is_filtered or query.params() != query.params(include_sort=False) or page_obj.number > 1
    context = {
        "page": page,
        "query": query,
        "facets": facets,
        "facets_html": facets_html(query, facets),
        "chips": query.chips,
        "page_obj": page_obj,
        "items": page_obj.object_list,
        "result_count": count,
        "result_count_label": count_label(count),
        "listing_url": base_url,
        "pagination_querystring_base": query.querystring(),
        "feed_url": feed_url(page, request, query),
        "feed_title": feed_title(page, query),
        "follow_url": follow_url(query),
        "canonical_url": request.build_absolute_uri(base_url),
        "breadcrumbs": breadcrumbs(page, request),
        "noindex": is_variant,
        "sort_options": query.sort_options(),
        "active_filter_count": sum(1 for chip in query.chips if chip.param != "q"),
        "grouped": grouped,
        "group_heading": (PAST_HEADING if page_obj.is_past_group else UPCOMING_HEADING) if grouped else "",
        # On the last page of events to come: a way to the past ones.
        "past_events_url": (
            f"?{query.querystring(page=page_obj.paginator.first_past_page)}"
            if grouped and page_obj.paginator.first_past_page == page_obj.number + 1
            else ""
        ),
        "nothing_planned": grouped and page_obj.number == 1 and upcoming == 0,
        "meta_description": page.search_description or page.intro,
    }
    return TemplateResponse(request, "discovery/listing_page.html", context)
