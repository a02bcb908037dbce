"""The site's navigation and section addresses, from `articles.sections`.

The header and the footer link only sections whose page is live: a section a
superuser took offline (only one may, articles/permissions.py) is left out
until it is back, so no visitor is sent to a 404 from every page."""

from django import template
from wagtail.models import Page

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


def _live_section_slugs():
    return content_cache.cached(
        "navigation:live-sections",
        lambda: set(Page.objects.live().filter(depth=SECTION_DEPTH).values_list("slug", flat=True)),
    )


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
