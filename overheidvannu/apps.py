from django.apps import AppConfig


class OverheidVanNuConfig(AppConfig):
    """The project shell: settings, URLs, WSGI, the site-wide views and error
    pages, and the template tags. Each concern is an app beneath it
    (`discovery`, `alerts`, `security`, `operations`, `demo`)."""

    name = "overheidvannu"
    label = "overheidvannu"
    verbose_name = "Overheid van Nu"

    def ready(self):
        # The editorial admin's wiring, until it has an app of its own
        # (issue 20: `overheidvannu/editorial/`).
        from articles.review_digest import send_review_digests

        from .admin_language import label_link_choosers
        from .operations.periodic import Job, Schedule, register
        from .upload_permissions import register_policies

        label_link_choosers()
        register_policies()
        # The weekly digest for reviewers: Monday 07:00.
        register(Job("send_review_digest", Schedule(minute=0, hour=7, weekday=0), send_review_digests))
