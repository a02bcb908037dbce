"""What an alert follows: a listing's filters and its words, read by
`ListingQuery` (the one reader of the query string), put into words and
matched against content.

New items are matched by their classification, exactly as the listing
filters, and by the words (`q`) through the same search as the listing's
`q`, asked about the new items only (`discovery.search.ranking.matching_among`), so
an alert holds what the listing it was followed from would newly show, on
every database and search backend.

One selection is not a listing's: the magazine (`/volgen/?magazine=ja`, linked
from `/magazine/` and every edition). Following it means a mail when a new
edition appears; an edition's own articles are fixed once it is out, so there
is nothing else in it to follow.
"""

from urllib.parse import urlencode

from django.http import QueryDict

from articles.kinds import CONTENT_KINDS, in_words, kind_of
from articles.models import ContentPage, EditionPage
from articles.models.magazine import MAGAZINE_NAME
from articles.querysets import restricted
from articles.sections import KENNISBANK, MAGAZINE
from overheidvannu.discovery.filters import ListingQuery
from overheidvannu.discovery.search.ranking import matching_among
from overheidvannu.discovery.text import search_terms

#: The parameters an alert follows (a listing's words and filters, without sort and page).
FOLLOWED = ("q", "type", "niveau", "thema", "opgave", "regio", "jaar")
#: At most this many items in one alert mail; a link to the listing follows for the rest.
MAX_ITEMS = 50
#: With words, the newest this many filtered new items are searched for them.
MAX_CANDIDATES = 1000
#: The magazine's selection (module docstring), stored as these filters.
MAGAZINE_FILTERS = "magazine=ja"


def read(params):
    """The validated query for `params` (a QueryDict or a stored query string);
    `follows_magazine` says whether it is the magazine's selection."""
    if isinstance(params, str):
        params = QueryDict(params)
    query = ListingQuery(params)
    query.follows_magazine = params.get("magazine") == "ja"
    return query


def filters_of(query):
    """The followed filters of `query` as a normalised query string."""
    if getattr(query, "follows_magazine", False):
        return MAGAZINE_FILTERS
    return urlencode([(param, value) for param, value in query.params(include_sort=False) if param in FOLLOWED])


def listing_path(filters):
    """Where the followed selection is shown: the magazine, or the kennisbank with the filters."""
    if filters == MAGAZINE_FILTERS:
        return MAGAZINE.path
    return KENNISBANK.path + (f"?{filters}" if filters else "")


def _join(words, last="en"):
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def _quoted(words):
    return [f"‘{word}’" for word in words]


def describe(query):
    """What is followed, in words: "Nieuwe verhalen en tips over de opgave
    Toekomstbestendig wonen, met het thema ‘In de regio’, in de regio
    Achterhoek". Themes are quoted: a theme may read like a phrase of its own."""
    if getattr(query, "follows_magazine", False):
        return f"Nieuwe edities van het magazine {MAGAZINE_NAME}"
    selected = query.selected
    followed = [kind_of(slug) for slug in selected.get("type", ())] or CONTENT_KINDS
    parts = ["Nieuwe " + in_words(followed)]
    if query.q:
        parts[0] += f" met de zoekwoorden ‘{query.q}’"
    opgaven = [query.label_for("opgave", v) for v in selected.get("opgave", [])]
    if opgaven:
        parts.append(("over de opgave " if len(opgaven) == 1 else "over de opgaven ") + _join(opgaven, "of"))
    themes = _quoted(query.label_for("thema", v) for v in selected.get("thema", []))
    if themes:
        parts.append(("met het thema " if len(themes) == 1 else "met de thema's ") + _join(themes, "of"))
    regions = [query.label_for("regio", v) for v in selected.get("regio", [])]
    if regions:
        parts.append(("in de regio " if len(regions) == 1 else "in de regio's ") + _join(regions, "of"))
    levels = [query.label_for("niveau", v).lower() for v in selected.get("niveau", [])]
    if levels:
        parts.append("op het niveau " + _join(levels, "of"))
    years = selected.get("jaar", [])
    if years:
        parts.append("uit " + _join(years, "of"))
    first, *rest = parts
    return f"{first} {', '.join(rest)}" if rest else first


def still_valid(stored, query):
    """False when a followed filter lost every value (e.g. a theme was
    deleted): the alert then matches nothing rather than everything."""
    stored_params = {param for param in QueryDict(stored) if param in FOLLOWED and param != "q"}
    return stored_params <= set(query.selected)


def new_items(stored, since, until):
    """Published content matching the stored filters, first published in
    (since, until], newest first, with what an alert mail shows."""
    query = read(stored)
    if query.follows_magazine:
        return new_editions(since, until)
    if not still_valid(stored, query):
        return []
    queryset = query.filter(ContentPage.objects.published()).filter(first_published_at__lte=until)
    if since is not None:
        queryset = queryset.filter(first_published_at__gt=since)
    queryset = queryset.order_by("-first_published_at", "-pk")
    terms = search_terms(query.q)
    if query.q and not terms:
        return []  # words that cannot be searched for match nothing, as on the listing
    if terms:
        # Among the newest MAX_CANDIDATES only: more new items than that in
        # one period would be a mass import, not news.
        candidates = list(queryset.values_list("pk", flat=True)[:MAX_CANDIDATES])
        queryset = queryset.filter(pk__in=matching_among(terms, candidates))
    return list(queryset.cards("first_published_at")[:MAX_ITEMS])


def new_editions(since, until):
    """Live, public editions of the magazine first published in (since, until], newest first."""
    editions = EditionPage.objects.live().exclude(restricted()).filter(first_published_at__lte=until)
    if since is not None:
        editions = editions.filter(first_published_at__gt=since)
    return list(editions.order_by("-first_published_at", "-pk")[:MAX_ITEMS])
