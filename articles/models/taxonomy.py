"""Controlled vocabularies: the three learning levels and the editors' themes."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index

from ..sections import KENNISBANK

#: How the admin (choosers, checkbox lists, listings) names a record that is
#: only a draft: the public site never shows it (templates use the fields).
DRAFT_MARK = " (concept)"


def with_draft_mark(record, name):
    return name if record.live else f"{name}{DRAFT_MARK}"


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


class Theme(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, Orderable):
    """An editor-curated theme (e.g. Sturen in netwerken). Unlike free tags,
    themes are a fixed vocabulary, so they can be used as facets.

    Drafts, revisions, locking and the review workflow as pages have; the
    public site shows live themes only. Publishing a new slug leaves a
    permanent redirect from the old /thema/<slug>/ to the new one."""

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

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="theme")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="theme",
        for_concrete_model=False,
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The name is indexed as the "title", so search can tell a theme named by
    # the query from one that only mentions it, as it does for pages.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("live"),  # search finds live themes only
    ]

    class Meta(Orderable.Meta):
        verbose_name = "thema"
        verbose_name_plural = "thema's"

    def __str__(self):
        return with_draft_mark(self, self.name)

    @property
    def revisions(self):
        return self._revisions

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        old_slug = None
        if self.pk and (update_fields is None or "slug" in update_fields):
            old_slug = Theme.objects.filter(pk=self.pk, live=True).values_list("slug", flat=True).first()
        super().save(*args, **kwargs)
        if old_slug and old_slug != self.slug and self.live:
            self._redirect_from(old_slug)

    def _redirect_from(self, old_slug):
        """A permanent redirect from the theme's old address to its new one;
        one that pointed at the new address from before is dropped (no loop)."""
        from wagtail.contrib.redirects.models import Redirect

        old_path = Redirect.normalise_path(reverse("discovery:theme_detail", args=[old_slug]))
        new_path = self.get_absolute_url()
        Redirect.objects.filter(old_path=Redirect.normalise_path(new_path)).delete()
        Redirect.objects.filter(redirect_link=old_path).update(redirect_link=new_path)
        Redirect.objects.update_or_create(
            old_path=old_path, site=None, defaults={"redirect_link": new_path, "is_permanent": True}
        )

    @property
    def title(self):
        return self.name

    def get_absolute_url(self):
        return reverse("discovery:theme_detail", args=[self.slug])
