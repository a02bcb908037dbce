"""The pages that gather content from every app: the home page and the
filterable listings (`/kennisbank/` and one per content type)."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from articles import kinds
from articles.kinds import ContentKind
from articles.models import IndexPage
from articles.permissions import EditorialPermissionsMixin

from . import podcast
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
        "articles.MagazinePage",
        "discovery.PodcastPage",
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
        verbose_name = f"overzicht {kinds.VERHAAL.plural}"
        verbose_name_plural = f"overzichten {kinds.VERHAAL.plural}"


class EssayIndexPage(ListingPage):
    listing_kind = ContentKind.ESSAY
    subpage_types = ["articles.EssayPage"]

    class Meta:
        verbose_name = f"overzicht {kinds.ESSAY.plural}"
        verbose_name_plural = f"overzichten {kinds.ESSAY.plural}"


class TipIndexPage(ListingPage):
    listing_kind = ContentKind.TIP
    subpage_types = ["articles.TipPage"]

    class Meta:
        verbose_name = f"overzicht {kinds.TIP.plural}"
        verbose_name_plural = f"overzichten {kinds.TIP.plural}"


class EventIndexPage(ListingPage):
    listing_kind = ContentKind.EVENEMENT
    subpage_types = ["articles.EventPage"]

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"


class PodcastCategory(models.TextChoices):
    """Apple Podcasts categories that fit the site (text as Apple spells it;
    a subcategory after "|")."""

    GOVERNMENT = "Government", "Overheid"
    EDUCATION = "Education", "Onderwijs"
    POLITICS = "News|Politics", "Nieuws › Politiek"
    SOCIETY = "Society & Culture", "Maatschappij en cultuur"
    BUSINESS = "Business|Management", "Zakelijk › Management"


class PodcastPage(RoutablePageMixin, IndexPage):
    """`/podcast/`: the episodes and luisterverhalen (every published page
    carrying uploaded audio), their feed for podcast apps (`feed/`) and each
    one's transcript (`uitgeschreven-tekst/<id>/`); see `discovery.podcast`."""

    artwork = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="hoes van de podcast",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=f"Vierkant, minstens {podcast.ARTWORK_SIZE} × {podcast.ARTWORK_SIZE} pixels: eis van podcastapps.",
    )
    author = models.CharField(
        "maker", max_length=150, default="Overheid van Nu", help_text="Wie de podcast maakt, zoals apps het tonen."
    )
    owner_email = models.EmailField(
        "e-mailadres van de eigenaar",
        blank=True,
        help_text="Staat in de feed; podcastdiensten mailen hierheen, bijvoorbeeld om de podcast te bevestigen.",
    )
    category = models.CharField(
        "categorie", max_length=60, choices=PodcastCategory.choices, default=PodcastCategory.GOVERNMENT
    )
    explicit = models.BooleanField(
        "expliciete inhoud", default=False, help_text="Alleen aanvinken als afleveringen grove taal bevatten."
    )
    show_type = models.CharField(
        "soort podcast",
        max_length=10,
        choices=[("episodic", "Losse afleveringen, nieuwste eerst"), ("serial", "Een serie, op volgorde")],
        default="episodic",
    )

    # Lists content of every type: the HTTP cache purges it (and its feed)
    # whenever content changes, as a listing (overheidvannu/frontend_cache.py).
    listing_kind = None
    subpage_types = []
    content_panels = IndexPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("artwork"),
                FieldPanel("author"),
                FieldPanel("owner_email"),
                FieldPanel("category"),
                FieldPanel("explicit"),
                FieldPanel("show_type"),
            ],
            heading="Voor podcastapps",
        )
    ]

    class Meta:
        verbose_name = "podcast"
        verbose_name_plural = "podcasts"

    def clean(self):
        super().clean()
        problem = podcast.artwork_problem(self.artwork)
        if problem:
            raise ValidationError({"artwork": problem})

    @path("")
    def listing_view(self, request):
        return podcast.render_listing(self, request)

    @path("feed/")
    def feed_view(self, request):
        return podcast.render_feed(self, request)

    @path(f"{podcast.TRANSCRIPT_PATH}/<int:page_id>/")
    def transcript_view(self, request, page_id):
        return podcast.render_transcript(self, request, page_id)


class SearchTermResults(models.Model):
    """How many results a search term found when it was last searched, so the
    editors' search-terms report can show the searches that found nothing
    (written by the counting task, `search/counting.py`, beside Wagtail's own
    hit count of the same `Query`)."""

    query = models.OneToOneField(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_term_results",
        verbose_name="zoekterm",
    )
    results = models.PositiveIntegerField("aantal resultaten")
    searched_at = models.DateTimeField("laatst gezocht")

    class Meta:
        verbose_name = "resultaten van een zoekterm"
        verbose_name_plural = "resultaten van zoektermen"

    def __str__(self):
        return f"{self.query_id}: {self.results}"
