"""Byte ranges through the real HTTP cache (deploy/varnish.vcl in varnishd,
before the site in gunicorn): a player's `Range` request reaches the app and
its 206 comes back whole and unchanged, and a partial answer is never kept
and served to someone who asked for the whole file (issue 23)."""

import urllib.error
import urllib.request

import pytest

from articles.models import StoryPage

from ..factories import SiteTree, make_content
from .test_byte_ranges import AUDIO, audio_block, audio_document
from .test_frontend_cache import cache_in_front, cache_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def fetch_bytes(base, path, headers=None):
    request = urllib.request.Request(base + path, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_a_range_passes_the_cache_as_206_and_the_whole_file_stays_whole(cache_url):  # noqa: F811
    tree = SiteTree()
    document = audio_document()
    make_content(tree, StoryPage, "Podcast door de cache", body=[("audio", audio_block(document))])

    for _ in range(2):  # the second time, nothing may come from a stored partial answer
        status, headers, body = fetch_bytes(cache_url, document.url, {"Range": "bytes=1000-1999"})
        assert status == 206
        assert headers["Content-Range"] == f"bytes 1000-1999/{len(AUDIO)}"
        assert body == AUDIO[1000:2000]
        assert headers["Content-Type"] == "audio/mpeg"
        assert headers["Content-Disposition"].startswith("inline")
        assert "Content-Encoding" not in headers

        status, headers, body = fetch_bytes(cache_url, document.url)
        assert status == 200 and body == AUDIO
        assert headers["Accept-Ranges"] == "bytes"

    status, headers, _body = fetch_bytes(cache_url, document.url, {"Range": "bytes=-100"})
    assert status == 206 and headers["Content-Range"] == f"bytes {len(AUDIO) - 100}-{len(AUDIO) - 1}/{len(AUDIO)}"
    status, headers, _body = fetch_bytes(cache_url, document.url, {"Range": f"bytes={len(AUDIO)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(AUDIO)}"
