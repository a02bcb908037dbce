"""The vocabulary of abbreviations and synonyms that search speaks.

Civil servants search in acronyms ("RES", "IBP", "MRA") and write them out
elsewhere ("Regionale Energiestrategie"). Each entry names one thing in every
form people use: the term, what it stands for and other spellings. Search
treats every form as the same words (`overheidvannu.discovery.search.vocabulary`),
the suggestions offer the expansion, and a page's first use of a known
abbreviation can carry it as `<abbr title>` (`articles.abbreviations`).

Editors keep the list in the admin (Vocabulaire › Afkortingen), with drafts
and review as themes have: only live entries change what visitors see.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from .. import content_cache
from ..abbreviations import KnownTerm, forms_of, spoken_form
from .taxonomy import with_draft_mark

#: The columns of `AbbreviationQuerySet.as_rows()`, as a content page's classification reads them.
ROW_COLUMNS = ("term", "expansion", "synonyms")


class AbbreviationQuerySet(models.QuerySet):
    def live_terms(self):
        """Every live entry as a KnownTerm (cached per content version)."""
        return content_cache.cached("abbreviations", lambda: [KnownTerm.of(*row) for row in self.live_rows()])

    def live_rows(self):
        return self.filter(live=True).order_by("term").values_list(*ROW_COLUMNS)


class Abbreviation(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    term = models.CharField(
        "afkorting of begrip",
        max_length=60,
        unique=True,
        help_text="Zoals het in teksten staat, bijvoorbeeld RES.",
    )
    expansion = models.CharField(
        "voluit",
        max_length=200,
        blank=True,
        help_text=(
            "Waar de afkorting voor staat, bijvoorbeeld Regionale Energiestrategie. Zoeken op het een vindt ook "
            "het ander, en de eerste keer dat de afkorting in een tekst staat, legt de site haar zo uit. "
            "Leeg laten bij een begrip dat geen afkorting is."
        ),
    )
    synonyms = models.TextField(
        "andere vormen",
        blank=True,
        help_text="Andere schrijfwijzen of woorden met dezelfde betekenis, één per regel, bijvoorbeeld "
        "Regionale Energiestrategieën. Ook die vindt zoeken.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="abbreviation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="abbreviation",
        for_concrete_model=False,
    )

    objects = AbbreviationQuerySet.as_manager()

    panels = [FieldPanel("term"), FieldPanel("expansion"), FieldPanel("synonyms")]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("expansion"),
        index.AutocompleteField("term"),
        index.AutocompleteField("expansion"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "afkorting"
        verbose_name_plural = "afkortingen en synoniemen"

    def __str__(self):
        return with_draft_mark(self, f"{self.term} — {self.expansion}" if self.expansion else self.term)

    @property
    def revisions(self):
        return self._revisions

    @property
    def synonym_list(self):
        return [line.strip() for line in self.synonyms.splitlines() if line.strip()]

    @property
    def forms(self):
        """The term, the expansion and the synonyms: every way to say it, once each."""
        return forms_of(self.term, self.expansion, self.synonyms)

    def clean(self):
        super().clean()
        errors = {}
        for name, forms in (("term", [self.term]), ("expansion", [self.expansion]), ("synonyms", self.synonym_list)):
            for form in forms:
                if form and not spoken_form(form):
                    errors.setdefault(name, []).append(f"‘{form}’ bevat geen letters of cijfers.")
        # One meaning per form: a form that another entry already has would
        # make a search for it expand to two different things.
        taken = {}
        for other in Abbreviation.objects.exclude(pk=self.pk):
            for form in other.forms:
                taken.setdefault(spoken_form(form), other.term)
        for name, forms in (("term", [self.term]), ("expansion", [self.expansion]), ("synonyms", self.synonym_list)):
            for form in forms:
                other = taken.get(spoken_form(form or ""))
                if form and other:
                    errors.setdefault(name, []).append(f"‘{form}’ staat al bij ‘{other}’.")
        if errors:
            raise ValidationError(errors)
