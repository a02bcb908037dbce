"""Admin → Instellingen → Inlogblokkades: who is locked out, and lifting it.

Visible to whoever may delete axes' access attempts: superusers and the
Eindredacteuren (granted in overheidvannu/apps.py).
"""

import logging

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .lockout import client_ip

log = logging.getLogger("overheidvannu.security")

PERMISSION = "axes.delete_accessattempt"


def can_manage_lockouts(user):
    return user.has_perm(PERMISSION)


def _require_permission(request):
    if not can_manage_lockouts(request.user):
        raise PermissionDenied


def _locked_names_and_addresses(attempts):
    """User names and addresses that have reached the limit, as axes counts
    (failures add up over every attempt row of one name or one address)."""
    per_name, per_address = {}, {}
    for attempt in attempts:
        if attempt.username:
            per_name[attempt.username] = per_name.get(attempt.username, 0) + attempt.failures_since_start
        if attempt.ip_address:
            per_address[attempt.ip_address] = per_address.get(attempt.ip_address, 0) + attempt.failures_since_start
    limit = settings.AXES_FAILURE_LIMIT
    return (
        {name for name, count in per_name.items() if count >= limit},
        {address for address, count in per_address.items() if count >= limit},
    )


def index(request):
    _require_permission(request)
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = list(AccessAttempt.objects.filter(attempt_time__gte=since).order_by("-attempt_time")[:500])
    locked_names, locked_addresses = _locked_names_and_addresses(attempts)
    rows = [
        {
            "attempt": attempt,
            "locked": attempt.username in locked_names or attempt.ip_address in locked_addresses,
            "until": attempt.attempt_time + settings.AXES_COOLOFF_TIME,
        }
        for attempt in attempts
    ]
    return render(
        request,
        "security/lockouts.html",
        {"rows": rows, "failure_limit": settings.AXES_FAILURE_LIMIT},
    )


@require_POST
def release(request, pk):
    """Lift the lockout of this attempt's user name and of its address."""
    _require_permission(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    username, address = attempt.username, attempt.ip_address
    removed = 0
    if username:
        removed += reset(username=username)
    if address:
        removed += reset(ip=address)
    removed += AccessAttempt.objects.filter(pk=pk).delete()[0]
    log.warning(
        "Inlogblokkade opgeheven door %r: gebruikersnaam=%r adres=%s (%d pogingen gewist) vanaf %s",
        request.user.get_username(),
        username,
        address,
        removed,
        client_ip(request),
    )
    messages.success(request, f"De blokkade van ‘{username or address}’ is opgeheven.")
    return redirect("ovn_lockouts")
