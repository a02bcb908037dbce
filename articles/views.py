"""Public views of content outside the page tree."""

from django.shortcuts import get_object_or_404, render

from .models import Theme


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    return render(request, "articles/theme_detail.html", {"theme": theme})
