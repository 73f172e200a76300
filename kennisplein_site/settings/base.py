"""Settings shared by every environment; safe for production by itself (no DEBUG, no key)."""

import os
import subprocess
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


MALFORMED_DATABASE_URL = "expected postgres://user:password@host:5432/name or sqlite:///path"


def database_from_env(default=None):
    """The database from `DATABASE_URL`, or `default` when it is unset."""
    url = os.environ.get("DATABASE_URL", "").strip() or default
    if not url:
        raise ImproperlyConfigured("DATABASE_URL is not set.")
    try:
        config = dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)
    except Exception as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL is malformed: {MALFORMED_DATABASE_URL}"
        ) from error
    if not config.get("ENGINE") or (
        "sqlite" not in config["ENGINE"] and not (config.get("NAME") and config.get("HOST"))
    ):
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {MALFORMED_DATABASE_URL}")
    if "sqlite" in config["ENGINE"]:
        # Take the write lock when a transaction starts, so concurrent writers queue up.
        config.setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
    return config


def redis_url_from_env():
    """The Redis address from `REDIS_URL`, checked so a typo fails at start-up."""
    url = os.environ.get("REDIS_URL", "").strip()
    if not url:
        raise ImproperlyConfigured("REDIS_URL is not set.")
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss", "unix"} or not (parts.hostname or parts.path):
        raise ImproperlyConfigured(
            "REDIS_URL is malformed: expected redis://host:port/db, rediss://… or unix://…"
        )
    return url


def release_id():
    """What tells this release's cached pages from another's during a rolling deploy:
    `KENNISPLEIN_RELEASE` (set it to the deployed commit or tag), else the checkout's git
    commit, else the project's version."""
    release = os.environ.get("KENNISPLEIN_RELEASE", "").strip()
    if release:
        return release
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "0.1.0"


