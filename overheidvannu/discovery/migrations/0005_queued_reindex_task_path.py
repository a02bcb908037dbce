"""Re-index tasks queued before search became a package run after it.

The re-index task moved from `overheidvannu.discovery.indexing` into the search
package (`overheidvannu.discovery.search.indexing`). django-tasks-db stores a task
as its dotted path, so a row written before the deploy would name a module that
no longer exists. As `operations.0001_queued_task_paths` did for the move to
apps, this rewrites the path of every row that has not finished (waiting or
running); finished rows keep the path they ran under. Reversible: migrating
back writes the old path again, for a rollback to the code before the move.
"""

from django.db import migrations

#: Old dotted task path → new one. Frozen here: a migration must not follow later moves.
MOVED_TASKS = {
    "overheidvannu.discovery.indexing.reindex_page_task": "overheidvannu.discovery.search.indexing.reindex_page_task",
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
        ("discovery", "0004_search_term_results"),
        # The move to apps wrote the path this one rewrites.
        ("operations", "0001_queued_task_paths"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
