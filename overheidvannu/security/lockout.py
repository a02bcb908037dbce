"""Admin lockout with django-axes: the policy (people, not offices), the
Dutch 429 page, and a log line for every failure and lockout. The address
of an attempt is `articles.client_address.client_ip` (AXES_CLIENT_IP_CALLABLE).

The policy, in axes' own terms (`AXES_LOCKOUT_PARAMETERS` is
`lockout_parameters` below, `AXES_FAILURE_LIMIT` is 5):

- A **user name from one address** (axes' combined parameter
  `["username", "ip_address"]`) is locked after AXES_FAILURE_LIMIT failures.
  One person's typos lock only that person, on that address: colleagues
  behind the same office address sign in as usual.
- An **address** is locked as a whole only after LOGIN_ADDRESS_FAILURE_LIMIT
  failures over several user names, of which at most AXES_FAILURE_LIMIT per
  name count: a guesser trying names, never one person's retries.
- A **user name from every address** is locked after
  LOGIN_USERNAME_FAILURE_LIMIT failures from several addresses (at most
  AXES_FAILURE_LIMIT per address count): a guessing attack on one name spread
  over many addresses.

Failures count while they are recent: axes keeps a (name, address) pair's
attempts until AXES_COOLOFF_TIME has passed since its last failure. The two
wider locks are added to the parameters only while their count is reached,
so axes then finds at least AXES_FAILURE_LIMIT failures for them and locks.
A successful sign-in clears only that name's failures from that address.
"""

import logging
import math

from axes.attempts import get_cool_off_threshold
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessBase
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone

from articles.client_address import client_ip

log = logging.getLogger("overheidvannu.security")

#: axes' combined parameter: one user name from one address.
PERSON = ["username", "ip_address"]


def cooloff_minutes():
    return max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def recent_attempts(request=None):
    """Failed attempts that still count: those axes has not yet expired."""
    if request is not None and getattr(request, "axes_attempt_time", None) is not None:
        threshold = get_cool_off_threshold(request)
    else:
        threshold = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(attempt_time__gte=threshold)


def _capped_total(attempts, per):
    """Failures summed per `per` (user name or address), each sum counting
    for at most AXES_FAILURE_LIMIT."""
    cap = settings.AXES_FAILURE_LIMIT
    totals = attempts.order_by().values(per).annotate(total=Sum("failures_since_start")).values_list("total", flat=True)
    return sum(min(total or 0, cap) for total in totals)


def address_failures(ip_address, request=None):
    """Failures from one address that count towards locking it as a whole."""
    return _capped_total(recent_attempts(request).filter(ip_address=ip_address), "username")


def username_failures(username, request=None):
    """Failures for one user name that count towards locking it everywhere."""
    return _capped_total(recent_attempts(request).filter(username=username), "ip_address")


def address_locked(ip_address, request=None):
    limit = settings.LOGIN_ADDRESS_FAILURE_LIMIT
    return bool(ip_address) and limit > 0 and address_failures(ip_address, request) >= limit


def username_locked(username, request=None):
    limit = settings.LOGIN_USERNAME_FAILURE_LIMIT
    return bool(username) and limit > 0 and username_failures(username, request) >= limit


def lockout_parameters(request_or_attempt, credentials=None):
    """AXES_LOCKOUT_PARAMETERS: always one user name from one address; the
    address alone and the user name alone too while their own, higher counts
    are reached (see the module's docstring)."""
    parameters = [PERSON]
    if isinstance(request_or_attempt, AccessBase):
        return parameters
    request = request_or_attempt
    ip_address = getattr(request, "axes_ip_address", None) or client_ip(request)
    username = get_client_username(request, credentials)
    if address_locked(ip_address, request):
        parameters.append("ip_address")
    if username_locked(username, request):
        parameters.append("username")
    return parameters


def lock_reason(username, ip_address, request=None):
    """Which lock holds: "username" (the name from every address), "address"
    (everyone on the address) or "person" (this name from this address)."""
    if username_locked(username, request):
        return "username"
    if address_locked(ip_address, request):
        return "address"
    return "person"


def lock_explanation(reason):
    """The Dutch sentence that says what is blocked and why."""
    if reason == "username":
        return (
            "Inloggen met deze gebruikersnaam is tijdelijk geblokkeerd: vanaf verschillende adressen is "
            f"{settings.LOGIN_USERNAME_FAILURE_LIMIT} keer of vaker een verkeerd wachtwoord ingevuld."
        )
    if reason == "address":
        return (
            "Inloggen vanaf dit adres is tijdelijk geblokkeerd: er zijn vanaf dit adres "
            f"{settings.LOGIN_ADDRESS_FAILURE_LIMIT} of meer mislukte pogingen gedaan met verschillende namen."
        )
    return (
        "Inloggen met deze gebruikersnaam vanaf dit adres is tijdelijk geblokkeerd na "
        f"{settings.AXES_FAILURE_LIMIT} mislukte pogingen."
    )


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out user name or address gets: Dutch, status 429,
    with Retry-After so scripts know when to come back."""
    minutes = cooloff_minutes()
    username = get_client_username(request, credentials)
    ip_address = getattr(request, "axes_ip_address", None) or client_ip(request)
    reason = lock_reason(username, ip_address, request)
    response = render(
        request,
        "security/lockout.html",
        {"minutes": minutes, "reason": reason, "explanation": lock_explanation(reason)},
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


LOCK_LOG_TEXT = {
    "person": "deze naam vanaf dit adres",
    "address": "dit adres, alle namen",
    "username": "deze naam, alle adressen",
}


def log_locked_out(sender, request, username, ip_address, **kwargs):
    log.warning(
        "Inlogblokkade: gebruikersnaam=%s adres=%s geblokkeerd: %s, %d minuten",
        loggable_username(username),
        ip_address,
        LOCK_LOG_TEXT[lock_reason(username, ip_address, request)],
        cooloff_minutes(),
    )
