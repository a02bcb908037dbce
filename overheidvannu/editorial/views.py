"""The editorial reports under "Rapporten" (URLs in admin_urls.py, menu items
in wagtail_hooks.py):

* Dekking van de inhoud: live content per opgave × level and theme × region
  (coverage.py);
* Populaire zoektermen: Wagtail's search-terms report, for the editorial groups,
  with how many results each term found the last time (none: something to add);
* Prullenbak: pages taken offline, each restored as it was when it went
  offline, a newer draft offered for review (see roles.py);
* Kapotte links: what the last link check found broken (broken_links.py).
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import NumberColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportFilterSet, SearchTermsReportView
from wagtail.models import Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from articles.models import ExternalLinkCheck, LinkCheckRun
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
# A page taken offline keeps every revision. Restoring it brings back what
# visitors saw before it went offline: the revision that was live then (the
# last publication logged before the unpublish), never a draft written since.
# A newer draft is shown next to it (Wagtail's revision comparison) and goes
# to the Eindredactie's review instead of going live.

UNPUBLISH_ACTIONS = ("wagtail.unpublish", "wagtail.unpublish.scheduled")
PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


def _unpublish_entries(page_id):
    return PageLogEntry.objects.filter(page_id=page_id, action__in=UNPUBLISH_ACTIONS).order_by("-timestamp", "-pk")


def offline_pages_for(user):
    """Pages that were live once and are offline now, that the user may edit,
    each with `offline_since` (the moment of the last unpublish in the log;
    None when the log does not say), latest first."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    last_unpublish = _unpublish_entries(OuterRef("pk")).values("timestamp")[:1]
    return (
        Page.objects.filter(pk__in=editable.values("pk"), live=False, first_published_at__isnull=False)
        .annotate(offline_since=Subquery(last_unpublish))
        .select_related("content_type")
        .order_by(F("offline_since").desc(nulls_last=True), "-latest_revision_created_at")
    )


def live_when_taken_offline(page):
    """(revision, unpublish log entry): the revision visitors saw when the
    page went offline and the log entry of that moment. The revision is the
    one the last publication before the unpublish logged; without log entries
    (content loaded by a script), the newest revision saved before the page
    was last published."""
    unpublished = _unpublish_entries(page.pk).select_related("user").first()
    published = PageLogEntry.objects.filter(page=page, action__in=PUBLISH_ACTIONS, revision__isnull=False)
    if unpublished is not None:
        published = published.filter(timestamp__lte=unpublished.timestamp)
    entry = published.select_related("revision").order_by("-timestamp", "-pk").first()
    if entry is not None:
        return entry.revision, unpublished
    revisions = page.revisions.order_by("-created_at", "-pk")
    if page.last_published_at:
        revisions = revisions.filter(created_at__lte=page.last_published_at)
    return revisions.first(), unpublished


def prullenbak(request):
    pages = list(offline_pages_for(request.user)[:200])
    for page in pages:
        page.can_restore = page.permissions_for_user(request.user).can_publish()
    return TemplateResponse(
        request,
        "editorial/prullenbak.html",
        {"pages": pages, "page_title": "Prullenbak", "header_icon": "bin"},
    )


class RestoreView(RevisionsCompareView):
    """Terugzetten: the revision that was live when the page went offline,
    compared with the newest draft when there is a newer one (Wagtail's
    comparison); sending the form publishes the former and offers the latter
    for review."""

    template_name = "editorial/prullenbak_restore.html"
    page_title = "Terugzetten"
    header_icon = "bin"

    def setup(self, request, page_id, *args, **kwargs):
        page = get_object_or_404(Page, pk=page_id, live=False).specific
        self.restored, self.unpublished = live_when_taken_offline(page)
        if self.restored is None:
            raise Http404("Deze pagina heeft geen versie om terug te zetten.")
        latest = page.get_latest_revision()
        self.newer_draft = latest if latest is not None and latest.pk != self.restored.pk else None
        compare_with = self.newer_draft or self.restored
        super().setup(request, page_id, str(self.restored.pk), str(compare_with.pk), *args, **kwargs)

    def get_object(self, queryset=None):
        page = get_object_or_404(Page, id=self.pk, live=False).specific
        if not page.permissions_for_user(self.request.user).can_publish():
            raise PermissionDenied
        return page

    def get_page_subtitle(self):
        return self.object.get_admin_display_title()

    def expired(self):
        """Whether the restored version's own end date has passed: published
        again, it would go offline at once."""
        expire_at = self.restored.as_object().expire_at
        return expire_at is not None and expire_at <= timezone.now()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "restored": self.restored,
                "unpublished": self.unpublished,
                "newer_draft": self.newer_draft,
                "expired": self.expired(),
                "workflow_in_progress": self.object.workflow_in_progress,
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        page = self.object
        if self.expired():
            messages.error(request, "Deze versie heeft een einddatum die al voorbij is. Pas eerst de einddatum aan.")
            return redirect("prullenbak_restore", page.pk)
        self.restored.publish(user=request.user, previous_revision=self.restored)
        page = Page.objects.get(pk=page.pk).specific
        text = f"“{page.title}” staat weer online, zoals het was toen het offline ging."
        if self.newer_draft is not None and page.has_unpublished_changes:
            workflow = page.get_workflow()
            if workflow is not None and not page.workflow_in_progress:
                workflow.start(page, request.user)
                text += " Het nieuwere concept is niet gepubliceerd: het staat ter review bij de eindredactie."
            else:
                text += " Het nieuwere concept is niet gepubliceerd: het staat als concept klaar."
        messages.success(request, text)
        return redirect("prullenbak")


# --- Kapotte links --------------------------------------------------------------


def broken_links(request):
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    checks = ExternalLinkCheck.objects.filter(ok=False, page__in=editable).select_related("page")
    return TemplateResponse(
        request,
        "editorial/kapotte_links.html",
        {
            "links": list(checks[:500]),
            "last_run": LinkCheckRun.objects.order_by("-finished_at").first(),
            "page_title": "Kapotte links",
            "header_icon": "link",
        },
    )
