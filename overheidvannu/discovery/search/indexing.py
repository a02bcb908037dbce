"""Keeping the search index current after a publish: the one owner of
"re-index after publish" and of its pause.

Wagtail indexes on post_save, which modelcluster sends *before* it writes
the page's many-to-many links (themes, opgaven, regions, authors); so
without this a change of region only became searchable at the next save.
The same holds for an opgave's progress updates or a region's partners.

Which receiver runs depends on the task backend (`connect`, from
DiscoveryConfig.ready()): with the immediate backend the page is indexed
again inside the request that published it (`reindex_published_page`); with
a worker (TASKS_BACKEND=database) a task does it once the publish has
committed (`reindex_page_task`), outside the editor's request.
"""

from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.search.backends import get_search_backends
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published

from opgaven.models import OpgavePage

REINDEX_PUBLISHED_PAGE = "ovn-reindex-published-page"
REINDEX_PUBLISHED_TASK = "ovn-reindex-published"


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
    from modelsearch.index import insert_or_update_object
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        insert_or_update_object(page.specific)


def on_published_reindex(sender, instance, **kwargs):
    """Re-index a published page in the background once its links are saved
    (replaces `reindex_published_page` when a worker runs)."""
    transaction.on_commit(lambda: reindex_page_task.enqueue(instance.pk))


@contextmanager
def reindex_on_publish_paused():
    """No re-index after each publish inside this block, whichever receiver
    does it (in the request, or as a task with a worker): for bulk loads that
    index everything once at the end (load_demo)."""
    receivers = ((REINDEX_PUBLISHED_PAGE, reindex_published_page), (REINDEX_PUBLISHED_TASK, on_published_reindex))
    paused = [(uid, receiver) for uid, receiver in receivers if page_published.disconnect(dispatch_uid=uid)]
    try:
        yield
    finally:
        for uid, receiver in paused:
            page_published.connect(receiver, dispatch_uid=uid)


def connect():
    """In the request with the immediate backend, as a task with a worker."""
    if settings.TASKS_BACKEND != "immediate":
        page_published.connect(on_published_reindex, dispatch_uid=REINDEX_PUBLISHED_TASK)
    else:
        page_published.connect(reindex_published_page, dispatch_uid=REINDEX_PUBLISHED_PAGE)
