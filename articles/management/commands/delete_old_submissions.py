import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission


class Command(BaseCommand):
    help = (
        "Verwijder inzendingen van formulieren (Tip de redactie) die ouder zijn dan "
        "CONTACT_SUBMISSION_RETENTION_DAYS dagen, zoals de privacyverklaring belooft. Draai dagelijks."
    )

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.CONTACT_SUBMISSION_RETENTION_DAYS)
        deleted, _ = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
        self.stdout.write(f"{deleted} inzending(en) verwijderd.")
