"""`manage.py update_index`, which `load_demo` runs once at the end, costs the
same number of queries for 2 pages as for 8: the linked themes, opgaven,
regions and authors that a page's search text names are read once per batch
(`get_indexed_objects` in articles/models), not once per page and field.
At `load_demo --pages 50000` that is the difference between minutes and half
an hour."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ContentPage, EssayPage

from ..factories import make_content, make_opgave, make_person, make_region, make_theme

pytestmark = pytest.mark.django_db


def update_index_queries():
    with CaptureQueriesContext(connection) as queries:
        call_command("update_index", stdout=io.StringIO())
    return len(queries)


def add_pages(tree, count, vocabulary, authors):
    """`count` stories and `count` essays, each linked to all of `vocabulary`."""
    for _ in range(count):
        make_content(tree, levels=["netwerk"], **vocabulary)
        essay = make_content(tree, EssayPage, levels=["individu"], **vocabulary)
        essay.set_authors(authors)
        essay.save()


def test_indexing_two_or_eight_pages_takes_as_many_queries(tree):
    vocabulary = {
        "themes": [make_theme("Bodemdaling")],
        "opgaven": [make_opgave(tree, "Toekomstbestendig wonen")],
        "regions": [make_region(tree, "Achterhoek")],
    }
    authors = [make_person("Eerste Auteur"), make_person("Tweede Auteur")]
    add_pages(tree, 1, vocabulary, authors)
    # A first run fills Django's and Wagtail's caches (content types, sites),
    # which earlier tests may or may not have filled: count from warm caches.
    update_index_queries()
    two = update_index_queries()
    add_pages(tree, 3, vocabulary, authors)
    eight = update_index_queries()
    assert eight == two
    # ... and the linked names are in the index all the same.
    for words in ("bodemdaling", "toekomstbestendig wonen", "achterhoek"):
        assert ContentPage.objects.live().search(words).count() == 8, words
    assert EssayPage.objects.live().search("tweede auteur").count() == 4
