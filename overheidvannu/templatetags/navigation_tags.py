"""The site's navigation and section addresses, from `articles.sections`.

The header and the footer link only sections whose page is live: a section a
superuser took offline (only one may, articles/permissions.py) is left out
until it is back, so no visitor is sent to a 404 from every page.

Which sections are live is kept in memory per thread, so the navigation
costs no query on most pages (pages have a query budget, measured with an
empty cache). It is asked again when a section page changes in this process
(signals), when another process counted such a change in the shared cache
(with Redis, every process follows a superuser's unpublish on its next
request; with the per-process cache `make run` uses, as for all derived data,
another process follows within `CONTENT_CACHE_SECONDS`), and after that time
in any case.
"""

import threading
import time

from django import template
from django.core.cache import cache
from django.db import transaction
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
#: How many times a section page changed, counted in the shared cache (Redis in production).
SECTIONS_CHANGED_KEY = "ovn:sections-changed"


def _sections_changed():
    return cache.get(SECTIONS_CHANGED_KEY)


def _live_section_slugs():
    changed = _sections_changed()
    known = getattr(_live_sections, "value", None)
    now = time.monotonic()
    if (
        known is None
        or known[1] < _forgotten_at[0]  # a section page changed in this process
        or (changed is not None and changed != known[0])  # ... or in another one
        or now - known[1] > content_cache.timeout()
    ):
        slugs = frozenset(Page.objects.live().filter(depth=SECTION_DEPTH).values_list("slug", flat=True))
        known = _live_sections.value = (changed, now, slugs)
    return known[2]


def _count_section_change():
    try:
        cache.incr(SECTIONS_CHANGED_KEY)
    except ValueError:  # not counted yet, or evicted: start counting
        cache.add(SECTIONS_CHANGED_KEY, 1, None)


def _forget_live_sections(sender, instance=None, **kwargs):
    if isinstance(instance, Page) and instance.depth in (None, SECTION_DEPTH):
        _forgotten_at[0] = time.monotonic()
        # Told to the other processes once the change is there for them to read.
        transaction.on_commit(_count_section_change)


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
