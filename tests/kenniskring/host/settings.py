"""A minimal Wagtail host without Kennisplein's own apps: proves kenniskring is a plug-in."""

import sys
import tempfile
from importlib.abc import MetaPathFinder
from pathlib import Path


class RefuseHostApps(MetaPathFinder):
    """Any import of Kennisplein's host apps fails loudly in this host."""

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in {"home", "search", "kennisplein_site"}:
            raise ImportError(f"the kenniskring plug-in must not import {fullname}")
        return None


sys.meta_path.insert(0, RefuseHostApps())

HERE = Path(__file__).resolve().parent
SECRET_KEY = "plugin-host-test-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
INSTALLED_APPS = [
    "kenniskring",
    "kenniskring.learning",
    "kenniskring.forum",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django_prose_editor",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",
]
ROOT_URLCONF = "tests.kenniskring.host.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HERE / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("fr", "Frans"), ("en", "Engels")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(tempfile.gettempdir()) / "kenniskring-plugin-host-media"
MEDIA_URL = "/media/"
WAGTAIL_SITE_NAME = "Host"
WAGTAILADMIN_BASE_URL = "http://testserver"

# What the kenniskring asks of its host (see kenniskring/README.md).
AUTHENTICATION_BACKENDS = [
    "kenniskring.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "kenniskring:login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "kenniskring/account/password_required.html"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_MODEL = "kenniskring.KenniskringDocument"
WAGTAILIMAGES_IMAGE_MODEL = "kenniskring.KenniskringImage"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "kenniskring.views.account.locked_out"
AXES_CLIENT_IP_CALLABLE = "kenniskring.auth.client_ip"
AXES_VERBOSE = False
KENNISKRING_BASE_TEMPLATE = "host_base.html"
