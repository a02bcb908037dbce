"""Rendering of the filterable listings (`/kennisbank/`, `/verhalen/`, …).

The query string is read by `articles.filters.ListingQuery` and nothing else;
this module only pages, fetches and renders what it returns. The cost of a
listing page is flat: a fixed number of queries whatever the number of
results (see `tests/test_listing.py`).
"""

from django.core.paginator import EmptyPage, Paginator
from django.db.models import F, Prefetch
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from .filters import SORT_OPTIONS, SORT_RELEVANCE, ListingQuery
from .models import ContentKind, ContentPage

PAGE_SIZE = 12

# The renditions result_item.html asks for; prefetched in one query so no
# image costs a query of its own. Keep in step with the template.
RESULT_IMAGE_SPECS = Filter.expand_spec("format-{webp,jpeg} fill-{320x180,640x360}")

# Which header navigation item a listing belongs to (see components/header.html).
NAV_SECTIONS = {
    None: "kennisbank",
    ContentKind.VERHAAL: "verhalen",
    ContentKind.ESSAY: "essays",
    ContentKind.TIP: "tips",
    ContentKind.EVENEMENT: "agenda",
}


def listing_params(request):
    """The listing's query parameters, with `q` made safe for the search
    backend (as on `/zoeken/`): a listing narrows by text too."""
    from .search import clean_query

    params = request.GET.copy() if isinstance(request.GET, QueryDict) else QueryDict(mutable=True)
    if "q" in params:
        params["q"] = clean_query(params.get("q", ""))
    return params


def ordered_results(query):
    """The listing's results for `query`: (facets, result count, ordered ids
    or queryset). With words in `q`, the text search's matches narrowed by the
    filters and ordered by relevance or date; otherwise the filtered content,
    newest or oldest first."""
    from .search import ranked_matches, search_terms, words_key

    terms = search_terms(query.q)
    if terms:
        _matched_ids, matched, ordered_ids = ranked_matches(query, terms)
        return query.facets(matched, cache_as=f"search:{words_key(terms)}"), len(ordered_ids), ordered_ids
    facets = query.facets()  # also counts the results, which saves the paginator its COUNT query
    return facets, query.result_count, query.order(query.filter())


def result_items(object_list, request):
    """The items of one result page, with what a result shows, in order."""
    if isinstance(object_list, list):  # ids in relevance or date order
        by_pk = {item.pk: item for item in with_result_data(ContentPage.objects.filter(pk__in=object_list))}
        items = [by_pk[pk] for pk in object_list if pk in by_pk]
    else:
        items = list(with_result_data(object_list))
    return attach_urls(items, request)


def listing_query(request, page):
    return ListingQuery(listing_params(request), fixed_kind=page.listing_kind)


def with_result_data(queryset):
    """Everything a result item shows, fetched with the results: the image row
    by a join, its renditions in one extra query, an event's start date as an
    annotation (no `.specific`, no query per item)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=RESULT_IMAGE_SPECS)
    return (
        queryset.defer("body")  # the one large column, never shown in a result
        .select_related("listing_image")
        .prefetch_related(Prefetch("listing_image__renditions", queryset=renditions, to_attr="prefetched_renditions"))
        .annotate(event_start=F("eventpage__start"))
    )


def attach_urls(items, request):
    """Give each item its `url` from its `url_path` and the request's cached
    site root paths, without walking its parents."""
    for item in items:
        item.listing_url = item.get_url(request)
    return items


def listing_url(page, request):
    return page.get_url(request)


def feed_url(page, request, query):
    querystring = query.querystring()
    return listing_url(page, request) + "feed/" + (f"?{querystring}" if querystring else "")


def listing_breadcrumbs(page, url):
    """Home and the listing. A listing is always a child of the home page
    (ListingPage.parent_page_types), so the home URL is the listing's URL
    without its own slug: no query for the ancestors."""
    home_url = url[: -(len(page.slug) + 1)] if url.endswith(f"{page.slug}/") else "/"
    return [{"title": "Home", "url": home_url or "/"}, {"title": page.title, "url": url}]


def count_label(count):
    return f"{count} resultaat" if count == 1 else f"{count} resultaten"


def render_listing(request, page):
    query = listing_query(request, page)
    facets, count, results = ordered_results(query)
    paginator = Paginator(results, PAGE_SIZE)
    paginator.count = count
    try:
        page_obj = paginator.page(query.page_number)
    except EmptyPage as error:
        raise Http404("Deze pagina van het overzicht bestaat niet.") from error
    page_obj.object_list = result_items(page_obj.object_list, request)

    base_url = listing_url(page, request)
    is_variant = query.is_filtered or query.params() != query.params(include_sort=False) or page_obj.number > 1
    context = {
        "page": page,
        "query": query,
        "facets": facets,
        "chips": query.chips,
        "page_obj": page_obj,
        "items": page_obj.object_list,
        "result_count": paginator.count,
        "result_count_label": count_label(paginator.count),
        "listing_url": base_url,
        "pagination_querystring_base": query.querystring(),
        "feed_url": feed_url(page, request, query),
        "feed_title": feed_title(page, query),
        "canonical_url": request.build_absolute_uri(base_url),
        "breadcrumbs": listing_breadcrumbs(page, base_url),
        "noindex": is_variant,
        "nav_section": NAV_SECTIONS.get(page.listing_kind, "kennisbank"),
        "sort_options": [(value, label) for value, label in SORT_OPTIONS.items() if value != SORT_RELEVANCE or query.q],
        "meta_description": page.search_description or page.intro,
    }
    return TemplateResponse(request, "articles/listing_page.html", context)


def feed_title(page, query):
    """A Dutch title that says what the feed holds, e.g. "Kennisbank: Thema: Sterk bestuur"."""
    labels = [chip.label for chip in query.chips]
    return f"{page.title}: {', '.join(labels)}" if labels else page.title


def render_feed(request, page):
    from .feeds import render_feed as render

    return render(request, page)
