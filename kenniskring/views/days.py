import csv

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from openpyxl import Workbook
from wagtail.log_actions import log

from .. import access
from ..forms import AttendanceForm, ThemeVoteForm
from ..models import Attendance, NetworkDayPage, Theme, ThemeVote
from ..spreadsheets import safe_cell
from . import render


def _refused(request, message):
    return render(request, "kenniskring/no_access.html", {"message": message}, status=403)


def register_attendance(request, day):
    """A member registers their own project's duo (and tandems where welcome)."""
    if not access.can_enter(request.user):
        return access.refuse(request)
    project = access.member_project(request.user)
    if project is None:
        return _refused(request, _("Alleen leden van een project melden hun duo aan."))
    if not day.sign_up_open:
        messages.error(
            request,
            _("Deze netwerkdag is al begonnen: je kunt de aanmelding niet meer wijzigen."),
        )
        return redirect(day.url)
    # Facts belong to the source day; the page shows in the visitor's language.
    attendance = Attendance.objects.filter(day=day.source_day, project=project).first()
    if request.method == "POST" and request.POST.get("action") == "cancel":
        if attendance is not None:
            attendance.delete()
            messages.success(request, _("Jullie duo is afgemeld voor deze dag."))
        return redirect(day.url)
    form = AttendanceForm(
        request.POST or None,
        instance=attendance or Attendance(day=day.source_day, project=project),
        tandems_welcome=day.source_day.tandems_welcome,
    )
    if request.method == "POST" and form.is_valid():
        attendance = form.save(commit=False)
        attendance.registered_by = request.user
        attendance.save()
        messages.success(request, _("Je aanmelding voor deze dag is bewaard."))
        return redirect(day.url)
    return render(
        request,
        "kenniskring/attendance_form.html",
        {"page": day, "form": form, "project": project, "existing": attendance},
    )


def attendance_list(request, day):
    """Partners see who comes, the duos' names included (members see only the projects, on
    the day's page)."""
    if not access.is_partner(request.user):
        return _refused(request, _("Alleen partners zien de lijst van aanmeldingen."))
    return render(
        request,
        "kenniskring/attendance_list.html",
        {"page": day, "attendances": Attendance.objects.of_day(day)},
    )


# Every download is written to Wagtail's audit log of the day (registered in wagtail_hooks.py).
ATTENDANCE_EXPORT_ACTION = "kenniskring.attendance_export"

EXPORT_HEADER = ["project", "organisatie", "deelnemer 1", "deelnemer 2", "tandems"]


def attendance_export(request, day, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    if not access.is_partner(request.user):
        return _refused(request, _("Alleen partners zien de lijst van aanmeldingen."))
    rows = [
        [
            a.project.title,
            a.project.organisation,
            a.participant_one,
            a.participant_two,
            " / ".join(a.tandem_participants.split("\n")).strip(),
        ]
        for a in Attendance.objects.of_day(day)
    ]
    filename = f"aanwezigheden-{day.slug}.{file_format}"
    if file_format == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.writer(response)
        writer.writerow(EXPORT_HEADER)
        writer.writerows([[safe_cell(value) for value in row] for row in rows])
    else:
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Aanwezigheden"
        sheet.append(EXPORT_HEADER)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        workbook.save(response)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    log(
        day,
        ATTENDANCE_EXPORT_ACTION,
        user=request.user,
        data={"file": filename, "rows": len(rows)},
    )
    return response


def theme_votes(request, day):
    """Halfway day: each project chooses up to three themes; partners see the tally."""
    if day.moment != NetworkDayPage.HALFWAY:
        raise Http404
    if not access.can_enter(request.user):
        return access.refuse(request)
    project = access.member_project(request.user)
    source = day.source_day
    chosen = list(
        ThemeVote.objects.filter(day=source, project=project).values_list("theme_id", flat=True)
        if project
        else []
    )
    form = None
    if project is not None:
        form = ThemeVoteForm(request.POST or None, initial={"themes": chosen})
        if request.method == "POST":
            if not source.theme_voting_open:
                messages.error(request, _("De themakeuze is gesloten."))
                return redirect(request.path)
            if form.is_valid():
                with transaction.atomic():
                    ThemeVote.objects.filter(day=source, project=project).delete()
                    ThemeVote.objects.bulk_create(
                        ThemeVote(day=source, project=project, theme=theme, voted_by=request.user)
                        for theme in form.cleaned_data["themes"]
                    )
                messages.success(request, _("De keuze van je project is bewaard."))
                return redirect(request.path)
    tally = None
    if access.is_partner(request.user):
        # Every offered theme, and any other that got votes, with its count, in one query.
        themes = (
            Theme.objects.localized()
            .filter(
                Q(pk__in=Theme.objects.offered().values("pk"))
                | Q(pk__in=ThemeVote.objects.filter(day=source).values("theme_id"))
            )
            .annotate(
                count=Count("votes", filter=Q(votes__day=source)),
                # Votes of the demo's made-up projects are examples, and said to be.
                examples=Count("votes", filter=Q(votes__day=source, votes__project__is_demo=True)),
            )
        )
        tally = sorted(
            ((theme.label, theme.count, theme.examples) for theme in themes),
            key=lambda item: -item[1],
        )
    return render(
        request,
        "kenniskring/theme_votes.html",
        {"page": day, "form": form, "project": project, "tally": tally, "chosen": chosen},
    )
