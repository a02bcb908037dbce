"""`manage.py backup`: the database and the media files in one archive."""

import datetime
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from overheidvannu.operations import backup


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the database (pg_dump -Fc), every media file and a manifest "
        "(time, app version, counts). Restore it with `manage.py restore ARCHIVE`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="Archive file, or a directory to write a time-stamped archive in "
            "(default: $BACKUP_DIR, else var/backups/).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="After writing, keep only the newest N archives in that directory (0: keep all).",
        )

    def handle(self, *args, output=None, keep=0, verbosity=1, **options):
        now = datetime.datetime.now(datetime.UTC)
        target = Path(output or os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "var" / "backups")
        if target.is_dir() or not target.name.endswith((".tar.gz", ".tgz")):
            target = target / backup.default_archive_name(now)

        def log(message):
            if verbosity >= 1:
                self.stderr.write(message)

        manifest = backup.create_backup(target, log=log)
        if keep:
            backup.prune(target.parent, keep, log=log)
        counts = ", ".join(f"{count} {what}" for what, count in manifest["counts"].items())
        log(self.style.SUCCESS(f"Backup written: {counts}."))
        # The archive's path alone on stdout, for scripts.
        self.stdout.write(str(target))
