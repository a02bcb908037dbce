"""What every public page tells the base template, in a fixed number of queries.

Each page's context starts from `page_meta()`: `canonical_url`,
`meta_description`, `og_title`, `og_description`, `og_image` (an absolute
rendition URL), `og_type` and `breadcrumbs` ([{"title", "url"}], empty on the
home page). Pages outside the page tree (theme, search) build their
breadcrumbs with `trail()`. A router that loaded a page's ancestors while
finding it hands them over with `remember_ancestors()`, so the breadcrumbs
cost no query of their own. Images are loaded with `load_images()`, every
rendition attached, so templates render them without a query per image.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from wagtail.images import get_image_model

OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"
HOME_TITLE = "Home"
HOME_PATH = "/"


def site_name():
    return settings.WAGTAIL_SITE_NAME


def load_images(*image_ids):
    """{id: image} with every rendition of each image attached, so
    `{% picture %}` and `get_rendition` need no further query. One query
    (through the renditions) when the images have renditions; one more for
    images that have none yet."""
    ids = {image_id for image_id in image_ids if image_id}
    if not ids:
        return {}
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    images = {}
    for rendition in Rendition.objects.filter(image_id__in=ids).select_related("image"):
        image = images.setdefault(rendition.image_id, rendition.image)
        if not hasattr(image, "prefetched_renditions"):
            image.prefetched_renditions = []
        rendition.image = image
        image.prefetched_renditions.append(rendition)
    missing = ids - images.keys()
    if missing:
        for image in Image.objects.filter(pk__in=missing):
            image.prefetched_renditions = []
            images[image.pk] = image
    return images


def og_image_url(image, request):
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(OG_IMAGE_SPEC).url)


def trail(*steps):
    """Breadcrumbs from the home page along `steps`, each (title, url)."""
    return [{"title": HOME_TITLE, "url": HOME_PATH}, *({"title": title, "url": url} for title, url in steps)]


@dataclass(frozen=True)
class KnownAncestors:
    """The ancestors of the page a request was routed to, root first."""

    page_id: int
    pages: tuple


def remember_ancestors(request, page, ancestors):
    """Tell this request's breadcrumbs the ancestors of `page` (root first),
    as the router found them (overheidvannu.discovery.routing.route_below).
    They serve that page only: breadcrumbs of another page (an episode's
    podcast) still ask the database."""
    request.known_ancestors = KnownAncestors(page.pk, tuple(ancestors))


def breadcrumbs(page, request):
    """Home first, the page itself last; empty on the home page. Uses the
    ancestors the router already loaded (`remember_ancestors`), otherwise one
    query."""
    if page.depth <= 2:
        return []
    known = getattr(request, "known_ancestors", None)
    if known is not None and known.page_id == page.pk:
        ancestors = known.pages
    else:
        ancestors = page.get_ancestors().only("id", "title", "url_path", "depth", "path")
    crumbs = [
        {"title": HOME_TITLE if ancestor.depth == 2 else ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in ancestors
        if ancestor.depth >= 2
    ]
    crumbs.append({"title": page.title, "url": page.get_url(request)})
    return crumbs


def page_meta(page, request, *, description="", image=None, og_type="website"):
    description = page.search_description or description
    return {
        "canonical_url": request.build_absolute_uri(page.get_url(request)),
        "meta_description": description,
        "og_title": page.seo_title or page.title,
        "og_description": description,
        "og_image": og_image_url(image, request),
        "og_type": og_type,
        "breadcrumbs": breadcrumbs(page, request),
    }


def publisher_jsonld(request):
    return {"@type": "Organization", "name": site_name(), "url": request.build_absolute_uri(HOME_PATH)}
