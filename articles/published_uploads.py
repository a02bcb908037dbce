"""Uploads are private until a published page uses them.

An image or document an editor uploads is for the editors until a live page
shows it: a report uploaded for a page still in review must not be listed or
downloadable before the page is approved. "Uses" is what Wagtail's reference
index records (choosers, StreamField blocks, rich-text links and embeds,
inline panels), read for the page's live content: a page's draft lives in its
revisions, which the index ignores. A person's photo counts when the person is
live and a live page names that person.

Visitors see an upload when a live, *public* page (outside any private
section) uses it, and it sits in no restricted collection:

* `/api/v2/images/` and `/api/v2/documents/` list and show only those
  (overheidvannu/discovery/api.py);
* Wagtail's document view (`/documents/<id>/<name>`) answers 404 for any
  other document (the `before_serve_document` hook in
  overheidvannu/operations/wagtail_hooks.py); signed-in users also get documents that a
  live private page uses;
* renditions under `/media/images/` are served for those images only
  (overheidvannu/operations/media.py).

Editors (anyone who may use the admin) see every upload, in the admin and
through these addresses. The test is a subquery per upload that finds its
first use through the reference index's target index, so a listing stays one
query, costing per upload listed, whatever the number of pages.

`used_by_live_page()` is the same question without "public": replacing or
deleting such an upload changes a live page, which is the Eindredactie's
action (overheidvannu/editorial/uploads.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Length, Substr
from django.db.models.lookups import IsNull
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from articles.models import Person
from articles.querysets import restricted


def may_see_every_upload(user):
    """Editors: they work with uploads before any page uses them."""
    return user.is_active and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def _live_pages(public):
    """Live pages whose pk is the enclosing reference's source (`object_id`)."""
    pages = Page.objects.filter(live=True, pk=Cast(OuterRef("object_id"), IntegerField()))
    return pages.exclude(restricted()) if public else pages


def _references_to(model, outer):
    """References whose target is the `model` instance with the enclosing row's `outer` as pk."""
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        to_object_id=Cast(OuterRef(outer), CharField()),
    )


def _has_any(references):
    """True when `references` has a row. A scalar subquery with LIMIT 1, not
    EXISTS: PostgreSQL turns an EXISTS into a join over every reference to
    every upload, where this looks up each upload's first use by index and
    stops there (0.5 ms instead of 25 ms for 87 images on 10,000 pages)."""
    return IsNull(Subquery(references.values("pk")[:1]), False)


def used_by_live_page(model, *, public=False, outer="pk"):
    """Condition (a Q) on a queryset of `model` (images or documents): used by
    a live page (`public`: a live page outside any private section), directly
    or, for images, as the photo of a live person that such a page names.
    `outer` names the field that holds the upload's pk (e.g. a rendition's
    `image_id`)."""
    page_type = ContentType.objects.get_for_model(Page)
    on_page = _references_to(model, outer).filter(base_content_type=page_type).filter(Exists(_live_pages(public)))
    if not any(field.related_model is model for field in Person._meta.fields):
        return Q(_has_any(on_page))  # documents: no person shows one
    person_type = ContentType.objects.get_for_model(Person)
    person_on_page = ReferenceIndex.objects.filter(
        to_content_type=person_type, to_object_id=OuterRef("object_id"), base_content_type=page_type
    ).filter(Exists(_live_pages(public)))
    through_person = (
        _references_to(model, outer)
        .filter(base_content_type=person_type)
        .filter(
            Exists(Person.objects.filter(live=True, pk=Cast(OuterRef("object_id"), IntegerField()))),
            Exists(person_on_page),
        )
    )
    return Q(_has_any(on_page)) | Q(_has_any(through_person))


def in_restricted_collection():
    """Condition: the upload's collection, or one above it, is private."""
    return Exists(
        CollectionViewRestriction.objects.annotate(prefix_length=Length("collection__path")).filter(
            collection__path=Substr(OuterRef("collection__path"), 1, F("prefix_length"))
        )
    )


def shown_to_visitors(queryset):
    """The uploads in `queryset` that visitors may see (module docstring). As
    `pk IN (subquery)`: a search backend accepts a filter on the primary key
    where it refuses one on an expression."""
    model = queryset.model
    shown = model.objects.filter(used_by_live_page(model, public=True)).exclude(in_restricted_collection())
    return queryset.filter(pk__in=shown.values("pk"))


def visible_to(user, obj):
    """May `user` fetch `obj` (an image or document) outside the admin? One
    query. (A restricted collection's own login or password screen is
    Wagtail's, for documents.)"""
    if may_see_every_upload(user):
        return True
    condition = used_by_live_page(type(obj), public=not user.is_authenticated)
    return type(obj).objects.filter(pk=obj.pk).filter(condition).exists()


def is_used_by_live_page(obj):
    """Does a live page (public or not) show `obj` now? One query."""
    return type(obj).objects.filter(pk=obj.pk).filter(used_by_live_page(type(obj))).exists()
