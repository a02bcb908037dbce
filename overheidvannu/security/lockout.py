"""Admin lockout with django-axes: the client address behind the proxy, the
Dutch 429 page, and a log line for every failure and lockout."""

import logging
import math

from django.conf import settings
from django.shortcuts import render

log = logging.getLogger("overheidvannu.security")


def client_ip(request):
    """The address a login attempt came from.

    Without a proxy (TRUSTED_PROXY_COUNT = 0) that is REMOTE_ADDR. Behind N
    trusted proxies that each append the address they saw to X-Forwarded-For,
    it is the N-th entry from the right: the one our outermost proxy wrote.
    Entries further left are whatever the client sent and are never trusted,
    so a forged X-Forwarded-For cannot dodge (or frame someone for) a lockout.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def cooloff_minutes():
    return max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out user name or address gets: Dutch, status 429,
    with Retry-After so scripts know when to come back."""
    minutes = cooloff_minutes()
    response = render(
        request,
        "security/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "private, no-store"
    return response


def loggable_username(username):
    """The user name as typed if such a user exists; otherwise a placeholder,
    because people sometimes type their password into the name field."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    if username and User._default_manager.filter(**{User.USERNAME_FIELD: username}).exists():
        return repr(username)
    return "(onbekende naam)"


def log_login_failed(sender, credentials, request=None, **kwargs):
    username = (credentials or {}).get("username", "")
    address = client_ip(request) if request is not None else None
    log.warning("Mislukte inlogpoging: gebruikersnaam=%s adres=%s", loggable_username(username), address)


def log_locked_out(sender, request, username, ip_address, **kwargs):
    log.warning(
        "Inlogblokkade: gebruikersnaam=%s adres=%s na %d mislukte pogingen, %d minuten",
        loggable_username(username),
        ip_address,
        settings.AXES_FAILURE_LIMIT,
        cooloff_minutes(),
    )
