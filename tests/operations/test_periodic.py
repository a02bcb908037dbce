"""Periodic work on the task worker (overheidvannu/operations/periodic.py): each job's
next slot, seeding the schedule once however often and however many workers
start, and the real worker (`manage.py db_worker`) running the scheduled
send_alerts: the due alert reaches a real SMTP server once, and its next run
waits for the next hour."""

import dataclasses
import datetime
import io
import subprocess
import zoneinfo

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.base import TaskContext
from django_tasks_db.models import DBTaskResult

from articles.models import StoryPage
from overheidvannu.alerts.models import Subscription
from overheidvannu.operations.periodic import JOBS, STALE, Schedule, ensure_scheduled, run_periodic_job, runs

from ..clock import python_command
from ..factories import SiteTree, make_content, make_theme
from ..servers import ROOT, mail_text, run_worker, smtp_env, smtp_server
from .test_tasks_and_mail import worker_env

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC
READY = TaskResultStatus.READY


def schedule(**options):
    out = io.StringIO()
    call_command("schedule_periodic_tasks", stdout=out, **options)
    return out.getvalue()


def waiting(job_name):
    return runs(job_name).filter(status=READY)


def test_each_schedule_gives_its_next_slot():
    hourly = Schedule(minute=7)
    assert hourly.next_after(datetime.datetime(2026, 11, 29, 20, 6, 59, tzinfo=UTC)) == datetime.datetime(
        2026, 11, 29, 20, 7, tzinfo=UTC
    )
    # Exactly at the slot (a run that starts on time): the next hour.
    assert hourly.next_after(datetime.datetime(2026, 11, 29, 20, 7, tzinfo=UTC)) == datetime.datetime(
        2026, 11, 29, 21, 7, tzinfo=UTC
    )
    daily = Schedule(minute=0, hour=4)
    # 04:00 Amsterdam time on either side of the change to summer time (Sunday 29 March 2026).
    assert daily.next_after(datetime.datetime(2026, 3, 28, 12, 0, tzinfo=AMSTERDAM)) == datetime.datetime(
        2026, 3, 29, 2, 0, tzinfo=UTC
    )
    assert daily.next_after(datetime.datetime(2026, 3, 28, 2, 0, tzinfo=AMSTERDAM)) == datetime.datetime(
        2026, 3, 28, 3, 0, tzinfo=UTC
    )
    every_five = Schedule(minute=1, every=5)
    assert every_five.next_after(datetime.datetime(2026, 11, 29, 20, 59, 30, tzinfo=UTC)) == datetime.datetime(
        2026, 11, 29, 21, 1, tzinfo=UTC
    )
    assert every_five.next_after(datetime.datetime(2026, 11, 29, 21, 1, tzinfo=UTC)) == datetime.datetime(
        2026, 11, 29, 21, 6, tzinfo=UTC
    )
    weekly = Schedule(minute=0, hour=7, weekday=0)
    sunday_evening = datetime.datetime(2026, 11, 29, 21, 0, tzinfo=AMSTERDAM)
    monday_seven = datetime.datetime(2026, 11, 30, 7, 0, tzinfo=AMSTERDAM)
    assert weekly.next_after(sunday_evening) == monday_seven
    assert weekly.next_after(monday_seven) == monday_seven + datetime.timedelta(days=7)


def test_without_a_database_task_backend_nothing_is_scheduled(db):
    assert ensure_scheduled() is None
    assert "niets ingepland" in schedule()
    assert not DBTaskResult.objects.exists()


def test_seeding_twice_schedules_each_job_once_at_its_next_slot(db, database_tasks):
    before = timezone.now()
    first = schedule()
    second = schedule()
    after = timezone.now()
    assert first.count("ingepland") == len(JOBS) and second.count("stond al klaar") == len(JOBS)
    for job in JOBS.values():
        (run,) = waiting(job.name)
        assert job.schedule.next_after(before) <= run.run_after <= job.schedule.next_after(after)
    assert DBTaskResult.objects.count() == len(JOBS)


def test_a_run_queues_its_next_run_first_so_failing_work_loses_no_later_run(db, database_tasks, monkeypatch):
    schedule()
    (run,) = waiting("delete_old_submissions")
    run.claim("test-worker")  # as the worker does before it runs a task

    def broken():
        raise RuntimeError("kapot")

    failing = dataclasses.replace(JOBS["delete_old_submissions"], work=broken)
    monkeypatch.setitem(JOBS, "delete_old_submissions", failing)
    with pytest.raises(RuntimeError):
        run_periodic_job.call(TaskContext(task_result=run.task_result), job="delete_old_submissions")
    (next_run,) = waiting("delete_old_submissions")
    assert next_run.run_after > timezone.now()
    assert all(waiting(name).count() == 1 for name in JOBS)


