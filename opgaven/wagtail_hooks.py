"""Admin listing of the opgaven, shown in the "Inhoud" menu of `articles`."""

import django_filters
from django import forms
from django.apps import apps
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from articles.admin_filters import DistinctPageFilterSet
from articles.wagtail_hooks import CONTENT_MENU_HOOK, page_columns

from .models import OpgavePage


class OpgavePageFilterSet(DistinctPageFilterSet):
    regions = django_filters.ModelMultipleChoiceFilter(
        label="Regio",
        # Looked up lazily: regions depend on opgaven, not the other way round.
        queryset=lambda request: apps.get_model("regions", "RegionPage").objects.order_by("title"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = OpgavePage
        fields = []


class OpgaveListingViewSet(PageListingViewSet):
    model = OpgavePage
    name = "opgaven"
    icon = "list-ul"
    menu_label = "Opgaven"
    menu_order = 10
    menu_hook = CONTENT_MENU_HOOK
    filterset_class = OpgavePageFilterSet
    columns = page_columns(Column("lead", label="Trekker", width="18%"))


@hooks.register("register_admin_viewset")
def register_opgave_listing():
    return OpgaveListingViewSet()
