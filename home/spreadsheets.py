"""Every spreadsheet the Wagtail admin writes (registrations, workshop seats, page listings,
form submissions): CSV cells neutralised like the site's own exports (XLSX needs nothing:
Wagtail already stores every cell there as text), and dates and times on the site's clock
(Europe/Brussels) instead of UTC: readable text in CSV, date cells in XLSX."""

import datetime

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from kenniskring.spreadsheets import export_datetime, safe_cell, site_time


def prepare_admin_exports():
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "safe_and_local", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            if export_format == self.FORMAT_CSV:
                return export_datetime(value)
            # A naive date-time is written to the cell as it is.
            value = site_time(value).replace(tzinfo=None)
        value = preprocess(self, field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.safe_and_local = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
