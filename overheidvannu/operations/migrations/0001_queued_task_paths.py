"""Tasks queued before issue 20's move run after it.

django-tasks-db stores each task as its dotted path (`task_path`), and the
worker imports that path when it runs the row. The move put the tasks into
apps of their own, so a row written before the deploy (a mail in the outbox,
a purge waiting for its retry, the next run of a periodic job, a re-index)
named a module that no longer exists and would fail. This migration rewrites
the path of every row that has not finished (waiting or running) to the new
place; finished rows keep the path they ran under. Reversible: migrating
`operations` back to zero writes the old paths again, for a rollback to the
code before the move.
"""

from django.db import migrations

#: Old dotted task path → new one. Frozen here: a migration must not follow later moves.
MOVED_TASKS = {
    "overheidvannu.frontend_cache.purge_keys_task": "overheidvannu.operations.frontend_cache.purge_keys_task",
    "overheidvannu.frontend_cache.warm_paths_task": "overheidvannu.operations.frontend_cache.warm_paths_task",
    "overheidvannu.mail.send_email_task": "overheidvannu.operations.mail.send_email_task",
    "overheidvannu.periodic.run_periodic_job": "overheidvannu.operations.periodic.run_periodic_job",
    "overheidvannu.tasks.reindex_page_task": "overheidvannu.discovery.indexing.reindex_page_task",
}
#: Statuses of a row that a worker will still run (or is running): READY, RUNNING.
UNFINISHED = ("READY", "RUNNING")


def rewrite(apps, renames):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    unfinished = DBTaskResult.objects.filter(status__in=UNFINISHED)
    for old, new in renames.items():
        unfinished.filter(task_path=old).update(task_path=new)


def forwards(apps, schema_editor):
    rewrite(apps, MOVED_TASKS)


def backwards(apps, schema_editor):
    rewrite(apps, {new: old for old, new in MOVED_TASKS.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("django_tasks_database", "0019_rename_django_task_new_ordering_idx_tasks_db_new_ordering_idx_and_more"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
