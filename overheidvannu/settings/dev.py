"""Local development: SQLite by default, debug on, never for production."""

from .base import *  # noqa: F403

DEBUG = True
# A fixed, obviously non-production key so `make run` works with nothing set.
SECRET_KEY = "dev-only-insecure-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# `make run`'s printed login (ensure_dev_admin) needs no second factor here;
# False in base and production (and refused by a system check without DEBUG).
TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP = True
