import re

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from openpyxl import Workbook

from kenniskring import access as base_access
from kenniskring.spreadsheets import export_date, safe_cell, site_time

from ..forms import ProgressFilterForm
from ..progress import DRAFT, SUBMITTED, tables
from . import refused, render


def _allowed(request):
    """None for partners; otherwise the refusal (login page, or 403)."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    if not base_access.is_partner(request.user):
        return refused(request, _("Alleen partners volgen de voortgang van alle projecten."))
    return None


def _filtered(request):
    form = ProgressFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    return form, tables(
        region=filters.get("region"), start=filters.get("start"), end=filters.get("end")
    )


def progress(request):
    """Partners: per region, which project answered which assignment."""
    if (refusal := _allowed(request)) is not None:
        return refusal
    form, found = _filtered(request)
    return render(
        request,
        "kenniskring_learning/progress.html",
        {"form": form, "tables": found, "query": request.GET.urlencode()},
    )


def cell_text(cell):
    if cell.state == SUBMITTED:
        submitted = site_time(cell.reflection.submitted_at).date()
        text = _("ingediend op %(date)s") % {"date": export_date(submitted)}
    elif cell.state == DRAFT:
        text = _("concept")
    else:
        text = _("ontbreekt")
    return f"{text} ({_('te laat')})" if cell.overdue else text


def progress_export(request):
    """The same tables, filtered the same way, as an Excel workbook: a sheet per region."""
    if (refusal := _allowed(request)) is not None:
        return refusal
    _form, found = _filtered(request)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in found:
        # Sheet names: at most 31 characters, none of []:*?/\
        sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", table.region.name)[:31])
        sheet.append([_("Project")] + [safe_cell(a.label) for a in table.assignments])
        due = [export_date(a.due_date) for a in table.assignments]
        sheet.append([_("In te dienen tegen")] + due)
        for project, cells in table.rows:
            sheet.append([safe_cell(project.title)] + [cell_text(cell) for cell in cells])
    if not found:
        workbook.create_sheet(_("Voortgang"))
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook.save(response)
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="voortgang-{stamp}.xlsx"'
    patch_cache_control(response, private=True, no_store=True)
    return response
