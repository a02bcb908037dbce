from django.apps import AppConfig


class OverheidVanNuConfig(AppConfig):
    """The project shell: settings, URLs, WSGI, the site-wide views and error
    pages, and the template tags. Each concern is an app beneath it
    (`discovery`, `alerts`, `editorial`, `security`, `operations`, `demo`),
    which wires itself up in its own `ready()`."""

    name = "overheidvannu"
    label = "overheidvannu"
    verbose_name = "Overheid van Nu"
