"""Site-wide HTTP behaviour."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

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
            or request.path.startswith(PRIVATE_PREFIXES)
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
