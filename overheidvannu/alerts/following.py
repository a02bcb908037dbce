"""What an alert follows: a listing's filters, read by `ListingQuery` (the one
reader of the query string), put into words and matched against content.

A text query (`q`) is not followed: new items are matched by their
classification, which is exact and cheap; the follow page says so.

One selection is not a listing's: the magazine (`/volgen/?magazine=ja`, linked
from `/magazine/` and every edition). Following it means a mail when a new
edition appears; an edition's own articles are fixed once it is out, so there
is nothing else in it to follow.
"""

from urllib.parse import urlencode

from django.http import QueryDict

from articles.models import ContentPage, EditionPage
from articles.models.magazine import MAGAZINE_NAME
from articles.querysets import restricted
from articles.sections import KENNISBANK, MAGAZINE
from overheidvannu.discovery.filters import ListingQuery

#: The parameters an alert follows (a listing's filters without q, sort and page).
FOLLOWED = ("type", "niveau", "thema", "opgave", "regio", "jaar")
KIND_PLURALS = {"verhaal": "verhalen", "essay": "essays", "tip": "tips", "evenement": "evenementen"}
#: At most this many items in one alert mail; a link to the listing follows for the rest.
MAX_ITEMS = 50
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


def describe(query):
    """What is followed, in words: "Nieuwe verhalen en tips over Toekomstbestendig
    wonen in de regio Achterhoek"."""
    if getattr(query, "follows_magazine", False):
        return f"Nieuwe edities van het magazine {MAGAZINE_NAME}"
    selected = query.selected
    kinds = selected.get("type") or list(KIND_PLURALS)
    text = "Nieuwe " + _join(KIND_PLURALS[kind] for kind in kinds)
    subjects = [query.label_for("opgave", v) for v in selected.get("opgave", [])]
    subjects += [query.label_for("thema", v) for v in selected.get("thema", [])]
    if subjects:
        text += " over " + _join(subjects, "of")
    regions = [query.label_for("regio", v) for v in selected.get("regio", [])]
    if regions:
        text += " in de regio " + _join(regions, "of")
    levels = [query.label_for("niveau", v).lower() for v in selected.get("niveau", [])]
    if levels:
        text += " op het niveau " + _join(levels, "of")
    years = selected.get("jaar", [])
    if years:
        text += " uit " + _join(years, "of")
    return text


def still_valid(stored, query):
    """False when a followed filter lost every value (e.g. a theme was
    deleted): the alert then matches nothing rather than everything."""
    stored_params = {param for param in QueryDict(stored) if param in FOLLOWED}
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
    return list(queryset.cards("first_published_at").order_by("-first_published_at", "-pk")[:MAX_ITEMS])


def new_editions(since, until):
    """Live, public editions of the magazine first published in (since, until], newest first."""
    editions = EditionPage.objects.live().exclude(restricted()).filter(first_published_at__lte=until)
    if since is not None:
        editions = editions.filter(first_published_at__gt=since)
    return list(editions.order_by("-first_published_at", "-pk")[:MAX_ITEMS])
