"""Send the mail that waits in the outbox (overheidvannu/operations/mail.py): without a
task worker from cron every few minutes, so a mail the mail server refused or
did not answer goes out soon after it is back; with a worker it runs as a
periodic job (overheidvannu/operations/periodic.py)."""

from django.core.management.base import BaseCommand

from overheidvannu.operations.mail import put_back_stale, send_waiting_mail, waiting_mail


class Command(BaseCommand):
    help = (
        "Verstuur de e-mail die nog wacht (de mailserver weigerde of antwoordde niet) en aan de beurt is. "
        "Zonder taakworker: draai dit elke paar minuten uit cron."
    )

    def handle(self, *args, **options):
        put_back_stale()
        sent = send_waiting_mail()
        self.stdout.write(f"{sent} e-mail(s) verstuurd, {waiting_mail().count()} wacht(en) nog.")
