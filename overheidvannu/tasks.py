"""Background work, run by django-tasks.

With TASKS_BACKEND=database (production with a worker) each task is a row in
the database, written in the same transaction as the change that caused it,
and `manage.py db_worker` runs it; a worker that dies loses nothing, the row
waits for the next one. With the immediate backend (`make run`, a lone
gunicorn) a task runs where it is enqueued.

A task that failed for a passing reason (the cache or the mail server not
answering) is tried again later with `retry_later`, as far as the backend can
defer; the immediate backend cannot, so there the failure is logged.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

PURGE_RETRY_DELAYS = [1, 5, 30, 120, 600]


def retry_later(task_obj, delays, attempt, *args):
    """Enqueue `task_obj(*args, attempt + 1)` after the next delay; False
    when there is none left or the backend cannot defer."""
    if attempt >= len(delays) or not default_task_backend.supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=delays[attempt])
    task_obj.using(run_after=run_after).enqueue(*args, attempt + 1)
    return True


@task()
def purge_keys_task(keys, attempt=0):
    """Purge surrogate keys from the cache in front (overheidvannu/frontend_cache.py)."""
    from .frontend_cache import purge_keys

    try:
        purge_keys(keys)
    except ConnectionError:
        if retry_later(purge_keys_task, PURGE_RETRY_DELAYS, attempt, keys):
            logger.warning("Purge failed (try %d), trying again later", attempt + 1, exc_info=True)
        else:
            logger.exception("Purge failed for good: %s", " ".join(keys))
        return
    # The most visited listings, refilled by the worker rather than by the
    # first visitor (in-request tasks would slow the editor's publish instead).
    if "home" in keys and settings.TASKS_BACKEND != "immediate":
        warm_paths_task.enqueue(["/", "/kennisbank/"])


@task()
def warm_paths_task(paths):
    """Render `paths` in this process with fresh data: the shared content
    cache (Redis in production) then holds the new facet counts, so no
    visitor's request has to compute them."""
    from django.test import Client

    from articles import content_cache

    host = settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/", 1)[0]
    client = Client(HTTP_HOST=host)
    content_cache.state.fresh = True
    try:
        for path in paths:
            try:
                client.get(path, secure=settings.WAGTAILADMIN_BASE_URL.startswith("https"))
            except Exception:
                logger.exception("Warming %s failed", path)
    finally:
        content_cache.state.fresh = False


def enqueue_refresh(path):
    """Recompute the data behind `path` once, however many requests were
    served stale meanwhile."""
    if cache.add(f"ovn:refreshing:{path}", 1, 30):
        warm_paths_task.enqueue([path])


@task()
def reindex_page_task(page_id):
    """Index a published page again once its many-to-many links are written
    (see articles.search.reindex_published_page), outside the request."""
    from modelsearch.index import insert_or_update_object
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        insert_or_update_object(page.specific)


@task()
def send_email_task(message, attempt=0):
    """Send one e-mail (serialised by overheidvannu.mail) over the real
    transport, trying again later while the mail server is down."""
    from .mail import deliver

    try:
        deliver(message)
    except Exception:
        if retry_later(send_email_task, settings.MAIL_RETRY_DELAYS, attempt, message):
            logger.warning("Mail to %s failed (try %d), trying again later", message["to"], attempt + 1)
        else:
            logger.exception("Mail to %s could not be sent: %r", message["to"], message["subject"])
