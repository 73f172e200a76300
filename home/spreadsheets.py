"""Every CSV the Wagtail admin writes (registrations, workshop seats, page listings, form
submissions) gets its cells neutralised like the site's own exports. XLSX needs nothing:
Wagtail already stores every cell there as text."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from kenniskring.spreadsheets import safe_cell


def neutralise_csv_formulas():
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
