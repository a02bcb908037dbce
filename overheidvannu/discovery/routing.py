"""Page routing in a fixed number of queries.

Wagtail's default `Page.route` walks the URL one segment at a time with two
queries per level, and its view-restriction check then loads the ancestors
again. A detail page three levels deep spends eight queries before its own
context. `route_below` finds the whole chain in one query (by `url_path`),
loads the deepest page's specific instance, and hands any remaining path to
that page's own `route` (so routable listing pages and 404s behave as before).
The ancestors it found go to the page's breadcrumbs
(`articles.page_meta.remember_ancestors`), which then need no query.
"""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageViewRestriction

from articles.page_meta import remember_ancestors


def _url_path_prefixes(root_url_path, path_components):
    prefixes, url_path = [], root_url_path
    for component in path_components:
        url_path += f"{component}/"
        prefixes.append(url_path)
    return prefixes


def route_below(root, request, path_components):
    """Resolve `path_components` below `root` (the site's root page)."""
    if not path_components:
        return Page.route(root, request, path_components)
    prefixes = _url_path_prefixes(root.url_path, path_components)
    steplen = Page.steplen
    root_and_above = [root.path[: steplen * depth] for depth in range(1, root.depth + 1)]
    rows = (
        Page.objects.filter(
            Q(path__in=root_and_above) | Q(url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth)
        )
        .annotate(is_restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))))
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type_id", "alias_of_id", "live")
        .order_by("depth")
    )
    above, chain = [], []
    for page in rows:
        if page.depth <= root.depth:
            above.append(page)
        elif page.depth == root.depth + 1 + len(chain) and page.url_path == prefixes[len(chain)]:
            chain.append(page)
    if not chain:
        return Page.route(root, request, path_components)
    deepest = chain[-1].specific
    remaining = path_components[len(chain) :]
    result = deepest.route(request, remaining)
    if result is not None and result[0] is deepest:
        remember_ancestors(request, deepest, [root, *chain[:-1]])
        if not any(page.is_restricted or page.alias_of_id for page in above + chain):
            # Known from the query above: no restriction applies, so spare
            # Wagtail's view-restriction hook its two queries.
            deepest.get_view_restrictions = PageViewRestriction.objects.none
    return result
