"""The one place that turns a listing's query string into a queryset.

Listings (`/kennisbank/` and the per-type indexes), their feeds and search all
call `ListingQuery`; views and templates only read what it returns.

Contract (SPEC.md): parameters `q`, `niveau`, `thema`, `opgave`, `regio`,
`type`, `jaar`, `sorteer`, `pagina`. Values within one parameter combine with
OR, different parameters with AND. Unknown slugs and malformed values are
dropped (and named in `ignored_notes`, which the pages show); nothing here
raises on user input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Coalesce, LPad

from articles import content_cache, kinds
from articles.models import ContentKind, ContentPage, Level, Theme
from opgaven.models import OpgavePage
from regions.models import RegionPage

from . import facet_index
from .text import clean_query

MAX_SLUG_LENGTH = 255
MIN_YEAR, MAX_YEAR = 1900, 2100
# A page number this long is certainly past the end; it is not converted
# (Python refuses int() on very long strings) but answered with 404.
MAX_PAGE_DIGITS = 9
PAST_THE_END = 10**MAX_PAGE_DIGITS
# Only ASCII digits: str.isdigit() accepts "²" or "١", which int() then refuses or misreads.
ASCII_DIGITS = re.compile(r"[0-9]+", re.ASCII)
SORT_NEWEST, SORT_OLDEST, SORT_RELEVANCE = "nieuw", "oud", "relevantie"
SORT_OPTIONS = {SORT_NEWEST: "Nieuwste eerst", SORT_OLDEST: "Oudste eerst", SORT_RELEVANCE: "Meest relevant"}
#: On the agenda the default order is "what comes next": upcoming soonest first, then past events.
AGENDA_SORT_LABELS = {SORT_NEWEST: "Eerstvolgende eerst"}


@dataclass(frozen=True)
class Facet:
    """A filterable dimension: its query parameter, its Dutch label and how it
    maps onto ContentPage. `through_field` names the many-to-many field whose
    through table is used to filter without duplicate rows; `key` is the
    lookup whose value is the option's slug."""

    param: str
    label: str
    key: str
    through_field: str | None = None


FACETS = (
    Facet("type", "Soort", "kind"),
    Facet("niveau", "Niveau", "levels__slug", "levels"),
    Facet("thema", "Thema", "themes__slug", "themes"),
    Facet("opgave", "Opgave", "opgaven__slug", "opgaven"),
    Facet("regio", "Regio", "regions__slug", "regions"),
    # The year an item is dated by: when an event takes place, otherwise its publication.
    Facet("jaar", "Jaar", "display_date__year"),
)
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}
# Kinds only search has: the opgaven, regions, themes and standard pages
# themselves (articles.kinds). Listings keep the four content kinds. Each maps
# to the parameter that names it (a standard page has none).
SEARCH_ONLY_KINDS = {kind.slug: kind.label for kind in kinds.SEARCH_ONLY_KINDS}
PARAM_NAMING_KIND = {kind.slug: kind.param for kind in kinds.SEARCH_ONLY_KINDS if kind.param}
#: How an unknown value is named on the page ("Het thema ‘x’ kennen we niet …").
UNKNOWN_VALUE_NOUNS = {
    "type": ("De soort", "die"),
    "niveau": ("Het niveau", "het"),
    "thema": ("Het thema", "het"),
    "opgave": ("De opgave", "die"),
    "regio": ("De regio", "die"),
    "jaar": ("Het jaar", "het"),
}
MAX_IGNORED_NOTES, MAX_IGNORED_CHARS = 3, 60
PARAM_ORDER = ["q"] + [facet.param for facet in FACETS] + ["sorteer"]


def load_vocabulary():
    """Every valid slug with its label, per parameter (cached per content version)."""
    return _load_vocabulary_and_ids()[0]


def load_option_ids():
    """{param: {slug: id}} for the levels, themes, opgaven and regions of the
    vocabulary: the facet index keeps them by id (slugs may change)."""
    return _load_vocabulary_and_ids()[1]


def _load_vocabulary_and_ids():
    return content_cache.cached("vocabulary-and-ids", _load_vocabulary)


