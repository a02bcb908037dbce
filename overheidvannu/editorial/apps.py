from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate, post_save


class EditorialConfig(AppConfig):
    """The admin and the editorial process for all content: the two groups and
    the review workflow, the listings and filters of every page type, the
    dashboard, the reports (coverage, search terms, Prullenbak, broken
    links), the weekly review digest, atomic admin actions, the accessibility
    checker, who reads contact tips and who replaces live uploads, and the
    admin's Dutch.

    Above the content apps in the dependency graph: it may read `articles`,
    `opgaven`, `regions` and `overheidvannu.discovery`, and nothing but the
    shell (settings) names it. It has no models: its bookkeeping stays in
    `articles` (articles/models/editorial.py), which keeps those tables."""

    name = "overheidvannu.editorial"
    label = "editorial"
    verbose_name = "Redactie"

    def ready(self):
        from articles.models import ContactPage
        from overheidvannu.operations.periodic import Job, Schedule, register

        from . import admin_language, comment_notifications, roles, uploads
        from .actions import prune_processed_actions
        from .broken_links import check_links
        from .contact_submissions import ContactSubmissionsListView
        from .review_digest import send_review_digests

        # This app has no models, so it gets no post_migrate of its own: the
        # groups and the workflow are set up after articles' migrations, as
        # they were when this code lived there.
        post_migrate.connect(
            roles.ensure_editorial_setup,
            sender=global_apps.get_app_config("articles"),
            dispatch_uid="editorial-setup",
        )
        post_save.connect(roles.on_page_saved, dispatch_uid="editorial-section-permissions")
        comment_notifications.connect(post_save)

        # Wagtail's own attribute for a form page's submissions listing: the
        # contact page (a content model, which imports no admin view) gets the
        # formula-safe, logged exports.
        ContactPage.submissions_list_view_class = ContactSubmissionsListView

        admin_language.label_link_choosers()
        uploads.register_policies()

        # This app's periodic jobs (run by the task worker): the reviewers'
        # digest on Monday at 07:00, the link check every day at 05:00 and
        # the old one-time keys of admin actions every day at 04:45.
        register(Job("send_review_digest", Schedule(minute=0, hour=7, weekday=0), send_review_digests))
        register(Job("check_links", Schedule(minute=0, hour=5), check_links))
        register(Job("prune_processed_actions", Schedule(minute=45, hour=4), prune_processed_actions))
