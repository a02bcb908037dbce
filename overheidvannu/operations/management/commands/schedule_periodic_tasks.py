"""Queue the periodic jobs (overheidvannu/operations/periodic.py) on the task worker:
run before `db_worker` (`make worker` does). Idempotent: a job whose next run
already waits is left alone, so running it on every worker start, on several
machines at once, schedules each job once."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from overheidvannu.operations.periodic import JOBS, ensure_scheduled, next_runs


class Command(BaseCommand):
    help = (
        "Plan de periodieke taken in op de taakworker (attenderingen elk uur, opruimen dagelijks, "
        "reviewoverzicht op maandag), voor zover hun volgende keer nog niet klaarstaat."
    )

    def handle(self, *args, **options):
        queued = ensure_scheduled()
        if queued is None:
            self.stdout.write(
                "Geen database-takenbackend (TASKS_BACKEND=database): niets ingepland. "
                "Draai zonder worker de periodieke commando's uit cron (zie README)."
            )
            return
        waiting = next_runs()
        for name in JOBS:
            when = waiting.get(name)
            when = timezone.localtime(when).strftime("%Y-%m-%d %H:%M") if when else "?"
            state = "ingepland" if name in queued else "stond al klaar"
            self.stdout.write(f"{name}: {state}, volgende keer {when}")
