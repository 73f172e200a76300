"""Production: everything secret or site-specific comes from the environment.

Start-up stops with one line naming the variable when one is missing or malformed.
"""

import sys

from django.core.exceptions import ImproperlyConfigured

try:
    from .base import *

    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY is not set.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS is not set (comma-separated host names).")
    DATABASES = {"default": database_from_env()}
    REDIS_URL = redis_url_from_env()
    MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "disk").strip() or "disk"
    if MEDIA_STORAGE == "s3":
        STORAGES.update(s3_storages_from_env())
    elif MEDIA_STORAGE != "disk":
        raise ImproperlyConfigured("MEDIA_STORAGE is malformed: expected disk or s3.")
except ImproperlyConfigured as error:
    sys.stderr.write(f"Kennisplein cannot start: {error}\n")
    raise SystemExit(1) from None

# Wagtail's page preview is an iframe of the site itself, so SAMEORIGIN (not DENY) is needed.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

_redis = redis_cache_settings(REDIS_URL, release_id())
CACHES = _redis["CACHES"]
SESSION_ENGINE = _redis["SESSION_ENGINE"]
SESSION_CACHE_ALIAS = _redis["SESSION_CACHE_ALIAS"]

# Mail and slow work are queued in the database; `manage.py db_worker` sends them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Members' files (reflection attachments, forum images) and the kenniskring's documents:
# never under MEDIA_ROOT (with MEDIA_STORAGE=s3: in the private bucket or prefix instead).
KENNISKRING_PRIVATE_ROOT = Path(
    os.environ.get("PRIVATE_ROOT", str(MEDIA_ROOT.parent / "kenniskring-private"))
)
# Behind nginx: "x-accel" lets the proxy send private files after the site's check
# (X-Accel-Redirect to an `internal` location aliased to PRIVATE_ROOT); "django" streams them.
KENNISKRING_PRIVATE_SERVE = os.environ.get("PRIVATE_FILES_SERVE", "django").strip() or "django"
KENNISKRING_PRIVATE_ACCEL_PREFIX = os.environ.get("PRIVATE_FILES_ACCEL_PREFIX", "/_private/")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() in {"1", "true", "yes"}

# Behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() in {"1", "true", "yes"}
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]
