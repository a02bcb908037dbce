"""Bookkeeping of the editorial process itself (not content).

The code that writes and reads these rows lives in the editorial app
(overheidvannu/editorial/: `actions.py`, `broken_links.py`, `views.py`); the
models stay here because moving them to another app would rename their
tables (`articles_processedaction`, `articles_externallinkcheck`,
`articles_linkcheckrun`), a migration that buys nothing.
"""

from django.conf import settings
from django.db import models


class ProcessedAction(models.Model):
    """One admin form submission, recorded in the same transaction as its
    effect. The key comes from the form (see overheidvannu/editorial/actions.py):
    a double click or a browser retry of an action that already went through
    finds its key here and is not applied twice; one that failed left no key
    behind, so its retry is applied once."""

    key = models.CharField("sleutel", max_length=64, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="gebruiker", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    path = models.CharField("adres", max_length=255)
    created_at = models.DateTimeField("verwerkt op", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "verwerkte actie"
        verbose_name_plural = "verwerkte acties"

    def __str__(self):
        return f"{self.path} ({self.created_at:%Y-%m-%d %H:%M})"


class ExternalLinkCheck(models.Model):
    """The last check of one external link an editor wrote on a page (URL
    fields, rich-text links, URL blocks), written by `manage.py check_links`
    and its daily periodic job (overheidvannu/editorial/broken_links.py);
    shown in the admin report "Kapotte links"."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name="pagina", on_delete=models.CASCADE, related_name="+")
    field = models.CharField("veld", max_length=100)
    url = models.URLField("adres", max_length=500)
    status = models.PositiveSmallIntegerField("HTTP-status", null=True, blank=True)
    error = models.CharField("fout", max_length=255, blank=True)
    ok = models.BooleanField("werkt", default=True, db_index=True)
    checked_at = models.DateTimeField("gecontroleerd op")

    class Meta:
        verbose_name = "linkcontrole"
        verbose_name_plural = "linkcontroles"
        ordering = ["ok", "page_id", "field"]

    def __str__(self):
        return self.url


class LinkCheckRun(models.Model):
    """When the link check last ran and what it found, so the report can
    tell "not checked yet" from "nothing broken"."""

    finished_at = models.DateTimeField("klaar op")
    checked = models.PositiveIntegerField("gecontroleerde links")
    broken = models.PositiveIntegerField("kapotte links")

    class Meta:
        verbose_name = "linkcontrole (ronde)"
        verbose_name_plural = "linkcontroles (rondes)"

    def __str__(self):
        return f"{self.finished_at:%Y-%m-%d %H:%M}: {self.broken} van {self.checked} kapot"
