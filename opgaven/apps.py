from django.apps import AppConfig


class OpgavenConfig(AppConfig):
    name = "opgaven"
    verbose_name = "Opgaven"

    def ready(self):
        from wagtail.signals import page_published

        from .crossovers import on_page_published
        from .models import OpgavePage

        page_published.connect(on_page_published, sender=OpgavePage, dispatch_uid="opgaven-mirror-crossovers")
