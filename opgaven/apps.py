from django.apps import AppConfig


class OpgavenConfig(AppConfig):
    name = "opgaven"
    verbose_name = "Opgaven"
