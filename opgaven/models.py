"""The ten maatschappelijke opgaven of the Interbestuurlijk Programma."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from articles.blocks import CommitmentBlock
from articles.models import SectionIndexPage, listing_image_field
from articles.permissions import EditorialPermissionsMixin

from .context import opgave_context
from .crossovers import pairs_stored_elsewhere, stored_on_others

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class OpgaveIndexPage(SectionIndexPage):
    subpage_types = ["opgaven.OpgavePage"]
    empty_message = "Er zijn nog geen opgaven gepubliceerd."
    overview_template = "opgaven/opgave_index_page.html"

    class Meta:
        verbose_name = "overzicht opgaven"
        verbose_name_plural = "overzichten opgaven"


class OpgavePageForm(WagtailAdminPageForm):
    """Checks the cross-overs as a whole, which a single inline form cannot:
    no link to the opgave itself, none twice, and none another opgave already
    holds with this one (a cross-over is stored once: opgaven/crossovers.py)."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("crossovers")
        if formset is None:
            return cleaned_data
        opgave = self.instance
        elsewhere = pairs_stored_elsewhere(opgave.pk)
        seen = set()
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE") or not form.cleaned_data.get("other"):
                continue
            other = form.cleaned_data["other"]
            if opgave.pk and other.pk == opgave.pk:
                form.add_error("other", "Een opgave kan geen dwarsverband met zichzelf hebben.")
            elif other.pk in seen:
                form.add_error("other", "Deze opgave staat al bij de dwarsverbanden.")
            elif other.pk in elsewhere:
                form.add_error(
                    "other",
                    f"Dit dwarsverband staat al bij ‘{other.title}’ en geldt ook voor deze opgave. "
                    "Wijzig het daar, of haal het hier weg.",
                )
            seen.add(other.pk)
        return cleaned_data


