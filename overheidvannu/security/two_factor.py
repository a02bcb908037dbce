"""Two-factor authentication for the Wagtail admin, with django-otp.

After the password step (Wagtail's own login, guarded by django-axes), every
admin request of a user who has not yet given a second factor in this session
is redirected:

* to the code screen when the user has an authenticator app set up;
* to the setup screen when the user must have one (superusers and
  Eindredacteuren) but has none yet;
* nowhere for other editors without one: for them it is an option, offered on
  their account page.

The second factor is a TOTP code from an authenticator app or, once each, one
of ten recovery codes shown at setup. Outside the admin such a user is
anonymous until the second factor is given, so it also guards private pages,
documents in restricted collections and the API; a private page or document
sends them to the code screen. The session key changes once the second factor
is given.

"Is this the admin" is decided on `request.path_info`, the path the URL was
resolved on, against the admin's path without any script prefix: neither a
`SCRIPT_NAME` a client slips through a proxy nor a site mounted under a
sub-path moves it.

A signed-in session ends `SESSION_COOKIE_AGE` (12 hours) after the password
step and after `SESSION_IDLE_TIMEOUT` (1 hour) without a request. Anonymous
visitors are never given a session by any of this.
"""

import base64
import logging
import math
import time

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import get_resolver, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device, verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import BaseViewRestriction

from articles.client_address import client_ip
from articles.permissions import REVIEWERS

log = logging.getLogger("overheidvannu.security")

RECOVERY_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Authenticator-app"
STATIC_DEVICE_NAME = "Herstelcodes"

# Admin URLs an unverified user may still reach: signing in and out, the two
# screens of this module and what those screens load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "ovn_2fa_setup",
    "ovn_2fa_verify",
}
DEV_LOGIN_USERNAME = "admin"  # overheidvannu/demo/management/commands/ensure_dev_admin.py


def two_factor_required(user):
    """Superusers and Eindredacteuren cannot use the admin without a second factor."""
    return user.is_superuser or user.groups.filter(name=REVIEWERS).exists()


def dev_login_exempt(user):
    """`make run`'s printed login works with a password alone, on the dev settings only."""
    return settings.TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP and settings.DEBUG and user.get_username() == DEV_LOGIN_USERNAME


