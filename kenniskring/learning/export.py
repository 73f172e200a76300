"""The research export: reflections, learning questions, challenges and attendance as tables.

It never holds a name or an e-mail address: every person is a stable pseudonym, and the
reflections a project marked as not for research are left out."""

import hashlib
import hmac

from django.conf import settings
from django.db.models import Q

from kenniskring.models import Attendance, NetworkDayPage, themes_prefetch
from kenniskring.spreadsheets import export_date, export_datetime, site_time
from kenniskring.writing import plain_text

from .models import Challenge, LearningQuestion, Reflection

COLUMNS = {
    "reflections": [
        "reflectie_id",
        "project",
        "organisatie",
        "regio",
        "netwerkdag",
        "datum_netwerkdag",
        "opdracht",
        "regio_opdracht",
        "vraag_nr",
        "vraag",
        "antwoord",
        "zichtbaarheid",
        "ingediend_op",
        "laatst_bewaard_door",
    ],
    "questions": [
        "leervraag_id",
        "project",
        "regio",
        "leervraag",
        "toelichting",
        "themas",
        "ook_onze_vraag",
        "op_agenda_van",
        "gesteld_door",
        "gesteld_op",
    ],
    "challenges": [
        "uitdaging_id",
        "soort",
        "geldt_voor",
        "uitdaging",
        "project",
        "regio",
        "netwerkdag",
        "ingebracht_door",
        "reacties",
    ],
    "attendance": [
        "project",
        "regio",
        "netwerkdag",
        "datum",
        "deelnemer_1",
        "deelnemer_2",
        "tandems",
    ],
}


def pseudonym(kind, value):
    """The same person gets the same pseudonym in every export; nobody can reverse it."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256
    ).hexdigest()
    return f"persoon-{digest[:10]}"


class Names:
    def user(self, user):
        if user is None:
            return ""
        return pseudonym("user", user.pk)

    def typed(self, name):
        """A participant's name as a project typed it: never in an export, only its pseudonym."""
        name = (name or "").strip()
        if not name:
            return name
        return pseudonym("name", " ".join(name.lower().split()))


def _day_filter(prefix, region=None, start=None, end=None):
    q = Q()
    if start:
        q &= Q(**{f"{prefix}date__gte": start})
    if end:
        q &= Q(**{f"{prefix}date__lte": end})
    return q


# The region column of an assignment given at a national moment.
NATIONAL = "nationaal"


def tables(region=None, assignment=None, start=None, end=None):
    names = Names()
    day_q = _day_filter("", start=start, end=end)
    days = NetworkDayPage.objects.filter(day_q)

    reflections = (
        Reflection.objects.filter(
            status=Reflection.SUBMITTED, assignment__day__in=days, not_for_research=False
        )
        .select_related("project__region")
        .with_assignment()
        .prefetch_related("versions__saved_by")
        .order_by("assignment__day__date", "project__title", "pk")
    )
    if region:
        reflections = reflections.filter(project__region=region)
    if assignment:
        reflections = reflections.filter(assignment=assignment)
    reflection_rows = []
    for reflection in reflections:
        versions = list(reflection.versions.all())
        last = versions[0].saved_by if versions else None
        for number, item in enumerate(reflection.answers, 1):
            reflection_rows.append(
                [
                    reflection.pk,
                    reflection.project.title,
                    reflection.project.organisation,
                    reflection.project.region.name,
                    reflection.assignment.day.title,
                    export_date(reflection.assignment.day.date),
                    reflection.assignment.title,
                    reflection.assignment.day_region_name or NATIONAL,
                    number,
                    item["question"],
                    plain_text(item["answer"]),
                    reflection.visibility,
                    export_datetime(reflection.submitted_at),
                    names.user(last),
                ]
            )

    questions = (
        LearningQuestion.objects.select_related("project__region", "created_by")
        .prefetch_related(themes_prefetch(), "days", "supports__project")
        .order_by("created_at", "pk")
    )
    if region:
        questions = questions.filter(project__region=region)
    if start:
        questions = questions.filter(created_at__date__gte=start)
    if end:
        questions = questions.filter(created_at__date__lte=end)
    question_rows = [
        [
            q.pk,
            q.project.title,
            q.project.region.name,
            q.question,
            q.explanation,
            ", ".join(sorted(t.name for t in q.themes.all())),
            ", ".join(sorted(s.project.title for s in q.supports.all())),
            ", ".join(d.title for d in q.days.all()),
            names.user(q.created_by),
            export_date(site_time(q.created_at).date()),
        ]
        for q in questions
    ]

    challenges = (
        Challenge.objects.select_related("project__region", "day", "author")
        .prefetch_related("comments")
        .order_by("category", "pk")
    )
    if region:
        challenges = challenges.filter(project__region=region)
    if start:
        challenges = challenges.filter(created_at__date__gte=start)
    if end:
        challenges = challenges.filter(created_at__date__lte=end)
    challenge_rows = [
        [
            c.pk,
            c.get_category_display(),
            c.get_scope_display(),
            c.text,
            c.project.title if c.project else "",
            c.project.region.name if c.project else "",
            c.day.title if c.day else "",
            names.user(c.author),
            len(c.comments.all()),
        ]
        for c in challenges
    ]

    attendance = (
        Attendance.objects.filter(day__in=days)
        .select_related("project__region", "day")
        .order_by("day__date", "project__title")
    )
    if region:
        attendance = attendance.filter(project__region=region)
    if assignment:
        attendance = attendance.filter(day=assignment.day_id)
    attendance_rows = [
        [
            a.project.title,
            a.project.region.name,
            a.day.title,
            export_date(a.day.date),
            names.typed(a.participant_one),
            names.typed(a.participant_two),
            " / ".join(
                names.typed(line) for line in a.tandem_participants.splitlines() if line.strip()
            ),
        ]
        for a in attendance
    ]
    return {
        "reflections": reflection_rows,
        "questions": question_rows,
        "challenges": challenge_rows,
        "attendance": attendance_rows,
    }
