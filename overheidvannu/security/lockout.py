"""Admin lockout with django-axes: the Dutch 429 page and a log line for
every failure and lockout. The address of an attempt is
`articles.client_address.client_ip` (AXES_CLIENT_IP_CALLABLE)."""

import logging
import math

from django.conf import settings
from django.shortcuts import render

from articles.client_address import client_ip

log = logging.getLogger("overheidvannu.security")


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