def _load_vocabulary():
    """Every valid slug with its label, per parameter, in one query, and
    each one's id.

    Returns ({param: {slug: label}} in display order, {param: {slug: id}}).
    Kinds come from code and years are validated by range, so neither needs
    the database.
    """
    # One sortable text per row: the editors' order of levels and themes,
    # and the opgaven and regions in their official (page tree) order, as
    # everywhere else on the site.
    editors_order = LPad(Cast(Coalesce("sort_order", Value(0)), CharField()), 10, Value("0"))
    parts = [
        Level.objects.annotate(param=Value("niveau"), label=F("name"), position=editors_order),
        Theme.objects.filter(live=True).annotate(param=Value("thema"), label=F("name"), position=editors_order),
        OpgavePage.objects.live().annotate(param=Value("opgave"), label=F("title"), position=F("path")),
        RegionPage.objects.live().annotate(param=Value("regio"), label=F("title"), position=F("path")),
    ]
    columns = ("param", "slug", "label", "position", "pk")
    first, *rest = [part.order_by().values_list(*columns) for part in parts]
    rows = first.union(*rest, all=True)
    vocabulary = {"type": dict(ContentKind.choices), "niveau": {}, "thema": {}, "opgave": {}, "regio": {}}
    ids = {"niveau": {}, "thema": {}, "opgave": {}, "regio": {}}
    for param, slug, label, _position, pk in sorted(rows, key=lambda row: (row[0], row[3], row[2].lower())):
        vocabulary[param][slug] = label
        ids[param][slug] = pk
    return vocabulary, ids


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str  # the query string with this option switched on or off


@dataclass
class FacetResult:
    param: str
    label: str
    options: list[Option] = field(default_factory=list)


@dataclass
class Chip:
    param: str
    value: str
    label: str  # e.g. "Thema: Sturen in netwerken"
    remove_url: str


def _parse_year(value):
    value = value.strip()
    if len(value) == 4 and ASCII_DIGITS.fullmatch(value) and MIN_YEAR <= int(value) <= MAX_YEAR:
        return value
    return None


def parse_page_number(value):
    """A well-formed page number (ASCII digits, at least 1) is kept, however
    large, so that a number past the end can be answered with 404; anything
    else (empty, negative, zero, letters) means page 1."""
    value = value.strip() if isinstance(value, str) else ""
    if not ASCII_DIGITS.fullmatch(value):
        return 1
    digits = value.lstrip("0")
    if not digits:
        return 1
    if len(digits) > MAX_PAGE_DIGITS:
        return PAST_THE_END
    return int(digits)


