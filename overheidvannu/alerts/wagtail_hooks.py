"""Admin: how many confirmed subscribers each followed selection has.

Only for Eindredacteuren (and superusers), and only counts: no screen lists
addresses, and the model is registered nowhere else in the admin."""

from django.db.models import Count
from django.shortcuts import render
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from articles.permissions import REVIEWERS

from . import following
from .models import Subscription


def can_see_counts(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=REVIEWERS).exists())


def subscriber_counts(request):
    if not can_see_counts(request.user):
        return permission_denied(request)
    rows = (
        Subscription.objects.confirmed()
        .values("filters")
        .annotate(subscribers=Count("pk"))
        .order_by("-subscribers", "filters")
    )
    selections = [
        {
            "description": following.describe(following.read(row["filters"])),
            "filters": row["filters"],
            "subscribers": row["subscribers"],
        }
        for row in rows
    ]
    return render(
        request,
        "alerts/admin/subscriber_counts.html",
        {"selections": selections, "pending": Subscription.objects.pending().count()},
    )


@hooks.register("register_admin_urls")
def register_alert_urls():
    return [path("attenderingen/", subscriber_counts, name="alerts_subscriber_counts")]


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_counts(request.user)


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        "E-mailattenderingen",
        reverse("alerts_subscriber_counts"),
        name="e-mailattenderingen",
        icon_name="mail",
        order=1320,
    )
