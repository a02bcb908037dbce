"""Talking to the search backend: the query it is given, the PostgreSQL
specifics, and its failures as one exception the views answer in Dutch."""

import logging
from functools import reduce
from operator import and_, or_

from django.db import DatabaseError, connection
from django.db.models import Lookup, Q
from modelsearch.query import And, Or, PlainText

SEARCH_CONFIG = "dutch_unaccent"

logger = logging.getLogger(__name__)


class SearchUnavailable(Exception):
    """The search backend (SEARCH_URL) cannot be reached or used."""

    # Where no view handles it (a listing or feed given `q`), the site's
    # error handler answers 503 with Retry-After rather than 500.
    service_unavailable = True


def backend_errors_as_unavailable(call):
    """`call()`, with any failure of a search backend raised as
    SearchUnavailable (and logged). Database errors pass unchanged: an
    unreachable database is the site's 503, not a search problem."""
    try:
        return call()
    except DatabaseError:
        raise
    except Exception as error:
        logger.exception("Search backend failed")
        raise SearchUnavailable(str(error)) from error


def is_postgres_database_backend(backend):
    if connection.vendor != "postgresql":
        return False
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return isinstance(backend, PostgresSearchBackend)


def backend_query(words):
    """What the backend is asked: every word of the query (SearchWords). A
    group with alternatives is an OR of its forms, each with all its words;
    without any, the plain query as typed (so its scores stay as they were)."""
    if not words.expanded:
        return PlainText(words.text, operator="and")
    single = [group[0] for group in words.groups if len(group) == 1]
    parts = [PlainText(" ".join(single), operator="and")] if single else []
    parts += [Or([PlainText(form, operator="and") for form in group]) for group in words.groups if len(group) > 1]
    return parts[0] if len(parts) == 1 else And(parts)


def title_query(text):
    """Q: the indexed title holds every word of `text` (PostgreSQL, stemmed)."""
    from django.contrib.postgres.search import SearchQuery

    return Q(index_entries__title=SearchQuery(text, search_type="plain", config=SEARCH_CONFIG))


def group_title_query(group):
    """Q: the indexed title holds one of the group's forms."""
    return reduce(or_, (title_query(form) for form in group))


def named_title_query(words):
    """Q: the indexed title holds every word of the query, in one of the
    forms of each (PostgreSQL's reading of `SearchWords.named_by`)."""
    if not words.expanded:
        return title_query(words.text)
    groups = words.naming_groups
    return reduce(and_, (group_title_query(group) for group in groups)) if groups else Q(pk__in=[])


class InIntegerArray(Lookup):
    """`lhs = ANY('{…}'::integer[])`: one literal array that PostgreSQL (14+)
    turns into a hash table, instead of `IN (…)` with one parameter per id or
    `IN (SELECT unnest(…))`, whose row estimate leads to a nested loop."""

    lookup_name = "in_integer_array"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::integer[])", (*params, [int(pk) for pk in self.rhs])
