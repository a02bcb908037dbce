"""The one body vocabulary shared by every content type.

Each block has its own template under `templates/blocks/` and a preview value,
so editors see what a block looks like before they pick it.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .validators import validate_audio_document

# The page around a block in the block picker's preview: the site's own CSS,
# so editors see the block as visitors will. (Wagtail has no setting for
# this; a block's `preview_template` is how it picks the template up.)
PREVIEW_TEMPLATE = "blocks/preview.html"

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

LOREM = (
    "Gemeenten, provincies, waterschappen en het Rijk werken samen aan één opgave. "
    "Dat vraagt om tijd, vertrouwen en een gedeelde taal."
)


class WholeNumberBlock(blocks.IntegerBlock):
    """A whole number, read from the edit form as a number (None when left
    empty). Wagtail's IntegerBlock keeps the form's text ("1", ""), and a
    StreamField tells whether the form changed anything by comparing what
    would be stored: "1" is not 1, so approving an unchanged page that holds
    a number wrote a new revision in the approver's name (issue 21)."""

    def value_from_form(self, value):
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return value  # refused by clean(), with the form field's own message


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Alinea"
        template = "blocks/paragraph.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Lopende tekst met eenvoudige opmaak en links."
        preview_value = f"<p>{LOREM}</p>"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tekst", max_length=120)
    level = blocks.ChoiceBlock(
        label="Niveau",
        choices=[("h2", "Kop 2"), ("h3", "Kop 3")],
        default="h2",
        help_text="Gebruik kop 2 voor hoofdstukken en kop 3 daarbinnen; sla geen niveau over.",
    )

    class Meta:
        icon = "title"
        label = "Tussenkop"
        template = "blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een kop die de tekst in hoofdstukken verdeelt."
        preview_value = {"text": "Wat we leerden", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Afbeelding")
    alt_text = blocks.CharBlock(
        label="Alternatieve tekst",
        required=False,
        max_length=250,
        help_text=("Alleen nodig als de tekst hier anders moet zijn dan de beschrijving in de beeldbank."),
    )
    caption = blocks.CharBlock(label="Onderschrift", required=False, max_length=250)
    credit = blocks.CharBlock(label="Fotograaf of bron", required=False, max_length=120)

    class Meta:
        icon = "image"
        label = "Afbeelding"
        template = "blocks/image.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een afbeelding met onderschrift, bron en alternatieve tekst."

    def get_preview_value(self):
        """The newest image in the library, so the preview shows a real picture;
        without any image the preview shows the caption and credit only."""
        from wagtail.images import get_image_model

        return self.normalize(
            {
                "image": get_image_model().objects.order_by("-created_at").first(),
                "alt_text": "Bestuurders van gemeente en provincie aan één tafel",
                "caption": "Overleg over de regionale woningbouwopgave.",
                "credit": "Overheid van Nu",
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Citaat", max_length=600)
    person = SnippetChooserBlock(
        "articles.Person",
        label="Persoon",
        required=False,
        help_text="Kies de geciteerde persoon, of vul hieronder een naam in.",
    )
    attribution = blocks.CharBlock(label="Naam (als de persoon niet in de lijst staat)", required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = "Citaat"
        template = "blocks/quote.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een uitspraak van een persoon, met naam en functie."
        preview_value = {"quote": "Je lost een opgave alleen samen op.", "attribution": "Een bestuurder"}


class VideoBlock(blocks.StructBlock):
    """A video shown as a link plus transcript: no third-party player loads on
    the page, so visitors are not tracked until they choose to watch."""

    title = blocks.CharBlock(label="Titel", max_length=150)
    url = blocks.URLBlock(label="Adres van de video", help_text="Bijvoorbeeld een opname op een videoplatform.")
    duration = blocks.CharBlock(label="Duur", required=False, max_length=20, help_text="Bijvoorbeeld 12:30.")
    transcript = blocks.RichTextBlock(
        label="Uitgeschreven tekst",
        features=PARAGRAPH_FEATURES,
        help_text="Verplicht voor toegankelijkheid: wat er gezegd en getoond wordt.",
    )

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een video als link met uitgeschreven tekst (transcript)."
        preview_value = {
            "title": "Webinar: samen werken aan de woningbouwopgave",
            "url": "https://video.overheidvannu.example/webinar",
            "duration": "45:00",
            "transcript": f"<p>{LOREM}</p>",
        }


class AudioBlock(blocks.StructBlock):
    """A podcast episode or luisterverhaal, played by the browser's own
    `<audio>` element with a download link: no third-party player. An
    uploaded file must be MP3, Ogg or M4A by its content. A link to another
    site is shown as a link (the page loads nothing from another origin and
    the Content-Security-Policy allows media from this site only). The
    transcript is required."""

    title = blocks.CharBlock(label="Titel", max_length=150)
    audio_file = DocumentChooserBlock(
        label="Geluidsbestand",
        required=False,
        help_text="Een MP3-, Ogg- of M4A-bestand uit de documentenbibliotheek. Of geef hieronder een link.",
    )
    url = blocks.URLBlock(
        label="Of link naar de aflevering", required=False, help_text="Bijvoorbeeld bij een podcastdienst."
    )
    duration = blocks.RegexBlock(
        label="Duur",
        regex=r"^\d{1,2}(:[0-5]\d){1,2}$",
        max_length=8,
        help_text="Bijvoorbeeld 12:30 of 1:02:30.",
        error_messages={"invalid": "Schrijf de duur als minuten:seconden (12:30) of uren:minuten:seconden (1:02:30)."},
    )
    speakers = blocks.CharBlock(
        label="Wie spreekt er",
        max_length=300,
        help_text="Namen en functies, bijvoorbeeld: Anna de Vries (gemeente Ede).",
    )
    transcript = blocks.RichTextBlock(
        label="Uitgeschreven tekst",
        features=PARAGRAPH_FEATURES,
        help_text="Verplicht voor toegankelijkheid: alles wat er gezegd wordt, met wie het zegt.",
    )
    # For podcast apps (the feed at /podcast/feed/); both optional.
    episode = WholeNumberBlock(
        label="Afleveringsnummer",
        required=False,
        min_value=1,
        help_text="Voor de podcast: het nummer van deze aflevering. Leeg bij een luisterverhaal.",
    )
    season = WholeNumberBlock(
        label="Seizoen",
        required=False,
        min_value=1,
        help_text="Voor de podcast: het seizoen, als de podcast seizoenen heeft.",
    )

    class Meta:
        icon = "media"
        label = "Audio"
        template = "blocks/audio.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een podcast of luisterverhaal met uitgeschreven tekst."
        preview_value = {
            "title": "Podcast: samen werken aan de woningbouwopgave",
            "url": "https://podcast.overheidvannu.example/aflevering-1",
            "duration": "24:00",
            "speakers": "Twee bestuurders uit de regio",
            "transcript": f"<p>{LOREM}</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        has_file, has_url = bool(value.get("audio_file")), bool(value.get("url"))
        if has_file == has_url:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError("Kies een geluidsbestand óf geef een link (precies één).")}
            )
        if has_file:
            try:
                validate_audio_document(value["audio_file"])
            except ValidationError as error:
                raise StructBlockValidationError(block_errors={"audio_file": error}) from error
        return value


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="Omschrijving", max_length=80)
    value = blocks.CharBlock(label="Waarde", max_length=80)


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=100, default="Feiten en cijfers")
    facts = blocks.ListBlock(FactBlock(), label="Feiten", min_num=1)

    class Meta:
        icon = "list-ul"
        label = "Feitenkader"
        template = "blocks/factbox.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een kader met korte feiten en cijfers."
        preview_value = {
            "title": "Feiten en cijfers",
            "facts": [{"label": "Betrokken gemeenten", "value": "8"}, {"label": "Looptijd", "value": "3 jaar"}],
        }


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Les", max_length=150)
    text = blocks.TextBlock(label="Toelichting", required=False, max_length=800)


class LessonsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=100, default="Lessen")
    lessons = blocks.ListBlock(LessonBlock(), label="Lessen", min_num=1)

    class Meta:
        icon = "list-ol"
        label = "Genummerde lessen"
        template = "blocks/lessons.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een genummerde lijst met lessen uit de praktijk."
        preview_value = {
            "title": "Lessen",
            "lessons": [
                {"title": "Begin bij de opgave, niet bij de structuur", "text": LOREM},
                {"title": "Neem de tijd om elkaar te leren kennen", "text": ""},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=100)
    text = blocks.TextBlock(label="Tekst", required=False, max_length=300)
    link_page = blocks.PageChooserBlock(label="Link naar pagina", required=False)
    link_url = blocks.URLBlock(label="Of link naar adres", required=False)
    link_label = blocks.CharBlock(label="Linktekst", max_length=60, help_text="Zeg waar de link heen gaat.")

    class Meta:
        icon = "link"
        label = "Oproep"
        template = "blocks/call_to_action.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een opvallende oproep met één link."
        preview_value = {
            "title": "Doe mee aan het leeratelier",
            "text": "Leer samen met collega's uit andere overheidslagen.",
            "link_url": "https://overheidvannu.example/agenda/",
            "link_label": "Bekijk de agenda",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            raise StructBlockValidationError(
                block_errors={"link_url": ValidationError("Kies een pagina óf vul een adres in (precies één).")}
            )
        return value


class RelatedContentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=100, default="Lees ook")
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["articles.StoryPage", "articles.EssayPage", "articles.TipPage", "articles.EventPage"]
        ),
        label="Pagina's",
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "doc-full"
        label = "Gerelateerde inhoud"
        template = "blocks/related_content.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een korte lijst met verwijzingen naar andere verhalen, essays, tips of evenementen."

    def get_preview_value(self):
        """Up to three of the newest published content pages; an empty list
        on a site without content."""
        pages = list(apps.get_model("articles", "ContentPage").objects.live().order_by("-publication_date", "-pk")[:3])
        return self.normalize({"title": "Lees ook", "pages": pages})


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    audio = AudioBlock()
    factbox = FactBoxBlock()
    lessons = LessonsBlock()
    call_to_action = CallToActionBlock()
    related_content = RelatedContentBlock()


