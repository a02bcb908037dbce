"""The search backend (SEARCH_URL) is unreachable (issue 9, Faults).

Two ways it can be gone, which must look the same to visitors and editors:
an Elasticsearch host that refuses connections (the real client, a closed
port on 127.0.0.1), and a configured backend whose client package is not
installed (the backend the settings then choose, see settings/base.py).
`/zoeken/` answers 200 with a Dutch message, suggestions are empty, the rest
of the site is unaffected, and saving and publishing in the admin succeed
while the failed index update is logged.
"""

import importlib.util
import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from articles.models import StoryPage

from ..admin_forms import add_url, complete_content_form_data
from ..factories import make_content, make_theme

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[2]
PUBLISH = {"action-publish": "action-publish"}


def closed_port():
    """A loopback port nobody listens on: connections are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings_search_backends(**env):
    """WAGTAILSEARCH_BACKENDS as the settings compute it for this environment."""
    code = "import json; from overheidvannu.settings import base; print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def elasticsearch_host_down():
    port = closed_port()
    backends = settings_search_backends(SEARCH_URL=f"http://127.0.0.1:{port}", SEARCH_BACKEND="elasticsearch8")
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert importlib.util.find_spec("elasticsearch"), "the elasticsearch client is pinned in requirements.txt"
    return backends["default"]


def opensearch_client_missing():
    assert importlib.util.find_spec("opensearchpy") is None, "this case needs a backend whose client is not installed"
    backends = settings_search_backends(SEARCH_URL=f"http://127.0.0.1:{closed_port()}", SEARCH_BACKEND="opensearch2")
    assert backends["default"]["BACKEND"] == "overheidvannu.discovery.search.unavailable"
    return backends["default"]


@pytest.fixture(params=[elasticsearch_host_down, opensearch_client_missing], ids=["host-down", "client-missing"])
def search_down(request, settings):
    backend = request.param()
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "TIMEOUT": 2, "AUTO_UPDATE": True}}
    return backend


@pytest.fixture
def site(tree):
    theme = make_theme("Sturen in netwerken")
    make_content(tree, StoryPage, "Wonen in de Achterhoek", levels=["netwerk"], themes=[theme])
    return tree


def test_search_page_says_in_dutch_that_search_is_unavailable(client, site, search_down, caplog):
    with caplog.at_level(logging.ERROR):
        response = client.get("/zoeken/", {"q": "wonen"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="zoeken-niet-beschikbaar"' in html
    assert "Zoeken is op dit moment niet beschikbaar" in html
    assert 'id="resultaten"' not in html
    assert "Traceback" not in html
    # The search form is still there, with the visitor's words.
    assert 'name="q" value="wonen"' in html
    assert any(record.levelno >= logging.ERROR for record in caplog.records), "the failure is logged"


def test_suggestions_are_empty_not_an_error(client, site, search_down):
    response = client.get("/zoeken/suggesties/", {"q": "wo"})
    assert response.status_code == 200
    assert response.json() == []


def test_rest_of_the_site_is_unaffected(client, site, search_down):
    for path in ["/", "/kennisbank/", "/verhalen/", "/verhalen/wonen-in-de-achterhoek/", "/thema/sturen-in-netwerken/"]:
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Wonen in de Achterhoek" in client.get("/kennisbank/?niveau=netwerk").content.decode()


def test_saving_and_publishing_in_the_admin_still_work(client, site, search_down, django_user_model, caplog):
    editor = django_user_model.objects.create_superuser("eindredacteur", "eind@example.org", "geheim-wachtwoord")
    client.force_login(editor)
    form = complete_content_form_data(StoryPage, "Schulden voorkomen in Groningen")
    with caplog.at_level(logging.ERROR):
        draft = client.post(add_url(StoryPage, site.stories), form)
        assert draft.status_code == 302, draft.content.decode()[:2000]
        page = StoryPage.objects.get(title="Schulden voorkomen in Groningen")
        assert not page.live

        published = client.post(
            f"/admin/pages/{page.pk}/edit/",
            {**complete_content_form_data(StoryPage, "Schulden voorkomen in Groningen", slug=page.slug), **PUBLISH},
        )
    assert published.status_code == 302, published.content.decode()[:2000]
    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == 2
    # The index update failed, and that was logged rather than raised.
    assert any("search backend" in record.getMessage() for record in caplog.records), [
        record.getMessage() for record in caplog.records
    ]
    client.logout()
    assert client.get("/verhalen/schulden-voorkomen-in-groningen/").status_code == 200


def test_listing_and_feed_with_words_answer_503_not_500(client, site, search_down):
    """A listing narrowed by `q` needs the search backend; without it the
    site's error handler answers an honest 503 with Retry-After."""
    client.raise_request_exception = False
    for path in ["/kennisbank/?q=wonen", "/verhalen/?q=wonen", "/kennisbank/feed/?q=wonen"]:
        response = client.get(path)
        assert response.status_code == 503, path
        assert response["Retry-After"].isdigit()
        assert "Even niet beschikbaar" in response.content.decode()
        assert "Traceback" not in response.content.decode()
