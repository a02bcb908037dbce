"""Full-text matching behind `/zoeken/` and every listing's `q`.

The search backend only answers "which pages match these words, and how
well". `match()` turns a query into the ids of the matching content items,
best first; `find_hubs()` finds the opgaven, regions, themes and standard
pages themselves (a few dozen at most, so they are handled as a small list).
Everything else — filters, facet counts, date sorting, pagination — is
`discovery.filters.ListingQuery`, exactly as on the listings. So switching the
backend (PostgreSQL, SQLite, Elasticsearch/OpenSearch) changes nothing above
this module.

Ranking, the same on every backend (README, "How search ranks"):
1. opgaven, regions, themes and pages whose own name holds every word;
2. content whose title holds every word;
3. content whose title and linked opgaven, regions and themes together hold
   every word (so "energietransitie achterhoek" puts content linked to both first);
4. other opgaven, regions, themes and pages that mention the words;
5. all other content, by the backend's relevance.
Editors' picks stand above all of these, apart from the results.

PostgreSQL decides "holds the word" with the `dutch_unaccent` configuration
(stemming, accents folded); other backends use the Python word matcher below
(accents folded, the first five letters compared). The trigram "Bedoelde u"
titles are PostgreSQL only.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import and_

from django.db import DatabaseError, connection
from django.db.models import BooleanField, Case, ExpressionWrapper, F, IntegerField, Lookup, Q, TextField, Value, When
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch.query import PlainText
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.fields import StreamValue
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.backends import get_search_backend

from articles import content_cache
from articles.kinds import ContentKind
from articles.models import ApproachPage, ContentPage, EditionPage, MagazinePage, StandardPage, Theme
from articles.querysets import restricted
from opgaven.models import OpgavePage
from regions.models import RegionPage

from .filters import SEARCH_ONLY_KINDS, SORT_RELEVANCE, load_vocabulary
from .text import MARK_START, MARK_STOP, words_key

# Backends without a queryset interface (Elasticsearch, SQLite FTS) hand back
# at most this many best matches; filters and facets then work over those.
FALLBACK_MATCH_LIMIT = 300
# Opgaven, regions, themes and pages found per kind: there are ten opgaven,
# four regions and a few dozen themes and pages, so this never cuts in practice.
HUB_LIMIT = 50
DID_YOU_MEAN_LIMIT = 5
DID_YOU_MEAN_THRESHOLD = 0.35
SEARCH_CONFIG = "dutch_unaccent"
SNIPPET_CHARS = 240  # about two lines of a result
# The Python word matcher compares this many leading letters: a rough
# stand-in for stemming, so "woningen" matches "woning".
STEM_LETTERS = 5
# Words that never name anything (the commonest of PostgreSQL's Dutch stop
# words): "Samen aan de slag voor het klimaat" is named by "klimaat slag".
STOP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "aan al als bij dat de der des die dit door een en er het hoe in is je met na naar niet of om onder "
        "ons op over te ten ter tot tussen u uit van voor wat wie zo zijn",
    )
)

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


#: The pages and snippets search finds besides content items, with their kind
#: and the fields whose text a snippet may quote (after the intro).
HUB_MODELS = (
    ("opgave", OpgavePage, ("problem", "commitments")),
    ("regio", RegionPage, ("characterisation",)),
    ("thema", Theme, ()),
    ("pagina", StandardPage, ("body",)),
    ("pagina", ApproachPage, ("certainties_intro", "certainties", "levels_intro", "body")),
    ("pagina", MagazinePage, ()),
    ("pagina", EditionPage, ("foreword",)),
)
#: A content item's snippet quotes its intro and body, never linked names or tags.
CONTENT_TEXT_FIELDS = ("body",)

# The highlighter puts markers (MARK_START/MARK_STOP) around matched words;
# they are swapped for <mark> only after the text has been HTML-escaped, so
# no stored text can inject markup.


def _is_postgres_database_backend(backend):
    if connection.vendor != "postgresql":
        return False
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return isinstance(backend, PostgresSearchBackend)


# --- words -------------------------------------------------------------------


def _fold(text):
    """Lower case without accents, for the Python word matcher."""
    text = text.lower()
    if text.isascii():  # most Dutch sentences: nothing to take off
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _stem(term):
    return _fold(term)[:STEM_LETTERS]


def naming_terms(terms):
    """The words of a query that can name something: stop words left out."""
    return [term for term in terms if _fold(term) not in STOP_WORDS]


def name_holds(name, term):
    """Whether a title or name holds `term` (Python word matcher)."""
    stem = _stem(term)
    return any(_fold(word).startswith(stem) for word in re.findall(r"\w+", name))


def _title_query(text):
    from django.contrib.postgres.search import SearchQuery

    return Q(index_entries__title=SearchQuery(text, search_type="plain", config=SEARCH_CONFIG))


# --- matching content ----------------------------------------------------------


def _link_conditions(terms):
    """Per naming word, a Q for the content linked to an opgave, region or
    theme whose name holds that word; None for a word no name holds."""
    vocabulary = load_vocabulary()
    conditions = []
    for term in terms:
        parts = [
            Q(pk__in=ContentPage.objects.ids_linked_to_slugs(group, slugs))
            for param, group in (("opgave", "opgaven"), ("regio", "regions"), ("thema", "themes"))
            if (slugs := [slug for slug, label in vocabulary[param].items() if name_holds(label, term)])
        ]
        conditions.append(reduce(lambda a, b: a | b, parts) if parts else None)
    return conditions


def ranked_content(terms, base_queryset):
    """(ids, lead): the content pages within `base_queryset` that contain
    every term, best first, and how many of them lead by name (steps 2 and 3
    of the ranking in the module docstring). PostgreSQL returns every match;
    other backends their best FALLBACK_MATCH_LIMIT."""
    backend = get_search_backend()
    query = PlainText(" ".join(terms), operator="and")
    names = naming_terms(terms)
    links = _link_conditions(names)
    if _is_postgres_database_backend(backend):
        # The backend accepts only its FilterFields in the queryset it searches,
        # so the base (live, public, …) is applied to its queryset afterwards.
        results = backend.search(query, ContentPage.objects.live()).annotate_score("backend_score")
        whens = [When(_title_query(" ".join(terms)), then=Value(2))]
        if any(links):
            covered = [
                _title_query(term) | link if link else _title_query(term)
                for term, link in zip(names, links, strict=True)
            ]
            whens.append(When(reduce(and_, covered), then=Value(1)))
        rows = list(
            results.get_queryset()
            .filter(pk__in=base_queryset.order_by().values("pk"))
            .annotate(tier=Case(*whens, default=Value(0), output_field=IntegerField()))
            .order_by("-tier", "-backend_score", "-pk")
            .values_list("pk", "tier")
        )
        return [pk for pk, _tier in rows], sum(1 for _pk, tier in rows if tier)
    hits = [hit.pk for hit in backend.search(query, ContentPage.objects.live())[:FALLBACK_MATCH_LIMIT]]
    flags = {f"link_{n}": ExpressionWrapper(link, output_field=BooleanField()) for n, link in enumerate(links) if link}
    tiers = {}
    for pk, title, *linked in base_queryset.filter(pk__in=hits).annotate(**flags).values_list("pk", "title", *flags):
        linked = dict(zip(flags, linked, strict=True))
        in_title = [name_holds(title, term) for term in names]
        if names and all(in_title):
            tiers[pk] = 2
        elif names and all(hit or linked.get(f"link_{n}") for n, hit in enumerate(in_title)):
            tiers[pk] = 1
        else:
            tiers[pk] = 0
    ids = sorted((pk for pk in hits if pk in tiers), key=lambda pk: -tiers[pk])  # stable: backend order within a tier
    return ids, sum(1 for pk in ids if tiers[pk])


def match(terms, base_queryset):
    """Ids of the content pages within `base_queryset` that contain every
    term, best first (see `ranked_content`). Raises SearchUnavailable when
    the search backend fails."""
    return backend_errors_as_unavailable(lambda: ranked_content(terms, base_queryset))[0]


def matching_among(terms, ids):
    """The ids among `ids` (content pages) whose text holds every term, by
    the same backend and query as a listing's `q`. The backend is asked about
    these pages only (`id` is one of Wagtail's filter fields), so no limit of
    a backend cuts one off: for a few new items at a time, as the alerts ask.
    Raises SearchUnavailable when the search backend fails."""
    ids = list(ids)
    if not ids or not terms:
        return set()
    query = PlainText(" ".join(terms), operator="and")

    def found():
        results = get_search_backend().search(query, ContentPage.objects.live().filter(id__in=ids))
        return {page.pk for page in results[: len(ids)]}

    return backend_errors_as_unavailable(found)


# --- matching opgaven, regions, themes and pages ----------------------------------


@dataclass(frozen=True)
class Hit:
    """A result that is not a content item: an opgave, region, theme or
    standard page, with what its result shows. Plain data, so it can be cached."""

    key: str  # "page:<id>" or "theme:<id>", distinct from content ids (ints)
    kind: str  # a key of filters.SEARCH_ONLY_KINDS
    slug: str
    title: str
    url_path: str  # a page's Wagtail url_path, or a theme's URL
    is_page: bool
    named: bool  # its own title or name holds every word of the query
    intro: str
    texts: tuple  # the text blocks a snippet may quote after the intro

    @property
    def kind_label(self):
        return SEARCH_ONLY_KINDS[self.kind]

    def get_url(self, request):
        if not self.is_page:
            return self.url_path
        return Page(url_path=self.url_path).get_url(request)


def text_blocks(value):
    """The readable text of a rich text or StreamField value, one string per
    block (so a heading never runs into the next paragraph)."""
    if isinstance(value, StreamValue):
        texts = []
        for block in value:
            texts.extend(str(text) for text in block.block.get_searchable_content(block.value))
        return [text for text in texts if text.strip()]
    text = get_text_for_indexing(str(value or "")).strip()
    return [text] if text else []


def own_texts(obj, fields):
    return tuple(text for name in fields for text in text_blocks(getattr(obj, name)))


def find_hubs(terms):
    """The opgaven, regions, themes and standard pages that contain every
    term, as `Hit`s: those named by the query first, then by kind and the
    backend's score. One query on PostgreSQL, one per kind elsewhere."""
    backend = get_search_backend()
    query = PlainText(" ".join(terms), operator="and")
    if _is_postgres_database_backend(backend):
        rows = _hub_rows_postgres(backend, query, terms)
    else:
        rows = _hub_rows_other(backend, query, naming_terms(terms))
    hits = []
    for pk, position, slug, title, url_path, named, _score, intro, *texts in sorted(
        rows, key=lambda row: (not row[5], row[1], -row[6])
    ):
        kind, model, fields = HUB_MODELS[position]
        is_page = issubclass(model, Page)
        hits.append(
            Hit(
                key=f"{'page' if is_page else 'theme'}:{pk}",
                kind=kind,
                slug=slug,
                title=title,
                url_path=url_path if is_page else Theme(slug=slug).get_absolute_url(),
                is_page=is_page,
                named=bool(named),
                intro=intro or "",
                texts=tuple(
                    text
                    for name, value in zip(fields, texts, strict=False)
                    for text in text_blocks(model._meta.get_field(name).to_python(value))
                ),
            )
        )
    return hits


HUB_TEXT_COLUMNS = max(len(fields) for _kind, _model, fields in HUB_MODELS)


def _hub_rows_postgres(backend, query, terms):
    """Every kind's matches in one UNION query, as rows of (pk, position in
    HUB_MODELS, slug, title, url_path, named, score, intro, *texts)."""
    parts = []
    for position, (_kind, model, fields) in enumerate(HUB_MODELS):
        is_page = issubclass(model, Page)
        found = backend.search(query, model.objects.live() if is_page else model.objects.filter(live=True))
        found = found.annotate_score("backend_score").get_queryset()
        if is_page:
            found = found.exclude(restricted())
        empty = Value("", output_field=TextField())
        texts = {f"hub_text_{n}": Cast(name, TextField()) for n, name in enumerate(fields)}
        texts |= {f"hub_text_{n}": empty for n in range(len(fields), HUB_TEXT_COLUMNS)}
        columns = dict(
            hub_position=Value(position),
            hub_title=Cast("title" if is_page else "name", TextField()),
            hub_url=Cast("url_path", TextField()) if is_page else empty,
            hub_named=Case(When(_title_query(" ".join(terms)), then=Value(True)), default=Value(False)),
            hub_intro=Cast("intro" if is_page else "description", TextField()),
            **texts,
        )
        parts.append(
            found.order_by()
            .annotate(**columns)
            .values_list(
                "pk", "hub_position", "slug", "hub_title", "hub_url", "hub_named", "backend_score", "hub_intro", *texts
            )
        )
    first, *rest = parts
    return list(first.union(*rest, all=True)[: HUB_LIMIT * len(HUB_MODELS)])


def _hub_rows_other(backend, query, names):
    """The same rows as `_hub_rows_postgres`, one backend search per kind;
    "named" by the Python word matcher and scored by the backend's order."""
    rows = []
    for position, (_kind, model, fields) in enumerate(HUB_MODELS):
        is_page = issubclass(model, Page)
        found = backend.search(query, model.objects.live().public() if is_page else model.objects.filter(live=True))
        for rank, obj in enumerate(found[:HUB_LIMIT]):
            named = bool(names) and all(name_holds(obj.title, term) for term in names)
            intro = obj.intro if is_page else obj.description
            texts = [getattr(obj, name) for name in fields]
            rows.append(
                (obj.pk, position, obj.slug, obj.title, getattr(obj, "url_path", ""), named, -rank, intro, *texts)
            )
    return rows


# --- ranking -----------------------------------------------------------------------


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


@dataclass
class Matches:
    """A text query's results. `matched_ids`: every content match within the
    query's base, best first; `matched`: those as a queryset (for facet
    counts); `hits`: the opgaven, regions, themes and pages found (search
    only); `ordered`: what passes the filters, in the visitor's order, as
    content ids (ints) and hit keys (strings)."""

    matched_ids: list
    matched: object
    hits: list
    ordered: list


def ranked_matches(query, terms, *, with_hubs=False):
    """A text query's results in the order the visitor asked for. Used by
    `/zoeken/` (`with_hubs`) and by listings given a `q` (content only).

    By relevance, the ranking of the module docstring; by date, the hits
    without a date first (named ones leading), then content by date.
    """
    # The ranked matches depend only on the words and the content, so they
    # are shared between requests (and pages of results) per content version.
    words = words_key(terms)
    matched_ids, lead = content_cache.cached(
        f"matches:{query.fixed_kind or ''}:{words}",
        lambda: backend_errors_as_unavailable(lambda: ranked_content(terms, query.base_queryset())),
    )
    matched = pages_with_ids(matched_ids)
    if with_hubs:
        hits = content_cache.cached(f"hubs:{words}", lambda: backend_errors_as_unavailable(lambda: find_hubs(terms)))
    else:
        hits = []

    def order():
        if query.sort == SORT_RELEVANCE:
            if not query.selected:
                return matched_ids, lead
            kept = set(query.filter(matched).values_list("pk", flat=True))
            leading = [pk for pk in matched_ids[:lead] if pk in kept]
            return leading + [pk for pk in matched_ids[lead:] if pk in kept], len(leading)
        return list(query.order(query.filter(matched)).values_list("pk", flat=True)), 0

    content_ids, content_lead = content_cache.cached(query.cache_key("ordered", words, query.sort), order)
    kept = [hit for hit in hits if query.keeps(hit)]
    named = [hit.key for hit in kept if hit.named]
    others = [hit.key for hit in kept if not hit.named]
    ordered = named + content_ids[:content_lead] + others + content_ids[content_lead:]
    return Matches(matched_ids, matched, hits, ordered)


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


def highlight_text(text, terms, max_chars=SNIPPET_CHARS):
    """Marks every word that holds a term (the Python word matcher), and
    cuts the text around the first match, at word boundaries. Returns
    escaped, safe HTML."""
    stems = [_stem(term) for term in terms if term]
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
        if start:
            start = marked_text.find(" ", start) + 1 or start
        end = start + max_chars
        if end < len(marked_text):
            end = marked_text.rfind(" ", start, end) if " " in marked_text[start:end] else end
            while end < len(marked_text) and marked_text[end - 1] == MARK_START:
                end += 1
        marked_text = ("… " if start else "") + marked_text[start:end].strip() + (" …" if end < len(text) else "")
    return _marked_to_html(marked_text)


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def readable_snippet(intro, texts, terms, max_chars=SNIPPET_CHARS):
    """About two lines of whole sentences from the intro and text blocks: the
    sentence holding the most words of the query (the first of equals), and
    the next one while it fits; matched words marked. When no sentence holds
    a word (the match lies in linked names, tags or other fields), the intro
    as it is. Returns escaped, safe HTML."""
    sentences = [part for text in (intro or "", *texts) for part in SENTENCE_END.split(text.strip()) if part]
    stems = {_stem(term) for term in terms if term}
    best, best_count = None, 0
    for n, sentence in enumerate(sentences):
        words = set(re.findall(r"\w+", _fold(sentence)))  # one fold a sentence, not a word
        count = sum(1 for stem in stems if any(word.startswith(stem) for word in words))
        if count > best_count:
            best, best_count = n, count
    if best is None:
        return highlight_text(intro or "", [], max_chars)
    text = sentences[best]
    if best + 1 < len(sentences) and len(text) + 1 + len(sentences[best + 1]) <= max_chars:
        text += " " + sentences[best + 1]
    return highlight_text(text, terms, max_chars)


def content_snippet(page, terms):
    return readable_snippet(page.intro, own_texts(page, CONTENT_TEXT_FIELDS), terms)


def hit_snippet(hit, terms):
    return readable_snippet(hit.intro, hit.texts, terms)


# --- suggestions -------------------------------------------------------------------

#: The kind of each page type suggestions may offer.
PAGE_KINDS = {
    OpgavePage: "opgave",
    RegionPage: "regio",
    StandardPage: "pagina",
    ApproachPage: "pagina",
    MagazinePage: "pagina",
    EditionPage: "pagina",
}


def suggest(terms, limit, request):
    """Up to `limit` pages and themes whose title has words starting with the
    typed words, as {"title", "url", "kind"}: opgaven, regions, themes and
    pages first, then content, the kinds and pages `/zoeken/` finds."""
    backend = get_search_backend()
    text = " ".join(terms)
    pages = Page.objects.live().public()

    def complete(queryset):
        try:
            return list(backend.autocomplete(text, queryset)[:limit])
        except NotImplementedError:  # a backend without autocomplete
            return list(queryset.filter(title__icontains=terms[0]).order_by("title")[:limit])

    items = [
        {"title": page.title, "url": page.get_url(request), "kind": SEARCH_ONLY_KINDS[PAGE_KINDS[page.specific_class]]}
        for page in complete(pages.type(*PAGE_KINDS))
    ]
    items += [
        {"title": label, "url": Theme(slug=slug).get_absolute_url(), "kind": SEARCH_ONLY_KINDS["thema"]}
        for slug, label in load_vocabulary()["thema"].items()
        if all(any(_fold(word).startswith(_fold(term)) for word in re.findall(r"\w+", label)) for term in terms)
    ]
    for page in complete(pages.type(ContentPage)):
        kind = getattr(page.specific_class, "content_kind", None)
        label = ContentKind(kind).label if kind else ""
        items.append({"title": page.title, "url": page.get_url(request), "kind": label})
    return items[:limit]


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
    (Instellingen → Gepromote zoekresultaten). On PostgreSQL one upsert of
    the query and its daily hits, instead of Wagtail's `Query.get(…).add_hit()`,
    which costs up to nine statements of the search page's query budget."""
    if connection.vendor != "postgresql":
        Query.get(query_text).add_hit()
        return
    queries, daily_hits = Query._meta.db_table, QueryDailyHits._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH query AS (
                INSERT INTO {queries} (query_string) VALUES (%s)
                ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string
                RETURNING id
            )
            INSERT INTO {daily_hits} (query_id, date, hits) SELECT id, %s, 1 FROM query
            ON CONFLICT (query_id, date) DO UPDATE SET hits = {daily_hits}.hits + 1
            """,  # noqa: S608 - table names from the models, values as parameters
            [normalise_query_string(query_text), timezone.now().date()],
        )
