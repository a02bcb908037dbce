"""Check the external links on every live page for the admin report "Kapotte
links" (overheidvannu/editorial/broken_links.py). The task worker does this
daily; without a worker, run it daily from cron: `python manage.py check_links`."""

from django.core.management.base import BaseCommand

from overheidvannu.editorial.broken_links import TIMEOUT, WORKERS, check_links


class Command(BaseCommand):
    help = "Controleert externe links (aanmelden, opnames, video's) en bewaart kapotte links voor het beheer."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=TIMEOUT)
        parser.add_argument("--workers", type=int, default=WORKERS)

    def handle(self, *args, timeout, workers, **options):
        result = check_links(timeout=timeout, workers=workers)
        self.stdout.write(f"{result['checked']} link(s) gecontroleerd, {result['broken']} kapot.")
