"""The suggestions under the search field (`/zoeken/suggesties/?q=`)."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from articles.kinds import ContentKind
from articles.models import ContentPage, Theme
from opgaven.models import OpgavePage
from regions.models import RegionPage

from ..filters import SEARCH_ONLY_KINDS, load_vocabulary
from . import vocabulary
from .hubs import HOME_DEPTH
from .words import WORD, fold

#: The kind of the page types that have one of their own; every other page
#: below the home page that is not content is a "pagina", as in the results.
PAGE_KINDS = {OpgavePage: "opgave", RegionPage: "regio"}
#: How a suggested abbreviation or synonym is labelled: it leads to a search, not a page.
ABBREVIATION_KIND, TERM_KIND = "Afkorting", "Zoekterm"


def _abbreviation_items(entries):
    search_url = reverse("discovery:search")
    return [
        {
            "title": f"{term} — {expansion}" if expansion else term,
            "url": f"{search_url}?{urlencode({'q': term})}",
            "kind": ABBREVIATION_KIND if expansion else TERM_KIND,
        }
        for term, expansion in entries
    ]


def suggest(terms, limit, request):
    """Up to `limit` suggestions for the typed words, as {"title", "url",
    "kind"}: a known abbreviation the words spell ("RES — Regionale
    Energiestrategie", leading to its search) first, then pages and themes
    whose title has words starting with the typed words (opgaven, regions,
    themes and pages, then the abbreviations the words start, then content):
    the kinds and pages `/zoeken/` finds."""
    backend = get_search_backend()
    text = " ".join(terms)
    pages = Page.objects.live().public()

    def complete(queryset):
        try:
            return list(backend.autocomplete(text, queryset)[:limit])
        except NotImplementedError:  # a backend without autocomplete
            return list(queryset.filter(title__icontains=terms[0]).order_by("title")[:limit])

    spelled, started = vocabulary.suggestions(terms)
    items = _abbreviation_items(spelled)
    items += [
        {
            "title": page.title,
            "url": page.get_url(request),
            "kind": SEARCH_ONLY_KINDS[PAGE_KINDS.get(page.specific_class, "pagina")],
        }
        for page in complete(pages.not_type(ContentPage).filter(depth__gt=HOME_DEPTH))
    ]
    items += [
        {"title": label, "url": Theme(slug=slug).get_absolute_url(), "kind": SEARCH_ONLY_KINDS["thema"]}
        for slug, label in load_vocabulary()["thema"].items()
        if all(any(fold(word).startswith(fold(term)) for word in WORD.findall(label)) for term in terms)
    ]
    items += _abbreviation_items(started)
    for page in complete(pages.type(ContentPage)):
        kind = getattr(page.specific_class, "content_kind", None)
        label = ContentKind(kind).label if kind else ""
        items.append({"title": page.title, "url": page.get_url(request), "kind": label})
    return items[:limit]
