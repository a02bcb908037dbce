"""Discovery's part of the admin and of the pages below it: the pictures
(see `articles.pictures`) and the editors' coverage panel and report."""

from django import forms
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from articles.pictures import PAGE_PICTURES_HOOK

from . import pictures
from .coverage import coverage


@hooks.register(PAGE_PICTURES_HOOK)
def add_page_pictures(page, request):
    return pictures.page_pictures(page, request)


# --- coverage for editors ---------------------------------------------------------


class CoverageMedia:
    css = {"all": ["css/coverage-admin.css"]}


class CoveragePanel(Component):
    """Dashboard panel: live content per opgave × level, with the report's link."""

    name = "dekking"
    order = 250
    template_name = "discovery/admin/coverage_panel.html"
    Media = CoverageMedia

    def get_context_data(self, parent_context=None):
        return {"coverage": coverage(), "report_url": reverse("dekking")}


class CoverageReportView(WagtailAdminTemplateMixin, TemplateView):
    """Report: live content per opgave × level and per theme × region."""

    template_name = "discovery/admin/coverage_report.html"
    page_title = "Dekking van de inhoud"
    header_icon = "table"
    _show_breadcrumbs = True

    @property
    def media(self):
        return forms.Media(css=CoverageMedia.css)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "coverage": coverage()}


@hooks.register("construct_homepage_panels")
def add_coverage_panel(request, panels):
    panels.append(CoveragePanel())


@hooks.register("register_admin_urls")
def register_coverage_report():
    return [path("dekking/", CoverageReportView.as_view(), name="dekking")]


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return MenuItem("Dekking van de inhoud", reverse("dekking"), name="dekking", icon_name="table", order=1300)
