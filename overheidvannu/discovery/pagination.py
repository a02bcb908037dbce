"""The one "page of results, or 404" helper of listings, themes and search."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404


def page_or_404(object_list, per_page, number, *, count=None):
    """Page `number` of `object_list`. `count` spares the paginator its own
    COUNT query when the caller already knows it. A page past the end is a
    404 (SPEC.md); the first page of nothing is an empty page."""
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(number)
    except EmptyPage as error:
        raise Http404("Deze pagina bestaat niet.") from error
