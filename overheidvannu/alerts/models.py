"""One follow request: an address, the filters it follows and how often.

Stored, and nothing more (the privacy page says so): the address, the
normalised filters, the frequency, when it was requested and confirmed, and
when the last alert went out. No name, no IP address, no token: every link in
a mail is signed (see `tokens.py`), so nothing secret is stored.
"""

from django.db import models


class Frequency(models.TextChoices):
    DAILY = "dagelijks", "Dagelijks"
    WEEKLY = "wekelijks", "Wekelijks"


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def pending(self):
        return self.filter(confirmed_at__isnull=True)


class Subscription(models.Model):
    email = models.EmailField("e-mailadres", max_length=254, db_index=True)
    filters = models.CharField(
        "filters",
        max_length=2000,
        blank=True,
        help_text="De gevolgde filters als querystring, genormaliseerd (bijv. opgave=wonen&regio=achterhoek).",
    )
    frequency = models.CharField("frequentie", max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    requested_at = models.DateTimeField("aangevraagd op", auto_now_add=True)
    confirmed_at = models.DateTimeField("bevestigd op", null=True, blank=True)
    last_sent_at = models.DateTimeField("laatst verstuurd op", null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = "attendering"
        verbose_name_plural = "attenderingen"
        indexes = [models.Index(fields=["confirmed_at", "frequency"], name="alerts_due_idx")]

    def __str__(self):
        return f"attendering {self.pk}"
