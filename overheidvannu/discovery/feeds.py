"""Atom feeds of the listings: `<listing>/feed/?<same filters>`.

A feed holds exactly what its listing shows for the same query string (read
by the same `ListingQuery`), newest first, at most FEED_SIZE entries. The sort
order and page number of the listing do not apply to a feed.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from articles.dates import time_span
from articles.kinds import ContentKind
from articles.models import EssayAuthor
from articles.page_meta import site_name

from .listing import attach_urls, feed_title, feed_url, listing_query
from .search.ranking import match, pages_with_ids
from .text import search_terms

FEED_SIZE = 50


def _as_datetime(date):
    """A publication date as an aware datetime at the start of that day (Atom needs a time)."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def names_in_words(names):
    """["A", "B", "C"] -> "A, B en C", as the essay page names its authors."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def essay_authors(items):
    """{page id: the live authors in words} of the essays among `items`, in
    the order the editor set them; one query, none without essays."""
    essay_ids = [item.pk for item in items if item.kind == ContentKind.ESSAY]
    names = {}
    links = EssayAuthor.objects.filter(page_id__in=essay_ids, person__live=True).order_by("page_id", "sort_order", "pk")
    for page_id, name in links.values_list("page_id", "person__name") if essay_ids else ():
        names.setdefault(page_id, []).append(name)
    return {page_id: names_in_words(people) for page_id, people in names.items()}


def feed_text(item):
    """An item's text in the feed: its intro, after when and where for an
    event ("donderdag 10 december 2026, 15:00–16:15, online. …"), in the
    site's one date format."""
    if item.display_end is None:
        return item.intro
    when = time_span(item.display_date, item.display_end)
    where = f", {item.display_place}" if item.display_place else ""
    return f"{when}{where}. {item.intro}" if item.intro else f"{when}{where}."


def build_feed(request, page):
    query = listing_query(request, page)
    terms = search_terms(query.q)
    # With words in `q`, the feed holds the listing's text matches, newest first.
    matches = pages_with_ids(match(terms, query.base_queryset())) if terms else None
    items = query.filter(matches).newest_first()[:FEED_SIZE]
    items = attach_urls(list(items.with_result_data()), request)

    querystring = query.querystring()
    link = request.build_absolute_uri(page.get_url(request) + (f"?{querystring}" if querystring else ""))
    name = site_name()
    authors = essay_authors(items)
    feed = Atom1Feed(
        title=f"{feed_title(page, query)} | {name}",
        link=link,
        description=page.intro or f"Nieuw op {name}.",
        subtitle=page.intro or f"Nieuw op {name}.",
        language="nl",
        author_name=name,
        feed_url=request.build_absolute_uri(feed_url(page, request, query)),
        feed_guid=link,
    )
    for item in items:
        url = request.build_absolute_uri(item.listing_url)
        published = _as_datetime(item.publication_date)
        feed.add_item(
            title=item.title,
            link=url,
            unique_id=url,
            description=feed_text(item),
            pubdate=published,
            updateddate=max(item.last_published_at, published) if item.last_published_at else published,
            categories=[ContentKind(item.kind).label] if item.kind else [],
            author_name=authors.get(item.pk),
        )
    return feed


def render_feed(request, page):
    feed = build_feed(request, page)
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
