"""A content page's own classification: its levels, live themes, live opgaven
and live regions (and an essay's related publications), as linkable objects, in
one UNION query; with them the live abbreviations its body may explain, so
that costs no query of its own.

The related models are read from the page's own fields, so this module
imports no models and stays below them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

from .abbreviations import KnownTerm

GROUPS = ("levels", "themes", "opgaven", "regions")
PAGE_GROUPS = ("opgaven", "regions", "related_essays")
_COLUMNS = ("group", "item_id", "slug", "label", "url_path", "position")


@dataclass
class Classification:
    """What a page is about: levels and themes have `.name` and `.slug`;
    opgaven, regions and related essays are light Page objects with `.title`
    and a working `.url` / `{% pageurl %}`."""

    levels: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    opgaven: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    related_essays: list = field(default_factory=list)
    #: The live abbreviations (KnownTerm), when asked for.
    abbreviations: list = field(default_factory=list)

    def ids(self, group):
        return [item.pk for item in getattr(self, group)]


def _link_rows(page, group):
    relation = page._meta.get_field(group)
    through = relation.remote_field.through
    target = relation.m2m_reverse_field_name()
    is_page = group in PAGE_GROUPS
    rows = through.objects.filter(**{f"{relation.m2m_field_name()}_id": page.pk})
    if is_page or any(field.name == "live" for field in relation.related_model._meta.fields):
        # Live opgaven and regions; live themes (a draft theme is named nowhere public).
        rows = rows.filter(**{f"{target}__live": True})
    return (
        rows.annotate(
            group=Value(group),
            item_id=F(f"{target}__id"),
            slug=F(f"{target}__slug"),
            label=F(f"{target}__{'title' if is_page else 'name'}"),
            url_path=F(f"{target}__url_path") if is_page else Value(""),
            position=Value(0) if is_page else Coalesce(F(f"{target}__sort_order"), Value(0)),
        )
        .order_by()
        .values_list(*_COLUMNS)
    )


def _abbreviation_rows(abbreviations):
    """The live entries of `abbreviations` (Abbreviation.objects) in the link rows' columns."""
    return (
        abbreviations.filter(live=True)
        .annotate(
            group=Value("abbreviations"),
            item_id=F("id"),
            slug=F("term"),
            label=F("expansion"),
            url_path=F("synonyms"),
            position=Value(0),
        )
        .order_by()
        .values_list(*_COLUMNS)
    )


def classification(page, extra=(), abbreviations=None):
    """The page's links per group, each sorted as editors ordered the
    vocabulary (levels, themes) or by title (pages); with `abbreviations`
    (Abbreviation.objects), the live ones too."""
    groups = GROUPS + tuple(extra)
    first, *rest = [_link_rows(page, group) for group in groups]
    if abbreviations is not None:
        rest.append(_abbreviation_rows(abbreviations))
    vocabulary_models = {group: page._meta.get_field(group).related_model for group in ("levels", "themes")}
    result = Classification()
    rows = sorted(first.union(*rest, all=True), key=lambda row: (row[0], row[5], row[3].lower()))
    for group, item_id, slug, label, url_path, _position in rows:
        if group == "abbreviations":
            item = KnownTerm.of(slug, label, url_path)
        elif group in vocabulary_models:
            item = vocabulary_models[group](pk=item_id, slug=slug, name=label)
        else:
            item = Page(pk=item_id, slug=slug, title=label, url_path=url_path)
        getattr(result, group).append(item)
    return result
