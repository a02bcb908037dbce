"""Public views outside the page tree: search, its suggestions and themes."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from articles import content_cache, kinds
from articles.calendar import ics_response
from articles.models import ContentPage, EventPage, Theme
from articles.page_meta import trail
from articles.sections import AGENDA, KENNISBANK, THEMAS

from .filters import ListingQuery, parse_page_number
from .listing import CachedSlices
from .pagination import page_or_404
from .search.backend import SearchUnavailable, backend_errors_as_unavailable
from .search.counting import record_search
from .search.did_you_mean import closest_titles
from .search.promotions import promotions_for
from .search.ranking import ranked_matches
from .search.snippets import content_snippet, hit_snippet
from .search.suggestions import suggest
from .text import clean_query, search_terms, words_key

RESULTS_PER_PAGE = 10
THEME_PAGE_SIZE = 12
SUGGESTION_LIMIT = 8
SUGGESTION_MIN_LENGTH = 2
THEME_INDEX_INTRO = (
    f"De redactie ordent alle {kinds.in_words()} op thema. "
    "Kies een thema om te zien wat er over te lezen, te leren en mee te doen is."
)


@dataclass
class SearchResult:
    """One result as the template shows it: a content item or a `Hit`."""

    title: str
    url: str
    kind_label: str
    snippet: str
    #: The content item itself (None for a `Hit`): its one date is shown as on every card.
    page: object = None
    themes: list = field(default_factory=list)
    regions: list = field(default_factory=list)


def result_page(keys, matches, request):
    """The results of one page of `keys` (content ids and hit keys), as
    {key: SearchResult}, with two queries for the content items (pages,
    then their themes and regions) and none for the hits. A content item
    gone offline since the ranking was computed has no result."""
    hits = {hit.key: hit for hit in matches.hits}
    content_ids = [key for key in keys if key not in hits]
    pages = {}
    if content_ids:
        pages = {
            page.pk: page
            for page in ContentPage.objects.filter(pk__in=content_ids).prefetch_related("themes", "regions")
        }
    results = {}
    for key in keys:
        if key in hits:
            hit = hits[key]
            results[key] = SearchResult(
                hit.title, hit.get_url(request), hit.kind_label, hit_snippet(hit, matches.words)
            )
        elif key in pages:
            page = pages[key]
            results[key] = SearchResult(
                page.title,
                page.get_url(request),
                page.kind_label,
                content_snippet(page, matches.words),
                page=page,
                themes=[theme for theme in page.themes.all() if theme.live],
                regions=[{"title": region.title, "url": region.get_url(request)} for region in page.regions.all()],
            )
    return results


SEARCH_RESULT_TEMPLATE = "components/search_result.html"


def results_html(keys, matches, terms, request):
    """SEARCH_RESULT_TEMPLATE for each of `keys`, in order, as one string.

    A result shows its item and the words it was found by, so its markup is
    derived data like a listing result's (listing.py, `render_results`):
    cached per content version, item and words (and at most
    CONTENT_CACHE_SECONDS, for "Nu bezig" and "Afgelopen"), fetched in one
    round trip. A repeated search (the popular ones) then reads no page
    body, builds no snippet and renders no result template."""
    prefix = f"search-result:{request.get_host()}:{words_key(terms)}"
    names = {f"{prefix}:{key}": key for key in keys}

    def render(missing):
        results = result_page([names[name] for name in missing], matches, request)
        return {
            name: render_to_string(SEARCH_RESULT_TEMPLATE, {"result": results[names[name]]})
            if names[name] in results
            else ""
            for name in missing
        }

    html = content_cache.cached_many(list(names), render)
    return mark_safe("".join(html[name] for name in names))  # noqa: S308 - our own template's output


@require_safe
@never_cache
def search(request):
    """`/zoeken/`: a GET form, and with a query its filtered, counted and
    paginated results: content items, opgaven, regions, themes and pages.
    Never cached; `noindex` in the page head."""
    query = ListingQuery(request.GET, search=True)
    terms = search_terms(query.q)
    search_url = reverse("discovery:search")
    context = {
        "query": query,
        "search_query": query.q,
        "terms": terms,
        "search_url": search_url,
        "breadcrumbs": trail(("Zoeken", search_url)),
        "canonical_url": request.build_absolute_uri(search_url),
        "og_title": "Zoeken",
    }
    if not query.q:
        return TemplateResponse(request, "discovery/search.html", context)
    if not terms:
        context["no_words"] = True
        return TemplateResponse(request, "discovery/search.html", context)

    try:
        matches = ranked_matches(query, terms, with_hubs=True)
    except SearchUnavailable:
        # 200 with a Dutch message; the rest of the site does not need search.
        context["search_unavailable"] = True
        return TemplateResponse(request, "discovery/search.html", context)
    page_obj = page_or_404(matches.ordered, RESULTS_PER_PAGE, query.page_number)
    context["results_html"] = results_html(list(page_obj.object_list), matches, terms, request)
    total = page_obj.paginator.count
    context.update(
        page_obj=page_obj,
        total=total,
        facets=query.facets(matches.matched_ids, cache_as=f"search:{words_key(terms)}", hits=matches.hits),
        sort_options=query.sort_options(),
        pagination_querystring_base=query.querystring(),
        filter_chips=[chip for chip in query.chips if chip.param != "q"],
        # "RES" is searched as "Regionale Energiestrategie" too: the page says so.
        also_searched=matches.words.alternatives,
    )
    if query.page_number == 1:
        context["promotions"] = promotions_for(query.q, request)
        record_search(query.q, matches.unfiltered_total)
    if total == 0:
        unfiltered_total = matches.unfiltered_total if query.selected else 0
        context["unfiltered_total"] = unfiltered_total
        context["without_filters_querystring"] = urlencode([("q", query.q)])
        if not unfiltered_total:
            context["did_you_mean"] = [
                {"title": page.title, "url": page.get_url(request)}
                for page in closest_titles(query.q, query.base_queryset())
            ]
    return TemplateResponse(request, "discovery/search.html", context)


@require_safe
@never_cache
def suggestions(request):
    """`/zoeken/suggesties/?q=`: up to SUGGESTION_LIMIT pages and themes whose
    title has words starting with the typed text, named things (opgaven,
    regions, themes, pages) first, as JSON `[{"title": …, "url": …, "kind":
    …}]`. Fewer than two characters give `[]`."""
    text = clean_query(request.GET.get("q", ""))
    terms = search_terms(text)
    items = []
    if len(text) >= SUGGESTION_MIN_LENGTH and terms:
        try:
            items = backend_errors_as_unavailable(lambda: suggest(terms, SUGGESTION_LIMIT, request))
        except SearchUnavailable:
            items = []  # the backend is down: no suggestions; the search form still works
    response = JsonResponse(items, safe=False, json_dumps_params={"ensure_ascii": False})
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def theme_detail(request, slug):
    """One theme: its description and its content, newest first, paginated
    with `pagina` like the listings (a page past the end is a 404). It lists
    exactly the kennisbank filtered by this theme, and announces that feed."""
    theme = get_object_or_404(Theme, slug=slug, live=True)
    content = ContentPage.objects.published().linked_to(theme=theme).newest_first()
    # The count and each page's ids are derived data (per content version), as on the listings: at
    # 50,000 items counting and sorting a popular theme's content was most of the page's time.
    count = content_cache.cached(f"theme:{theme.pk}:count", content.count, stale=False)
    slices = CachedSlices(content, f"theme:{theme.pk}:page-ids")
    page_obj = page_or_404(slices, THEME_PAGE_SIZE, parse_page_number(request.GET.get("pagina", "")), count=count)
    shown = ContentPage.objects.published().filter(pk__in=page_obj.object_list).cards().with_card_images()
    by_pk = {item.pk: item for item in shown}
    page_obj.object_list = [by_pk[pk] for pk in page_obj.object_list if pk in by_pk]
    url = request.build_absolute_uri(theme.get_absolute_url())
    context = {
        "theme": theme,
        "page_obj": page_obj,
        "items": page_obj.object_list,
        "canonical_url": url if page_obj.number == 1 else f"{url}?pagina={page_obj.number}",
        "meta_description": theme.description,
        "og_title": theme.name,
        "og_description": theme.description,
        "og_type": "website",
        "breadcrumbs": trail((THEMAS.title, THEMAS.path), (theme.name, theme.get_absolute_url())),
        "listing_url": KENNISBANK.url(thema=theme.slug),
        "feed_url": KENNISBANK.feed_url(thema=theme.slug),
    }
    return TemplateResponse(request, "discovery/theme_detail.html", context)


@require_safe
def theme_index(request):
    """`/thema/`: every theme with its description and how much content it
    holds. The counts are the kennisbank's own theme facet (cached per
    content version), so a theme here and its filter there always agree."""
    query = ListingQuery({})
    counts = {
        option.value: option.count for facet in query.facets() if facet.param == "thema" for option in facet.options
    }
    themes = [
        {
            "name": theme.name,
            "description": theme.description,
            "url": theme.get_absolute_url(),
            "count": counts.get(theme.slug, 0),
        }
        for theme in Theme.objects.filter(live=True)
    ]
    context = {
        "themes": themes,
        "canonical_url": request.build_absolute_uri(THEMAS.path),
        "meta_description": THEME_INDEX_INTRO,
        "og_title": THEMAS.title,
        "breadcrumbs": trail((THEMAS.title, THEMAS.path)),
        "intro": THEME_INDEX_INTRO,
    }
    return TemplateResponse(request, "discovery/theme_index.html", context)


@require_safe
def event_calendar(request, slug):
    """`/agenda/<slug>/evenement.ics`: one live, public event as iCalendar."""
    event = get_object_or_404(EventPage.objects.published(), slug=slug, url_path__endswith=f"/{AGENDA.key}/{slug}/")
    return ics_response(event, request)
