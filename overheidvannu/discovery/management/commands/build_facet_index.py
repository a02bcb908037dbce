from django.core.management.base import BaseCommand

from overheidvannu.discovery.facet_index import build_and_share


class Command(BaseCommand):
    help = (
        "Bouw de index achter de filteraantallen opnieuw op en deel hem via de gedeelde cache, zodat geen "
        "bezoeker erop wacht. De taakworker doet dit elk half uur; draai het zonder worker elk half uur uit cron."
    )

    def handle(self, *args, **options):
        done = build_and_share()
        self.stdout.write(f"Index opgebouwd: {done['published']} gepubliceerde item(s).")
