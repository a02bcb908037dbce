"""The HTTP cache in front, for real: deploy/varnish.vcl in a real varnishd
before the site in a real gunicorn, both on free loopback ports, purged
through Wagtail's frontend-cache backends (overheidvannu/operations/varnish.py)
by surrogate key and by address when an editor publishes."""

import io
import time
import urllib.error
import urllib.request
from urllib.parse import urlunsplit

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from wagtail.models import Site

from articles.models import EditionPage, StoryPage
from overheidvannu.operations.frontend_cache import purge

from ..factories import SiteTree, add_edition, add_magazine, make_content, make_image, make_opgave, make_theme
from ..servers import gunicorn, site_env, varnish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def database_url_of_test_db():
    """The URL of pytest-django's test database, for the server processes."""
    db = connection.settings_dict
    host = db.get("HOST") or "127.0.0.1"
    netloc = f"{db['USER']}@{host}:{db.get('PORT') or 5432}" if db.get("USER") else host
    return urlunsplit(("postgres", netloc, "/" + db["NAME"], "", ""))


class CacheInFront(str):
    """The base URL of a varnishd; `backend_port`: the port of the site behind it."""

    backend_port = None


@pytest.fixture(scope="module")
def cache_in_front(restore_migrated_data, django_db_setup, django_db_blocker):
    """gunicorn (test settings, the test database) behind a real varnishd."""
    with django_db_blocker.unblock():
        database_url = database_url_of_test_db()
    # Content data is recomputed on every request in the server process (its
    # local cache would not see this process's version bumps).
    env = site_env(database_url, CONTENT_CACHE_SECONDS="0")
    with gunicorn(env, workers=1) as (_backend, port), varnish(port) as cache_url:
        cache_url = CacheInFront(cache_url)
        cache_url.backend_port = port
        yield cache_url


def frontend_caches(*urls):
    """WAGTAILFRONTENDCACHE as the settings build it from FRONTEND_CACHE_URL."""
    backend = "overheidvannu.operations.varnish.XkeyVarnishBackend"
    return {f"varnish{n}": {"BACKEND": backend, "LOCATION": url} for n, url in enumerate(urls, start=1)}


@pytest.fixture
def cache_url(cache_in_front, settings):
    settings.WAGTAILFRONTENDCACHE = frontend_caches(cache_in_front)
    yield cache_in_front
    purge(["all"])  # nothing carries over to the next test


