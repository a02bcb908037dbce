"""Editors' picks above the results (Wagtail's `search_promotions`), read
through its models only."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string


def promotions_for(query_text, request):
    """Editors' picks for this query (wagtail.contrib.search_promotions):
    live pages and external links, in the editors' order, as
    {"title", "url", "description"}."""
    picks = SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
    promotions = []
    for pick in picks.select_related("page"):
        if pick.page is not None:
            if pick.page.live:
                promotions.append(
                    {"title": pick.page.title, "url": pick.page.get_url(request), "description": pick.description}
                )
        elif pick.external_link_url:
            title = pick.external_link_text or pick.external_link_url
            promotions.append({"title": title, "url": pick.external_link_url, "description": pick.description})
    return promotions
