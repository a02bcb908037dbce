"""The pages that gather content from every app: the home page and the
filterable listings (`/kennisbank/` and one per content type)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from articles.kinds import ContentKind
from articles.models import IndexPage
from articles.permissions import EditorialPermissionsMixin

from .feeds import render_feed
from .home import home_context
from .listing import render_listing
from .routing import route_below

LISTING_TYPES = [
    "discovery.KennisbankPage",
    "discovery.StoryIndexPage",
    "discovery.EssayIndexPage",
    "discovery.TipIndexPage",
    "discovery.EventIndexPage",
]


class HomePage(EditorialPermissionsMixin, Page):
    intro = models.TextField(
        "introductie",
        max_length=400,
        help_text="Twee zinnen die zeggen wat Overheid van Nu is en voor wie.",
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = LISTING_TYPES + [
        "opgaven.OpgaveIndexPage",
        "regions.RegionIndexPage",
        "articles.StandardPage",
        "articles.ApproachPage",
        "articles.ContactPage",
    ]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = ["intro"]

    class Meta:
        verbose_name = "startpagina"
        verbose_name_plural = "startpagina's"

    def route(self, request, path_components):
        # Every public URL is routed from here: resolve it in two queries
        # instead of two per level (see discovery.routing).
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class ListingPage(RoutablePageMixin, IndexPage):
    """A filterable listing of content. `listing_kind` is None for the
    kennisbank (every type) or one ContentKind for a per-type index.

    The listing and its feed are rendered by `discovery.listing` and
    `discovery.feeds`, which read the query string through
    `discovery.filters.ListingQuery`."""

    listing_kind = None

    class Meta:
        abstract = True

    @path("")
    def listing_view(self, request):
        return render_listing(request, self)

    @path("feed/")
    def feed_view(self, request):
        return render_feed(request, self)


class KennisbankPage(ListingPage):
    subpage_types = []

    class Meta:
        verbose_name = "kennisbank"
        verbose_name_plural = "kennisbanken"


class StoryIndexPage(ListingPage):
    listing_kind = ContentKind.VERHAAL
    subpage_types = ["articles.StoryPage"]

    class Meta:
        verbose_name = "overzicht verhalen"
        verbose_name_plural = "overzichten verhalen"


class EssayIndexPage(ListingPage):
    listing_kind = ContentKind.ESSAY
    subpage_types = ["articles.EssayPage"]

    class Meta:
        verbose_name = "overzicht essays"
        verbose_name_plural = "overzichten essays"


class TipIndexPage(ListingPage):
    listing_kind = ContentKind.TIP
    subpage_types = ["articles.TipPage"]

    class Meta:
        verbose_name = "overzicht tips"
        verbose_name_plural = "overzichten tips"


class EventIndexPage(ListingPage):
    listing_kind = ContentKind.EVENEMENT
    subpage_types = ["articles.EventPage"]

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"
