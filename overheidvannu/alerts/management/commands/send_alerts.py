from django.core.management.base import BaseCommand

from overheidvannu.alerts.sending import send_alerts


class Command(BaseCommand):
    help = (
        "Verstuur de e-mailattenderingen die aan de beurt zijn (idempotent: twee keer draaien verstuurt niets "
        "dubbel) en verwijder onbevestigde aanmeldingen ouder dan 7 dagen. De taakworker doet dit elk uur; "
        "draai het zonder worker elk uur uit cron."
    )

    def handle(self, *args, **options):
        done = send_alerts()
        self.stdout.write(
            f"{done['sent']} attendering(en) verstuurd, {done['deleted']} onbevestigde aanmelding(en) verwijderd."
        )
