"""Rendering of the filterable listings and their feeds (to be completed)."""

from django.template.response import TemplateResponse

from .filters import ListingQuery


def render_listing(request, page):
    query = ListingQuery(request.GET, fixed_kind=page.listing_kind)
    results = query.order(query.filter())
    return TemplateResponse(request, "articles/listing_page.html", {"page": page, "query": query, "results": results})


def render_feed(request, page):
    raise NotImplementedError
