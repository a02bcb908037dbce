"""Periodic work on the task worker: mail left behind, alerts, clean-ups and
the review digest.

django-tasks 0.12 and django-tasks-db have no scheduler (upstream issue
RealOrangeOne/django-tasks#259), so the schedule lives in the task queue
itself: the next run of each job is one `run_periodic_job` row whose
`run_after` is the job's next slot. Every run first makes sure that every job
(its own included) has its next run waiting, then does its work. Hence:

- A slot that passes while no worker runs is run once when a worker starts
  (its row waits), not once per missed slot.
- A worker that dies during a run loses no later run: the next one was queued
  first. A chain that broke anyway (a worker killed in between) is mended by
  the next run of any job, and by `manage.py schedule_periodic_tasks`, which
  `make worker` and the worker's service run before `db_worker`.
- At most one run of a job waits at any time: the check and the enqueue run
  under one PostgreSQL advisory lock, so workers that run or start at the
  same time schedule nothing twice. The work is safe to repeat anyway where
  it matters: sending alerts locks each subscription (alerts/sending.py),
  deleting is idempotent; only the weekly digest relies on the one waiting
  run.

Without a database task backend (`make run`'s immediate backend) nothing is
scheduled: run the same management commands from cron instead (README).
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from articles.retention import delete_old_submissions

from .alerts.sending import send_alerts
from .mail import put_back_stale, send_waiting_mail

logger = logging.getLogger(__name__)

#: A run that started longer ago than this no longer counts as its job's next
#: run (it queues that first thing, in well under a second): its worker died.
STALE = datetime.timedelta(minutes=15)
#: The PostgreSQL advisory lock (any constant) held while the schedule is checked.
SCHEDULE_LOCK = 0x6F766E70


@dataclass(frozen=True)
class Schedule:
    """Every hour at `minute`; with `every` (a divisor of 60), every `every`
    minutes from `minute` on; with `hour`, every day at that time (local
    time, Europe/Amsterdam); with `weekday` too (0 is Monday), every week."""

    minute: int
    hour: int | None = None
    weekday: int | None = None
    every: int | None = None

    def next_after(self, now):
        """The first slot strictly after `now`."""
        if self.every is not None:
            slot = now.replace(minute=self.minute % self.every, second=0, microsecond=0)
            while slot <= now:
                slot += datetime.timedelta(minutes=self.every)
            return slot
        if self.hour is None:
            slot = now.replace(minute=self.minute, second=0, microsecond=0)
            return slot if slot > now else slot + datetime.timedelta(hours=1)
        local = timezone.localtime(now)
        # Wall-clock arithmetic: 04:00 stays 04:00 across a DST change.
        slot = local.replace(hour=self.hour, minute=self.minute, second=0, microsecond=0)
        if self.weekday is not None:
            slot += datetime.timedelta(days=(self.weekday - local.weekday()) % 7)
        if slot <= local:
            slot += datetime.timedelta(days=1 if self.weekday is None else 7)
        return slot


def _prune_task_results():
    call_command("prune_db_task_results", min_age_days=7, verbosity=0)


def _send_queued_mail():
    put_back_stale()
    return send_waiting_mail()


@dataclass(frozen=True)
class Job:
    name: str  # the management command that does the same work without a worker
    schedule: Schedule
    work: Callable[[], object]  # returns something JSON can store, kept as the task's result


JOBS = {
    job.name: job
    for job in [
        # Mail the worker left behind (one that died while sending it). Also
        # the heartbeat: something is due every 5 minutes, so /healthz shows a
        # stopped worker as a growing wait (docs/deploy.md).
        Job("send_queued_mail", Schedule(minute=1, every=5), _send_queued_mail),
        # Alerts that are due, and unconfirmed requests older than 7 days.
        Job("send_alerts", Schedule(minute=7), send_alerts),
        Job("delete_old_submissions", Schedule(minute=0, hour=4), delete_old_submissions),
        Job("prune_db_task_results", Schedule(minute=30, hour=4), _prune_task_results),
        # The editorial app adds send_review_digest and check_links in its ready().
    ]
}


def _backend():
    backend = run_periodic_job.get_backend()
    return backend if isinstance(backend, DatabaseBackend) else None


def runs(job_name=None, backend=None):
    """The stored runs (waiting, running or done) of one job, or of all jobs."""
    backend = backend or _backend()
    found = DBTaskResult.objects.filter(backend_name=backend.alias, task_path=run_periodic_job.module_path)
    return found if job_name is None else found.filter(args_kwargs__kwargs__job=job_name)


def ensure_scheduled(now=None, *, run_id=None, run_job=None):
    """Queue the next run of every job that has none waiting. Returns the
    names of the jobs queued now, or None when the task backend cannot hold
    a schedule.

    A run that started less than STALE ago counts as its job's next run: it
    is about to queue that itself. Called by a run (`run_id`, `run_job`), only
    a waiting run counts for its own job: another run of it that is running
    too (a duplicate) has already decided, or will decide after this one.
    """
    backend = _backend()
    if backend is None:
        return None
    now = now or timezone.now()
    waiting = Q(status=TaskResultStatus.READY)
    live = waiting | Q(status=TaskResultStatus.RUNNING, started_at__gte=now - STALE)
    queued = []
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEDULE_LOCK])
        for job in JOBS.values():
            next_run = runs(job.name, backend).filter(waiting if job.name == run_job else live)
            if not next_run.exclude(pk=run_id).exists():
                run_periodic_job.using(run_after=job.schedule.next_after(now)).enqueue(job=job.name)
                queued.append(job.name)
    return queued


def next_runs():
    """{job name: when its next run waits}."""
    waiting = runs().filter(status=TaskResultStatus.READY).order_by("-run_after")
    return dict(waiting.values_list("args_kwargs__kwargs__job", "run_after"))


@task(takes_context=True)
def run_periodic_job(context, job):
    """One run of the periodic job named `job` (see JOBS)."""
    try:
        ensure_scheduled(run_id=context.task_result.id, run_job=job)
    except Exception:
        # The work is due now whatever happens to the schedule; the next run of
        # any job, or the worker's next start, queues what is missing.
        logger.exception("Could not schedule the next periodic runs")
    found = JOBS.get(job)
    if found is None:
        logger.warning("Periodic job %r no longer exists; its run does nothing.", job)
        return None
    return found.work()
