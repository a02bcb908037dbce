"""The editors' admin: menus for the curated records and per-type page listings.

* "Inhoud" groups a flat listing per content type (Verhalen, Essays, Tips,
  Evenementen) with filters for level, theme, opgave and region. The
  `opgaven` and `regions` apps add their own listings to the same menu through
  the `CONTENT_MENU_HOOK`, so this module never imports them.
* "Vocabulaire" groups the snippets editors curate: themes, people and
  organisations.

Levels are deliberately not registered: exactly three exist (individu,
organisatie, netwerk), seeded by a migration and part of the public URL
contract (`?niveau=<slug>`). Adding, renaming or deleting one would break
links and the approach page, so editors only pick them on a page.
"""

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import draft_vocabulary
from .admin_filters import (
    AllContentFilterSet,
    EssayPageFilterSet,
    EventPageFilterSet,
    StoryPageFilterSet,
    TipPageFilterSet,
)
from .models import ContentPage, EssayPage, EventPage, Organisation, Person, StoryPage, Theme, TipPage

#: Menu hook through which any app adds a page listing to the "Inhoud" menu.
CONTENT_MENU_HOOK = "register_inhoud_menu_item"


class CalendarDateColumn(Column):
    """A date as a date, in Dutch ("1 december 2026", with the time for a
    moment), where Wagtail's DateColumn says "Zojuist" or "17 uur geleden"
    for a future event or a date-only publication date."""

    def __init__(self, name, with_time=False, **kwargs):
        self.with_time = with_time
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        import datetime

        from articles import dates

        value = super().get_value(instance)
        if value is None:
            return "—"
        if isinstance(value, datetime.datetime) and self.with_time:
            return dates.date_and_time(value)
        return dates.long_date(value)


def page_columns(*extra_columns):
    """Title, the given extra columns, last edit and status: what an editor
    scans for in a listing of one page type."""
    return [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label="Titel", sort_key="title", classname="title"),
        *extra_columns,
        DateColumn("latest_revision_created_at", label="Bewerkt", sort_key="latest_revision_created_at", width="12%"),
        PageStatusColumn("status", label="Status", sort_key="live", width="12%"),
    ]


PUBLICATION_DATE_COLUMN = CalendarDateColumn(
    "publication_date", label="Publicatiedatum", sort_key="publication_date", width="14%"
)


class ContentListingViewSet(PageListingViewSet):
    """Stories, essays, tips and events together, e.g. everything live on one
    opgave and level: where the coverage report's cells lead."""

    model = ContentPage
    name = "inhoud"
    icon = "folder-open-inverse"
    menu_label = "Alle inhoud"
    filterset_class = AllContentFilterSet
    columns = page_columns(Column("get_kind_display", label="Soort", width="12%"), PUBLICATION_DATE_COLUMN)


class StoryListingViewSet(PageListingViewSet):
    model = StoryPage
    name = "verhalen"
    icon = "doc-full"
    menu_label = "Verhalen"
    filterset_class = StoryPageFilterSet
    columns = page_columns(PUBLICATION_DATE_COLUMN)


class EssayListingViewSet(PageListingViewSet):
    model = EssayPage
    name = "essays"
    icon = "book-open"
    menu_label = "Essays"
    filterset_class = EssayPageFilterSet
    columns = page_columns(
        PUBLICATION_DATE_COLUMN,
        Column("publisher", label="Uitgever", sort_key="publisher", width="14%"),
    )


class TipListingViewSet(PageListingViewSet):
    model = TipPage
    name = "tips"
    icon = "help"
    menu_label = "Tips"
    filterset_class = TipPageFilterSet
    columns = page_columns(PUBLICATION_DATE_COLUMN)


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    name = "evenementen"
    icon = "date"
    menu_label = "Evenementen"
    filterset_class = EventPageFilterSet
    columns = page_columns(
        CalendarDateColumn("start", label="Begint op", sort_key="start", width="16%", with_time=True),
        Column("get_event_type_display", label="Soort", width="12%"),
    )


