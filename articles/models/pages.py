"""Plain pages (about, accessibility, privacy) and the approach page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock, CertaintyBlock
from ..context import approach_context
from ..page_meta import page_meta
from ..permissions import EditorialPermissionsMixin
from ..pictures import page_pictures
from .taxonomy import Level


class IndexPage(EditorialPermissionsMixin, Page):
    """An overview directly below the home page, one of a kind: the listings
    (`discovery`) and the overviews of the opgaven and the regions."""

    intro = models.TextField("introductie", max_length=400, blank=True, help_text="Korte uitleg boven het overzicht.")

    parent_page_types = ["discovery.HomePage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Found by its name: its title, or its address ("agenda", "podcast").
    search_fields = Page.search_fields + [index.SearchField("slug")]
    api_fields = ["intro"]

    class Meta:
        abstract = True


class SectionIndexPage(IndexPage):
    """The overview page of a section of pages of one type (the opgaven, the
    regions): an intro and its live children, each with its intro."""

    #: What the overview says while it has no live children.
    empty_message = ""

    class Meta:
        abstract = True

    #: A template extending the shared one (e.g. to fill its
    #: `after_overview` block); the shared template when empty.
    overview_template = ""

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every page class its own default template name, so
        # the shared template is named here rather than as `template`.
        return self.overview_template or "articles/section_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_meta(self, request, description=self.intro))
        (child_model,) = type(self).allowed_subpage_models()
        context["children"] = list(
            child_model.objects.child_of(self).live().only("id", "title", "slug", "url_path", "intro").order_by("path")
        )
        context.update(page_pictures(self, request))
        return context


class StandardPage(EditorialPermissionsMixin, Page):
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

    parent_page_types = ["discovery.HomePage", "articles.StandardPage"]
    subpage_types = ["articles.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    # The address is a name too: /toegankelijkheid/ is found by "toegankelijkheid".
    search_fields = Page.search_fields + [
        index.SearchField("slug"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = ["intro", "body"]

    class Meta:
        verbose_name = "gewone pagina"
        verbose_name_plural = "gewone pagina's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_meta(self, request, description=self.intro))
        return context


class ApproachPage(EditorialPermissionsMixin, Page):
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

    parent_page_types = ["discovery.HomePage"]
    subpage_types = []
    max_count = 1
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("certainties_intro"),
        FieldPanel("certainties"),
        FieldPanel("levels_intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("slug"),
        index.SearchField("intro"),
        index.SearchField("certainties_intro"),
        index.SearchField("certainties"),
        index.SearchField("levels_intro"),
        index.SearchField("body"),
    ]
    api_fields = ["intro", "certainties", "levels_intro", "body"]

    class Meta:
        verbose_name = "aanpak"
        verbose_name_plural = "aanpak"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(approach_context(self, request, Level.objects.all()))
        return context