def test_a_run_whose_worker_died_blocks_the_schedule_only_until_it_is_stale(db, database_tasks):
    schedule()
    (run,) = waiting("send_alerts")
    run.claim("worker-that-dies")
    schedule()  # it is about to queue its next run itself
    assert not waiting("send_alerts").exists()
    DBTaskResult.objects.filter(pk=run.pk).update(started_at=timezone.now() - STALE - datetime.timedelta(minutes=1))
    schedule()  # the next worker start
    assert waiting("send_alerts").count() == 1


def test_every_job_does_the_work_of_its_command(db, database_tasks, mailoutbox):
    Subscription.objects.create(email="vergeten@example.org", frequency="dagelijks")
    Subscription.objects.update(requested_at=timezone.now() - datetime.timedelta(days=8))
    results = {name: job.work() for name, job in JOBS.items()}
    assert results["send_queued_mail"] == 0
    assert results["send_alerts"] == {"sent": 0, "deleted": 1}
    assert results["delete_old_submissions"] == 0
    assert results["send_review_digest"] == 0
    assert not Subscription.objects.exists()
    assert mailoutbox == []


# --- the real worker ---------------------------------------------------------------


def manage_at_once(env, *commands):
    """Start each `manage.py` command (a list of arguments) in its own process
    at the same time, on the tests' clock (tests/clock.py); wait for all of them."""
    processes = [
        subprocess.Popen(
            python_command("manage.py", *command),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_sends_the_due_alert_once_over_smtp_and_schedules_the_next_run(
    restore_migrated_data, database_tasks
):
    tree = SiteTree()
    theme = make_theme("Sterk bestuur")
    subscription = Subscription.objects.create(
        email="lezer@example.org",
        filters=f"thema={theme.slug}",
        frequency="dagelijks",
        confirmed_at=timezone.now() - datetime.timedelta(days=2),
    )
    make_content(tree, StoryPage, "Samen sturen in de regio", themes=[theme])

    with smtp_server() as inbox:
        env = worker_env(**smtp_env(inbox.port, queued=True))

        # Two workers start at once, each seeding the schedule first: each job waits once.
        manage_at_once(env, ["schedule_periodic_tasks"], ["schedule_periodic_tasks"])
        assert all(waiting(name).count() == 1 for name in JOBS)
        (first,) = waiting("send_alerts")
        assert first.run_after > timezone.now()

        # Its hour comes; the worker runs it, and the mail task it queued.
        waiting("send_alerts").update(run_after=timezone.now())
        worker = run_worker(env)
        assert worker.returncode == 0, worker.stderr[-2000:]
        (alert,) = inbox.pop_all()
        assert alert.recipients == ["lezer@example.org"]
        assert "Samen sturen in de regio" in mail_text(alert)
        first.refresh_from_db()
        assert first.status == TaskResultStatus.SUCCESSFUL, first.traceback
        assert first.return_value == {"sent": 1, "deleted": 0}
        (second,) = waiting("send_alerts")
        hourly = JOBS["send_alerts"].schedule
        assert hourly.next_after(first.started_at) <= second.run_after <= hourly.next_after(first.finished_at)
        assert all(waiting(name).count() == 1 for name in JOBS)

        # Run again (the next hour came early): nothing is sent twice.
        waiting("send_alerts").update(run_after=timezone.now())
        worker = run_worker(env)
        assert worker.returncode == 0, worker.stderr[-2000:]
        assert inbox.pop_all() == []
        second.refresh_from_db()
        assert (second.status, second.return_value) == (TaskResultStatus.SUCCESSFUL, {"sent": 0, "deleted": 0})

        # A day later, two workers at once and a duplicate run due (a queue
        # edited by hand): one mail, and again one next run.
        make_content(tree, StoryPage, "Besturen met de buren", themes=[theme])
        Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=timezone.now() - datetime.timedelta(days=1))
        waiting("send_alerts").update(run_after=timezone.now())
        run_periodic_job.enqueue(job="send_alerts")
        worker_command = ["db_worker", "--batch", "--interval", "0.2", "--no-startup-delay"]
        manage_at_once(env, worker_command, worker_command)
        (alert,) = inbox.pop_all()
        assert "Besturen met de buren" in mail_text(alert)
    assert waiting("send_alerts").count() == 1
    assert runs("send_alerts").filter(status=TaskResultStatus.SUCCESSFUL).count() == 4
