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
        from overheidvannu.operations.periodic import Job, Schedule, register

        from . import facet_index
        from .search import indexing

        indexing.connect()
        # The facet index built ahead of its maximum age (facet_index.py).
        register(Job("build_facet_index", Schedule(minute=3, every=30), facet_index.build_and_share))
