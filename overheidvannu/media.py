"""Serve public image renditions from local media storage.

Only files under `images/` (Wagtail's renditions) are served; original uploads
(`original_images/`) and documents are never reachable directly.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.cache import cache_control
from django.views.static import serve


@cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)
def serve_public_media(request, path):
    if ".." in path.split("/"):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
