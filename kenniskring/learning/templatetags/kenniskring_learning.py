from django import template

from kenniskring.writing import safe_html

from ..models import LearningQuestion

register = template.Library()
register.filter("answer_html", safe_html)


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
