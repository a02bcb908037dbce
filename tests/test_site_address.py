"""The public address follows WAGTAILADMIN_BASE_URL: the Wagtail Site record
is set from it, so the sitemap, the API and feeds carry https URLs."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from overheidvannu.site_address import address_from_base_url, sync_after_migrate

from .factories import make_content

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.overheidvannu.nl"


def test_address_from_base_url():
    assert address_from_base_url("https://www.overheidvannu.nl") == ("www.overheidvannu.nl", 443)
    assert address_from_base_url("http://127.0.0.1:8000/") == ("127.0.0.1", 8000)
    with pytest.raises(ValueError):
        address_from_base_url("overheidvannu.nl")


def test_migrate_under_production_settings_sets_the_site(settings, tree):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.SYNC_SITE_FROM_BASE_URL = False
    sync_after_migrate(sender=None)
    assert Site.objects.get(is_default_site=True).hostname == "localhost"  # dev and tests keep theirs
    settings.SYNC_SITE_FROM_BASE_URL = True
    sync_after_migrate(sender=None)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("www.overheidvannu.nl", 443, PUBLIC)


def test_sitemap_api_and_feeds_carry_the_public_https_address(settings, client, tree):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.WAGTAILAPI_BASE_URL = PUBLIC
    call_command("sync_site")
    story = make_content(tree, title="Een verhaal met een adres")
    host = {"HTTP_HOST": "www.overheidvannu.nl", "secure": True}

    sitemap = client.get("/sitemap.xml", **host).content.decode()
    assert f"<loc>{PUBLIC}{story.url}</loc>" in sitemap
    assert "http://localhost" not in sitemap

    api = client.get(f"/api/v2/pages/{story.pk}/", **host).json()
    assert api["meta"]["html_url"] == f"{PUBLIC}{story.url}"

    feed = client.get("/kennisbank/feed/", **host).content.decode()
    assert f"{PUBLIC}{story.url}" in feed
    assert "http://localhost" not in feed