class ContentViewSetGroup(ViewSetGroup):
    menu_label = "Inhoud"
    menu_icon = "folder-open-inverse"
    menu_order = 150  # right after Wagtail's own page explorer
    submenu_hook = CONTENT_MENU_HOOK
    items = (ContentListingViewSet, StoryListingViewSet, EssayListingViewSet, TipListingViewSet, EventListingViewSet)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Thema's"
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]
    # Themes are ordered by hand (sort_order, from Orderable): the listing
    # offers drag-and-drop reordering, and the public site shows this order.
    ordering = ["sort_order", "name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Personen"
    list_display = ["name", "role", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = "Organisaties"
    list_display = ["name", "layer", "website"]
    list_filter = ["layer"]
    search_fields = ["name"]
    ordering = ["name"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Vocabulaire"
    menu_icon = "tag"
    menu_order = 160
    items = (ThemeViewSet, PersonViewSet, OrganisationViewSet)


@hooks.register("register_admin_viewset")
def register_content_listings():
    return ContentViewSetGroup()


@hooks.register("register_admin_viewset")
def register_vocabulary():
    return VocabularyViewSetGroup()


# --- contact tips: personal data for the Eindredactie only -------------------


@hooks.register("filter_form_submissions_for_user")
def contact_tips_for_reviewers_only(user, editable_forms):
    from .contact_submissions import forms_with_readable_submissions

    return forms_with_readable_submissions(user, editable_forms)


# --- draft vocabulary: editing or publishing a page that links it says so -------


hooks.register("before_edit_page", draft_vocabulary.before_edit_page)
hooks.register("after_publish_page", draft_vocabulary.after_publish_page)
hooks.register("after_edit_page", draft_vocabulary.after_edit_page)


# --- search terms -------------------------------------------------------------
# Wagtail's "Zoektermen" report is for superusers only. The editorial groups
# need it to choose editors' picks, so the same report is offered again to
# anyone who may view or manage promoted search results.

SEARCH_TERMS_PERMISSIONS = (
    "wagtailsearchpromotions.view_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
)


def can_see_search_terms(user):
    return user.is_active and any(user.has_perm(permission) for permission in SEARCH_TERMS_PERMISSIONS)


def _search_terms_view():
    from django.urls import path
    from wagtail.admin.auth import permission_denied
    from wagtail.admin.views.reports import ReportView
    from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

    class EditorialSearchTermsReportView(SearchTermsReportView):
        index_url_name = "zoektermen"
        index_results_url_name = "zoektermen_results"

        def dispatch(self, request, *args, **kwargs):
            if not can_see_search_terms(request.user):
                return permission_denied(request)
            # Skip the parent's superuser-only check; ours is above.
            return ReportView.dispatch(self, request, *args, **kwargs)

    return [
        path("zoektermen/", EditorialSearchTermsReportView.as_view(), name="zoektermen"),
        path(
            "zoektermen/results/",
            EditorialSearchTermsReportView.as_view(results_only=True),
            name="zoektermen_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_search_terms_urls():
    return _search_terms_view()


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    class SearchTermsMenuItem(MenuItem):
        def is_shown(self, request):
            return can_see_search_terms(request.user)

    return SearchTermsMenuItem(
        "Populaire zoektermen", reverse("zoektermen"), name="populaire-zoektermen", icon_name="search", order=1310
    )


# --- admin script: one-time form keys and upload limits ------------------------


@hooks.register("insert_global_admin_js")
def editorial_admin_js():
    from django.conf import settings
    from django.templatetags.static import static
    from django.utils.html import format_html, json_script

    limits = {"image": settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, "document": settings.WAGTAILDOCS_MAX_UPLOAD_SIZE}
    return format_html(
        '{}<script src="{}" defer></script>', json_script(limits, "ovn-upload-limits"), static("js/admin-editorial.js")
    )


# --- Prullenbak: pages taken offline, restored by publishing them again -------


@hooks.register("register_admin_urls")
def register_prullenbak_urls():
    from django.urls import path

    from .editorial_admin import broken_links, prullenbak, prullenbak_restore

    return [
        path("kapotte-links/", broken_links, name="kapotte_links"),
        path("prullenbak/", prullenbak, name="prullenbak"),
        path("prullenbak/<int:page_id>/terugzetten/", prullenbak_restore, name="prullenbak_restore"),
    ]


@hooks.register("register_reports_menu_item")
def register_prullenbak_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem("Prullenbak", reverse("prullenbak"), name="prullenbak", icon_name="bin", order=1320)


# --- dashboard: my drafts, scheduled, not updated for a year -------------------


@hooks.register("construct_homepage_panels")
def editorial_dashboard_panels(request, panels):
    from .dashboard import add_panels

    add_panels(request, panels)


# --- userbar: the accessibility checker's rules for this site -------------------


@hooks.register("construct_wagtail_userbar")
def site_accessibility_checker(request, items, page=None):
    from .accessibility import tune_userbar

    tune_userbar(request, items, page)


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem("Kapotte links", reverse("kapotte_links"), name="kapotte-links", icon_name="link", order=1330)


# --- help menu: no English-only external guides ----------------------------------


@hooks.register("construct_help_menu")
def dutch_help_menu(request, menu_items):
    """Wagtail's "Editor Guide" and "What's new" open English pages on
    wagtail.org; editors here read Dutch, so they are left out."""
    menu_items[:] = [
        item for item in menu_items if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]
