"""Controlled vocabularies: the three learning levels and the editors' themes."""

from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from ..sections import KENNISBANK


class Level(models.Model):
    """A level of learning. Exactly three exist, created by a migration:
    individu, organisatie and netwerk. Editors pick them, never add them."""

    slug = models.SlugField("slug", unique=True)
    name = models.CharField("naam", max_length=50)
    description = models.TextField("omschrijving", blank=True)
    sort_order = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = "niveau"
        verbose_name_plural = "niveaus"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return KENNISBANK.url(niveau=self.slug)


class Theme(index.Indexed, Orderable):
    """An editor-curated theme (e.g. Sturen in netwerken). Unlike free tags,
    themes are a fixed vocabulary, so they can be used as facets."""

    name = models.CharField("naam", max_length=80, unique=True)
    slug = models.SlugField(
        "slug",
        unique=True,
        max_length=80,
        help_text="Deel van het webadres: /thema/<slug>/. Alleen kleine letters, cijfers en streepjes.",
    )
    description = models.TextField(
        "omschrijving",
        max_length=500,
        help_text="Eén of twee zinnen die uitleggen waar dit thema over gaat.",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The name is indexed as the "title", so search can tell a theme named by
    # the query from one that only mentions it, as it does for pages.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "thema"
        verbose_name_plural = "thema's"

    def __str__(self):
        return self.name

    @property
    def title(self):
        return self.name

    def get_absolute_url(self):
        return reverse("discovery:theme_detail", args=[self.slug])
