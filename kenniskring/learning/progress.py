"""The partners' progress overview: per region, each project against each assignment."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Locale

from kenniskring.models import BuddyProjectPage, Region

from .models import Reflection, ReflectionAssignment

SUBMITTED, DRAFT, MISSING = "submitted", "draft", "missing"


@dataclass
class Cell:
    """One project's state for one assignment; `overdue` when due and not submitted."""

    assignment: ReflectionAssignment
    reflection: Reflection | None
    today: datetime.date

    @property
    def state(self):
        if self.reflection is None:
            return MISSING
        return SUBMITTED if self.reflection.is_submitted else DRAFT

    @property
    def overdue(self):
        return self.state != SUBMITTED and self.assignment.due_date < self.today


@dataclass
class RegionTable:
    region: Region
    assignments: list
    rows: list = field(default_factory=list)  # (project, [Cell per assignment])


def tables(region=None, start=None, end=None):
    """One table per region (or only `region`): its projects in rows, its own assignments and
    those of the national moments in columns, due between `start` and `end`. Four queries,
    however many regions, projects and assignments."""
    today = timezone.localdate()
    regions = list(Region.objects.filter(pk=region.pk) if region else Region.objects.all())
    projects = list(
        BuddyProjectPage.objects.live()
        .filter(locale=Locale.get_default(), region__in=regions)
        .order_by("title", "pk")
    )
    assignments = ReflectionAssignment.objects.with_place().filter(day__live=True)
    if start:
        assignments = assignments.filter(due_date__gte=start)
    if end:
        assignments = assignments.filter(due_date__lte=end)
    assignments = list(assignments.order_by("due_date", "pk"))
    reflections = {
        (reflection.assignment_id, reflection.project_id): reflection
        for reflection in Reflection.objects.filter(
            assignment__in=[a.pk for a in assignments], project__in=[p.pk for p in projects]
        ).only("pk", "assignment_id", "project_id", "status", "submitted_at")
    }
    by_region = defaultdict(list)
    for project in projects:
        by_region[project.region_id].append(project)
    found = []
    for each in regions:
        own = [a for a in assignments if a.region_id in (None, each.pk)]
        table = RegionTable(each, own)
        for project in by_region[each.pk]:
            cells = [Cell(a, reflections.get((a.pk, project.pk)), today) for a in own]
            table.rows.append((project, cells))
        found.append(table)
    return found
