"""The kenniskring's settings: each one can be set by the host as ``KENNISKRING_<NAME>``."""

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULTS = {
    # The address of the site's kenniskring page below the language prefix: the member views
    # (forum, reflections, portfolios, ...) live below it. Read when the URLs load.
    "PATH": "kenniskring/",
    # The template every kenniskring page and account page extends.
    "BASE_TEMPLATE": "base.html",
    # Groups whose users may enter the kenniskring.
    "MEMBER_GROUP": "Kenniskring",
    "PARTNER_GROUP": "Partners",
    # The document/image collection that only members and partners may see.
    "COLLECTION_NAME": "Kenniskring",
    # Days an invitation link stays valid.
    "INVITATION_DAYS": 7,
    # Where a member lands after login when no page was asked for.
    "LOGIN_REDIRECT_URL": "/",
    # How many themes a project may choose on the halfway day.
    "MAX_THEME_VOTES": 3,
    # When the mail server refuses, the task queue tries again after these many seconds.
    "MAIL_RETRY_SECONDS": [60, 300, 900, 3600, 6 * 3600],
    # Wrong passwords from one address, whatever the usernames, before that address is
    # locked out for AXES_COOLOFF_TIME (axes itself counts per username and address).
    "LOGIN_FAILURES_PER_ADDRESS": 20,
    # Password reset mails one network address or one e-mail address may ask for an hour.
    "PASSWORD_RESETS_PER_HOUR": 5,
    # Views of the kenniskring's home this close together are one visit; what is new is
    # counted from the end of the visit before.
    "HOME_VISIT_GAP_MINUTES": 30,
    # On a first visit, the home shows what is new of these last days.
    "HOME_FIRST_VISIT_DAYS": 14,
    # The privacy statement the forms that collect personal data link to: an address, or the
    # dotted path of a function of the request that returns one ("" for none).
    "PRIVACY_URL": "",
    # Who sends a private file once its check has passed (kenniskring/serving.py): "django"
    # streams it; "x-accel" leaves it to nginx through an `X-Accel-Redirect` to
    # PRIVATE_ACCEL_PREFIX + the file's path under PRIVATE_ROOT (an `internal` location).
    "PRIVATE_SERVE": "django",
    "PRIVATE_ACCEL_PREFIX": "/_private/",
    # With private files in object storage: how long a signed address stays valid.
    "PRIVATE_URL_SECONDS": 60,
}


def get(name):
    return getattr(settings, f"KENNISKRING_{name}", DEFAULTS[name])


def privacy_url(request):
    """The address of the host's privacy statement ("" when there is none)."""
    value = get("PRIVACY_URL")
    if callable(value):
        return value(request)
    if value and "/" not in value and "." in value:
        return import_string(value)(request)
    return value or ""
