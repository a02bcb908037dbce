"""Background work, run by django-tasks: the shared retry rule, what
/healthz reports about the queue, and the deploy check that asks for a
worker. The purge and warming tasks live with the HTTP cache
(`frontend_cache.py`), the mail task with the mail backend (`mail.py`), the
search re-index with discovery (`overheidvannu/discovery/search/indexing.py`).

With TASKS_BACKEND=database (production with a worker) each task is a row in
the database, written in the same transaction as the change that caused it,
and `manage.py db_worker` runs it; a worker that dies loses nothing, the row
waits for the next one. With the immediate backend (`make run`, a lone
gunicorn) a task runs where it is enqueued, except mail, which waits in the
database all the same (`mail.py`).

A task that failed for a passing reason (the cache or the mail server not
answering) is tried again later with `retry_later`, as far as the backend can
defer; the immediate backend cannot, so there the failure is logged.
"""

import logging
from datetime import timedelta

from django.core import checks
from django.db.models import Case, Count, F, Min, When
from django.db.models.functions import Greatest
from django.utils import timezone
from django_tasks import default_task_backend, task_backends
from django_tasks_db.backend import DatabaseBackend

logger = logging.getLogger(__name__)


def retry_later(task_obj, delays, attempt, *args, backend=None, forever=False):
    """Enqueue `task_obj(*args, attempt + 1)` on `backend` (default: the
    default backend) after the next delay; with `forever`, after the last
    delay once the list is used up. False when no delay is left or the
    backend cannot defer."""
    backend_obj = task_backends[backend] if backend else default_task_backend
    if not delays or (attempt >= len(delays) and not forever) or not backend_obj.supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=delays[min(attempt, len(delays) - 1)])
    task_obj.using(run_after=run_after, backend=backend_obj.alias).enqueue(*args, attempt + 1)
    return True


def queue_figures():
    """What /healthz tells about the task queue: how many tasks are due and
    not started, and how long the oldest of them has waited since it became
    due (seconds; 0 when none waits). With a running worker both stay near 0;
    the periodic jobs make sure something is due every few minutes, so a
    stopped worker shows as a growing wait."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    # Due since its `run_after` (when it was queued for later), else since it was queued.
    due_since = Case(When(run_after__lte=now, then=Greatest("enqueued_at", "run_after")), default=F("enqueued_at"))
    figures = DBTaskResult.objects.ready().aggregate(waiting=Count("pk"), since=Min(due_since))
    return _waited(figures["waiting"], figures["since"], now)


def _waited(count, since, now):
    seconds = max(0, round((now - since).total_seconds())) if since else 0
    return {"waiting": count, "oldest_waiting_seconds": seconds}


@checks.register("tasks", deploy=True)
def check_a_worker_runs_the_tasks(app_configs, **kwargs):
    """Production needs a task worker: with the immediate backend every
    search re-index, cache purge and facet recount runs inside an editor's or
    visitor's request, purges are not retried, and mail is sent by the web
    processes themselves. `gunicorn` alone still serves a complete site (the
    default, so a lone gunicorn works); this check tells a deploy to add the
    worker (docs/deploy.md)."""
    if isinstance(task_backends["default"], DatabaseBackend):
        return []
    return [
        checks.Warning(
            "Background tasks run inside requests (TASKS_BACKEND is not 'database').",
            hint=(
                "Set TASKS_BACKEND=database and run `manage.py db_worker` beside the site (docs/deploy.md). "
                "Without a worker mail waits in the database until the web process or "
                "`manage.py send_queued_mail` sends it, and cache purges are not retried."
            ),
            id="overheidvannu.W010",
        )
    ]
