"""Issue 25's content doors through the real cache in front: deploy/varnish.vcl
in a real varnishd before the site in a real gunicorn (tests/servers.py).
Draft vocabulary and unused uploads never reach the cache, and publishing,
unpublishing or deleting them purges what shows them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from articles.models import EssayPage, Theme

from ..factories import SiteTree, make_content, make_theme
from .test_frontend_cache import cache_in_front, cache_url, fetch  # noqa: F401 - the fixtures
from .test_uploads import PDF

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def cached_twice(base, path):
    """Fetch `path` until the cache holds it; its body."""
    fetch(base, path)
    status, headers, body = fetch(base, path)
    assert (status, headers["X-Cache"]) == (200, "HIT"), path
    return body


def test_a_draft_theme_shows_through_the_cache_only_once_published(cache_url):  # noqa: F811
    tree = SiteTree()
    draft = make_theme("Leren van elkaar", live=False)
    story = make_content(tree, title="Raad en regio", themes=[draft, make_theme("In de regio")])
    for path in ("/thema/", story.url, "/sitemap.xml"):
        assert "Leren van elkaar" not in cached_twice(cache_url, path) and draft.slug not in fetch(cache_url, path)[2]

    Theme.objects.get(pk=draft.pk).save_revision().publish()
    for path in ("/thema/", story.url, "/sitemap.xml"):
        _status, headers, body = fetch(cache_url, path)
        assert headers["X-Cache"] == "MISS", f"{path} was not purged"
        assert draft.slug in body, path


def test_deleting_a_theme_takes_it_off_the_cached_theme_index(cache_url):  # noqa: F811
    tree = SiteTree()
    theme = make_theme("Weg ermee")
    make_content(tree, title="Een verhaal", themes=[theme, make_theme("Blijft")])
    assert "Weg ermee" in cached_twice(cache_url, "/thema/")

    Theme.objects.get(pk=theme.pk).delete()
    _status, headers, body = fetch(cache_url, "/thema/")
    assert headers["X-Cache"] == "MISS" and "Weg ermee" not in body and "Blijft" in body


def test_an_upload_goes_public_through_the_cache_when_its_page_is_published(cache_url):  # noqa: F811
    tree = SiteTree()
    document = get_document_model().objects.create(title="Rapport in review", file=ContentFile(PDF, name="r.pdf"))
    assert "Rapport in review" not in cached_twice(cache_url, "/api/v2/documents/")
    assert fetch(cache_url, document.url)[0] == 404

    make_content(tree, EssayPage, "Essay met rapport", pdf=document)
    _status, headers, body = fetch(cache_url, "/api/v2/documents/")
    assert headers["X-Cache"] == "MISS" and "Rapport in review" in body
    assert fetch(cache_url, document.url)[0] == 200
