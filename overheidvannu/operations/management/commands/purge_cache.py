from django.core.management.base import BaseCommand, CommandError

from overheidvannu.operations.frontend_cache import cache_urls, purge_keys


class Command(BaseCommand):
    help = "Purge surrogate keys (default: everything, key `all`) from the HTTP cache at FRONTEND_CACHE_URL."

    def add_arguments(self, parser):
        parser.add_argument("keys", nargs="*", default=["all"])

    def handle(self, *args, keys, **options):
        if not cache_urls():
            raise CommandError("FRONTEND_CACHE_URL is not set: nothing to purge.")
        purge_keys(list(keys))
        self.stdout.write(f"Purged: {' '.join(keys)}")
