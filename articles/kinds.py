"""The four content types, as visitors and the `type` parameter name them."""

from django.db import models


class ContentKind(models.TextChoices):
    """The public `type` values; the slugs are part of the URL contract."""

    VERHAAL = "verhaal", "Verhaal"
    ESSAY = "essay", "Essay"
    TIP = "tip", "Tip"
    EVENEMENT = "evenement", "Evenement"
