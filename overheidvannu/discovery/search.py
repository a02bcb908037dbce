"""Full-text matching behind `/zoeken/` and every listing's `q`.

The search backend only answers "which content pages match these words, and
how well": `match()` turns a query into a queryset of matching `ContentPage`s
annotated with `search_score`. Everything else — filters, facet counts, date
sorting, pagination — is `discovery.filters.ListingQuery`, exactly as on the
listings, applied to that queryset. So switching the backend (PostgreSQL,
SQLite, Elasticsearch/OpenSearch) changes nothing above `match()`.

PostgreSQL-only extras (ts_headline snippets, trigram "Bedoelde u" titles) are
guarded by `connection.vendor`; elsewhere a small Python highlighter is used
and the typo help is left out.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from django.db import DatabaseError, connection
from django.db.models import Case, F, FloatField, Lookup, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch.query import PlainText
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published

from articles.models import ContentPage

from . import content_cache
from .filters import SORT_RELEVANCE
from .text import MARK_START, MARK_STOP, words_key

# Backends without a queryset interface (Elasticsearch, SQLite FTS) hand back
# at most this many best matches; filters and facets then work over those.
FALLBACK_MATCH_LIMIT = 300
DID_YOU_MEAN_LIMIT = 5
DID_YOU_MEAN_THRESHOLD = 0.35
SEARCH_CONFIG = "dutch_unaccent"

logger = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """The search backend (SEARCH_URL) cannot be reached or used."""

    # Where no view handles it (a listing or feed given `q`), the site's
    # error handler answers 503 with Retry-After rather than 500.
    service_unavailable = True


def backend_errors_as_unavailable(call):
    """`call()`, with any failure of a search backend raised as
    SearchUnavailable (and logged). Database errors pass unchanged: an
    unreachable database is the site's 503, not a search problem."""
    try:
        return call()
    except DatabaseError:
        raise
    except Exception as error:
        logger.exception("Search backend failed")
        raise SearchUnavailable(str(error)) from error


# ts_headline puts MARK_START/MARK_STOP around matched words; they are
# swapped for <mark> only after the snippet has been HTML-escaped, so no
# stored text can inject markup.


def _is_postgres_database_backend(backend):
    if connection.vendor != "postgresql":
        return False
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return isinstance(backend, PostgresSearchBackend)


# --- matching ----------------------------------------------------------------


def match(terms, base_queryset):
    """Ids of the content pages within `base_queryset` that contain every
    term, best match first.

    The match is computed once per request and handed on as a list, so the
    filters, facet counts and pages that follow do not evaluate the text query
    again. PostgreSQL returns every match; other backends their best
    FALLBACK_MATCH_LIMIT. Raises SearchUnavailable when the backend fails.
    """
    return backend_errors_as_unavailable(lambda: _match(terms, base_queryset))


def _match(terms, base_queryset):
    backend = get_search_backend()
    query = PlainText(" ".join(terms), operator="and")
    if _is_postgres_database_backend(backend):
        from django.contrib.postgres.search import SearchQuery

        # The backend accepts only its FilterFields in the queryset it searches,
        # so the base (live, public, …) is applied to its queryset afterwards.
        results = backend.search(query, ContentPage.objects.live()).annotate_score("backend_score")
        # ts_rank alone can put a word in a long intro above the same word in a
        # short title; a page whose title holds every term comes first.
        title_hit = Case(
            When(
                index_entries__title=SearchQuery(" ".join(terms), search_type="plain", config=SEARCH_CONFIG),
                then=Value(1.0),
            ),
            default=Value(0.0),
            output_field=FloatField(),
        )
        ranked = (
            results.get_queryset()
            .filter(pk__in=base_queryset.order_by().values("pk"))
            .annotate(search_score=title_hit + F("backend_score"))
            .order_by("-search_score", "-pk")
        )
        return list(ranked.values_list("pk", flat=True))
    hits = [hit.pk for hit in backend.search(query, ContentPage.objects.live())[:FALLBACK_MATCH_LIMIT]]
    allowed = set(base_queryset.filter(pk__in=hits).values_list("pk", flat=True))
    return [pk for pk in hits if pk in allowed]


class InIntegerArray(Lookup):
    """`lhs = ANY('{…}'::integer[])`: one literal array that PostgreSQL (14+)
    turns into a hash table, instead of `IN (…)` with one parameter per id or
    `IN (SELECT unnest(…))`, whose row estimate leads to a nested loop."""

    lookup_name = "in_integer_array"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::integer[])", (*params, [int(pk) for pk in self.rhs])


def pages_with_ids(ids):
    """ContentPage queryset of exactly `ids`, in one small query however many
    tens of thousands of pages matched."""
    if connection.vendor == "postgresql":
        return ContentPage.objects.filter(InIntegerArray(F("pk"), list(ids)))
    return ContentPage.objects.filter(pk__in=list(ids))


def ranked_matches(query, terms):
    """A text query's results in the order the visitor asked for.

    Returns (matched_ids, matched, ordered_ids): every match of `terms`
    within the query's base (best first), those matches as a queryset (for
    facet counts), and the matches that pass the query's filters, ordered by
    relevance or date. Used by `/zoeken/` and by listings given a `q`.
    """
    # The ranked matches depend only on the words and the content, so they
    # are shared between requests (and pages of results) per content version.
    words = words_key(terms)
    matched_ids = content_cache.cached(
        f"matches:{query.fixed_kind or ''}:{words}", lambda: match(terms, query.base_queryset())
    )
    matched = pages_with_ids(matched_ids)

    def order():
        if query.sort == SORT_RELEVANCE:
            if not query.selected:
                return matched_ids
            kept = set(query.filter(matched).values_list("pk", flat=True))
            return [pk for pk in matched_ids if pk in kept]
        return list(query.order(query.filter(matched)).values_list("pk", flat=True))

    ordered_ids = content_cache.cached(query.cache_key("ordered", words, query.sort), order)
    return matched_ids, matched, ordered_ids


