"""The concrete base page of every filterable content type.

Everything a listing, feed or search result needs (kind, intro, image, date,
levels, themes, opgaven, regions) lives on this one table, so one query lists
stories, essays, tips and events together without touching their own tables.
"""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..api_fields import LiveThemesField
from ..blocks import BodyBlock
from ..context import content_context
from ..kinds import ContentKind
from ..permissions import EditorialPermissionsMixin
from ..querysets import ContentPageManager
from .abbreviations import Abbreviation
from .fields import listing_image_field


class ContentPageTag(TaggedItemBase):
    """Free keywords. Kept apart from themes and never used as a facet."""

    content_object = ParentalKey("articles.ContentPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = "trefwoord"
        verbose_name_plural = "trefwoorden"


#: Classification every published content page needs, with the message an
#: editor reads when it is missing.
REQUIRED_CLASSIFICATION = {"levels": "Kies minstens één niveau.", "themes": "Kies minstens één thema."}


class ContentPageForm(WagtailAdminPageForm):
    """Levels and themes are required form fields, so the edit form marks them
    with Wagtail's `*`. Saving a draft may stay incomplete: their panels defer
    the requirement then (`required_on_save=False`, see CLASSIFICATION_PANELS);
    submitting for review or publishing may not."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in REQUIRED_CLASSIFICATION.items():
            field = self.fields.get(name)
            if field is not None:
                field.required = True
                field.error_messages = {**field.error_messages, "required": message}

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_an_author_twice()
        return cleaned_data

    def refuse_an_author_twice(self):
        """An essay's authors (an ordered inline): each person once."""
        formset = self.formsets.get("essay_authors")
        if formset is None:
            return
        seen = set()
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE") or not form.cleaned_data.get("person"):
                continue
            person = form.cleaned_data["person"]
            if person.pk in seen:
                form.add_error("person", "Deze auteur staat er al.")
            seen.add(person.pk)


class ContentPage(EditorialPermissionsMixin, Page):
    """Shared base of stories, essays, tips and events. Not creatable itself."""

    kind = models.CharField("soort", max_length=20, choices=ContentKind.choices, editable=False, db_index=True)
    intro = models.TextField(
        "inleiding",
        max_length=400,
        help_text="Eén of twee zinnen die zeggen waar dit over gaat. Verschijnt in overzichten en zoekresultaten.",
    )
    listing_image = listing_image_field()
    publication_date = models.DateField(
        "publicatiedatum",
        null=True,
        blank=True,
        db_index=True,
        help_text=(
            "Leeg laten: dan wordt het de dag waarop de pagina live gaat (ook als je publicatie inplant). "
            "Vul alleen een datum in als bezoekers bewust een andere verschijningsdatum moeten zien."
        ),
    )
    # The one date visitors see and lists sort by (see `refresh_display_fields`):
    # an event's start, otherwise the start of the publication date. Kept on
    # this table so every listing, facet count, card and related list reads it
    # without joining the event table.
    display_date = models.DateTimeField("datum in overzichten", null=True, editable=False, db_index=True)
    display_end = models.DateTimeField("einde in overzichten", null=True, editable=False)
    display_place = models.CharField("plaats in overzichten", max_length=250, blank=True, editable=False)
    levels = ParentalManyToManyField(
        "articles.Level",
        verbose_name="niveaus",
        related_name="content_pages",
        blank=True,
        help_text="Op welk niveau van leren gaat dit? Kies er minstens één.",
    )
    themes = ParentalManyToManyField(
        "articles.Theme",
        verbose_name="thema's",
        related_name="content_pages",
        blank=True,
        help_text="Kies minstens één thema.",
    )
    opgaven = ParentalManyToManyField(
        "opgaven.OpgavePage",
        verbose_name="opgaven",
        related_name="content_pages",
        blank=True,
        help_text="De maatschappelijke opgaven waar dit over gaat.",
    )
    regions = ParentalManyToManyField(
        "regions.RegionPage",
        verbose_name="regio's",
        related_name="content_pages",
        blank=True,
        help_text="De regio's waar dit over gaat, als het over een regio gaat.",
    )
    tags = ClusterTaggableManager(
        "trefwoorden",
        through=ContentPageTag,
        blank=True,
        help_text="Vrije trefwoorden naast de thema's, gescheiden door komma's.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="inhoud",
        blank=True,
        help_text="De tekst, opgebouwd uit blokken: alinea's, tussenkoppen, afbeeldingen, citaten, video's en meer.",
    )

    # The uploaded sound file of the page's first audio block, stored on save
    # (see `refresh_audio_document`), so the podcast (`/podcast/`) finds every
    # page carrying audio in one query on any database.
    audio_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="geluidsbestand",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ContentPageManager()

    # The kind is fixed per subclass and stored so listings can filter on it.
    content_kind = None
    is_creatable = False
    # Not a valid child anywhere either; each subclass names its own index.
    parent_page_types = []
    base_form_class = ContentPageForm

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        # Live themes only: a draft theme's name finds nothing.
        index.SearchField("live_theme_names"),
        # Not RelatedFields(..., [SearchField("title")]): the PostgreSQL backend
        # would count a linked opgave's or region's title as this page's title.
        index.SearchField("linked_opgave_titles"),
        index.SearchField("linked_region_titles"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        "kind",
        "intro",
        "publication_date",
        "levels",
        APIField("themes", serializer=LiveThemesField()),
        "opgaven",
        "regions",
        "body",
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = "inhoudspagina"
        verbose_name_plural = "inhoudspagina's"
        indexes = [
            models.Index(fields=["kind", "publication_date"]),
            models.Index(fields=["kind", "display_date"]),
        ]

    def save(self, *args, **kwargs):
        if self.content_kind:
            self.kind = self.content_kind
        # One publication date: the go-live moment sets it, unless an editor
        # set one on purpose (with_content_json keeps it for later versions).
        scheduled = self.go_live_at is not None and self.go_live_at > timezone.now()
        if self.live and not scheduled and self.publication_date is None:
            self.publication_date = timezone.localdate()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "publication_date"}
        self.refresh_display_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "display_date", "display_end", "display_place"}
        if update_fields is None or "body" in update_fields:
            self.refresh_audio_document()
            if update_fields is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "audio_document"}
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A version of this page from a stored revision (Wagtail's hook for
        the edit form, previews and publishing a revision). Revisions are
        history and are never rewritten, so one saved before the page first
        went live has no publication date: it gets the date going live gave
        the page, so the edit form shows it and a later publish keeps it
        instead of moving it to that later day."""
        obj = super().with_content_json(content)
        if obj.publication_date is None and self.publication_date is not None and self.first_published_at:
            obj.publication_date = self.publication_date
        return obj

    def refresh_audio_document(self):
        """Store the uploaded file of the body's first audio block (a link to
        another site is no file a podcast app can fetch), read from the stored
        block data; None when there is none or it was deleted."""
        self.audio_document_id = None
        for block in self.body.raw_data:
            if block.get("type") == "audio" and (document_id := (block.get("value") or {}).get("audio_file")):
                Document = self._meta.get_field("audio_document").related_model
                if Document.objects.filter(pk=document_id).exists():
                    self.audio_document_id = document_id
                return

    def refresh_display_fields(self):
        """Set the stored date, end and place every list shows. Events
        (`EventPage`) override `display_values`; other content is dated by the
        start of its publication date in the site's time zone."""
        self.display_date, self.display_end, self.display_place = self.display_values()

    def display_values(self):
        day = self.publication_date
        if isinstance(day, str):  # a form or fixture may still hold text
            day = datetime.date.fromisoformat(day)
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time())) if day else None
        return start, None, ""

    @property
    def is_event(self):
        return self.display_end is not None

    @property
    def is_past(self):
        """An event that has ended; other content is never "past"."""
        return self.display_end is not None and self.display_end < timezone.now()

    @property
    def is_running(self):
        """An event that has begun and not yet ended: "Nu bezig" wherever it is shown."""
        return self.display_end is not None and self.display_date <= timezone.now() <= self.display_end

    @classmethod
    def get_indexed_objects(cls):
        """What `update_index` reads, with the relations the search fields below
        read through methods: one query per relation and batch, not per page."""
        return super().get_indexed_objects().prefetch_related("themes", "opgaven", "regions")

    def live_theme_names(self):
        """Names of the linked live themes, so searching a theme finds this page."""
        return [theme.name for theme in self.themes.all() if theme.live]

    def linked_opgave_titles(self):
        """Names of the linked opgaven, so searching an opgave finds this page."""
        return [opgave.title for opgave in self.opgaven.all()]

    def linked_region_titles(self):
        """Names of the linked regions, so "energietransitie Achterhoek" finds this page."""
        return [region.title for region in self.regions.all()]

    def get_kind_display_label(self):
        return ContentKind(self.kind).label if self.kind else ""

    @property
    def kind_label(self):
        """The type as visitors read it (e.g. "Verhaal"), for cards."""
        return self.get_kind_display_label()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(content_context(self, request, ContentPage.objects, Abbreviation.objects))
        return context


CLASSIFICATION_PANELS = [
    FieldPanel("publication_date"),
    # Required (ContentPageForm), but not for a draft.
    FieldPanel("levels", widget=forms.CheckboxSelectMultiple, required_on_save=False),
    FieldPanel("themes", widget=forms.CheckboxSelectMultiple, required_on_save=False),
    FieldPanel("opgaven", widget=forms.CheckboxSelectMultiple),
    FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
    FieldPanel("tags"),
]


def content_edit_handler(content_panels):
    """Content, classification, properties (Eigenschappen) and settings tabs for a content type."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading="Inhoud"),
            ObjectList(CLASSIFICATION_PANELS, heading="Indeling"),
            # The name Wagtail gives this tab on every other page type (nl).
            ObjectList(Page.promote_panels, heading="Eigenschappen"),
            ObjectList(Page.settings_panels, heading="Instellingen"),
        ],
        base_form_class=ContentPageForm,
    )
