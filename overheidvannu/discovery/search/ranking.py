"""Matching and ranking: which content and hubs a query finds, in the order
the visitor sees them (README, "How search ranks").

The backend only answers "which pages match these words, and how well";
`ranked_matches()` turns that into the results in order, content ids and hub
keys, as the paginator reads them. The filters, facet counts and date orders
are `discovery.filters.ListingQuery`'s, exactly as on the listings, so
switching the backend (PostgreSQL, SQLite, Elasticsearch/OpenSearch) changes
nothing above this package.

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

On PostgreSQL the content is ranked, filtered, merged with the hubs and
paged by one query per results page (`RankedResults`): only the page's ids
and the counts come back, however many items match. Other backends hand back
their best FALLBACK_MATCH_LIMIT matches, which are ranked in Python in the
same order (`ranked_content`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import BooleanField, Case, Count, ExpressionWrapper, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import RowNumber
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


#: Content by relevance: current before ended, then by tier, then the backend's score.
RELEVANCE_ORDER = (F("ended").asc(), F("tier").desc(), F("backend_score").desc(), F("pk").desc())


def _has_ended():
    return Case(When(display_end__lt=timezone.now(), then=Value(1)), default=Value(0), output_field=IntegerField())


def _tier(words):
    """PostgreSQL: 2 for content whose title holds every word, 1 for content
    whose title and linked names together hold them, 0 for the rest."""
    whens = [When(named_title_query(words), then=Value(2))]
    links = _link_conditions(words)
    if any(links):
        covered = [
            group_title_query(group) | link if link else group_title_query(group)
            for group, link in zip(words.naming_groups, links, strict=True)
        ]
        whens.append(When(reduce(and_, covered), then=Value(1)))
    return Case(*whens, default=Value(0), output_field=IntegerField())


def _scored_content(backend, words, base_queryset):
    """PostgreSQL: the content within `base_queryset` that holds every word,
    with `backend_score` (the backend's relevance), `tier` and `ended`."""
    # The backend accepts only its FilterFields in the queryset it searches,
    # so the base (live, public, …) is applied to its queryset afterwards.
    results = backend.search(backend_query(words), ContentPage.objects.live()).annotate_score("backend_score")
    return (
        results.get_queryset()
        .order_by()
        .filter(pk__in=base_queryset.order_by().values("pk"))
        .annotate(tier=_tier(words), ended=_has_ended())
    )


def _matching(backend, words, base_queryset):
    """PostgreSQL: the content within `base_queryset` that holds every word,
    as a queryset that reads no score (facet counts and hubs' link counts
    take it as a subquery, so no list of ids travels to Python and back)."""
    found = backend.search(backend_query(words), ContentPage.objects.live(), order_by_relevance=False)
    return base_queryset.filter(pk__in=found.get_queryset().order_by().values("pk"))


def ranked_content(words, base_queryset):
    """The content pages within `base_queryset` that contain every word
    (SearchWords), as Ranked. PostgreSQL returns every match; other
    backends their best FALLBACK_MATCH_LIMIT."""
    backend = get_search_backend()
    if is_postgres_database_backend(backend):
        rows = list(
            _scored_content(backend, words, base_queryset).order_by(*RELEVANCE_ORDER).values_list("pk", "tier", "ended")
        )
        return Ranked(
            [pk for pk, _tier, _ended in rows],
            sum(1 for _pk, tier, ended in rows if tier and not ended),
            sum(1 for _pk, _tier, ended in rows if not ended),
        )
    groups = words.naming_groups
    links = _link_conditions(words)
    hits = [hit.pk for hit in backend.search(backend_query(words), ContentPage.objects.live())[:FALLBACK_MATCH_LIMIT]]
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


class RankedResults:
    """PostgreSQL: a search's results in the visitor's order, as the
    paginator sees them (its length and slices of keys: content ids and hit
    keys), each slice read by one query that ranks, filters and numbers the
    matching content in the database (`ROW_NUMBER()` and `COUNT(*) OVER ()`)
    and returns only the slice's ids with the counts. The hits (a few dozen
    at most) are laid out around that numbering: the `named` ones first, then
    the content the query names (the first `lead`), the `others`, the rest.

    The page the visitor asked for (`prepared`, a (bottom, top) slice) is
    read on the first use, so the paginator's count and page cost one query;
    each slice is cached per content version (never the previous version's).
    `content` is the matching content that passes the filters, as a queryset."""

    def __init__(self, rows, *, content, named, others, cache_key, prepared):
        self.rows, self.content, self.named, self.others = rows, content, named, others
        self.cache_key, self.prepared = cache_key, prepared
        self._read = None

    def _slice(self, bottom, top):
        """(content matches whatever the filters, content results, lead,
        {position in the merged order (from 1): content id}) for bottom:top."""
        named, others = len(self.named), len(self.others)
        place = F("place") + named + Case(When(place__gt=F("lead"), then=Value(others)), default=Value(0))

        def compute():
            picked = self.rows.annotate(position=place).filter(
                Q(kept=True, position__gt=bottom, position__lte=top) | Q(first=1)
            )
            rows = list(picked.values_list("pk", "kept", "position", "found", "total", "lead"))
            counts = rows[0][3:] if rows else (0, 0, 0)
            ids = {position: pk for pk, kept, position, *_counts in rows if kept and bottom < position <= top}
            return (*counts, ids)

        return content_cache.cached(f"{self.cache_key}:{bottom}:{top}", compute, stale=False)

    def read(self, bottom=None, top=None):
        """`_slice()` for bottom:top, the prepared slice when it holds it."""
        if bottom is not None and not (self.prepared[0] <= bottom and top <= self.prepared[1]):
            return self._slice(bottom, top)
        if self._read is None:
            self._read = self._slice(*self.prepared)
        return self._read

    @property
    def found(self):
        """How many content items the words find, whatever the filters."""
        return self.read()[0]

    def __len__(self):
        _found, total, _lead, _ids = self.read()
        return len(self.named) + len(self.others) + total

    def __getitem__(self, part):
        if not isinstance(part, slice) or part.step is not None:
            raise TypeError("RankedResults only slices")
        bottom, top, _step = part.indices(len(self))
        _found, total, lead, ids = self.read(bottom, top)
        named, others = len(self.named), len(self.others)
        keys = []
        for index in range(bottom, min(top, named + others + total)):
            if index < named:
                keys.append(self.named[index])
            elif named + lead <= index < named + lead + others:
                keys.append(self.others[index - named - lead])
            else:
                keys.append(ids[index + 1])
        return keys


def _ranked_rows(backend, words, query):
    """PostgreSQL: every content match within the query's base, numbered in
    the visitor's order among those that pass the filters (`kept`), with
    `found` (all matches), `total` (those kept) and `lead` (those kept whose
    title or linked names hold every word, which lead by relevance) on every
    row, and `first` on one row (so the counts come back for any slice)."""
    rows = _scored_content(backend, words, query.base_queryset())
    if query.selected:
        kept = Case(
            When(pk__in=query.filter(ContentPage.objects.all()).order_by().values("pk"), then=Value(True)),
            default=Value(False),
        )
    else:
        kept = Value(True)
    if query.sort == SORT_RELEVANCE:
        order = RELEVANCE_ORDER
        lead = Window(Count("pk", filter=Q(kept=True, tier__gt=0, ended=0)))
    else:
        # By date, past events keep their place in time and nothing leads.
        order = query.order(ContentPage.objects.all()).query.order_by
        lead = Value(0)
    return rows.annotate(kept=kept).annotate(
        place=Window(RowNumber(), partition_by=[F("kept")], order_by=order),
        found=Window(Count("pk")),
        total=Window(Count("pk", filter=Q(kept=True))),
        lead=lead,
        first=Window(RowNumber()),
    )


@dataclass
class Matches:
    """A text query's results. `words`: the query's SearchWords (with the
    vocabulary's alternatives); `matched`: every content match within the
    query's base, as a queryset (for facet counts); `hits`: the opgaven,
    regions, themes and pages found (search only); `ordered`: what passes
    the filters, in the visitor's order, as content ids (ints) and hit keys
    (strings): a list, or RankedResults on PostgreSQL; `found`: how many
    content items match whatever the filters (a list's)."""

    words: object
    matched: object
    hits: list
    ordered: object
    found: int | None = None

    @property
    def unfiltered_total(self):
        """How many results the words find, whatever the filters."""
        found = self.ordered.found if isinstance(self.ordered, RankedResults) else self.found
        return found + len(self.hits)


def ranked_matches(query, terms, *, with_hubs=False, page_size=10):
    """A text query's results in the order the visitor asked for. Used by
    `/zoeken/` (`with_hubs`) and by listings given a `q` (content only);
    `page_size` is the results page's, whose page `query.page_number` is
    read first.

    By relevance, the ranking of the module docstring; by date, the hits
    without a date first (named ones leading), then content by date.
    """
    words = expand(terms)
    key = words_key(terms)
    backend = get_search_backend()
    if is_postgres_database_backend(backend):
        matched = _matching(backend, words, query.base_queryset())
        content = matched
    else:
        # The ranked matches depend only on the words and the content, so they
        # are shared between requests (and pages of results) per content version.
        # An event that ends meanwhile moves down at the latest when the entry
        # expires (CONTENT_CACHE_SECONDS).
        ranked = content_cache.cached(
            f"ranked-content:{query.fixed_kind or ''}:{key}",
            lambda: backend_errors_as_unavailable(lambda: ranked_content(words, query.base_queryset())),
        )
        matched, content = pages_with_ids(ranked.ids), ranked.ids
    hits = []
    if with_hubs:
        hits = content_cache.cached(
            f"hub-hits:{key}",
            lambda: backend_errors_as_unavailable(lambda: find_hubs(backend, words, content)),
        )
    kept = [hit for hit in hits if query.keeps(hit)]
    named = [hit.key for hit in kept if hit.named]
    others = [hit.key for hit in kept if not hit.named]
    if is_postgres_database_backend(backend):
        bottom = (query.page_number - 1) * page_size
        ordered = RankedResults(
            _ranked_rows(backend, words, query),
            content=query.filter(matched),
            named=named,
            others=others,
            cache_key=query.cache_key("ranked-page", key, query.sort),
            prepared=(bottom, bottom + page_size),
        )
        return Matches(words, matched, hits, ordered)

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
    ordered = named + content_ids[:lead] + others + content_ids[lead:current] + content_ids[current:]
    return Matches(words, matched, hits, ordered, len(ranked.ids))
