"""`manage.py restore ARCHIVE`: bring back a backup into an empty site."""

from django.conf import settings
from django.core.management.base import BaseCommand

from overheidvannu.operations import backup
from overheidvannu.operations.site_address import sync_default_site


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into an empty database and media storage. "
        "Refuses a target that holds anything unless --force is given, which first drops every table "
        "in the database and deletes every media file. Stop the site (and its workers) while restoring."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz archive to restore.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace what is in the database and media storage (everything in them is lost).",
        )

    def handle(self, *args, archive, force=False, verbosity=1, **options):
        def log(message):
            if verbosity >= 1:
                self.stderr.write(message)

        _manifest, counts = backup.restore_backup(archive, force=force, log=log)
        summary = ", ".join(f"{count} {what}" for what, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}: {summary}."))
        if getattr(settings, "SYNC_SITE_FROM_BASE_URL", False):
            # A backup of production restored on staging answers on staging's
            # address, not on the one stored in the archive.
            site = sync_default_site()
            if site is not None:
                self.stdout.write(f"Site: {site.root_url}")
        self.stdout.write("Rebuild the search index if it lives outside the database: manage.py update_index")
