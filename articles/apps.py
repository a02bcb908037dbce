from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Shared content base, taxonomy (levels, themes), people and organisations,
    and the content types: stories, essays, tips and events."""

    name = "articles"
    verbose_name = "Kennisbank"

    def ready(self):
        from wagtail.signals import page_published

        from .models.base import on_content_published

        page_published.connect(on_content_published, dispatch_uid="articles-publication-date")

        from . import content_cache
        from .models import Abbreviation, ContentPage, Level, Theme

        content_cache.connect_signals(ContentPage, (Theme, Level, Abbreviation))
