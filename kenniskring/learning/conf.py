"""Settings of the learning material, each settable by the host as ``KENNISKRING_<NAME>``."""

from django.conf import settings

DEFAULTS = {
    # A reminder goes out when an unanswered assignment is due within this many days.
    "REMINDER_DAYS": 3,
    # Largest attachment to a reflection, in megabytes.
    "MAX_ATTACHMENT_MB": 10,
}


def get(name):
    return getattr(settings, f"KENNISKRING_{name}", DEFAULTS[name])
