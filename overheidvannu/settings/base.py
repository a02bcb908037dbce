"""Settings shared by every environment.

Environment-specific modules (`dev`, `test`, `production`) import from here and
override only what differs. Nothing secret lives in this file.
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """Comma-separated environment variable as a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "articles",
    "opgaven",
    "regions",
    "overheidvannu.discovery",
    "overheidvannu",
    "wagtail.contrib.redirects",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves hashed, compressed static files from the app server itself.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Each admin POST is one transaction and is applied at most once.
    "articles.editorial_actions.AtomicAdminActionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "overheidvannu.middleware.PublicCacheControlMiddleware",
    "overheidvannu.middleware.ContentSecurityPolicyMiddleware",
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
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
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
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
# No avatars from Gravatar: that would send a hash of each editor's address
# to another origin on every admin page. Wagtail shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "csv", "txt"]
# Documents only through Wagtail's serve view, which checks privacy and permissions.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Alt text is required on upload, with an explicit "decoratief" choice.
WAGTAILIMAGES_IMAGE_FORM_BASE = "articles.images.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
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
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _search_backend if "." in _search_backend else f"wagtail.search.backends.{_search_backend}",
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
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Facet counts and the filter vocabulary are cached per content version and
# for at most this long (seconds); see overheidvannu/discovery/content_cache.py.
CONTENT_CACHE_SECONDS = int(os.environ.get("CONTENT_CACHE_SECONDS", "300"))

# Public pages may be cached by a CDN for this long (seconds).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview panel needs same-origin frames

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

SECURITY_CONTACT_EMAIL = os.environ.get("SECURITY_CONTACT_EMAIL", "security@overheidvannu.example")
