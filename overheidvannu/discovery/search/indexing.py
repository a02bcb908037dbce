"""Keeping the search index current: the one owner of "re-index after
publish", of the pages a theme's publish touches, and of their pause.

Wagtail indexes on post_save, which modelcluster sends *before* it writes
the page's many-to-many links (themes, opgaven, regions, authors); so
without this a change of region only became searchable at the next save.
The same holds for an opgave's progress updates or a region's partners.

A content page indexes the names of its *live* themes, so a search for a
theme's name finds it. A theme that goes live (or is renamed, taken offline
or deleted) changes that text on every page linking it: those pages are
indexed again.

Which receiver runs depends on the task backend (`connect`, from
DiscoveryConfig.ready()): with the immediate backend the pages are indexed
again inside the request that published (`reindex_published_page`,
`reindex_content`); with a worker (TASKS_BACKEND=database) a task does it
once the publish has committed (`reindex_page_task`, `reindex_content_task`),
outside the editor's request.
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django_tasks import task
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backends, get_search_backends_with_name
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, published, unpublished

from articles import content_cache
from articles.models import ContentPage, Theme
from opgaven.models import OpgavePage

logger = logging.getLogger(__name__)

REINDEX_PUBLISHED_PAGE = "ovn-reindex-published-page"
REINDEX_PUBLISHED_TASK = "ovn-reindex-published"
REINDEX_THEME_PUBLISHED = "ovn-reindex-theme-published"
REINDEX_THEME_UNPUBLISHED = "ovn-reindex-theme-unpublished"
REINDEX_THEME_DELETED = "ovn-reindex-theme-deleted"
#: What a content page's indexed text reads besides its own fields.
LINKED_FIELDS = ("themes", "opgaven", "regions", "tags")


def reindex_published_page(sender, instance, **kwargs):
    """Index a page again once publishing has finished, in the request.
    Nothing to do where no search backend is kept up to date on save."""
    if next(get_search_backends(with_auto_update=True), None) is None:
        return
    insert_or_update_object(instance)
    if isinstance(instance, OpgavePage):
        # A cross-over holds both ways: the other opgaven index this one's name.
        for other in instance.get_crossovers():
            insert_or_update_object(other)


@task()
def reindex_page_task(page_id):
    """Index a published page again once its many-to-many links are written
    (see reindex_published_page), outside the request."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        insert_or_update_object(page.specific)
        # Results computed between the publish and now are computed again
        # (no page's own data changed: only what search finds).
        content_cache.bump_content_version(())


def on_published_reindex(sender, instance, **kwargs):
    """Re-index a published page in the background once its links are saved
    (replaces `reindex_published_page` when a worker runs)."""
    transaction.on_commit(lambda: reindex_page_task.enqueue(instance.pk))


# --- the pages a theme's change touches ------------------------------------------


def reindex_content(page_ids):
    """Index these content pages again, in bulk per page type, on every
    backend kept up to date on save. A backend that fails is logged (and
    the failure raised where the backend asks for it, as Wagtail does)."""
    backends = list(get_search_backends_with_name(with_auto_update=True))
    if not backends or not page_ids:
        return
    for model in get_page_models():
        if not issubclass(model, ContentPage) or model is ContentPage:
            continue
        pages = list(model.objects.filter(pk__in=page_ids).prefetch_related(*LINKED_FIELDS))
        if not pages:
            continue
        for name, backend in backends:
            try:
                backend.add_bulk(model, pages)
            except Exception:
                logger.exception("Re-indexing %d %s pages in the '%s' search backend failed", len(pages), model, name)
                if not backend.catch_indexing_errors:
                    raise


@task()
def reindex_content_task(page_ids):
    """`reindex_content`, outside the editor's request."""
    reindex_content(page_ids)
    # Results computed between the publish and now are computed again
    # (no page's own data changed: only what search finds).
    content_cache.bump_content_version(())


def _reindex_linked(page_ids):
    if not page_ids:
        return
    if settings.TASKS_BACKEND == "immediate":
        reindex_content(page_ids)
    else:
        transaction.on_commit(lambda: reindex_content_task.enqueue(page_ids))


def _pages_linking(theme):
    return list(ContentPage.objects.ids_linked_to("themes", theme.pk).values_list("contentpage_id", flat=True))


def on_theme_changed(sender, instance, **kwargs):
    """A theme went live, was published again (a new name) or taken
    offline: its name joins or leaves the pages that link it."""
    _reindex_linked(_pages_linking(instance))


def on_theme_deleted(sender, instance, **kwargs):
    """Before a theme's links go with it: the pages that linked it, indexed
    again once the deletion is done."""
    page_ids = _pages_linking(instance)
    if page_ids:
        transaction.on_commit(lambda: _reindex_linked(page_ids))


# --- wiring -------------------------------------------------------------------------

THEME_RECEIVERS = (
    (published, on_theme_changed, REINDEX_THEME_PUBLISHED),
    (unpublished, on_theme_changed, REINDEX_THEME_UNPUBLISHED),
    (pre_delete, on_theme_deleted, REINDEX_THEME_DELETED),
)


@contextmanager
def reindex_on_publish_paused():
    """No re-index after each publish inside this block, whichever receiver
    does it (in the request, or as a task with a worker): for bulk loads that
    index everything once at the end (load_demo)."""
    receivers = [
        (page_published, REINDEX_PUBLISHED_PAGE, reindex_published_page, None),
        (page_published, REINDEX_PUBLISHED_TASK, on_published_reindex, None),
        *((signal, uid, receiver, Theme) for signal, receiver, uid in THEME_RECEIVERS),
    ]
    paused = [
        (signal, uid, receiver, sender)
        for signal, uid, receiver, sender in receivers
        if signal.disconnect(sender=sender, dispatch_uid=uid)
    ]
    try:
        yield
    finally:
        for signal, uid, receiver, sender in paused:
            signal.connect(receiver, sender=sender, dispatch_uid=uid)


def connect():
    """In the request with the immediate backend, as a task with a worker."""
    if settings.TASKS_BACKEND != "immediate":
        page_published.connect(on_published_reindex, dispatch_uid=REINDEX_PUBLISHED_TASK)
    else:
        page_published.connect(reindex_published_page, dispatch_uid=REINDEX_PUBLISHED_PAGE)
    for signal, receiver, uid in THEME_RECEIVERS:
        signal.connect(receiver, sender=Theme, dispatch_uid=uid)
