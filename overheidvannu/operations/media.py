"""Serve image renditions from local media storage.

Only files under `images/` (Wagtail's renditions) are served; original uploads
(`original_images/`) and documents are never reachable directly. A rendition
is public (and cached for a year) once a live, public page uses its image
(articles/published_uploads.py). Before that only editors get it (the
admin's thumbnails and choosers), never kept by a shared cache; anyone else
gets a 404 that no cache keeps either, so the rendition appears as soon as
the page is published. A public rendition carries the surrogate key
`beeld-<image id>`, purged when a page showing the image goes offline or
stops showing it (frontend_cache.py), so the cache in front does not keep it
for that year.
"""

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail.images import get_image_model

from articles.published_uploads import may_see_every_upload, used_by_live_page

from .frontend_cache import add_surrogate_keys

PUBLIC_MAX_AGE = 60 * 60 * 24 * 365


def rendition_visibility(path):
    """(its image's id or None for an unknown path, shown to visitors) for a
    media path: one query."""
    Image = get_image_model()
    image_id, public = (
        Image.get_rendition_model()
        .objects.filter(file=path)
        .annotate(public=ExpressionWrapper(used_by_live_page(Image, public=True, outer="image_id"), BooleanField()))
        .values_list("image_id", "public")
        .first()
    ) or (None, False)
    return image_id, bool(public)


def serve_public_media(request, path):
    if ".." in path.split("/"):
        raise Http404
    image_id, public = rendition_visibility(path)
    if not public and not (image_id and may_see_every_upload(request.user)):
        # The site's own 404 page (the shell's handler404 renders the same template).
        response = render(request, "404.html", status=404)
        patch_cache_control(response, no_store=True)
        return response
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if public:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE, immutable=True)
        add_surrogate_keys(request, "beeld", f"beeld-{image_id}")
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
