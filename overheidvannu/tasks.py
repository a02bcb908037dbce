"""Background work, run by django-tasks: the shared retry rule and the
search re-index. The purge and warming tasks live with the HTTP cache
(`frontend_cache.py`), the mail task with the mail backend (`mail.py`).

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

from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)


def retry_later(task_obj, delays, attempt, *args):
    """Enqueue `task_obj(*args, attempt + 1)` after the next delay; False
    when there is none left or the backend cannot defer."""
    if attempt >= len(delays) or not default_task_backend.supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=delays[attempt])
    task_obj.using(run_after=run_after).enqueue(*args, attempt + 1)
    return True


@task()
def reindex_page_task(page_id):
    """Index a published page again once its many-to-many links are written
    (see discovery.search.reindex_published_page), outside the request."""
    from modelsearch.index import insert_or_update_object
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        insert_or_update_object(page.specific)
