"""Home, listing and plain pages."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, CertaintyBlock
from .base import ContentKind

CONTENT_INDEX_TYPES = [
    "articles.KennisbankPage",
    "articles.StoryIndexPage",
    "articles.EssayIndexPage",
    "articles.TipIndexPage",
    "articles.EventIndexPage",
]


class HomePage(Page):
    intro = models.TextField(
        "introductie",
        max_length=400,
        help_text="Twee zinnen die zeggen wat Overheid van Nu is en voor wie.",
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = CONTENT_INDEX_TYPES + [
        "opgaven.OpgaveIndexPage",
        "regions.RegionIndexPage",
        "articles.StandardPage",
        "articles.ApproachPage",
    ]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = ["intro"]

    class Meta:
        verbose_name = "startpagina"
        verbose_name_plural = "startpagina's"

    def route(self, request, path_components):
        # Every public URL is routed from here: resolve it in two queries
        # instead of two per level (see articles.routing).
        from ..routing import route_below

        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from ..page_context import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class ListingPage(RoutablePageMixin, Page):
    """A filterable listing of content. `listing_kind` is None for the
    kennisbank (every type) or one ContentKind for a per-type index.

    The listing itself and its feed are rendered by `articles.listing`, which
    reads the query string through `articles.filters.ListingQuery`."""

    intro = models.TextField("introductie", max_length=400, blank=True, help_text="Korte uitleg boven het overzicht.")

    listing_kind = None
    parent_page_types = ["articles.HomePage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = ["intro"]

    class Meta:
        abstract = True

    @path("")
    def listing_view(self, request):
        from ..listing import render_listing

        return render_listing(request, self)

    @path("feed/")
    def feed_view(self, request):
        from ..listing import render_feed

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


class StandardPage(Page):
    """Plain content: about, accessibility statement, privacy."""

    intro = models.TextField(
        "introductie", max_length=400, blank=True, help_text="Eén of twee zinnen boven de tekst; ook in zoekresultaten."
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="inhoud",
        blank=True,
        help_text="De tekst, opgebouwd uit blokken: alinea's, tussenkoppen, afbeeldingen en meer.",
    )

    parent_page_types = ["articles.HomePage", "articles.StandardPage"]
    subpage_types = ["articles.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = ["intro", "body"]

    class Meta:
        verbose_name = "gewone pagina"
        verbose_name_plural = "gewone pagina's"

    def get_context(self, request, *args, **kwargs):
        from ..page_context import standard_context

        context = super().get_context(request, *args, **kwargs)
        context.update(standard_context(self, request))
        return context


class ApproachPage(Page):
    """The IBP's approach: the seven certainties and the three learning levels,
    as structured content so each can be linked and styled on its own."""

    intro = models.TextField(
        "introductie", max_length=400, blank=True, help_text="Eén of twee zinnen over de aanpak van het IBP."
    )
    certainties_intro = RichTextField(
        "inleiding op de zeven zekerheden",
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Korte tekst boven de zeven zekerheden.",
    )
    certainties = StreamField(
        [("certainty", CertaintyBlock())],
        verbose_name="de zeven zekerheden",
        min_num=7,
        max_num=7,
        help_text="Precies zeven zekerheden, in volgorde.",
    )
    levels_intro = RichTextField(
        "inleiding op de drie niveaus van leren",
        features=["bold", "italic", "link"],
        blank=True,
        help_text="De niveaus zelf (individu, organisatie, netwerk) en hun omschrijving komen uit de vaste lijst.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="verdere inhoud",
        blank=True,
        help_text="Optioneel: tekst onder de zekerheden en de niveaus.",
    )

    parent_page_types = ["articles.HomePage"]
    subpage_types = []
    max_count = 1
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("certainties_intro"),
        FieldPanel("certainties"),
        FieldPanel("levels_intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("certainties")]
    api_fields = ["intro", "certainties", "levels_intro", "body"]

    class Meta:
        verbose_name = "aanpak"
        verbose_name_plural = "aanpak"

    def get_context(self, request, *args, **kwargs):
        from ..page_context import approach_context

        context = super().get_context(request, *args, **kwargs)
        context.update(approach_context(self, request))
        return context
