"""Production: configured only by environment variables, no insecure defaults."""

import os
import sys

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    sys.exit("SECRET_KEY is not set: refusing to start (set it in the environment).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# That proxy also writes the visitor's address to X-Forwarded-For; the form
# limits, the lockout and the logs read it (articles/client_address.py).
# Set to the number of proxies in front of gunicorn that write to the header
# (deploy/'s TLS proxy and Varnish: 2); 0 if gunicorn faces clients directly.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# The health check is probed over plain HTTP by the load balancer.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# security.W019 asks for X_FRAME_OPTIONS = "DENY". Wagtail's live preview and
# block previews render the site inside a same-origin iframe in the admin, so
# SAMEORIGIN (set in base) is needed; other origins still cannot frame us.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed and compressed; served by WhiteNoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True  # documents stay private; Wagtail serves them
    AWS_S3_FILE_OVERWRITE = False
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
    # Original uploads are never public; the public only sees renditions.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- end e-mail ---------------------------------------------------------------

# Serve public media (image renditions) from the app while stored locally.
SERVE_LOCAL_MEDIA = not AWS_STORAGE_BUCKET_NAME

# Persistent database connections, checked before reuse: opening a PostgreSQL
# connection per request cost ~15 ms of database CPU a request. Keep
# max-age × workers within PostgreSQL's max_connections (or use PgBouncer).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "600"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# The Wagtail Site record follows WAGTAILADMIN_BASE_URL on every `migrate`
# (and `manage.py sync_site`), so sitemap, API, feeds and e-mails carry the
# public address (overheidvannu/operations/site_address.py).
SYNC_SITE_FROM_BASE_URL = True

# --- e-mail for editors (SMTP itself: the E-mail block in base.py) -------------
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# Wagtail's "Wachtwoord vergeten?" sends a reset link (on by default; explicit here).
WAGTAIL_PASSWORD_RESET_ENABLED = True
