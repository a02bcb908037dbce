from django.core.management.base import BaseCommand

from overheidvannu.operations.site_address import sync_default_site


class Command(BaseCommand):
    help = "Set the default Wagtail Site's hostname and port from WAGTAILADMIN_BASE_URL (or --base-url)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", help="the public base URL, e.g. https://www.overheidvannu.nl")

    def handle(self, *args, base_url=None, **options):
        site = sync_default_site(base_url)
        if site is None:
            self.stderr.write("No default site yet: run migrate and load content first.")
            return
        self.stdout.write(f"Site: {site.root_url}")
