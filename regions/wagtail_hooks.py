"""Admin listing of the regions, shown in the "Inhoud" menu of `articles`."""

import django_filters
from django import forms
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from articles.admin_filters import DistinctPageFilterSet
from articles.wagtail_hooks import CONTENT_MENU_HOOK, page_columns
from opgaven.models import OpgavePage

from .models import RegionPage


class RegionPageFilterSet(DistinctPageFilterSet):
    opgaven = django_filters.ModelMultipleChoiceFilter(
        label="Opgave", queryset=OpgavePage.objects.order_by("title"), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = RegionPage
        fields = []


class RegionListingViewSet(PageListingViewSet):
    model = RegionPage
    name = "regios"
    icon = "site"
    menu_label = "Regio's"
    menu_order = 11
    menu_hook = CONTENT_MENU_HOOK
    filterset_class = RegionPageFilterSet
    columns = page_columns()


@hooks.register("register_admin_viewset")
def register_region_listing():
    return RegionListingViewSet()
