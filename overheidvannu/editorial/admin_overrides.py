"""Two of Wagtail's admin views, extended, at their own addresses (included
before Wagtail's admin URLs in overheidvannu/urls.py, so Wagtail's own URL
names lead here):

* the page search (`wagtailadmin_pages:search`): Wagtail's searches titles
  only, by prefix ("autocomplete"), without folding accents. This one
  searches every page's full text (title, intro, body and whatever else each
  page type indexes) with the site's search configuration (on PostgreSQL
  Dutch with accents folded: "financiele" finds "financiële"), and falls
  back to Wagtail's prefix match on titles when that finds nothing ("Dinkel"
  still finds "Dinkeldal");
* the image library (`wagtailimages:index`): with the filter "Zonder
  tekstalternatief", images neither described nor marked decorative
  (articles/images.py). The dashboard counts them (`UndescribedImagesSummaryItem`).
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from wagtail.admin.auth import require_admin_access
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.views.pages import search as page_search
from wagtail.images import get_image_model
from wagtail.images.views.images import ImagesFilterSet
from wagtail.images.views.images import IndexView as ImageIndexView
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.search.query import MATCH_ALL
from wagtail.search.utils import parse_query_string

from articles.images import undescribed

UNDESCRIBED_PARAM = "zonder_tekstalternatief"


# --- page search ------------------------------------------------------------------


def full_text_page_search(q, pages, all_pages=None, ordering=None):
    """Wagtail's `page_filter_search` (its `live:` filter included) with a
    full-text search first, Wagtail's title prefix match as the fallback."""
    filters, query = parse_query_string(q, operator="and", zero_terms=MATCH_ALL)
    if query is MATCH_ALL:
        return page_search.page_filter_search(q, pages, all_pages, ordering)
    live_filter = (filters.get("live") or filters.get("published") or "").lower()
    if live_filter in ("yes", "true", "no", "false"):
        live = live_filter in ("yes", "true")
        pages = pages.filter(live=live)
        all_pages = all_pages.filter(live=live) if all_pages is not None else None
    found = pages.search(query, order_by_relevance=not ordering)
    if not found.count():
        return page_search.page_filter_search(q, pages, all_pages, ordering)
    if all_pages is not None:
        all_pages = all_pages.search(query, order_by_relevance=not ordering)
    return found, all_pages


class FullTextPageSearchView(page_search.SearchView):
    """Wagtail's page search view (its permissions, type facets, ordering
    and template) with `full_text_page_search` (Wagtail's `get_queryset`,
    which calls its module's own function, with ours)."""

    def get_queryset(self):
        self.all_pages = Page.objects.all()
        if getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True):
            self.all_pages = self.all_pages.filter(
                pk__in=self.permission_policy.explorable_instances(self.request.user).values_list("pk", flat=True)
            )
        pages = self.all_pages
        if self.ordering:
            pages = pages.order_by(self.ordering)
        if self.selected_content_type:
            pages = pages.filter(content_type=self.selected_content_type)
        pages = self.annotate_queryset(pages)
        pages, self.all_pages = full_text_page_search(self.search_query, pages, self.all_pages, self.ordering)
        if pages.supports_facet:
            self.content_types = [
                (ContentType.objects.get_for_id(content_type_id), count)
                for content_type_id, count in self.all_pages.facet("content_type_id").items()
            ]
        return pages

    def get_context_data(self, **kwargs):
        # The count above the titles names what it counts ("1–5 van 5 pagina's").
        return super().get_context_data(**kwargs) | {"verbose_name": "pagina", "verbose_name_plural": "pagina's"}


# --- image library ----------------------------------------------------------------


class EditorialImagesFilterSet(ImagesFilterSet):
    # One checkbox; a BooleanFilter would show an unchecked box as "False".
    zonder_tekstalternatief = django_filters.MultipleChoiceFilter(
        label="Zonder tekstalternatief",
        choices=[("ja", "ja")],
        method="filter_undescribed",
        widget=forms.CheckboxSelectMultiple,
        help_text="Afbeeldingen zonder beschrijving die ook niet als decoratief zijn gemarkeerd.",
    )

    def filter_undescribed(self, queryset, name, value):
        return undescribed(queryset) if "ja" in value else queryset

    class Meta(ImagesFilterSet.Meta):
        model = get_image_model()


class EditorialImageIndexView(ImageIndexView):
    filterset_class = EditorialImagesFilterSet


class UndescribedImagesSummaryItem(SummaryItem):
    """The dashboard's count of images without alt text, linking to the
    library's filter; shown only when there are any."""

    order = 210
    template_name = "editorial/summary_undescribed_images.html"

    def images(self):
        policy = policy_registry.get_by_type(get_image_model())
        return undescribed(policy.instances_user_has_any_permission_for(self.request.user, {"add", "change"}))

    def get_context_data(self, parent_context):
        return {
            "count": self.images().count(),
            "url": f"{reverse('wagtailimages:index')}?{UNDESCRIBED_PARAM}=ja",
        }

    def is_shown(self):
        return policy_registry.get_by_type(get_image_model()).user_has_any_permission(
            self.request.user, ["add", "change"]
        )


def add_summary_items(request, items):
    """The `construct_homepage_summary_items` hook."""
    items.append(UndescribedImagesSummaryItem(request))


urlpatterns = [
    path("pages/search/", require_admin_access(FullTextPageSearchView.as_view())),
    path("pages/search/results/", require_admin_access(FullTextPageSearchView.as_view(results_only=True))),
    path("images/", require_admin_access(EditorialImageIndexView.as_view())),
    path("images/results/", require_admin_access(EditorialImageIndexView.as_view(results_only=True))),
]
