"""Counting searches for the editors: how often each term is searched
(Wagtail's `Query.add_hit()`, shown under Rapporten › Populaire zoektermen
and Gepromote zoekresultaten) and how many results it found the last time,
so they see which searches find nothing and what to add.

The counting is a task: with a worker it is one row written in the visitor's
request and done outside it; with the immediate backend (`make run`, a lone
gunicorn) it runs in the request, as every task does there.
"""

from django.db.models import F
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query

from ..models import SearchTermResults


def record_search(query_text, result_count):
    """Count one search for `query_text` that found `result_count` results
    (whatever filters the visitor set)."""
    count_search_task.enqueue(query_text, result_count)


@task()
def count_search_task(query_text, result_count):
    query = Query.get(query_text)
    query.add_hit()
    SearchTermResults.objects.update_or_create(
        query=query, defaults={"results": result_count, "searched_at": timezone.now()}
    )


def with_last_results(queries):
    """`queries` (of Query) annotated with `last_results`: how many results
    each found the last time (None when not counted since this was added)."""
    return queries.annotate(last_results=F("search_term_results__results"))
