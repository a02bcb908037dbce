from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: the HTTP cache in front (surrogate keys, purges,
    the site-wide cache headers), background tasks and their retry rule, the
    mail outbox, the periodic jobs and their registry, uploads checked by
    content, image renditions served from local media, backups, the public
    site address and the retention of contact submissions.

    Depends only on `articles` and the framework: what the apps above want
    run periodically they register here (`periodic.register`), and what they
    purge is found through Wagtail's signals and reference index."""

    name = "overheidvannu.operations"
    label = "operations"
    verbose_name = "Beheer en bedrijfsvoering"

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_migrate
        from PIL import Image

        from . import (
            periodic,
            signals,
            tasks,  # noqa: F401 - registers the deploy check that asks for a task worker
        )
        from .site_address import sync_after_migrate

        # Pillow's decompression-bomb guard at the admin's own pixel limit:
        # a warning above it, an error at twice it, for every image Pillow opens.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        post_migrate.connect(sync_after_migrate, dispatch_uid="ovn-sync-site")
        signals.connect()
        periodic.register_own_jobs()
