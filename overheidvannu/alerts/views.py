"""`/volgen/`: follow a listing's filters by e-mail, double opt-in.

The answers never reveal whether an address is already subscribed: a new
request, a repeated one, one within a day of a pending one and one for
filters already followed all get the same page after the same work (the
limits are counted and one task is queued; `tasks.request_subscription`
decides the rest on the worker), so not even the timing tells. Only the
follow form sets a cookie (Django's CSRF cookie); the confirm, manage and
unsubscribe pages are authorised by their signed link alone and set none.
None of these pages is cached by a shared cache.
"""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from articles.client_address import client_ip
from articles.page_meta import HOME_PATH, HOME_TITLE
from articles.public_forms import hit

from . import following, mail, tokens
from .forms import FollowForm
from .models import Subscription
from .tasks import request_subscription

#: Requests per address and IP address, and per IP address, per hour.
ADDRESS_LIMIT, IP_LIMIT, WINDOW = 5, 30, 60 * 60


def _crumbs(*steps):
    follow = {"title": "Volgen via e-mail", "url": reverse("alerts:follow")}
    return [{"title": HOME_TITLE, "url": HOME_PATH}, follow, *steps]


def _render(request, template, context, status=200):
    context.setdefault("breadcrumbs", _crumbs())
    context["noindex"] = True
    return render(request, template, context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def follow(request):
    # The form carries the normalised filters in one field; a GET carries a listing's own parameters.
    params = request.POST.get("filters", "") if request.method == "POST" else request.GET
    query = following.read(params)
    filters = following.filters_of(query)
    context = {
        "description": following.describe(query),
        "filters": filters,
        "chips": query.chips,
        "ignored_notes": query.ignored_notes,
        "listing_url": following.listing_path(filters),
    }
    if not mail.mail_available():
        return _render(request, "alerts/unavailable.html", context)
    if request.method != "POST":
        context["form"] = FollowForm()
        return _render(request, "alerts/follow.html", context)

    form = FollowForm(request.POST)
    context["form"] = form
    if len(filters) > Subscription._meta.get_field("filters").max_length:
        form.add_error(None, "Deze selectie heeft te veel filters om te volgen. Kies er minder.")
    if not form.is_valid():
        return _render(request, "alerts/follow.html", context, status=400)
    email = form.cleaned_data["email"].strip()
    ip = client_ip(request)
    allowed = hit("alerts-ip", ip, IP_LIMIT, WINDOW) and hit(
        "alerts-address", f"{email.lower()}|{ip}", ADDRESS_LIMIT, WINDOW
    )
    if not allowed:
        form.add_error(None, "Je hebt dit formulier te vaak verstuurd. Probeer het over een uur opnieuw.")
        return _render(request, "alerts/follow.html", context, status=429)
    # The same work for every address: whether it is new, pending or already
    # following is the task's business (tasks.py), never this answer's.
    request_subscription.enqueue(email, filters, form.cleaned_data["frequency"])
    return HttpResponseRedirect(reverse("alerts:requested"), status=303)


@never_cache
def requested(request):
    return _render(request, "alerts/requested.html", {"breadcrumbs": _crumbs({"title": "Controleer je e-mail"})})


def _subscription_from(purpose, token):
    value = tokens.read(purpose, token)
    if not (isinstance(value, list) and len(value) == 2):
        return None, False
    pk, email = value
    return Subscription.objects.filter(pk=pk, email=email).first(), True


@csrf_exempt  # authorised by the signed link; sets no cookie
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: a mail scanner that opens every
    link does not confirm a subscription on someone's behalf."""
    subscription, valid = _subscription_from("confirm", token)
    crumbs = _crumbs({"title": "Bevestigen"})
    if subscription is None:
        return _render(request, "alerts/link_invalid.html", {"breadcrumbs": crumbs}, status=404)
    query = following.read(subscription.filters)
    context = {
        "breadcrumbs": crumbs,
        "subscription": subscription,
        "description": following.describe(query),
        "manage_url": reverse("alerts:manage", args=[tokens.make("manage", subscription.email)]),
    }
    if request.method == "POST" and subscription.confirmed_at is None:
        with transaction.atomic():
            duplicate = (
                Subscription.objects.confirmed()
                .filter(email__iexact=subscription.email, filters=subscription.filters)
                .exists()
            )
            if duplicate:
                subscription.delete()
            else:
                subscription.confirmed_at = timezone.now()
                subscription.save(update_fields=["confirmed_at"])
        return _render(request, "alerts/confirmed.html", context)
    if subscription.confirmed_at is not None:
        return _render(request, "alerts/confirmed.html", context)
    return _render(request, "alerts/confirm.html", context)


@csrf_exempt  # RFC 8058 one-click: a POST from the mail client, authorised by the signed link
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    value = tokens.read("unsubscribe", token)
    if not (isinstance(value, list) and len(value) == 2):
        return _render(request, "alerts/link_invalid.html", {"breadcrumbs": _crumbs({"title": "Afmelden"})}, status=404)
    pk, email = value
    subscription = Subscription.objects.filter(pk=pk, email=email).first()
    context = {
        "breadcrumbs": _crumbs({"title": "Afmelden"}),
        "manage_url": reverse("alerts:manage", args=[tokens.make("manage", email)]),
        "description": following.describe(following.read(subscription.filters)) if subscription else "",
    }
    if request.method == "POST" or subscription is None:
        if subscription is not None:
            subscription.delete()
        return _render(request, "alerts/unsubscribed.html", context)
    return _render(request, "alerts/unsubscribe.html", context)


@csrf_exempt  # authorised by the signed link; sets no cookie
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    email = tokens.read("manage", token)
    crumbs = _crumbs({"title": "Je attenderingen"})
    if not isinstance(email, str):
        return _render(request, "alerts/link_invalid.html", {"breadcrumbs": crumbs}, status=404)
    subscriptions = Subscription.objects.confirmed().filter(email=email).order_by("pk")
    if request.method == "POST" and request.POST.get("actie") == "alles-opzeggen":
        subscriptions.delete()
        return _render(request, "alerts/unsubscribed.html", {"breadcrumbs": crumbs, "all": True})
    rows = [
        {
            "description": following.describe(following.read(subscription.filters)),
            "frequency": subscription.get_frequency_display().lower(),
            "unsubscribe_url": reverse(
                "alerts:unsubscribe", args=[tokens.make("unsubscribe", [subscription.pk, subscription.email])]
            ),
        }
        for subscription in subscriptions
    ]
    return _render(request, "alerts/manage.html", {"breadcrumbs": crumbs, "rows": rows, "email": email})
