"""Cells of an exported spreadsheet that a spreadsheet program cannot run as a formula, and
dates and times written the way people read them."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

# What Excel and LibreOffice read as the start of a formula (tab and carriage return too:
# some programs drop them and read on).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, with a leading apostrophe when typed text would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# Dates and times as people in Belgium read them, on the site's clock (Europe/Brussels).
EXPORT_DATE_FORMAT = "%d-%m-%Y"
EXPORT_DATETIME_FORMAT = "%d-%m-%Y %H:%M"


def site_time(value):
    """An aware date-time on the site's clock (settings.TIME_ZONE), whatever time zone is
    active (the admin switches to each editor's own)."""
    return timezone.localtime(value, ZoneInfo(settings.TIME_ZONE))


def export_datetime(value):
    """'31-03-2030 01:30' for a date-time (in the site's time zone), '' for none."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = site_time(value)
    return value.strftime(EXPORT_DATETIME_FORMAT)


def export_date(value):
    """'31-03-2030' for a date, '' for none."""
    return value.strftime(EXPORT_DATE_FORMAT) if value is not None else ""
