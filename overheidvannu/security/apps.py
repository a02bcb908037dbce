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


class SecurityConfig(AppConfig):
    """The admin's doors: lockout after failed logins (django-axes), the
    second factor (django-otp) for the admin, private pages and restricted
    documents, the limited password reset, the security headers and the
    system checks that guard their settings.

    Depends only on `articles` (the editorial group names) and the framework."""

    name = "overheidvannu.security"
    # Unique among the installed apps (no models, so no table or permission
    # carries it: should a package named so ever be installed, rename it freely).
    label = "security"
    verbose_name = "Beveiliging"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from . import checks, lockout, two_factor  # noqa: F401 - registers the system checks

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
