"""The HTTP cache in front, for real: deploy/varnish.vcl in a real varnishd
before the site in a real gunicorn, both on free loopback ports, purged by
the app's surrogate keys when an editor publishes."""

import time
import urllib.error
import urllib.request
from urllib.parse import urlunsplit

import pytest
from django.db import connection
from django.test import Client

from articles.models import StoryPage

from ..factories import SiteTree, make_content, make_opgave, make_theme
from ..servers import gunicorn, site_env, varnish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def database_url_of_test_db():
    """The URL of pytest-django's test database, for the server processes."""
    db = connection.settings_dict
    host = db.get("HOST") or "127.0.0.1"
    netloc = f"{db['USER']}@{host}:{db.get('PORT') or 5432}" if db.get("USER") else host
    return urlunsplit(("postgres", netloc, "/" + db["NAME"], "", ""))


@pytest.fixture(scope="module")
def cache_in_front(restore_migrated_data, django_db_setup, django_db_blocker):
    """gunicorn (test settings, the test database) behind a real varnishd."""
    with django_db_blocker.unblock():
        database_url = database_url_of_test_db()
    # Content data is recomputed on every request in the server process (its
    # local cache would not see this process's version bumps).
    env = site_env(database_url, CONTENT_CACHE_SECONDS="0")
    with gunicorn(env, workers=1) as (_backend, port), varnish(port) as cache_url:
        yield cache_url


@pytest.fixture
def cache_url(cache_in_front, settings):
    settings.FRONTEND_CACHE_URL = cache_in_front
    yield cache_in_front
    # Nothing carries over to the next test.
    from overheidvannu.operations.frontend_cache import purge_keys

    purge_keys(["all"])


def fetch(base, path, cookie=None):
    request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def publish_new_title(page, title):
    page = StoryPage.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()


def test_second_request_is_a_hit_and_publish_purges_only_what_shows_the_page(cache_url):
    tree = SiteTree()
    theme, other_theme = make_theme("Sturen in netwerken"), make_theme("Sterk bestuur")
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    story = make_content(tree, title="Wijkaanpak Rotterdam", themes=[theme], opgaven=[opgave])
    unrelated = make_content(tree, title="Waterschap werkt mee", themes=[other_theme])
    about = tree.add_standard_page("Over ons", "over")

    affected = [
        story.url,
        "/",
        "/kennisbank/",
        f"/kennisbank/?thema={theme.slug}",
        f"/kennisbank/?thema={other_theme.slug}",  # its facet counts include the story
        "/verhalen/",
        "/kennisbank/feed/",
        f"/thema/{theme.slug}/",
        opgave.url,
        "/sitemap.xml",
    ]
    shows_title = [path for path in affected if other_theme.slug not in path and "sitemap" not in path]
    untouched = [unrelated.url, about.url, f"/thema/{other_theme.slug}/"]
    for path in affected + untouched:
        status, headers, _body = fetch(cache_url, path)
        assert status == 200, path
        assert headers["X-Cache"] == "MISS", path
    for path in affected + untouched:
        status, headers, body = fetch(cache_url, path)
        assert headers["X-Cache"] == "HIT", path
        assert "xkey" not in {key.lower() for key in headers}, "surrogate keys stay inside the cache"
        if path in shows_title:
            assert "Wijkaanpak Rotterdam" in body, path

    started = time.monotonic()
    publish_new_title(story, "Wijkaanpak Rotterdam-Zuid")
    assert time.monotonic() - started < 5

    for path in affected:
        status, headers, body = fetch(cache_url, path)
        assert headers["X-Cache"] == "MISS", f"{path} was not purged"
        if path in shows_title:
            assert "Wijkaanpak Rotterdam-Zuid" in body, path
    for path in untouched:
        _status, headers, _body = fetch(cache_url, path)
        assert headers["X-Cache"] == "HIT", f"{path} was purged but does not show the story"


def test_theme_change_purges_pages_that_show_it(cache_url):
    tree = SiteTree()
    theme, other_theme = make_theme("Politiek en bestuur"), make_theme("In de regio")
    story = make_content(tree, title="Raad en regio", themes=[theme])
    unrelated = make_content(tree, title="Alleen de regio", themes=[other_theme])
    for path in (story.url, unrelated.url):
        fetch(cache_url, path)
    theme.name = "Politiek, bestuur en raad"
    theme.save()
    _status, headers, body = fetch(cache_url, story.url)
    assert headers["X-Cache"] == "MISS" and "Politiek, bestuur en raad" in body
    assert fetch(cache_url, unrelated.url)[1]["X-Cache"] == "HIT"


def test_editor_with_a_session_always_gets_a_fresh_page(cache_url, django_user_model):
    tree = SiteTree()
    story = make_content(tree, title="Voor de redactie")
    for _ in range(2):
        _status, headers, _body = fetch(cache_url, story.url)
    assert headers["X-Cache"] == "HIT"
    # A change the cache is not told about (no signal): anonymous visitors
    # keep the cached copy, the logged-in editor sees the database.
    StoryPage.objects.filter(pk=story.pk).update(title="Stil gewijzigd")
    editor = django_user_model.objects.create_user("redacteur", "r@example.org", "geheim-wachtwoord")
    client = Client()
    client.force_login(editor)
    session = f"sessionid={client.cookies['sessionid'].value}"
    for _ in range(2):
        _status, headers, body = fetch(cache_url, story.url, cookie=session)
        assert headers["X-Cache"] == "MISS"
        assert "Stil gewijzigd" in body
        assert "public" not in headers.get("Cache-Control", "")
    assert "Voor de redactie" in fetch(cache_url, story.url)[2]


def test_never_cached_admin_search_posts_and_cookies(cache_url):
    SiteTree()
    for path in ("/zoeken/?q=wonen", "/admin/login/", "/kennisbank/?q=wonen"):
        for _ in range(2):
            _status, headers, _body = fetch(cache_url, path)
            assert headers["X-Cache"] == "MISS", path
    request = urllib.request.Request(cache_url + "/kennisbank/", data=b"x=1", method="POST")  # noqa: S310
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)  # noqa: S310 - loopback
    assert error.value.headers["X-Cache"] == "MISS"


def test_html_feeds_and_json_leave_compressed(cache_url):
    SiteTree()
    for path in ("/", "/kennisbank/feed/", "/api/v2/pages/"):
        request = urllib.request.Request(cache_url + path, headers={"Accept-Encoding": "gzip"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            assert response.headers.get("Content-Encoding") == "gzip", path