def s3_storages_from_env(environ=os.environ):
    """Public media and private files in an S3-compatible store (django-storages): public
    media under `media/` of AWS_STORAGE_BUCKET_NAME with plain URLs (make that prefix, and
    only it, publicly readable); private files in AWS_PRIVATE_STORAGE_BUCKET_NAME (default:
    the same bucket) under PRIVATE_FILES_PREFIX (default `private`), never public, handed
    out as signed URLs that expire (kenniskring/serving.py)."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        raise ImproperlyConfigured("AWS_STORAGE_BUCKET_NAME is not set (MEDIA_STORAGE=s3).")
    common = {
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
        "region_name": environ.get("AWS_S3_REGION_NAME", "").strip() or None,
        "access_key": environ.get("AWS_ACCESS_KEY_ID", "").strip() or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY", "").strip() or None,
        "file_overwrite": False,
        "default_acl": None,
        "signature_version": "s3v4",
    }
    private_bucket = environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", "").strip() or bucket
    private_prefix = environ.get("PRIVATE_FILES_PREFIX", "private").strip("/ ") or "private"
    if private_bucket == bucket and private_prefix == "media":
        raise ImproperlyConfigured("PRIVATE_FILES_PREFIX must not be the public media prefix.")
    backend = "storages.backends.s3.S3Storage"
    return {
        "default": {
            "BACKEND": backend,
            "OPTIONS": {
                **common,
                "bucket_name": bucket,
                "location": "media",
                "querystring_auth": False,
            },
        },
        "kenniskring_private": {
            "BACKEND": backend,
            "OPTIONS": {
                **common,
                "bucket_name": private_bucket,
                "location": private_prefix,
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
    }


def redis_cache_settings(url, release):
    """The caches for Redis at `url`: they fail open (home/cache_backends.py) and give up on
    an unreachable or hung Redis within half a second. Sessions live in the database, with
    Redis in front (`cached_db`): a Redis outage or restart logs nobody out."""
    options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    backend = "home.cache_backends.FailOpenRedisCache"
    return {
        "CACHES": {
            "default": {
                "BACKEND": backend,
                "LOCATION": url,
                "KEY_PREFIX": f"kennisplein:{release}",
                "OPTIONS": options,
            },
            "sessions": {
                "BACKEND": backend,
                "LOCATION": url,
                "KEY_PREFIX": "kennisplein-session",
                "OPTIONS": options,
            },
        },
        "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db",
        "SESSION_CACHE_ALIAS": "sessions",
    }


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "home",
    "kenniskring",
    "kenniskring.learning",
    "kenniskring.forum",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_prose_editor",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kenniskring.input.RefuseControlCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.cache.PrivateWhenPersonalMiddleware",
    "home.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.admin_language.AdminInSiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "home.video_frames.VideoFrameSourcesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kennisplein_site.urls"
WSGI_APPLICATION = "kennisplein_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_from_env(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kennisplein",
    }
}
# Anonymous visitors' public pages are kept this long in the default cache (home/cache.py);
# every publish, unpublish or move purges them. 0 switches the page cache off.
KENNISPLEIN_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# A caching proxy or CDN in front (home/front_cache.py): the address that takes its HTTP
# PURGE requests, e.g. http://127.0.0.1:8080/. Unset: no front cache to purge.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

# Mail and slow work go through the task queue (kenniskring/tasks.py). Here each task runs
# at once, in the request; production queues them in the database for `db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the source, French and English are translations.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Nederlands")),
    ("fr", _("Frans")),
    ("en", _("Engels")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# Dates and times as each language writes them (DATE_FORMAT, TIME_FORMAT in templates).
FORMAT_MODULE_PATH = ["home.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kennisplein <noreply@kennisplein.be>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Kennisplein"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Stemming on PostgreSQL ("workshops" finds "workshop"): search documents in French and
# English with those languages' configurations, member content and everything else as Dutch
# (search/backend.py); SQLite's FTS5 matches whole words. After changing it:
# `manage.py rebuild_search_documents`.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "dutch",
        "LANGUAGE_CONFIGS": {"fr": "french", "en": "english"},
    }
}
# mp4, webm and vtt: the video block's own video files and their captions (home/blocks.py).
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp4",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "vtt",
    "webm",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.EditorImageForm"
# Off: the responsive wrapper is an inline style, which the CSP refuses; the site's CSS
# gives embedded players their proportions (.video__player iframe).
WAGTAILEMBEDS_RESPONSIVE_HTML = False

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): the site's own scripts, styles, images and fonts only;
# no frame source, except the video site's player on a page that embeds one
# (home/video_frames.py). The Wagtail admin is left out: it still uses inline
# scripts and styles in places, and only signed-in editors reach it.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# The video sites whose players a page may embed (their origins, for the CSP's frame-src).
KENNISPLEIN_VIDEO_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]

# Login and the kenniskring (see kenniskring/conf.py for the KENNISKRING_* defaults).
# The kenniskring's forms link to the privacy statement chosen in the site settings.
KENNISKRING_PRIVACY_URL = "home.privacy.privacy_url"
AUTHENTICATION_BACKENDS = [
    "kenniskring.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "kenniskring:login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "kenniskring/account/password_required.html"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The kenniskring keeps its own documents in its private storage (kenniskring/models/documents.py).
WAGTAILDOCS_DOCUMENT_MODEL = "kenniskring.KenniskringDocument"
# And its own images, with their renditions (kenniskring/models/images.py).
WAGTAILIMAGES_IMAGE_MODEL = "kenniskring.KenniskringImage"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
# Five wrong tries for one account from one address lock it for fifteen minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Twenty from one address, whatever the usernames, lock that address:
# KENNISKRING_LOGIN_FAILURES_PER_ADDRESS (kenniskring/conf.py).
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "kenniskring.views.account.locked_out"
AXES_VERBOSE = False
# How many proxies in front of the site append to X-Forwarded-For (0: none, use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "kenniskring.auth.client_ip"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
