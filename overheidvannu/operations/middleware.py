"""Site-wide HTTP behaviour."""

import contextlib

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.models import Site

from articles import content_cache

from .private_api import give_wagtail_the_site

# Never cached by a shared cache: the admin, search (personal queries) and
# anything that depends on who is logged in.
PRIVATE_PREFIXES = ("/admin/", "/zoeken/", "/documents/", "/healthz")


class PublicCacheControlMiddleware:
    """Give anonymous GET responses a Cache-Control a CDN can act on.

    Views that set their own Cache-Control keep it. Responses that set a
    cookie, or that are for a logged-in user, are marked private.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        if (
            request.method not in ("GET", "HEAD")
            or request.path_info.startswith(PRIVATE_PREFIXES)
            or response.cookies
            or (user is not None and user.is_authenticated)
            or response.status_code >= 500
        ):
            patch_cache_control(response, private=True, no_cache=True)
            return response
        if response.status_code in (200, 301, 404, 410):
            max_age = settings.PUBLIC_CACHE_MAX_AGE
            patch_cache_control(response, public=True, max_age=max_age, stale_while_revalidate=max_age)
            patch_vary_headers(response, ["Cookie"])
        return response


class CachedSiteMiddleware:
    """Find the request's Wagtail Site in the content cache instead of a
    query per request: Wagtail's own lookup (`Site.find_for_request`) runs
    once per host and port and content version (any Site change bumps it),
    and its answer is handed to Wagtail for the request (private_api.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            # Checked against ALLOWED_HOSTS already by CommonMiddleware, before this one.
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            return self.get_response(request)
        # With the database down, the view answers for itself (the health check says 503).
        with contextlib.suppress(DatabaseError):
            # In a tuple: "no site" is an answer worth caching too.
            (site,) = content_cache.cached(
                f"site:{hostname}:{request.get_port()}", lambda: (Site.find_for_request(request),)
            )
            give_wagtail_the_site(request, site)
        return self.get_response(request)
