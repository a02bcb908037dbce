from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How visitors find content: the home page, the filterable listings and
    their feeds, search, theme pages and the content cache behind them.

    Site-wide and at the top of the dependency graph: it reads `articles`,
    `opgaven` and `regions`; none of them imports it."""

    name = "overheidvannu.discovery"
    label = "discovery"
    verbose_name = "Vindbaarheid"

    def ready(self):
        from . import content_cache, search

        search.connect_signals()
        content_cache.connect_signals()
