"""`manage.py load_demo [--pages N]`: fill a site with the Dutch demo content.

Builds the curated demo (demo/builder.py; idempotent), adds N generated pages
for benchmarks when asked (demo/scale.py), then fills the search index and the
reference index once with Wagtail's own commands, as bakerydemo's
`load_initial_data` does. Indexing on every save instead would index each
curated page three times (created, revised, published).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from overheidvannu.demo import scale
from overheidvannu.demo.builder import DemoBuilder
from overheidvannu.demo.private_api import search_index_on_save_paused
from overheidvannu.discovery.search.indexing import reindex_on_publish_paused


class Command(BaseCommand):
    help = "Vult een lege site met Nederlandse voorbeeldinhoud (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages", type=int, default=0, help="Voeg dit aantal gegenereerde inhoudspagina's toe (schaaltest)."
        )

    def handle(self, *args, pages=0, **options):
        builder = DemoBuilder()
        added = 0
        # Both indexes are rebuilt below, so nothing is indexed per save or publish.
        with reindex_on_publish_paused(), search_index_on_save_paused(), disable_reference_index_auto_update():
            created = builder.build()
            self.stdout.write(self.style.SUCCESS(f"Voorbeeldinhoud staat klaar ({created} nieuwe inhoudspagina's)."))
            # tqdm redraws with carriage returns, so it writes to the raw stream,
            # not to Django's line-based OutputWrapper.
            added = scale.generate(pages, today=builder.today, progress_file=options.get("stderr")) if pages else 0
            if pages:
                self.stdout.write(self.style.SUCCESS(f"{added} gegenereerde pagina's toegevoegd."))
        if not created and not added and ReferenceIndex.objects.exists():
            # `make run` calls this on every start: an unchanged demo keeps the
            # indexes it got the first time (the reference index is rebuilt
            # last, so a filled one means both were).
            self.stdout.write("Niets nieuws: zoekindex en verwijzingen zijn al bijgewerkt.")
            return
        self.stdout.write("Zoekindex en verwijzingen bijwerken…")
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        if added:
            scale.refresh_planner_statistics()
        self.stdout.write(self.style.SUCCESS("Klaar."))
