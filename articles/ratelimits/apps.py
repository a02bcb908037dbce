from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    """Counters for the rate limits of the public forms and the password
    reset, shared by every process and node (`store.count`)."""

    name = "articles.ratelimits"
    label = "ratelimits"
    verbose_name = "Limieten"
    default_auto_field = "django.db.models.BigAutoField"
