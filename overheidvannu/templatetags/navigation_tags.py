"""The site's navigation and section addresses, from `articles.sections`."""

from django import template

from articles import sections

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


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The header's sections, the one the current page lies in marked."""
    request = context.get("request")
    current = None
    if request is not None and not context.get("nav_unmarked"):
        current = sections.section_of(request.path)
    return {"items": [(section, section == current) for section in sections.MAIN_NAVIGATION]}


@register.inclusion_tag("components/footer_navigation.html")
def footer_navigation():
    return {"items": sections.FOOTER_NAVIGATION, "kennisbank": sections.KENNISBANK}
