"""The private names `operations` still relies on (overheidvannu/operations/private_api.py),
each checked against the installed Wagtail: when an upgrade renames or changes
one, this fails here, loudly, instead of the site quietly losing its speed."""

import inspect

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from overheidvannu.operations import private_api

pytestmark = pytest.mark.django_db


def test_wagtail_still_keeps_the_site_of_a_request_on_request_wagtail_site():
    source = inspect.getsource(Site.find_for_request)
    assert "request._wagtail_site" in source, "Wagtail's per-request Site cache moved: update private_api.py"
    request = RequestFactory().get("/", HTTP_HOST="elders.example")
    site = Site(hostname="gegeven.example", port=443)
    private_api.give_wagtail_the_site(request, site)
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(request) is site
        assert Site.find_for_request(request) is site
    assert len(queries) == 0, "Wagtail looked the site up again instead of taking the one it was given"


def test_a_request_after_the_first_finds_its_site_without_a_query(client, tree):
    client.get("/")  # the first request for this host and port asks the database
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/over-ons-bestaat-niet/").status_code == 404
    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]
