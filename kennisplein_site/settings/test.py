"""Test runs: fast hashing, in-memory cache and mail, plain static storage."""

from .base import *

SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
MEDIA_ROOT = BASE_DIR / "media-test"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests share one process-wide cache across databases: the page cache is on only where a
# test asks for it (tests/performance/test_page_cache.py).
KENNISPLEIN_PAGE_CACHE_SECONDS = 0
# The rate limits count in the process-wide cache, which tests share: the test of the
# password reset limit sets its own.
KENNISKRING_PASSWORD_RESETS_PER_HOUR = 1000
# Test databases are thrown away: a commit need not wait for the disk (migrations commit once
# per migration, the transactional tests once per row).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
