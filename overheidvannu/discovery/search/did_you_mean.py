""" "Bedoelde je …?": titles like a query that found nothing (PostgreSQL's
trigram similarity, `pg_trgm`)."""

from django.db import connection

DID_YOU_MEAN_LIMIT = 5
DID_YOU_MEAN_THRESHOLD = 0.35


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
