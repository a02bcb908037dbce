"""Tasks queued before issue 20's move still run after it.

django-tasks-db stores a task as its dotted path, and the move put every task
in an app of its own. The `operations` migration 0001 rewrites the path of
each row that has not run yet (README, "Deploying the move to apps"). Each
test queues rows as the code before the move wrote them, then migrates as a
deploy does.
"""

import importlib

import pytest
from django.core.mail import EmailMessage
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult, get_date_max

from overheidvannu.operations.mail import send_email_task, send_waiting_mail, waiting_mail
from overheidvannu.operations.periodic import ensure_scheduled, runs

from ..servers import smtp_server, use_smtp
from ..test_architecture import migrate

MIGRATION = importlib.import_module("overheidvannu.operations.migrations.0001_queued_task_paths")
#: The re-index task moved again when search became a package: the deploy runs both.
LATER_MOVE = importlib.import_module("overheidvannu.discovery.migrations.0005_queued_reindex_task_path")
BEFORE_THE_MOVE = [("operations", None)]
AFTER_THE_MOVE = [("operations", "0001_queued_task_paths"), ("discovery", "0005_queued_reindex_task_path")]
OLD_MAIL_TASK = "overheidvannu.mail.send_email_task"
OLD_PERIODIC_TASK = "overheidvannu.periodic.run_periodic_job"


def written_before_the_move(rows, old_path):
    """`rows` as the code before the move stored them: under `old_path`."""
    DBTaskResult.objects.filter(pk__in=[row.pk for row in rows]).update(task_path=old_path)


def row(task_path, status="READY"):
    return DBTaskResult.objects.create(
        task_path=task_path,
        status=status,
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        exception_class_path="",
        traceback="",
    )


@pytest.mark.django_db
def test_a_mail_queued_before_the_move_is_sent_after_it(settings):
    migrate(BEFORE_THE_MOVE)
    with smtp_server() as inbox:
        use_smtp(settings, inbox.port, queued=True)
        EmailMessage("Bevestig je aanmelding", "Tekst", "redactie@example.org", ["lezer@example.org"]).send()
        written_before_the_move(DBTaskResult.objects.all(), OLD_MAIL_TASK)

        migrate(AFTER_THE_MOVE)
        assert waiting_mail().count() == 1
        assert send_waiting_mail() == 1
    (message,) = inbox.messages
    assert message["Subject"] == "Bevestig je aanmelding"
    assert message.recipients == ["lezer@example.org"]
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
def test_a_periodic_run_queued_before_the_move_stays_its_jobs_next_run(database_tasks):
    migrate(BEFORE_THE_MOVE)
    assert ensure_scheduled()  # the worker's schedule, as it waited before the deploy
    written_before_the_move(DBTaskResult.objects.all(), OLD_PERIODIC_TASK)
    waiting = DBTaskResult.objects.count()

    migrate(AFTER_THE_MOVE)
    # `schedule_periodic_tasks` on the new worker's start: every job still has its run.
    assert ensure_scheduled() == []
    assert runs().count() == waiting == DBTaskResult.objects.count()


@pytest.mark.django_db
def test_every_moved_task_is_found_at_its_new_path_and_finished_rows_keep_theirs():
    migrate(BEFORE_THE_MOVE)
    waiting = {old: row(old) for old in MIGRATION.MOVED_TASKS}
    running = {old: row(old, status="RUNNING") for old in MIGRATION.MOVED_TASKS}
    finished = [row(OLD_MAIL_TASK, status="SUCCESSFUL"), row(OLD_MAIL_TASK, status="FAILED")]
    unmoved = row("overheidvannu.alerts.tasks.request_subscription")

    migrate(AFTER_THE_MOVE)
    for old, moved in MIGRATION.MOVED_TASKS.items():
        new = LATER_MOVE.MOVED_TASKS.get(moved, moved)
        for queued in (waiting[old], running[old]):
            queued.refresh_from_db()
            assert queued.task_path == new
            # What the worker does with the row: import the task it names.
            assert isinstance(queued.task, Task) and queued.task.module_path == new
    assert waiting[OLD_MAIL_TASK].task.func is send_email_task.func
    assert [found.task_path for found in DBTaskResult.objects.filter(pk__in=[r.pk for r in finished])] == [
        OLD_MAIL_TASK,
        OLD_MAIL_TASK,
    ]
    unmoved.refresh_from_db()
    assert unmoved.task_path == "overheidvannu.alerts.tasks.request_subscription"

    # Rolling the deploy back to the code before the move: the old paths again.
    migrate(BEFORE_THE_MOVE)
    for old in MIGRATION.MOVED_TASKS:
        waiting[old].refresh_from_db()
        running[old].refresh_from_db()
        assert waiting[old].task_path == running[old].task_path == old
