"""The learning room's part of a member's data (see kenniskring.personal_data): the versions
of their project's reflections they saved, the files they added, their impact notes,
learning questions, challenges and reactions. The reflections belong to the project: when
the member leaves they stay, without the name (every author field is SET_NULL)."""

from django.utils.translation import gettext_lazy as _

from ..personal_data import Part, day_label
from .models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    ReflectionAttachment,
    ReflectionVersion,
)


def parts(user):
    versions = ReflectionVersion.objects.filter(saved_by=user).select_related(
        "reflection__assignment", "reflection__project"
    )
    attachments = list(
        ReflectionAttachment.objects.filter(uploaded_by=user).select_related(
            "reflection__assignment"
        )
    )
    return [
        Part(
            "reflecties",
            _("Versies van reflecties die je bewaarde"),
            [
                {
                    "assignment": v.reflection.assignment.title,
                    "project": v.reflection.project.title,
                    "version": v.number,
                    "status": v.status,
                    "answers": v.answers,
                    "saved_at": v.saved_at,
                }
                for v in versions
            ],
            order=20,
        ),
        Part(
            "bijlagen",
            _("Bestanden die je bij reflecties voegde"),
            [
                {
                    "assignment": a.reflection.assignment.title,
                    "name": a.name,
                    "file": f"reflecties/{a.pk}-{a.name}",
                    "uploaded_at": a.uploaded_at,
                }
                for a in attachments
            ],
            files=[(f"reflecties/{a.pk}-{a.name}", a.file) for a in attachments],
            order=21,
        ),
        Part(
            "impactnotities",
            _("Je impactnotities"),
            [
                {"day": day_label(n.day), "project": n.project.title, "text": n.text}
                for n in ImpactNote.objects.filter(author=user).select_related("day", "project")
            ],
            order=22,
        ),
        Part(
            "leervragen",
            _("Leervragen die je stelde"),
            [
                {"question": q.question, "explanation": q.explanation, "created_at": q.created_at}
                for q in LearningQuestion.objects.filter(created_by=user)
            ],
            order=23,
        ),
        Part(
            "uitdagingen",
            _("Uitdagingen en reacties die je schreef"),
            [
                {"challenge": c.text, "created_at": c.created_at}
                for c in Challenge.objects.filter(author=user)
            ]
            + [
                {"reaction": c.text, "created_at": c.created_at}
                for c in ChallengeComment.objects.filter(author=user)
            ],
            order=24,
        ),
    ]