class CrossoversElsewherePanel(HelpPanel):
    """The cross-overs other opgaven hold with this one: shown on this
    opgave's edit form, read-only, each with a link to where it is edited."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "opgaven/admin/crossovers_elsewhere.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = stored_on_others(self.instance)
            return context


class OpgavePage(EditorialPermissionsMixin, Page):
    intro = models.TextField(
        "inleiding", max_length=400, help_text="Eén zin die de opgave samenvat; verschijnt in overzichten."
    )
    problem = RichTextField(
        "vraagstuk", features=RICH_TEXT_FEATURES, help_text="Welk maatschappelijk probleem lost deze opgave op?"
    )
    commitments = StreamField(
        [("commitment", CommitmentBlock())],
        verbose_name="toezeggingen van het IBP",
        blank=True,
        help_text="Wat het Interbestuurlijk Programma voor deze opgave toezegt, één toezegging per regel.",
    )
    lead = models.ForeignKey(
        "articles.Person",
        verbose_name="trekker van de opgave",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_opgaven",
        help_text="Wie de opgave trekt. Staat die er niet bij? Voeg die eerst toe onder Vocabulaire › Personen.",
    )
    lead_quote = models.TextField(
        "citaat van de trekker", max_length=600, blank=True, help_text="Optioneel: een uitspraak van de trekker."
    )
    lead_video_url = models.URLField(
        "video van de trekker", blank=True, help_text="Adres van een video, als die er is."
    )
    lead_video_transcript = RichTextField(
        "uitgeschreven tekst van de video",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Verplicht als er een video is: wat er gezegd wordt.",
    )
    contact_email = models.EmailField(
        "contactadres", blank=True, help_text="Het e-mailadres voor vragen over deze opgave."
    )
    listing_image = listing_image_field()

    parent_page_types = ["opgaven.OpgaveIndexPage"]
    subpage_types = []
    # The IBP has exactly ten opgaven; a limit stops accidental duplicates.
    max_count = 10

    # Its own text, so a word only this opgave uses finds it in /zoeken/.
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("problem"),
        index.SearchField("commitments"),
        index.SearchField("progress_texts"),
        index.SearchField("bottleneck_texts"),
        index.SearchField("crossover_titles"),
        index.AutocompleteField("title"),
    ]
    api_fields = ["intro", "problem", "commitments", "lead", "lead_quote", "contact_email"]
    #: External links checked by `manage.py check_links` (field, label).
    external_link_fields = [("lead_video_url", "Video van de trekker")]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("listing_image"),
        FieldPanel("problem"),
        FieldPanel("commitments"),
        MultiFieldPanel(
            [
                FieldPanel("lead"),
                FieldPanel("lead_quote"),
                FieldPanel("lead_video_url"),
                FieldPanel("lead_video_transcript"),
                FieldPanel("contact_email"),
            ],
            heading="Trekker en contact",
        ),
        InlinePanel("progress_updates", heading="Voortgang", label="voortgangsbericht"),
        InlinePanel("bottlenecks", heading="Knelpunten", label="knelpunt"),
        InlinePanel(
            "crossovers",
            heading="Dwarsverbanden",
            label="dwarsverband",
            help_text=(
                "Een dwarsverband geldt in beide richtingen: na publiceren staat het ook bij de andere opgave. "
                "Het wordt één keer bewaard, bij de opgave waar je het invoert; daar wijzig je het of haal je het weg."
            ),
        ),
        CrossoversElsewherePanel(heading="Dwarsverbanden vanuit andere opgaven"),
    ]

    base_form_class = OpgavePageForm

    class Meta:
        verbose_name = "opgave"
        verbose_name_plural = "opgaven"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(opgave_context(self, request))
        return context

    def with_content_json(self, content):
        """A version from a stored revision, without a cross-over another
        opgave holds with this one (a second copy an older revision may hold,
        see opgaven/crossovers.py): it opens, and publishes, as one pair."""
        obj = super().with_content_json(content)
        elsewhere = pairs_stored_elsewhere(self.pk)
        if elsewhere:
            obj.crossovers = [row for row in obj.crossovers.all() if row.other_id not in elsewhere]
        return obj

    def clean(self):
        super().clean()
        # An empty rich-text editor still posts markup such as "<p></p>".
        if self.lead_video_url and not strip_tags(self.lead_video_transcript or "").strip():
            raise ValidationError({"lead_video_transcript": "Voeg de uitgeschreven tekst toe bij de video."})

    # Read by the search index. Methods, not RelatedFields: the PostgreSQL
    # backend would count a related record's "title" as this page's title.
    def progress_texts(self):
        return [f"{update.title}. {strip_tags(update.text)}" for update in self.progress_updates.all()]

    def bottleneck_texts(self):
        return [f"{item.title}. {strip_tags(item.description)}" for item in self.bottlenecks.all()]

    def crossover_titles(self):
        return [opgave.title for opgave in self.get_crossovers()]

    def get_crossovers(self):
        """Opgaven linked to this one from either side: the relation holds both ways."""
        return (
            OpgavePage.objects.live()
            .filter(
                Q(crossovers__other=self) | Q(crossovers_as_other__opgave=self),
            )
            .exclude(pk=self.pk)
            .distinct()
            .order_by("title")
        )


class ProgressUpdate(Orderable):
    opgave = ParentalKey(OpgavePage, on_delete=models.CASCADE, related_name="progress_updates")
    date = models.DateField("datum")
    title = models.CharField("titel", max_length=150)
    text = RichTextField("bericht", features=RICH_TEXT_FEATURES, help_text="Wat er is bereikt of veranderd.")

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "voortgangsbericht"
        verbose_name_plural = "voortgang"
        ordering = ["-date"]


class BottleneckStatus(models.TextChoices):
    OPEN = "open", "Open"
    IN_PROGRESS = "in_behandeling", "In behandeling"
    SOLVED = "opgelost", "Opgelost"


class Bottleneck(Orderable):
    opgave = ParentalKey(OpgavePage, on_delete=models.CASCADE, related_name="bottlenecks")
    title = models.CharField("knelpunt", max_length=150)
    description = RichTextField(
        "toelichting",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Waarom dit een knelpunt is en wat er nodig is om het op te lossen.",
    )
    status = models.CharField("status", max_length=20, choices=BottleneckStatus.choices, default=BottleneckStatus.OPEN)

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("status")]

    class Meta(Orderable.Meta):
        verbose_name = "knelpunt"
        verbose_name_plural = "knelpunten"


class Crossover(Orderable):
    """A cross-over (dwarsverband) between two opgaven, stored once, on the
    opgave it was entered on, and read both ways: see opgaven/crossovers.py."""

    opgave = ParentalKey(OpgavePage, on_delete=models.CASCADE, related_name="crossovers")
    other = models.ForeignKey(
        OpgavePage,
        verbose_name="andere opgave",
        on_delete=models.CASCADE,
        related_name="crossovers_as_other",
        help_text="De opgave waarmee deze opgave samenhangt; niet de opgave zelf.",
    )
    description = models.CharField(
        "waar raken ze elkaar?", max_length=250, blank=True, help_text="Eén zin over het verband."
    )

    panels = [FieldPanel("other"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = "dwarsverband"
        verbose_name_plural = "dwarsverbanden"
        constraints = [
            models.UniqueConstraint(fields=["opgave", "other"], name="unique_crossover"),
            models.CheckConstraint(condition=~Q(opgave=models.F("other")), name="crossover_not_self"),
        ]
