import csv
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from openpyxl import Workbook
from wagtail.log_actions import log

from kenniskring import access as base_access
from kenniskring.spreadsheets import safe_cell

from .. import access
from ..export import COLUMNS, tables
from ..forms import ExportForm
from . import refused, render

# Every download is written to Wagtail's audit log (registered in ../wagtail_hooks.py).
EXPORT_ACTION = "kenniskring_learning.research_export"

SHEET_TITLES = {
    "reflections": "Reflecties",
    "questions": "Leervragen",
    "challenges": "Uitdagingen",
    "attendance": "Aanwezigheden",
}


def export(request):
    """Researchers (and editors given the permission) download the learning material."""
    if not request.user.is_authenticated:
        return base_access.refuse(request)
    if not access.can_export(request.user):
        return refused(request, _("Alleen onderzoekers van de partners exporteren dit materiaal."))
    form = ExportForm(request.GET if "file_format" in request.GET else None)
    if not form.is_bound or not form.is_valid():
        return render(request, "kenniskring_learning/export_form.html", {"form": form})
    data = form.cleaned_data
    result = tables(
        region=data["region"],
        assignment=data["assignment"],
        start=data["start"],
        end=data["end"],
    )
    stamp = timezone.localdate().isoformat()
    file_format = data["file_format"]
    if file_format == "csv":
        dataset = data["dataset"] or "reflections"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(COLUMNS[dataset])
        writer.writerows([[safe_cell(v) for v in row] for row in result[dataset]])
        filename = f"kenniskring-{dataset}-{stamp}.csv"
    elif file_format == "xlsx":
        workbook = Workbook()
        workbook.remove(workbook.active)
        for key, title in SHEET_TITLES.items():
            sheet = workbook.create_sheet(title)
            sheet.append(COLUMNS[key])
            for row in result[key]:
                sheet.append([safe_cell(v) for v in row])
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        workbook.save(response)
        filename = f"kenniskring-onderzoek-{stamp}.xlsx"
    else:
        payload = {
            key: [dict(zip(COLUMNS[key], row, strict=True)) for row in rows]
            for key, rows in result.items()
        }
        response = HttpResponse(
            json.dumps(payload, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
        filename = f"kenniskring-onderzoek-{stamp}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    log(
        request.user,
        EXPORT_ACTION,
        user=request.user,
        data={
            "file": filename,
            "region": data["region"].pk if data["region"] else None,
            "assignment": data["assignment"].pk if data["assignment"] else None,
            "start": data["start"].isoformat() if data["start"] else None,
            "end": data["end"].isoformat() if data["end"] else None,
            "rows": {key: len(rows) for key, rows in result.items()},
        },
    )
    return response
