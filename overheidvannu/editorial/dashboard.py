"""Dashboard panels for the editorial team, besides Wagtail's own ("Wacht op
jouw review", recent edits, locked pages):

* Mijn concepten: pages I own (made) that have changes not yet live, not in
  review and not scheduled: a reviewer's "request changes" leaves the draft
  in its writer's list, and a page waiting for its moment is no draft.
* (Wagtail's own "Wacht op jouw review" lists what waits for my review.)
* Ingepland: pages with a publication moment in the future.
* Niet bijgewerkt in een jaar: live content last published over a year ago.
* Dekking van de inhoud: live content per opgave × level (coverage.py), with
  a link to the whole report.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .coverage import COVERAGE_CSS, coverage

PANEL_SIZE = 10
STALE_AFTER = datetime.timedelta(days=365)


def _editable(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


class EditorialPanel(Component):
    template_name = "editorial/dashboard_panel.html"
    heading = ""
    empty = ""
    date_label = ""

    def rows(self, user):
        """(page, date) pairs."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "panel_id": self.name,
            "heading": self.heading,
            "empty": self.empty,
            "date_label": self.date_label,
            "rows": list(self.rows(request.user)),
        }


class MyDraftsPanel(EditorialPanel):
    name = "mijn-concepten"
    order = 90
    heading = "Mijn concepten"
    empty = "Je hebt geen concepten openstaan."
    date_label = "Laatst bewerkt"

    def rows(self, user):
        in_review = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("workflow_state__object_id", flat=True)
        scheduled = Revision.page_revisions.filter(approved_go_live_at__isnull=False).values_list(
            "object_id", flat=True
        )
        pages = (
            Page.objects.filter(has_unpublished_changes=True, owner=user)
            .exclude(pk__in=[int(pk) for pk in in_review])
            .exclude(pk__in=[int(pk) for pk in scheduled])
            .order_by("-latest_revision_created_at")[:PANEL_SIZE]
        )
        return [(page, page.latest_revision_created_at) for page in pages]


class ScheduledPanel(EditorialPanel):
    name = "ingepland"
    order = 96
    heading = "Ingepland"
    empty = "Er staat niets ingepland."
    date_label = "Gaat live op"

    def rows(self, user):
        revisions = (
            Revision.page_revisions.filter(approved_go_live_at__gt=timezone.now())
            .order_by("approved_go_live_at")
            .values_list("object_id", "approved_go_live_at")[:PANEL_SIZE]
        )
        moments = {int(pk): moment for pk, moment in revisions}
        pages = Page.objects.in_bulk(list(moments))
        return [(pages[pk], moment) for pk, moment in moments.items() if pk in pages]


class StalePanel(EditorialPanel):
    name = "niet-bijgewerkt"
    order = 97
    heading = "Niet bijgewerkt in een jaar"
    empty = "Alle gepubliceerde inhoud is in het afgelopen jaar bijgewerkt."
    date_label = "Laatst gepubliceerd"

    def rows(self, user):
        pages = (
            Page.objects.live()
            .filter(depth__gt=3, last_published_at__lt=timezone.now() - STALE_AFTER)
            .filter(pk__in=_editable(user).values("pk"))
            .order_by("last_published_at")[:PANEL_SIZE]
        )
        return [(page, page.last_published_at) for page in pages]


class CoverageMedia:
    css = COVERAGE_CSS


class CoveragePanel(Component):
    """Live content per opgave × level, with the report's link."""

    name = "dekking"
    order = 250
    template_name = "editorial/coverage_panel.html"
    Media = CoverageMedia

    def get_context_data(self, parent_context=None):
        return {"coverage": coverage(), "report_url": reverse("dekking")}


def add_panels(request, panels):
    """The `construct_homepage_panels` hook; Wagtail orders panels by `order`."""
    panels.extend([MyDraftsPanel(), ScheduledPanel(), StalePanel(), CoveragePanel()])
