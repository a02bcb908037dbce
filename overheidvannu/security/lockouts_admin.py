"""Admin → Instellingen → Inlogblokkades: who is locked out, and lifting it.

Three kinds of lock (overheidvannu/security/lockout.py), each with its own
"Vrijgeven" that says what it releases and releases exactly that:

- a user name from one address: its failed attempts from that address are
  wiped; the same name elsewhere and other names on the address keep theirs;
- an address as a whole: every failed attempt from that address is wiped,
  so the user names locked from it are free there too (the page says so);
- a user name from every address: every failed attempt for that name is
  wiped, so its locks from single addresses go too (the page says so).

Visible to whoever may delete axes' access attempts: superusers and the
Eindredacteuren (granted in overheidvannu/security/apps.py). Every release is logged.
"""

import logging

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_ipv46_address
from django.db.models import Max, Min, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from articles.client_address import client_ip

from .lockout import address_failures, recent_attempts, username_failures

log = logging.getLogger("overheidvannu.security")

PERMISSION = "axes.delete_accessattempt"
#: Rows shown at most in each table.
SHOWN = 500


def can_manage_lockouts(user):
    return user.has_perm(PERMISSION)


def _require_permission(request):
    if not can_manage_lockouts(request.user):
        raise PermissionDenied


def _pairs(attempts, locked_addresses, locked_usernames):
    """One row per user name and address (axes keeps one per browser too),
    with whether it is locked itself or through its address or its name."""
    rows = (
        attempts.order_by()
        .values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"), pk=Min("pk"))
        .order_by("-last")[:SHOWN]
    )
    cooloff = settings.AXES_COOLOFF_TIME
    return [
        {
            **row,
            "locked": row["failures"] >= settings.AXES_FAILURE_LIMIT,
            "address_locked": row["ip_address"] in locked_addresses,
            "username_locked": row["username"] in locked_usernames,
            "until": row["last"] + cooloff,
        }
        for row in rows
    ]


def _locked(attempts, field, count, limit):
    """The addresses (or user names) whose own count reached `limit`."""
    if limit <= 0:
        return []
    values = attempts.exclude(**{f"{field}__isnull": True}).order_by().values_list(field, flat=True).distinct()
    cooloff = settings.AXES_COOLOFF_TIME
    locked = []
    for value in list(values)[:SHOWN]:
        failures = count(value)
        if failures >= limit:
            last = attempts.filter(**{field: value}).aggregate(last=Max("attempt_time"))["last"]
            locked.append({"value": value, "failures": failures, "until": last + cooloff})
    return locked


def index(request):
    _require_permission(request)
    attempts = recent_attempts()
    addresses = _locked(attempts, "ip_address", address_failures, settings.LOGIN_ADDRESS_FAILURE_LIMIT)
    usernames = _locked(attempts, "username", username_failures, settings.LOGIN_USERNAME_FAILURE_LIMIT)
    context = {
        "pairs": _pairs(attempts, {row["value"] for row in addresses}, {row["value"] for row in usernames}),
        "addresses": addresses,
        "usernames": usernames,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "address_limit": settings.LOGIN_ADDRESS_FAILURE_LIMIT,
        "username_limit": settings.LOGIN_USERNAME_FAILURE_LIMIT,
        "minutes": max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)),
    }
    return render(request, "security/lockouts.html", context)


def _wipe(attempts):
    """Delete these attempts; the number of failed attempts they held."""
    failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
    attempts.delete()
    return failures


def _log_release(request, what, username, address, removed):
    log.warning(
        "Inlogblokkade opgeheven door %r (%s): gebruikersnaam=%r adres=%s (%d mislukte pogingen gewist) vanaf %s",
        request.user.get_username(),
        what,
        username,
        address,
        removed,
        client_ip(request),
    )


@require_POST
def release(request, pk):
    """Lift the lock of this attempt's user name from this attempt's address:
    nothing else."""
    _require_permission(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    username, address = attempt.username, attempt.ip_address
    removed = _wipe(AccessAttempt.objects.filter(username=username, ip_address=address))
    _log_release(request, "naam vanaf adres", username, address, removed)
    messages.success(
        request, f"De blokkade van gebruikersnaam ‘{username or '–'}’ vanaf adres {address or '–'} is opgeheven."
    )
    return redirect("ovn_lockouts")


@require_POST
def release_address(request):
    """Lift the lock of an address as a whole: every failed attempt from it."""
    _require_permission(request)
    address = request.POST.get("adres", "").strip()
    try:
        validate_ipv46_address(address)
    except ValidationError:
        address = ""
    removed = _wipe(AccessAttempt.objects.filter(ip_address=address)) if address else 0
    if not removed:
        messages.warning(request, "Er was voor dit adres niets vrij te geven.")
        return redirect("ovn_lockouts")
    _log_release(request, "adres, alle namen", None, address, removed)
    messages.success(
        request,
        f"Adres {address} is vrijgegeven: alle mislukte pogingen vanaf dit adres zijn gewist, "
        "ook de blokkades van gebruikersnamen vanaf dit adres.",
    )
    return redirect("ovn_lockouts")


@require_POST
def release_username(request):
    """Lift the lock of a user name from every address: every failed attempt
    for it."""
    _require_permission(request)
    username = request.POST.get("gebruikersnaam", "")
    removed = _wipe(AccessAttempt.objects.filter(username=username)) if username else 0
    if not removed:
        messages.warning(request, "Er was voor deze gebruikersnaam niets vrij te geven.")
        return redirect("ovn_lockouts")
    _log_release(request, "naam, alle adressen", username, None, removed)
    messages.success(
        request,
        f"Gebruikersnaam ‘{username}’ is vrijgegeven: alle mislukte pogingen met deze naam zijn gewist, "
        "vanaf elk adres.",
    )
    return redirect("ovn_lockouts")
