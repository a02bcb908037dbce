"""The editorial app's Wagtail hooks: registrations only. The listings are in
viewsets.py, the reports' views in views.py and their URLs in admin_urls.py,
the dashboard panels in dashboard.py."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html, json_script
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import (
    accessibility,
    action_menus,
    admin_overrides,
    admin_urls,
    contact_submissions,
    dashboard,
    draft_vocabulary,
)
from .views import can_see_search_terms
from .viewsets import ContentViewSetGroup, VocabularyViewSetGroup

# --- listings: "Inhoud" (every page type) and "Vocabulaire" (snippets) -----------


@hooks.register("register_admin_viewset")
def register_content_listings():
    return ContentViewSetGroup()


@hooks.register("register_admin_viewset")
def register_vocabulary():
    return VocabularyViewSetGroup()


# --- reports: coverage, search terms, Prullenbak, broken links ---------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("", include(admin_urls))]


class SearchTermsMenuItem(MenuItem):
    """Wagtail's "Zoektermen" is for superusers; this one is for everyone who
    may view or manage promoted search results (views.py)."""

    def is_shown(self, request):
        return can_see_search_terms(request.user)


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return MenuItem("Dekking van de inhoud", reverse("dekking"), name="dekking", icon_name="table", order=1300)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        "Populaire zoektermen", reverse("zoektermen"), name="populaire-zoektermen", icon_name="search", order=1310
    )


@hooks.register("register_reports_menu_item")
def register_prullenbak_menu_item():
    return MenuItem("Prullenbak", reverse("prullenbak"), name="prullenbak", icon_name="bin", order=1320)


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return MenuItem("Kapotte links", reverse("kapotte_links"), name="kapotte-links", icon_name="link", order=1330)


# --- dashboard: my drafts, scheduled, not updated for a year, coverage --------------

hooks.register("construct_homepage_panels", dashboard.add_panels)
hooks.register("construct_homepage_summary_items", admin_overrides.add_summary_items)

# --- userbar: the accessibility checker's rules for this site -----------------------

hooks.register("construct_wagtail_userbar", accessibility.tune_userbar)

# --- contact tips: personal data for the Eindredactie only --------------------------

hooks.register("filter_form_submissions_for_user", contact_submissions.forms_with_readable_submissions)

# --- draft vocabulary: editing or publishing a page that links it says so -----------

hooks.register("before_edit_page", draft_vocabulary.before_edit_page)
hooks.register("after_publish_page", draft_vocabulary.after_publish_page)
hooks.register("after_edit_page", draft_vocabulary.after_edit_page)


# --- action menus: one resubmit button in a one-step workflow ----------------------

hooks.register("construct_page_action_menu", action_menus.construct_page_action_menu)
hooks.register("construct_snippet_action_menu", action_menus.construct_snippet_action_menu)


# --- admin script: one-time form keys and upload limits -----------------------------


@hooks.register("insert_global_admin_js")
def editorial_admin_js():
    """static/js/admin-editorial.js (actions.py's one-time keys, the upload
    limits, Dutch for text Wagtail hard-codes) and the limits it reads. An ES
    module: deferred like `defer`, so it runs after Wagtail's scripts."""
    limits = {"image": settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, "document": settings.WAGTAILDOCS_MAX_UPLOAD_SIZE}
    return format_html(
        '{}<script type="module" src="{}"></script>',
        json_script(limits, "ovn-upload-limits"),
        static("js/admin-editorial.js"),
    )


# --- help menu: no English-only external guides ------------------------------------


@hooks.register("construct_help_menu")
def dutch_help_menu(request, menu_items):
    """Wagtail's "Editor Guide" and "What's new" open English pages on
    wagtail.org; editors here read Dutch, so they are left out."""
    menu_items[:] = [
        item for item in menu_items if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]