# --- snippets ----------------------------------------------------------------


def _marked_to_html(text):
    """Escape `text` and turn balanced marker pairs into <mark> elements."""
    html, open_mark = [], False
    for part in re.split(f"([{MARK_START}{MARK_STOP}])", text):
        if part == MARK_START:
            if not open_mark:
                html.append("<mark>")
                open_mark = True
        elif part == MARK_STOP:
            if open_mark:
                html.append("</mark>")
                open_mark = False
        else:
            html.append(escape(part))
    if open_mark:
        html.append("</mark>")
    return mark_safe("".join(html))  # noqa: S308 - every text part is escaped above


def _fold(text):
    """Lower case without accents, for the Python highlighter."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def highlight_text(text, terms, max_chars=240):
    """Python highlighter for backends without ts_headline: marks every word
    that starts with the first five letters of a term (a rough stand-in for
    stemming, so "woningen" marks "woning"), accents ignored, and cuts the
    text around the first match. Returns escaped, safe HTML."""
    stems = [_fold(term)[:5] for term in terms if term]
    marked, first_match = [], None
    for word in re.split(r"(\w+)", text):
        if word and word[0].isalnum() and any(_fold(word).startswith(stem) for stem in stems):
            if first_match is None:
                first_match = sum(len(part) for part in marked)
            marked.append(f"{MARK_START}{word}{MARK_STOP}")
        else:
            marked.append(word)
    marked_text = "".join(marked)
    if len(marked_text) > max_chars:
        start = max(0, (first_match or 0) - 60)
        end = start + max_chars
        while end < len(marked_text) and marked_text[end - 1] == MARK_START:
            end += 1
        marked_text = ("… " if start else "") + marked_text[start:end].strip() + " …"
    return _marked_to_html(marked_text)


def with_snippets(queryset, terms):
    """Annotate `snippet_raw` (ts_headline over the indexed intro and body
    text) on PostgreSQL. Call on one page of results only."""
    if connection.vendor != "postgresql" or not _is_postgres_database_backend(get_search_backend()):
        return queryset
    from django.contrib.postgres.search import SearchHeadline, SearchQuery

    return queryset.annotate(
        snippet_raw=SearchHeadline(
            F("index_entries__body_text"),
            SearchQuery(" ".join(terms), search_type="plain", config=SEARCH_CONFIG),
            config=SEARCH_CONFIG,
            start_sel=MARK_START,
            stop_sel=MARK_STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
    )


def snippet_for(page, terms):
    raw = getattr(page, "snippet_raw", None)
    if raw and MARK_START in raw:
        return _marked_to_html(raw)
    return highlight_text(page.intro or "", terms)


# --- "did you mean" ------------------------------------------------------------


def closest_titles(query_text, base_queryset):
    """Live content whose title looks like the (probably mistyped) query,
    by trigram word similarity. PostgreSQL only; elsewhere nothing."""
    if connection.vendor != "postgresql" or not query_text:
        return []
    from django.contrib.postgres.search import TrigramWordDistance

    # Nearest titles first by word distance (`'query' <<-> title`), which the
    # GiST trigram index on page titles answers without scoring every title.
    # The threshold is applied here, not in SQL: a WHERE on the distance
    # would make PostgreSQL score every title instead of walking the index.
    nearest = (
        base_queryset.annotate(distance=TrigramWordDistance(query_text, "title"))
        .order_by("distance")
        .only("id", "title", "url_path", "depth", "path")[:DID_YOU_MEAN_LIMIT]
    )
    return [page for page in nearest if page.distance <= 1 - DID_YOU_MEAN_THRESHOLD]


# --- editors' picks ----------------------------------------------------------


def promotions_for(query_text, request):
    """Editors' picks for this query (wagtail.contrib.search_promotions):
    live pages and external links, in the editors' order, as
    {"title", "url", "description"}."""
    normalised = normalise_query_string(query_text)
    picks = SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    promotions = []
    for pick in picks:
        if pick.page is not None:
            if pick.page.live:
                promotions.append(
                    {"title": pick.page.title, "url": pick.page.get_url(request), "description": pick.description}
                )
        elif pick.external_link_url:
            title = pick.external_link_text or pick.external_link_url
            promotions.append({"title": title, "url": pick.external_link_url, "description": pick.description})
    return promotions


def record_query(query_text):
    """Count the query so popular searches show in the admin
    (Instellingen → Gepromote zoekresultaten)."""
    Query.get(query_text).add_hit()


# --- keeping the index current ------------------------------------------------


def reindex_published_page(sender, instance, **kwargs):
    """Index a page again once publishing has finished.

    Wagtail indexes on post_save, which modelcluster sends *before* it writes
    the page's many-to-many links (themes, opgaven, regions, authors); so
    without this a change of region only became searchable at the next save.
    """
    if isinstance(instance, ContentPage):
        insert_or_update_object(instance)


REINDEX_PUBLISHED_PAGE = "ovn-reindex-published-page"


def connect_signals():
    page_published.connect(reindex_published_page, dispatch_uid=REINDEX_PUBLISHED_PAGE)
