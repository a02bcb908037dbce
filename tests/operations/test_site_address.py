"""The public address follows WAGTAILADMIN_BASE_URL: the Wagtail Site record
is set from it, so the sitemap, the API and feeds carry https URLs."""

import json
import os
import re
import secrets
import subprocess
import sys
import urllib.request

import pytest
from django.core.management import call_command
from wagtail.models import Site

from overheidvannu.operations.site_address import address_from_base_url, sync_after_migrate

from .. import demo_template
from ..factories import make_content
from ..servers import ROOT, gunicorn, site_env, smtp_env, smtp_server

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


# --- the demo site under production settings, as a demo or staging site runs ---------------

DEMO = demo_template.DEMO_BASE_URL

# A reader who has followed everything for years, then the hourly `send_alerts`.
SUBSCRIBE_AND_SEND_ALERTS = """
import datetime
from django.core.management import call_command
from django.utils import timezone
from overheidvannu.alerts.models import Subscription
Subscription.objects.create(
    email="lezer@example.org", frequency="dagelijks", confirmed_at=timezone.now() - datetime.timedelta(days=3650)
)
call_command("send_alerts")
"""


@pytest.fixture
def demo_database(tmp_path):
    """A database of its own holding the demo as `migrate` and `load_demo`
    left it under the production settings with WAGTAILADMIN_BASE_URL set to
    the demo's address (tests/demo_template.py, whose DEMO_BASE_URL is ours),
    its media in tmp_path/media; yields its URL."""
    name = f"ovn_site_address_{secrets.token_hex(4)}"
    url = demo_template.copy(os.environ["DATABASE_URL"], name, tmp_path / "media")
    try:
        yield url
    finally:
        demo_template.drop(os.environ["DATABASE_URL"], name)


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, f"manage.py {args[0]}: {result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result


def fetch(url, headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - the loopback test server
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read().decode()


def test_the_demo_site_keeps_its_public_address_in_sitemap_api_and_alert_mail(demo_database, tmp_path):
    """`migrate` then `load_demo` under the production settings, as a demo or
    staging site is set up (done once by tests/demo_template.py, which this
    test's database copies as they left it): the Site keeps
    WAGTAILADMIN_BASE_URL's address, so nothing a visitor, another system or
    a subscriber gets says localhost."""
    with smtp_server() as inbox:
        env = site_env(
            demo_database,
            "overheidvannu.settings.production",
            SECRET_KEY="site-address-test-" + "k3y-w1th-3nough-3ntr0py-" * 3,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            WAGTAILADMIN_BASE_URL=DEMO,
            MEDIA_ROOT=tmp_path / "media",
            STATIC_ROOT=tmp_path / "static",
            **smtp_env(inbox.port),
        )
        for variable in ("REDIS_URL", "SEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "TEST_EMAIL_BACKEND"):
            env.pop(variable, None)
        manage(env, "shell", "-c", SUBSCRIBE_AND_SEND_ALERTS)
        (alert,) = inbox.wait_for(1)

    # Requested as the TLS proxy in front passes a visitor's request on.
    proxied = {"Host": "demo.overheidvannu.example", "X-Forwarded-Proto": "https"}
    with gunicorn({**env, "ALLOWED_HOSTS": "demo.overheidvannu.example,127.0.0.1"}, workers=1) as (base_url, _):
        sitemap = fetch(base_url + "/sitemap.xml", proxied)
        api = json.loads(fetch(base_url + "/api/v2/pages/?limit=20", proxied))

    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(locations) > 60, "the demo's pages are in the sitemap"
    assert [location for location in locations if not location.startswith(DEMO + "/")] == []
    urls = [item["meta"]["html_url"] for item in api["items"]]
    assert len(urls) == 20
    assert all(url.startswith(DEMO + "/") for url in urls), urls[:3]

    text = alert.get_body(("plain",)).get_content()
    html = alert.get_body(("html",)).get_content()
    links = re.findall(r"https?://[^\s\"<>]+", text + html + alert["List-Unsubscribe"])
    assert len(links) > 6, text
    assert [link for link in links if not link.startswith(DEMO + "/")] == []
