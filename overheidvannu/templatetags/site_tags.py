"""Template tags shared by every public page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page):
    """Breadcrumbs for a Wagtail page as [{"title", "url"}], home first and the
    page itself last; empty on the home page. One query for the ancestors."""
    if page is None or page.depth <= 2:
        return []
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "depth", "path")
    crumbs = [{"title": "Home" if a.depth == 2 else a.title, "url": a.get_url(request)} for a in ancestors]
    crumbs.append({"title": page.title, "url": page.get_url(request)})
    return crumbs


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An absolute URL for `path` (for canonical links, Open Graph and feeds)."""
    request = context.get("request")
    if request is None:
        return path
    return request.build_absolute_uri(path)
