"""WSGI entry point: `gunicorn overheidvannu.wsgi` serves the whole site."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "overheidvannu.settings.production")

application = get_wsgi_application()
