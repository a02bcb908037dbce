"""Create (or reset) a local superuser for `make run` and print its login."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "overheidvannu-lokaal"  # noqa: S105 - a local development login, refused outside DEBUG


class Command(BaseCommand):
    help = "Maakt een lokale beheerder aan voor ontwikkeling en toont de inloggegevens."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen voor lokale ontwikkeling (DEBUG=True).")
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=USERNAME, defaults={"email": "admin@overheidvannu.example"})
        user.is_staff = user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Beheer: http://127.0.0.1:8000/admin/  gebruikersnaam: {USERNAME}  wachtwoord: {PASSWORD}"
            )
        )
