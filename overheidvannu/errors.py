"""Dutch error pages that never leak details to the public."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors or database access, so it works
    # even when whatever caused the error is still broken.
    return HttpResponseServerError(loader.get_template("500.html").render())
