from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Shared content base, taxonomy (levels, themes), people and organisations,
    and the content types: stories, essays, tips and events."""

    name = "articles"
    verbose_name = "Kennisbank"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from .editorial import ensure_editorial_setup, on_page_saved

        post_migrate.connect(ensure_editorial_setup, sender=self)
        post_save.connect(on_page_saved, dispatch_uid="articles-section-permissions")

        from wagtail.signals import page_published

        from .models.base import on_content_published

        page_published.connect(on_content_published, dispatch_uid="articles-publication-date")

        from . import content_cache
        from .models import ContentPage, Level, Theme

        content_cache.connect_signals(ContentPage, (Theme, Level))