class CertaintyBlock(blocks.StructBlock):
    """One of the IBP's seven certainties for working together."""

    number = WholeNumberBlock(label="Nummer", min_value=1, max_value=7)
    title = blocks.CharBlock(label="Zekerheid", max_length=120)
    text = blocks.TextBlock(label="Toelichting", max_length=800)

    class Meta:
        icon = "tick"
        label = "Zekerheid"
        template = "blocks/certainty.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Eén van de zeven zekerheden van het samenwerken."
        preview_value = {
            "number": 1,
            "title": "Centraal staat het oplossen van een maatschappelijke opgave",
            "text": LOREM,
        }


class FigureBlock(blocks.StructBlock):
    """A fact or figure about a region, e.g. 'Inwoners: ruim 600.000'."""

    label = blocks.CharBlock(label="Omschrijving", max_length=80)
    value = blocks.CharBlock(label="Waarde", max_length=80)
    source = blocks.CharBlock(label="Bron", required=False, max_length=120)

    class Meta:
        icon = "table"
        label = "Feit of cijfer"
        template = "blocks/figure.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Een feit of cijfer met bron."
        preview_value = {"label": "Inwoners", "value": "ruim 600.000", "source": "CBS"}


class CommitmentBlock(blocks.CharBlock):
    class Meta:
        icon = "tick-inverse"
        label = "Toezegging"
        template = "blocks/commitment.html"
        preview_template = PREVIEW_TEMPLATE
        description = "Wat het Interbestuurlijk Programma toezegt voor deze opgave."
        preview_value = "Rijk en regio maken samen afspraken over de bouw van betaalbare woningen."