def has_confirmed_totp(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def safe_next(request, default=None):
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default or reverse("wagtailadmin_home")


def _with_next(url, request):
    if request.method != "GET":
        return url
    return f"{url}?{urlencode({'next': safe_next(request, request.get_full_path())})}"


def prefix_free_path(request, name):
    """The path of the URL called `name` as `request.path_info` has it:
    without the script prefix that `reverse()` puts in front."""
    return "/" + get_resolver(getattr(request, "urlconf", None)).reverse(name)


def is_admin_request(request):
    return request.path_info.startswith(prefix_free_path(request, "wagtailadmin_home"))


def second_factor_outstanding(user):
    """Signed in with a password, and a second factor is still to come."""
    if not user.is_authenticated or user.is_verified() or dev_login_exempt(user):
        return False
    return user_has_device(user) or two_factor_required(user)


def second_factor_redirect(request, user):
    if user_has_device(user):
        return HttpResponseRedirect(_with_next(reverse("ovn_2fa_verify"), request))
    if two_factor_required(user):
        return HttpResponseRedirect(_with_next(reverse("ovn_2fa_setup"), request))
    return None


# --- Session lifetime ---------------------------------------------------------

SIGNED_IN_AT = "ovn_signed_in_at"
SEEN_AT = "ovn_seen_at"
# The last request is written down at most once a minute, not on every request.
SEEN_RESOLUTION = 60
# Requests the browser makes by itself in an open editor tab: not a person at work.
BACKGROUND_NAMESPACES = {"wagtailadmin_editing_sessions"}


def start_session_clock(sender, request, user, **kwargs):
    """`user_logged_in`: a signed-in session's lifetime starts at the password step."""
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = request.session[SEEN_AT] = int(time.time())


def session_ended(request):
    """True when the signed-in session is older than SESSION_COOKIE_AGE or
    has been idle for SESSION_IDLE_TIMEOUT; otherwise note this request."""
    session, now = request.session, time.time()
    signed_in, seen = session.get(SIGNED_IN_AT), session.get(SEEN_AT)
    if not isinstance(signed_in, int) or not isinstance(seen, int):
        return True  # a session from before these limits: sign in again
    if now - signed_in > settings.SESSION_COOKIE_AGE or now - seen > settings.SESSION_IDLE_TIMEOUT:
        return True
    match = request.resolver_match
    if now - seen >= SEEN_RESOLUTION and not (match and match.namespace in BACKGROUND_NAMESPACES):
        session[SEEN_AT] = int(now)
    return False


def end_session(request):
    user = request.user
    log.info("Sessie verlopen: gebruiker=%r adres=%s", user.get_username(), client_ip(request))
    logout(request)
    request.user = _anonymous()
    # Said on the login screen the admin sends them to (not when they are signing in already).
    if is_admin_request(request) and request.resolver_match.url_name != "wagtailadmin_login":
        messages.info(request, "Je sessie is verlopen. Log opnieuw in.")


def _anonymous():
    """A visitor, with what django_otp's OTPMiddleware gives every user."""
    user = AnonymousUser()
    user.otp_device = None
    user.is_verified = lambda: False
    return user


class TwoFactorMiddleware:
    """Ends sessions past their lifetime, sends admin users without a
    verified second factor to the right screen, and treats them as anonymous
    everywhere else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None  # no session cookie: nobody is signed in
        user = request.user
        if not user.is_authenticated:
            return None
        if session_ended(request):
            end_session(request)
            return None  # the view answers an anonymous visitor; the admin sends them to sign in
        if not second_factor_outstanding(user):
            return None
        if not is_admin_request(request):
            # Private pages, restricted documents, the API: whatever needs a
            # login sees nobody signed in until the second factor is given.
            request.ovn_unverified_user = user
            request.user = _anonymous()
            return None
        if match.url_name in OPEN_URL_NAMES:
            return None
        if request.path_info.startswith(prefix_free_path(request, "wagtailadmin_password_reset")):
            return None
        return second_factor_redirect(request, user)


def _needs_login(restrictions):
    kinds = {BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS}
    return any(restriction.restriction_type in kinds for restriction in restrictions)


def _to_the_second_factor(request, restrictions):
    user = getattr(request, "ovn_unverified_user", None)
    if user is None or not _needs_login(restrictions):
        return None
    response = second_factor_redirect(request, user)
    if response is not None:
        add_never_cache_headers(response)
    return response


def private_page_needs_second_factor(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: a page for signed-in users (Wagtail's privacy
    "login" or "groups") sends a user whose second factor is outstanding to
    the code screen, then back; Wagtail's own check would offer the password
    form again."""
    return _to_the_second_factor(request, page.get_view_restrictions())


def restricted_document_needs_second_factor(document, request):
    """`before_serve_document`: the same for documents in restricted collections."""
    return _to_the_second_factor(request, document.collection.get_view_restrictions())


class CodeInput(forms.TextInput):
    """A plain text field for a six-digit code: numeric keyboard on phones and
    filled in by password managers and the operating system."""

    def __init__(self, attrs=None):
        base = {
            "autocomplete": "one-time-code",
            "inputmode": "numeric",
            "pattern": "[0-9 ]*",
            "maxlength": "7",
            "spellcheck": "false",
            "autocapitalize": "off",
            "class": "ovn-code-input",
        }
        super().__init__({**base, **(attrs or {})})


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code uit je authenticator-app",
        help_text="De zes cijfers die je app nu toont.",
        widget=CodeInput(),
        error_messages={"required": "Vul de code uit je app in."},
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError("Een code bestaat uit zes cijfers.")
        return code


class RecoveryCodeForm(forms.Form):
    recovery_code = forms.CharField(
        label="Herstelcode",
        help_text="Een van de herstelcodes die je bij het instellen hebt bewaard. Elke code werkt één keer.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}),
        error_messages={"required": "Vul een herstelcode in."},
    )

    def clean_recovery_code(self):
        return "".join(self.cleaned_data["recovery_code"].split()).replace("-", "").lower()


def qr_svg(data):
    """The QR code as inline SVG, made on the server (no image request, no third party)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    if svg.startswith("<?xml"):
        svg = svg.split("?>", 1)[1]
    return svg.replace("<svg ", '<svg role="img" aria-label="QR-code voor je authenticator-app" ', 1)


def grouped_key(device):
    """The secret as base32 in blocks of four, as authenticator apps accept it when typed."""
    key = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def check_token(user, devices, token):
    """The device among ``devices`` that accepts ``token``, and, when none
    did, how many seconds django-otp's throttling makes the user wait."""
    wait = 0
    for device in devices:
        allowed, data = device.verify_is_allowed()
        if not allowed:
            wait = max(wait, math.ceil((data["locked_until"] - timezone.now()).total_seconds()))
            continue
        accepted = verify_token(user, device.persistent_id, token)
        if accepted:
            return accepted, 0
    return None, wait


def wait_message(seconds):
    unit = "seconde" if seconds == 1 else "seconden"
    return f"Te veel verkeerde codes achter elkaar. Wacht {seconds} {unit} en probeer het opnieuw."


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones and return them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=STATIC_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def render_recovery_codes(request, codes, next_url):
    response = render(
        request,
        "security/recovery_codes.html",
        {"codes": [f"{code[:4]}-{code[4:]}" for code in codes], "next": next_url},
    )
    # Shown once: never stored by the browser or a cache.
    response["Cache-Control"] = "private, no-store"
    return response


@sensitive_post_parameters("code")
def setup(request):
    """Set up an authenticator app: QR code and key as text, then one code to confirm."""
    user = request.user
    next_url = safe_next(request)
    if has_confirmed_totp(user):
        if not user.is_verified():
            return redirect(_with_next(reverse("ovn_2fa_verify"), request))
        messages.info(request, "Tweestapsverificatie staat al aan.")
        return redirect("ovn_2fa_manage")

    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        accepted, wait = check_token(user, [device], form.cleaned_data["code"])
        if accepted:
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                codes = new_recovery_codes(user)
            otp_login(request, device)
            request.session.cycle_key()
            log.info("Tweestapsverificatie ingesteld: gebruiker=%r adres=%s", user.get_username(), client_ip(request))
            return render_recovery_codes(request, codes, next_url)
        log.warning(
            "Tweestapsverificatie instellen: verkeerde code: gebruiker=%r adres=%s",
            user.get_username(),
            client_ip(request),
        )
        form.add_error(
            "code",
            wait_message(wait)
            if wait
            else "Deze code klopt niet. Controleer de tijd op je telefoon en probeer de nieuwe code.",
        )

    response = render(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": qr_svg(device.config_url),
            "key": grouped_key(device),
            "required": two_factor_required(user),
            "next": next_url,
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@sensitive_post_parameters("code", "recovery_code")
def verify(request):
    """The second step of signing in: a code from the app, or a recovery code."""
    user = request.user
    next_url = safe_next(request)
    if user.is_verified():
        return redirect(next_url)
    if not user_has_device(user):
        return redirect(_with_next(reverse("ovn_2fa_setup"), request))

    code_form = CodeForm(request.POST if request.POST.get("soort") == "app" else None)
    recovery_form = RecoveryCodeForm(request.POST if request.POST.get("soort") == "herstel" else None)
    if request.method == "POST":
        device = None
        if code_form.is_bound and code_form.is_valid():
            devices = TOTPDevice.objects.filter(user=user, confirmed=True)
            device, wait = check_token(user, devices, code_form.cleaned_data["code"])
            if device is None:
                code_form.add_error(
                    "code",
                    wait_message(wait)
                    if wait
                    else "Deze code klopt niet of is verlopen. Probeer de nieuwe code uit je app.",
                )
        elif recovery_form.is_bound and recovery_form.is_valid():
            devices = StaticDevice.objects.filter(user=user, confirmed=True)
            device, wait = check_token(user, devices, recovery_form.cleaned_data["recovery_code"])
            if device is None:
                recovery_form.add_error(
                    "recovery_code",
                    wait_message(wait)
                    if wait
                    else "Deze herstelcode klopt niet of is al gebruikt. Elke code werkt één keer.",
                )
        if device is not None:
            otp_login(request, device)
            # A new session key for the fully signed-in session: one seen
            # after the password step alone (fixation) is worth nothing.
            request.session.cycle_key()
            kind = "herstelcode" if isinstance(device, StaticDevice) else "app"
            log.info("Tweede stap gelukt (%s): gebruiker=%r adres=%s", kind, user.get_username(), client_ip(request))
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    f"Je bent ingelogd met een herstelcode. Je hebt er nog {left} over; "
                    "maak nieuwe aan via Account → Tweestapsverificatie.",
                )
            return redirect(next_url)
        log.warning("Tweede stap mislukt: gebruiker=%r adres=%s", user.get_username(), client_ip(request))

    response = render(
        request,
        "security/two_factor_verify.html",
        {"code_form": code_form, "recovery_form": recovery_form, "next": next_url},
    )
    response["Cache-Control"] = "private, no-store"
    return response


def manage(request):
    """Account → Tweestapsverificatie: status, new recovery codes, switch off (if allowed)."""
    user = request.user
    enabled = has_confirmed_totp(user)
    recovery_left = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
    return render(
        request,
        "security/two_factor_manage.html",
        {
            "enabled": enabled,
            "required": two_factor_required(user),
            "recovery_left": recovery_left,
        },
    )


@require_POST
def regenerate_recovery_codes(request):
    user = request.user
    if not (has_confirmed_totp(user) and user.is_verified()):
        return redirect("ovn_2fa_manage")
    codes = new_recovery_codes(user)
    log.info("Nieuwe herstelcodes: gebruiker=%r adres=%s", user.get_username(), client_ip(request))
    return render_recovery_codes(request, codes, reverse("ovn_2fa_manage"))


@require_POST
def disable(request):
    user = request.user
    if two_factor_required(user):
        messages.error(request, "Voor jouw rol is tweestapsverificatie verplicht; je kunt die niet uitzetten.")
        return redirect("ovn_2fa_manage")
    if has_confirmed_totp(user) and user.is_verified():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        request.session.pop("otp_device_id", None)
        log.info("Tweestapsverificatie uitgezet: gebruiker=%r adres=%s", user.get_username(), client_ip(request))
        messages.success(request, "Tweestapsverificatie staat uit.")
    return redirect("ovn_2fa_manage")
