from django import template
from django.utils.safestring import mark_safe

from kenniskring.writing import clean_html

from ..models import LearningQuestion

register = template.Library()


@register.inclusion_tag("kenniskring_learning/includes/day_questions.html")
def agenda_questions(day):
    """`{% agenda_questions page %}` on a network day lists the learning questions it takes up."""
    return {
        "questions": LearningQuestion.objects.filter(days=day).select_related("project"),
    }


@register.inclusion_tag("kenniskring_learning/includes/assignment_name.html")
def assignment_name(assignment, url=""):
    """`{% assignment_name assignment url %}`: the title (a link when given a url) and where it
    was given, the same wherever an assignment is named (see `ReflectionAssignment.label`)."""
    return {"assignment": assignment, "url": url}


@register.filter
def answer_html(text):
    """An answer as its cleaned HTML; an old plain-text answer becomes paragraphs."""
    return mark_safe(clean_html(text))  # noqa: S308 - nh3 output
