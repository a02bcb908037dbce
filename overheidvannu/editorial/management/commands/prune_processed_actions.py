"""Delete the one-time keys of admin actions older than a week
(overheidvannu/editorial/actions.py). The task worker does this daily; without
a worker, run it daily from cron: `python manage.py prune_processed_actions`."""

from django.core.management.base import BaseCommand

from overheidvannu.editorial.actions import prune_processed_actions


class Command(BaseCommand):
    help = "Verwijdert de sleutels van verwerkte beheeracties die ouder zijn dan een week."

    def handle(self, *args, **options):
        self.stdout.write(f"{prune_processed_actions()} sleutel(s) verwijderd.")
