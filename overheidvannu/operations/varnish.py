"""Varnish with the xkey vmod (deploy/varnish.vcl) as a Wagtail frontend-cache backend.

Wagtail's contract (`wagtail.contrib.frontend_cache.backends.BaseBackend`):
`purge(url)` and `purge_batch(urls)` purge addresses; like CFPB's
`cdntools` backends this one adds `purge_by_tags(tags)`, which purges every
response tagged with any of the surrogate keys (`PURGE /` with an
`xkey-purge: key1 key2 …` header). Configured per cache in
`WAGTAILFRONTENDCACHE` (built from FRONTEND_CACHE_URL in the settings):

    WAGTAILFRONTENDCACHE = {
        "varnish1": {"BACKEND": "overheidvannu.operations.varnish.XkeyVarnishBackend",
                     "LOCATION": "http://10.0.0.5:80"},
    }

Unlike Wagtail's own `HTTPBackend`, which logs a cache that did not answer
and carries on, every method raises `PurgeFailed` once it has tried every
request, so that the purge task (`frontend_cache.purge_task`) tries again
later: a page left in the cache after an unpublish is a page still public.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

logger = logging.getLogger(__name__)


class PurgeFailed(ConnectionError):
    """A cache did not answer a purge, or refused it."""


class XkeyVarnishBackend(BaseBackend):
    #: Keys per request: a request header has a length limit (Varnish: 8 KB by default).
    KEYS_PER_REQUEST = 100

    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.scheme, self.netloc = location.scheme or "http", location.netloc
        self.timeout = params.get("TIMEOUT", 5)

    def __repr__(self):
        return f"<XkeyVarnishBackend {self.scheme}://{self.netloc}>"

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        """Purge each address, under the host it names (the VCL purges its
        http and https copies)."""
        failures = []
        for url in urls:
            parts = urlsplit(url)
            path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
            failures += self._send(path, {"Host": parts.netloc})
        self._raise_for(failures)
        logger.info("Purged %d addresses from %r", len(urls), self)

    def purge_by_tags(self, tags):
        """Purge every response tagged with any of `tags` (surrogate keys)."""
        tags = sorted(set(tags))
        failures = []
        for start in range(0, len(tags), self.KEYS_PER_REQUEST):
            failures += self._send("/", {"xkey-purge": " ".join(tags[start : start + self.KEYS_PER_REQUEST])})
        self._raise_for(failures)
        logger.info("Purged %d keys from %r: %s", len(tags), self, " ".join(tags[:20]))

    def _send(self, path, headers):
        """One PURGE request; [] when it was done, else [what went wrong]."""
        request = PurgeRequest(urlunsplit((self.scheme, self.netloc, path, "", "")), headers=headers)
        try:
            with urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - the configured cache address
                response.read()
        except HTTPError as error:
            return [f"{path} {headers}: {error.code} {error.reason}"]
        except (URLError, OSError) as error:
            return [f"{path} {headers}: {error}"]
        return []

    def _raise_for(self, failures):
        if failures:
            raise PurgeFailed(f"{self!r}: " + "; ".join(failures[:5]))
