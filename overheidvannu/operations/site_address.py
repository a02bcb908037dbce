"""The Wagtail Site record follows the public address.

Wagtail builds absolute URLs (sitemap, API `html_url`, feeds, e-mails) from
the Site's hostname and port, and calls port 443 https. Out of the box the
record keeps `localhost:80`; here, under production settings
(SYNC_SITE_FROM_BASE_URL), it is set from WAGTAILADMIN_BASE_URL on every
`migrate`, by `manage.py sync_site`, and by every command that creates or
resets the Site (`load_demo`), which asks `default_site_address()`.
"""

from urllib.parse import urlsplit

from django.conf import settings


def address_from_base_url(base_url):
    """(hostname, port) of a base URL such as https://www.example.nl."""
    parts = urlsplit(base_url)
    if not parts.hostname:
        raise ValueError(f"WAGTAILADMIN_BASE_URL is not an absolute URL: {base_url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port


def default_site_address():
    """{"hostname", "port"} for a command that creates or resets the default
    Site: the public address under production settings, Wagtail's own
    `localhost:80` elsewhere (`make run`, tests)."""
    if getattr(settings, "SYNC_SITE_FROM_BASE_URL", False):
        hostname, port = address_from_base_url(settings.WAGTAILADMIN_BASE_URL)
        return {"hostname": hostname, "port": port}
    return {"hostname": "localhost", "port": 80}


def sync_default_site(base_url=None):
    """Give the default Site the hostname and port of `base_url`; returns
    the Site, or None when there is none yet."""
    from wagtail.models import Site

    hostname, port = address_from_base_url(base_url or settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        Site.clear_site_root_paths_cache()
    return site


def sync_after_migrate(sender, **kwargs):
    if getattr(settings, "SYNC_SITE_FROM_BASE_URL", False):
        sync_default_site()
