"""The four regions the platform follows."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from articles.blocks import FigureBlock
from articles.models import SectionIndexPage, listing_image_field
from articles.permissions import EditorialPermissionsMixin

from .context import region_context


class RegionIndexPage(SectionIndexPage):
    subpage_types = ["regions.RegionPage"]
    empty_message = "Er zijn nog geen regio's gepubliceerd."
    overview_template = "regions/region_index_page.html"

    class Meta:
        verbose_name = "overzicht regio's"
        verbose_name_plural = "overzichten regio's"


class RegionPage(EditorialPermissionsMixin, Page):
    intro = models.TextField("inleiding", max_length=400, help_text="Eén zin over de regio; verschijnt in overzichten.")
    characterisation = RichTextField(
        "karakterisering", features=["bold", "italic", "link", "ol", "ul"], help_text="Wat maakt deze regio bijzonder?"
    )
    facts = StreamField(
        [("figure", FigureBlock())],
        verbose_name="feiten en cijfers",
        blank=True,
        help_text="Kerncijfers over de regio, elk met een bron.",
    )
    opgaven = ParentalManyToManyField(
        "opgaven.OpgavePage",
        verbose_name="opgaven in deze regio",
        related_name="regions",
        blank=True,
        help_text="De opgaven waar de regio tegelijk aan werkt.",
    )
    listing_image = listing_image_field()

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []
    # The platform follows exactly four regions.
    max_count = 4

    # Its own text, so a word only this region uses finds it in /zoeken/.
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("characterisation"),
        index.SearchField("facts"),
        index.SearchField("partner_names"),
        index.AutocompleteField("title"),
    ]
    api_fields = ["intro", "characterisation", "facts", "opgaven"]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("listing_image"),
        FieldPanel("characterisation"),
        FieldPanel("facts"),
        InlinePanel("partners", heading="Samenwerkende organisaties", label="organisatie"),
        FieldPanel("opgaven", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = "regio"
        verbose_name_plural = "regio's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(region_context(self, request))
        return context

    def partner_names(self):
        """The cooperating organisations, for the search index."""
        return [partner.organisation.name for partner in self.partners.all()]


class RegionPartner(Orderable):
    """An organisation that cooperates in the region; its government layer
    comes from the organisation record."""

    region = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "articles.Organisation",
        verbose_name="organisatie",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="De bestuurslaag komt uit de gegevens van de organisatie (Vocabulaire › Organisaties).",
    )
    role = models.CharField(
        "rol in de samenwerking", max_length=150, blank=True, help_text="Bijvoorbeeld trekker, penvoerder of deelnemer."
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "samenwerkende organisatie"
        verbose_name_plural = "samenwerkende organisaties"
        constraints = [models.UniqueConstraint(fields=["region", "organisation"], name="unique_region_partner")]
