"""The four content types: verhaal, essay, tip and evenement."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from stdnum import isbn as isbn_numbers
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from .. import kinds
from ..api_fields import AuthorsField
from ..validators import validate_isbn
from .base import ContentKind, ContentPage, content_edit_handler


class StoryPage(ContentPage):
    """Praktijkverhaal: a practice story. A fact box ("Feitenkader") and
    numbered lessons ("Genummerde lessen") are blocks of its body, placed
    where the editor wants them, as on every other content type."""

    content_kind = ContentKind.VERHAAL
    parent_page_types = ["discovery.StoryIndexPage"]
    subpage_types = []

    edit_handler = content_edit_handler(ContentPage.content_panels)

    class Meta:
        verbose_name = kinds.VERHAAL.label.lower()
        verbose_name_plural = kinds.VERHAAL.plural


class EssayAuthor(Orderable):
    """One author of an essay; the editor sets the order (first author first)."""

    page = ParentalKey("articles.EssayPage", on_delete=models.CASCADE, related_name="essay_authors")
    person = models.ForeignKey(
        "articles.Person",
        verbose_name="auteur",
        on_delete=models.CASCADE,
        related_name="authorships",
        help_text="Staat de auteur er niet bij? Voeg die eerst toe onder Vocabulaire › Personen.",
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = "auteur"
        verbose_name_plural = "auteurs"

    def __str__(self):
        return str(self.person) if self.person_id else ""


class EssayPage(ContentPage):
    """A publication: authors, publisher, year, ISBN, PDF and a webinar recording."""

    publisher = models.CharField(
        "uitgever", max_length=150, blank=True, help_text="Bijvoorbeeld NSOB of Raad voor het Openbaar Bestuur."
    )
    publication_year = models.PositiveSmallIntegerField(
        "jaar van uitgave", null=True, blank=True, help_text="Het jaar van verschijnen, bijvoorbeeld 2024."
    )
    isbn = models.CharField(
        "ISBN",
        max_length=17,
        blank=True,
        validators=[validate_isbn],
        help_text="ISBN-10 of ISBN-13, met of zonder streepjes.",
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="publicatie (pdf)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Een toegankelijke pdf van de publicatie.",
    )
    webinar_url = models.URLField(
        "opname van het webinar", blank=True, help_text="Adres van de opname, als er een webinar over was."
    )
    related_essays = ParentalManyToManyField(
        "self",
        verbose_name="verwante publicaties",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text="Andere essays die lezers hierna kunnen lezen.",
    )

    content_kind = ContentKind.ESSAY
    parent_page_types = ["discovery.EssayIndexPage"]
    subpage_types = []

    search_fields = ContentPage.search_fields + [
        index.SearchField("publisher"),
        # Live authors only: a draft person's name finds nothing.
        index.SearchField("author_names"),
        index.FilterField("publication_year"),
    ]
    api_fields = ContentPage.api_fields + [
        APIField("authors", serializer=AuthorsField()),
        "publisher",
        "publication_year",
        "isbn",
        "pdf",
        "webinar_url",
    ]
    #: External links checked by `manage.py check_links` (field, label).
    external_link_fields = [("webinar_url", "Webinaropname")]
    content_panels = ContentPage.content_panels + [
        InlinePanel(
            "essay_authors",
            heading="Auteurs",
            label="auteur",
            help_text="In de volgorde van de publicatie, eerste auteur bovenaan. Verschuif een auteur met de pijltjes.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldPanel("publication_year"),
                FieldPanel("isbn"),
                FieldPanel("pdf"),
                FieldPanel("webinar_url"),
                FieldPanel("related_essays"),
            ],
            heading="Publicatiegegevens",
        ),
    ]
    edit_handler = content_edit_handler(content_panels)

    class Meta:
        verbose_name = kinds.ESSAY.label.lower()
        verbose_name_plural = kinds.ESSAY.plural

    @property
    def authors(self):
        """The live authors as people, in the order the editor set (also in a
        preview, where the links are not saved yet). A person saved only as a
        draft is named nowhere public: not on the page, in its structured
        data, the API or the feed."""
        return [
            link.person
            for link in self.essay_authors.select_related("person__organisation")
            if link.person_id and link.person.live
        ]

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("essay_authors__person")

    def author_names(self):
        """The live authors' names, for the search index (reads the prefetch of
        `get_indexed_objects` in a bulk update)."""
        return [link.person.name for link in self.essay_authors.all() if link.person_id and link.person.live]

    def set_authors(self, people):
        """Make `people` the authors, in this order (saved with the page or its next revision)."""
        self.essay_authors = [EssayAuthor(person=person, sort_order=order) for order, person in enumerate(people)]

    def clean(self):
        super().clean()
        if self.isbn and isbn_numbers.is_valid(self.isbn):
            # Store one canonical, hyphenated form; invalid values are
            # reported by the field validator.
            self.isbn = isbn_numbers.format(self.isbn)
        if self.publication_year and not 1900 <= self.publication_year <= 2100:
            raise ValidationError({"publication_year": "Vul een jaartal in tussen 1900 en 2100."})


class TipPage(ContentPage):
    """A short practical tip."""

    content_kind = ContentKind.TIP
    parent_page_types = ["discovery.TipIndexPage"]
    subpage_types = []
    edit_handler = content_edit_handler(ContentPage.content_panels)

    class Meta:
        verbose_name = kinds.TIP.label.lower()
        verbose_name_plural = kinds.TIP.plural


class EventType(models.TextChoices):
    LEERATELIER = "leeratelier", "Leeratelier"
    WEBINAR = "webinar", "Webinar"
    TALKSHOW = "talkshow", "Talkshow"


class EventPage(ContentPage):
    """A leeratelier, webinar or talkshow, with its recording afterwards."""

    event_type = models.CharField(
        "soort evenement", max_length=20, choices=EventType.choices, help_text="Leeratelier, webinar of talkshow."
    )
    start = models.DateTimeField("begint op", db_index=True, help_text="Datum en tijd waarop het evenement begint.")
    end = models.DateTimeField("eindigt op", help_text="Datum en tijd waarop het evenement eindigt, na het begin.")
    online = models.BooleanField("online", default=False, help_text="Aanvinken als het evenement online is.")
    location = models.CharField(
        "locatie", max_length=250, blank=True, help_text="Adres of gebouw. Verplicht als het evenement niet online is."
    )
    organiser = models.CharField(
        "organisator", max_length=150, help_text="Wie het evenement organiseert, bijvoorbeeld Overheid van Nu."
    )
    registration_url = models.URLField(
        "aanmelden via", blank=True, help_text="Adres van het aanmeldformulier. Leeg laten als aanmelden niet nodig is."
    )
    recording_url = models.URLField("opname", blank=True, help_text="Adres van de opname, na afloop.")

    content_kind = ContentKind.EVENEMENT
    parent_page_types = ["discovery.EventIndexPage"]
    subpage_types = []

    search_fields = ContentPage.search_fields + [
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.FilterField("start"),
    ]
    api_fields = ContentPage.api_fields + [
        "event_type",
        "start",
        "end",
        "online",
        "location",
        "organiser",
        "registration_url",
        "recording_url",
    ]
    #: External links checked by `manage.py check_links` (field, label).
    external_link_fields = [("registration_url", "Aanmelden"), ("recording_url", "Opname")]
    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("online"),
                FieldPanel("location"),
                FieldPanel("organiser"),
                FieldPanel("registration_url"),
                FieldPanel("recording_url"),
            ],
            heading="Gegevens van het evenement",
        )
    ]
    edit_handler = content_edit_handler(content_panels)

    class Meta:
        verbose_name = kinds.EVENEMENT.label.lower()
        verbose_name_plural = kinds.EVENEMENT.plural

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "Een evenement kan niet eindigen voordat het begint."
        if not self.online and not self.location.strip():
            errors["location"] = "Vul een locatie in, of vink 'online' aan."
        if errors:
            raise ValidationError(errors)

    def display_values(self):
        """An event is dated by when it takes place, everywhere."""
        place = "online" if self.online else self.location.strip()
        if self.online and self.location.strip():
            place = f"online en {self.location.strip()}"
        return self.start, self.end, place

    @property
    def is_past(self):
        return self.end is not None and self.end < timezone.now()

    @property
    def has_started(self):
        """Begun (running or over): sign-up is no longer offered."""
        return self.start is not None and self.start <= timezone.now()
