"""Rendering of the filterable listings (`/kennisbank/`, `/verhalen/`, …).

The query string is read by `discovery.filters.ListingQuery` and nothing
else; this module only pages, fetches and renders what it returns. The cost of
a listing page is flat: a fixed number of queries whatever the number of
results (see `tests/discovery/test_listing.py`).
"""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from articles.models import ContentPage
from articles.page_meta import breadcrumbs

from .filters import SORT_NEWEST, ListingQuery
from .pagination import page_or_404
from .search.ranking import ranked_matches
from .text import search_terms, words_key

PAGE_SIZE = 12


def listing_query(request, page):
    """The listing's validated query (its `type` pinned on a per-type index)."""
    return ListingQuery(request.GET, fixed_kind=page.listing_kind)


def ordered_results(query):
    """The listing's results for `query`: (facets, result count, ordered ids
    or queryset). With words in `q`, the text search's matches narrowed by the
    filters and ordered by relevance or date; otherwise the filtered content,
    newest or oldest first."""
    terms = search_terms(query.q)
    if terms:
        matches = ranked_matches(query, terms)
        facets = query.facets(matches.matched, cache_as=f"search:{words_key(terms)}")
        return facets, len(matches.ordered), matches.ordered
    facets = query.facets()  # also counts the results, which saves the paginator its COUNT query
    return facets, query.result_count, query.order(query.filter())


def result_items(object_list, request):
    """The items of one result page, with what a result shows, in order."""
    if isinstance(object_list, list):  # ids in relevance or date order
        by_pk = {item.pk: item for item in ContentPage.objects.filter(pk__in=object_list).with_result_data()}
        items = [by_pk[pk] for pk in object_list if pk in by_pk]
    else:
        items = list(object_list.with_result_data())
    return attach_urls(items, request)


def attach_urls(items, request):
    """Give each item its `url` from its `url_path` and the request's cached
    site root paths, without walking its parents."""
    for item in items:
        item.listing_url = item.get_url(request)
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
    upcoming = upcoming_count(results) if grouped else None
    page_obj = page_or_404(results, PAGE_SIZE, query.page_number, count=count, upcoming=upcoming)
    page_obj.object_list = result_items(page_obj.object_list, request)

    base_url = page.get_url(request)
    is_variant = query.is_filtered or query.params() != query.params(include_sort=False) or page_obj.number > 1
    context = {
        "page": page,
        "query": query,
        "facets": facets,
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
        "result_heading_level": 4 if grouped else 3,
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
