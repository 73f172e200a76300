"""The learning material's blocks on the kenniskring's start page."""

from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils import timezone

from kenniskring.sections import Panel

from .models import LearningQuestion, Reflection, ReflectionAssignment

# The start page lists this many open assignments; the overview has them all.
SHOWN = 4


def open_assignments(project):
    """The assignments of the project's region and the national moments that are not yet
    due, each with the project's own `state` and `reflection_id` (None: not started)."""
    mine = Reflection.objects.filter(assignment=OuterRef("pk"), project=project)
    return (
        ReflectionAssignment.objects.for_region(project.region_id)
        .filter(day__live=True, due_date__gte=timezone.localdate())
        .annotate(
            state=Subquery(mine.values("status")[:1]),
            reflection_id=Subquery(mine.values("pk")[:1]),
        )
        .order_by("due_date", "pk")
    )


def member_panels(request, home):
    assignments = list(open_assignments(home.project))
    panels = [
        Panel(
            render_to_string(
                "kenniskring_learning/includes/home_assignments.html",
                {"assignments": assignments[:SHOWN], "more": len(assignments) - SHOWN},
                request=request,
            ),
            order=20,
        )
    ]
    if home.next_day is not None:
        questions = (
            LearningQuestion.objects.filter(days__translation_key=home.next_day.translation_key)
            .select_related("project")
            .distinct()
        )
        panels.append(
            Panel(
                render_to_string(
                    "kenniskring_learning/includes/home_questions.html",
                    {"questions": questions, "day": home.next_day},
                    request=request,
                ),
                order=40,
            )
        )
    return panels


def partner_panels(request, home):
    count = ReflectionAssignment.objects.filter(
        day__live=True, due_date__gte=timezone.localdate()
    ).count()
    return [
        Panel(
            render_to_string(
                "kenniskring_learning/includes/home_progress.html",
                {"count": count},
                request=request,
            ),
            order=20,
        )
    ]
