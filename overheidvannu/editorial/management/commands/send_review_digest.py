"""The weekly "wacht op jou" digest (overheidvannu/editorial/review_digest.py).
The task worker sends it on Monday morning (a periodic job, registered in
overheidvannu/editorial/apps.py); without a worker, run it weekly from cron:
`python manage.py send_review_digest`."""

from django.core.management.base import BaseCommand

from overheidvannu.editorial.review_digest import send_review_digests


class Command(BaseCommand):
    help = "Stuurt elke eindredacteur een overzicht van wat op diens review wacht."

    def handle(self, *args, **options):
        sent = send_review_digests()
        self.stdout.write(f"{sent} overzicht(en) verstuurd.")
