"""Telling editors when a page links vocabulary that is still a draft.

Themes, people and organisations have drafts and go through review like pages
(roles.py). The public site shows live ones only: a page that
links a draft theme, author, quoted person, lead or partner organisation is
published without it, and shows it once it is published itself. That is
right, but editors should know, so the admin says so in Dutch, as a warning
that blocks nothing (hooks in wagtail_hooks.py):

* on the edit page, about the version being edited: what the Redacteur
  writes and what the Eindredacteur approves (also with the workflow's
  modal "Goedkeuren met opmerking", which has no hook of its own);
* after publishing from the edit view ("Publiceren") and after approving from
  its workflow menu, about what went live.

What a page links is found as Wagtail's reference index finds it (foreign
keys, StreamField blocks' `extract_references`, inline panels), plus its
themes, on the page object itself: a revision's too, which the index never
holds.
"""

from django.utils.text import get_text_list
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin import messages

from articles.models import Organisation, Person, Theme

WORKFLOW_ACTION = "action-workflow-action"
VOCABULARY = (Person, Organisation, Theme)


def _linked(obj, depth=0):
    """(model, pk) of every person, organisation and theme `obj` links."""
    for field in obj._meta.get_fields():
        if field.many_to_one and field.concrete and field.related_model in VOCABULARY:
            pk = field.value_from_object(obj)
            if pk:
                yield field.related_model, pk
        elif field.many_to_many and field.concrete and field.related_model in VOCABULARY:
            for item in getattr(obj, field.name).all():
                yield field.related_model, item.pk
        elif hasattr(field, "extract_references") and field.concrete:
            value = field.value_from_object(obj)
            if value is not None:
                for model, pk, _model_path, _content_path in field.extract_references(value):
                    if model in VOCABULARY:
                        yield model, pk
    if isinstance(obj, ClusterableModel) and depth < 2:
        for relation in get_all_child_relations(obj):
            for child in getattr(obj, relation.get_accessor_name()).all():
                yield from _linked(child, depth + 1)


def draft_vocabulary_of(obj):
    """Names of the themes, people and organisations `obj` (a page, or a
    revision's page) links that are only drafts; linked people's draft
    organisations too. A few small queries."""
    ids = {model: set() for model in VOCABULARY}
    for model, pk in _linked(obj):
        ids[model].add(int(pk))
    names = set()
    for person in Person.objects.filter(pk__in=ids[Person]).select_related("organisation"):
        if not person.live:
            names.add(person.name)
        elif person.organisation_id and not person.organisation.live:
            names.add(person.organisation.name)
    for model in (Organisation, Theme):
        if ids[model]:
            names.update(model.objects.filter(pk__in=ids[model], live=False).values_list("name", flat=True))
    return sorted(names)


def warn_about_draft_vocabulary(request, obj):
    names = draft_vocabulary_of(obj)
    if not names:
        return
    listed = get_text_list([f"‘{name}’" for name in names], "en")
    if len(names) == 1:
        rest = "dat nog een concept is. Bezoekers zien het pas als het zelf gepubliceerd is."
    else:
        rest = "die nog een concept zijn. Bezoekers zien ze pas als ze zelf gepubliceerd zijn."
    messages.warning(request, f"Let op: deze pagina noemt {listed}, {rest}")


def before_edit_page(request, page):
    """The edit page: about the version being edited (the latest revision)."""
    if request.method == "GET":
        revision = page.get_latest_revision()
        warn_about_draft_vocabulary(request, revision.as_object() if revision else page.specific)


def after_publish_page(request, page):
    warn_about_draft_vocabulary(request, page.specific)


def after_edit_page(request, page):
    """After an approval from the edit view's workflow menu, which publishes."""
    if request.method == "POST" and WORKFLOW_ACTION in request.POST:
        page.refresh_from_db(fields=["live", "has_unpublished_changes"])
        if page.live and not page.has_unpublished_changes:
            warn_about_draft_vocabulary(request, page.specific)
