"""Editorial changes → purges of the HTTP cache in front. Connected in
OperationsConfig.ready(). (Re-indexing after a publish:
overheidvannu/discovery/search/indexing.py.)"""

import functools

from django.db.models.signals import post_delete, post_save, pre_delete

from .frontend_cache import (
    MAX_KEYS,
    image_keys_for_removed_reference,
    keys_for_object,
    keys_for_page,
    page_urls,
    purging,
    schedule_purge,
)

SNIPPET_MODELS = ("articles.theme", "articles.level", "articles.person", "articles.organisation")
#: Vocabulary with drafts: visitors see the live version only, so only
#: publishing (or saving the live record itself), unpublishing and deleting it
#: changes what they see; saving a draft, locking or a new draft do not.
DRAFTED_SNIPPET_MODELS = ("articles.theme", "articles.person", "articles.organisation")


def when_purging(receiver):
    """Skip the work of finding keys when no cache is configured."""

    @functools.wraps(receiver)
    def wrapper(*args, **kwargs):
        if purging():
            receiver(*args, **kwargs)

    return wrapper


@when_purging
def on_published(sender, instance, **kwargs):
    # Its own address too: it may hold a cached 404 from before it existed.
    schedule_purge(keys_for_page(instance), page_urls([instance]))


@when_purging
def on_unpublished(sender, instance, **kwargs):
    # Unpublishing takes the page's descendants offline with it.
    schedule_purge(keys_for_page(instance, descendants=True))


@when_purging
def on_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    # Its URL and its descendants' change (the new ones may hold a cached
    # 404); both parents list it (or did).
    keys = keys_for_page(instance, descendants=True, parents=(parent_page_before, parent_page_after))
    moved = instance.get_descendants(inclusive=True).live().specific(defer=True)[:MAX_KEYS]
    schedule_purge(keys, page_urls(moved))


@when_purging
def on_page_deleted(sender, instance, **kwargs):
    # Before the delete: the parent, descendants and links are still there.
    if instance.live:
        schedule_purge(keys_for_page(instance, descendants=True))


@when_purging
def on_snippet_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    label = instance._meta.label_lower
    if label not in SNIPPET_MODELS:
        return
    if label in DRAFTED_SNIPPET_MODELS:
        # Publishing saves the whole live record; a draft or a lock saves a
        # few fields of it (`update_fields`), and a new draft is not live.
        # Deleting is purged before the delete (`on_snippet_deleted`).
        saved = "created" in kwargs
        if not saved or kwargs.get("update_fields") is not None or not instance.live:
            return
    schedule_purge(keys_for_object(instance))


@when_purging
def on_snippet_unpublished(sender, instance, **kwargs):
    if instance._meta.label_lower in DRAFTED_SNIPPET_MODELS:
        schedule_purge(keys_for_object(instance))


@when_purging
def on_snippet_deleted(sender, instance, **kwargs):
    # Before the delete: its links and references are still there.
    if instance._meta.label_lower in DRAFTED_SNIPPET_MODELS and instance.live:
        schedule_purge(keys_for_object(instance))


@when_purging
def on_view_restriction_changed(sender, instance, **kwargs):
    page = instance.page
    if page is not None and page.live:
        schedule_purge(keys_for_page(page, descendants=True))


@when_purging
def on_reference_removed(sender, instance, **kwargs):
    # A page stopped showing an image (published without it, deleted) or a
    # person got a new photo: the image's renditions may no longer be public.
    schedule_purge(image_keys_for_removed_reference(instance))


@when_purging
def on_image_changed(sender, instance, created=False, **kwargs):
    # A new file, a private collection or a deleted image: its renditions go.
    if not created and not kwargs.get("raw"):
        schedule_purge({f"beeld-{instance.pk}"})


def connect():
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, ReferenceIndex
    from wagtail.signals import page_published, page_unpublished, post_page_move, unpublished

    page_published.connect(on_published, dispatch_uid="ovn-purge-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="ovn-purge-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="ovn-purge-moved")
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="ovn-purge-page-deleted")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="ovn-purge-snippet-unpublished")
    pre_delete.connect(on_snippet_deleted, dispatch_uid="ovn-purge-snippet-deleted")
    pre_delete.connect(on_reference_removed, sender=ReferenceIndex, dispatch_uid="ovn-purge-reference-removed")
    for signal in (post_save, post_delete):
        signal.connect(on_image_changed, sender=get_image_model(), dispatch_uid=f"ovn-purge-image-{id(signal)}")
        signal.connect(on_snippet_changed, dispatch_uid=f"ovn-purge-snippet-{id(signal)}")
        signal.connect(
            on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid=f"ovn-purge-restriction-{id(signal)}"
        )
