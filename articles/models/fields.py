"""Fields that several page types share, defined once."""

from django.db import models


def listing_image_field():
    """The image a page shows on cards and on top of its own page."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="afbeelding",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Verschijnt in overzichten en bovenaan de pagina. Liggend formaat, minstens 1280 pixels breed.",
    )
