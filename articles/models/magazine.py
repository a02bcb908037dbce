"""The magazine "Verbinden en verbeteren": its overview (`/magazine/`) and
its editions (`/magazine/<slug>/`).

An edition gathers existing stories, essays and tips in the editors' order
under chapter headings: a StreamField of chapters, each a heading and an
ordered list of page choosers limited to those three types. Editors drag
chapters and the articles within them; a page chooser keeps the link when an
article is renamed or moved, and Wagtail's "usage" shows every edition an
article is in.

Which live edition an article appears in is asked on every article page
("Verschenen in Verbinden en verbeteren 2021/07"), so `EditionArticle` keeps
it as rows, written whenever the edition's own row is saved with its
chapters (creating it, publishing it). A draft of a live edition lives in its
revisions and changes nothing until it is published; the article page only
counts live editions.

What the pages show (context, print view, feed) is built in
`articles/magazine.py`.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .. import magazine
from ..blocks import PREVIEW_TEMPLATE
from ..permissions import EditorialPermissionsMixin
from .base import ContentPage
from .content import EssayAuthor
from .pages import IndexPage

#: The name of the magazine, as the editions and the articles in them say it.
MAGAZINE_NAME = "Verbinden en verbeteren"
#: The page types an edition gathers.
ARTICLE_TYPES = ["articles.StoryPage", "articles.EssayPage", "articles.TipPage"]


class ChapterBlock(blocks.StructBlock):
    """One chapter of an edition: a heading and its articles, in order."""

    heading = blocks.CharBlock(label="Hoofdstuktitel", max_length=120)
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=ARTICLE_TYPES, label="Artikel"),
        label="Artikelen",
        min_num=1,
        help_text=(
            "Verhalen, essays en tips, in de volgorde van het magazine. Versleep ze om de volgorde te veranderen."
        ),
    )

    class Meta:
        icon = "list-ol"
        label = "Hoofdstuk"
        template = "blocks/chapter.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een hoofdstuk van de editie: een titel en de artikelen erin."


class MagazinePage(IndexPage):
    """`/magazine/`: every live edition, newest first."""

    subpage_types = ["articles.EditionPage"]

    class Meta:
        verbose_name = "magazine"
        verbose_name_plural = "magazines"

    def get_template(self, request, *args, **kwargs):
        return "articles/magazine_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(magazine.overview_context(self, request, EditionPage.objects.child_of(self)))
        return context


class EditionPage(RoutablePageMixin, EditorialPermissionsMixin, Page):
    """One edition: number, date, cover, foreword with its signatories, and
    chapters of existing articles. Its print view (`afdrukken/`) holds the
    whole edition as one document; its feed (`feed/`) its articles."""

    number = models.CharField("nummer", max_length=20, help_text="Zoals het op de omslag staat, bijvoorbeeld 2021/07.")
    date = models.DateField("verschijningsdatum", help_text="De dag waarop de editie verschijnt.")
    intro = models.TextField(
        "inleiding",
        max_length=400,
        help_text="Eén of twee zinnen over deze editie. Verschijnt in het overzicht en in zoekresultaten.",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="omslag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="De omslag van de editie.",
    )
    cover_alt_text = models.CharField(
        "alternatieve tekst van de omslag",
        max_length=250,
        blank=True,
        help_text="Wat staat er op de omslag, voor wie hem niet ziet? Leeg: de beschrijving uit de beeldbank.",
    )
    cover_credit = models.CharField("fotograaf of bron van de omslag", max_length=120, blank=True)
    foreword_title = models.CharField("titel van het voorwoord", max_length=120, default="Voorwoord")
    foreword = RichTextField(
        "voorwoord",
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Het voorwoord van de redactie. Wie het ondertekent, vul je hieronder in.",
    )
    chapters = StreamField(
        [("chapter", ChapterBlock())],
        verbose_name="hoofdstukken",
        min_num=1,
        help_text="De hoofdstukken met hun artikelen, in de volgorde van het magazine.",
    )

    parent_page_types = ["articles.MagazinePage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("number"), FieldPanel("date"), FieldPanel("intro")], heading="Editie"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt_text"), FieldPanel("cover_credit")], heading="Omslag"
        ),
        MultiFieldPanel([FieldPanel("foreword_title"), FieldPanel("foreword")], heading="Voorwoord"),
        InlinePanel(
            "signatories",
            heading="Ondertekend door",
            label="ondertekenaar",
            help_text=(
                "Personen of organisaties (bijvoorbeeld VNG, IPO, Unie van Waterschappen, BZK), in deze volgorde."
            ),
        ),
        FieldPanel("chapters"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("number", boost=2),
        index.SearchField("intro", boost=2),
        index.SearchField("foreword"),
        index.SearchField("chapters"),
        index.FilterField("date"),
    ]
    api_fields = ["number", "date", "intro", "foreword", "chapters"]

    class Meta:
        verbose_name = "editie"
        verbose_name_plural = "edities"

    #: As an alert mail lists it (overheidvannu/alerts/mail.py), beside stories and tips.
    kind = ""
    kind_label = "Magazine"

    @property
    def publication_date(self):
        return self.date

    @property
    def label(self):
        """ "Verbinden en verbeteren 2021/07"."""
        return f"{MAGAZINE_NAME} {self.number}"

    def article_ids(self):
        """The ids of the chosen articles in the editors' order, once each,
        read from the stored chapters without loading a page."""
        return magazine.chapter_article_ids(self.chapters)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "chapters" in update_fields:
            self.store_articles()

    def store_articles(self):
        """Write which articles this edition's row holds (module docstring)."""
        ids = self.article_ids()
        existing = set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))
        with transaction.atomic():
            EditionArticle.objects.filter(edition=self).delete()
            EditionArticle.objects.bulk_create(
                EditionArticle(edition=self, page_id=pk, position=n)
                for n, pk in enumerate([pk for pk in ids if pk in existing], 1)
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(magazine.edition_context(self, request, ContentPage.objects))
        return context

    @path("")
    def edition_view(self, request):
        return self.render(request)

    @path("afdrukken/")
    def print_view(self, request):
        return magazine.render_print(self, request, ContentPage.objects, EssayAuthor.objects)

    @path("feed/")
    def feed_view(self, request):
        return magazine.render_feed(self, request, ContentPage.objects)


class EditionSignatory(Orderable):
    """Who signs an edition's foreword: a person or an organisation from the
    vocabulary (only live ones are named on the site)."""

    page = ParentalKey("articles.EditionPage", on_delete=models.CASCADE, related_name="signatories")
    person = models.ForeignKey(
        "articles.Person",
        verbose_name="persoon",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "articles.Organisation",
        verbose_name="organisatie",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Kies een persoon óf een organisatie.",
    )

    panels = [FieldPanel("person"), FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = "ondertekenaar"
        verbose_name_plural = "ondertekenaars"

    def clean(self):
        super().clean()
        if bool(self.person_id) == bool(self.organisation_id):
            raise ValidationError({"organisation": "Kies een persoon óf een organisatie (precies één)."})

    def __str__(self):
        return str(self.person or self.organisation or "")


class EditionArticle(models.Model):
    """An article in an edition's stored chapters (module docstring)."""

    edition = models.ForeignKey("articles.EditionPage", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="edition_entries")
    position = models.PositiveIntegerField("plaats")

    class Meta:
        verbose_name = "artikel in een editie"
        verbose_name_plural = "artikelen in edities"
        ordering = ["edition", "position"]
        constraints = [models.UniqueConstraint(fields=["edition", "page"], name="edition_article_once")]

    def __str__(self):
        return f"{self.position}. pagina {self.page_id} in editie {self.edition_id}"
