from django.core.management.base import BaseCommand, CommandError

from overheidvannu.operations.frontend_cache import purge, purging


class Command(BaseCommand):
    help = (
        "Purge surrogate keys (default: everything, key `all`) and addresses (--url) from every cache "
        "in WAGTAILFRONTENDCACHE (set by FRONTEND_CACHE_URL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("keys", nargs="*", help="surrogate keys, e.g. page-12 lijst-alle (default: all)")
        parser.add_argument("--url", action="append", default=[], help="a full address to purge (repeatable)")

    def handle(self, *args, keys, url, **options):
        if not purging():
            raise CommandError("FRONTEND_CACHE_URL is not set: nothing to purge.")
        keys = keys or ([] if url else ["all"])
        try:
            purge(keys, url)
        except ConnectionError as error:
            raise CommandError(f"Not purged: {error}") from error
        self.stdout.write(f"Purged: {' '.join(keys + url)}")
