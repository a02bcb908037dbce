"""Settings shared by every environment.

Environment-specific modules (`dev`, `test`, `production`) import from here and
override only what differs. Nothing secret lives in this file.
"""

import importlib.util
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """Comma-separated environment variable as a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def search_client_module(backend):
    """The client package a SEARCH_BACKEND name needs (None if unknown)."""
    if backend.startswith("elasticsearch"):
        return "elasticsearch"
    if backend.startswith("opensearch"):
        return "opensearchpy"
    return None


INSTALLED_APPS = [
    "articles",
    # Rate-limit counters shared by every worker (Redis, else the database).
    "articles.ratelimits",
    "opgaven",
    "regions",
    # The site package's apps in the order of their layers (tests/test_architecture.py),
    # then the shell: settings, URLs, site-wide views and error pages.
    "overheidvannu.operations",
    "overheidvannu.security",
    "overheidvannu.discovery",
    "overheidvannu.alerts",
    # The admin and the editorial process; before wagtail.images and
    # wagtail.documents (its upload permission policies, editorial/uploads.py).
    "overheidvannu.editorial",
    "overheidvannu.demo",
    "overheidvannu",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    # Background work (search index, purges, cache warming, e-mail): the
    # database backend's tables; `manage.py db_worker` runs them.
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Two-factor authentication for the admin (see overheidvannu/security/).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Admin lockout after repeated failed logins; last, as its docs ask.
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise so static files get the header too.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Serves hashed, compressed static files from the app server itself.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The Wagtail Site from the content cache: no query per request.
    "overheidvannu.operations.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "overheidvannu.security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Each admin POST is one transaction and is applied at most once.
    "overheidvannu.editorial.actions.AtomicAdminActionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Outside the Cache-Control middleware: tags what a shared cache may keep
    # with surrogate keys (overheidvannu/operations/frontend_cache.py).
    "overheidvannu.operations.frontend_cache.SurrogateKeyMiddleware",
    "overheidvannu.operations.middleware.PublicCacheControlMiddleware",
    "overheidvannu.security.headers.ContentSecurityPolicyMiddleware",
    # Last: turns a locked-out login into the 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses locked-out user names and addresses before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "overheidvannu.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "overheidvannu.wsgi.application"

# SQLite is the laptop default for `make run`; PostgreSQL comes from DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A persistent connection is checked before a request reuses it, so a
        # PostgreSQL restart costs no failed request and needs no app restart.
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Each transaction takes SQLite's write lock when it begins and waits up
    # to 20 s for it: two admin actions (or an action and autosave) queue
    # instead of failing with "database is locked" (overheidvannu/editorial/actions.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
# Dutch for what Wagtail's own Dutch catalogue leaves in English (see overheidvannu/editorial/admin_language.py).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
# Collected files go elsewhere than the source folder `static/`.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Overheid van Nu"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Editors read Dutch only: no language choice in the account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
# Wagtail's login form with a Dutch label for the password (overheidvannu/editorial/admin_language.py).
WAGTAILADMIN_USER_LOGIN_FORM = "overheidvannu.editorial.admin_language.LoginForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
# No avatars from Gravatar: that would send a hash of each editor's address
# to another origin on every admin page. Wagtail shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# Uploads: names are only a first filter; overheidvannu/operations/uploads.py checks the
# content of every file against the same allowlist (no SVG, no HTML). Audio
# (mp3, ogg, oga, m4a) is for the audio block. The form bases add who may
# replace an upload a live page uses (overheidvannu/editorial/uploads.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "csv", "txt", "mp3", "ogg", "oga", "m4a"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "overheidvannu.editorial.uploads.DocumentForm"
# Documents only through Wagtail's serve view, which checks privacy and permissions.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# PDFs open in the browser and audio plays there; every other document is a
# download. Audio types by extension, whatever the system's MIME table says.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "audio/mpeg", "audio/ogg", "audio/mp4"]
WAGTAILDOCS_CONTENT_TYPES = {"mp3": "audio/mpeg", "ogg": "audio/ogg", "oga": "audio/ogg", "m4a": "audio/mp4"}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Alt text is required on upload, with an explicit "decoratief" choice
# (articles/images.py), and the file's content is checked (overheidvannu/operations/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "overheidvannu.editorial.uploads.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels: any camera photo, not a decompression bomb. Pillow's own
# guard (Image.MAX_IMAGE_PIXELS) is set to the same number in overheidvannu/operations/apps.py.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Embeds are rendered as privacy-friendly links, never as third-party iframes.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
TAGGIT_CASE_INSENSITIVE = True

# Search: PostgreSQL full-text search with a Dutch, accent-insensitive
# configuration (created by a migration in `articles`), or Elasticsearch /
# OpenSearch when SEARCH_URL is set. Nothing above the backend changes.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
if SEARCH_URL:
    # SEARCH_BACKEND: elasticsearch7|8|9 or opensearch2|3 (or a dotted path);
    # the matching client (elasticsearch / opensearch-py) must be installed.
    _search_backend = os.environ.get("SEARCH_BACKEND", "elasticsearch8")
    _search_backend_path = _search_backend if "." in _search_backend else f"wagtail.search.backends.{_search_backend}"
    _search_client = search_client_module(_search_backend)
    if _search_client and importlib.util.find_spec(_search_client) is None:
        # A missing client must not break page saves: behave as if the search
        # host were down (overheidvannu/discovery/search/unavailable.py).
        _search_backend_path = "overheidvannu.discovery.search.unavailable"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _search_backend_path,
            "URLS": [SEARCH_URL],
            # Index names become <prefix>wagtailcore_page, <prefix>articles_theme, …
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "overheidvannu_"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            # Merged into modelsearch's own index settings (which keep their
            # ngram analyzers for autocomplete): the default analyzer, used for
            # every full-text field, is Dutch and accent-insensitive.
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {
                            "default": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                            }
                        },
                        "filter": {
                            "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                            "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                        },
                    }
                }
            },
        }
    }
    if _search_backend_path == "overheidvannu.discovery.search.unavailable":
        WAGTAILSEARCH_BACKENDS["default"]["REASON"] = (
            f"SEARCH_BACKEND {_search_backend} needs the Python package '{_search_client}', which is not installed"
        )
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            **({"SEARCH_CONFIG": "dutch_unaccent"} if DATABASE_IS_POSTGRES else {}),
        }
    }

# Cache: Redis when configured (and tolerant of Redis being down), else local memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                # Redis down is a cache miss, never an error page...
                "IGNORE_EXCEPTIONS": True,
                # ...and never a hung request when it does not even refuse.
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Facet counts and the filter vocabulary are cached per content version and
# for at most this long (seconds); see articles/content_cache.py.
CONTENT_CACHE_SECONDS = int(os.environ.get("CONTENT_CACHE_SECONDS", "300"))

# Public pages may be cached by a CDN for this long (seconds).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview panel needs same-origin frames

# Content-Security-Policy (django-csp 4): strict for the public site, whose
# templates carry no inline scripts, styles or event handlers and load nothing
# from another origin. The admin and documents get their own policies in
# overheidvannu/security/headers.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

# Permissions-Policy (django-permissions-policy): every powerful browser
# feature off; the site uses none of them (embeds are plain links, no maps,
# no media capture, no payments). Clipboard writing stays allowed for the
# admin's copy buttons.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "sync-xhr",
        "usb",
        "web-share",
        "xr-spatial-tracking",
    ]
}

# Admin lockout (django-axes), for people, not offices: 5 failed logins for
# one user name from one address lock that name on that address; an address
# as a whole only after LOGIN_ADDRESS_FAILURE_LIMIT failures over several names,
# a name from every address after LOGIN_USERNAME_FAILURE_LIMIT failures from
# several addresses (overheidvannu/security/lockout.py), each for
# AXES_COOLOFF_MINUTES after the last failure. Locked-out tries get the Dutch
# page templates/security/lockout.html with status 429. Eindredacteuren see
# and lift lockouts under Instellingen → Inlogblokkades.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = "overheidvannu.security.lockout.lockout_parameters"
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "50"))
LOGIN_USERNAME_FAILURE_LIMIT = int(os.environ.get("LOGIN_USERNAME_FAILURE_LIMIT", "30"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "overheidvannu.security.lockout.lockout_response"
# The visitor's address, for the lockout as for the form limits and the logs:
# REMOTE_ADDR, or, behind TRUSTED_PROXY_COUNT proxies that each write to
# X-Forwarded-For, the address the outermost one saw (articles/client_address.py,
# README "The visitor's address"). 0 here; production defaults to 1.
AXES_CLIENT_IP_CALLABLE = "articles.client_address.client_ip"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Successful logins are not stored (privacy); failures are, until lifted or expired.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # no Django admin: the Wagtail admin lists lockouts
AXES_VERBOSE = False  # our own log lines (overheidvannu.security) say it in one place

# Two-factor authentication (django-otp, TOTP plus recovery codes): required
# for Eindredacteuren and superusers, offered to everyone else with admin
# access. Only the dev settings may let `make run`'s printed login skip it.
TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP = False
OTP_TOTP_ISSUER = "Overheid van Nu"
# A signed-in session ends 12 hours after the password step and after an hour
# without a request (overheidvannu/security/two_factor.py); visitors get none.
SESSION_COOKIE_AGE = 12 * 60 * 60
SESSION_IDLE_TIMEOUT = 60 * 60

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Failed logins, lockouts, lifted lockouts and 2FA events: always kept.
    "loggers": {"overheidvannu.security": {"level": "INFO"}},
}

# Background tasks (django-tasks). `immediate` runs each task inside the
# request, so `make run` and a lone `gunicorn` need no worker (and
# `check --deploy` warns: overheidvannu/operations/tasks.py); production with a worker
# sets TASKS_BACKEND=database and runs `manage.py db_worker`. Mail always
# waits in the database: without a worker in the `mail` backend, sent by the
# web process after commit and retried (overheidvannu/operations/mail.py).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }.get(TASKS_BACKEND, TASKS_BACKEND)
    },
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- E-mail --------------------------------------------------------------------
# Every message is written to a durable outbox (overheidvannu/operations/mail.py) and sent
# over MAIL_TRANSPORT_BACKEND (SMTP) by the worker, or without one by a thread of
# the web process, with retries: no action waits for or fails on the mail server.
# SMTP comes only from the environment; without EMAIL_HOST no mail goes out and
# /volgen/ says that alerts are unavailable.
# `make run` prints mails to the console (dev.py); tests keep them in memory or
# send them to a real SMTP server started by the test.
EMAIL_BACKEND = "overheidvannu.operations.mail.QueuedEmailBackend"
MAIL_TRANSPORT_BACKEND = os.environ.get("MAIL_TRANSPORT_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587") or "587")
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # a hanging mail server must not hang a worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Overheid van Nu <redactie@overheidvannu.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds to wait before each new try of a message the mail server refused or
# did not answer; after the last, every last delay until it goes out.
MAIL_RETRY_DELAYS = [int(s) for s in env_list("MAIL_RETRY_DELAYS", "30,60,300,900,3600,21600")]
# Contact-form submissions are deleted after this many days by
# `manage.py delete_old_submissions` (the privacy page states the same period).
CONTACT_SUBMISSION_RETENTION_DAYS = 90

# HTTP cache in front: Wagtail's frontend-cache backends, one per address in
# FRONTEND_CACHE_URL (comma-separated for several Varnish nodes), purged by
# surrogate key and by address (overheidvannu/operations/varnish.py); nothing
# is purged when unset.
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "overheidvannu.operations.varnish.XkeyVarnishBackend", "LOCATION": url}
    for number, url in enumerate(env_list("FRONTEND_CACHE_URL"), start=1)
}
# Response header carrying the surrogate keys: `xkey` for Varnish's xkey vmod,
# `Surrogate-Key` for Fastly, `Cache-Tag` for Cloudflare.
SURROGATE_KEY_HEADER = os.environ.get("SURROGATE_KEY_HEADER", "xkey")
# After a change, serve the previous facet counts while a task recomputes
# them (see articles/content_cache.py).
# Needs a worker and a cache shared with it (Redis).
_serve_stale_default = "1" if TASKS_BACKEND != "immediate" and REDIS_URL else "0"
CONTENT_CACHE_SERVE_STALE = os.environ.get("CONTENT_CACHE_SERVE_STALE", _serve_stale_default) == "1"

SECURITY_CONTACT_EMAIL = os.environ.get("SECURITY_CONTACT_EMAIL", "security@overheidvannu.example")

# --- end e-mail ---------------------------------------------------------------
