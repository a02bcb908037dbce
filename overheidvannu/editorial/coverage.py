"""Coverage for editors: how much live content there is per level × opgave
and per region × theme, so the redactie sees at a glance where the platform
is thin. Shown as a panel on the Wagtail dashboard (dashboard.py) and as a
report under "Rapporten" (views.py), both in `templates/editorial/`.

Each cell links to the admin listing of all content ("Inhoud › Alle
inhoud", `viewsets.ContentListingViewSet`) filtered the same way:
`?levels=<pk>&opgaven=<pk>&live=true` (the filter names of
`filters.AllContentFilterSet`), so the listing shows exactly the pages the
cell counts. Counted is live content (the admin's notion; a private
section's pages count too), as a few grouped queries, uncached: editors
expect their last publish to show at once.
"""

from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse

from articles.models import ContentPage, Level, Theme
from opgaven.models import OpgavePage
from regions.models import RegionPage

#: The admin listing every cell links to (see the module docstring).
LISTING_URL_NAME = "inhoud:index"
#: The stylesheet of the coverage tables, in the panel and the report.
COVERAGE_CSS = {"all": ["css/coverage-admin.css"]}


def _pair_counts(first, second):
    """{(first pk, second pk): number of live items linked to both}."""
    rows = (
        ContentPage.objects.live()
        .filter(**{f"{first}__isnull": False, f"{second}__isnull": False})
        .values_list(first, second)
        .annotate(total=Count("pk", distinct=True))
        .order_by()
    )
    return {(one, two): total for one, two, total in rows}


def _table(title, row_label, rows, row_param, columns, column_param, counts, listing_url):
    body = []
    empty = 0
    for row in rows:
        cells = []
        for column in columns:
            count = counts.get((column.pk, row.pk), 0)
            empty += not count
            query = urlencode({column_param: column.pk, row_param: row.pk, "live": "true"})
            cells.append({"column": column, "count": count, "url": f"{listing_url}?{query}"})
        body.append({"item": row, "cells": cells})
    return {
        "title": title,
        "row_label": row_label,
        "columns": columns,
        "rows": body,
        "empty": empty,
        "size": len(rows) * len(columns),
    }


def coverage():
    """The two tables: opgaven × levels and themes × regions (five queries)."""
    listing_url = reverse(LISTING_URL_NAME)
    levels = list(Level.objects.all())
    opgaven = list(OpgavePage.objects.order_by("path").only("id", "title", "live"))
    regions = list(RegionPage.objects.order_by("path").only("id", "title", "live"))
    themes = list(Theme.objects.all())
    return {
        "levels_by_opgave": _table(
            "Inhoud per opgave en niveau",
            "Opgave",
            opgaven,
            "opgaven",
            levels,
            "levels",
            _pair_counts("levels", "opgaven"),
            listing_url,
        ),
        "themes_by_region": _table(
            "Inhoud per thema en regio",
            "Thema",
            themes,
            "themes",
            regions,
            "regions",
            _pair_counts("regions", "themes"),
            listing_url,
        ),
    }
