from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: the curated content in `data/` (TOML), its loader, the
    generated images and audio, `manage.py load_demo` and, for `make run`,
    `manage.py ensure_dev_admin`.

    May read every app of the project except the shell; nothing imports it
    outside the tests and the benchmarks."""

    name = "overheidvannu.demo"
    label = "demo"
    verbose_name = "Demo-inhoud"
