"""Filters for the editors' admin listings of pages (not the public listings:
those read the query string through `discovery.filters.ListingQuery`).

Each page type gets a `PageFilterSet` with exactly the classifications its
model has, so an editor can narrow "Verhalen" to one level, theme, opgave or
region next to Wagtail's own filters (status, owner, date edited …). The
listings themselves are in viewsets.py.
"""

import django_filters
from django import forms
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.views.pages.listing import PageFilterSet

from articles.models import ContentPage, EssayPage, EventPage, Level, StoryPage, Theme, TipPage
from opgaven.models import OpgavePage
from regions.models import RegionPage


class YesNoFilter(django_filters.ChoiceFilter):
    """A yes/no filter whose active value reads in Dutch ("Gepubliceerd: ja",
    where a BooleanFilter shows "True"); the query string keeps `true` and
    `false`, as the coverage report's links use them."""

    def __init__(self, *args, yes="ja", no="nee", **kwargs):
        super().__init__(*args, choices=[("true", yes), ("false", no)], empty_label="Alle", **kwargs)

    def filter(self, qs, value):
        if value in ("true", "false"):
            return qs.filter(**{self.field_name: value == "true"})
        return qs


class DistinctPageFilterSet(PageFilterSet):
    """A page filter set whose many-to-many filters never list a page twice
    (a page matching two chosen themes appears once). Several values within
    one filter combine with OR, as on the public listings."""

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).distinct()


class ContentPageFilterSet(DistinctPageFilterSet):
    """Level, theme, opgave and region filters shared by the four content types."""

    levels = django_filters.ModelMultipleChoiceFilter(
        label="Niveau", queryset=Level.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    themes = django_filters.ModelMultipleChoiceFilter(
        label="Thema", queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    opgaven = django_filters.ModelMultipleChoiceFilter(
        label="Opgave", queryset=OpgavePage.objects.order_by("title"), widget=forms.CheckboxSelectMultiple
    )
    regions = django_filters.ModelMultipleChoiceFilter(
        label="Regio", queryset=RegionPage.objects.order_by("title"), widget=forms.CheckboxSelectMultiple
    )
    publication_date = django_filters.DateFromToRangeFilter(label="Publicatiedatum", widget=DateRangePickerWidget)


class AllContentFilterSet(ContentPageFilterSet):
    """Every content type in one listing, with a publication status filter:
    the coverage report's cells link here (`?levels=…&opgaven=…&live=true`)."""

    live = YesNoFilter(label="Gepubliceerd", field_name="live")

    class Meta:
        model = ContentPage
        fields = []


class StoryPageFilterSet(ContentPageFilterSet):
    class Meta:
        model = StoryPage
        fields = []


class EssayPageFilterSet(ContentPageFilterSet):
    class Meta:
        model = EssayPage
        fields = ["publication_year"]


class TipPageFilterSet(ContentPageFilterSet):
    class Meta:
        model = TipPage
        fields = []


class EventPageFilterSet(ContentPageFilterSet):
    event_type = django_filters.ChoiceFilter(
        label="Soort evenement", choices=EventPage._meta.get_field("event_type").choices
    )
    online = YesNoFilter(label="Online", field_name="online")
    start = django_filters.DateFromToRangeFilter(label="Begint tussen", widget=DateRangePickerWidget)

    class Meta:
        model = EventPage
        fields = []


class OpgavePageFilterSet(DistinctPageFilterSet):
    regions = django_filters.ModelMultipleChoiceFilter(
        label="Regio", queryset=RegionPage.objects.order_by("title"), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = OpgavePage
        fields = []


class RegionPageFilterSet(DistinctPageFilterSet):
    opgaven = django_filters.ModelMultipleChoiceFilter(
        label="Opgave", queryset=OpgavePage.objects.order_by("title"), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = RegionPage
        fields = []
