"""The minimal host, with its kenniskring page at /netwerk/ instead of /kenniskring/."""

from .settings import *  # noqa: F403

KENNISKRING_PATH = "netwerk/"
