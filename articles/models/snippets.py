"""Reusable records: organisations and people, linked from many pages."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from .taxonomy import with_draft_mark


class GovernmentLayer(models.TextChoices):
    RIJK = "rijk", "Rijk"
    PROVINCIE = "provincie", "Provincie"
    GEMEENTE = "gemeente", "Gemeente"
    WATERSCHAP = "waterschap", "Waterschap"
    OVERIG = "overig", "Overig (kennisinstituut, koepel, maatschappelijke partner)"


class Organisation(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField("naam", max_length=150, unique=True)
    layer = models.CharField(
        "bestuurslaag",
        max_length=20,
        choices=GovernmentLayer.choices,
        help_text="De overheidslaag waartoe deze organisatie behoort.",
    )
    website = models.URLField("website", blank=True, help_text="Volledig adres, beginnend met https://")

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    panels = [FieldPanel("name"), FieldPanel("layer"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"

    def __str__(self):
        return with_draft_mark(self, self.name)

    @property
    def revisions(self):
        return self._revisions


class Person(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField("naam", max_length=150)
    role = models.CharField("functie", max_length=150, blank=True, help_text="Bijvoorbeeld: programmadirecteur.")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="foto",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Een portretfoto, liefst vierkant.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="person",
        for_concrete_model=False,
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "persoon"
        verbose_name_plural = "personen"

    def __str__(self):
        return with_draft_mark(self, self.name)

    @property
    def revisions(self):
        return self._revisions

    @property
    def shown_organisation(self):
        """The organisation, when it is live: a draft one is named nowhere public."""
        return self.organisation if self.organisation_id and self.organisation.live else None

    @property
    def description(self):
        """Role and organisation in one line, e.g. for a quote's attribution."""
        organisation = self.shown_organisation
        parts = [self.role, organisation.name if organisation else ""]
        return ", ".join(part for part in parts if part)
