from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate


def grant_lockout_permissions(sender=None, using="default", **kwargs):
    """Eindredacteuren see and lift admin lockouts (axes' AccessAttempt)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from articles.permissions import REVIEWERS

    create_permissions(global_apps.get_app_config("axes"), verbosity=0, using=using)
    reviewers, _ = Group.objects.using(using).get_or_create(name=REVIEWERS)
    reviewers.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label="axes", codename__in=["view_accessattempt", "delete_accessattempt"]
        )
    )


class OverheidVanNuConfig(AppConfig):
    """Site-wide pieces: settings, URLs, middleware, admin security, the HTTP
    cache in front, background tasks and e-mail."""

    name = "overheidvannu"
    label = "overheidvannu"
    verbose_name = "Overheid van Nu"

    def ready(self):
        from axes.signals import user_locked_out
        from django.conf import settings
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from PIL import Image

        from . import tasks  # noqa: F401 - registers the deploy check that asks for a task worker
        from .security import checks, lockout, two_factor  # noqa: F401 - registers the system checks

        # Pillow's decompression-bomb guard at the admin's own pixel limit:
        # a warning above it, an error at twice it, for every image Pillow opens.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        user_login_failed.connect(lockout.log_login_failed, dispatch_uid="ovn_log_login_failed")
        user_locked_out.connect(lockout.log_locked_out, dispatch_uid="ovn_log_locked_out")
        user_logged_in.connect(two_factor.start_session_clock, dispatch_uid="ovn_session_clock")
        # This app has no models, so it gets no post_migrate of its own: hook
        # onto axes', which comes after the editorial groups are made.
        post_migrate.connect(
            grant_lockout_permissions,
            sender=global_apps.get_app_config("axes"),
            dispatch_uid="ovn_lockout_permissions",
        )

        from . import signals
        from .site_address import sync_after_migrate

        post_migrate.connect(sync_after_migrate, dispatch_uid="ovn-sync-site")
        signals.connect()
