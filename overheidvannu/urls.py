from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .discovery.api import api_router
from .discovery.sitemaps import ThemeSitemap
from .operations import document_serving
from .security.password_reset import LimitedPasswordResetView

SITEMAPS = {"pages": PageSitemap, "themes": ThemeSitemap}

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v2/", api_router.urls),
    # Before Wagtail's own: "Wachtwoord vergeten?" with limits per client and per address.
    path("admin/password_reset/", LimitedPasswordResetView.as_view()),
    # Before Wagtail's own: full-text page search, the image library's alt-text filter.
    path("admin/", include("overheidvannu.editorial.admin_overrides")),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view with its checks, then the file with byte ranges.
    path("documents/<int:document_id>/<str:document_filename>", document_serving.serve),
    path("documents/", include(wagtaildocs_urls)),
    path("volgen/", include("overheidvannu.alerts.urls")),
    path("", include("overheidvannu.discovery.urls")),
]

if getattr(settings, "SERVE_LOCAL_MEDIA", False) or settings.DEBUG:
    from .operations.media import serve_public_media

    # Only image renditions are public; original uploads and documents are not.
    urlpatterns += [re_path(r"^media/(?P<path>images/.+)$", serve_public_media)]

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "overheidvannu.errors.page_not_found"
handler500 = "overheidvannu.errors.server_error"
