"""Site-wide endpoints that are not Wagtail pages."""

import datetime
import logging

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from .operations.mail import outbox_figures
from .operations.tasks import queue_figures

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """200 when the app and its database answer, 503 otherwise: what the load
    balancer needs. Beside that, for monitoring (never a reason for 503): the
    tasks that are due and not started and how long the oldest has waited (a
    stopped or overloaded worker), and the mail not sent yet and the age of
    the oldest (a mail server that refuses or does not answer). docs/deploy.md
    says what to alert on."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    try:
        queue = {"tasks": queue_figures(), "mail": outbox_figures()}
    except Exception:
        logger.exception("/healthz could not read the task queue")
        queue = {"tasks": "unavailable"}
    return JsonResponse({"status": "ok", "database": "ok", **queue})


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=86400)
def security_txt(request):
    """RFC 9116: how to report a vulnerability. Expires one year ahead."""
    expires = (timezone.now() + datetime.timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: mailto:{settings.SECURITY_CONTACT_EMAIL}",
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
        "Policy: https://www.ncsc.nl/contact/kwetsbaarheid-melden",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
