from django.apps import AppConfig


class OverheidVanNuConfig(AppConfig):
    """Site-wide pieces: settings, URLs, middleware, the HTTP cache in front,
    background tasks and e-mail."""

    name = "overheidvannu"
    verbose_name = "Overheid van Nu"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .site_address import sync_after_migrate

        post_migrate.connect(sync_after_migrate, dispatch_uid="ovn-sync-site")
        from . import signals

        signals.connect()
