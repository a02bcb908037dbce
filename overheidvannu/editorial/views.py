"""The editorial reports under "Rapporten" (URLs in admin_urls.py, menu items
in wagtail_hooks.py):

* Dekking van de inhoud: live content per opgave × level and theme × region
  (coverage.py);
* Populaire zoektermen: Wagtail's search-terms report, for the editorial groups,
  with how many results each term found the last time (none: something to add);
* Prullenbak: pages taken offline, restored by publishing them again (see
  roles.py);
* Kapotte links: what the last link check found broken (broken_links.py).
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import NumberColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportFilterSet, SearchTermsReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from articles.models import ExternalLinkCheck
from overheidvannu.discovery.search.counting import with_last_results

from .coverage import COVERAGE_CSS, coverage

# --- Dekking van de inhoud ------------------------------------------------------


class CoverageReportView(WagtailAdminTemplateMixin, TemplateView):
    """Report: live content per opgave × level and per theme × region."""

    template_name = "editorial/coverage_report.html"
    page_title = "Dekking van de inhoud"
    header_icon = "table"
    _show_breadcrumbs = True

    @property
    def media(self):
        return forms.Media(css=COVERAGE_CSS)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "coverage": coverage()}


# --- Populaire zoektermen -------------------------------------------------------
# Wagtail's "Zoektermen" report is for superusers only. The editorial groups
# need it to choose editors' picks, so the same report is offered again to
# anyone who may view or manage promoted search results.

SEARCH_TERMS_PERMISSIONS = (
    "wagtailsearchpromotions.view_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
)


def can_see_search_terms(user):
    return user.is_active and any(user.has_perm(permission) for permission in SEARCH_TERMS_PERMISSIONS)


class LastResultsColumn(NumberColumn):
    def get_value(self, instance):
        value = super().get_value(instance)
        return "—" if value is None else value


class SearchTermsFilterSet(SearchTermsReportFilterSet):
    found_nothing = django_filters.BooleanFilter(label="Niets gevonden", method="filter_found_nothing")

    class Meta(SearchTermsReportFilterSet.Meta):
        fields = []

    def filter_found_nothing(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(last_results=0) if value else queryset.exclude(last_results=0)


class EditorialSearchTermsReportView(SearchTermsReportView):
    index_url_name = "zoektermen"
    index_results_url_name = "zoektermen_results"
    filterset_class = SearchTermsFilterSet
    # How many results a term found the last time it was searched: 0 tells
    # the editors what to write or add to the abbreviations.
    columns = [
        *SearchTermsReportView.columns,
        LastResultsColumn("last_results", label="Resultaten (laatste keer)", sort_key="last_results"),
    ]
    export_headings = {**SearchTermsReportView.export_headings, "last_results": "Resultaten (laatste keer)"}
    list_export = [*SearchTermsReportView.list_export, "last_results"]

    def get_base_queryset(self):
        return with_last_results(super().get_base_queryset())

    def dispatch(self, request, *args, **kwargs):
        if not can_see_search_terms(request.user):
            return permission_denied(request)
        # Skip the parent's superuser-only check; ours is above.
        return ReportView.dispatch(self, request, *args, **kwargs)


# --- Prullenbak -----------------------------------------------------------------


def offline_pages_for(user):
    """Pages that were live once and are offline now, that the user may edit."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        Page.objects.filter(pk__in=editable.values("pk"), live=False, first_published_at__isnull=False)
        .select_related("content_type")
        .order_by("-latest_revision_created_at")
    )


def prullenbak(request):
    pages = list(offline_pages_for(request.user)[:200])
    for page in pages:
        page.can_restore = page.permissions_for_user(request.user).can_publish()
    return TemplateResponse(
        request,
        "editorial/prullenbak.html",
        {"pages": pages, "page_title": "Prullenbak", "header_icon": "bin"},
    )


@require_POST
def prullenbak_restore(request, page_id):
    page = get_object_or_404(Page, pk=page_id, live=False).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    revision = page.get_latest_revision() or page.save_revision(user=request.user)
    revision.publish(user=request.user)
    messages.success(request, f"“{page.title}” staat weer online.")
    return redirect("prullenbak")


# --- Kapotte links --------------------------------------------------------------


def broken_links(request):
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    checks = ExternalLinkCheck.objects.filter(ok=False, page__in=editable).select_related("page")
    last = ExternalLinkCheck.objects.order_by("-checked_at").values_list("checked_at", flat=True).first()
    return TemplateResponse(
        request,
        "editorial/kapotte_links.html",
        {"links": list(checks[:500]), "checked_at": last, "page_title": "Kapotte links", "header_icon": "link"},
    )
