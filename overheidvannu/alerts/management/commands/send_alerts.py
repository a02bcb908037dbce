from django.core.management.base import BaseCommand

from overheidvannu.alerts.sending import delete_expired_requests, send_due


class Command(BaseCommand):
    help = (
        "Verstuur de e-mailattenderingen die aan de beurt zijn (idempotent: twee keer draaien verstuurt niets "
        "dubbel) en verwijder onbevestigde aanmeldingen ouder dan 7 dagen. Draai elk uur."
    )

    def handle(self, *args, **options):
        deleted = delete_expired_requests()
        sent = send_due()
        self.stdout.write(f"{sent} attendering(en) verstuurd, {deleted} onbevestigde aanmelding(en) verwijderd.")
