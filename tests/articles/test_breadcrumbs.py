"""Breadcrumbs use the ancestors the router loaded while finding the page
(overheidvannu.discovery.routing → articles.page_meta.remember_ancestors),
for that page only; the detail-page budget in test_pages holds them to no
query of their own (Wagtail's `get_ancestors()` would cost one more: a story
page at 11 queries, over its budget of 10)."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from articles.models import StoryPage
from articles.page_meta import breadcrumbs

from ..factories import make_content

pytestmark = pytest.mark.django_db


def routed(path):
    """The page at `path` and the request it was routed for, as Wagtail's serve view routes it."""
    request = RequestFactory().get(path)
    page, _args, _kwargs = Page.route_for_request(request, path)
    return page, request


def titles(crumbs):
    return [crumb["title"] for crumb in crumbs]


def test_a_routed_page_shows_its_trail_without_asking_the_database_again(tree):
    story = make_content(tree, StoryPage, "Samen bouwen")
    page, request = routed(story.url)
    with CaptureQueriesContext(connection) as queries:
        crumbs = breadcrumbs(page, request)
    assert titles(crumbs) == ["Home", "Verhalen", "Samen bouwen"]
    assert [crumb["url"] for crumb in crumbs] == ["/", "/verhalen/", story.url]
    assert len(queries) == 0, [q["sql"] for q in queries]


def test_another_page_in_the_same_request_shows_its_own_trail(tree):
    """A page that shows another's trail (a podcast's transcript shows the
    podcast's) gets that page's ancestors, not those the router found."""
    story = make_content(tree, StoryPage, "Samen bouwen")
    _page, request = routed(story.url)
    opgave_index = tree.opgaven
    assert titles(breadcrumbs(opgave_index, request)) == ["Home", opgave_index.title]
    assert titles(breadcrumbs(tree.stories, request)) == ["Home", "Verhalen"]
