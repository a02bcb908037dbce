"""The site's navigation and section addresses, from `articles.sections`.

The header and the footer link only sections whose page is live: a section a
superuser took offline (only one may, articles/permissions.py) is left out
until it is back, so no visitor is sent to a 404 from every page.

Which sections are live is asked once per process and kept in memory, not in
the shared cache, so the navigation costs no query on any page (pages have a
query budget, measured with an empty cache): it is forgotten when a section
page changes in this process (signals) and after `CONTENT_CACHE_SECONDS`, so
another process follows within that time (as articles/content_cache.py does).
"""

import threading
import time

from django import template
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from articles import content_cache, sections
from articles.permissions import SECTION_DEPTH

register = template.Library()


def _section(key):
    for section in (*sections.MAIN_NAVIGATION, *sections.FOOTER_NAVIGATION):
        if section.key == key:
            return section
    raise template.TemplateSyntaxError(f"Unknown section {key!r}")


@register.simple_tag
def section_url(key, **params):
    """`{% section_url "kennisbank" niveau=level.slug %}` gives
    `/kennisbank/?niveau=<slug>`; empty parameters are left out."""
    return _section(key).url(**params)


_live_sections = threading.local()  # per thread: a set computed inside a transaction stays there
_forgotten_at = [0.0]  # when a section page last changed in this process


def _live_section_slugs():
    known = getattr(_live_sections, "value", None)
    now = time.monotonic()
    if known is None or known[0] < _forgotten_at[0] or now - known[0] > content_cache.timeout():
        slugs = frozenset(Page.objects.live().filter(depth=SECTION_DEPTH).values_list("slug", flat=True))
        known = _live_sections.value = (now, slugs)
    return known[1]


def _forget_live_sections(sender, instance=None, **kwargs):
    if isinstance(instance, Page) and instance.depth in (None, SECTION_DEPTH):
        _forgotten_at[0] = time.monotonic()


for _signal in (post_save, post_delete, page_published, page_unpublished):
    _signal.connect(_forget_live_sections, dispatch_uid=f"navigation-live-sections-{id(_signal)}")


def _reachable(items):
    """The sections that lead somewhere: a live section page, or no page at
    all (the themes overview is a view)."""
    pages = {section.key for section in (*sections.MAIN_NAVIGATION, *sections.FOOTER_NAVIGATION)} - {
        sections.THEMAS.key
    }
    live = _live_section_slugs()
    return [section for section in items if section.key not in pages or section.key in live]


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The header's sections, the one the current page lies in marked."""
    request = context.get("request")
    current = None
    if request is not None and not context.get("nav_unmarked"):
        current = sections.section_of(request.path)
    return {"items": [(section, section == current) for section in _reachable(sections.MAIN_NAVIGATION)]}


@register.inclusion_tag("components/footer_navigation.html")
def footer_navigation():
    return {"items": _reachable(sections.FOOTER_NAVIGATION), "kennisbank": sections.KENNISBANK}
