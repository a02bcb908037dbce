from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How visitors find content: the home page, the filterable listings and
    their feeds, search and theme pages (their derived data cached by
    `articles.content_cache`).

    Site-wide and at the top of the dependency graph: it reads `articles`,
    `opgaven` and `regions`; none of them imports it."""

    name = "overheidvannu.discovery"
    label = "discovery"
    verbose_name = "Vindbaarheid"

    def ready(self):
        from .search import indexing

        indexing.connect()
