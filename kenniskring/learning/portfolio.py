"""A project's learning trajectory, in time order, as the person asking may see it."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q

from kenniskring.models import Attendance, NetworkDayPage, RegionPage, themes_prefetch

from . import access
from .models import ImpactNote, LearningQuestion, Reflection, Visibility


@dataclass
class DayEntry:
    day: NetworkDayPage
    attended: bool | None = None  # None: not shown to this reader
    impact_notes: list = field(default_factory=list)
    learning_questions: list = field(default_factory=list)


@dataclass
class Entry:
    date: datetime.date
    kind: str  # "day", "reflection" or "question"
    item: object
    order: int = 0


def project_days(project):
    """The project's regional days and the national moments."""
    region_pages = RegionPage.objects.filter(
        region_id=project.region_id, locale_id=project.locale_id
    )
    within = Q(moment__in=[NetworkDayPage.START, NetworkDayPage.HALFWAY, NetworkDayPage.END])
    for region_page in region_pages:
        within |= Q(path__startswith=region_page.path, depth=region_page.depth + 1)
    return (
        NetworkDayPage.objects.live()
        .filter(within, locale_id=project.locale_id)
        .order_by("date", "start_time")
    )


def build(user, project):
    """The portfolio's entries; the queries are the same whatever the number of items."""
    full = access.sees_all_of(user, project)
    reflections = (
        Reflection.objects.filter(project=project).with_assignment().prefetch_related("attachments")
    )
    if not full:
        reflections = reflections.filter(
            status=Reflection.SUBMITTED, visibility=Visibility.KENNISKRING
        )
    elif not access.is_own(user, project):
        reflections = reflections.filter(status=Reflection.SUBMITTED)
    questions = (
        LearningQuestion.objects.filter(project=project)
        .prefetch_related(themes_prefetch(), "days")
        .order_by("created_at", "pk")
    )
    entries = []
    if full:
        days = list(project_days(project))
        attended = set(
            Attendance.objects.filter(project=project, day__in=[d.pk for d in days]).values_list(
                "day_id", flat=True
            )
        )
        notes = {}
        for note in ImpactNote.objects.filter(project=project).select_related("author"):
            notes.setdefault(note.day_id, []).append(note)
        for day in days:
            entries.append(
                Entry(
                    day.date,
                    "day",
                    DayEntry(day, day.pk in attended, notes.get(day.pk, [])),
                    order=0,
                )
            )
    for reflection in reflections:
        entries.append(Entry(reflection.assignment.day.date, "reflection", reflection, order=1))
    for question in questions:
        entries.append(Entry(question.created_at.date(), "question", question, order=2))
    entries.sort(key=lambda e: (e.date, e.order, getattr(e.item, "pk", 0)))
    return {"entries": entries, "full": full}
