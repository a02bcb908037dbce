"""The pictures on the opgaven, regions and approach pages, as plain data
for their templates (`templates/components/pictures/`).

* the opgaven × regio's matrix (`/opgaven/`, `/regios/`): per opgave and
  region the published content linked to both, with its kennisbank link;
* the cross-over diagram on `/opgaven/`: the live opgaven on a circle and
  their cross-overs (stored once, shown both ways) as lines;
* the locator map on `/regios/`: the outline of the Netherlands from
  `regions.locator_map` with the regions marked;
* the learning levels on `/aanpak/`, each with its number of items.

Design: the overviews (`/opgaven/`, `/regios/`) and the approach page live
in `articles`, `opgaven` and `regions`, which may not import discovery; the
matrix needs opgaven *and* regions, and all of them the content cache, which
only discovery has. So those pages ask the `articles.pictures` hook for extra
context and this module answers it (`page_pictures`, registered in
`wagtail_hooks.py`): the dependency still runs one way. The drawing itself
is pure geometry owned by the app whose things it draws
(`opgaven.pictures.crossover_diagram`, `regions.locator_map.region_map`), so
an opgave or region page draws its own picture from its own context, without
the hook: an opgave page from the one query it already makes for its
cross-overs, a region page with one query for the live regions, both within
the detail-page budget of 10 queries.

Cost: everything the matrix, the diagram and the map need on the overviews
comes from one cached `site_overview` (three queries when the cache is cold:
the live opgaven and regions in one UNION, the cross-overs, the opgave ×
region counts), the levels from one cached query; with a warm cache a page
pays nothing extra. The cache is keyed by the content version, which every
publish, unpublish and vocabulary change bumps (`content_cache`).

Numbers match the listings: "published" is live and public, as in
`/kennisbank/`, so a cell's number is the result count behind its link.
"""

import math

from django.db.models import Count, IntegerField, Q, Value
from wagtail.models import Page

from articles import content_cache
from articles.models import ApproachPage, ContentPage, Level
from articles.sections import KENNISBANK
from opgaven.models import Crossover, OpgaveIndexPage, OpgavePage
from opgaven.pictures import crossover_diagram
from regions.locator_map import region_map
from regions.models import RegionIndexPage, RegionPage

#: Shading steps of a non-empty matrix cell (1 … STEPS, relative to the fullest cell).
STEPS = 4
#: The learning levels' square viewBox, the innermost ring's radius and each further ring's width.
LEVELS_SIZE, LEVEL_RING_INNER, LEVEL_RING_WIDTH = 320, 58, 49


# --- data, cached per content version -------------------------------------------


def _node(kind, pk, title, slug, url_path, request):
    return {
        "kind": kind,
        "id": pk,
        "title": title,
        "slug": slug,
        "url": Page(id=pk, url_path=url_path).get_url(request),
    }


def _site_overview(request):
    """Live opgaven and regions (in tree order), cross-over pairs and the
    opgave × region counts of published content: three queries."""
    fields = ("kind", "id", "title", "slug", "url_path", "path")
    # UNION parts stay unordered (see articles.querysets.first_rows): sorted here.
    opgaven = OpgavePage.objects.live().order_by().annotate(kind=Value("opgave")).values_list(*fields)
    regions = RegionPage.objects.live().order_by().annotate(kind=Value("regio")).values_list(*fields)
    rows = sorted(opgaven.union(regions, all=True), key=lambda row: (row[0], row[5]))
    nodes = [_node(kind, pk, title, slug, url_path, request) for kind, pk, title, slug, url_path, _path in rows]
    pairs = Crossover.objects.filter(opgave__live=True, other__live=True).values_list("opgave_id", "other_id")
    counts = (
        ContentPage.objects.published()
        .filter(opgaven__isnull=False, regions__isnull=False)
        .values_list("opgaven", "regions")
        .annotate(total=Count("pk", distinct=True))
        .order_by()
    )
    return {
        "opgaven": [node for node in nodes if node["kind"] == "opgave"],
        "regions": [node for node in nodes if node["kind"] == "regio"],
        "crossovers": sorted({tuple(sorted(pair)) for pair in pairs}),
        "counts": {(opgave, region): total for opgave, region, total in counts},
    }


def site_overview(request):
    return content_cache.cached("pictures:overview", lambda: _site_overview(request))


def _level_counts():
    published = ContentPage.objects.published().values("pk")
    return list(
        Level.objects.annotate(
            total=Count(
                "content_pages", filter=Q(content_pages__in=published), distinct=True, output_field=IntegerField()
            )
        )
        .values("id", "slug", "name", "description", "total")
        # In editor order: Django drops Meta.ordering from a query that groups,
        # and SQLite then returned the levels in another order than PostgreSQL.
        .order_by("sort_order", "pk")
    )


def level_counts():
    return content_cache.cached("pictures:levels", _level_counts)


# --- pictures --------------------------------------------------------------------


def shade_step(count, highest):
    """0 for an empty cell, else 1 … STEPS by the share of the fullest cell."""
    if not count or not highest:
        return 0
    return max(1, math.ceil(STEPS * count / highest))


def matrix(overview):
    """Rows per opgave, a cell per region: count, shading step, listing link."""
    counts = overview["counts"]
    highest = max(counts.values(), default=0)
    rows = []
    for opgave in overview["opgaven"]:
        cells = []
        for region in overview["regions"]:
            count = counts.get((opgave["id"], region["id"]), 0)
            cells.append(
                {
                    "region": region,
                    "count": count,
                    "step": shade_step(count, highest),
                    "url": KENNISBANK.url(opgave=opgave["slug"], regio=region["slug"]) if count else "",
                }
            )
        rows.append({"opgave": opgave, "cells": cells, "total": sum(cell["count"] for cell in cells)})
    return {"regions": overview["regions"], "rows": rows, "highest": highest, "steps": range(1, STEPS + 1)}


def approach_levels():
    """The three learning levels, each with its count and kennisbank link."""
    levels = level_counts()
    highest = max((level["total"] for level in levels), default=0)
    result = []
    for position, level in enumerate(levels):
        # Concentric rings, the first level (individu) in the middle: each
        # label sits in its own ring's top band, the innermost at the centre.
        radius = LEVEL_RING_INNER + LEVEL_RING_WIDTH * position
        label_y = LEVELS_SIZE / 2 - 4 if position == 0 else LEVELS_SIZE / 2 - radius + 20
        result.append(
            {
                **level,
                "url": KENNISBANK.url(niveau=level["slug"]),
                "step": shade_step(level["total"], highest),
                "radius": radius,
                "label_y": label_y,
                "count_y": label_y + 18,
            }
        )
    return {"levels": result, "size": LEVELS_SIZE, "centre": LEVELS_SIZE / 2}


def page_pictures(page, request):
    """The pictures of `page`, for the `articles.pictures` hook. (An opgave
    or region page draws its own from the queries it already makes: see
    `opgaven.context` and `regions.context`.)"""
    if isinstance(page, OpgaveIndexPage):
        overview = site_overview(request)
        return {
            "matrix": matrix(overview),
            "crossover_diagram": crossover_diagram(overview["opgaven"], overview["crossovers"]),
        }
    if isinstance(page, RegionIndexPage):
        overview = site_overview(request)
        return {"matrix": matrix(overview), "region_map": region_map(overview["regions"])}
    if isinstance(page, ApproachPage):
        return {"approach_levels": approach_levels()}
    return {}
