from django.core.management.base import BaseCommand

from overheidvannu.operations.retention import delete_old_submissions


class Command(BaseCommand):
    help = (
        "Verwijder inzendingen van formulieren (Tip de redactie) die ouder zijn dan "
        "CONTACT_SUBMISSION_RETENTION_DAYS dagen, zoals de privacyverklaring belooft. "
        "De taakworker doet dit dagelijks; draai het zonder worker dagelijks uit cron."
    )

    def handle(self, *args, **options):
        deleted = delete_old_submissions()
        self.stdout.write(f"{deleted} inzending(en) verwijderd.")
