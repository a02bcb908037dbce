from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """E-mail alerts for any listing's filters (double opt-in, GOV.UK style).

    Site-wide and at the top of the dependency graph: it reads a listing's
    query through `overheidvannu.discovery.filters.ListingQuery` and content
    through `ContentPage.objects.published()`; nothing below imports it."""

    name = "overheidvannu.alerts"
    label = "alerts"
    verbose_name = "E-mailattenderingen"

    def ready(self):
        from overheidvannu.operations.periodic import Job, Schedule, register

        from .sending import send_alerts

        # Every hour: the alerts that are due, and unconfirmed requests older than 7 days.
        register(Job("send_alerts", Schedule(minute=7), send_alerts))
