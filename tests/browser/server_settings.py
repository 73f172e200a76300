"""Settings for the site that the browser tests drive: the test settings, served for real.

The server runs in its own process against its own SQLite file (never `DATABASE_URL`), with
DEBUG off as in production; static files come straight from the apps through whitenoise,
uploaded media from a temporary folder, and e-mails land as files the tests can read.
"""

import os
from pathlib import Path

from kennisplein_site.settings.base import database_from_env
from kennisplein_site.settings.test import *  # noqa: F403

DATABASES = {"default": database_from_env()}
ROOT_URLCONF = "tests.browser.server_urls"
MEDIA_ROOT = Path(os.environ["BROWSER_MEDIA_ROOT"])
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["BROWSER_MAIL_DIR"]
WHITENOISE_USE_FINDERS = True
WAGTAILADMIN_BASE_URL = os.environ["BROWSER_BASE_URL"]
# The journeys register several times from 127.0.0.1; the limit itself has its own tests.
HOME_REGISTRATION_RATE_LIMIT = 1000