def fetch(base, path, cookie=None, host=None, headers=None):
    headers = {**(headers or {}), **({"Cookie": cookie} if cookie else {})}
    if host:
        headers["Host"] = host
    request = urllib.request.Request(base + path, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


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


def test_a_page_published_where_a_404_was_cached_is_there_at_once_over_http_and_https(cache_url):
    tree = SiteTree()
    draft = make_content(tree, title="Nieuw in de wijk", live=False)
    path = f"/verhalen/{draft.slug}/"
    host = Site.objects.get(is_default_site=True).hostname  # the address Wagtail gives the page
    https = {"X-Forwarded-Proto": "https"}  # as the TLS proxy in front sends it
    for expected in ("MISS", "HIT"):
        for extra in ({}, https):
            status, headers, _body = fetch(cache_url, path, host=host, headers=extra)
            assert (status, headers["X-Cache"]) == (404, expected)
    # The story's own keys are not on a 404: only its address names it.
    StoryPage.objects.get(pk=draft.pk).save_revision().publish()
    for extra in ({}, https):
        status, headers, body = fetch(cache_url, path, host=host, headers=extra)
        assert (status, headers["X-Cache"]) == (200, "MISS")
        assert "Nieuw in de wijk" in body


def test_unpublishing_takes_the_page_its_listing_and_its_images_renditions_out_of_the_cache_and_no_other(cache_url):
    tree = SiteTree()
    image, other = make_image("Omslag"), make_image("Ander beeld")
    story = make_content(tree, title="Met omslag", listing_image=image)
    neighbour = make_content(tree, title="Met ander beeld", listing_image=other)
    rendition, other_rendition = image.get_rendition("fill-320x180").url, other.get_rendition("fill-320x180").url
    for path in (rendition, other_rendition, story.url, "/verhalen/", neighbour.url):
        for expected in ("MISS", "HIT"):
            status, headers, _body = fetch(cache_url, path)
            assert (status, headers["X-Cache"]) == (200, expected), path
    assert "immutable" in fetch(cache_url, rendition)[1]["Cache-Control"]

    StoryPage.objects.get(pk=story.pk).unpublish()
    status, headers, _body = fetch(cache_url, rendition)
    assert (status, headers["X-Cache"]) == (404, "MISS"), "the cache no longer hands out the private image"
    status, headers, _body = fetch(cache_url, story.url)
    assert (status, headers["X-Cache"]) == (404, "MISS")
    status, headers, body = fetch(cache_url, "/verhalen/")
    assert headers["X-Cache"] == "MISS" and "Met omslag" not in body
    for path in (other_rendition, neighbour.url):
        status, headers, _body = fetch(cache_url, path)
        assert (status, headers["X-Cache"]) == (200, "HIT"), path


def test_an_article_names_a_new_edition_at_once_and_keeps_it_while_it_holds(cache_url):
    tree = SiteTree()
    story, other = make_content(tree, title="Samen bouwen"), make_content(tree, title="Los verhaal")
    edition = add_edition(add_magazine(tree), "2026/03", [("Wonen", [story])], live=False)
    for path in (story.url, other.url):
        fetch(cache_url, path)
        assert fetch(cache_url, path)[1]["X-Cache"] == "HIT"

    edition.save_revision().publish()
    _status, headers, body = fetch(cache_url, story.url)
    assert headers["X-Cache"] == "MISS" and "Verschenen in" in body and "2026/03" in body
    assert fetch(cache_url, other.url)[1]["X-Cache"] == "HIT", "not in the edition: not purged"

    # The editors take the article out again: the note goes with it.
    edition = EditionPage.objects.get(pk=edition.pk)
    edition.chapters = [("chapter", {"heading": "Wonen", "articles": [other]})]
    fetch(cache_url, story.url)
    edition.save_revision().publish()
    _status, headers, body = fetch(cache_url, story.url)
    assert headers["X-Cache"] == "MISS" and "Verschenen in" not in body
    assert "Verschenen in" in fetch(cache_url, other.url)[2]


def test_purge_cache_purges_by_key_by_address_and_everything(cache_url):
    tree = SiteTree()
    story, about = make_content(tree, title="Op de kaart"), tree.add_standard_page("Over ons", "over")
    host = Site.objects.get(is_default_site=True).hostname
    for path in (story.url, about.url):
        fetch(cache_url, path, host=host)

    call_command("purge_cache", f"page-{story.pk}", stdout=io.StringIO())
    assert fetch(cache_url, story.url, host=host)[1]["X-Cache"] == "MISS"
    assert fetch(cache_url, about.url, host=host)[1]["X-Cache"] == "HIT"
    call_command("purge_cache", "--url", f"http://{host}{about.url}", stdout=io.StringIO())
    assert fetch(cache_url, about.url, host=host)[1]["X-Cache"] == "MISS"
    assert fetch(cache_url, story.url, host=host)[1]["X-Cache"] == "HIT"
    call_command("purge_cache", stdout=io.StringIO())
    assert {fetch(cache_url, path, host=host)[1]["X-Cache"] for path in (story.url, about.url)} == {"MISS"}


def test_every_cache_in_front_is_purged(cache_url, settings):
    with varnish(cache_url.backend_port) as second:
        settings.WAGTAILFRONTENDCACHE = frontend_caches(cache_url, second)
        try:
            tree = SiteTree()
            story = make_content(tree, title="Twee caches")
            for base in (cache_url, second):
                fetch(base, story.url)
                assert fetch(base, story.url)[1]["X-Cache"] == "HIT"
            publish_new_title(story, "Twee caches, één bericht")
            for base in (cache_url, second):
                _status, headers, body = fetch(base, story.url)
                assert headers["X-Cache"] == "MISS" and "één bericht" in body, base
        finally:
            settings.WAGTAILFRONTENDCACHE = frontend_caches(cache_url)
