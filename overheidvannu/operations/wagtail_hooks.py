"""Wagtail hooks of operations: the served page remembered for the HTTP
cache's surrogate keys, and documents private until a published page uses
them."""

from django.http import Http404
from wagtail import hooks

from articles.published_uploads import visible_to

from .frontend_cache import remember_served_page

hooks.register("before_serve_page", remember_served_page)


@hooks.register("before_serve_document")
def unpublished_documents_stay_private(document, request):
    """A document no published page uses does not exist for visitors
    (articles/published_uploads.py)."""
    if not visible_to(request.user, document):
        raise Http404("Dit document is niet gepubliceerd.")
