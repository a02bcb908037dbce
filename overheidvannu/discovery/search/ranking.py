"""Matching and ranking: which content and hubs a query finds, in the order
the visitor sees them (README, "How search ranks").

The backend only answers "which pages match these words, and how well";
`ranked_matches()` turns that into one ordered list of content ids and hub
keys. Everything else (filters, facet counts, date sorting, pagination) is
`discovery.filters.ListingQuery`, exactly as on the listings, so switching
the backend (PostgreSQL, SQLite, Elasticsearch/OpenSearch) changes nothing
above this package.

By relevance, the same on every backend:
1. opgaven, regions, themes and pages named by the query (hubs.py);
2. content whose title holds every word;
3. content whose title and linked opgaven, regions and themes together hold
   every word (so "energietransitie achterhoek" puts content linked to both first);
4. other opgaven, regions, themes and pages that mention the words, the one
   most of the matching content links to first;
5. all other content, by the backend's relevance;
6. events that have ended, in the same order among themselves: a topic's
   current content comes before its archive.
Editors' picks (promotions.py) stand above all of these, apart from the results.

PostgreSQL decides "holds the word" with the `dutch_unaccent` configuration
(stemming, accents folded); other backends with the same stemmer in Python
(words.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import BooleanField, Case, ExpressionWrapper, F, IntegerField, Q, Value, When
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from articles import content_cache
from articles.models import ContentPage

from ..filters import SORT_RELEVANCE, load_vocabulary
from ..text import words_key
from .backend import (
    InIntegerArray,
    backend_errors_as_unavailable,
    backend_query,
    group_title_query,
    is_postgres_database_backend,
    named_title_query,
)
from .hubs import find_hubs
from .vocabulary import expand
from .words import holds

# Backends without a queryset interface (Elasticsearch, SQLite FTS) hand back
# at most this many best matches; filters and facets then work over those.
FALLBACK_MATCH_LIMIT = 300


@dataclass(frozen=True)
class Ranked:
    """Content matches, best first: `lead` of them named by the query (steps
    2 and 3), the first `current` of them not past events (step 6 follows)."""

    ids: list
    lead: int
    current: int


def _link_conditions(words):
    """Per naming group, a Q for the content linked to an opgave, region or
    theme whose name holds it (in one of its forms); None for a group no name holds."""
    vocabulary = load_vocabulary()
    conditions = []
    for group in words.naming_groups:
        parts = [
            Q(pk__in=ContentPage.objects.ids_linked_to_slugs(relation, slugs))
            for param, relation in (("opgave", "opgaven"), ("regio", "regions"), ("thema", "themes"))
            if (slugs := [slug for slug, label in vocabulary[param].items() if any(holds(label, f) for f in group)])
        ]
        conditions.append(reduce(or_, parts) if parts else None)
    return conditions


def _has_ended():
    return Case(When(display_end__lt=timezone.now(), then=Value(1)), default=Value(0), output_field=IntegerField())


def ranked_content(words, base_queryset):
    """The content pages within `base_queryset` that contain every word
    (SearchWords), as Ranked. PostgreSQL returns every match; other
    backends their best FALLBACK_MATCH_LIMIT."""
    backend = get_search_backend()
    query = backend_query(words)
    groups = words.naming_groups
    links = _link_conditions(words)
    if is_postgres_database_backend(backend):
        # The backend accepts only its FilterFields in the queryset it searches,
        # so the base (live, public, …) is applied to its queryset afterwards.
        results = backend.search(query, ContentPage.objects.live()).annotate_score("backend_score")
        whens = [When(named_title_query(words), then=Value(2))]
        if any(links):
            covered = [
                group_title_query(group) | link if link else group_title_query(group)
                for group, link in zip(groups, links, strict=True)
            ]
            whens.append(When(reduce(and_, covered), then=Value(1)))
        rows = list(
            results.get_queryset()
            .filter(pk__in=base_queryset.order_by().values("pk"))
            .annotate(tier=Case(*whens, default=Value(0), output_field=IntegerField()), ended=_has_ended())
            .order_by("ended", "-tier", "-backend_score", "-pk")
            .values_list("pk", "tier", "ended")
        )
        return Ranked(
            [pk for pk, _tier, _ended in rows],
            sum(1 for _pk, tier, ended in rows if tier and not ended),
            sum(1 for _pk, _tier, ended in rows if not ended),
        )
    hits = [hit.pk for hit in backend.search(query, ContentPage.objects.live())[:FALLBACK_MATCH_LIMIT]]
    flags = {f"link_{n}": ExpressionWrapper(link, output_field=BooleanField()) for n, link in enumerate(links) if link}
    tiers = {}
    rows = base_queryset.filter(pk__in=hits).annotate(ended=_has_ended(), **flags)
    for pk, title, ended, *linked in rows.values_list("pk", "title", "ended", *flags):
        linked = dict(zip(flags, linked, strict=True))
        in_title = [any(holds(title, form) for form in group) for group in groups]
        if groups and all(in_title):
            tier = 2
        elif groups and all(hit or linked.get(f"link_{n}") for n, hit in enumerate(in_title)):
            tier = 1
        else:
            tier = 0
        tiers[pk] = (ended, -tier)
    ids = sorted((pk for pk in hits if pk in tiers), key=lambda pk: tiers[pk])  # stable: backend order within a tier
    return Ranked(
        ids,
        sum(1 for pk in ids if not tiers[pk][0] and tiers[pk][1]),
        sum(1 for pk in ids if not tiers[pk][0]),
    )


def match(terms, base_queryset):
    """Ids of the content pages within `base_queryset` that contain every
    term (abbreviations widened, vocabulary.py), best first (see
    `ranked_content`). Raises SearchUnavailable when the search backend fails."""
    return backend_errors_as_unavailable(lambda: ranked_content(expand(terms), base_queryset)).ids


def matching_among(terms, ids):
    """The ids among `ids` (content pages) whose text holds every term, by
    the same backend and query as a listing's `q`. The backend is asked about
    these pages only (`id` is one of Wagtail's filter fields), so no limit of
    a backend cuts one off: for a few new items at a time, as the alerts ask.
    Raises SearchUnavailable when the search backend fails."""
    ids = list(ids)
    if not ids or not terms:
        return set()

    def found():
        query = backend_query(expand(terms))
        results = get_search_backend().search(query, ContentPage.objects.live().filter(id__in=ids))
        return {page.pk for page in results[: len(ids)]}

    return backend_errors_as_unavailable(found)


def pages_with_ids(ids):
    """ContentPage queryset of exactly `ids`, in one small query however many
    tens of thousands of pages matched."""
    if connection.vendor == "postgresql":
        return ContentPage.objects.filter(InIntegerArray(F("pk"), list(ids)))
    return ContentPage.objects.filter(pk__in=list(ids))


@dataclass
class Matches:
    """A text query's results. `words`: the query's SearchWords (with the
    vocabulary's alternatives); `matched_ids`: every content match within the
    query's base, best first; `matched`: those as a queryset (for facet
    counts); `hits`: the opgaven, regions, themes and pages found (search
    only); `ordered`: what passes the filters, in the visitor's order, as
    content ids (ints) and hit keys (strings)."""

    words: object
    matched_ids: list
    matched: object
    hits: list
    ordered: list

    @property
    def unfiltered_total(self):
        """How many results the words find, whatever the filters."""
        return len(self.matched_ids) + len(self.hits)


def ranked_matches(query, terms, *, with_hubs=False):
    """A text query's results in the order the visitor asked for. Used by
    `/zoeken/` (`with_hubs`) and by listings given a `q` (content only).

    By relevance, the ranking of the module docstring; by date, the hits
    without a date first (named ones leading), then content by date.
    """
    words = expand(terms)
    # The ranked matches depend only on the words and the content, so they
    # are shared between requests (and pages of results) per content version.
    # An event that ends meanwhile moves down at the latest when the entry
    # expires (CONTENT_CACHE_SECONDS).
    key = words_key(terms)
    ranked = content_cache.cached(
        f"ranked-content:{query.fixed_kind or ''}:{key}",
        lambda: backend_errors_as_unavailable(lambda: ranked_content(words, query.base_queryset())),
    )
    matched = pages_with_ids(ranked.ids)
    hits = []
    if with_hubs:
        hits = content_cache.cached(
            f"hub-hits:{key}",
            lambda: backend_errors_as_unavailable(lambda: find_hubs(get_search_backend(), words, ranked.ids)),
        )

    def order():
        if query.sort != SORT_RELEVANCE:
            return list(query.order(query.filter(matched)).values_list("pk", flat=True)), 0, 0
        if not query.selected:
            return ranked.ids, ranked.lead, ranked.current
        kept = set(query.filter(matched).values_list("pk", flat=True))
        parts = (ranked.ids[: ranked.lead], ranked.ids[ranked.lead : ranked.current], ranked.ids[ranked.current :])
        leading, current, ended = ([pk for pk in part if pk in kept] for part in parts)
        return leading + current + ended, len(leading), len(leading) + len(current)

    content_ids, lead, current = content_cache.cached(query.cache_key("ranked-order", key, query.sort), order)
    if query.sort != SORT_RELEVANCE:
        current = len(content_ids)  # by date, past events keep their place in time
    kept = [hit for hit in hits if query.keeps(hit)]
    named = [hit.key for hit in kept if hit.named]
    others = [hit.key for hit in kept if not hit.named]
    ordered = named + content_ids[:lead] + others + content_ids[lead:current] + content_ids[current:]
    return Matches(words, ranked.ids, matched, hits, ordered)
