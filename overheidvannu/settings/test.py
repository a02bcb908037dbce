"""Test settings: PostgreSQL from DATABASE_URL, fast password hashing."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail stays in memory; a task worker started by a test (tests/servers.py)
# sets TEST_EMAIL_BACKEND to queue its mail as production does.
EMAIL_BACKEND = os.environ.get("TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# One media folder per pytest-xdist worker: tests that count the files they
# leave behind must not see another worker's uploads.
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Manifest-free so tests need no collectstatic; production hashes.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# As in production while media are stored locally: renditions served by the app.
SERVE_LOCAL_MEDIA = True
if os.environ.get("TEST_ALLOW_SQLITE") != "1" and not DATABASE_IS_POSTGRES:  # noqa: F405
    raise RuntimeError("Tests run on PostgreSQL: set DATABASE_URL (make test does this).")
# scripts/test.sh makes each test database a copy of one migrated template
# (tests/migrated_template.py) instead of migrating every worker's own.
if os.environ.get("TEST_DATABASE_TEMPLATE"):
    DATABASES["default"]["TEST"] = {  # noqa: F405
        **DATABASES["default"].get("TEST", {}),  # noqa: F405
        "TEMPLATE": os.environ["TEST_DATABASE_TEMPLATE"],
    }
# Serve static files straight from the source folders: no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Keeping the search index up to date costs ~70 ms and a dozen queries per
# page save, and most tests never search. Tests that do opt in with the
# `search_index` fixture (tests/conftest.py) or SEARCH_INDEXING below.
SEARCH_INDEXING = {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": True}  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}  # noqa: F405
