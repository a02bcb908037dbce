"""Public views of content outside the page tree."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from .filters import ListingQuery
from .models import Theme
from .page_context import theme_context
from .related import linked_content

THEME_PAGE_SIZE = 12


def theme_detail(request, slug):
    """One theme: its description and its content, newest first, paginated
    with `pagina` like the listings (a page past the end is a 404)."""
    theme = get_object_or_404(Theme, slug=slug)
    paginator = Paginator(linked_content(theme=theme, limit=None), THEME_PAGE_SIZE, allow_empty_first_page=True)
    try:
        page_obj = paginator.page(ListingQuery._parse_page(request.GET.get("pagina", "")))
    except EmptyPage as error:
        raise Http404("Deze pagina bestaat niet.") from error
    context = {"theme": theme, "page_obj": page_obj, "items": list(page_obj.object_list)}
    context.update(theme_context(theme, request, page_obj))
    return TemplateResponse(request, "articles/theme_detail.html", context)