class ListingQuery:
    """A validated reading of a listing's query string.

    `vocabulary` may be passed in (e.g. cached); otherwise it is loaded with
    one query. `fixed_kind` pins the `type` for per-type indexes: that
    parameter is then ignored and no type facet is shown. With a text query
    the default sort is relevance, otherwise newest first.
    """

    def __init__(self, params, *, vocabulary=None, fixed_kind=None, search=False):
        self.vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
        if search:  # /zoeken/ also finds the opgaven, regions, themes and pages themselves
            self.vocabulary = {**self.vocabulary, "type": {**SEARCH_ONLY_KINDS, **self.vocabulary["type"]}}
        self.fixed_kind = fixed_kind
        self._base = None
        self.result_count = None  # set by facets()
        self.q = clean_query(params.get("q", ""))
        self.selected = {}
        #: Values given but not known, as (param, value): ignored, and named on the page.
        self.ignored = []
        for facet in FACETS:
            if facet.param == "type" and fixed_kind:
                continue
            values = []
            for raw in params.getlist(facet.param) if hasattr(params, "getlist") else []:
                if not isinstance(raw, str):
                    continue
                value = (
                    None if len(raw) > MAX_SLUG_LENGTH else _parse_year(raw) if facet.param == "jaar" else raw.strip()
                )
                valid = value and (facet.param == "jaar" or value in self.vocabulary[facet.param])
                if not valid and raw.strip() and (facet.param, raw.strip()) not in self.ignored:
                    self.ignored.append((facet.param, raw.strip()))
                if valid and value not in values:
                    values.append(value)
            if values:
                self.selected[facet.param] = values
        sort = params.get("sorteer", "")
        allowed = {SORT_NEWEST, SORT_OLDEST} | ({SORT_RELEVANCE} if self.q else set())
        if isinstance(sort, str) and sort in allowed:
            self.sort = sort
        elif self.q:
            self.sort = SORT_RELEVANCE
        else:
            self.sort = SORT_NEWEST
        self.page_number = parse_page_number(params.get("pagina", ""))

    # --- querysets -----------------------------------------------------------

    def base_queryset(self):
        """Live, public content (of the fixed kind). Pages under a view
        restriction are left out by a subquery, not by Wagtail's `public()`,
        which would cost a query of its own on every request."""
        if self._base is None:
            queryset = ContentPage.objects.published()
            if self.fixed_kind:
                queryset = queryset.filter(kind=self.fixed_kind)
            self._base = queryset
        return self._base

    def _filter(self, queryset, skip=None):
        for param, values in self.selected.items():
            if param == skip:
                continue
            facet = FACETS_BY_PARAM[param]
            if facet.through_field:
                queryset = queryset.filter(pk__in=ContentPage.objects.ids_linked_to_slugs(facet.through_field, values))
            elif param == "jaar":
                queryset = queryset.filter(display_date__year__in=[int(v) for v in values])
            else:
                queryset = queryset.filter(**{f"{facet.key}__in": values})
        return queryset

    def filter(self, queryset=None):
        """The queryset narrowed by every active filter (not by `q`: search
        does that with its own backend). Not yet ordered."""
        return self._filter(self.base_queryset() if queryset is None else queryset)

    def keeps(self, hit, skip=None):
        """Whether a search hit that is not a content item (an opgave, region,
        theme or standard page, with `kind` and `slug`) passes the filters:
        `type` by its kind; `opgave`, `regio` and `thema` keep the one they
        name; `niveau` and `jaar` keep content items only."""
        for param, values in self.selected.items():
            if param == skip:
                continue
            if param == "type":
                if hit.kind not in values:
                    return False
            elif PARAM_NAMING_KIND.get(hit.kind) != param or hit.slug not in values:
                return False
        return True

    @property
    def is_agenda(self):
        """The events listing: by default upcoming events soonest first, then past ones."""
        return self.fixed_kind == ContentKind.EVENEMENT

    def order(self, queryset):
        if self.sort == SORT_OLDEST:
            return queryset.oldest_first()
        if self.is_agenda:
            return queryset.agenda_order()
        return queryset.newest_first()

    def facets(self, among=None, *, cache_as=None, hits=()):
        """Every facet's options with the count each would give.

        Each facet is counted over the results of all *other* active filters,
        so its counts say what ticking one more option would give. Options
        that would give nothing are hidden unless selected. As a by-product
        `self.result_count` holds the number of results of the whole query.

        Counted over the listing's content, or over the content ids `among`
        (a text query's matches, which `cache_as` then names), with the
        facet index (facet_index.py). Counts depend only on the content and
        the normalised filters, so they are cached per content version.
        Search `hits` that are not content items are counted on top, by the
        rule of `keeps()`.
        """
        if among is None:
            counts, self.result_count = content_cache.cached(self.cache_key("facets"), lambda: self._count())
        else:
            counts, self.result_count = content_cache.cached(
                self.cache_key("facets", cache_as), lambda: self._count(among)
            )
        if hits:
            counts, self.result_count = self._count_hits(hits, counts, self.result_count)

        results = []
        for facet in FACETS:
            if facet.param == "type" and self.fixed_kind:
                continue
            selected = self.selected.get(facet.param, [])
            facet_counts = counts.get(facet.param, {})
            if facet.param == "jaar":
                labels = {key: key for key in sorted(set(facet_counts) | set(selected), reverse=True)}
            else:
                labels = self.vocabulary[facet.param]
            result = FacetResult(facet.param, facet.label)
            for value, label in labels.items():
                count = facet_counts.get(value, 0)
                is_selected = value in selected
                if count or is_selected:
                    result.options.append(
                        Option(value, label, count, is_selected, self.querystring(toggle=(facet.param, value)))
                    )
            results.append(result)
        return results

    def cache_key(self, *parts):
        """A cache key for data that depends on this listing's kind and filters
        (not on sorting or the page number) and on `parts`."""
        filters = urlencode([(param, value) for param, values in sorted(self.selected.items()) for value in values])
        return ":".join([*map(str, parts), self.fixed_kind or "", filters])

    def _count(self, among=None):
        """Facet counts and the total, from the facet index: ({param: {value:
        count}}, total), over the listing's content (of the fixed kind) or
        over the content ids `among`."""
        index = facet_index.current()
        base = index.published
        if among is not None:
            base &= facet_index.bitset(among)
        if self.fixed_kind:
            base &= index.having("type", self.fixed_kind)
        ids = load_option_ids()
        # Per parameter: a slug (or kind, or year) as the index keys it, and back.
        to_key = {param: (ids[param].get if param in ids else str) for param in self.selected}
        chosen = {}
        for param, values in self.selected.items():
            bits = 0
            for value in values:
                bits |= index.having(param, to_key[param](value))
            chosen[param] = bits

        def scope(skip=None):
            bits = base
            for param, chosen_bits in chosen.items():
                if param != skip:
                    bits &= chosen_bits
            return bits

        counts = {}
        for facet in FACETS:
            if facet.param == "type" and self.fixed_kind:
                continue
            within = scope(facet.param)
            slugs = {pk: slug for slug, pk in ids.get(facet.param, {}).items()}
            for key, bits in index.options.get(facet.param, {}).items():
                value = slugs.get(key) if facet.param in ids else key
                if value is not None and (n := (bits & within).bit_count()):
                    counts.setdefault(facet.param, {})[value] = n
        return counts, scope().bit_count()

    def _count_hits(self, hits, counts, total):
        """`counts` and `total` with the search hits that are not content items
        added: each counts for its kind and for the option that names it."""
        counts = {param: dict(values) for param, values in counts.items()}
        for hit in hits:
            total += self.keeps(hit)
            for param in ("type", PARAM_NAMING_KIND.get(hit.kind)):
                if param and param in FACETS_BY_PARAM and self.keeps(hit, skip=param):
                    key = hit.kind if param == "type" else hit.slug
                    counts.setdefault(param, {})[key] = counts.get(param, {}).get(key, 0) + 1
        return counts, total

    # --- presentation --------------------------------------------------------

    @property
    def is_filtered(self):
        return bool(self.selected or self.q)

    def label_for(self, param, value):
        if param == "jaar":
            return value
        return self.vocabulary.get(param, {}).get(value, value)

    @property
    def ignored_notes(self):
        """A polite sentence for each unknown value in the query string (at
        most MAX_IGNORED_NOTES, each value cut to MAX_IGNORED_CHARS): "Het thema
        ‘x’ kennen we niet; we hebben het genegeerd." """
        notes = []
        for param, value in self.ignored[:MAX_IGNORED_NOTES]:
            shown = value if len(value) <= MAX_IGNORED_CHARS else value[: MAX_IGNORED_CHARS - 1] + "…"
            noun, pronoun = UNKNOWN_VALUE_NOUNS[param]
            notes.append(f"{noun} ‘{shown}’ kennen we niet; we hebben {pronoun} genegeerd.")
        return notes

    @property
    def chips(self):
        chips = []
        if self.q:
            chips.append(Chip("q", self.q, f"Zoekterm: {self.q}", self.querystring(remove=("q", self.q))))
        for facet in FACETS:
            for value in self.selected.get(facet.param, []):
                chips.append(
                    Chip(
                        facet.param,
                        value,
                        f"{facet.label}: {self.label_for(facet.param, value)}",
                        self.querystring(remove=(facet.param, value)),
                    )
                )
        return chips

    def sort_options(self):
        """The orders a visitor can choose, as {"value", "label", "selected"};
        relevance only with words to be relevant to."""
        labels = {**SORT_OPTIONS, **(AGENDA_SORT_LABELS if self.is_agenda else {})}
        return [
            {"value": value, "label": labels[value], "selected": value == self.sort}
            for value in SORT_OPTIONS
            if value != SORT_RELEVANCE or self.q
        ]

    def params(self, *, include_sort=True):
        """The normalised state as (name, value) pairs in a stable order."""
        pairs = []
        if self.q:
            pairs.append(("q", self.q))
        for facet in FACETS:
            pairs.extend((facet.param, value) for value in self.selected.get(facet.param, []))
        if include_sort and self.sort != (SORT_RELEVANCE if self.q else SORT_NEWEST):
            pairs.append(("sorteer", self.sort))
        return pairs

    def querystring(self, *, toggle=None, remove=None, page=None):
        """A query string for a link from this state: with one option toggled
        or removed, and optionally a page number. Filter changes reset to
        page 1, so no link leads past the end."""
        pairs = self.params()
        if toggle:
            pairs = [pair for pair in pairs if pair != toggle] if toggle in pairs else pairs + [toggle]
        if remove:
            pairs = [pair for pair in pairs if pair != remove]
        if page and page > 1:
            pairs.append(("pagina", str(page)))
        pairs.sort(key=lambda pair: PARAM_ORDER.index(pair[0]) if pair[0] in PARAM_ORDER else len(PARAM_ORDER))
        return urlencode(pairs)
