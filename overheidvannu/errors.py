"""Dutch error pages that never leak details to the public."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

logger = logging.getLogger(__name__)

# Seconds a client (or a CDN, or a crawler) is asked to wait before trying
# again while the database is unreachable.
RETRY_AFTER_SECONDS = 60

# What psycopg raises (wrapped by Django) when PostgreSQL is stopped,
# restarting, refusing connections or has dropped ours.
DATABASE_UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def service_outage(exception):
    """True when `exception` (or what caused it) says a service the site
    needs cannot be reached: the database, or any error that says so with a
    true `service_unavailable` attribute (e.g. the search backend's)."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DATABASE_UNAVAILABLE_ERRORS) or getattr(exception, "service_unavailable", False):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def service_unavailable():
    """The Dutch 503 page: rendered from a static template without a request,
    so without context processors, sessions, users or a Wagtail site lookup —
    nothing that needs the database that is gone."""
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    # Django calls this handler while it handles the uncaught exception, so
    # sys.exc_info() is that exception. An unreachable database (or search
    # backend) is not a bug but a temporary outage: 503 with Retry-After, for
    # public pages and the admin alike. Everything else is a 500.
    if service_outage(sys.exc_info()[1]):
        return service_unavailable()
    # Rendered without context processors or database access, so it works
    # even when whatever caused the error is still broken.
    return HttpResponseServerError(loader.get_template("500.html").render())
